import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

ViewPage {
    objectName: "profileView"
    viewTitle: qsTr("Profile")

    ColumnLayout {
        anchors.top: parent.top
        anchors.horizontalCenter: parent.horizontalCenter
        anchors.topMargin: 40
        width: Math.min(parent.width - 48, Theme.contentMaxWidth)
        spacing: Theme.spacing

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            width: 96
            height: 96
            radius: 48
            color: Theme.accent
            Accessible.ignored: true
            Label {
                anchors.centerIn: parent
                text: AppController.jid.length > 0 ? AppController.jid.charAt(0).toUpperCase() : ""
                color: "white"
                font.pixelSize: 40
                font.weight: Font.DemiBold
            }
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: AppController.jid
            font.pixelSize: 20
            font.weight: Font.DemiBold
        }
        Label {
            Layout.alignment: Qt.AlignHCenter
            text: {
                void AppController.connectionState
                void AppController.retrySeconds
                return AppController.connectionStateText()
            }
            opacity: 0.7
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: 12
            spacing: 8
            PresenceDot {
                availability: AppController.contacts.ownAvailability
            }
            ComboBox {
                id: availabilityBox
                objectName: "ownAvailability"
                Layout.preferredWidth: 200
                textRole: "text"
                valueRole: "value"
                model: [
                    { value: ContactsController.Online, text: qsTr("Available") },
                    { value: ContactsController.Away, text: qsTr("Away") },
                    { value: ContactsController.DoNotDisturb, text: qsTr("Do not disturb") }
                ]
                Accessible.name: qsTr("Your presence")
                Component.onCompleted: currentIndex = Math.max(0, indexOfValue(AppController.contacts.ownAvailability))
                onActivated: AppController.contacts.setOwnPresence(currentValue, statusField.text)
            }
            TextField {
                id: statusField
                Layout.preferredWidth: 260
                placeholderText: qsTr("Status message")
                text: AppController.contacts.ownStatusText
                Accessible.name: qsTr("Status message")
                onEditingFinished: AppController.contacts.setOwnPresence(availabilityBox.currentValue, text)
            }
        }
        Label {
            Layout.fillWidth: true
            Layout.topMargin: 16
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            opacity: 0.75
            text: qsTr("Your name, avatar and description will be shown and edited here.")
        }
    }
}
