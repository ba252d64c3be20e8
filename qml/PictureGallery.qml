import QtQuick
import Hearth
import QtQuick.Controls
import QtQuick.Layouts

// A post's pictures: one large, or a grid of up to four with "+N". Each
// cell has its size before the image loads (no jumps while scrolling);
// only https pictures reach here. Clicking opens the full-size viewer.
GridLayout {
    id: root

    property var pictures: []
    signal openPicture(int index)

    readonly property int shown: Math.min(pictures.length, 4)
    columns: shown === 1 ? 1 : 2
    columnSpacing: 4
    rowSpacing: 4
    visible: pictures.length > 0

    Repeater {
        model: root.shown
        delegate: Rectangle {
            required property int index
            Layout.fillWidth: true
            Layout.preferredHeight: root.shown === 1 ? 320 : 160
            color: palette.alternateBase
            radius: 6
            clip: true

            Image {
                id: picture
                anchors.fill: parent
                source: root.pictures[index].url
                fillMode: Image.PreserveAspectCrop
                asynchronous: true
                sourceSize.width: 720
                cache: true
            }
            BusyIndicator {
                anchors.centerIn: parent
                running: picture.status === Image.Loading
                visible: running
            }
            PlainLabel {
                anchors.centerIn: parent
                visible: picture.status === Image.Error
                text: qsTr("Picture not available")
                opacity: 0.7
            }
            Rectangle {
                anchors.fill: parent
                visible: index === 3 && root.pictures.length > 4
                color: "#80000000"
                PlainLabel {
                    anchors.centerIn: parent
                    text: "+" + (root.pictures.length - 4)
                    color: "white"
                    font.pixelSize: Theme.fontPx(28)
                }
            }
            MouseArea {
                anchors.fill: parent
                cursorShape: Qt.PointingHandCursor
                onClicked: root.openPicture(index)
            }
            Accessible.role: Accessible.Graphic
            Accessible.name: root.pictures[index].title || qsTr("Picture %1 of %2").arg(index + 1).arg(root.pictures.length)
        }
    }
}
