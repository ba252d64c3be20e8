import QtQuick
import Hearth

// An author's picture anywhere in the feed: the contact's initials and
// XEP-0392 colour when the author is a contact, the cached picture on top.
Avatar {
    id: root

    property string jid
    property string name

    // Read again when the contacts list changes (a view made before the
    // cached contacts were loaded showed a bare initial).
    readonly property var info: {
        AppController.contacts.model.totalCount
        return AppController.contacts.model.identity(jid)
    }
    initials: info.initials || (name.length > 0 ? name.charAt(0).toUpperCase() : "?")
    tint: info.avatarColor || Theme.accent
}
