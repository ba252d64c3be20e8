import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Hearth

// The news feed: the user's posts and those of every blog followed, newest
// first, from the cache at once and synced in the background; filters, a
// "new posts" marker, the unread boundary, notifications, the composer.
ViewPage {
    id: root
    objectName: "feedView"
    viewTitle: qsTr("Feed")

    readonly property FeedController feed: AppController.feed

    // Quote it in a new post, or send it to someone in a chat.
    function share(uri) {
        const fields = AppController.feed.postFields(uri)
        shareDialog.uri = uri
        shareDialog.postTitle = fields.title || ""
        shareDialog.open()
    }

    ShareDialog {
        id: shareDialog
        onQuote: (uri) => root.compose("", uri)
    }

    function compose(editUri, quoteUri) {
        stack.push(composer, { editUri: editUri || "", quoteUri: quoteUri || "" })
    }
    function openPost(uri) {
        root.feed.markReactionsSeen()
        stack.push(postPage, { uri: uri })
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
        objectName: "feedStack"
        anchors.fill: parent
        initialItem: listPage
    }

    // --view compose, --attach FILE, --post URI: open the composer or a post
    // at start.
    Component.onCompleted: {
        if (AppController.startPost.length > 0) {
            openPost(AppController.startPost)
        } else if (AppController.startView === "compose") {
            compose("", "")
            if (AppController.startAttachments.length > 0)
                AppController.feed.composer.attachments.addFiles(AppController.startAttachments)
        }
    }

    Component {
        id: composer
        ComposerPage { onDone: stack.pop() }
    }
    Component {
        id: postPage
        PostPage {
            onBack: stack.pop()
            onShare: (uri) => root.share(uri)
            onEdit: (uri) => root.compose(uri, "")
        }
    }
    PictureViewer { id: viewer }

    Connections {
        target: root.feed
        function onFailed(message) { toast.show(message, true) }
    }
    Toast { id: toast }

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
                    id: filters
                    objectName: "feedFilters"
                    currentIndex: root.feed.filter
                    onCurrentIndexChanged: root.feed.filter = currentIndex
                    TabButton { text: qsTr("All"); width: implicitWidth }
                    TabButton { text: qsTr("Contacts"); width: implicitWidth }
                    TabButton { text: qsTr("Mine"); width: implicitWidth }
                    TabButton { text: qsTr("Communities"); width: implicitWidth }
                }
                Item { Layout.fillWidth: true }
                BusyIndicator {
                    running: root.feed.syncing
                    visible: running
                    Layout.preferredHeight: 32
                    Layout.preferredWidth: 32
                    Accessible.name: qsTr("Syncing")
                }
                ToolButton {
                    objectName: "notificationsButton"
                    text: root.feed.unseenReactions > 0 ? qsTr("Notifications (%1)").arg(root.feed.unseenReactions) : qsTr("Notifications")
                    onClicked: notifications.open()
                    Accessible.name: qsTr("Notifications (%n new)", "", root.feed.unseenReactions)
                    ToolTip.visible: hovered
                    ToolTip.text: qsTr("Comments and likes on your posts")
                }
                ToolButton {
                    text: qsTr("Refresh")
                    enabled: AppController.connectionState === AppController.Online && !root.feed.syncing
                    onClicked: root.feed.refresh()
                }
                Button {
                    background: ButtonBackground {}
                    objectName: "composeButton"
                    text: qsTr("New post")
                    visible: !AppController.readOnly
                    highlighted: true
                    onClicked: root.compose("", "")
                }
            }

            Item {
                Layout.fillWidth: true
                Layout.fillHeight: true

                ListView {
                    id: list
                    objectName: "feedList"
                    anchors.fill: parent
                    clip: true
                    model: root.feed.feed
                    cacheBuffer: 800
                    reuseItems: true
                    delegate: PostCard {
                        onOpenPost: (uri) => root.openPost(uri)
                        onShare: (uri) => root.share(uri)
                        onEdit: (uri) => root.compose(uri, "")
                        onOpenPicture: (pictures, i) => { viewer.pictures = pictures; viewer.current = i; viewer.open() }
                    }
                    footer: Item {
                        width: list.width
                        height: root.feed.feed.loading ? 56 : 16
                        BusyIndicator {
                            anchors.centerIn: parent
                            running: root.feed.feed.loading
                            visible: running
                        }
                    }
                    onAtYBeginningChanged: if (atYBeginning) root.feed.feed.clearNewCount()
                    // Infinite scroll: the next page (cache, then server)
                    // before the reader reaches the end.
                    onContentYChanged: {
                        if (count > 0 && contentY + 3 * height > contentHeight)
                            root.feed.feed.loadMore()
                    }
                    ScrollBar.vertical: ScrollBar {}
                }

                // New posts arrived above while reading further down.
                Button {
                    background: ButtonBackground {}
                    objectName: "newPostsButton"
                    anchors.horizontalCenter: parent.horizontalCenter
                    anchors.top: parent.top
                    anchors.topMargin: 8
                    visible: root.feed.feed.newCount > 0 && !list.atYBeginning
                    text: root.feed.feed.newCount === 1 ? qsTr("1 new post") : qsTr("%1 new posts").arg(root.feed.feed.newCount)
                    highlighted: true
                    onClicked: { list.positionViewAtBeginning(); root.feed.feed.clearNewCount() }
                }

                EmptyState {
                    anchors.fill: parent
                    visible: list.count === 0 && !root.feed.feed.loading
                    iconSource: "icons/feed.svg"
                    title: root.feed.filter === FeedController.Mine ? qsTr("You have not posted yet")
                           : root.feed.filter === FeedController.Communities ? qsTr("No community posts yet") : qsTr("No posts yet")
                    text: root.feed.filter === FeedController.Mine
                          ? qsTr("Write a first post: a title is enough.")
                          : root.feed.filter === FeedController.Communities
                          ? qsTr("Posts from the communities you follow will appear here. Find communities under Communities.")
                          : qsTr("Posts from the contacts and communities you follow will appear here, newest first.")
                }
            }
        }
    }

    Popup {
        Material.elevation: Theme.elevation(24)
        id: notifications
        objectName: "notificationsPopup"
        parent: Overlay.overlay
        x: parent ? parent.width - width - 24 : 0
        y: 64
        width: 380
        height: Math.min(480, parent ? parent.height - 96 : 480)
        padding: 0
        onClosed: root.feed.markReactionsSeen()
        contentItem: ListView {
            clip: true
            model: root.feed.reactions
            header: PlainLabel {
                text: qsTr("Comments and likes on your posts")
                font.weight: Font.DemiBold
                padding: 12
            }
            delegate: ItemDelegate {
                id: audienceRow
                required property var modelData
                background: RowBackground { control: audienceRow }
                width: ListView.view.width
                contentItem: RowLayout {
                    spacing: 10
                    AuthorAvatar {
                        size: 32
                        jid: modelData.authorJid
                        name: modelData.authorName
                        source: modelData.avatar
                    }
                    PlainLabel {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                        text: modelData.isLike ? qsTr("%1 liked “%2”").arg(modelData.authorName).arg(modelData.postTitle)
                                               : qsTr("%1 commented on “%2”: %3").arg(modelData.authorName).arg(modelData.postTitle).arg(modelData.text)
                    }
                }
                onClicked: { notifications.close(); root.openPost(modelData.postUri) }
            }
            PlainLabel {
                anchors.centerIn: parent
                visible: parent.count === 0
                text: qsTr("Nothing yet.")
                opacity: 0.7
            }
        }
    }
}
