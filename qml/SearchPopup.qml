import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Hearth

// Search everywhere (Ctrl+K): one field over the cache's contacts,
// communities, posts, comments and messages, grouped by kind, matches in
// bold. Titles and snippets are rich text only because SearchModel escaped
// them and added the bold itself; every other string is plain.
Popup {
    Material.elevation: Theme.elevation(24)
    id: root
    objectName: "searchPopup"

    readonly property SearchModel search: AppController.search

    signal openContact(string jid)
    signal openCommunity(string uri)
    signal openPost(string uri)
    signal openChat(string jid, real messageRow)

    function activate(row) {
        if (!row)
            return
        if (row.more) {
            root.search.kind = row.kind
            return
        }
        if (row.target.length === 0)
            return
        close()
        switch (row.kind) {
        case SearchModel.Contacts: root.openContact(row.target); break
        case SearchModel.Communities: root.openCommunity(row.target); break
        case SearchModel.Posts:
        case SearchModel.Comments: root.openPost(row.target); break
        case SearchModel.Messages: root.openChat(row.target, row.messageRow); break
        }
    }

    // The first hit that is not a "show all" row (--search-open).
    function activateFirst() {
        for (let i = 0; i < root.search.count; ++i) {
            const row = root.search.hit(i)
            if (!row.more) {
                activate(row)
                return true
            }
        }
        return false
    }

    modal: true
    focus: true
    padding: 0
    // Drawn without the style's elevation effect, which Qt Quick's software
    // renderer leaves out (and the results would float over the view).
    background: Rectangle {
        color: root.Material.dialogColor
        radius: 4
        border.width: 1
        border.color: root.Material.dividerColor
    }
    x: Math.round((parent.width - width) / 2)
    y: 40
    width: Math.min(parent.width - 48, 760)
    height: Math.min(parent.height - 80, 680)
    Component.onCompleted: root.search.matchColor = Theme.accent
    onOpened: {
        field.forceActiveFocus()
        field.selectAll()
    }

    readonly property var kinds: [
        { kind: SearchModel.All, title: qsTr("All") },
        { kind: SearchModel.Contacts, title: qsTr("Contacts") },
        { kind: SearchModel.Communities, title: qsTr("Communities") },
        { kind: SearchModel.Posts, title: qsTr("Posts") },
        { kind: SearchModel.Comments, title: qsTr("Comments") },
        { kind: SearchModel.Messages, title: qsTr("Messages") }
    ]

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        TextField {
            id: field
            objectName: "searchField"
            Layout.fillWidth: true
            Layout.margins: 12
            placeholderText: qsTr("Search contacts, communities, posts and messages")
            Accessible.name: qsTr("Search")
            text: root.search.text
            onTextEdited: root.search.text = text
            onAccepted: {
                if (results.currentIndex >= 0)
                    root.activate(results.currentItem ? results.currentItem.row : null)
                else
                    root.search.searchNow()
            }
            Keys.onDownPressed: results.incrementCurrentIndex()
            Keys.onUpPressed: results.decrementCurrentIndex()
        }

        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            spacing: 8

            TabBar {
                id: kindBar
                objectName: "searchKinds"
                Layout.fillWidth: true
                currentIndex: Math.max(0, root.kinds.findIndex(k => k.kind === root.search.kind))
                Repeater {
                    model: root.kinds
                    TabButton {
                        required property var modelData
                        text: modelData.title
                        width: implicitWidth
                        onClicked: root.search.kind = modelData.kind
                    }
                }
            }
            ComboBox {
                objectName: "searchPeriod"
                Accessible.name: qsTr("When")
                textRole: "title"
                valueRole: "period"
                model: [
                    { period: SearchModel.Any, title: qsTr("Any time") },
                    { period: SearchModel.Week, title: qsTr("Past week") },
                    { period: SearchModel.Month, title: qsTr("Past month") },
                    { period: SearchModel.Year, title: qsTr("Past year") }
                ]
                onActivated: root.search.period = currentValue
                Component.onCompleted: currentIndex = indexOfValue(root.search.period)
            }
        }
        // Who: only what this person wrote or sent (their address; a hit's
        // name narrows to them too).
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            TextField {
                id: personField
                objectName: "searchPerson"
                Layout.fillWidth: true
                text: root.search.person
                placeholderText: qsTr("From anyone (or type an address)")
                Accessible.name: qsTr("From")
                inputMethodHints: Qt.ImhEmailCharactersOnly | Qt.ImhNoAutoUppercase
                onEditingFinished: root.search.person = text.trim()
            }
            ToolButton {
                text: qsTr("Anyone")
                visible: root.search.person.length > 0
                onClicked: root.search.person = ""
            }
        }

        Rectangle {
            Layout.fillWidth: true
            Layout.preferredHeight: 1
            color: root.Material.dividerColor
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            ListView {
                id: results
                objectName: "searchResults"
                anchors.fill: parent
                clip: true
                model: root.search
                currentIndex: -1
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                ScrollBar.vertical: ScrollBar {}
                onCountChanged: if (count === 0) currentIndex = -1

                section.property: "group"
                section.criteria: ViewSection.FullString
                section.delegate: PlainLabel {
                    required property string section
                    width: ListView.view.width
                    leftPadding: 16
                    topPadding: 12
                    bottomPadding: 4
                    text: section
                    font.weight: Font.DemiBold
                    opacity: 0.7
                    Accessible.role: Accessible.Heading
                    Accessible.name: section
                }

                delegate: ItemDelegate {
                    id: hit
                    background: RowBackground { control: hit }
                    objectName: model.more ? "searchMore" : "searchHit"
                    required property var model
                    required property int index
                    readonly property var row: model

                    width: ListView.view.width
                    highlighted: ListView.isCurrentItem
                    onClicked: root.activate(row)
                    Accessible.name: model.more ? model.plainTitle
                                                : [model.plainTitle, model.personName, model.plainSnippet,
                                                   model.stamp ? model.stamp.toLocaleString(Qt.locale(), Locale.ShortFormat) : ""]
                                                  .filter(s => s && s.length > 0).join(", ")

                    contentItem: ColumnLayout {
                        spacing: 2

                        Label {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            // Escaped by SearchModel, bold added there: never the network's markup.
                            textFormat: Text.StyledText
                            text: hit.model.title
                            elide: Text.ElideRight
                            font.weight: hit.model.more ? Font.Normal : Font.DemiBold
                            color: hit.model.more ? Theme.accent : root.Material.foreground
                        }
                        Label {
                            Layout.fillWidth: true
                            // A post whose body is its title says it once.
                            visible: !hit.model.more && text.length > 0 && hit.model.plainSnippet !== hit.model.plainTitle
                            // Escaped by SearchModel::highlighted(), bold added there: never the network's markup
                            // (tst_hostile_text searches hostile strings and finds them shown literally).
                            textFormat: Text.StyledText
                            text: hit.model.snippet
                            wrapMode: Text.Wrap
                            maximumLineCount: 2
                            elide: Text.ElideRight
                        }
                        PlainLabel {
                            Layout.fillWidth: true
                            visible: text.length > 0
                            text: hit.model.more ? "" : [hit.model.personName.length > 0 ? hit.model.personName : hit.model.person,
                                                         hit.model.stamp ? hit.model.stamp.toLocaleString(Qt.locale(), Locale.ShortFormat) : ""]
                                                        .filter(s => s.length > 0 && hit.model.kind !== SearchModel.Contacts).join("  ·  ")
                            opacity: 0.7
                            font.pixelSize: Theme.fontPx(12)
                            elide: Text.ElideRight
                            // Its person's name narrows the search to them.
                            TapHandler {
                                enabled: !hit.model.more && hit.model.person.length > 0 && hit.model.kind !== SearchModel.Contacts
                                onTapped: root.search.person = hit.model.person
                            }
                            HoverHandler { cursorShape: Qt.PointingHandCursor; enabled: !hit.model.more && hit.model.kind !== SearchModel.Contacts }
                        }
                    }
                }

                footer: Item {
                    width: ListView.view.width
                    height: root.search.busy ? 48 : 0
                    BusyIndicator {
                        anchors.centerIn: parent
                        running: root.search.busy
                        visible: running
                    }
                }
            }

            EmptyState {
                anchors.fill: parent
                visible: results.count === 0 && !root.search.busy
                iconSource: "icons/search.svg"
                title: root.search.error.length > 0 ? qsTr("Search failed")
                       : root.search.searched ? qsTr("Nothing found for “%1”").arg(root.search.text)
                       : qsTr("Search everything Hearth keeps")
                text: root.search.error.length > 0 ? root.search.error
                      : root.search.searched ? qsTr("Words match the start of words; accents and case do not matter.")
                      : qsTr("Contacts, communities, posts, comments and messages, also offline.")
            }
        }
    }
}
