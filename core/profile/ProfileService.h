#pragma once

#include "ProfileCard.h"

#include <QFuture>
#include <QXmppClientExtension.h>
#include <QXmppPubSubEventHandler.h>

namespace Hearth {

// Profiles on the wire: vCard4 on PEP (XEP-0292) with vcard-temp (XEP-0054)
// as the fallback for contacts without one, and the XEP-0172 nickname.
// Advertises +notify for both, so contacts' changes arrive live.
class ProfileService : public QXmppClientExtension, public QXmppPubSubEventHandler
{
    Q_OBJECT
public:
    static constexpr auto kVCard4Node = "urn:xmpp:vcard4";
    static constexpr auto kNickNode = "http://jabber.org/protocol/nick";

    ProfileService();

    QStringList discoveryFeatures() const override;
    bool handlePubSubEvent(const QDomElement &element, const QString &pubSubService, const QString &nodeName) override;

    // The contact's (or the user's own) profile from the network; an empty
    // card when they have none.
    QFuture<ProfileCard> fetch(const QString &bareJid);
    // Publishes the user's vCard4 (keeping unknown elements) and nickname.
    // The future holds an empty string on success, else a reason.
    QFuture<QString> publishOwn(const ProfileCard &card);

Q_SIGNALS:
    void vcardPushed(const QString &bareJid, const Hearth::ProfileCard &card);
    void nicknamePushed(const QString &bareJid, const QString &nickname);
};

} // namespace Hearth
