import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts

// Full-size pictures of a post, one at a time, with previous/next.
Popup {
    Material.elevation: Theme.elevation(24)
    id: root

    property var pictures: []
    property int current: 0

    parent: Overlay.overlay
    anchors.centerIn: parent
    width: parent ? parent.width * 0.9 : 800
    height: parent ? parent.height * 0.9 : 600
    modal: true
    padding: 8

    contentItem: ColumnLayout {
        Image {
            Layout.fillWidth: true
            Layout.fillHeight: true
            source: root.pictures.length > 0 ? root.pictures[root.current].url : ""
            fillMode: Image.PreserveAspectFit
            asynchronous: true
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            Button {
                background: ButtonBackground {}
                text: qsTr("Previous")
                enabled: root.current > 0
                onClicked: root.current--
            }
            PlainLabel { text: qsTr("%1 of %2").arg(root.current + 1).arg(root.pictures.length) }
            Button {
                background: ButtonBackground {}
                text: qsTr("Next")
                enabled: root.current < root.pictures.length - 1
                onClicked: root.current++
            }
            Button {
                background: ButtonBackground {}
                text: qsTr("Close")
                onClicked: root.close()
            }
        }
    }
}
