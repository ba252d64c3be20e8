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
    // What a screen reader says of the post: who, when, and what (plain text).
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2: %3").arg(root.model.authorName || "")
                         .arg(Qt.formatDateTime(root.model.published, Locale.ShortFormat))
                         .arg([root.model.title || "", root.model.markdown || ""].filter(t => t.length > 0).join(". "))
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
        // A Column, not a layout: it follows its children's heights as they
        // change (wrapped titles settle after the first pass; a nested
        // ColumnLayout kept the first height in Qt 6.4 and squeezed them).
        Column {
            id: cardColumn
            width: parent.width
            spacing: 6

            PostContent {
                width: parent.width
                post: root.model
                onOpenPicture: (i) => root.openPicture(root.model.pictures, i)
                onOpenAuthor: (jid) => root.openAuthor(jid)
                onOpenQuoted: (uri) => root.openPost(uri)
                onOpenSelf: root.openPost(root.model.uri)
            }
            PendingBar {
                width: parent.width
                visible: !!root.model.pending
                uri: root.model.uri
                error: root.model.pendingError || ""
            }
            PostActions {
                width: parent.width
                post: root.model
                onOpenComments: root.openPost(root.model.uri)
                onShare: root.share(root.model.uri)
                onEdit: root.edit(root.model.uri)
            }
        }
    }
}
