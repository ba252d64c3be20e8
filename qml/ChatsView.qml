import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// Conversations: the chats list (most recent first, unread counts, drafts)
// beside the open chat.
ViewPage {
    id: root
    objectName: "chatsView"
    viewTitle: qsTr("Chats")

    readonly property var chats: AppController.chats

    // --chat JID: open that conversation at start.
    Component.onCompleted: {
        if (AppController.startChat.length > 0)
            chats.openChat(AppController.startChat, "")
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        ListView {
            id: list
            objectName: "chatList"
            Layout.preferredWidth: 320
            Layout.fillHeight: true
            clip: true
            visible: count > 0
            model: root.chats.chats
            delegate: ItemDelegate {
                id: row
                required property string jid
                required property string name
                required property string avatar
                required property string lastBody
                required property var lastTime
                required property bool lastOutgoing
                required property int unread
                required property string draft
                width: ListView.view.width
                highlighted: root.chats.currentChat === jid
                onClicked: root.chats.openChat(jid, draft)
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
                            Label {
                                text: row.name
                                font.weight: row.unread > 0 ? Font.DemiBold : Font.Normal
                                elide: Text.ElideRight
                                Layout.fillWidth: true
                            }
                            Label {
                                text: Qt.formatDateTime(row.lastTime, "d MMM hh:mm")
                                opacity: 0.6
                                font.pixelSize: 11
                            }
                        }
                        RowLayout {
                            Layout.fillWidth: true
                            Label {
                                text: row.draft.length > 0 ? qsTr("Draft: %1").arg(row.draft)
                                      : row.lastOutgoing ? qsTr("You: %1").arg(row.lastBody) : row.lastBody
                                color: row.draft.length > 0 ? Theme.warning : palette.text
                                opacity: row.draft.length > 0 ? 1 : 0.75
                                elide: Text.ElideRight
                                maximumLineCount: 1
                                Layout.fillWidth: true
                            }
                            Rectangle {
                                visible: row.unread > 0
                                radius: height / 2
                                color: Theme.accent
                                implicitHeight: 20
                                implicitWidth: Math.max(20, unreadLabel.implicitWidth + 10)
                                Label {
                                    id: unreadLabel
                                    anchors.centerIn: parent
                                    text: row.unread
                                    color: "white"
                                    font.pixelSize: 11
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
                                 : qsTr("Start one from a contact's page. Your one-to-one conversations will be listed here, the most recent first.")
        }
    }
}
