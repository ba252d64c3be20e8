import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Hearth

// Settings → Your data → Import: what the export holds and what will move
// (before anything is written), then the import's progress, then its
// report. Everything shown from the file or the server is plain text.
PlainDialog {
    id: dialog
    objectName: "importDialog"
    title: qsTr("Import an export")
    modal: true
    anchors.centerIn: Overlay.overlay
    width: Math.min(640, (parent ? parent.width : 640) - 48)
    height: Math.min(implicitHeight, (parent ? parent.height : 600) - 48)
    closePolicy: importer.phase === ImportController.Running ? Popup.NoAutoClose : Popup.CloseOnEscape

    readonly property var importer: AppController.dataImport
    readonly property int phase: importer.phase

    onClosed: if (phase !== ImportController.Running) importer.reset()
    // Drawn here: the style's elevation is not drawn by the software renderer.
    background: Rectangle {
        color: dialog.Material.dialogColor
        radius: 4
        border.width: 1
        border.color: dialog.Material.dividerColor
    }

    contentItem: ScrollView {
        id: scroll
        clip: true
        implicitHeight: Math.min(body.implicitHeight, 460)
        contentWidth: availableWidth

        ColumnLayout {
            id: body
            width: scroll.availableWidth
            spacing: 10

            PlainLabel {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                visible: dialog.importer.fileName.length > 0
                opacity: 0.8
                text: dialog.importer.from.length > 0
                      ? qsTr("%1 — the account %2, into %3").arg(dialog.importer.fileName).arg(dialog.importer.from).arg(AppController.jid)
                      : dialog.importer.fileName
            }

            // Reading and asking the server.
            RowLayout {
                visible: dialog.phase === ImportController.Reading
                spacing: 10
                BusyIndicator { running: parent.visible; implicitWidth: 32; implicitHeight: 32 }
                PlainLabel { text: dialog.importer.stage }
            }

            // A sealed export.
            ColumnLayout {
                visible: dialog.phase === ImportController.NeedsPassphrase
                Layout.fillWidth: true
                spacing: 6
                PlainLabel {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    text: qsTr("This export is protected with a passphrase.")
                }
                RowLayout {
                    TextField {
                        id: passphrase
                        objectName: "importPassphrase"
                        Layout.preferredWidth: 260
                        echoMode: TextInput.Password
                        placeholderText: qsTr("Passphrase")
                        Accessible.name: qsTr("Passphrase")
                        onAccepted: openButton.clicked()
                    }
                    Button {
                        background: ButtonBackground {}
                        id: openButton
                        text: qsTr("Open")
                        enabled: passphrase.text.length > 0
                        onClicked: {
                            dialog.importer.choose(dialog.importer.fileUrl, passphrase.text)
                            passphrase.text = ""
                        }
                    }
                }
            }

            // The preview: what will move, what will not and why.
            PlainLabel {
                Layout.fillWidth: true
                visible: dialog.phase === ImportController.Ready
                wrapMode: Text.Wrap
                font.weight: Font.DemiBold
                text: qsTr("Nothing has been written yet. This is what the import will do:")
            }
            Repeater {
                model: dialog.phase === ImportController.Ready ? dialog.importer.preview : []
                delegate: RowLayout {
                    objectName: "importPreviewLine"
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 10
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData.title + ": " + modelData.text
                    PlainLabel {
                        Layout.alignment: Qt.AlignTop
                        Layout.preferredWidth: 18
                        font.pixelSize: Theme.fontPx(16)
                        // 0 moves, 1 partly, 2 stays
                        text: modelData.verdict === 0 ? "✓" : modelData.verdict === 1 ? "◐" : "✕"
                        color: modelData.verdict === 0 ? palette.windowText : modelData.verdict === 1 ? Theme.warning : Theme.danger
                        Accessible.ignored: true
                    }
                    ColumnLayout {
                        Layout.fillWidth: true
                        spacing: 2
                        PlainLabel { text: modelData.title; font.weight: Font.DemiBold }
                        PlainLabel {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            opacity: 0.85
                            text: modelData.text
                        }
                    }
                }
            }

            CheckBox {
                id: announceMove
                objectName: "importAnnounceMove"
                Layout.fillWidth: true
                visible: dialog.phase === ImportController.Ready && !dialog.importer.sameAccount
                text: qsTr("Tell my contacts that this account replaces %1").arg(dialog.importer.from)
                Accessible.name: text
                // The address comes from the file: plain text, never markup.
                contentItem: PlainLabel {
                    leftPadding: announceMove.indicator.width + announceMove.spacing
                    text: announceMove.text
                    textFormat: Text.PlainText
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                }
            }
            PlainLabel {
                Layout.fillWidth: true
                Layout.leftMargin: 32
                visible: announceMove.visible
                wrapMode: Text.Wrap
                opacity: 0.8
                text: qsTr("Their apps check it with %1 itself: first log in there and say where you moved (Settings → Your data → Say this account moved, or hearth move --to %2).").arg(dialog.importer.from).arg(AppController.jid)
            }

            // Running.
            ProgressBar {
                objectName: "importProgress"
                Layout.fillWidth: true
                visible: dialog.phase === ImportController.Running || dialog.phase === ImportController.Done
                value: dialog.importer.fraction
                Accessible.name: qsTr("Import progress")
            }
            PlainLabel {
                Layout.fillWidth: true
                visible: dialog.phase === ImportController.Running && text.length > 0
                wrapMode: Text.Wrap
                text: dialog.importer.stage
            }
            Repeater {
                model: dialog.phase === ImportController.Running ? dialog.importer.stages : []
                delegate: RowLayout {
                    objectName: "importStageLine"
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 10
                    Accessible.role: Accessible.StaticText
                    Accessible.name: modelData.title + ": " + (modelData.state === 2 ? qsTr("done") : modelData.state === 1 ? qsTr("under way") : qsTr("waiting"))
                    PlainLabel {
                        Layout.preferredWidth: 18
                        font.pixelSize: Theme.fontPx(16)
                        // 0 waiting, 1 under way, 2 done
                        text: modelData.state === 2 ? "✓" : modelData.state === 1 ? "●" : "○"
                        color: modelData.state === 1 ? Theme.accent : palette.windowText
                        opacity: modelData.state === 0 ? 0.5 : 1
                        Accessible.ignored: true
                    }
                    PlainLabel {
                        Layout.fillWidth: true
                        text: modelData.title
                        textFormat: Text.PlainText
                        font.weight: modelData.state === 1 ? Font.DemiBold : Font.Normal
                        opacity: modelData.state === 0 ? 0.6 : 1
                    }
                }
            }

            // The report.
            PlainLabel {
                objectName: "importOutcome"
                Layout.fillWidth: true
                visible: dialog.phase === ImportController.Done
                wrapMode: Text.Wrap
                font.weight: Font.DemiBold
                text: dialog.importer.outcome
            }
            Repeater {
                model: dialog.phase === ImportController.Done ? dialog.importer.report : []
                delegate: ColumnLayout {
                    objectName: "importReportLine"
                    required property var modelData
                    Layout.fillWidth: true
                    spacing: 2
                    PlainLabel {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        text: modelData.title + " — "
                              + qsTr("%1 moved, %2 skipped, %3 failed").arg(modelData.moved).arg(modelData.skipped).arg(modelData.failed)
                              + (modelData.earlier > 0 ? " " + qsTr("(%1 by an earlier run)").arg(modelData.earlier) : "")
                        color: modelData.failed > 0 ? Theme.danger : palette.windowText
                    }
                    Repeater {
                        model: modelData.items
                        delegate: PlainLabel {
                            required property var modelData
                            Layout.fillWidth: true
                            Layout.leftMargin: 16
                            wrapMode: Text.Wrap
                            opacity: 0.85
                            color: modelData.failed ? Theme.danger : palette.windowText
                            text: (modelData.failed ? qsTr("Failed: %1") : qsTr("Skipped: %1")).arg(modelData.reason)
                        }
                    }
                }
            }

            PlainLabel {
                Layout.fillWidth: true
                visible: dialog.importer.error.length > 0 && dialog.phase !== ImportController.NeedsPassphrase
                wrapMode: Text.Wrap
                color: Theme.danger
                text: dialog.importer.error
            }
        }
    }

    footer: DialogButtonBox {
        // Transparent: the dialog's own background (and its border) shows through.
        background: Item {}
        Button {
            background: ButtonBackground {}
            objectName: "importStartButton"
            text: dialog.phase === ImportController.Done ? qsTr("Import again") : qsTr("Import")
            visible: dialog.phase === ImportController.Ready
                     || (dialog.phase === ImportController.Done && dialog.importer.outcome.length > 0 && dialog.importer.fraction < 1)
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.importer.start(announceMove.checked)
        }
        Button {
            background: ButtonBackground {}
            text: dialog.phase === ImportController.Running ? qsTr("Stop") : qsTr("Close")
            DialogButtonBox.buttonRole: DialogButtonBox.ActionRole
            onClicked: dialog.phase === ImportController.Running ? dialog.importer.cancel() : dialog.close()
        }
    }
}
