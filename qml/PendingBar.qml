import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// A post, comment or like of the user's that is not on the server yet
// (made offline, or refused): says so and why, with Retry and Cancel.
RowLayout {
    id: root

    property string uri
    property string error

    spacing: 6
    PlainLabel {
        objectName: "pendingLabel"
        text: root.error ? qsTr("Not sent: %1").arg(root.error) : qsTr("Waiting to be sent")
        textFormat: Text.PlainText
        color: root.error ? Theme.danger : Theme.warning
        font.pixelSize: Theme.fontPx(12)
        wrapMode: Text.Wrap
        Layout.fillWidth: true
    }
    ToolButton {
        text: qsTr("Retry")
        font.pixelSize: Theme.fontPx(12)
        onClicked: AppController.feed.retryPending()
    }
    ToolButton {
        text: qsTr("Cancel")
        font.pixelSize: Theme.fontPx(12)
        Accessible.name: qsTr("Cancel sending")
        onClicked: AppController.feed.cancelPending(root.uri)
    }
}
