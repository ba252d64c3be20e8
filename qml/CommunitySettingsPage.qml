import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Hearth

// Running a community (its owner): title, description, kind, who can read
// and post, the picture, the raw configuration form ("advanced"), members
// with their roles and requests to approve or refuse, and deleting it.
Page {
    id: root
    objectName: "communitySettingsPage"

    readonly property CommunitiesController communities: AppController.communities
    readonly property var info: communities.current
    signal back()

    // What the cache knows at once; the service's own form replaces it.
    Component.onCompleted: {
        titleField.text = info.title || ""
        descriptionField.text = info.description || ""
        typeBox.currentIndex = info.isGallery ? 1 : 0
        readersBox.currentIndex = info.readers || 0
        postersBox.currentIndex = info.posters || 0
        communities.loadSettings()
        communities.loadMembers()
    }

    Connections {
        target: root.communities
        function onSettingsChanged() {
            const s = root.communities.settings
            titleField.text = s.title || ""
            descriptionField.text = s.description || ""
            typeBox.currentIndex = s.gallery ? 1 : 0
            readersBox.currentIndex = s.readers || 0
            postersBox.currentIndex = s.posters || 0
            advancedRepeater.model = root.communities.advanced
        }
        function onRemoved() { root.back() }
    }

    FileDialog {
        id: pictureDialog
        title: qsTr("Choose the community's picture")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg)")]
        onAccepted: root.communities.setAvatar(selectedFile)
    }

    PlainDialog {
        id: deleteDialog
        anchors.centerIn: Overlay.overlay
        width: Math.min(root.width - 48, 440)
        modal: true
        title: qsTr("Delete %1?").arg(root.info.title || "")
        standardButtons: Dialog.Yes | Dialog.No
        PlainLabel {
            anchors.fill: parent
            wrapMode: Text.Wrap
            text: qsTr("The community, its posts and their comments are deleted on the server for everyone. This cannot be undone.")
        }
        onAccepted: root.communities.remove()
    }

    header: RowLayout {
        ToolButton {
            text: qsTr("‹ Back")
            onClicked: root.back()
        }
        PlainLabel {
            text: qsTr("Settings of %1").arg(root.info.title || "")
            font.pixelSize: Theme.fontPx(18)
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            Layout.fillWidth: true
        }
        BusyIndicator {
            running: root.communities.busy
            visible: running
            Layout.preferredHeight: 28
            Layout.preferredWidth: 28
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            x: (parent.width - width) / 2
            width: Math.min(parent.width - 48, Theme.contentMaxWidth)
            spacing: 10

            RowLayout {
                Layout.topMargin: 12
                spacing: 12
                Avatar {
                    size: 64
                    source: root.info.avatar || ""
                    initials: (root.info.title || "#").charAt(0).toUpperCase()
                }
                Button {
                    background: ButtonBackground {}
                    text: qsTr("Change picture…")
                    onClicked: pictureDialog.open()
                }
            }
            TextField {
                id: titleField
                objectName: "settingsTitleField"
                Layout.fillWidth: true
                placeholderText: qsTr("Title")
                Accessible.name: qsTr("Title")
            }
            TextArea {
                id: descriptionField
                Layout.fillWidth: true
                Layout.preferredHeight: 80
                placeholderText: qsTr("Description")
                wrapMode: TextEdit.Wrap
                Accessible.name: qsTr("Description")
            }
            GridLayout {
                columns: 2
                Layout.fillWidth: true
                PlainLabel { text: qsTr("Kind") }
                PlainComboBox {
                    id: typeBox
                    Layout.fillWidth: true
                    model: [qsTr("Posts"), qsTr("Gallery (pictures)")]
                }
                PlainLabel { text: qsTr("Who can read") }
                PlainComboBox {
                    id: readersBox
                    Layout.fillWidth: true
                    model: [qsTr("Anyone"), qsTr("My contacts"), qsTr("Approved members")]
                }
                PlainLabel { text: qsTr("Who can post") }
                PlainComboBox {
                    id: postersBox
                    Layout.fillWidth: true
                    model: [qsTr("Publishers I choose"), qsTr("Followers"), qsTr("Anyone")]
                }
            }
            Button {
                background: ButtonBackground {}
                objectName: "saveCommunitySettings"
                text: qsTr("Save")
                highlighted: true
                enabled: titleField.text.trim().length > 0 && !root.communities.busy
                onClicked: root.communities.saveSettings(titleField.text, descriptionField.text, typeBox.currentIndex === 1,
                                                         readersBox.currentIndex, postersBox.currentIndex)
            }

            MenuSeparator { Layout.fillWidth: true }
            PlainLabel {
                text: qsTr("Members")
                font.weight: Font.DemiBold
                font.pixelSize: Theme.fontPx(16)
            }
            Repeater {
                model: root.communities.members
                delegate: RowLayout {
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 8
                    PlainLabel {
                        Layout.fillWidth: true
                        text: modelData.jid
                        elide: Text.ElideRight
                    }
                    PlainLabel {
                        visible: modelData.request
                        text: qsTr("asks to join")
                        color: Theme.warning
                    }
                    Button {
                        background: ButtonBackground {}
                        visible: modelData.request
                        text: qsTr("Approve")
                        onClicked: root.communities.approve(modelData.jid)
                    }
                    Button {
                        background: ButtonBackground {}
                        visible: modelData.request
                        text: qsTr("Refuse")
                        onClicked: root.communities.refuse(modelData.jid)
                    }
                    PlainComboBox {
                        visible: !modelData.request
                        readonly property var roles: ["owner", "publisher", "member", "none", "outcast"]
                        model: [qsTr("Owner"), qsTr("Publisher"), qsTr("Member"), qsTr("No role"), qsTr("Banned")]
                        currentIndex: Math.max(0, roles.indexOf(modelData.affiliation))
                        onActivated: (i) => root.communities.setRole(modelData.jid, roles[i])
                        Accessible.name: qsTr("Role of %1").arg(modelData.jid)
                    }
                }
            }
            RowLayout {
                Layout.fillWidth: true
                TextField {
                    id: memberField
                    Layout.fillWidth: true
                    placeholderText: qsTr("Add someone: name@server")
                    Accessible.name: qsTr("Address of a new member")
                }
                PlainComboBox {
                    id: memberRole
                    readonly property var roles: ["member", "publisher", "owner", "outcast"]
                    model: [qsTr("Member"), qsTr("Publisher"), qsTr("Owner"), qsTr("Banned")]
                }
                Button {
                    background: ButtonBackground {}
                    text: qsTr("Add")
                    enabled: memberField.text.indexOf("@") > 0
                    onClicked: { root.communities.setRole(memberField.text, memberRole.roles[memberRole.currentIndex]); memberField.text = "" }
                }
            }

            MenuSeparator { Layout.fillWidth: true }
            Button {
                background: ButtonBackground {}
                id: advancedToggle
                text: checked ? qsTr("Hide the full configuration") : qsTr("Show the full configuration…")
                checkable: true
                flat: true
            }
            ColumnLayout {
                visible: advancedToggle.checked
                Layout.fillWidth: true
                spacing: 6
                PlainLabel {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    opacity: 0.7
                    text: qsTr("Every field the server offers for this community, as it names them.")
                }
                Repeater {
                    id: advancedRepeater
                    delegate: RowLayout {
                        id: fieldRow
                        required property var modelData
                        required property int index
                        property var value: modelData.value
                        Layout.fillWidth: true
                        PlainLabel {
                            Layout.preferredWidth: 240
                            text: modelData.label
                            wrapMode: Text.Wrap
                        }
                        CheckBox {
                            visible: modelData.type === "boolean"
                            checked: modelData.type === "boolean" && modelData.value === true
                            onToggled: fieldRow.value = checked
                        }
                        PlainComboBox {
                            visible: modelData.type === "list-single" && modelData.options.length > 0
                            Layout.fillWidth: true
                            textRole: "label"
                            model: modelData.options
                            currentIndex: {
                                for (let i = 0; i < modelData.options.length; ++i)
                                    if (modelData.options[i].value === modelData.value)
                                        return i
                                return -1
                            }
                            onActivated: (i) => fieldRow.value = modelData.options[i].value
                        }
                        TextField {
                            visible: modelData.type !== "boolean" && !(modelData.type === "list-single" && modelData.options.length > 0)
                            Layout.fillWidth: true
                            text: modelData.type === "boolean" ? "" : String(modelData.value)
                            readOnly: modelData.type === "fixed"
                            onEditingFinished: fieldRow.value = text
                        }
                    }
                }
                Button {
                    background: ButtonBackground {}
                    text: qsTr("Save the configuration")
                    enabled: !root.communities.busy
                    onClicked: {
                        const fields = []
                        for (let i = 0; i < advancedRepeater.count; ++i) {
                            const row = advancedRepeater.itemAt(i)
                            fields.push({ "var": row.modelData["var"], "value": row.value })
                        }
                        root.communities.saveAdvanced(fields)
                    }
                }
            }

            MenuSeparator { Layout.fillWidth: true }
            Button {
                background: ButtonBackground {}
                objectName: "deleteCommunityButton"
                text: qsTr("Delete this community…")
                palette.buttonText: Theme.danger
                onClicked: deleteDialog.open()
                Layout.bottomMargin: 24
            }
        }
    }
}
