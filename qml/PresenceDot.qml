import QtQuick
import QtQuick.Controls
import Hearth

// Green online, amber away, red do-not-disturb, grey offline.
Rectangle {
    id: root

    property int availability: ContactsController.Offline
    property int size: 12

    width: size
    height: size
    radius: size / 2
    border.width: 2
    border.color: root.palette.window
    color: availability === ContactsController.Chat || availability === ContactsController.Online ? "#2f9e44"
         : availability === ContactsController.Away || availability === ContactsController.ExtendedAway ? "#f59f00"
         : availability === ContactsController.DoNotDisturb ? "#e03131"
         : "#adb5bd"
}
