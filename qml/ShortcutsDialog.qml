import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// Keyboard shortcuts (F1, Ctrl+/, Settings → Keyboard shortcuts).
PlainDialog {
    id: root
    objectName: "shortcutsDialog"
    title: qsTr("Keyboard shortcuts")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 48 : 520, 520)
    standardButtons: Dialog.Close

    readonly property var shortcuts: [
        { keys: "Ctrl+1 … Ctrl+6", what: qsTr("Feed, Communities, Chats, Contacts, Profile, Settings") },
        { keys: "Ctrl+K, Ctrl+F", what: qsTr("Search everywhere") },
        { keys: "Ctrl+N", what: qsTr("New post") },
        { keys: "Alt+Down, Alt+Up", what: qsTr("Next or previous conversation with unread messages") },
        { keys: "Ctrl+Tab, Ctrl+Shift+Tab", what: qsTr("Next or previous conversation") },
        { keys: "Esc", what: qsTr("Close a dialog or menu; back from a post, profile or community; close the conversation") },
        { keys: "Enter", what: qsTr("Send a message; open the selected search result") },
        { keys: "Shift+Enter", what: qsTr("A new line in a message") },
        { keys: "Tab, Shift+Tab", what: qsTr("Move between controls; arrows move in lists and menus") },
        { keys: "F1, Ctrl+/", what: qsTr("This list") },
        { keys: "Ctrl+Q", what: qsTr("Quit Hearth") }
    ]

    ListView {
        id: list
        objectName: "shortcutsList"
        implicitHeight: contentHeight
        anchors.fill: parent
        clip: true
        model: root.shortcuts
        focus: true
        keyNavigationEnabled: true
        Accessible.name: root.title
        delegate: ItemDelegate {
            required property var modelData
            required property int index
            width: ListView.view.width
            highlighted: ListView.isCurrentItem
            background: RowBackground { control: parent }
            Accessible.name: modelData.keys + ": " + modelData.what
            contentItem: RowLayout {
                spacing: 16
                PlainLabel {
                    text: modelData.keys
                    font.family: "monospace"
                    font.weight: Font.DemiBold
                    Layout.preferredWidth: 190
                    wrapMode: Text.Wrap
                }
                PlainLabel {
                    text: modelData.what
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
