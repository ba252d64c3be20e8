import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Controls.Material
import QtQuick.Layouts
import Hearth

// Log in with any XMPP account, or create one where the server allows it.
Page {
    id: root
    objectName: "loginPage"

    property bool creating: modeBar.currentIndex === 1

    function submit() {
        const port = parseInt(portField.text) || 0
        if (root.creating)
            AppController.createAccount(jidField.text, passwordField.text, hostField.text, port,
                                        securityBox.currentIndex === 1, rememberBox.checked)
        else
            AppController.login(jidField.text, passwordField.text, hostField.text, port,
                                securityBox.currentIndex === 1, rememberBox.checked)
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(parent.width - 48, 400)
            x: (parent.width - width) / 2
            spacing: 10

            Item { Layout.preferredHeight: 32 }

            Image {
                Layout.alignment: Qt.AlignHCenter
                source: "icons/hearth.svg"
                sourceSize: Qt.size(72, 72)
                Accessible.ignored: true
            }
            PlainLabel {
                objectName: "loginTitle"
                Layout.alignment: Qt.AlignHCenter
                text: qsTr("Hearth")
                font.pixelSize: Theme.fontPx(30)
                font.weight: Font.DemiBold
            }
            PlainLabel {
                Layout.fillWidth: true
                text: qsTr("Your social network on XMPP: log in with an account from any server.")
                horizontalAlignment: Text.AlignHCenter
                wrapMode: Text.Wrap
                opacity: 0.75
            }

            // A cache Hearth refused (damaged, from a newer Hearth, unreadable):
            // the reason, with its path, and for a damaged one a way out.
            Frame {
                objectName: "cacheProblem"
                visible: AppController.databaseError.length > 0
                Layout.fillWidth: true
                Layout.topMargin: 8
                background: Rectangle { color: Qt.rgba(0.79, 0.16, 0.16, 0.12); radius: 6 }
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    PlainLabel {
                        text: AppController.databaseError
                        wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                        Layout.fillWidth: true
                    }
                    Button {
                        background: ButtonBackground {}
                        visible: AppController.databaseDamaged
                        text: qsTr("Move it aside and start a fresh cache")
                        onClicked: AppController.moveCacheAside()
                    }
                }
            }

            TabBar {
                id: modeBar
                Layout.fillWidth: true
                Layout.topMargin: 12
                TabButton { text: qsTr("Log in") }
                TabButton { text: qsTr("Create account") }
            }

            TextField {
                id: jidField
                objectName: "jidField"
                Layout.fillWidth: true
                placeholderText: qsTr("Address, like name@example.org")
                text: AppController.jid
                inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhEmailCharactersOnly | Qt.ImhNoPredictiveText
                Accessible.name: qsTr("Address")
                focus: true
                onAccepted: passwordField.forceActiveFocus()
            }
            PlainLabel {
                id: addressHint
                Layout.fillWidth: true
                text: AppController.checkAddress(jidField.text)
                visible: jidField.text.length > 0 && text.length > 0 && !jidField.activeFocus
                color: Theme.danger
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontPx(12)
            }
            TextField {
                id: passwordField
                objectName: "passwordField"
                Layout.fillWidth: true
                placeholderText: root.creating ? qsTr("New password (at least 8 characters)") : qsTr("Password")
                echoMode: TextInput.Password
                Accessible.name: qsTr("Password")
                onAccepted: root.submit()
            }
            CheckBox {
                id: rememberBox
                Layout.fillWidth: true
                checked: true
                text: AppController.keychainAvailable ? qsTr("Remember the password")
                                                      : qsTr("Remember for this session only")
                ToolTip.visible: hovered
                ToolTip.text: AppController.keychainAvailable ? qsTr("Stored in the system keychain, never in Hearth's files.")
                                                              : qsTr("No system keychain is in use, so the password is kept in memory until Hearth quits.")
            }

            Button {

                background: ButtonBackground {}
                id: optionsToggle
                flat: true
                text: optionsPane.visible ? qsTr("Hide server options") : qsTr("Server options")
                onClicked: optionsPane.visible = !optionsPane.visible
            }
            GridLayout {
                id: optionsPane
                Layout.fillWidth: true
                visible: false
                columns: 2
                columnSpacing: 8

                TextField {
                    id: hostField
                    objectName: "hostField"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Host (found automatically if empty)")
                    inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhUrlCharactersOnly
                    Accessible.name: qsTr("Server host")
                }
                TextField {
                    id: portField
                    objectName: "portField"
                    Layout.preferredWidth: 90
                    placeholderText: qsTr("Port")
                    validator: IntValidator { bottom: 1; top: 65535 }
                    inputMethodHints: Qt.ImhDigitsOnly
                    Accessible.name: qsTr("Server port")
                }
                ComboBox {
                    id: securityBox
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                    model: [qsTr("STARTTLS (standard)"), qsTr("Direct TLS")]
                    Accessible.name: qsTr("Connection security")
                }
                PlainLabel {
                    Layout.columnSpan: 2
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontPx(12)
                    opacity: 0.7
                    text: qsTr("Certificates are always checked. Unencrypted connections are used only for a server on this computer.")
                }
            }

            PlainLabel {
                objectName: "loginError"
                Layout.fillWidth: true
                text: AppController.loginError
                visible: text.length > 0
                color: Theme.danger
                wrapMode: Text.Wrap
            }

            Button {

                background: ButtonBackground {}
                objectName: "submitButton"
                Layout.fillWidth: true
                highlighted: true
                enabled: !AppController.busy && jidField.text.length > 0 && passwordField.text.length > 0
                text: AppController.busy ? (root.creating ? qsTr("Creating account…") : qsTr("Connecting…"))
                                         : (root.creating ? qsTr("Create account") : qsTr("Log in"))
                onClicked: root.submit()
            }
            BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                running: AppController.busy
                visible: running
            }
            PlainLabel {
                Layout.fillWidth: true
                visible: root.creating
                text: qsTr("Not every server lets apps create accounts. If yours does not, create one on its website and log in here.")
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontPx(12)
                opacity: 0.7
            }
            MenuSeparator { Layout.fillWidth: true }
            Button {
                background: ButtonBackground {}
                objectName: "openExportButton"
                Layout.alignment: Qt.AlignHCenter
                flat: true
                text: qsTr("Open an export…")
                onClicked: openExportDialog.open()
                ToolTip.visible: hovered
                ToolTip.text: qsTr("Browse an .xmpp-export.zip offline, without an account")
            }
            Item { Layout.preferredHeight: 24 }
        }
    }

    FileDialog {
        id: openExportDialog
        title: qsTr("Open an export")
        nameFilters: [qsTr("XMPP exports (*.xmpp-export.zip *.zip)")]
        onAccepted: AppController.exportViewer.openInNewWindow(selectedFile)
    }
}
