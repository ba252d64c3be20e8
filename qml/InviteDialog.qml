import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// Inviting someone into the open room (XEP-0249): a contact from the list,
// or any address.
PlainDialog {
    id: root
    objectName: "inviteDialog"

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 48 : 420, 420)
    height: Math.min(parent ? parent.height - 96 : 480, 480)
    title: qsTr("Invite to %1").arg(AppController.chats.currentName)
    standardButtons: Dialog.Cancel

    function send(jid) {
        if (jid.trim().length === 0)
            return
        AppController.rooms.invite(jid.trim(), reason.text)
        root.close()
    }

    onOpened: {
        address.text = ""
        reason.text = ""
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 6
        RowLayout {
            Layout.fillWidth: true
            TextField {
                id: address
                Layout.fillWidth: true
                placeholderText: qsTr("Address, like friend@example.org")
                onAccepted: root.send(text)
            }
            Button {
                background: ButtonBackground {}
                text: qsTr("Invite")
                enabled: address.text.trim().length > 0
                onClicked: root.send(address.text)
            }
        }
        TextField {
            id: reason
            Layout.fillWidth: true
            placeholderText: qsTr("A word with the invitation (optional)")
        }
        PlainLabel {
            text: qsTr("Or pick a contact:")
            font.weight: Font.DemiBold
            Layout.topMargin: 6
        }
        ListView {
            objectName: "inviteContacts"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: AppController.contacts.model
            delegate: PlainDelegate {
                required property string jid
                required property string displayName
                width: ListView.view.width
                text: displayName
                onClicked: root.send(jid)
            }
        }
    }
}
