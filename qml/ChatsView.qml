import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Hearth

// Conversations: the chats list (most recent first, unread counts, drafts)
// beside the open chat.
ViewPage {
    id: root
    objectName: "chatsView"
    viewTitle: qsTr("Chats")

    readonly property var chats: AppController.chats
    readonly property var rooms: AppController.rooms

    function openJoin(jid, password) { roomDialog.openFor(jid, password) }
    // Escape: the open conversation is closed.
    function back() {
        if (chats.currentChat.length === 0)
            return false
        chats.closeChat()
        return true
    }

    // --chat JID: open that conversation at start.
    Component.onCompleted: {
        if (AppController.startChat.length > 0)
            chats.openChat(AppController.startChat, "")
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ColumnLayout {
            Layout.preferredWidth: 320
            Layout.maximumWidth: 320
            Layout.fillHeight: true
            spacing: 4
        // Group chats: join one by its address or start one.
        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 6
            visible: !AppController.readOnly
            Button {
                background: ButtonBackground {}
                objectName: "newRoomButton"
                text: qsTr("New group")
                flat: true
                onClicked: {
                    roomDialog.creating = 1
                    roomDialog.open()
                }
            }
            Button {
                background: ButtonBackground {}
                objectName: "joinRoomDialogButton"
                text: qsTr("Join a room")
                flat: true
                onClicked: {
                    roomDialog.creating = 0
                    roomDialog.open()
                }
            }
        }
        // Invitations into rooms (XEP-0249), until answered.
        Repeater {
            model: root.rooms.invitations
            Frame {
                id: invitation
                required property var modelData
                objectName: "roomInvitation"
                Layout.fillWidth: true
                Layout.margins: 6
                ColumnLayout {
                    width: parent.width
                    PlainLabel {
                        text: qsTr("%1 invites you to %2").arg(invitation.modelData.inviterName).arg(invitation.modelData.room)
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    PlainLabel {
                        visible: text.length > 0
                        text: invitation.modelData.reason
                        font.italic: true
                        opacity: 0.8
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        Button {
                            background: ButtonBackground {}
                            text: qsTr("Join")
                            highlighted: true
                            onClicked: root.rooms.acceptInvitation(invitation.modelData.room)
                        }
                        Button {
                            background: ButtonBackground {}
                            text: qsTr("Dismiss")
                            flat: true
                            onClicked: root.rooms.dismissInvitation(invitation.modelData.room)
                        }
                    }
                }
            }
        }
        // Invitations from people the user does not know: one entry, closed
        // until asked (a stranger cannot fill the list).
        ItemDelegate {
            id: strangersEntry
            background: RowBackground { control: strangersEntry }
            objectName: "strangerInvitations"
            property bool open: false
            visible: root.rooms.strangerInvitations.length > 0
            Layout.fillWidth: true
            text: (open ? "▾ " : "▸ ") + qsTr("%n invitation(s) from people you do not know", "", root.rooms.strangerInvitations.length)
            onClicked: open = !open
        }
        Repeater {
            model: strangersEntry.open ? root.rooms.strangerInvitations : []
            Frame {
                id: strangerInvitation
                required property var modelData
                Layout.fillWidth: true
                Layout.margins: 6
                ColumnLayout {
                    width: parent.width
                    PlainLabel {
                        text: qsTr("%1 invites you to %2").arg(strangerInvitation.modelData.inviter).arg(strangerInvitation.modelData.room)
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        Layout.fillWidth: true
                    }
                    PlainLabel {
                        visible: text.length > 0
                        text: strangerInvitation.modelData.reason
                        font.italic: true
                        opacity: 0.8
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        Layout.fillWidth: true
                    }
                    RowLayout {
                        Button {
                            background: ButtonBackground {}
                            text: qsTr("Join")
                            onClicked: root.rooms.acceptInvitation(strangerInvitation.modelData.room)
                        }
                        Button {
                            background: ButtonBackground {}
                            text: qsTr("Dismiss")
                            flat: true
                            onClicked: root.rooms.dismissInvitation(strangerInvitation.modelData.room)
                        }
                    }
                }
            }
        }
        ListView {
            id: list
            objectName: "chatList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            visible: count > 0
            model: root.chats.chats
            delegate: ItemDelegate {
                id: row
                background: RowBackground { control: row }
                required property string jid
                required property string name
                required property string avatar
                required property string lastBody
                required property var lastTime
                required property bool lastOutgoing
                required property int unread
                required property string draft
                required property bool isRoom
                required property bool muted
                required property string lastSender
                required property bool attention
                width: ListView.view.width
                highlighted: root.chats.currentChat === jid
                onClicked: root.chats.openChat(jid, draft)
                // Mute or unmute (right click, or press and hold).
                TapHandler {
                    acceptedButtons: Qt.RightButton
                    onTapped: rowMenu.popup()
                }
                onPressAndHold: rowMenu.popup()
                Menu {
                    Material.elevation: Theme.elevation(8)
                    id: rowMenu
                    MenuItem {
                        text: row.muted ? qsTr("Unmute") : qsTr("Mute")
                        onTriggered: root.chats.setMuted(row.jid, !row.muted)
                    }
                }
                Accessible.name: unread > 0 ? qsTr("%1, %n unread", "", unread).arg(name) : name
                contentItem: RowLayout {
                    spacing: 12
                    AuthorAvatar {
                        size: 44
                        jid: row.jid
                        name: row.name
                        source: row.avatar
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        RowLayout {
                            Layout.fillWidth: true
                            PlainLabel {
                                text: row.name
                                font.weight: row.unread > 0 ? Font.DemiBold : Font.Normal
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            PlainLabel {
                                text: Qt.formatDateTime(row.lastTime, "d MMM hh:mm")
                                opacity: 0.6
                                font.pixelSize: Theme.fontPx(11)
                            }
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            PlainLabel {
                                text: row.draft.length > 0 ? qsTr("Draft: %1").arg(row.draft)
                                      : row.lastOutgoing ? qsTr("You: %1").arg(row.lastBody)
                                      : row.lastSender.length > 0 ? qsTr("%1: %2").arg(row.lastSender).arg(row.lastBody)
                                      : row.lastBody.length > 0 || !row.isRoom ? row.lastBody : qsTr("Group chat")
                                color: row.draft.length > 0 ? Theme.warning : palette.text
                                opacity: row.draft.length > 0 ? 1 : 0.75
                                elide: Text.ElideRight
                                maximumLineCount: 1
                                Layout.fillWidth: true
                            }
                            PlainLabel {
                                visible: row.muted
                                text: qsTr("muted")
                                opacity: 0.6
                                font.pixelSize: Theme.fontPx(11)
                            }
                            Rectangle {
                                visible: row.unread > 0
                                radius: height / 2
                                color: row.attention ? Theme.accentFill : "#6b6b6b"
                                implicitHeight: 20
                                implicitWidth: Math.max(20, unreadLabel.implicitWidth + 10)
                                PlainLabel {
                                    id: unreadLabel
                                    anchors.centerIn: parent
                                    text: row.unread
                                    color: "white"
                                    font.pixelSize: Theme.fontPx(11)
                                }
                            }
                        }
                    }
                }
            }
        }
        }
        ToolSeparator {
            visible: list.visible
            orientation: Qt.Vertical
            Layout.fillHeight: true
            padding: 0
        }

        Loader {
            Layout.fillWidth: true
            Layout.fillHeight: true
            active: root.chats.currentChat.length > 0
            sourceComponent: ChatPage {}
        }
        EmptyState {
            visible: root.chats.currentChat.length === 0
            Layout.fillWidth: true
            Layout.fillHeight: true
            iconSource: "icons/chats.svg"
            title: list.count > 0 ? qsTr("Pick a conversation") : qsTr("No conversations yet")
            text: list.count > 0 ? qsTr("Your conversations are on the left, the most recent first.")
                                 : qsTr("Start one from a contact's page, or join a group chat. Your conversations will be listed here, the most recent first.")
        }
    }

    RoomDialog {
        id: roomDialog
    }

    // What went wrong (a message not sent, the cache unreadable, a room's refusal).
    Toast {
        id: toast
    }
    Connections {
        target: root.chats
        function onFailed(message) { toast.show(message, true) }
    }
    Connections {
        target: root.rooms
        function onFailed(message) { toast.show(message, true) }
    }
}
