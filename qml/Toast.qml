import QtQuick
import QtQuick.Controls

// A passing message at the bottom of a view: what an action did, or why it
// failed (on red).
PlainLabel {
    id: toast

    property bool failed: false
    function show(message, failedAction) {
        failed = failedAction
        text = message
        timer.restart()
    }

    anchors.horizontalCenter: parent.horizontalCenter
    anchors.bottom: parent.bottom
    anchors.bottomMargin: 24
    z: 10
    visible: text.length > 0
    padding: 10
    color: "white"
    background: Rectangle { radius: 6; color: toast.failed ? Theme.dangerFill : "#343a40" }
    Timer { id: timer; interval: 4000; onTriggered: toast.text = "" }
}
