import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// One row of the contacts list.
ItemDelegate {
    id: root
    background: RowBackground { control: root }

    required property string jid
    required property string displayName
    required property string initials
    required property color avatarColor
    required property int availability
    required property string statusText
    required property var lastSeen
    required property bool askPending
    required property var groups
    required property string avatarSource
    required property int subscription

    // The list owns one actions menu for all rows (a menu per row would
    // cost memory for every visible delegate).
    signal actionsRequested(string jid, Item anchor)

    width: ListView.view ? ListView.view.width : implicitWidth
    Accessible.name: displayName
    Accessible.description: secondLine.text

    function secondText() {
        if (askPending)
            return qsTr("Waiting for %1 to accept").arg(jid)
        if (availability !== ContactsController.Offline)
            return statusText.length > 0 ? statusText : jid
        if (lastSeen && !isNaN(lastSeen.getTime()))
            return qsTr("Last seen %1").arg(lastSeen.toLocaleString(Qt.locale(), Locale.ShortFormat))
        return jid
    }

    contentItem: RowLayout {
        spacing: 12
        Avatar {
            initials: root.initials
            source: root.avatarSource
            tint: root.avatarColor
            availability: root.availability
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2
            PlainLabel {
                Layout.fillWidth: true
                text: root.displayName
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            PlainLabel {
                id: secondLine
                Layout.fillWidth: true
                text: root.secondText()
                opacity: 0.7
                font.pixelSize: Theme.fontPx(12)
                elide: Text.ElideRight
            }
        }
        ToolButton {
            id: actionsButton
            text: "⋯"
            Accessible.name: qsTr("Actions for %1").arg(root.displayName)
            onClicked: root.actionsRequested(root.jid, actionsButton)
        }
    }
}
