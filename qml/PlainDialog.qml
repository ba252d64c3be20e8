import QtQuick
import Hearth
import QtQuick.Controls
import QtQuick.Controls.Material

// A dialog whose title is never markup: for titles holding a name from the
// network (a room's name). The style's header reads the title as AutoText.
Dialog {
    Material.elevation: Theme.elevation(24)
    id: dialog
    header: PlainLabel {
        text: dialog.title
        visible: dialog.title.length > 0
        elide: Text.ElideRight
        padding: 24
        bottomPadding: 0
        font.bold: true
        font.pixelSize: Theme.fontPx(16)
    }
}
