import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
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
    Material.accent: Theme.accent
    Material.primary: Theme.accent

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
            BusyIndicator {
                anchors.centerIn: parent
                running: true
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
