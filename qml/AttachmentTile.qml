import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// One attachment in the composer: a thumbnail for a picture (the local file
// while it uploads) or the file's name, the upload's progress, why it
// failed with a retry, and a remove button.
Pane {
    id: tile

    required property int index
    required property string name
    required property bool isImage
    required property url preview
    required property real progress
    required property int status
    required property string error
    required property string size
    signal removeClicked()
    signal retryClicked()

    width: 148
    height: 148
    padding: 0
    clip: true
    background: Rectangle {
        color: palette.alternateBase
        radius: 6
        border.color: tile.status === AttachmentListModel.Failed ? Theme.danger : "transparent"
    }
    Accessible.role: Accessible.Graphic
    Accessible.name: name

    Image {
        anchors.fill: parent
        visible: tile.isImage
        source: tile.isImage ? tile.preview : ""
        sourceSize.width: 296
        fillMode: Image.PreserveAspectCrop
        asynchronous: true
        opacity: tile.status === AttachmentListModel.Done ? 1 : 0.55
    }
    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 8
        visible: !tile.isImage || tile.status !== AttachmentListModel.Done
        Item { Layout.fillHeight: true }
        PlainLabel {
            text: tile.name
            visible: !tile.isImage
            elide: Text.ElideMiddle
            font.weight: Font.DemiBold
            Layout.fillWidth: true
        }
        PlainLabel {
            text: tile.status === AttachmentListModel.Failed ? tile.error : tile.size
            visible: text.length > 0
            color: tile.status === AttachmentListModel.Failed ? Theme.danger : palette.text
            wrapMode: Text.Wrap
            maximumLineCount: 3
            elide: Text.ElideRight
            font.pixelSize: Theme.fontPx(11)
            Layout.fillWidth: true
        }
        ProgressBar {
            objectName: "uploadProgress"
            visible: tile.status === AttachmentListModel.Uploading
            value: tile.progress
            Layout.fillWidth: true
            Accessible.name: qsTr("Uploading %1").arg(tile.name)
        }
        Button {
            background: ButtonBackground {}
            visible: tile.status === AttachmentListModel.Failed
            text: qsTr("Try again")
            flat: true
            onClicked: tile.retryClicked()
        }
    }
    RoundButton {
        anchors.top: parent.top
        anchors.right: parent.right
        anchors.margins: 2
        width: 32
        height: 32
        text: "×"
        onClicked: tile.removeClicked()
        ToolTip.visible: hovered
        ToolTip.text: qsTr("Remove %1").arg(tile.name)
        Accessible.name: qsTr("Remove %1").arg(tile.name)
    }
}
