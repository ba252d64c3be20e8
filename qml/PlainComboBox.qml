import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material

// A ComboBox whose choices are never markup: the style's delegates read
// their text as AutoText. For choices that come from the network (service
// addresses, a server's form options).
ComboBox {
    id: control
    Component.onCompleted: popup.Material.elevation = Theme.elevation(8)
    delegate: PlainDelegate {
        required property var model
        required property int index
        width: ListView.view ? ListView.view.width : implicitWidth
        text: control.textRole.length > 0 ? (model.modelData !== undefined && model.modelData !== null
                                             ? model.modelData[control.textRole] : model[control.textRole])
                                          : model.modelData
        highlighted: control.highlightedIndex === index
    }
}
