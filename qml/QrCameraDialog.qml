import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import QtMultimedia
import Hearth

// A contact's QR code scanned with the computer's camera: what it shows
// goes to `scanner`, which reads the frames off the window's thread. The
// camera is on only while the dialog is open; the first code read closes
// it and is handed to `scanned`. No camera, or one that fails: said.
PlainDialog {
    id: root
    objectName: "qrCameraDialog"
    title: qsTr("Scan their QR code")
    modal: true
    parent: Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width * 0.9 : 640, 640)
    standardButtons: Dialog.Cancel

    signal scanned(string text)

    readonly property bool hasCamera: devices.videoInputs.length > 0

    MediaDevices { id: devices }

    QrScanner {
        id: scanner
        videoSink: preview.videoSink
        scanning: root.opened
        onFound: text => {
            root.close()
            root.scanned(text)
        }
    }

    // Its height from what it shows: the preview only with a camera.
    ColumnLayout {
        width: parent ? parent.width : 0
        spacing: 8
        // The camera, made only while the dialog is open and there is one:
        // without a device Qt 6.4's GStreamer backend builds a test-pattern
        // pipeline, and tearing that down while it starts can hang.
        Loader {
            id: session
            objectName: "qrCameraSession"
            visible: false // holds no picture: the preview below shows it
            active: root.opened && root.hasCamera
            sourceComponent: Item {
                readonly property int error: camera.error
                readonly property string errorString: camera.errorString
                CaptureSession {
                    camera: Camera {
                        id: camera
                        cameraDevice: cameraChoice.currentIndex >= 0 && cameraChoice.currentIndex < devices.videoInputs.length
                                      ? devices.videoInputs[cameraChoice.currentIndex] : devices.defaultVideoInput
                        active: true
                    }
                    videoOutput: preview
                }
            }
        }
        PlainLabel {
            objectName: "qrCameraStatus"
            Layout.fillWidth: true
            wrapMode: Text.Wrap
            text: !root.hasCamera
                  ? qsTr("No camera was found. Verify from a picture of their QR code, or paste the link it holds.")
                  : session.item && session.item.error !== Camera.NoError
                    ? qsTr("The camera could not be started: %1").arg(session.item.errorString)
                    : qsTr("Hold their QR code in front of the camera.")
        }
        PlainComboBox {
            id: cameraChoice
            Layout.fillWidth: true
            visible: devices.videoInputs.length > 1
            model: devices.videoInputs
            textRole: "description"
            Accessible.name: qsTr("Camera")
        }
        VideoOutput {
            id: preview
            objectName: "qrCameraPreview"
            visible: root.hasCamera
            Layout.fillWidth: true
            Layout.preferredHeight: width * 3 / 4
            fillMode: VideoOutput.PreserveAspectFit
        }
    }
}
