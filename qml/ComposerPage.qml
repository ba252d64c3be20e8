import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Dialogs
import QtQuick.Layouts
import Hearth

// Writing a post the way Movim does: a required title (a title alone is a
// "brief"), an optional Markdown body with a live preview, hashtags as
// tags, pictures and files uploaded while writing (XEP-0363: progress,
// thumbnails, remove before publishing), comments on or off. The draft is
// kept across restarts. Also edits an own post and shares (quotes) another.
Page {
    id: root
    objectName: "composerPage"

    property string editUri: ""
    property string quoteUri: ""
    // A new post into a community (its xmpp: URI and title), else the own blog.
    property string targetUri: ""
    property string targetTitle: ""
    property bool targetGallery: false
    readonly property var editing: editUri.length > 0 ? AppController.feed.postFields(editUri) : ({})
    readonly property var quoted: quoteUri.length > 0 ? AppController.feed.postFields(quoteUri) : ({})
    readonly property var composer: AppController.feed.composer
    signal done()

    Component.onCompleted: {
        composer.setTarget(targetUri, targetTitle, targetGallery)
        composer.begin(editUri, quoteUri)
        if (editUri.length > 0) {
            titleField.text = editing.title || ""
            bodyField.text = editing.markdown || ""
            commentsSwitch.checked = editing.commentsEnabled !== false
        } else if (quoteUri.length === 0) {
            titleField.text = composer.draftTitle
            bodyField.text = composer.draftBody
        }
        AppController.feed.loadAudience()
        titleField.forceActiveFocus()
    }

    // The draft follows the typing (not for edits and shares).
    Timer {
        id: draftTimer
        interval: 800
        onTriggered: {
            if (root.editUri.length === 0 && root.quoteUri.length === 0)
                root.composer.saveDraft(titleField.text, bodyField.text)
        }
    }
    // Leaving the page (Back, Escape) keeps what was typed just before.
    Component.onDestruction: if (draftTimer.running) draftTimer.triggered()

    Connections {
        target: root.composer
        function onPublished() { root.done() }
        function onFailed(message) { error.text = message }
    }

    FileDialog {
        id: fileDialog
        title: qsTr("Add pictures or files")
        fileMode: FileDialog.OpenFiles
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.gif *.webp)"), qsTr("All files (*)")]
        onAccepted: root.composer.attachments.addFiles(selectedFiles)
    }

    DropArea {
        anchors.fill: parent
        onDropped: (drop) => {
            if (drop.hasUrls)
                root.composer.attachments.addFiles(drop.urls)
        }
    }

    header: RowLayout {
        ToolButton {
            text: qsTr("‹ Cancel")
            onClicked: root.done()
        }
        PlainLabel {
            text: root.editUri.length > 0 ? qsTr("Edit post") : root.quoteUri.length > 0 ? qsTr("Share a post") : qsTr("New post")
            font.pixelSize: Theme.fontPx(18)
            font.weight: Font.DemiBold
            Layout.fillWidth: true
        }
        Button {
            background: ButtonBackground {}
            objectName: "publishButton"
            text: root.editUri.length > 0 ? qsTr("Save") : qsTr("Publish")
            highlighted: true
            enabled: titleField.text.trim().length > 0 && !root.composer.busy
                     && !root.composer.attachments.uploading
            onClicked: root.composer.publish(titleField.text, bodyField.text, commentsSwitch.checked)
            Layout.rightMargin: 16
        }
    }

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            x: (parent.width - width) / 2
            width: Math.min(parent.width - 48, Theme.contentMaxWidth)
            spacing: 10

            PlainLabel {
                objectName: "composerTarget"
                visible: root.targetUri.length > 0 && root.editUri.length === 0
                text: root.targetGallery ? qsTr("Posting to the gallery %1: add at least one picture.").arg(root.targetTitle)
                                         : qsTr("Posting to the community %1").arg(root.targetTitle)
                textFormat: Text.PlainText
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.topMargin: 8
            }
            PlainLabel {
                visible: root.targetUri.length === 0 && AppController.feed.audience === FeedController.ContactsOnly
                text: qsTr("Your blog is for your contacts only: people outside your contacts will not see this post.")
                color: Theme.warning
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                Layout.topMargin: 8
            }
            TextField {
                id: titleField
                objectName: "titleField"
                Layout.fillWidth: true
                placeholderText: qsTr("Title (required)")
                font.pixelSize: Theme.fontPx(18)
                onTextChanged: draftTimer.restart()
                Accessible.name: qsTr("Title")
            }
            TabBar {
                id: mode
                Layout.fillWidth: true
                TabButton { text: qsTr("Write") }
                TabButton { text: qsTr("Preview") }
            }
            TextArea {
                id: bodyField
                objectName: "bodyField"
                visible: mode.currentIndex === 0
                Layout.fillWidth: true
                Layout.minimumHeight: 220
                placeholderText: qsTr("Say more (Markdown: **bold**, _italic_, [links](https://…), #tags)")
                wrapMode: TextEdit.Wrap
                onTextChanged: draftTimer.restart()
                Accessible.name: qsTr("Body")
            }
            Frame {
                visible: mode.currentIndex === 1
                Layout.fillWidth: true
                Layout.minimumHeight: 220
                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    PlainLabel {
                        text: titleField.text
                        font.pixelSize: Theme.fontPx(18)
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Text {
                        objectName: "markdownPreview"
                        text: mode.currentIndex === 1 ? root.composer.previewMarkdown(bodyField.text) : ""
                        textFormat: Text.RichText
                        wrapMode: Text.Wrap
                        color: palette.text
                        Layout.fillWidth: true
                    }
                }
            }
            Flow {
                objectName: "attachmentList"
                Layout.fillWidth: true
                spacing: 8
                visible: attachmentRepeater.count > 0
                Repeater {
                    id: attachmentRepeater
                    model: root.composer.attachments
                    delegate: AttachmentTile {
                        onRemoveClicked: root.composer.attachments.remove(index)
                        onRetryClicked: root.composer.attachments.retry(index)
                    }
                }
            }
            Button {
                background: ButtonBackground {}
                objectName: "addFilesButton"
                text: qsTr("Add pictures or files…")
                flat: true
                onClicked: fileDialog.open()
            }
            Frame {
                visible: root.quoteUri.length > 0
                Layout.fillWidth: true
                PlainLabel {
                    text: qsTr("Sharing: %1").arg(root.quoted.title ? root.quoted.authorName + ": " + root.quoted.title : root.quoteUri)
                    wrapMode: Text.Wrap
                    width: parent.width
                }
            }
            Switch {
                id: commentsSwitch
                // The handle's shadow is a layer that the software renderer draws as
                // nothing (the handle with it): no shadow there.
                Component.onCompleted: if (SettingsController.drawingInSoftware) indicator.Material.elevation = 0
                text: qsTr("Allow comments")
                checked: true
            }
            PlainLabel {
                id: error
                visible: text.length > 0
                color: Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            BusyIndicator {
                running: root.composer.busy
                visible: running
            }
        }
    }
}
