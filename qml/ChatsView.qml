import QtQuick
import Hearth

ViewPage {
    objectName: "chatsView"
    viewTitle: qsTr("Chats")

    EmptyState {
        anchors.fill: parent
        iconSource: "icons/chats.svg"
        title: qsTr("No conversations yet")
        text: qsTr("Your one-to-one and group conversations will be listed here, the most recent first.")
    }
}
