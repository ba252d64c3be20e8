import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Hearth

// The left rail: one entry per area, Ctrl+1…6 to jump.
Pane {
    id: root
    objectName: "navigationRail"

    property int currentIndex: 0
    // The search button (Ctrl+K): search everywhere.
    signal searchRequested()

    readonly property var entries: [
        { title: qsTr("Feed"), icon: "icons/feed.svg" },
        { title: qsTr("Communities"), icon: "icons/communities.svg" },
        { title: qsTr("Chats"), icon: "icons/chats.svg" },
        { title: qsTr("Contacts"), icon: "icons/contacts.svg" },
        { title: qsTr("Profile"), icon: "icons/profile.svg" },
        { title: qsTr("Settings"), icon: "icons/settings.svg" }
    ]

    implicitWidth: Theme.railWidth
    padding: 0
    Material.elevation: 2

    ColumnLayout {
        anchors.fill: parent
        anchors.topMargin: 12
        spacing: 4

        Image {
            Layout.alignment: Qt.AlignHCenter
            Layout.bottomMargin: 12
            source: "icons/hearth.svg"
            sourceSize: Qt.size(40, 40)
            Accessible.ignored: true
        }

        ItemDelegate {
            objectName: "searchButton"
            Layout.fillWidth: true
            Layout.preferredHeight: 56
            Layout.bottomMargin: 8
            display: AbstractButton.TextUnderIcon
            leftPadding: 4
            rightPadding: 4
            text: qsTr("Search")
            font.pixelSize: Theme.fontPx(12)
            icon.source: "icons/search.svg"
            icon.width: 24
            icon.height: 24
            Accessible.name: qsTr("Search everywhere (Ctrl+K)")
            Accessible.role: Accessible.Button
            onClicked: root.searchRequested()
            ToolTip.visible: hovered
            ToolTip.text: qsTr("Search everywhere (Ctrl+K)")
            ToolTip.delay: Qt.styleHints.mousePressAndHoldInterval
        }

        Repeater {
            model: root.entries

            delegate: ItemDelegate {
                id: entry
                required property var modelData
                required property int index

                Layout.fillWidth: true
                Layout.preferredHeight: 64
                checkable: false
                highlighted: root.currentIndex === index
                Accessible.name: modelData.title
                Accessible.role: Accessible.PageTab
                onClicked: root.currentIndex = index

                display: AbstractButton.TextUnderIcon
                leftPadding: 4
                rightPadding: 4
                text: modelData.title
                font.pixelSize: Theme.fontPx(12)
                font.weight: highlighted ? Font.DemiBold : Font.Normal
                icon.source: modelData.icon
                icon.width: 24
                icon.height: 24
                icon.color: highlighted ? Theme.accent : Material.foreground

                Shortcut {
                    sequence: "Ctrl+" + (entry.index + 1)
                    onActivated: root.currentIndex = entry.index
                }
            }
        }

        Item { Layout.fillHeight: true }
    }

    // The rail's edge; Material's shadow is not drawn by every backend.
    Rectangle {
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        width: 1
        color: root.Material.dividerColor
    }
}
