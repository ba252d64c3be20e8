import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Hearth

ViewPage {
    objectName: "settingsView"
    viewTitle: qsTr("Settings")

    ScrollView {
        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            x: 24
            width: Math.min(parent.width - 48, Theme.contentMaxWidth)
            spacing: 8

            PlainLabel {
                Layout.topMargin: 16
                text: qsTr("Account")
                font.pixelSize: Theme.fontPx(16)
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }
            GridLayout {
                columns: 2
                columnSpacing: 16
                PlainLabel { text: qsTr("Address"); opacity: 0.7 }
                PlainLabel { objectName: "settingsJid"; text: AppController.jid }
                PlainLabel { text: qsTr("Server"); opacity: 0.7 }
                PlainLabel { text: AppController.server }
                PlainLabel { text: qsTr("Status"); opacity: 0.7 }
                PlainLabel {
                    text: {
                        void AppController.connectionState
                        void AppController.retrySeconds
                        return AppController.connectionStateText()
                    }
                }
            }
            PlainLabel {
                Layout.fillWidth: true
                visible: text.length > 0
                text: AppController.passwordNote
                wrapMode: Text.Wrap
                opacity: 0.8
            }
            Button {
                background: ButtonBackground {}
                text: qsTr("Log out")
                visible: !AppController.readOnly
                onClicked: AppController.logout()
            }

            MenuSeparator { Layout.fillWidth: true }

            YourDataSection {
                Layout.fillWidth: true
            }

            MenuSeparator { Layout.fillWidth: true }

            NotificationsSection {
                Layout.fillWidth: true
                visible: !AppController.readOnly
            }

            MenuSeparator { Layout.fillWidth: true }

            PlainLabel {
                text: qsTr("Blocked addresses")
                font.pixelSize: Theme.fontPx(16)
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }
            PlainLabel {
                Layout.fillWidth: true
                visible: AppController.contacts.blocked.length === 0
                text: qsTr("Nobody is blocked. Blocked addresses cannot message you or see your presence.")
                wrapMode: Text.Wrap
                opacity: 0.7
            }
            Repeater {
                model: AppController.contacts.blocked
                delegate: RowLayout {
                    required property string modelData
                    Layout.fillWidth: true
                    PlainLabel { Layout.fillWidth: true; text: modelData; elide: Text.ElideRight }
                    Button {
                        background: ButtonBackground {}
                        flat: true
                        text: qsTr("Unblock")
                        onClicked: AppController.contacts.unblock(modelData)
                    }
                }
            }

            MenuSeparator { Layout.fillWidth: true }

            PlainLabel {
                text: qsTr("Blog")
                font.pixelSize: Theme.fontPx(16)
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }
            PlainLabel {
                text: qsTr("Who can read your posts (the access model of your blog node).")
                opacity: 0.7
                wrapMode: Text.Wrap
                Layout.fillWidth: true
            }
            RowLayout {
                objectName: "blogAudience"
                enabled: AppController.connectionState === AppController.Online
                Component.onCompleted: if (enabled) AppController.feed.loadAudience()
                onEnabledChanged: if (enabled) AppController.feed.loadAudience()
                RadioButton {
                    text: qsTr("Everyone (public)")
                    checked: AppController.feed.audience === FeedController.Public
                    onClicked: AppController.feed.setAudience(FeedController.Public)
                }
                RadioButton {
                    text: qsTr("My contacts only")
                    checked: AppController.feed.audience === FeedController.ContactsOnly
                    onClicked: AppController.feed.setAudience(FeedController.ContactsOnly)
                }
            }
            Switch {
                // The handle's shadow is a layer that the software renderer draws as
                // nothing (the handle with it): no shadow there.
                Component.onCompleted: if (SettingsController.drawingInSoftware) indicator.Material.elevation = 0
                text: qsTr("Follow my contacts' blogs when I first log in")
                checked: AppController.feed.followContactsByDefault
                onToggled: AppController.feed.followContactsByDefault = checked
            }

            MenuSeparator { Layout.fillWidth: true }

            PlainLabel {
                text: qsTr("Appearance")
                font.pixelSize: Theme.fontPx(16)
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }
            RowLayout {
                RadioButton {
                    text: qsTr("Follow the system")
                    checked: SettingsController.theme === SettingsController.System
                    onClicked: SettingsController.theme = SettingsController.System
                }
                RadioButton {
                    text: qsTr("Light")
                    checked: SettingsController.theme === SettingsController.Light
                    onClicked: SettingsController.theme = SettingsController.Light
                }
                RadioButton {
                    text: qsTr("Dark")
                    checked: SettingsController.theme === SettingsController.Dark
                    onClicked: SettingsController.theme = SettingsController.Dark
                }
            }

            MenuSeparator { Layout.fillWidth: true }

            PlainLabel {
                text: qsTr("Drawing")
                font.pixelSize: Theme.fontPx(16)
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }
            ComboBox {
                objectName: "graphicsModeBox"
                Layout.preferredWidth: 360
                model: [
                    { value: SettingsController.Automatic, text: qsTr("Automatic") },
                    { value: SettingsController.GraphicsCard, text: qsTr("Always the graphics card (OpenGL)") },
                    { value: SettingsController.Software, text: qsTr("Always the processor (software)") }
                ]
                textRole: "text"
                valueRole: "value"
                Accessible.name: qsTr("Drawing")
                Component.onCompleted: currentIndex = indexOfValue(SettingsController.graphicsMode)
                onActivated: SettingsController.graphicsMode = currentValue
            }
            PlainLabel {
                objectName: "graphicsState"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
                opacity: 0.7
                text: qsTr("Automatic uses the graphics card, unless OpenGL here has none behind it: then the processor draws, which takes less memory.")
                      + " " + (SettingsController.drawingInSoftware ? qsTr("Hearth is drawn by the processor now.")
                                                                    : qsTr("Hearth is drawn with the graphics card now."))
                      + " " + qsTr("A change applies the next time Hearth starts.")
            }
            // The driver's own name for itself.
            PlainLabel {
                objectName: "graphicsRenderer"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                opacity: 0.7
                visible: SettingsController.graphicsRenderer.length > 0
                textFormat: Text.PlainText
                text: qsTr("OpenGL here: %1.").arg(SettingsController.graphicsRenderer)
            }

            MenuSeparator { Layout.fillWidth: true }

            PlainLabel {
                text: qsTr("Language")
                font.pixelSize: Theme.fontPx(16)
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }
            ComboBox {
                Layout.preferredWidth: 260
                model: SettingsController.languages
                textRole: "name"
                valueRole: "code"
                Accessible.name: qsTr("Language")
                Component.onCompleted: currentIndex = indexOfValue(SettingsController.language)
                onActivated: SettingsController.language = currentValue
            }

            MenuSeparator { Layout.fillWidth: true }

            PlainLabel {
                text: qsTr("Keyboard")
                font.pixelSize: Theme.fontPx(16)
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }
            Button {
                background: ButtonBackground {}
                objectName: "shortcutsButton"
                text: qsTr("Keyboard shortcuts…")
                onClicked: shortcutsDialog.open()
            }
            ShortcutsDialog { id: shortcutsDialog }

            MenuSeparator { Layout.fillWidth: true }

            PlainLabel {
                text: qsTr("About")
                font.pixelSize: Theme.fontPx(16)
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }
            PlainLabel {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("Hearth %1: a social network on XMPP that nobody owns. Free software under the GNU GPL, version 3 or later.")
                      .arg(Qt.application.version)
            }
            PlainLabel {
                text: qsTr("Built on")
                font.weight: Font.DemiBold
            }
            Repeater {
                objectName: "aboutLibraries"
                model: SettingsController.libraries
                PlainLabel {
                    required property var modelData
                    Layout.fillWidth: true
                    opacity: 0.8
                    textFormat: Text.PlainText
                    text: modelData.text
                }
            }
            Item { Layout.preferredHeight: 24 }
        }
    }
}
