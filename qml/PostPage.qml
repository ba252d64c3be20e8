import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// One post with its comment thread (oldest first, live), who liked it,
// and a field to comment. Opened from the feed, a blog or a notification.
Page {
    id: root
    objectName: "postPage"

    required property string uri
    readonly property var post: AppController.feed.post
    readonly property CommentsModel comments: AppController.feed.comments
    signal back()
    signal share(string uri)
    signal edit(string uri)
    signal openAuthor(string jid)

    // Empty until the post is found in the cache (a link opened before
    // the first sync finds it there).
    readonly property bool loaded: !!post.uri
    Component.onCompleted: AppController.feed.openPost(uri)

    header: RowLayout {
        ToolButton {
            text: qsTr("‹ Back")
            onClicked: root.back()
        }
        Item { Layout.fillWidth: true }
    }

    PictureViewer { id: viewer }

    EmptyState {
        anchors.fill: parent
        visible: !root.loaded
        iconSource: "icons/feed.svg"
        title: AppController.feed.syncing ? qsTr("Looking for this post…") : qsTr("This post is not in your feed")
        text: qsTr("It shows here once it is in the cache: from a blog you follow, or after the next sync.")
    }

    ListView {
        id: thread
        visible: root.loaded
        anchors.fill: parent
        model: root.comments
        spacing: 6
        bottomMargin: 16
        header: ColumnLayout {
            width: thread.width
            spacing: 8
            Frame {
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Math.min(thread.width - 32, Theme.contentMaxWidth)
                Layout.topMargin: 8
                padding: 16
                contentHeight: pageColumn.implicitHeight
                ColumnLayout {
                    id: pageColumn
                    width: parent.width
                    PostContent {
                        Layout.fillWidth: true
                        full: true
                        post: root.post
                        onOpenPicture: (i) => { viewer.pictures = root.post.pictures; viewer.current = i; viewer.open() }
                        onOpenAuthor: (jid) => root.openAuthor(jid)
                        onOpenQuoted: (uri) => AppController.feed.openPost(uri)
                    }
                    PendingBar {
                        Layout.fillWidth: true
                        visible: !!root.post.pending
                        uri: root.post.uri || ""
                        error: root.post.pendingError || ""
                    }
                    PostActions {
                        Layout.fillWidth: true
                        post: root.post
                        onOpenComments: commentField.forceActiveFocus()
                        onShare: root.share(root.post.uri)
                        onEdit: root.edit(root.post.uri)
                    }
                    PlainLabel {
                        visible: root.comments.likers.length > 0
                        text: qsTr("Liked by %1").arg(root.comments.likers.join(", "))
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                        opacity: 0.75
                    }
                }
            }
            PlainLabel {
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Math.min(thread.width - 32, Theme.contentMaxWidth)
                text: root.post.commentsEnabled === false ? qsTr("Comments are off for this post.")
                      : root.comments.count === 0 ? qsTr("No comments yet.") : qsTr("Comments")
                font.weight: Font.DemiBold
                opacity: 0.8
            }
        }
        delegate: Item {
            id: row
            required property string uri
            required property string authorJid
            required property string authorName
            required property string avatar
            required property string text
            required property var published
            required property bool isMine
            required property bool unverified
            required property string claim
            required property bool pending
            required property string pendingError
            width: thread.width
            implicitHeight: bubble.implicitHeight
            RowLayout {
                id: bubble
                x: (thread.width - width) / 2
                width: Math.min(thread.width - 32, Theme.contentMaxWidth)
                spacing: 10
                AuthorAvatar {
                    Layout.alignment: Qt.AlignTop
                    size: 32
                    jid: row.authorJid
                    name: row.authorName
                    source: row.avatar
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    PlainLabel {
                        text: row.authorName + "  ·  " + row.published.toLocaleString(Qt.locale(), Locale.ShortFormat)
                              + (row.claim ? "  ·  " + qsTr("claims to be %1 · unverified").arg(row.claim)
                                 : row.unverified ? "  ·  " + qsTr("author unverified") : "")
                        textFormat: Text.PlainText
                        color: row.claim ? Theme.danger : palette.text
                        font.pixelSize: Theme.fontPx(12)
                        opacity: row.claim ? 1 : 0.7
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    PlainLabel {
                        text: row.text
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    PendingBar {
                        Layout.fillWidth: true
                        visible: row.pending
                        uri: row.uri
                        error: row.pendingError
                    }
                }
                ToolButton {
                    visible: row.isMine || !!root.post.isMine
                    text: "✕"
                    Accessible.name: qsTr("Delete comment")
                    onClicked: AppController.feed.remove(row.uri)
                }
            }
        }
        footer: RowLayout {
            x: (thread.width - width) / 2
            width: Math.min(thread.width - 32, Theme.contentMaxWidth)
            visible: root.post.commentsEnabled !== false
            TextField {
                id: commentField
                objectName: "commentField"
                Layout.fillWidth: true
                placeholderText: qsTr("Write a comment")
                Accessible.name: qsTr("Your comment")
                onAccepted: send()
                function send() {
                    if (text.trim().length === 0)
                        return
                    AppController.feed.comment(root.uri, text)
                    text = ""
                }
            }
            Button {
                background: ButtonBackground {}
                text: qsTr("Send")
                enabled: commentField.text.trim().length > 0
                onClicked: commentField.send()
            }
        }
    }
}
