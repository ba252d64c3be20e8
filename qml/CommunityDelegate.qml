import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// One community in a list: picture, title, description and what matters
// at a glance (unread posts, gallery, members only, the user's role). Every
// text from the network is plain text.
ItemDelegate {
    id: root
    objectName: "communityRow"
    background: RowBackground { control: root }

    required property var model
    required property int index
    signal openCommunity(string uri)

    width: ListView.view ? ListView.view.width : implicitWidth
    onClicked: root.openCommunity(model.uri)
    Accessible.name: model.unread > 0 ? qsTr("%1, %2 unread").arg(model.title).arg(model.unread) : model.title

    contentItem: RowLayout {
        spacing: 12
        Avatar {
            size: 44
            source: root.model.avatar
            initials: root.model.title.length > 0 ? root.model.title.charAt(0).toUpperCase() : "#"
            tint: root.model.isGallery ? "#5f3dc4" : Theme.accent
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            RowLayout {
                Layout.fillWidth: true
                spacing: 6
                PlainLabel {
                    text: root.model.title
                    font.weight: root.model.unread > 0 ? Font.Bold : Font.DemiBold
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                PlainLabel {
                    visible: root.model.isGallery
                    text: qsTr("Gallery")
                    opacity: 0.7
                    font.pixelSize: Theme.fontPx(12)
                }
                PlainLabel {
                    visible: root.model.membersOnly
                    text: qsTr("Members only")
                    opacity: 0.7
                    font.pixelSize: Theme.fontPx(12)
                }
                PlainLabel {
                    visible: root.model.affiliation === "owner"
                    text: qsTr("Yours")
                    color: Theme.accent
                    font.pixelSize: Theme.fontPx(12)
                }
                PlainLabel {
                    visible: root.model.pending
                    text: qsTr("Waiting for approval")
                    color: Theme.warning
                    font.pixelSize: Theme.fontPx(12)
                }
                PlainLabel {
                    visible: root.model.followed && root.model.unread === 0 && root.model.sharedBy.length === 0
                    text: qsTr("Following")
                    opacity: 0.7
                    font.pixelSize: Theme.fontPx(12)
                }
                Rectangle {
                    visible: root.model.unread > 0
                    radius: height / 2
                    color: Theme.accentFill
                    implicitHeight: 20
                    implicitWidth: Math.max(20, unreadLabel.implicitWidth + 10)
                    PlainLabel {
                        id: unreadLabel
                        anchors.centerIn: parent
                        text: root.model.unread
                        color: "white"
                        font.pixelSize: Theme.fontPx(12)
                        font.weight: Font.DemiBold
                    }
                }
            }
            PlainLabel {
                Layout.fillWidth: true
                visible: text.length > 0
                text: root.model.description
                opacity: 0.8
                elide: Text.ElideRight
                maximumLineCount: 1
            }
            PlainLabel {
                Layout.fillWidth: true
                opacity: 0.6
                font.pixelSize: Theme.fontPx(12)
                elide: Text.ElideRight
                text: {
                    const parts = []
                    const shared = root.model.sharedBy.length
                    if (shared > 0)
                        parts.push(shared === 1 ? qsTr("Followed by 1 of your contacts") : qsTr("Followed by %1 of your contacts").arg(shared))
                    if (root.model.subscribers >= 0)
                        parts.push(root.model.subscribers === 1 ? qsTr("1 subscriber") : qsTr("%1 subscribers").arg(root.model.subscribers))
                    if (root.model.posts > 0)
                        parts.push(root.model.posts === 1 ? qsTr("1 post") : qsTr("%1 posts").arg(root.model.posts))
                    if (root.model.problem.length > 0)
                        parts.push(root.model.problem)
                    parts.push(root.model.node + " · " + root.model.service)
                    return parts.join(" · ")
                }
            }
        }
    }
}
