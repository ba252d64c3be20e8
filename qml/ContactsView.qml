import QtQuick
import Hearth

ViewPage {
    objectName: "contactsView"
    viewTitle: qsTr("Contacts")

    EmptyState {
        anchors.fill: parent
        iconSource: "icons/contacts.svg"
        title: qsTr("No contacts shown yet")
        text: qsTr("The people in your contact list, with their presence, will be listed here.")
    }
}
