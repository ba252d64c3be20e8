import QtQuick
import Hearth

ViewPage {
    objectName: "communitiesView"
    viewTitle: qsTr("Communities")

    EmptyState {
        anchors.fill: parent
        iconSource: "icons/communities.svg"
        title: qsTr("No communities followed")
        text: qsTr("Communities you follow on your server and others will be listed here.")
    }
}
