import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// Notifications shown in the window (the desktop has no notification
// service): newest first, each opens what it is about or is dismissed.
ColumnLayout {
    id: root
    objectName: "windowNotices"
    readonly property NotificationCenter notifications: AppController.notifications
    width: 320
    spacing: 8

    Repeater {
        model: root.notifications.windowNotices
        delegate: Pane {
            id: notice
            required property var modelData
            Layout.fillWidth: true
            padding: 10
            background: Rectangle {
                radius: 6
                color: palette.base
                border.color: Theme.accent
                border.width: 1
            }
            Accessible.role: Accessible.AlertMessage
            Accessible.name: modelData.title + ". " + modelData.body
            RowLayout {
                anchors.fill: parent
                spacing: 6
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2
                    PlainLabel {
                        Layout.fillWidth: true
                        text: notice.modelData.title
                        textFormat: Text.PlainText
                        font.weight: Font.DemiBold
                        elide: Text.ElideRight
                    }
                    PlainLabel {
                        Layout.fillWidth: true
                        text: notice.modelData.body
                        textFormat: Text.PlainText
                        wrapMode: Text.Wrap
                        maximumLineCount: 3
                        elide: Text.ElideRight
                        opacity: 0.8
                    }
                }
                ToolButton {
                    text: "×"
                    Accessible.name: qsTr("Dismiss")
                    onClicked: root.notifications.dismiss(notice.modelData.key)
                }
            }
            TapHandler { onTapped: root.notifications.activate(notice.modelData.key) }
            // They pass, as the desktop's do; the chats list and the views keep what they said.
            Timer {
                interval: 8000
                running: true
                onTriggered: root.notifications.dismiss(notice.modelData.key)
            }
        }
    }
}
