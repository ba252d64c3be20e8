pragma Singleton
import QtQuick
import Hearth

// Colours and sizes shared by the views; Material supplies the rest and
// follows the light/dark setting.
QtObject {
    readonly property color accent: "#d9480f"
    readonly property color warning: "#b7791f"
    readonly property color danger: "#c92a2a"
    readonly property int spacing: 12
    readonly property int railWidth: 104
    readonly property int contentMaxWidth: 720

    // A popup's Material elevation: none where Qt Quick draws in software
    // (its shadow is a shader the software renderer cannot run, and the
    // popup's whole background would be missing with it).
    function elevation(normal) { return SettingsController.drawingInSoftware ? 0 : normal }
}
