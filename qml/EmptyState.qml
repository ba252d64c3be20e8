import QtQuick
import Hearth
import QtQuick.Controls
import QtQuick.Layouts

// What a view shows when it has nothing to show: an honest sentence, never
// placeholder content.
Item {
    id: root

    property string iconSource
    property string title
    property string text

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 48, 440)
        spacing: Theme.spacing

        // A disabled flat button is the public way to draw a tinted icon.
        ToolButton {
            Layout.alignment: Qt.AlignHCenter
            visible: root.iconSource.length > 0
            enabled: false
            display: AbstractButton.IconOnly
            icon.source: root.iconSource
            icon.width: 64
            icon.height: 64
            background: Item {}
            Accessible.ignored: true
        }
        PlainLabel {
            Layout.fillWidth: true
            text: root.title
            font.pixelSize: Theme.fontPx(20)
            font.weight: Font.DemiBold
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
        PlainLabel {
            Layout.fillWidth: true
            text: root.text
            opacity: 0.75
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }
}
