pragma Singleton
import QtQuick
import Hearth

// Colours and sizes shared by the views; Material supplies the rest and
// follows the light/dark setting.
QtObject {
    // Set by the window: whether Material draws dark. The colours below
    // keep 4.5:1 (WCAG AA) as text on the window in each theme, and an
    // accent button's label on its fill (tst_qml_desktop checks both).
    property bool dark: false
    readonly property color accent: dark ? "#fb923c" : "#c2410c"
    readonly property color warning: dark ? "#fbbf24" : "#975a16"
    readonly property color danger: dark ? "#f87171" : "#c92a2a"
    // Fills under white text (accent buttons, unread badges, error toasts):
    // the same in both themes.
    readonly property color accentFill: "#c2410c"
    readonly property color dangerFill: "#c92a2a"
    readonly property int spacing: 12
    readonly property int railWidth: 104
    readonly property int contentMaxWidth: 720

    // A popup's Material elevation: none where Qt Quick draws in software
    // (its shadow is a shader the software renderer cannot run, and the
    // popup's whole background would be missing with it).
    // A text size scaled as the system's font is (SettingsController.fontScale).
    function fontPx(size) { return Math.round(size * SettingsController.fontScale) }

    function elevation(normal) { return SettingsController.drawingInSoftware ? 0 : normal }
}
