#include "RosterService.h"

#include "../Logging.h"

#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppRosterIq.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace Hearth {

RosterService::RosterService() = default;

void RosterService::onRegistered(QXmppClient *client)
{
    connect(client, &QXmppClient::connected, this, [this, client] {
        // A resumed stream kept its roster and pushes.
        if (client->streamManagementState() != QXmppClient::ResumedStream)
            requestRoster();
    });
}

void RosterService::onUnregistered(QXmppClient *client)
{
    disconnect(client, nullptr, this, nullptr);
}

RosterEntry RosterService::entryFromItem(const QXmppRosterIq::Item &item)
{
    RosterEntry entry;
    entry.jid = item.bareJid().toLower();
    entry.name = item.name();
    switch (item.subscriptionType()) {
    case QXmppRosterIq::Item::From:
        entry.subscription = RosterEntry::Subscription::From;
        break;
    case QXmppRosterIq::Item::To:
        entry.subscription = RosterEntry::Subscription::To;
        break;
    case QXmppRosterIq::Item::Both:
        entry.subscription = RosterEntry::Subscription::Both;
        break;
    default:
        entry.subscription = RosterEntry::Subscription::None;
        break;
    }
    entry.askPending = item.subscriptionStatus() == QStringLiteral("subscribe");
    entry.groups = QStringList(item.groups().cbegin(), item.groups().cend());
    entry.groups.sort();
    return entry;
}

void RosterService::requestRoster()
{
    QXmppRosterIq iq;
    iq.setType(QXmppIq::Get);
    // QXmpp leaves out an empty ver; a first fetch without it is fine.
    iq.setVersion(m_cachedVersion);
    client()->sendIq(std::move(iq)).then(this, [this](QXmppClient::IqResult result) {
        if (auto *error = std::get_if<QXmppError>(&result)) {
            qCWarning(lcRoster) << "roster request failed:" << error->description;
            return;
        }
        const auto &element = std::get<QDomElement>(result);
        const QDomElement query = element.firstChildElement(QStringLiteral("query"));
        if (query.isNull()) {
            // RFC 6121 §2.6.3: an empty result, the cached roster is current.
            qCInfo(lcRoster) << "roster unchanged at version" << m_cachedVersion;
            Q_EMIT rosterUnchanged();
            Q_EMIT rosterReady();
            return;
        }
        QXmppRosterIq iq;
        iq.parse(element);
        RosterSnapshot snapshot;
        snapshot.version = iq.version();
        const auto items = iq.items();
        for (const auto &item : items) {
            if (item.bareJid().isEmpty() || item.subscriptionType() == QXmppRosterIq::Item::Remove)
                continue;
            snapshot.entries.append(entryFromItem(item));
        }
        m_cachedVersion = snapshot.version;
        qCInfo(lcRoster) << "roster received:" << snapshot.entries.size() << "items, version" << snapshot.version;
        Q_EMIT rosterReplaced(snapshot);
        Q_EMIT rosterReady();
    });
}

bool RosterService::handleStanza(const QDomElement &stanza)
{
    if (stanza.tagName() != QLatin1String("iq") || !QXmppRosterIq::isRosterIq(stanza)
        || stanza.attribute(QStringLiteral("type")) != QLatin1String("set"))
        return false;
    const QString from = stanza.attribute(QStringLiteral("from"));
    if (!from.isEmpty() && QXmppUtils::jidToBareJid(from).toLower() != client()->configuration().jidBare().toLower()) {
        // RFC 6121 §2.1.6: only the user's server may push; QXmpp answers
        // the unhandled IQ with an error.
        qCWarning(lcRoster) << "ignored a roster push from" << from;
        return false;
    }
    QXmppRosterIq iq;
    iq.parse(stanza);
    QXmppIq reply(QXmppIq::Result);
    reply.setId(iq.id());
    reply.setTo(from);
    client()->sendPacket(reply);
    if (!iq.version().isEmpty())
        m_cachedVersion = iq.version();
    const auto items = iq.items();
    for (const auto &item : items) {
        if (item.bareJid().isEmpty())
            continue;
        Q_EMIT entryPushed(iq.version(), entryFromItem(item), item.subscriptionType() == QXmppRosterIq::Item::Remove);
    }
    return true;
}

} // namespace Hearth
