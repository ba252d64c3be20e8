import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import Hearth

// A setting's switch. The handle's shadow is a layer the software renderer
// draws as nothing (the handle with it): no shadow there.
Switch {
    Component.onCompleted: if (SettingsController.drawingInSoftware) indicator.Material.elevation = 0
    Accessible.name: text
}
