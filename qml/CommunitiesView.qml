import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// Communities: the ones the user follows, owns or asked to join (unread
// counts), discovery on the user's server and any other (filtered as the
// user types), those the user's contacts follow publicly, and each
// community's page, settings and members.
ViewPage {
    id: root
    objectName: "communitiesView"
    viewTitle: qsTr("Communities")

    readonly property CommunitiesController communities: AppController.communities

    function openCommunity(uri) {
        root.communities.open(uri)
        stack.push(communityPage)
    }
    function compose(uri, title, gallery) {
        stack.push(composer, { targetUri: uri, targetTitle: title, targetGallery: gallery })
    }

    // Escape: back to the page before (false when at the first).
    function back() {
        if (stack.depth <= 1 || stack.busy)
            return false
        stack.pop()
        return true
    }

    StackView {
        id: stack
        objectName: "communitiesStack"
        anchors.fill: parent
        initialItem: listPage
    }

    // --view communities --community URI: a community's page at start.
    Component.onCompleted: {
        if (AppController.startCommunity.length > 0)
            openCommunity(AppController.startCommunity)
        else if (AppController.startView === "discover")
            tabsIndex = 1
    }
    property int tabsIndex: 0

    Connections {
        target: root.communities
        function onFailed(message) { toast.show(message, true) }
        function onDone(message) { toast.show(message, false) }
        function onCreated(uri) { root.openCommunity(uri) }
        function onRemoved() { stack.pop(null) }
    }
    Toast { id: toast }
    PictureViewer { id: viewer }
    CommunityCreateDialog { id: createDialog }

    Component {
        id: composer
        ComposerPage { onDone: stack.pop() }
    }
    Component {
        id: postPage
        PostPage { onBack: stack.pop() }
    }
    Component {
        id: communityPage
        CommunityPage {
            onBack: { root.communities.markSeen(); stack.pop() }
            onOpenPost: (uri) => stack.push(postPage, { uri: uri })
            onCompose: (uri, title, gallery) => root.compose(uri, title, gallery)
            onOpenSettings: stack.push(settingsPage)
            onOpenPicture: (pictures, i) => { viewer.pictures = pictures; viewer.current = i; viewer.open() }
        }
    }
    Component {
        id: settingsPage
        CommunitySettingsPage { onBack: stack.pop() }
    }

    Component {
        id: listPage
        ColumnLayout {
            spacing: 0

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 16
                Layout.rightMargin: 16
                Layout.topMargin: 6
                spacing: 8
                TabBar {
                    id: tabs
                    objectName: "communityTabs"
                    currentIndex: root.tabsIndex
                    Component.onCompleted: if (currentIndex === 1) root.communities.discover()
                    onCurrentIndexChanged: {
                        root.tabsIndex = currentIndex
                        if (currentIndex === 1)
                            root.communities.discover()
                        if (currentIndex === 2)
                            root.communities.loadInteresting()
                        if (currentIndex !== 1)
                            root.communities.stopBrowsing()
                    }
                    TabButton { text: qsTr("Yours"); width: implicitWidth }
                    TabButton { text: qsTr("Discover"); width: implicitWidth }
                    TabButton { text: qsTr("Followed by contacts"); width: implicitWidth }
                }
                Item { Layout.fillWidth: true }
                BusyIndicator {
                    running: root.communities.busy || root.communities.browsing
                    visible: running
                    Layout.preferredHeight: 32
                    Layout.preferredWidth: 32
                    Accessible.name: qsTr("Working")
                }
                Button {
                    background: ButtonBackground {}
                    objectName: "newCommunityButton"
                    text: qsTr("New community")
                    visible: !AppController.readOnly
                    enabled: AppController.connectionState === AppController.Online
                    onClicked: createDialog.openFor(root.communities.browsedService)
                }
            }

            StackLayout {
                Layout.fillWidth: true
                Layout.fillHeight: true
                currentIndex: root.tabsIndex

                // Yours.
                Item {
                    ListView {
                        id: mineList
                        objectName: "myCommunities"
                        anchors.fill: parent
                        clip: true
                        model: root.communities.mine
                        delegate: CommunityDelegate { onOpenCommunity: (uri) => root.openCommunity(uri) }
                        ScrollBar.vertical: ScrollBar {}
                    }
                    EmptyState {
                        anchors.fill: parent
                        visible: mineList.count === 0
                        iconSource: "icons/communities.svg"
                        title: qsTr("No communities followed")
                        text: qsTr("Find communities on your server or any other under Discover, or start one.")
                    }
                }

                // Discover.
                ColumnLayout {
                    spacing: 6
                    RowLayout {
                        Layout.fillWidth: true
                        Layout.leftMargin: 16
                        Layout.rightMargin: 16
                        spacing: 8
                        PlainComboBox {
                            id: serviceBox
                            objectName: "serviceBox"
                            Layout.preferredWidth: 260
                            model: root.communities.services
                            currentIndex: root.communities.services.indexOf(root.communities.browsedService)
                            onActivated: (i) => root.communities.browse(root.communities.services[i])
                            Accessible.name: qsTr("Community server")
                        }
                        TextField {
                            id: serverField
                            objectName: "serverField"
                            Layout.preferredWidth: 220
                            placeholderText: qsTr("Another server…")
                            onAccepted: { root.communities.addServer(text); text = "" }
                            Accessible.name: qsTr("Another community server")
                        }
                        Button {
                            background: ButtonBackground {}
                            text: qsTr("Look")
                            enabled: serverField.text.trim().length > 0
                            onClicked: { root.communities.addServer(serverField.text); serverField.text = "" }
                        }
                        Item { Layout.fillWidth: true }
                    }
                    TextField {
                        id: filterField
                        objectName: "communityFilter"
                        Layout.fillWidth: true
                        Layout.leftMargin: 16
                        Layout.rightMargin: 16
                        placeholderText: qsTr("Filter by name or description")
                        text: root.communities.discovered.filter
                        onTextChanged: root.communities.discovered.filter = text
                        Accessible.name: qsTr("Filter communities")
                    }
                    PlainLabel {
                        Layout.leftMargin: 16
                        Layout.rightMargin: 16
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        opacity: root.communities.browseError.length > 0 ? 1 : 0.7
                        color: root.communities.browseError.length > 0 ? Theme.danger : palette.text
                        text: root.communities.browseError.length > 0
                              ? qsTr("%1 cannot be listed: %2").arg(root.communities.browsedService).arg(root.communities.browseError)
                              : root.communities.browsing ? qsTr("Listing %1… %2 found so far").arg(root.communities.browsedService).arg(root.communities.discovered.total)
                              : root.communities.browsedService.length > 0
                                ? (root.communities.discovered.total === 1 ? qsTr("1 community on %1").arg(root.communities.browsedService)
                                                                           : qsTr("%1 communities on %2").arg(root.communities.discovered.total).arg(root.communities.browsedService))
                                : (AppController.connectionState === AppController.Online ? qsTr("Looking for community servers…")
                                                                                            : qsTr("Discovery needs a connection."))
                    }
                    ListView {
                        id: discoverList
                        objectName: "discoveredCommunities"
                        Layout.fillWidth: true
                        Layout.fillHeight: true
                        clip: true
                        model: root.communities.discovered
                        delegate: CommunityDelegate { onOpenCommunity: (uri) => root.openCommunity(uri) }
                        ScrollBar.vertical: ScrollBar {}
                    }
                }

                // Followed by contacts.
                Item {
                    ListView {
                        id: interestingList
                        objectName: "interestingCommunities"
                        anchors.fill: parent
                        clip: true
                        model: root.communities.interesting
                        delegate: CommunityDelegate { onOpenCommunity: (uri) => root.openCommunity(uri) }
                        ScrollBar.vertical: ScrollBar {}
                    }
                    EmptyState {
                        anchors.fill: parent
                        visible: interestingList.count === 0
                        iconSource: "icons/communities.svg"
                        title: qsTr("Nothing shared yet")
                        text: qsTr("Communities your contacts follow publicly show here, the most followed first.")
                    }
                }
            }
        }
    }
}
