import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// One contact: names, address, presence, vCard4 fields as Movim shows them,
// groups, subscription state, and what can be done. The feed adds the
// contact's posts below.
Page {
    id: root
    objectName: "contactProfilePage"

    required property string jid
    // The contact's row, kept current as presence and the roster change.
    property var info: AppController.contacts.model.contactInfo(jid)
    readonly property string displayName: info.displayName || jid
    readonly property string initials: info.initials || "?"
    readonly property color avatarColor: info.avatarColor || Theme.accent
    readonly property int availability: info.availability === undefined ? ContactsController.Offline : info.availability
    readonly property string statusText: info.statusText || ""
    readonly property var groups: info.groups || []
    readonly property int subscription: info.subscription || 0
    readonly property bool askPending: info.askPending || false

    function refresh() { info = AppController.contacts.model.contactInfo(jid) }
    Connections {
        target: AppController.contacts.model
        function onDataChanged() { root.refresh() }
        function onLayoutChanged() { root.refresh() }
        function onModelReset() { root.refresh() }
    }

    signal back()
    signal openPost(string uri)

    readonly property var card: AppController.profiles.contact

    function subscriptionText() {
        if (subscription === 3)
            return qsTr("You see each other's presence.")
        if (subscription === 2)
            return qsTr("You see their presence; they do not see yours.")
        if (subscription === 1)
            return qsTr("They see your presence; you do not see theirs.")
        return askPending ? qsTr("Your request is waiting for their answer.") : qsTr("No presence subscription.")
    }

    header: RowLayout {
        spacing: 8
        ToolButton {
            text: qsTr("‹ Contacts")
            onClicked: root.back()
            Accessible.name: qsTr("Back to contacts")
        }
        Item { Layout.fillWidth: true }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            x: 24
            width: Math.min(parent.width - 48, Theme.contentMaxWidth)
            spacing: 10

            RowLayout {
                spacing: 16
                Avatar {
                    size: 88
                    initials: root.initials
                    source: root.info.avatarSource || ""
                    tint: root.avatarColor
                    availability: root.availability
                }
                ColumnLayout {
                    spacing: 4
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1 // the row's width, never the names'
                    PlainLabel {
                        text: root.displayName
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                        font.pixelSize: Theme.fontPx(24)
                        font.weight: Font.DemiBold
                        Accessible.role: Accessible.Heading
                    }
                    PlainLabel {
                        text: root.card.fullName && root.card.fullName !== root.displayName ? root.card.fullName : ""
                        visible: text.length > 0
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                        opacity: 0.8
                    }
                    PlainLabel { text: root.jid; opacity: 0.7 }
                    PlainLabel {
                        visible: root.statusText.length > 0
                        text: root.statusText
                        font.italic: true
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        maximumLineCount: 3
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
            }

            BusyIndicator {
                running: AppController.profiles.contactLoading
                visible: running
                Layout.preferredHeight: 32
            }

            GridLayout {
                columns: 2
                columnSpacing: 16
                rowSpacing: 6
                Layout.fillWidth: true

                PlainLabel { text: qsTr("Pronouns"); opacity: 0.7; visible: !!root.card.pronouns }
                PlainLabel { text: root.card.pronouns || ""; visible: !!root.card.pronouns; wrapMode: Text.WrapAtWordBoundaryOrAnywhere; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                PlainLabel { text: qsTr("About"); opacity: 0.7; visible: !!root.card.note; Layout.alignment: Qt.AlignTop }
                PlainLabel { text: root.card.note || ""; visible: !!root.card.note; wrapMode: Text.WrapAtWordBoundaryOrAnywhere; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                PlainLabel { text: qsTr("Website"); opacity: 0.7; visible: !!root.card.url }
                PlainLabel {
                    visible: !!root.card.url
                    // Only web links are made clickable; the user's action opens them.
                    readonly property string link: Links.webLinkHtml(root.card.url || "")
                    text: link.length > 0 ? link : (root.card.url || "")
                    textFormat: link.length > 0 ? Text.StyledText : Text.PlainText
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    linkColor: Theme.accent
                    onLinkActivated: (link) => Links.isXmpp(link) ? AppController.links.open(link) : Links.open(link)
                }
                PlainLabel { text: qsTr("Email"); opacity: 0.7; visible: !!root.card.email }
                PlainLabel { text: root.card.email || ""; visible: !!root.card.email; wrapMode: Text.WrapAtWordBoundaryOrAnywhere; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                PlainLabel { text: qsTr("Birthday"); opacity: 0.7; visible: !!root.card.birthday }
                PlainLabel { text: root.card.birthday || ""; visible: !!root.card.birthday; wrapMode: Text.WrapAtWordBoundaryOrAnywhere; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                PlainLabel { text: qsTr("Location"); opacity: 0.7; visible: !!(root.card.locality || root.card.country) }
                PlainLabel {
                    visible: !!(root.card.locality || root.card.country)
                    text: [root.card.locality, root.card.country].filter(function (part) { return !!part }).join(", ")
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                }
                PlainLabel { text: qsTr("Groups"); opacity: 0.7 }
                PlainLabel { text: root.groups && root.groups.length > 0 ? root.groups.join(", ") : qsTr("None"); wrapMode: Text.WrapAtWordBoundaryOrAnywhere; Layout.fillWidth: true; Layout.preferredWidth: 1 }
                PlainLabel { text: qsTr("Presence"); opacity: 0.7 }
                PlainLabel { text: root.subscriptionText(); wrapMode: Text.Wrap; Layout.fillWidth: true }
            }

            PlainLabel {
                visible: !AppController.profiles.contactLoading && root.card.empty === true
                text: qsTr("%1 has not published a profile.").arg(root.displayName)
                opacity: 0.7
            }

            RowLayout {
                spacing: 8
                Button {
                    background: ButtonBackground {}
                    objectName: "messageButton"
                    text: qsTr("Send a message")
                    highlighted: true
                    onClicked: AppController.chats.startChat(root.jid)
                    PlainToolTip {
                        text: qsTr("Chat with %1").arg(root.displayName)
                        visible: parent.hovered
                    }
                }
                Button {
                    background: ButtonBackground {}
                    text: qsTr("Block")
                    flat: true
                    onClicked: AppController.contacts.block(root.jid)
                }
            }

            MenuSeparator { Layout.fillWidth: true }
            DevicesSection {
                jid: root.jid
                Layout.fillWidth: true
            }

            MenuSeparator { Layout.fillWidth: true }
            RowLayout {
                Layout.fillWidth: true
                PlainLabel {
                    text: qsTr("Posts")
                    font.pixelSize: Theme.fontPx(16)
                    font.weight: Font.DemiBold
                    Accessible.role: Accessible.Heading
                    Layout.fillWidth: true
                }
                Button {
                    background: ButtonBackground {}
                    objectName: "followButton"
                    // followVersion: re-evaluated when the follows change.
                    readonly property bool following: AppController.feed.followVersion >= 0 && AppController.feed.isFollowing(root.jid)
                    text: following ? qsTr("Following") : qsTr("Follow")
                    highlighted: !following
                    onClicked: following ? AppController.feed.unfollow(root.jid) : AppController.feed.follow(root.jid, false)
                    PlainToolTip {
                        text: parent.following ? qsTr("Stop following %1's blog").arg(root.displayName)
                                               : qsTr("Show %1's posts in your feed").arg(root.displayName)
                        visible: parent.hovered
                    }
                }
            }
            Component.onCompleted: AppController.feed.showBlog(root.jid)
            PlainLabel {
                visible: blogPosts.count === 0
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                opacity: 0.7
                text: AppController.feed.blog.loading ? qsTr("Loading posts…")
                                                      : qsTr("%1 has not published any post you can see.").arg(root.displayName)
            }
            Repeater {
                id: blogPosts
                model: AppController.feed.blog
                delegate: PostCard {
                    Layout.fillWidth: true
                    width: undefined
                    maxWidth: Theme.contentMaxWidth + 32
                    onOpenPost: (uri) => root.openPost(uri)
                }
            }
            Button {
                background: ButtonBackground {}
                visible: blogPosts.count > 0 && !AppController.feed.blog.atEnd
                text: qsTr("Older posts")
                flat: true
                enabled: !AppController.feed.blog.loading
                onClicked: AppController.feed.blog.loadMore()
            }
            Item { Layout.preferredHeight: 24 }
        }
    }
}
