import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Hearth

// End-to-end encryption on a profile page: the person's OMEMO devices with
// their fingerprints and trust, to compare with what the other person's
// client shows (or with the xmpp: link of their QR code) and mark verified,
// trusted or distrusted. On the user's own page: this device first.
ColumnLayout {
    id: root
    objectName: "devicesSection"
    required property string jid
    property bool own: false
    readonly property var devices: AppController.encryption.devicesJid === jid ? AppController.encryption.devices : []
    spacing: 6

    Component.onCompleted: AppController.encryption.showDevices(jid)
    onJidChanged: {
        AppController.encryption.showDevices(jid)
        outcome.text = "" // about the person shown before
    }

    function trustText(trust) {
        switch (trust) {
        case EncryptionController.Verified: return qsTr("Verified")
        case EncryptionController.Trusted: return qsTr("Trusted (not verified)")
        case EncryptionController.Distrusted: return qsTr("Distrusted: receives nothing")
        }
        return qsTr("Undecided")
    }

    PlainLabel {
        text: qsTr("Encryption")
        font.pixelSize: Theme.fontPx(16)
        font.weight: Font.DemiBold
        Accessible.role: Accessible.Heading
    }
    PlainLabel {
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        opacity: 0.7
        text: AppController.encryption.locked
              ? qsTr("Your encryption keys are locked: the system keychain that holds their key could not open them. Nothing is encrypted or decrypted, and no new keys are made over them, until Hearth can reach the keychain again (restart Hearth once it is unlocked).")
              : !AppController.encryption.ready
              ? qsTr("End-to-end encryption is being set up for this device.")
              : root.devices.length === 0
                ? qsTr("No device of this address announces OMEMO encryption.")
                : root.own ? qsTr("Compare these fingerprints with what your other devices and your contacts' devices show.")
                           : qsTr("Compare each fingerprint with the one their device shows (in person or on a call), then mark it verified.")
    }
    PlainLabel {
        objectName: "keyProtectionNote"
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: root.own && AppController.encryption.ready && text.length > 0
        text: AppController.encryption.keyProtectionNote
    }
    Repeater {
        model: root.devices
        delegate: Frame {
            id: deviceRow
            required property var modelData
            Layout.fillWidth: true
            Accessible.role: Accessible.ListItem
            Accessible.name: (modelData.own ? qsTr("This device") : (modelData.label || qsTr("Device")))
                             + ", " + modelData.protocol + ", " + root.trustText(modelData.trust)
            ColumnLayout {
                anchors.fill: parent
                spacing: 4
                RowLayout {
                    Layout.fillWidth: true
                    PlainLabel {
                        text: deviceRow.modelData.own ? qsTr("This device") : (deviceRow.modelData.label || qsTr("Device"))
                        font.weight: Font.DemiBold
                        Layout.fillWidth: true
                        elide: Text.ElideRight
                    }
                    PlainLabel {
                        // Which OMEMO the device speaks: older clients show 0.3 fingerprints.
                        objectName: "protocol"
                        text: deviceRow.modelData.protocol
                        opacity: 0.7
                    }
                    PlainLabel {
                        text: root.trustText(deviceRow.modelData.trust)
                        color: deviceRow.modelData.trust === EncryptionController.Distrusted ? Theme.danger
                             : deviceRow.modelData.trust === EncryptionController.Verified ? Theme.accent : palette.text
                    }
                }
                PlainLabel {
                    objectName: "fingerprint"
                    Layout.fillWidth: true
                    text: deviceRow.modelData.fingerprint || qsTr("(key not received yet)")
                    font.family: "monospace"
                    wrapMode: Text.WrapAtWordBoundaryOrAnywhere
                    Accessible.name: qsTr("Fingerprint %1").arg(text)
                }
                RowLayout {
                    visible: !deviceRow.modelData.own && deviceRow.modelData.keyHex.length > 0
                    spacing: 4
                    Button {
                        background: ButtonBackground {}
                        text: qsTr("Verified")
                        flat: true
                        enabled: deviceRow.modelData.trust !== EncryptionController.Verified
                        onClicked: AppController.encryption.setTrust(root.jid, deviceRow.modelData.keyHex, EncryptionController.Verified)
                        PlainToolTip { text: qsTr("The fingerprint matches what this device shows"); visible: parent.hovered }
                    }
                    Button {
                        background: ButtonBackground {}
                        text: qsTr("Distrust")
                        flat: true
                        enabled: deviceRow.modelData.trust !== EncryptionController.Distrusted
                        onClicked: AppController.encryption.setTrust(root.jid, deviceRow.modelData.keyHex, EncryptionController.Distrusted)
                        PlainToolTip { text: qsTr("Stop encrypting for this device"); visible: parent.hovered }
                    }
                    Button {
                        background: ButtonBackground {}
                        text: qsTr("Trust")
                        flat: true
                        visible: deviceRow.modelData.trust === EncryptionController.Distrusted
                        onClicked: AppController.encryption.setTrust(root.jid, deviceRow.modelData.keyHex, EncryptionController.Trusted)
                    }
                    Button {
                        // The user's own old devices: out of the device lists.
                        objectName: "removeDevice"
                        background: ButtonBackground {}
                        text: qsTr("Remove")
                        flat: true
                        visible: root.own && deviceRow.modelData.id > 0
                        onClicked: AppController.encryption.removeOwnDevice(deviceRow.modelData.id)
                        PlainToolTip {
                            text: qsTr("Take this old device out of your device lists: nobody encrypts for it any more. A device still in use adds itself back when it connects.")
                            visible: parent.hovered
                        }
                    }
                }
            }
        }
    }
    // A contact's key as the xmpp: link their QR code holds, pasted or
    // scanned with another app: the keys it names become verified.
    RowLayout {
        Layout.fillWidth: true
        visible: AppController.encryption.ready
        TextField {
            id: keyLink
            objectName: "keyLinkField"
            Layout.fillWidth: true
            placeholderText: root.own ? qsTr("Your key's link (for a QR code)") : qsTr("Paste the xmpp: link of their QR code")
            text: root.own ? AppController.encryption.ownKeyUri : ""
            readOnly: root.own
            selectByMouse: true
            onTextChanged: if (root.own) cursorPosition = 0 // its start: whose link it is
            Accessible.name: root.own ? qsTr("Your key's link") : qsTr("Key link to verify")
        }
        Button {
            background: ButtonBackground {}
            visible: !root.own
            text: qsTr("Verify")
            enabled: keyLink.text.length > 0
            onClicked: AppController.encryption.verifyUri(keyLink.text)
        }
    }
    // What verifying (or removing a device) came to, until the next try.
    PlainLabel {
        id: outcome
        objectName: "encryptionOutcome"
        property bool error: false
        Layout.fillWidth: true
        wrapMode: Text.Wrap
        visible: text.length > 0
        color: error ? Theme.danger : palette.text
        Accessible.role: Accessible.AlertMessage
    }
    Connections {
        target: AppController.encryption
        function onVerified(jid) {
            outcome.error = false
            outcome.text = jid === root.jid ? qsTr("Verified: the keys this code names are marked verified.")
                                            : qsTr("Verified: the keys of %1 this code names are marked verified.").arg(jid)
        }
        function onFailed(message) {
            outcome.error = true
            outcome.text = message
        }
    }
    // Their QR code from a picture (a photo of their phone, a screenshot).
    Button {
        objectName: "verifyPictureButton"
        background: ButtonBackground {}
        visible: !root.own && AppController.encryption.ready
        text: qsTr("Verify from a picture of their QR code…")
        onClicked: pictureDialog.open()
    }
    // Or held up to the computer's camera.
    Button {
        objectName: "scanQrButton"
        background: ButtonBackground {}
        visible: !root.own && AppController.encryption.ready
        text: qsTr("Scan their QR code with the camera…")
        onClicked: {
            cameraLoader.active = true
            cameraLoader.item.open()
        }
    }
    // Made on first use: it looks for cameras, which can take a moment.
    Loader {
        id: cameraLoader
        objectName: "qrCameraLoader"
        active: false
        sourceComponent: QrCameraDialog {
            onScanned: text => AppController.encryption.verifyUri(text)
        }
    }
    FileDialog {
        id: pictureDialog
        title: qsTr("A picture of their QR code")
        nameFilters: [qsTr("Pictures (*.png *.jpg *.jpeg *.webp *.bmp)")]
        onAccepted: AppController.encryption.verifyPicture(selectedFile)
    }
    // The user's own key as a QR code, for their other devices and their
    // contacts to scan (Conversations, Dino, Kaidan read this link).
    Image {
        objectName: "ownKeyQrCode"
        visible: root.own && AppController.encryption.ownKeyUri.length > 0
        source: visible ? "image://qr/" + encodeURIComponent(AppController.encryption.ownKeyUri) : ""
        sourceSize.width: 240
        Layout.preferredWidth: 240
        Layout.preferredHeight: 240
        fillMode: Image.PreserveAspectFit
        smooth: false
        asynchronous: true
        Accessible.role: Accessible.Graphic
        Accessible.name: qsTr("QR code of your key")
    }
}
