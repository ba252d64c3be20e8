import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Hearth

ApplicationWindow {
    id: window

    width: 1100
    height: 720
    minimumWidth: 720
    minimumHeight: 480
    visible: true
    title: AppController.jid.length > 0 ? qsTr("Hearth — %1").arg(AppController.jid) : qsTr("Hearth")

    Material.theme: SettingsController.theme === SettingsController.Dark ? Material.Dark
                  : SettingsController.theme === SettingsController.Light ? Material.Light
                  : Material.System
    // The controls' text follows the system's font size too (the labels
    // scale through Theme.fontPx).
    Binding on font.pixelSize {
        when: SettingsController.fontScale !== 1
        value: Theme.fontPx(14)
    }
    Binding {
        target: Theme
        property: "dark"
        value: window.Material.theme === Material.Dark
    }
    // The palette the views read (palette.text…) follows Material's theme:
    // Qt 6.4 keeps the system's light palette under Material's dark theme.
    palette.text: Material.foreground
    palette.windowText: Material.foreground
    palette.buttonText: Material.foreground
    palette.window: Material.background
    palette.base: Material.background
    palette.alternateBase: Theme.dark ? "#3d3d3d" : "#f0f0f0"
    Material.accent: Theme.accent
    Material.primary: Theme.accent

    // The tray icon, loaded apart: without Qt.labs.platform (or a tray) the
    // window works the same.
    Loader {
        id: trayLoader
        active: AppController.notifications.trayAvailable
        source: "TrayIcon.qml"
        onLoaded: item.window = window
    }
    readonly property bool trayShown: trayLoader.item !== null && trayLoader.item.available
    onClosing: (close) => {
        if (SettingsController.closeToTray && trayShown) {
            close.accepted = false
            window.hide()
        }
    }

    // A notification shown in the window while it is in the background: the
    // taskbar entry asks for attention.
    Connections {
        target: AppController.notifications
        function onAttentionWanted() { if (!window.active) window.alert(0) }
    }

    Loader {
        id: pageLoader
        objectName: "pageLoader"
        anchors.fill: parent
        sourceComponent: AppController.phase === AppController.Starting ? startingPage
                       : AppController.phase === AppController.LoginRequired ? loginPage
                       : shellPage
    }

    Component {
        id: startingPage
        Pane {
            readonly property var viewer: AppController.exportViewer
            ColumnLayout {
                anchors.centerIn: parent
                width: Math.min(parent.width - 48, 460)
                spacing: 12
                BusyIndicator {
                    Layout.alignment: Qt.AlignHCenter
                    running: !viewer.needsPassphrase && viewer.error.length === 0
                    visible: running
                }
                Image {
                    Layout.alignment: Qt.AlignHCenter
                    visible: viewer.needsPassphrase
                    source: "icons/hearth.svg"
                    sourceSize: Qt.size(72, 72)
                    Accessible.ignored: true
                }
                PlainLabel {
                    Layout.fillWidth: true
                    visible: viewer.needsPassphrase
                    horizontalAlignment: Text.AlignHCenter
                    wrapMode: Text.Wrap
                    font.pixelSize: Theme.fontPx(22)
                    font.weight: Font.DemiBold
                    text: qsTr("This export is encrypted")
                    Accessible.role: Accessible.Heading
                }
                // Opening an export (hearth --open): what it reads, its passphrase, or why not.
                PlainLabel {
                    objectName: "exportOpening"
                    Layout.fillWidth: true
                    horizontalAlignment: Text.AlignHCenter
                    visible: viewer.active && text.length > 0
                    wrapMode: Text.WrapAnywhere
                    text: viewer.needsPassphrase ? qsTr("%1 is encrypted. Enter its passphrase to open it.").arg(viewer.file) : viewer.progress
                }
                TextField {
                    id: exportPassphrase
                    objectName: "exportPassphraseField"
                    Layout.fillWidth: true
                    visible: viewer.needsPassphrase
                    echoMode: TextInput.Password
                    placeholderText: qsTr("Passphrase")
                    Accessible.name: qsTr("Passphrase")
                    onAccepted: viewer.unlock(text)
                }
                Button {
                    background: ButtonBackground {}
                    Layout.alignment: Qt.AlignHCenter
                    visible: viewer.needsPassphrase
                    text: qsTr("Open")
                    enabled: exportPassphrase.text.length > 0
                    onClicked: viewer.unlock(exportPassphrase.text)
                }
                PlainLabel {
                    objectName: "exportError"
                    Layout.fillWidth: true
                    visible: viewer.error.length > 0
                    wrapMode: Text.Wrap
                    color: Theme.danger
                    text: viewer.error
                }
            }
        }
    }

    // An export dropped on the window opens in a window of its own.
    DropArea {
        anchors.fill: parent
        keys: ["text/uri-list"]
        onEntered: (drag) => drag.accepted = drag.urls.some(u => u.toString().endsWith(".zip"))
        onDropped: (drop) => {
            for (const url of drop.urls) {
                if (url.toString().endsWith(".zip"))
                    AppController.exportViewer.openInNewWindow(url)
            }
        }
    }

    Component {
        id: loginPage
        LoginPage {}
    }

    Component {
        id: shellPage
        MainShell {}
    }
}
