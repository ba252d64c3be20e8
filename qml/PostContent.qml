import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// What a post says, shared by the feed card and the post page: author,
// time, edited mark, title, rich text, pictures, files, link previews,
// tags and the quoted post of a share.
ColumnLayout {
    id: root

    property var post: ({})
    property bool full: false   // the post page: no length limit
    signal openPicture(int index)
    signal openAuthor(string jid)
    signal openQuoted(string uri)
    signal openSelf()

    spacing: 8

    RowLayout {
        spacing: 10
        AuthorAvatar {
            size: 40
            jid: root.post.authorJid || ""
            name: root.post.authorName || ""
            source: root.post.avatar || ""
            MouseArea {
                anchors.fill: parent
                cursorShape: Qt.PointingHandCursor
                onClicked: root.openAuthor(root.post.authorJid)
            }
        }
        ColumnLayout {
            spacing: 0
            Layout.fillWidth: true
            PlainLabel {
                text: root.post.authorName || ""
                textFormat: Text.PlainText
                font.weight: Font.DemiBold
                elide: Text.ElideRight
                Layout.fillWidth: true
            }
            // The server did not say this author published it (or says
            // someone else did): never shown as theirs without a mark.
            PlainLabel {
                objectName: "authorshipMark"
                visible: !!root.post.unverified && !!root.post.authorJid
                text: root.post.claim ? qsTr("claims to be %1 · unverified").arg(root.post.claim) : qsTr("author unverified")
                textFormat: Text.PlainText
                color: root.post.claim ? Theme.danger : palette.text
                opacity: root.post.claim ? 1 : 0.6
                font.pixelSize: Theme.fontPx(12)
                elide: Text.ElideRight
                Layout.fillWidth: true
                ToolTip.visible: markArea.containsMouse
                ToolTip.text: qsTr("The server does not confirm that this author wrote it.")
                MouseArea { id: markArea; anchors.fill: parent; hoverEnabled: true }
            }
            PlainLabel {
                text: (root.post.published ? root.post.published.toLocaleString(Qt.locale(), Locale.ShortFormat) : "")
                      + (root.post.edited ? " · " + qsTr("edited") : "")
                opacity: 0.65
                font.pixelSize: Theme.fontPx(12)
            }
        }
    }

    // Wrapped text sits in an Item of its height: a layout sizes a wrapping
    // Text by its unwrapped width first and, in Qt 6.4, keeps that height
    // (a two-line title drawn over the body, a blank band under short ones).
    Item {
        visible: title.text.length > 0
        Layout.fillWidth: true
        implicitHeight: title.contentHeight
        Layout.preferredHeight: implicitHeight // a change re-lays the column out
        PlainLabel {
            id: title
            width: parent.width
            text: root.post.title || ""
            font.pixelSize: Theme.fontPx(18)
            font.weight: Font.DemiBold
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            Accessible.role: Accessible.Heading
            MouseArea {
                anchors.fill: parent
                enabled: !root.full
                cursorShape: enabled ? Qt.PointingHandCursor : Qt.ArrowCursor
                onClicked: root.openSelf()
            }
        }
    }

    Item {
        visible: body.text.length > 0
        Layout.fillWidth: true
        // A card shows the first lines; the post page all of it.
        implicitHeight: root.full ? body.contentHeight : Math.min(body.contentHeight, Math.ceil(body.font.pixelSize * 1.45 * 12))
        Layout.preferredHeight: implicitHeight
        clip: !root.full
        Text {
            id: body
            width: parent.width
            text: root.post.body || ""
            // Sanitized XHTML without images (those are in the gallery).
            textFormat: Text.RichText
            wrapMode: Text.WrapAtWordBoundaryOrAnywhere
            font.pixelSize: Theme.fontPx(15)
            color: palette.text
            linkColor: Theme.accent
            onLinkActivated: (link) => {
                if (Links.isWeb(link))
                    Links.open(link)
                else if (Links.isXmpp(link))
                    AppController.links.open(link)
            }
            HoverHandler { cursorShape: body.hoveredLink.length > 0 ? Qt.PointingHandCursor : Qt.ArrowCursor }
        }
    }

    PictureGallery {
        Layout.fillWidth: true
        pictures: root.post.pictures || []
        onOpenPicture: (index) => root.openPicture(index)
    }

    Repeater {
        model: root.post.files || []
        delegate: PlainDelegate {
            required property var modelData
            Layout.fillWidth: true
            Layout.preferredWidth: root.width
            text: "⤓ " + modelData.title
            onClicked: Links.open(modelData.url)
            Accessible.name: qsTr("Download %1").arg(modelData.title)
        }
    }

    Repeater {
        model: root.post.previews || []
        delegate: Frame {
            required property var modelData
            Layout.fillWidth: true
            Layout.preferredWidth: root.width
            padding: 10
            ColumnLayout {
                anchors.left: parent.left
                anchors.right: parent.right
                spacing: 2
                PlainLabel { text: modelData.title; font.weight: Font.DemiBold; elide: Text.ElideRight; Layout.fillWidth: true }
                PlainLabel {
                    text: modelData.description
                    visible: text.length > 0
                    wrapMode: Text.Wrap
                    maximumLineCount: 3
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                    opacity: 0.8
                }
                PlainLabel { text: modelData.host; textFormat: Text.PlainText; opacity: 0.6; font.pixelSize: Theme.fontPx(12) }
                // Handlers, not a MouseArea: the layout stays the frame's
                // only child, so the frame takes its height.
                HoverHandler { cursorShape: Qt.PointingHandCursor }
                TapHandler { onTapped: Links.open(modelData.url) }
            }
        }
    }

    Frame {
        id: quote
        visible: (root.post.quotedUri || "").length > 0
        Layout.fillWidth: true
        Layout.preferredWidth: root.width
        padding: 10
        readonly property var quoted: visible ? AppController.feed.postFields(root.post.quotedUri) : ({})
        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            PlainLabel { text: qsTr("Shared post"); opacity: 0.65; font.pixelSize: Theme.fontPx(12) }
            PlainLabel {
                text: quote.quoted.title ? quote.quoted.authorName + ": " + quote.quoted.title : root.post.quotedUri || ""
                wrapMode: Text.Wrap
                Layout.fillWidth: true
                font.weight: Font.DemiBold
            }
            HoverHandler { cursorShape: Qt.PointingHandCursor }
            TapHandler { onTapped: root.openQuoted(root.post.quotedUri) }
        }
    }

    Flow {
        Layout.fillWidth: true
        spacing: 6
        visible: (root.post.tags || []).length > 0
        Repeater {
            model: root.post.tags || []
            delegate: PlainLabel {
                required property string modelData
                text: "#" + modelData
                color: Theme.accent
            }
        }
    }
}
