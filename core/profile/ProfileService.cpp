#include "ProfileService.h"

#include "../Logging.h"
#include "PepItem.h"

#include <QDomDocument>
#include <QPromise>
#include <QXmppClient.h>
#include <QXmppPubSubEvent.h>
#include <QXmppPubSubManager.h>
#include <QXmppPubSubPublishOptions.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>
#include <QXmppVCardIq.h>
#include <QXmppVCardManager.h>

namespace Hearth {

namespace {
QString nickFromXml(const QString &xml)
{
    QDomDocument doc;
    if (!doc.setContent(xml, true) || doc.documentElement().localName() != QLatin1String("nick"))
        return {};
    return doc.documentElement().text().trimmed().left(256);
}

QDomElement parseRoot(const QString &xml)
{
    QDomDocument doc;
    if (!doc.setContent(xml, true))
        return {};
    return doc.documentElement();
}
} // namespace

ProfileService::ProfileService() = default;

QStringList ProfileService::discoveryFeatures() const
{
    return {QString::fromLatin1(kVCard4Node) + QStringLiteral("+notify"), QString::fromLatin1(kNickNode) + QStringLiteral("+notify")};
}

bool ProfileService::handlePubSubEvent(const QDomElement &element, const QString &pubSubService, const QString &nodeName)
{
    const bool vcard = nodeName == QLatin1String(kVCard4Node);
    const bool nick = nodeName == QLatin1String(kNickNode);
    if (!vcard && !nick)
        return false;
    QXmppPubSubEvent<PepItem> event;
    event.parse(element);
    const QString jid = QXmppUtils::jidToBareJid(pubSubService).toLower();
    const auto items = event.items();
    for (const auto &item : items) {
        if (vcard)
            Q_EMIT vcardPushed(jid, ProfileCard::fromVCard4(parseRoot(item.payloadXml())));
        else
            Q_EMIT nicknamePushed(jid, nickFromXml(item.payloadXml()));
    }
    return true;
}

QFuture<ProfileCard> ProfileService::fetch(const QString &bareJid)
{
    auto promise = std::make_shared<QPromise<ProfileCard>>();
    promise->start();
    auto *pubsub = client()->findExtension<QXmppPubSubManager>();
    auto *vcards = client()->findExtension<QXmppVCardManager>();
    struct State
    {
        ProfileCard card;
        QString nick;
        int pending = 2;
    };
    auto state = std::make_shared<State>();
    auto finish = [promise, state] {
        if (--state->pending > 0)
            return;
        state->card.pepNickname = state->nick;
        promise->addResult(state->card);
        promise->finish();
    };
    pubsub->requestItems<PepItem>(bareJid, QString::fromLatin1(kNickNode))
        .then(this, [state, finish](QXmppPubSubManager::ItemsResult<PepItem> result) {
            if (auto *items = std::get_if<QXmppPubSubManager::Items<PepItem>>(&result); items && !items->items.isEmpty())
                state->nick = nickFromXml(items->items.constLast().payloadXml());
            finish();
        });
    pubsub->requestItems<PepItem>(bareJid, QString::fromLatin1(kVCard4Node))
        .then(this, [this, state, finish, vcards, bareJid](QXmppPubSubManager::ItemsResult<PepItem> result) {
            if (auto *items = std::get_if<QXmppPubSubManager::Items<PepItem>>(&result); items && !items->items.isEmpty()) {
                state->card = ProfileCard::fromVCard4(parseRoot(items->items.constLast().payloadXml()));
                finish();
                return;
            }
            // No vCard4: older clients keep their profile in vcard-temp.
            vcards->fetchVCard(bareJid).then(this, [state, finish](QXmppVCardManager::VCardIqResult result) {
                if (auto *vcard = std::get_if<QXmppVCardIq>(&result))
                    state->card = ProfileCard::fromVCardTemp(*vcard);
                finish();
            });
        });
    return promise->future();
}

QFuture<QString> ProfileService::publishOwn(const ProfileCard &card)
{
    auto promise = std::make_shared<QPromise<QString>>();
    promise->start();
    auto *pubsub = client()->findExtension<QXmppPubSubManager>();
    // Contacts (presence subscribers) may read the profile, as Movim sets it.
    QXmppPubSubPublishOptions options;
    options.setAccessModel(QXmppPubSubPublishOptions::Presence);
    auto pending = std::make_shared<int>(2);
    auto error = std::make_shared<QString>();
    auto done = [promise, pending, error](const QXmppPubSubManager::PublishItemResult &result) {
        if (auto *failure = std::get_if<QXmppError>(&result); failure && error->isEmpty())
            *error = failure->description.isEmpty() ? QStringLiteral("the server refused the profile") : failure->description;
        if (--*pending == 0) {
            promise->addResult(*error);
            promise->finish();
        }
    };
    pubsub->publishOwnPepItem(QString::fromLatin1(kVCard4Node), PepItem(QStringLiteral("current"), card.toVCard4Xml()), options)
        .then(this, done);
    const QString nick = card.nickname.trimmed();
    QString nickXml = QStringLiteral("<nick xmlns='http://jabber.org/protocol/nick'>%1</nick>").arg(nick.toHtmlEscaped());
    pubsub->publishOwnPepItem(QString::fromLatin1(kNickNode), PepItem(QStringLiteral("current"), nickXml), options).then(this, done);
    return promise->future();
}

} // namespace Hearth
