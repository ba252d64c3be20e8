import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Hearth

// Every contact with presence, instant search, grouping, pending requests,
// and the add / rename / remove / block actions.
ViewPage {
    id: root
    objectName: "contactsView"
    viewTitle: qsTr("Contacts")

    readonly property ContactsController contacts: AppController.contacts

    // Escape: back to the page before (false when at the first).
    function back() {
        if (stack.depth <= 1 || stack.busy)
            return false
        stack.pop()
        return true
    }

    StackView {
        id: stack
        objectName: "contactsStack"
        anchors.fill: parent
        initialItem: listPage
    }

    Component {
        id: profilePage
        ContactProfilePage {
            onBack: stack.pop()
            onOpenPost: (uri) => stack.push(postPage, { uri: uri })
        }
    }
    Component {
        id: postPage
        PostPage {
            onBack: stack.pop()
        }
    }

    // --contact JID: open that contact's page once the list has it.
    property bool startContactOpened: false
    function openStartContact() {
        if (startContactOpened || AppController.startContact.length === 0)
            return
        const info = root.contacts.model.contactInfo(AppController.startContact)
        if (info.jid === undefined)
            return
        startContactOpened = true
        openProfile(info)
    }
    Component.onCompleted: openStartContact()
    Connections {
        target: root.contacts.model
        function onCountChanged() { root.openStartContact() }
    }

    // An xmpp:…?roster link: the add dialog filled in, for the user to confirm.
    function openAdd(jid, name, group) {
        addDialog.preset = { jid: jid, name: name, groups: group }
        addDialog.open()
    }

    function openProfile(row) {
        AppController.profiles.showContact(row.jid)
        stack.push(profilePage, { jid: row.jid })
    }

    Component {
        id: listPage
        ColumnLayout {
            spacing: 0

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 20
                Layout.rightMargin: 20
                Layout.topMargin: 8
                spacing: 12

                TextField {
                    id: search
                    objectName: "contactSearch"
                    Layout.fillWidth: true
                    placeholderText: qsTr("Search contacts")
                    Accessible.name: qsTr("Search contacts")
                    onTextChanged: root.contacts.model.filterText = text
                }
                CheckBox {
                    text: qsTr("By group")
                    checked: root.contacts.model.grouped
                    onToggled: root.contacts.model.grouped = checked
                }
                Button {
                    background: ButtonBackground {}
                    objectName: "addContactButton"
                    text: qsTr("Add contact")
                    highlighted: true
                    onClicked: addDialog.open()
                }
            }

            // Incoming requests, answered in place.
            Repeater {
                model: root.contacts.requests
                delegate: Pane {
                    id: request
                    required property string jid
                    required property string message
                    required property string movedFrom
                    required property string moveNote
                    Layout.fillWidth: true
                    Layout.leftMargin: 20
                    Layout.rightMargin: 20
                    Layout.topMargin: 8
                    padding: 10
                    background: Rectangle {
                        radius: 6
                        color: Qt.rgba(0.85, 0.28, 0.06, 0.10)
                    }
                    RowLayout {
                        anchors.fill: parent
                        spacing: 8
                        ColumnLayout {
                            Layout.fillWidth: true
                            spacing: 2
                            PlainLabel {
                                Layout.fillWidth: true
                                text: qsTr("%1 wants to add you as a contact").arg(request.jid)
                                font.weight: Font.DemiBold
                                wrapMode: Text.Wrap
                            }
                            // XEP-0283: "X moved to Y", checked against X's own statement.
                            PlainLabel {
                                objectName: "requestMoveNote"
                                Layout.fillWidth: true
                                visible: request.moveNote.length > 0
                                text: request.moveNote
                                wrapMode: Text.Wrap
                            }
                            PlainLabel {
                                Layout.fillWidth: true
                                visible: request.message.length > 0
                                text: request.message
                                wrapMode: Text.Wrap
                                opacity: 0.8
                            }
                        }
                        Button {
                            background: ButtonBackground {}
                            text: qsTr("Accept")
                            highlighted: true
                            onClicked: root.contacts.acceptRequest(request.jid)
                        }
                        Button {
                            background: ButtonBackground {}
                            text: qsTr("Decline")
                            flat: true
                            onClicked: root.contacts.denyRequest(request.jid)
                        }
                        Button {
                            background: ButtonBackground {}
                            text: qsTr("Block")
                            flat: true
                            onClicked: root.contacts.block(request.jid)
                        }
                    }
                }
            }

            ListView {
                id: list
                objectName: "contactList"
                Layout.fillWidth: true
                Layout.fillHeight: true
                Layout.topMargin: 8
                clip: true
                model: root.contacts.model
                reuseItems: true
                section.property: "section"
                section.criteria: ViewSection.FullString
                section.delegate: PlainLabel {
                    required property string section
                    x: 20
                    topPadding: 12
                    bottomPadding: 4
                    text: section
                    font.pixelSize: Theme.fontPx(12)
                    font.weight: Font.DemiBold
                    opacity: 0.65
                }
                delegate: ContactDelegate {
                    id: contactRow
                    onClicked: root.openProfile(contactRow)
                    onActionsRequested: (jid, anchor) => contactMenu.openFor(jid, anchor)
                }
                ScrollBar.vertical: ScrollBar {}

                EmptyState {
                    anchors.fill: parent
                    visible: list.count === 0
                    iconSource: "icons/contacts.svg"
                    title: root.contacts.model.totalCount === 0 ? qsTr("No contacts yet") : qsTr("Nobody matches “%1”").arg(search.text)
                    text: root.contacts.model.totalCount === 0
                          ? qsTr("Add people by their address, like name@example.org, to see when they are online and follow what they post.")
                          : qsTr("Search looks at names and addresses.")
                }
            }
        }

    }

    Toast { id: toast }
    Connections {
        target: root.contacts
        function onActionFailed(message) { toast.show(message, true) }
        function onActionSucceeded(message) { toast.show(message, false) }
    }

    Menu {
        Material.elevation: Theme.elevation(8)
        id: contactMenu
        property string jid
        function openFor(address, anchor) {
            jid = address
            parent = anchor
            y = anchor.height
            open()
        }
        MenuItem { text: qsTr("Rename or regroup…"); onTriggered: editDialog.openFor(contactMenu.jid) }
        MenuItem { text: qsTr("Remove"); onTriggered: removeDialog.openFor(contactMenu.jid) }
        MenuItem { text: qsTr("Block"); onTriggered: root.contacts.block(contactMenu.jid) }
    }

    Dialog {
        Material.elevation: Theme.elevation(24)
        id: addDialog
        objectName: "addContactDialog"
        title: qsTr("Add a contact")
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(440, root.width - 40)
        standardButtons: Dialog.Ok | Dialog.Cancel
        property var preset: ({})
        onOpened: {
            newJid.text = preset.jid || ""
            newName.text = preset.name || ""
            newGroups.text = preset.groups || ""
            newMessage.text = ""
            preset = {}
            newJid.forceActiveFocus()
        }
        onAccepted: root.contacts.addContact(newJid.text, newName.text, newGroups.text, newMessage.text)
        ColumnLayout {
            anchors.fill: parent
            spacing: 8
            TextField { id: newJid; objectName: "newContactJid"; Layout.fillWidth: true; placeholderText: qsTr("Address, like name@example.org"); Accessible.name: qsTr("Address") }
            PlainLabel {
                Layout.fillWidth: true
                text: AppController.checkAddress(newJid.text)
                visible: text.length > 0
                color: Theme.danger
                wrapMode: Text.Wrap
                font.pixelSize: Theme.fontPx(12)
            }
            TextField { id: newName; objectName: "newContactName"; Layout.fillWidth: true; placeholderText: qsTr("Name (optional)"); Accessible.name: qsTr("Name") }
            TextField { id: newGroups; objectName: "newContactGroups"; Layout.fillWidth: true; placeholderText: qsTr("Groups, separated by commas (optional)"); Accessible.name: qsTr("Groups") }
            TextField { id: newMessage; Layout.fillWidth: true; placeholderText: qsTr("A message with your request (optional)"); Accessible.name: qsTr("Message") }
        }
    }

    Dialog {
        Material.elevation: Theme.elevation(24)
        id: editDialog
        property string jid
        function openFor(address) {
            jid = address
            editName.text = root.contacts.nameOf(address)
            editGroups.text = root.contacts.groupsText(address)
            open()
        }
        title: qsTr("Edit %1").arg(jid)
        modal: true
        anchors.centerIn: Overlay.overlay
        width: Math.min(440, root.width - 40)
        standardButtons: Dialog.Save | Dialog.Cancel
        onAccepted: root.contacts.editContact(jid, editName.text, editGroups.text)
        ColumnLayout {
            anchors.fill: parent
            spacing: 8
            TextField { id: editName; Layout.fillWidth: true; placeholderText: qsTr("Name"); Accessible.name: qsTr("Name") }
            TextField { id: editGroups; Layout.fillWidth: true; placeholderText: qsTr("Groups, separated by commas"); Accessible.name: qsTr("Groups") }
        }
    }

    Dialog {
        Material.elevation: Theme.elevation(24)
        id: removeDialog
        property string jid
        function openFor(address) { jid = address; open() }
        title: qsTr("Remove %1?").arg(jid)
        modal: true
        anchors.centerIn: Overlay.overlay
        standardButtons: Dialog.Yes | Dialog.No
        onAccepted: root.contacts.removeContact(jid)
        PlainLabel {
            width: Math.min(400, root.width - 80)
            wrapMode: Text.Wrap
            text: qsTr("They will no longer see when you are online, and you will no longer see them.")
        }
    }
}
