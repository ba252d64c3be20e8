import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Hearth

// Like, comment, share and the own post's edit/delete, under a post.
RowLayout {
    id: root

    property var post: ({})
    signal openComments()
    signal share()
    signal edit()

    spacing: 4

    ToolButton {
        objectName: "likeButton"
        // Until the thread was read, a count is unknown, not 0.
        readonly property bool known: !root.post.commentsEnabled || root.post.countsKnown !== false || (root.post.likeCount || 0) > 0
        text: (root.post.likedByMe ? "♥ " : "♡ ") + (known ? (root.post.likeCount || 0) : "…")
        enabled: !!root.post.commentsEnabled
        onClicked: root.post.likedByMe ? AppController.feed.unlike(root.post.uri) : AppController.feed.like(root.post.uri)
        Accessible.name: !known ? qsTr("Like (likes not known yet)")
                       : root.post.likedByMe ? qsTr("Unlike (%n likes)", "", root.post.likeCount || 0)
                                             : qsTr("Like (%n likes)", "", root.post.likeCount || 0)
        ToolTip.visible: hovered
        ToolTip.text: root.post.likedByMe ? qsTr("Take your like back") : qsTr("Like")
    }
    ToolButton {
        objectName: "commentsButton"
        readonly property bool known: !root.post.commentsEnabled || root.post.countsKnown !== false || (root.post.commentCount || 0) > 0
        text: known ? qsTr("Comments (%1)").arg(root.post.commentCount || 0) : qsTr("Comments (…)")
        enabled: !!root.post.commentsEnabled
        onClicked: root.openComments()
        Accessible.name: known ? qsTr("%n comments", "", root.post.commentCount || 0) : qsTr("Comments (not known yet)")
        ToolTip.visible: hovered
        ToolTip.text: root.post.commentsEnabled ? qsTr("Comments") : qsTr("Comments are off for this post")
    }
    ToolButton {
        text: qsTr("Share")
        onClicked: root.share()
    }
    Item { Layout.fillWidth: true }
    ToolButton {
        visible: !!root.post.isMine
        text: "⋯"
        Accessible.name: qsTr("More actions")
        onClicked: ownMenu.open()
        Menu {
            Material.elevation: Theme.elevation(8)
            id: ownMenu
            MenuItem { text: qsTr("Edit"); onTriggered: root.edit() }
            MenuItem { text: qsTr("Delete…"); onTriggered: confirmDelete.open() }
        }
    }

    Dialog {
        Material.elevation: Theme.elevation(24)
        id: confirmDelete
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Delete this post?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        PlainLabel {
            text: qsTr("It is removed from your blog for everyone, with its comments.")
            wrapMode: Text.Wrap
            width: 360
        }
        onAccepted: AppController.feed.remove(root.post.uri)
    }
}
