import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Hearth

// Joining a room by its address, or creating one: a private group (members
// only, as Movim's "group chat") or a public channel.
Dialog {
    Material.elevation: Theme.elevation(24)
    id: root
    objectName: "roomDialog"

    readonly property var rooms: AppController.rooms
    property string error: ""
    property alias creating: tabs.currentIndex

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 48 : 460, 460)
    title: tabs.currentIndex === 0 ? qsTr("Join a group chat") : qsTr("New group chat")
    standardButtons: Dialog.Cancel

    // An xmpp:…?join link: the join tab filled in, for the user to confirm.
    function openFor(roomAddress, roomPassword) {
        creating = 0
        open()
        address.text = roomAddress
        password.text = roomPassword
    }

    onOpened: {
        error = ""
        const field = tabs.currentIndex === 0 ? address : roomName
        field.forceActiveFocus()
    }

    Connections {
        target: root.rooms
        function onFinished(error) {
            if (!root.visible)
                return
            root.error = error
            if (error.length === 0)
                root.close()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        TabBar {
            id: tabs
            Layout.fillWidth: true
            TabButton { text: qsTr("Join") }
            TabButton { text: qsTr("Create") }
        }
        StackLayout {
            currentIndex: tabs.currentIndex
            Layout.fillWidth: true
            ColumnLayout {
                spacing: 6
                TextField {
                    id: address
                    objectName: "roomAddress"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Room address, like room@conference.example.org")
                    Accessible.name: qsTr("Room address")
                    inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                    onAccepted: joinButton.clicked()
                }
                TextField {
                    id: nick
                    Layout.fillWidth: true
                    placeholderText: qsTr("Nickname (optional)")
                    Accessible.name: qsTr("Nickname")
                }
                TextField {
                    id: password
                    Layout.fillWidth: true
                    placeholderText: qsTr("Password, if the room has one")
                    Accessible.name: qsTr("Room password")
                    echoMode: TextInput.Password
                }
                Button {
                    background: ButtonBackground {}
                    id: joinButton
                    objectName: "joinRoomButton"
                    text: qsTr("Join")
                    highlighted: true
                    enabled: address.text.trim().length > 0 && !root.rooms.busy
                    Layout.alignment: Qt.AlignRight
                    onClicked: root.rooms.join(address.text, nick.text, password.text)
                }
                // Rooms the user bookmarked (here or in another client) and is not in.
                PlainLabel {
                    visible: root.rooms.bookmarks.length > 0
                    text: qsTr("Your bookmarked rooms:")
                    font.weight: Font.DemiBold
                }
                Repeater {
                    model: root.rooms.bookmarks
                    PlainDelegate {
                        required property var modelData
                        text: modelData.name
                        Layout.fillWidth: true
                        enabled: !root.rooms.busy
                        onClicked: root.rooms.join(modelData.jid)
                    }
                }
            }
            ColumnLayout {
                spacing: 6
                TextField {
                    id: roomName
                    objectName: "roomName"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Name, like Climbing friends")
                    Accessible.name: qsTr("Group name")
                    onAccepted: createButton.clicked()
                }
                PlainLabel {
                    text: root.rooms.conferenceService.length === 0
                          ? qsTr("Looking for your server's group chat service…")
                          : roomName.text.trim().length > 0 ? qsTr("Address: %1").arg(root.rooms.addressFor(roomName.text)) : ""
                    opacity: 0.7
                    font.pixelSize: Theme.fontPx(12)
                    Layout.fillWidth: true
                    elide: Text.ElideMiddle
                }
                RadioButton {
                    id: group
                    checked: true
                    text: qsTr("Private group")
                }
                RadioButton {
                    id: channel
                    text: qsTr("Public channel")
                }
                PlainLabel {
                    text: channel.checked ? qsTr("Listed on your server; anyone may join; members do not see each other's addresses.")
                                          : qsTr("Only the people you invite may join; they see each other's addresses.")
                    wrapMode: Text.Wrap
                    opacity: 0.75
                    font.pixelSize: Theme.fontPx(12)
                    Layout.fillWidth: true
                }
                Button {
                    background: ButtonBackground {}
                    id: createButton
                    objectName: "createRoomButton"
                    text: qsTr("Create")
                    highlighted: true
                    enabled: roomName.text.trim().length > 0 && root.rooms.conferenceService.length > 0 && !root.rooms.busy
                    Layout.alignment: Qt.AlignRight
                    onClicked: root.rooms.create(roomName.text, channel.checked)
                }
            }
        }
        BusyIndicator {
            running: root.rooms.busy
            visible: running
            Layout.alignment: Qt.AlignHCenter
        }
        PlainLabel {
            objectName: "roomError"
            visible: root.error.length > 0
            text: root.error
            color: Theme.danger
            wrapMode: Text.Wrap
            Layout.fillWidth: true
        }
    }
}
