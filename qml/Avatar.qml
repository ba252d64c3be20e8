import QtQuick
import QtQuick.Controls
import Hearth

// A round avatar: initials on the contact's XEP-0392 colour, with a
// presence dot. Pictures join when avatars are cached.
Item {
    id: root

    property string initials
    property color tint: Theme.accent
    property int availability: -1 // ContactsController.Availability; -1 hides the dot
    property int size: 40
    // image://avatar/<hash> when a picture is cached; the initials show
    // until it has loaded.
    property string source

    implicitWidth: size
    implicitHeight: size
    Accessible.ignored: true

    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: root.tint
        PlainLabel {
            anchors.centerIn: parent
            text: root.initials
            color: "white"
            font.pixelSize: root.size * 0.4
            font.weight: Font.DemiBold
        }
    }
    Image {
        anchors.fill: parent
        source: root.source
        visible: root.source.length > 0 && status === Image.Ready
        asynchronous: true
        sourceSize: Qt.size(root.size * 2, root.size * 2)
        fillMode: Image.PreserveAspectFit
    }
    PresenceDot {
        visible: root.availability >= 0
        availability: root.availability
        anchors.right: parent.right
        anchors.bottom: parent.bottom
        size: Math.max(10, root.size * 0.3)
    }
}
