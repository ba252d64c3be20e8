import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Hearth

// One conversation: the history (newest at the bottom, older pages as the
// user scrolls up: the cache, then the server's archive), delivery states
// of the user's messages, and the message field with its draft.
Page {
    id: root
    objectName: "chatPage"

    readonly property var chats: AppController.chats
    readonly property var rooms: AppController.rooms
    // A room the user is not in (left, put out, or not joined yet): read only.
    readonly property bool readOnly: rooms.isRoom && !rooms.joined
    // The own message being corrected (XEP-0308), or none.
    property string editingId: ""
    // The message being answered (XEP-0461), or none.
    property string replyingId: ""
    property string replyingName: ""
    property string replyingText: ""

    function startEditing(messageId, text) {
        replyingId = ""
        editingId = messageId
        field.text = text
        field.forceActiveFocus()
    }

    function startReply(messageId, name, text) {
        editingId = ""
        replyingId = messageId
        replyingName = name
        replyingText = text
        field.forceActiveFocus()
    }


    header: ToolBar {
        background: Item {}
        RowLayout {
            anchors.fill: parent
            anchors.leftMargin: 12
            spacing: 10
            AuthorAvatar {
                size: 36
                jid: root.chats.currentChat
                name: root.chats.currentName
                source: root.chats.currentAvatar
            }
            ColumnLayout {
                spacing: 0
                Layout.fillWidth: true
                PlainLabel {
                    objectName: "chatTitle"
                    text: root.chats.currentName
                    font.pixelSize: Theme.fontPx(16)
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                PlainLabel {
                    objectName: "chatStatus"
                    text: root.chats.peerComposing ? qsTr("typing…")
                          : root.rooms.isRoom && root.rooms.subject.length > 0 ? root.rooms.subject
                          : root.chats.currentChat
                    opacity: 0.6
                    font.italic: root.chats.peerComposing
                    font.pixelSize: Theme.fontPx(12)
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            // A room: the people in it, and its menu.
            ToolButton {
                objectName: "occupantsButton"
                visible: root.rooms.isRoom
                text: root.rooms.occupants.count === 1 ? qsTr("1 person") : qsTr("%1 people").arg(root.rooms.occupants.count)
                onClicked: roomPanel.open()
            }
            ToolButton {
                objectName: "roomMenuButton"
                visible: root.rooms.isRoom
                text: "⋮"
                font.pixelSize: Theme.fontPx(18)
                Accessible.name: qsTr("Room menu")
                onClicked: roomMenu.popup()
                Menu {
                    Material.elevation: Theme.elevation(8)
                    id: roomMenu
                    MenuItem {
                        text: qsTr("Invite…")
                        enabled: root.rooms.joined
                        onTriggered: inviteDialog.open()
                    }
                    MenuItem {
                        text: qsTr("Change nickname…")
                        enabled: root.rooms.joined
                        onTriggered: nickDialog.open()
                    }
                    Menu {
                        Material.elevation: Theme.elevation(8)
                        title: qsTr("Notifications")
                        Repeater {
                            model: [qsTr("Default"), qsTr("Always"), qsTr("Only when mentioned"), qsTr("Never")]
                            MenuItem {
                                required property string modelData
                                required property int index
                                text: modelData
                                checkable: true
                                checked: root.rooms.notifyLevel === index
                                onTriggered: root.rooms.setNotifyLevel(index)
                            }
                        }
                    }
                    MenuItem {
                        text: qsTr("Join automatically")
                        checkable: true
                        checked: root.rooms.autojoin
                        onTriggered: root.rooms.setAutojoin(checked)
                    }
                    MenuItem {
                        text: qsTr("Leave the room")
                        enabled: root.rooms.joined
                        onTriggered: root.rooms.leave()
                    }
                }
            }
        }
    }

    RoomPanel {
        id: roomPanel
    }
    InviteDialog {
        id: inviteDialog
    }
    PlainDialog {
        id: nickDialog
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        title: qsTr("Your nickname in %1").arg(root.chats.currentName)
        standardButtons: Dialog.Ok | Dialog.Cancel
        onOpened: nickField.text = root.rooms.nick
        onAccepted: root.rooms.changeNick(nickField.text)
        TextField {
            id: nickField
            width: 280
        }
    }

    // The menu of a message (right click or press and hold): one for the
    // page, pointed at the message, rather than one per delegate.
    property var menuTarget: null
    function openMenu(message) {
        menuTarget = message
        messageMenu.popup()
    }
    Menu {
        Material.elevation: Theme.elevation(8)
        id: messageMenu
        // Quick reactions (XEP-0444), as in Conversations and Dino.
        Row {
            leftPadding: 6
            Repeater {
                model: root.chats.quickReactions()
                ToolButton {
                    required property string modelData
                    text: modelData
                    font.pixelSize: Theme.fontPx(18)
                    Accessible.name: qsTr("React with %1").arg(modelData)
                    onClicked: {
                        root.chats.toggleReaction(root.menuTarget.messageId, modelData)
                        messageMenu.close()
                    }
                }
            }
        }
        MenuItem {
            text: qsTr("Reply")
            onTriggered: root.startReply(root.menuTarget.messageId,
                                         root.menuTarget.outgoing ? qsTr("yourself") : root.menuTarget.senderName,
                                         root.menuTarget.plainBody)
        }
        MenuItem {
            text: qsTr("Copy text")
            enabled: root.menuTarget !== null && root.menuTarget.plainBody.length > 0
            onTriggered: AppController.copyToClipboard(root.menuTarget.plainBody)
        }
        MenuItem {
            text: qsTr("Edit")
            visible: root.menuTarget !== null && root.menuTarget.outgoing
            height: visible ? implicitHeight : 0
            onTriggered: root.startEditing(root.menuTarget.messageId, root.menuTarget.plainBody)
        }
        MenuItem {
            text: qsTr("Delete for everyone")
            visible: root.menuTarget !== null && root.menuTarget.outgoing
            height: visible ? implicitHeight : 0
            onTriggered: root.chats.retract(root.menuTarget.messageId)
        }
    }

    ListView {
        id: messages
        objectName: "messageList"
        anchors.fill: parent
        anchors.margins: 12
        clip: true
        spacing: 6
        verticalLayoutDirection: ListView.BottomToTop
        model: root.chats.messages
        // Older pages before the reader reaches the top.
        onContentYChanged: {
            if (count > 0 && contentY - originY < 2 * height)
                root.chats.messages.loadMore()
        }
        // The newest message stays in view while the reader is at it, also
        // when a message's height settles after its first layout (pictures,
        // wrapped rich text) or a new one arrives.
        property bool pinned: true
        onMovementEnded: pinned = atYEnd
        // A search hit's message: scrolled to, made current and tinted until
        // the reader scrolls or another conversation opens.
        property bool revealing: false
        onMovementStarted: revealing = false
        Connections {
            target: root.chats.messages
            function onChatChanged() { messages.revealing = false }
            function onRevealed(row, found) {
                if (!found)
                    return
                // The newest message: stay pinned to it as the page settles.
                messages.pinned = row === 0
                messages.currentIndex = row
                messages.positionViewAtIndex(row, ListView.Contain)
                messages.revealing = true
            }
        }
        onContentHeightChanged: if (pinned) Qt.callLater(positionViewAtBeginning)
        header: Item { width: 1; height: 4 }
        footer: Item {
            width: messages.width
            height: root.chats.messages.loading ? 48 : 8
            BusyIndicator {
                anchors.centerIn: parent
                running: root.chats.messages.loading
                visible: running
            }
        }
        delegate: MessageBubble {
            onMenuRequested: (message) => root.openMenu(message)
        }
    }

    footer: Pane {
        ColumnLayout {
            anchors.fill: parent
            spacing: 4
        // Out of the room: why, and the way back in.
        RowLayout {
            objectName: "roomLeftBanner"
            visible: root.readOnly
            Layout.fillWidth: true
            PlainLabel {
                text: root.rooms.leftReason.length > 0 ? root.rooms.leftReason : qsTr("You are not in this room.")
                color: Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            Button {
                background: ButtonBackground {}
                text: qsTr("Join")
                onClicked: root.rooms.rejoin()
            }
        }
        PlainLabel {
            visible: text.length > 0
            text: root.chats.uploadStatus
            opacity: 0.7
            Layout.fillWidth: true
            elide: Text.ElideRight
        }
        RowLayout {
            objectName: "replyingBanner"
            visible: root.replyingId.length > 0
            Layout.fillWidth: true
            PlainLabel {
                text: qsTr("Replying to %1: %2").arg(root.replyingName).arg(root.replyingText)
                elide: Text.ElideRight
                maximumLineCount: 1
                Layout.fillWidth: true
            }
            ToolButton {
                text: qsTr("Cancel")
                onClicked: root.replyingId = ""
            }
        }
        RowLayout {
            visible: root.editingId.length > 0
            Layout.fillWidth: true
            PlainLabel {
                text: qsTr("Editing your message")
                color: Theme.warning
                Layout.fillWidth: true
            }
            ToolButton {
                text: qsTr("Cancel")
                onClicked: {
                    root.editingId = ""
                    field.text = ""
                }
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8
            enabled: !root.readOnly
            visible: !AppController.readOnly // an export (hearth --open) is only read
            // The lock: whether what the user sends is encrypted end to end
            // (OMEMO), and a click to turn it on or off for this conversation.
            ToolButton {
                id: lock
                objectName: "encryptionButton"
                readonly property int lockState: AppController.encryption.currentState
                readonly property bool on: lockState === EncryptionController.On
                visible: lockState !== EncryptionController.Unavailable
                text: on ? "🔒" : "🔓"
                font.pixelSize: Theme.fontPx(16)
                opacity: on ? 1 : 0.6
                onClicked: AppController.encryption.setCurrentEncrypted(!on)
                readonly property var unreadable: AppController.encryption.currentWithoutEncryption
                readonly property string explanation: on && AppController.encryption.currentIsGroup
                    ? qsTr("Encrypted end to end (OMEMO) for the group's members: only their devices and yours can read it. Click to stop encrypting.")
                      + (unreadable.length > 0 ? " " + qsTr("Without an OMEMO device, these members cannot read it: %1.").arg(unreadable.join(", ")) : "")
                    : on
                    ? qsTr("Encrypted end to end (OMEMO): only %1's devices and yours can read it. Click to stop encrypting.")
                          .arg(root.chats.currentName)
                    : lockState === EncryptionController.Off
                      ? qsTr("Not encrypted. Click to encrypt end to end (OMEMO).")
                      : AppController.encryption.currentIsGroup
                        ? qsTr("Not encrypted: no member of this private group has a device that announces OMEMO. Click to encrypt anyway; messages are not sent until it can be.")
                        : qsTr("Not encrypted: %1 has no device that announces OMEMO. Click to encrypt anyway; messages are not sent until it can be.")
                            .arg(root.chats.currentName)
                ToolTip.visible: hovered
                ToolTip.text: explanation
                Accessible.name: on ? qsTr("Encryption on") : qsTr("Encryption off")
                Accessible.description: explanation
            }
            ToolButton {
                objectName: "attachButton"
                text: "+"
                font.pixelSize: Theme.fontPx(20)
                onClicked: fileDialog.open()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Send pictures or files")
                Accessible.name: qsTr("Send pictures or files")
            }
            TextArea {
                id: field
                objectName: "messageField"
                Layout.fillWidth: true
                // AutoText there: a name with tags is escaped, never obeyed.
                placeholderText: Markup.literal(lock.on ? qsTr("Encrypted message to %1").arg(root.chats.currentName)
                                                        : qsTr("Message %1").arg(root.chats.currentName))
                wrapMode: TextEdit.Wrap
                text: root.chats.draft
                Accessible.name: qsTr("Message")
                Keys.onReturnPressed: (event) => {
                    if (event.modifiers & Qt.ShiftModifier) {
                        event.accepted = false
                        return
                    }
                    send.clicked()
                }
                onTextChanged: {
                    if (root.editingId.length === 0)
                        draftTimer.restart()
                    if (activeFocus && text.length > 0)
                        root.chats.typing()
                }
                // Up in an empty field corrects the last own message, as in Dino and Conversations.
                Keys.onUpPressed: (event) => {
                    if (text.length > 0) {
                        event.accepted = false
                        return
                    }
                    for (let i = 0; i < messages.count; ++i) {
                        const item = messages.itemAtIndex(i)
                        if (item && item.outgoing && !item.retracted) {
                            root.startEditing(item.messageId, item.plainBody)
                            return
                        }
                    }
                }
            }
            Button {
                background: ButtonBackground {}
                id: send
                objectName: "sendButton"
                text: qsTr("Send")
                highlighted: true
                enabled: field.text.trim().length > 0
                onClicked: {
                    if (root.editingId.length > 0)
                        root.chats.correct(root.editingId, field.text)
                    else if (root.replyingId.length > 0)
                        root.chats.reply(root.replyingId, field.text)
                    else
                        root.chats.send(field.text)
                    root.editingId = ""
                    root.replyingId = ""
                    field.text = ""
                }
            }
        }
        }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Send pictures or files")
        fileMode: FileDialog.OpenFiles
        onAccepted: root.chats.sendFiles(selectedFiles)
    }

    DropArea {
        anchors.fill: parent
        onDropped: (drop) => {
            if (drop.hasUrls)
                root.chats.sendFiles(drop.urls)
        }
    }

    Timer {
        id: draftTimer
        interval: 800
        onTriggered: root.chats.saveDraft(field.text)
    }
}
