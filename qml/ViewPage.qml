import QtQuick
import Hearth
import QtQuick.Controls
import QtQuick.Layouts

// A view in the main window: a title bar and its content.
Page {
    id: root

    property string viewTitle

    header: Item {
        implicitHeight: 56
        PlainLabel {
            anchors.left: parent.left
            anchors.leftMargin: 24
            anchors.verticalCenter: parent.verticalCenter
            text: root.viewTitle
            font.pixelSize: Theme.fontPx(22)
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
            Accessible.name: root.viewTitle
        }
        MenuSeparator {
            anchors.left: parent.left
            anchors.right: parent.right
            anchors.bottom: parent.bottom
            padding: 0
        }
    }
}
