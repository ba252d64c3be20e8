import QtQuick
import QtQuick.Controls

// A tooltip whose text is never markup: the attached ToolTip shows its text
// in AutoText, so tooltips built from names on the network use this one.
ToolTip {
    id: tip
    delay: Qt.styleHints.mousePressAndHoldInterval
    contentItem: Label {
        text: tip.text
        textFormat: Text.PlainText
        wrapMode: Text.Wrap
        color: tip.palette.toolTipText
    }
}
