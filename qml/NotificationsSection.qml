import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// Settings → Notifications: what is announced, and where.
ColumnLayout {
    id: root
    objectName: "notificationsSection"
    readonly property NotificationCenter notifications: AppController.notifications
    spacing: 4

    PlainLabel {
        text: qsTr("Notifications")
        font.pixelSize: Theme.fontPx(16)
        font.weight: Font.DemiBold
        Accessible.role: Accessible.Heading
    }
    PlainLabel {
        objectName: "notificationsDestination"
        text: root.notifications.destination
        textFormat: Text.PlainText // the service's name comes from the desktop
        opacity: 0.7
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    SettingSwitch {
        objectName: "doNotDisturbSwitch"
        text: qsTr("Do not disturb: no notifications at all")
        checked: root.notifications.doNotDisturb
        onToggled: root.notifications.doNotDisturb = checked
    }
    GridLayout {
        columns: 2
        enabled: !root.notifications.doNotDisturb
        Layout.fillWidth: true
        SettingSwitch {
            text: qsTr("Messages")
            checked: root.notifications.messages
            onToggled: root.notifications.messages = checked
        }
        SettingSwitch {
            text: qsTr("Mentions in group chats")
            checked: root.notifications.mentions
            onToggled: root.notifications.mentions = checked
        }
        SettingSwitch {
            text: qsTr("Invitations to group chats")
            checked: root.notifications.invitations
            onToggled: root.notifications.invitations = checked
        }
        SettingSwitch {
            text: qsTr("Contact requests")
            checked: root.notifications.requests
            onToggled: root.notifications.requests = checked
        }
        SettingSwitch {
            text: qsTr("Comments and likes on my posts")
            checked: root.notifications.reactions
            onToggled: root.notifications.reactions = checked
        }
        SettingSwitch {
            objectName: "previewsSwitch"
            text: qsTr("Show message text")
            checked: root.notifications.previews
            onToggled: root.notifications.previews = checked
        }
    }
    SettingSwitch {
        objectName: "closeToTraySwitch"
        text: qsTr("Keep Hearth running in the tray when its window is closed")
        enabled: ApplicationWindow.window !== null && ApplicationWindow.window.trayShown
        checked: SettingsController.closeToTray
        onToggled: SettingsController.closeToTray = checked
    }
    PlainLabel {
        visible: ApplicationWindow.window === null || !ApplicationWindow.window.trayShown
        text: qsTr("This desktop shows no tray icons.")
        opacity: 0.7
        font.pixelSize: Theme.fontPx(12)
    }
    PlainLabel {
        text: qsTr("Group chats follow each room's own setting (always, only when mentioned, never) and mutes.")
        opacity: 0.7
        wrapMode: Text.Wrap
        Layout.fillWidth: true
        font.pixelSize: Theme.fontPx(12)
    }
}
