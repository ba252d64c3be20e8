import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Controls.Material.impl
import Hearth

// A list row's background: Material's own (its highlight, and its ink
// ripple with a graphics card). Drawn by the processor (Qt Quick's software
// renderer), each ripple holds about 8·width² bytes (8 MB for a row 1000
// pixels wide, 105 MB for a list), so there a flat tint shows hover and
// press instead.
Rectangle {
    id: background

    required property ItemDelegate control
    readonly property bool flat: SettingsController.drawingInSoftware
    readonly property color tint: control.Material.rippleColor

    implicitHeight: control.Material.delegateHeight
    color: control.highlighted ? control.Material.listHighlightColor
         : !flat ? "transparent"
         : control.down || control.visualFocus ? tint
         : control.hovered ? Qt.rgba(tint.r, tint.g, tint.b, tint.a / 2)
         : "transparent"

    Loader {
        anchors.fill: parent
        active: !background.flat
        sourceComponent: Ripple {
            clip: visible
            pressed: background.control.pressed
            anchor: background.control
            active: background.control.down || background.control.visualFocus || background.control.hovered
            color: background.tint
        }
    }
}
