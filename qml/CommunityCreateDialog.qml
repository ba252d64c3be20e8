import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// Starting a community, as Movim does: the service is asked first whether
// the user may create there (a test node), then the name (4 to 80
// characters; its slug is the node's id), a description, feed or gallery,
// who can read and who can post.
PlainDialog {
    id: root
    objectName: "communityCreateDialog"
    anchors.centerIn: Overlay.overlay
    width: Math.min(parent ? parent.width - 48 : 480, 480)
    modal: true
    title: qsTr("New community")

    readonly property CommunitiesController communities: AppController.communities
    property string service: ""
    property string checkError: ""
    property bool checked: false

    function openFor(preferred) {
        service = preferred.length > 0 ? preferred : (communities.services.length > 0 ? communities.services[0] : "")
        nameField.text = ""
        descriptionField.text = ""
        open()
        check()
    }
    function check() {
        checked = false
        checkError = ""
        if (service.length > 0) {
            communities.checkCreate(service)
        } else {
            // No community server known yet (offline, or discovery not run).
            checked = true
            checkError = AppController.connectionState === AppController.Online
                    ? qsTr("no community server is known yet: look under Discover first")
                    : qsTr("you are offline")
        }
    }

    Connections {
        target: root.communities
        function onCreateChecked(service, error) {
            if (service !== root.service)
                return
            root.checked = true
            root.checkError = error
        }
        function onCreated() { root.close() }
    }

    footer: DialogButtonBox {
        Button {
            background: ButtonBackground {}
            objectName: "createCommunityButton"
            text: qsTr("Create")
            highlighted: true
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            enabled: root.checked && root.checkError.length === 0 && nameField.text.trim().length >= 4
                     && nameField.text.trim().length <= 80 && root.communities.slugOf(nameField.text).length > 0
                     && !root.communities.busy
            onClicked: root.communities.create(root.service, nameField.text, descriptionField.text, typeBox.currentIndex === 1,
                                               readersBox.currentIndex, postersBox.currentIndex)
        }
        Button {
            background: ButtonBackground {}
            text: qsTr("Cancel")
            DialogButtonBox.buttonRole: DialogButtonBox.RejectRole
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        PlainLabel { text: qsTr("Server") }
        PlainComboBox {
            Layout.fillWidth: true
            model: root.communities.services
            currentIndex: root.communities.services.indexOf(root.service)
            onActivated: (i) => { root.service = root.communities.services[i]; root.check() }
            Accessible.name: qsTr("Server")
        }
        PlainLabel {
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            color: root.checkError.length > 0 ? Theme.danger : palette.text
            opacity: root.checkError.length > 0 ? 1 : 0.7
            text: !root.checked ? qsTr("Asking %1 whether you may create communities…").arg(root.service)
                                : root.service.length === 0 ? qsTr("You cannot create a community now: %1.").arg(root.checkError)
                                : root.checkError.length > 0 ? qsTr("You cannot create communities on %1: %2").arg(root.service).arg(root.checkError)
                                                             : qsTr("You may create communities on %1.").arg(root.service)
        }
        TextField {
            id: nameField
            objectName: "communityNameField"
            Layout.fillWidth: true
            placeholderText: qsTr("Name (4 to 80 characters)")
            maximumLength: 80
            Accessible.name: qsTr("Name")
        }
        PlainLabel {
            Layout.fillWidth: true
            opacity: 0.7
            font.pixelSize: Theme.fontPx(12)
            visible: nameField.text.length > 0
            text: qsTr("Address: xmpp:%1?;node=%2").arg(root.service).arg(root.communities.slugOf(nameField.text))
            elide: Text.ElideRight
        }
        TextArea {
            id: descriptionField
            Layout.fillWidth: true
            Layout.preferredHeight: 70
            placeholderText: qsTr("What it is about")
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
    }
}
