import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtQuick.Dialogs
import Hearth

// The user's own profile: presence, and the vCard4 fields contacts see
// (published to contacts only, as Movim does).
ViewPage {
    id: root
    objectName: "profileView"
    viewTitle: qsTr("Profile")

    readonly property var own: AppController.profiles.own

    function fill() {
        fullNameField.text = own.fullName || ""
        nicknameField.text = own.nickname || ""
        pronounsField.text = own.pronouns || ""
        aboutField.text = own.note || ""
        urlField.text = own.url || ""
        localityField.text = own.locality || ""
    }

    Component.onCompleted: fill()
    Connections {
        target: AppController.profiles
        function onOwnChanged() { if (!AppController.profiles.saving) root.fill() }
        function onSaved() { saveStatus.text = qsTr("Saved.") }
        function onSaveFailed(message) { saveStatus.text = message }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            x: 24
            width: Math.min(parent.width - 48, Theme.contentMaxWidth)
            spacing: 10

            RowLayout {
                Layout.topMargin: 20
                spacing: 16
                Avatar {
                    size: 88
                    source: AppController.profiles.ownAvatar
                    initials: {
                        const name = root.own.preferredName || AppController.jid
                        const words = name.split(" ").filter(function (w) { return w.length > 0 })
                        return words.slice(0, 2).map(function (w) { return w.charAt(0).toUpperCase() }).join("")
                    }
                    availability: AppController.contacts.ownAvailability
                }
                ColumnLayout {
                    spacing: 4
                    PlainLabel {
                        text: root.own.preferredName || AppController.jid
                        font.pixelSize: Theme.fontPx(24)
                        font.weight: Font.DemiBold
                    }
                    PlainLabel { text: AppController.jid; opacity: 0.7 }
                    Button {
                        background: ButtonBackground {}
                        objectName: "changePictureButton"
                        flat: true
                        text: AppController.profiles.avatarBusy ? qsTr("Publishing the picture…") : qsTr("Change picture…")
                        enabled: !AppController.profiles.avatarBusy
                        onClicked: pictureDialog.open()
                    }
                    PlainLabel {
                        text: {
                            void AppController.connectionState
                            void AppController.retrySeconds
                            return AppController.connectionStateText()
                        }
                        opacity: 0.7
                    }
                }
            }

            RowLayout {
                Layout.topMargin: 8
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
                    Layout.fillWidth: true
                    placeholderText: qsTr("Status message")
                    text: AppController.contacts.ownStatusText
                    Accessible.name: qsTr("Status message")
                    onEditingFinished: AppController.contacts.setOwnPresence(availabilityBox.currentValue, text)
                }
            }

            MenuSeparator { Layout.fillWidth: true }
            PlainLabel {
                text: qsTr("What your contacts see")
                font.pixelSize: Theme.fontPx(16)
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }
            GridLayout {
                Layout.fillWidth: true
                columns: 2
                columnSpacing: 16
                PlainLabel { text: qsTr("Nickname"); opacity: 0.7 }
                TextField { id: nicknameField; objectName: "nicknameField"; Layout.fillWidth: true; Accessible.name: qsTr("Nickname") }
                PlainLabel { text: qsTr("Full name"); opacity: 0.7 }
                TextField { id: fullNameField; objectName: "fullNameField"; Layout.fillWidth: true; Accessible.name: qsTr("Full name") }
                PlainLabel { text: qsTr("Pronouns"); opacity: 0.7 }
                TextField { id: pronounsField; Layout.fillWidth: true; Accessible.name: qsTr("Pronouns") }
                PlainLabel { text: qsTr("About"); opacity: 0.7; Layout.alignment: Qt.AlignTop }
                TextArea {
                    id: aboutField
                    Layout.fillWidth: true
                    Layout.preferredHeight: 90
                    wrapMode: TextEdit.Wrap
                    Accessible.name: qsTr("About")
                }
                PlainLabel { text: qsTr("Website"); opacity: 0.7 }
                TextField {
                    id: urlField
                    Layout.fillWidth: true
                    placeholderText: "https://"
                    inputMethodHints: Qt.ImhUrlCharactersOnly
                    Accessible.name: qsTr("Website")
                }
                PlainLabel { text: qsTr("Town or city"); opacity: 0.7 }
                TextField { id: localityField; Layout.fillWidth: true; Accessible.name: qsTr("Town or city") }
            }
            RowLayout {
                spacing: 12
                Button {
                    background: ButtonBackground {}
                    objectName: "saveProfileButton"
                    text: AppController.profiles.saving ? qsTr("Saving…") : qsTr("Save profile")
                    highlighted: true
                    enabled: !AppController.profiles.saving
                    onClicked: {
                        saveStatus.text = ""
                        AppController.profiles.saveOwn({
                            fullName: fullNameField.text, nickname: nicknameField.text, pronouns: pronounsField.text,
                            note: aboutField.text, url: urlField.text, locality: localityField.text
                        })
                    }
                }
                PlainLabel { id: saveStatus; objectName: "saveStatus"; Layout.fillWidth: true; wrapMode: Text.Wrap }
            }
            PlainLabel {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontPx(12)
                opacity: 0.7
                text: qsTr("Your profile and picture are visible to your contacts. Pictures are cropped to a square of at most 512 pixels.")
            }
            MenuSeparator { Layout.fillWidth: true }
            DevicesSection {
                jid: AppController.jid
                own: true
                Layout.fillWidth: true
            }
            Item { Layout.preferredHeight: 24 }
        }
    }

    FileDialog {
        id: pictureDialog
        title: qsTr("Choose a picture")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.webp *.bmp)")]
        onAccepted: AppController.profiles.setOwnAvatar(selectedFile)
    }
}
