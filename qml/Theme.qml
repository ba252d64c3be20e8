pragma Singleton
import QtQuick

// Colours and sizes shared by the views; Material supplies the rest and
// follows the light/dark setting.
QtObject {
    readonly property color accent: "#d9480f"
    readonly property color warning: "#b7791f"
    readonly property color danger: "#c92a2a"
    readonly property int spacing: 12
    readonly property int railWidth: 104
    readonly property int contentMaxWidth: 720
}
