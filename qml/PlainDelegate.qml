import QtQuick
import QtQuick.Controls

// An ItemDelegate whose text is never markup: a control's own label reads
// its text as AutoText (tags rendered, <img> resolved; Qt 6.4 crashes on
// an <img> there). For rows that show names or titles from the network.
ItemDelegate {
    id: control
    background: RowBackground { control: control }
    contentItem: PlainLabel {
        text: control.text
        font: control.font
        elide: Text.ElideRight
        verticalAlignment: Text.AlignVCenter
    }
}
