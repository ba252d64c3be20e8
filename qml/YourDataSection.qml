import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Hearth

// Settings → Your data: export everything to one file (optionally sealed
// with a passphrase), with progress, cancellable; and open an export.
ColumnLayout {
    id: root
    objectName: "yourDataSection"
    spacing: 8

    readonly property var exporter: AppController.dataExport
    readonly property var importer: AppController.dataImport

    PlainLabel {
        text: qsTr("Your data")
        font.pixelSize: Theme.fontPx(16)
        font.weight: Font.DemiBold
        Accessible.role: Accessible.Heading
    }
    PlainLabel {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        opacity: 0.8
        text: qsTr("Export everything your account holds (contacts, profile, posts with their comments and likes, communities, chats, pictures and files) into one file you can keep, browse offline or import into an account on another server. Import brings such a file into this account: moving from another server, or restoring.")
    }
    CheckBox {
        id: sealBox
        objectName: "exportSealBox"
        text: qsTr("Protect the file with a passphrase")
        enabled: !root.exporter.running
    }
    RowLayout {
        visible: sealBox.checked
        spacing: 8
        TextField {
            id: passphrase
            objectName: "exportPassphrase"
            Layout.preferredWidth: 220
            echoMode: TextInput.Password
            placeholderText: qsTr("Passphrase")
            Accessible.name: qsTr("Passphrase")
        }
        TextField {
            id: again
            Layout.preferredWidth: 220
            echoMode: TextInput.Password
            placeholderText: qsTr("Passphrase again")
            Accessible.name: qsTr("Passphrase again")
        }
    }
    PlainLabel {
        Layout.fillWidth: true
        visible: sealBox.checked
        wrapMode: Text.Wrap
        opacity: 0.8
        color: passphrase.text.length > 0 && passphrase.text !== again.text ? Theme.danger : palette.windowText
        text: passphrase.text.length > 0 && passphrase.text !== again.text ? qsTr("The two passphrases differ.")
            : qsTr("Without the passphrase nobody can open the file, you included: keep it somewhere safe.")
    }
    RowLayout {
        spacing: 8
        Button {
            background: ButtonBackground {}
            objectName: "exportButton"
            text: qsTr("Export…")
            enabled: !root.exporter.running && !AppController.readOnly
                     && (!sealBox.checked || (passphrase.text.length >= 8 && passphrase.text === again.text))
            onClicked: folderDialog.open()
        }
        Button {
            background: ButtonBackground {}
            text: qsTr("Cancel")
            visible: root.exporter.running
            onClicked: root.exporter.cancel()
        }
        Button {
            background: ButtonBackground {}
            text: qsTr("Open an export…")
            onClicked: openDialog.open()
        }
        Button {
            background: ButtonBackground {}
            objectName: "importButton"
            // In the offline browser: the export shown, into the account of the window that opened it.
            text: AppController.readOnly ? qsTr("Import this export into my account…") : qsTr("Import an export…")
            enabled: AppController.readOnly ? !AppController.exportViewer.loading : root.importer.phase === ImportController.Idle
            onClicked: AppController.readOnly ? AppController.exportViewer.importIntoAccount() : importFileDialog.open()
        }
    }
    ProgressBar {
        objectName: "exportProgress"
        Layout.fillWidth: true
        visible: root.exporter.running || root.exporter.result.length > 0
        value: root.exporter.fraction
        indeterminate: root.exporter.running && root.exporter.fraction <= 0
        Accessible.name: qsTr("Export progress")
    }
    PlainLabel {
        objectName: "exportStage"
        Layout.fillWidth: true
        visible: text.length > 0
        wrapMode: Text.Wrap
        text: root.exporter.stage + (root.exporter.running && root.exporter.amounts.length > 0 ? " · " + root.exporter.amounts : "")
    }
    PlainLabel {
        objectName: "exportResult"
        Layout.fillWidth: true
        visible: root.exporter.result.length > 0
        wrapMode: Text.WrapAnywhere
        text: qsTr("Saved as %1").arg(root.exporter.result)
    }
    PlainLabel {
        Layout.fillWidth: true
        visible: root.exporter.error.length > 0
        wrapMode: Text.Wrap
        color: Theme.danger
        text: qsTr("Not exported: %1").arg(root.exporter.error)
    }

    FolderDialog {
        id: folderDialog
        title: qsTr("Where to save the export")
        currentFolder: root.exporter.defaultFolder
        onAccepted: {
            root.exporter.start(selectedFolder, sealBox.checked ? passphrase.text : "")
            passphrase.text = ""
            again.text = ""
        }
    }
    FileDialog {
        id: openDialog
        title: qsTr("Open an export")
        nameFilters: [qsTr("XMPP exports (*.xmpp-export.zip *.zip)")]
        onAccepted: AppController.exportViewer.openInNewWindow(selectedFile)
    }
    // XEP-0283: this (old) account says where it moved, for contacts to check.
    RowLayout {
        spacing: 8
        Layout.topMargin: 4
        TextField {
            id: movedTo
            objectName: "movedToField"
            Layout.preferredWidth: 260
            placeholderText: qsTr("New address (user@server)")
            Accessible.name: qsTr("The address this account moved to")
            enabled: !AppController.readOnly
        }
        Button {
            background: ButtonBackground {}
            text: qsTr("Say this account moved")
            enabled: movedTo.text.indexOf("@") > 0 && !AppController.readOnly
            onClicked: root.importer.announceMovedTo(movedTo.text)
        }
    }
    PlainLabel {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        opacity: 0.8
        text: root.importer.movedStatus.length > 0 ? root.importer.movedStatus
              : qsTr("Moving to another server: publish here where you went, then import your export into the new account and let it tell your contacts.")
    }

    FileDialog {
        id: importFileDialog
        title: qsTr("Import an export into this account")
        nameFilters: [qsTr("XMPP exports (*.xmpp-export.zip *.zip)")]
        onAccepted: root.importer.choose(selectedFile, "")
    }
    ImportDialog {
        id: importDialog
        parent: Overlay.overlay
    }
    // Opens when an import starts (the button, or --import).
    Connections {
        target: root.importer
        function onChanged() {
            if (root.importer.phase !== ImportController.Idle && !importDialog.opened)
                importDialog.open()
        }
    }
}
