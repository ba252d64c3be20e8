import QtQuick
import Qt.labs.platform as Platform
import Hearth

// The tray (menu-bar) icon: the unread count in its tooltip, a click shows
// or hides the window, and a menu to open Hearth, set the presence, stop
// notifications and quit. Where the desktop has no tray (no
// StatusNotifierItem host on Linux) it is not shown; see the README.
Platform.SystemTrayIcon {
    id: tray

    property var window: null
    readonly property bool ready: AppController.phase === AppController.Ready
    readonly property int unread: ready ? AppController.chats.chats.unreadTotal : 0

    function showWindow() {
        window.show()
        window.raise()
        window.requestActivate()
    }

    visible: available
    icon.source: "qrc:/qt/qml/Hearth/icons/hearth.svg"
    tooltip: unread > 0 ? qsTr("Hearth: %n unread message(s)", "", unread) : qsTr("Hearth")

    onActivated: (reason) => {
        if (reason === Platform.SystemTrayIcon.Trigger) {
            if (window.visible && window.active)
                window.hide()
            else
                showWindow()
        }
    }

    menu: Platform.Menu {
        Platform.MenuItem {
            text: qsTr("Open Hearth")
            onTriggered: tray.showWindow()
        }
        Platform.MenuSeparator {}
        Platform.MenuItem {
            text: qsTr("Available")
            enabled: tray.ready
            checkable: true
            checked: tray.ready && AppController.contacts.ownAvailability === ContactsController.Online
            onTriggered: AppController.contacts.setOwnPresence(ContactsController.Online, AppController.contacts.ownStatusText)
        }
        Platform.MenuItem {
            text: qsTr("Away")
            enabled: tray.ready
            checkable: true
            checked: tray.ready && AppController.contacts.ownAvailability === ContactsController.Away
            onTriggered: AppController.contacts.setOwnPresence(ContactsController.Away, AppController.contacts.ownStatusText)
        }
        Platform.MenuItem {
            text: qsTr("Busy")
            enabled: tray.ready
            checkable: true
            checked: tray.ready && AppController.contacts.ownAvailability === ContactsController.DoNotDisturb
            onTriggered: AppController.contacts.setOwnPresence(ContactsController.DoNotDisturb, AppController.contacts.ownStatusText)
        }
        Platform.MenuSeparator {}
        Platform.MenuItem {
            text: qsTr("Do not disturb (no notifications)")
            checkable: true
            checked: AppController.notifications.doNotDisturb
            onTriggered: AppController.notifications.doNotDisturb = !AppController.notifications.doNotDisturb
        }
        Platform.MenuItem {
            text: qsTr("Quit Hearth")
            onTriggered: Qt.quit()
        }
    }
}
