import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// One post in a list (the feed, a contact's blog).
Item {
    id: root

    required property var model
    required property int index
    property int maxWidth: Theme.contentMaxWidth
    signal openPost(string uri)
    signal openAuthor(string jid)
    signal share(string uri)
    signal edit(string uri)
    signal openPicture(var pictures, int index)

    implicitHeight: card.implicitHeight + 12
    width: ListView.view ? ListView.view.width : implicitWidth

    Frame {
        id: card
        objectName: "postCard"
        anchors.horizontalCenter: parent.horizontalCenter
        y: 6
        width: Math.min(root.width - 32, root.maxWidth)
        padding: 16

        // The unread boundary: posts since the last visit.
        Rectangle {
            visible: !!root.model.unread
            width: 3
            color: Theme.accent
            anchors.left: parent.left
            anchors.top: parent.top
            anchors.bottom: parent.bottom
            anchors.leftMargin: -16
        }

        contentHeight: cardColumn.implicitHeight
        ColumnLayout {
            id: cardColumn
            width: parent.width
            spacing: 6

            PostContent {
                Layout.fillWidth: true
                post: root.model
                onOpenPicture: (i) => root.openPicture(root.model.pictures, i)
                onOpenAuthor: (jid) => root.openAuthor(jid)
                onOpenQuoted: (uri) => root.openPost(uri)
                onOpenSelf: root.openPost(root.model.uri)
            }
            PendingBar {
                Layout.fillWidth: true
                visible: !!root.model.pending
                uri: root.model.uri
                error: root.model.pendingError || ""
            }
            PostActions {
                Layout.fillWidth: true
                post: root.model
                onOpenComments: root.openPost(root.model.uri)
                onShare: root.share(root.model.uri)
                onEdit: root.edit(root.model.uri)
            }
        }
    }
}
