import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// Writing a post the way Movim does: a required title (a title alone is a
// "brief"), an optional Markdown body with a live preview, hashtags as
// tags, comments on or off. The draft is kept across restarts. Also edits
// an own post and shares (quotes) another one.
Page {
    id: root
    objectName: "composerPage"

    property string editUri: ""
    property string quoteUri: ""
    readonly property var editing: editUri.length > 0 ? AppController.feed.postFields(editUri) : ({})
    readonly property var quoted: quoteUri.length > 0 ? AppController.feed.postFields(quoteUri) : ({})
    signal done()

    Component.onCompleted: {
        if (editUri.length > 0) {
            titleField.text = editing.title || ""
            bodyField.text = editing.markdown || ""
            commentsSwitch.checked = editing.commentsEnabled !== false
        } else if (quoteUri.length === 0) {
            titleField.text = AppController.feed.draftTitle
            bodyField.text = AppController.feed.draftBody
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
                AppController.feed.saveDraft(titleField.text, bodyField.text)
        }
    }

    Connections {
        target: AppController.feed
        function onPublished() { root.done() }
        function onFailed(message) { error.text = message }
    }

    header: RowLayout {
        ToolButton {
            text: qsTr("‹ Cancel")
            onClicked: root.done()
        }
        Label {
            text: root.editUri.length > 0 ? qsTr("Edit post") : root.quoteUri.length > 0 ? qsTr("Share a post") : qsTr("New post")
            font.pixelSize: 18
            font.weight: Font.DemiBold
            Layout.fillWidth: true
        }
        Button {
            objectName: "publishButton"
            text: root.editUri.length > 0 ? qsTr("Save") : qsTr("Publish")
            highlighted: true
            enabled: titleField.text.trim().length > 0 && !AppController.feed.busy
            onClicked: AppController.feed.publish(titleField.text, bodyField.text, commentsSwitch.checked,
                                                  root.editUri, root.quoteUri)
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

            Label {
                visible: AppController.feed.audience === FeedController.ContactsOnly
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
                font.pixelSize: 18
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
                    Label {
                        text: titleField.text
                        font.pixelSize: 18
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                        Layout.fillWidth: true
                    }
                    Text {
                        objectName: "markdownPreview"
                        text: mode.currentIndex === 1 ? AppController.feed.previewMarkdown(bodyField.text) : ""
                        textFormat: Text.RichText
                        wrapMode: Text.Wrap
                        color: palette.text
                        Layout.fillWidth: true
                    }
                }
            }
            Frame {
                visible: root.quoteUri.length > 0
                Layout.fillWidth: true
                Label {
                    text: qsTr("Sharing: %1").arg(root.quoted.title ? root.quoted.authorName + ": " + root.quoted.title : root.quoteUri)
                    wrapMode: Text.Wrap
                    width: parent.width
                }
            }
            Switch {
                id: commentsSwitch
                text: qsTr("Allow comments")
                checked: true
            }
            Label {
                id: error
                visible: text.length > 0
                color: Theme.danger
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            BusyIndicator {
                running: AppController.feed.busy
                visible: running
            }
        }
    }
}
