#pragma once

#include <QString>

namespace Hearth {

// A room in the user's bookmarks (XEP-0402 <conference/>, item id = the
// room's JID). The <extensions> element is kept verbatim (other clients'
// data, XEP-0402 §5); the notification level (XEP-0492) is read from and
// written into it without touching the rest.
struct Bookmark
{
    enum class Notify { Default, Always, OnMention, Never };

    QString jid;
    QString name;
    QString nick;
    QString password;
    bool autojoin = false;
    QString extensionsXml; // the children of <extensions>, as XML text

    [[nodiscard]] Notify notify() const;
    void setNotify(Notify level);

    // From a <conference xmlns='urn:xmpp:bookmarks:1'/> payload; false when
    // it is not one.
    bool readConference(const QString &itemId, const QString &payloadXml);
    [[nodiscard]] QString conferenceXml() const;

    bool operator==(const Bookmark &) const = default;
};

} // namespace Hearth
