import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Hearth

// The open room's side panel: its subject, the people in it with their
// roles (moderators may kick or ban), and the room's settings for owners.
Drawer {
    id: root
    objectName: "roomPanel"

    readonly property var rooms: AppController.rooms

    edge: Qt.RightEdge
    width: Math.min(340, parent ? parent.width * 0.8 : 340)
    height: parent ? parent.height : 600

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        PlainLabel {
            text: AppController.chats.currentName
            font.pixelSize: Theme.fontPx(18)
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        PlainLabel {
            text: AppController.chats.currentChat
            opacity: 0.6
            font.pixelSize: Theme.fontPx(12)
            elide: Text.ElideMiddle
            Layout.fillWidth: true
        }
        // The subject: moderators edit it in place.
        TextField {
            id: subject
            objectName: "roomSubject"
            Layout.fillWidth: true
            text: root.rooms.subject
            placeholderText: qsTr("No subject")
            readOnly: !root.rooms.isModerator
            onAccepted: root.rooms.setSubject(text)
        }
        PlainLabel {
            text: root.rooms.occupants.count === 1 ? qsTr("1 person") : qsTr("%1 people").arg(root.rooms.occupants.count)
            font.weight: Font.DemiBold
            Layout.topMargin: 6
        }
        ListView {
            objectName: "occupantList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.rooms.occupants
            delegate: ItemDelegate {
                id: person
                background: RowBackground { control: person }
                required property string nick
                required property string jid
                required property string roleName
                required property string affiliation
                required property bool isSelf
                width: ListView.view.width
                contentItem: RowLayout {
                    spacing: 10
                    AuthorAvatar {
                        size: 32
                        jid: person.jid.length > 0 ? person.jid : person.nick
                        name: person.nick
                    }
                    ColumnLayout {
                        spacing: 0
                        Layout.fillWidth: true
                        PlainLabel {
                            text: person.isSelf ? qsTr("%1 (you)").arg(person.nick) : person.nick
                            elide: Text.ElideRight
                            Layout.fillWidth: true
                        }
                        PlainLabel {
                            text: [person.affiliation, person.roleName].filter(s => s.length > 0).join(" · ")
                            opacity: 0.6
                            font.pixelSize: Theme.fontPx(11)
                            Layout.fillWidth: true
                        }
                    }
                }
                onClicked: if (root.rooms.isModerator && !person.isSelf) moderation.popup()
                Menu {
                    Material.elevation: Theme.elevation(8)
                    id: moderation
                    MenuItem {
                        text: qsTr("Kick %1").arg(person.nick)
                        onTriggered: root.rooms.kick(person.nick)
                    }
                    MenuItem {
                        text: qsTr("Ban %1").arg(person.nick)
                        enabled: person.jid.length > 0
                        onTriggered: root.rooms.ban(person.nick)
                    }
                }
            }
        }
        Button {
            background: ButtonBackground {}
            visible: root.rooms.isOwner
            text: qsTr("Room settings…")
            Layout.fillWidth: true
            onClicked: {
                root.rooms.loadSettings()
                settingsDialog.open()
            }
        }
    }

    Dialog {
        Material.elevation: Theme.elevation(24)
        id: settingsDialog
        objectName: "roomSettings"
        parent: Overlay.overlay
        anchors.centerIn: parent
        modal: true
        width: Math.min(parent ? parent.width - 48 : 420, 420)
        title: qsTr("Room settings")
        standardButtons: Dialog.Save | Dialog.Cancel
        Connections {
            target: root.rooms
            function onSettingsLoaded(s) {
                name.text = s.name
                description.text = s.description
                listed.checked = s.isPublic
                membersOnly.checked = s.membersOnly
                persistent.checked = s.persistent
                jidsVisible.checked = s.jidsVisible
            }
        }
        onAccepted: root.rooms.saveSettings({name: name.text, description: description.text, isPublic: listed.checked,
                                             membersOnly: membersOnly.checked, persistent: persistent.checked,
                                             jidsVisible: jidsVisible.checked})
        ColumnLayout {
            anchors.fill: parent
            TextField { id: name; placeholderText: qsTr("Name"); Layout.fillWidth: true }
            TextField { id: description; placeholderText: qsTr("Description"); Layout.fillWidth: true }
            CheckBox { id: listed; text: qsTr("Listed in the server's directory") }
            CheckBox { id: membersOnly; text: qsTr("Members only") }
            CheckBox { id: persistent; text: qsTr("Kept when everyone has left") }
            CheckBox { id: jidsVisible; text: qsTr("Everyone sees each other's addresses") }
        }
    }
}
