import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Hearth

// Says when Hearth is not online, why, and what can be done about it.
Rectangle {
    id: root
    objectName: "connectionBanner"

    readonly property int state: AppController.connectionState
    readonly property bool failed: state === AppController.Error
    readonly property bool working: state === AppController.Connecting || state === AppController.Reconnecting

    visible: state !== AppController.Online || AppController.databaseError.length > 0
    implicitHeight: visible ? layout.implicitHeight + 16 : 0
    color: failed || AppController.databaseError.length > 0 ? Qt.rgba(0.79, 0.16, 0.16, 0.14)
                                                             : Qt.rgba(0.72, 0.47, 0.12, 0.14)

    ColumnLayout {
        id: layout
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.verticalCenter: parent.verticalCenter
        anchors.leftMargin: 20
        anchors.rightMargin: 12
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            visible: root.state !== AppController.Online
            spacing: 8

            BusyIndicator {
                Layout.preferredWidth: 24
                Layout.preferredHeight: 24
                running: root.working
                visible: running
            }
            PlainLabel {
                objectName: "connectionText"
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: {
                    // Reading the properties makes the binding follow them.
                    void root.state
                    void AppController.retrySeconds
                    void AppController.needsPassword
                    return AppController.connectionStateText()
                }
                Accessible.role: Accessible.AlertMessage
            }
            Button {
                background: ButtonBackground {}
                flat: true
                visible: root.state === AppController.Reconnecting
                text: qsTr("Retry now")
                onClicked: AppController.retryNow()
            }
            // The offline browser of an export: bring it into an account.
            Button {
                background: ButtonBackground {}
                objectName: "importIntoAccountButton"
                flat: true
                visible: AppController.readOnly && AppController.exportViewer.active && !AppController.exportViewer.loading
                text: qsTr("Import into my account…")
                onClicked: AppController.exportViewer.importIntoAccount()
            }
            Button {
                background: ButtonBackground {}
                flat: true
                visible: root.failed || AppController.needsPassword
                text: qsTr("Log in again")
                onClicked: AppController.reenterPassword()
            }
        }
        PlainLabel {
            Layout.fillWidth: true
            visible: AppController.databaseError.length > 0
            wrapMode: Text.Wrap
            text: qsTr("The local cache has a problem: %1").arg(AppController.databaseError)
        }
    }
}
