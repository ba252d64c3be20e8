import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Hearth

// Sharing a post: quoted in a new post of the user's own, or sent to a
// contact in a chat (as Movim does).
Dialog {
    Material.elevation: Theme.elevation(24)
    id: root
    objectName: "shareDialog"

    property string uri: ""
    property string postTitle: ""
    signal quote(string uri)

    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 48 : 420, 420)
    height: Math.min(parent ? parent.height - 96 : 520, 520)
    title: qsTr("Share")
    standardButtons: Dialog.Cancel

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        Button {
            background: ButtonBackground {}
            text: qsTr("Quote in a new post")
            Layout.fillWidth: true
            onClicked: {
                root.close()
                root.quote(root.uri)
            }
        }
        PlainLabel {
            text: qsTr("Send in a chat to:")
            font.weight: Font.DemiBold
            Layout.topMargin: 8
        }
        ListView {
            objectName: "shareContacts"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: AppController.contacts.model
            delegate: PlainDelegate {
                required property string jid
                required property string displayName
                width: ListView.view.width
                text: displayName
                onClicked: {
                    root.close()
                    AppController.chats.sharePost(jid, root.uri, root.postTitle)
                }
            }
        }
    }
}
