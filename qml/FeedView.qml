import QtQuick
import Hearth

ViewPage {
    objectName: "feedView"
    viewTitle: qsTr("Feed")

    EmptyState {
        anchors.fill: parent
        iconSource: "icons/feed.svg"
        title: qsTr("No posts yet")
        text: qsTr("Posts from the contacts and communities you follow will appear here, newest first.")
    }
}
