import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// One message of a conversation (a MessageListModel row): who wrote it in a
// room, what it answers, a picture, a shared post or a file, the styled
// text, time, edited mark and delivery state, and its reactions. Optional
// parts load only where the message has them (a page of these is created
// whenever a chat opens).
Item {
    id: bubbleRow
    // Right click or press and hold: the page opens the message's menu.
    signal menuRequested(var message)

    function stateText(state) {
        switch (state) {
        case -1: return qsTr("not sent")
        case 1: return qsTr("sending")
        case 2: return qsTr("sent")
        case 3: return qsTr("delivered")
        case 4: return qsTr("read")
        }
        return ""
    }
    required property string messageId
    required property url image
    required property string attachment
    required property string fileName
    required property string sharedPost
    required property string plainBody
    required property bool retracted
    required property string body
    required property bool outgoing
    required property var time
    required property int state
    required property bool edited
    required property bool imported // from an export: read on the old account
    required property bool encrypted // came or went end-to-end encrypted
    required property string undecryptable // why it could not be decrypted ('' when it could)
    required property bool encryptedPicture // an encrypted picture, shown once the user asks
    required property bool truncated
    required property var reactions
    required property string replyTo
    required property string replySender
    required property string replyText
    required property bool inRoom
    required property bool mention
    required property string senderName
    // What a screen reader says of the message: who, when, and what.
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1, %2: %3").arg(outgoing ? qsTr("You") : (senderName.length > 0 ? senderName : qsTr("Them")))
                         .arg(Qt.formatDateTime(time, Locale.ShortFormat))
                         .arg(retracted ? qsTr("message deleted") : undecryptable.length > 0 ? undecryptable
                              : (plainBody.length > 0 ? plainBody : fileName) + (encrypted ? " (" + qsTr("encrypted") + ")" : ""))
    required property bool rich
    width: ListView.view.width
    height: bubble.height + (reactionRow.active ? reactionRow.height + 2 : 0)

    // The message a search hit opened the conversation at: marked a moment.
    Rectangle {
        objectName: "revealedMessage"
        anchors.fill: bubble
        z: 2
        radius: 8
        // The accent, see-through over the bubble (a mention has a border).
        color: Qt.rgba(0.85, 0.28, 0.06, 0.16)
        visible: bubbleRow.ListView.isCurrentItem && bubbleRow.ListView.view.revealing === true
    }

    // The text's width on one line: the bubble is no wider than that.
    Text {
        id: natural
        visible: false
        text: bubbleRow.undecryptable.length > 0 ? bubbleRow.undecryptable : bubbleRow.rich ? bubbleRow.body : bubbleRow.plainBody
        textFormat: bubbleRow.rich && bubbleRow.undecryptable.length === 0 ? Text.RichText : Text.PlainText
    }

    // Reactions under the bubble: one chip per emoji, the user's own
    // highlighted; a click adds or takes back the user's.
    // (Optional parts load only where a message has them: a page of
    // delegates is created when a chat opens.)
    Loader {
        id: reactionRow
        objectName: "reactionRow"
        active: bubbleRow.reactions.length > 0 && !bubbleRow.retracted
        anchors.top: bubble.bottom
        anchors.topMargin: 2
        anchors.right: bubbleRow.outgoing ? parent.right : undefined
        anchors.left: bubbleRow.outgoing ? undefined : parent.left
        sourceComponent: Flow {
        width: Math.min(implicitWidth, bubbleRow.width * 0.75)
        spacing: 4
        Repeater {
            model: bubbleRow.reactions
            Button {
                background: ButtonBackground {}
                required property var modelData
                text: modelData.emoji + " " + modelData.count
                flat: !modelData.mine
                highlighted: modelData.mine
                font.pixelSize: Theme.fontPx(12)
                topPadding: 2
                bottomPadding: 2
                leftPadding: 8
                rightPadding: 8
                contentItem: PlainLabel {
                    text: parent.text
                    font: parent.font
                    horizontalAlignment: Text.AlignHCenter
                    verticalAlignment: Text.AlignVCenter
                }
                PlainToolTip {
                    text: parent.modelData.who
                    visible: parent.hovered
                }
                Accessible.name: qsTr("%1 reacted with %2").arg(modelData.who).arg(modelData.emoji)
                onClicked: AppController.chats.toggleReaction(bubbleRow.messageId, modelData.emoji)
            }
        }
        }
    }

    Rectangle {
        id: bubble
        // React, reply, copy; the user's own messages also edit or
        // delete (right click, or press and hold).
        TapHandler {
            enabled: !bubbleRow.retracted
            acceptedButtons: Qt.RightButton
            onTapped: bubbleRow.menuRequested(bubbleRow)
        }
        TapHandler {
            enabled: !bubbleRow.retracted
            onLongPressed: bubbleRow.menuRequested(bubbleRow)
        }
        anchors.right: bubbleRow.outgoing ? parent.right : undefined
        anchors.left: bubbleRow.outgoing ? undefined : parent.left
        width: Math.min(bubbleRow.width * 0.75,
                        // (Whole pixels, plus one: a fractional width wraps the last word.)
                        Math.ceil(Math.max(natural.implicitWidth, meta.implicitWidth, bubbleRow.attachment.length > 0 ? 240 : 0)) + 25)
        height: column.implicitHeight + 16
        radius: 12
        // The user's own messages on a tint of the accent, light or dark with the theme.
        color: bubbleRow.outgoing ? (Theme.dark ? "#5c2a12" : "#fbd5c0") : palette.alternateBase
        // A message that names the user in a room stands out.
        border.width: bubbleRow.mention ? 2 : 0
        border.color: Theme.accent

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: 8
            anchors.leftMargin: 12
            anchors.rightMargin: 12
            spacing: 2
            // Who wrote it, in a room.
            PlainLabel {
                objectName: "senderName"
                visible: bubbleRow.inRoom && !bubbleRow.outgoing
                text: bubbleRow.senderName.length > 0 ? bubbleRow.senderName : qsTr("Room")
                font.pixelSize: Theme.fontPx(12)
                font.weight: Font.DemiBold
                color: Theme.accent
            }
            // What this message answers: the original when known, else its quote.
            Loader {
                objectName: "replyQuote"
                active: bubbleRow.replyTo.length > 0 && !bubbleRow.retracted
                visible: active
                Layout.fillWidth: true
                Layout.preferredWidth: 200
                sourceComponent: Rectangle {
                implicitHeight: quoteColumn.implicitHeight + 8
                color: Qt.rgba(0, 0, 0, 0.06)
                radius: 4
                Rectangle {
                    width: 3
                    height: parent.height
                    color: Theme.accent
                    radius: 1
                }
                ColumnLayout {
                    id: quoteColumn
                    anchors.fill: parent
                    anchors.margins: 4
                    anchors.leftMargin: 10
                    spacing: 0
                    PlainLabel {
                        visible: bubbleRow.replySender.length > 0
                        text: bubbleRow.replySender
                        font.pixelSize: Theme.fontPx(11)
                        font.weight: Font.DemiBold
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                    PlainLabel {
                        text: bubbleRow.replyText.length > 0 ? bubbleRow.replyText : qsTr("an earlier message")
                        font.pixelSize: Theme.fontPx(12)
                        opacity: 0.8
                        maximumLineCount: 2
                        wrapMode: Text.Wrap
                        elide: Text.ElideRight
                        Layout.fillWidth: true
                    }
                }
                }
            }
            // A shared picture: its box is reserved before it loads.
            Loader {
                active: !bubbleRow.retracted && bubbleRow.image.toString().length > 0
                visible: active
                Layout.preferredWidth: 240
                Layout.preferredHeight: 180
                sourceComponent: Image {
                source: bubbleRow.image
                sourceSize.width: 480
                fillMode: Image.PreserveAspectFit
                asynchronous: true
                Accessible.role: Accessible.Graphic
                Accessible.name: bubbleRow.fileName
                TapHandler { onTapped: AppController.chats.openAttachment(bubbleRow.attachment) }
                }
            }
            // A post shared into the chat (Movim's way): a card that opens it.
            Loader {
                objectName: "sharedPostCard"
                active: !bubbleRow.retracted && bubbleRow.sharedPost.length > 0
                visible: active
                Layout.preferredWidth: 240
                sourceComponent: Frame {
                id: card
                // The post itself when it is cached (title and author).
                readonly property var post: AppController.feed.postFields(bubbleRow.sharedPost)
                ColumnLayout {
                    width: parent.width
                    spacing: 2
                    PlainLabel {
                        text: qsTr("Shared post")
                        font.pixelSize: Theme.fontPx(11)
                        opacity: 0.7
                    }
                    PlainLabel {
                        text: card.post.title ? card.post.title : qsTr("Open the shared post")
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    PlainLabel {
                        visible: text.length > 0
                        text: card.post.authorName || ""
                        opacity: 0.7
                        Layout.fillWidth: true
                    }
                }
                TapHandler { onTapped: AppController.chats.openPost(bubbleRow.sharedPost) }
                Accessible.role: Accessible.Button
                Accessible.name: qsTr("Open the shared post")
                }
            }
            // Another file: a card to download it (an encrypted picture:
            // to decrypt and show it, as nothing is fetched unasked).
            Loader {
                active: !bubbleRow.retracted && bubbleRow.fileName.length > 0 && bubbleRow.image.toString().length === 0
                visible: active
                sourceComponent: Button {
                    objectName: bubbleRow.encryptedPicture ? "showEncryptedPicture" : "downloadFile"
                    text: bubbleRow.encryptedPicture ? qsTr("Show the encrypted picture %1").arg(bubbleRow.fileName)
                                                     : qsTr("Download %1").arg(bubbleRow.fileName)
                    flat: true
                    onClicked: AppController.chats.openAttachment(bubbleRow.attachment)
                }
            }
            Text {
                id: messageText
                visible: bubbleRow.retracted || bubbleRow.body.length > 0
                text: bubbleRow.retracted ? qsTr("This message was deleted.") : bubbleRow.rich ? bubbleRow.body : bubbleRow.plainBody
                font.italic: bubbleRow.retracted
                // Plain lines as plain text: far cheaper to lay out.
                textFormat: bubbleRow.rich && !bubbleRow.retracted ? Text.RichText : Text.PlainText
                wrapMode: Text.Wrap
                color: palette.text
                Layout.fillWidth: true
                linkColor: Theme.accent
                onLinkActivated: (link) => Links.isXmpp(link) ? AppController.links.open(link) : Links.open(link)
            }
            // Encrypted, and it could not be read here: why (the sender's
            // fallback text is never shown).
            PlainLabel {
                objectName: "undecryptable"
                visible: bubbleRow.undecryptable.length > 0
                text: bubbleRow.undecryptable
                font.italic: true
                wrapMode: Text.Wrap
                color: Theme.warning
                Layout.fillWidth: true
            }
            PlainLabel {
                visible: bubbleRow.truncated
                text: qsTr("(message shortened: it was too long)")
                font.italic: true
                font.pixelSize: Theme.fontPx(11)
                opacity: 0.7
            }
            // Could not be sent: kept, and sent again on Retry (or by itself
            // at the next session).
            RowLayout {
                visible: bubbleRow.outgoing && bubbleRow.state === -1
                Layout.alignment: Qt.AlignRight
                PlainLabel {
                    text: qsTr("Not sent.")
                    color: Theme.danger
                    font.pixelSize: Theme.fontPx(12)
                }
                Button {
                    background: ButtonBackground {}
                    objectName: "retrySend"
                    text: qsTr("Retry")
                    flat: true
                    font.pixelSize: Theme.fontPx(12)
                    onClicked: AppController.chats.retry(bubbleRow.messageId)
                }
            }
            PlainLabel {
                id: meta
                Layout.alignment: Qt.AlignRight
                text: Qt.formatDateTime(bubbleRow.time, "d MMM hh:mm")
                      + (bubbleRow.edited ? " · " + qsTr("edited") : "")
                      + (bubbleRow.imported ? " · " + qsTr("imported") : "")
                      + (bubbleRow.encrypted ? " · 🔒" : "")
                      + (bubbleRow.outgoing ? " · " + bubbleRow.stateText(bubbleRow.state) : "")
                font.pixelSize: Theme.fontPx(11)
                opacity: 0.6
            }
        }
    }
}
