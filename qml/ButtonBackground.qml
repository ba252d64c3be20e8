import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Controls.Material.impl
import Hearth

// A push button's background (set on each Button, whose parent it is), as
// the Material style draws it with a graphics card: its colours, its
// elevation shadow and its ink ripple. Drawn by the processor (Qt Quick's
// software renderer), Material's own background draws nothing (its shadow
// is a shader the software renderer cannot run, and the fill is drawn by
// that shader: an accent button showed white text on no colour) while its
// layers and ripple each hold a picture; there the fill is drawn flat,
// with a tint for hover and press.
Rectangle {
    id: background

    readonly property var control: parent
    readonly property bool software: SettingsController.drawingInSoftware
    readonly property color tint: control.flat && control.highlighted ? control.Material.highlightedRippleColor : control.Material.rippleColor

    implicitWidth: 64
    implicitHeight: control.Material.buttonHeight
    radius: 2
    color: !control.enabled ? control.Material.buttonDisabledColor
         : control.highlighted && !control.flat ? (control.checked ? Qt.darker(Theme.accentFill, 1.15) : Theme.accentFill)
         : control.highlighted ? (control.checked ? control.Material.highlightedCheckedButtonColor : control.Material.highlightedButtonColor)
         : control.Material.buttonColor

    // A checkable button's bar, as Material draws it.
    PaddedRectangle {
        y: parent.height - 4
        width: parent.width
        height: 4
        radius: 2
        topPadding: -2
        clip: true
        visible: background.control.checkable && (!background.control.highlighted || background.control.flat)
        color: background.control.checked && background.control.enabled ? background.control.Material.accentColor
                                                                        : background.control.Material.secondaryTextColor
    }

    layer.enabled: !software && control.enabled && control.Material.buttonColor.a > 0
    layer.effect: ElevationEffect {
        elevation: background.control.Material.elevation
    }

    Rectangle {
        anchors.fill: parent
        radius: 2
        visible: background.software && background.control.enabled
        color: background.control.down || background.control.visualFocus ? background.tint
             : background.control.hovered ? Qt.rgba(background.tint.r, background.tint.g, background.tint.b, background.tint.a / 2)
             : "transparent"
    }

    Loader {
        anchors.fill: parent
        active: !background.software
        sourceComponent: Ripple {
            clipRadius: 2
            pressed: background.control.pressed
            anchor: background.control
            active: enabled && (background.control.down || background.control.visualFocus || background.control.hovered)
            color: background.tint
        }
    }
}
