import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// One community: its picture, title and description (plain text), who may
// read and post, follow or unfollow (sharing it publicly or not), a new
// post when the user may publish, and its posts as in the feed, paged back
// from the server as the reader scrolls; a gallery shows its pictures as a
// grid.
Page {
    id: root
    objectName: "communityPage"

    readonly property CommunitiesController communities: AppController.communities
    readonly property var info: communities.current
    signal back()
    signal openPost(string uri)
    signal compose(string uri, string title, bool gallery)
    signal openSettings()
    signal openPicture(var pictures, int index)

    function readersText() {
        if (info.accessModel === undefined || info.accessModel.length === 0)
            return ""
        if (info.readers === CommunitiesController.MembersOnly)
            return qsTr("Members only")
        if (info.readers === CommunitiesController.ContactsOnly)
            return qsTr("The owner's contacts can read")
        return qsTr("Anyone can read")
    }
    function postersText() {
        if (!info.publishModelKnown)
            return ""
        if (info.posters === CommunitiesController.AnyoneMayPost)
            return qsTr("anyone can post")
        if (info.posters === CommunitiesController.Followers)
            return qsTr("followers can post")
        return qsTr("publishers post")
    }

    header: RowLayout {
        spacing: 8
        ToolButton {
            text: qsTr("‹ Communities")
            onClicked: root.back()
            Accessible.name: qsTr("Back to communities")
        }
        Item { Layout.fillWidth: true }
        BusyIndicator {
            running: root.communities.busy || root.communities.posts.loading
            visible: running
            Layout.preferredHeight: 28
            Layout.preferredWidth: 28
        }
        Button {
            background: ButtonBackground {}
            objectName: "communitySettingsButton"
            visible: root.info.isOwner === true
            text: qsTr("Settings")
            onClicked: root.openSettings()
        }
        Button {
            background: ButtonBackground {}
            objectName: "followButton"
            visible: root.info.followed !== true && !AppController.readOnly
            text: root.info.pending ? qsTr("Requested") : qsTr("Follow")
            enabled: AppController.connectionState === AppController.Online && !root.communities.busy
            onClicked: followDialog.open()
        }
        Button {
            background: ButtonBackground {}
            objectName: "unfollowButton"
            visible: root.info.followed === true && !AppController.readOnly
            text: qsTr("Unfollow")
            enabled: AppController.connectionState === AppController.Online && !root.communities.busy
            onClicked: root.communities.unfollow()
        }
        Button {
            background: ButtonBackground {}
            objectName: "communityPostButton"
            visible: root.info.mayPublish === true && !AppController.readOnly
            text: qsTr("New post")
            highlighted: true
            onClicked: root.compose(root.info.uri, root.info.title, root.info.isGallery)
        }
        Item { implicitWidth: 8 }
    }

    PlainDialog {
        id: followDialog
        objectName: "followDialog"
        anchors.centerIn: Overlay.overlay
        width: Math.min(root.width - 48, 440)
        modal: true
        title: qsTr("Follow %1").arg(root.info.title || "")
        standardButtons: Dialog.Ok | Dialog.Cancel
        ColumnLayout {
            anchors.fill: parent
            PlainLabel {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Its posts will appear in your feed.")
            }
            CheckBox {
                id: shareBox
                text: qsTr("Share this subscription publicly (your contacts see it)")
            }
        }
        onAccepted: root.communities.follow(shareBox.checked)
    }

    Component {
        id: headerBlock
        ColumnLayout {
            width: root.width
            spacing: 6
            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 24
                Layout.rightMargin: 24
                Layout.topMargin: 12
                spacing: 16
                Avatar {
                    size: 72
                    source: root.info.avatar || ""
                    initials: (root.info.title || "#").charAt(0).toUpperCase()
                    tint: root.info.isGallery ? "#5f3dc4" : Theme.accent
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 4
                    PlainLabel {
                        objectName: "communityTitle"
                        Layout.fillWidth: true
                        text: root.info.title || ""
                        font.pixelSize: Theme.fontPx(22)
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.Heading
                    }
                    PlainLabel {
                        Layout.fillWidth: true
                        visible: text.length > 0
                        text: root.info.description || ""
                        wrapMode: Text.Wrap
                    }
                    PlainLabel {
                        Layout.fillWidth: true
                        opacity: 0.7
                        wrapMode: Text.Wrap
                        text: {
                            const parts = []
                            if (root.info.isGallery)
                                parts.push(qsTr("Gallery"))
                            const r = root.readersText()
                            const p = root.postersText()
                            if (r.length > 0)
                                parts.push(p.length > 0 ? r + ", " + p : r)
                            if (root.info.subscribers >= 0)
                                parts.push(root.info.subscribers === 1 ? qsTr("1 subscriber") : qsTr("%1 subscribers").arg(root.info.subscribers))
                            if (root.info.pending)
                                parts.push(qsTr("waiting for the owner's approval"))
                            parts.push(root.info.uri || "")
                            return parts.join(" · ")
                        }
                    }
                    PlainLabel {
                        Layout.fillWidth: true
                        visible: (root.info.problem || "").length > 0
                        text: root.info.problem || ""
                        color: Theme.warning
                        wrapMode: Text.Wrap
                    }
                }
            }
            MenuSeparator { Layout.fillWidth: true }
        }
    }

    // A feed community: its posts as cards.
    ListView {
        id: postList
        objectName: "communityPosts"
        anchors.fill: parent
        visible: root.info.isGallery !== true
        clip: true
        model: visible ? root.communities.posts : null
        cacheBuffer: 800
        reuseItems: true
        header: headerBlock
        delegate: PostCard {
            onOpenPost: (uri) => root.openPost(uri)
            onOpenPicture: (pictures, i) => root.openPicture(pictures, i)
        }
        onContentYChanged: {
            if (count > 0 && contentY + 3 * height > contentHeight)
                root.communities.posts.loadMore()
        }
        footer: PlainLabel {
            width: postList.width
            horizontalAlignment: Text.AlignHCenter
            padding: 24
            opacity: 0.7
            visible: postList.count === 0 && !root.communities.posts.loading
            text: qsTr("No posts here yet.")
        }
        ScrollBar.vertical: ScrollBar {}
    }

    // A gallery: the first picture of each post, in a grid.
    GridView {
        id: grid
        objectName: "communityGallery"
        anchors.fill: parent
        visible: root.info.isGallery === true
        clip: true
        model: visible ? root.communities.posts : null
        header: headerBlock
        readonly property int columns: Math.max(2, Math.floor(width / 220))
        cellWidth: Math.floor(width / columns)
        cellHeight: cellWidth
        delegate: Item {
            required property var model
            required property int index
            width: grid.cellWidth
            height: grid.cellHeight
            Rectangle {
                anchors.fill: parent
                anchors.margins: 3
                color: palette.alternateBase
                radius: 6
                clip: true
                Image {
                    anchors.fill: parent
                    source: parent.parent.model.pictures.length > 0 ? parent.parent.model.pictures[0].url : ""
                    fillMode: Image.PreserveAspectCrop
                    asynchronous: true
                    sourceSize.width: 440
                }
                PlainLabel {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    anchors.bottom: parent.bottom
                    padding: 6
                    text: parent.parent.model.title
                    elide: Text.ElideRight
                    color: "white"
                    background: Rectangle { color: "#80000000" }
                }
                MouseArea {
                    anchors.fill: parent
                    cursorShape: Qt.PointingHandCursor
                    onClicked: root.openPost(parent.parent.model.uri)
                }
            }
        }
        onContentYChanged: {
            if (count > 0 && contentY + 3 * height > contentHeight)
                root.communities.posts.loadMore()
        }
        ScrollBar.vertical: ScrollBar {}
    }
}
