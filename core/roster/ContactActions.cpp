#include "ContactActions.h"

#include "../Jid.h"
#include "../Logging.h"

#include <QCoreApplication>
#include <QDomElement>
#include <QPromise>
#include <QXmppBlockingManager.h>
#include <QXmppClient.h>
#include <QXmppPresence.h>
#include <QXmppRosterIq.h>
#include <QXmppTask.h>

namespace Hearth {

namespace {
QString describe(const QXmppError &error)
{
    if (auto stanza = error.value<QXmppStanza::Error>()) {
        switch (stanza->condition()) {
        case QXmppStanza::Error::Forbidden:
        case QXmppStanza::Error::NotAllowed:
            return QCoreApplication::translate("ContactActions", "The server did not allow this.");
        case QXmppStanza::Error::ItemNotFound:
            return QCoreApplication::translate("ContactActions", "This contact is not in your contact list.");
        case QXmppStanza::Error::BadRequest:
        case QXmppStanza::Error::NotAcceptable:
        case QXmppStanza::Error::JidMalformed:
            return QCoreApplication::translate("ContactActions", "The server rejected the address or the name.");
        default:
            break;
        }
        if (!stanza->text().isEmpty())
            return stanza->text();
    }
    return error.description.isEmpty() ? QCoreApplication::translate("ContactActions", "The server did not answer.")
                                       : error.description;
}

QFuture<QString> finished(const QString &error)
{
    QPromise<QString> promise;
    promise.start();
    promise.addResult(error);
    promise.finish();
    return promise.future();
}

template<typename Result>
QFuture<QString> errorOf(QXmppTask<Result> task, QObject *context)
{
    auto promise = std::make_shared<QPromise<QString>>();
    promise->start();
    task.then(context, [promise](Result result) {
        QString error;
        if (auto *failure = std::get_if<QXmppError>(&result)) {
            error = describe(*failure);
            qCInfo(lcRoster).noquote() << "contact action failed:" << error;
        }
        promise->addResult(error);
        promise->finish();
    });
    return promise->future();
}
} // namespace

ContactActions::ContactActions(QXmppClient *client, QXmppBlockingManager *blocking, QObject *parent)
    : QObject(parent), m_client(client), m_blocking(blocking)
{
}

QFuture<QString> ContactActions::setItem(const QString &jid, const QString &name, const QStringList &groups, bool remove)
{
    const auto check = JidCheck::check(jid);
    // Contacts may be servers or gateways (no "@"): only refuse what cannot be a JID.
    if (!check.isValid() && check.problem() != JidCheck::Problem::MissingAt)
        return finished(check.message());
    QXmppRosterIq iq;
    iq.setType(QXmppIq::Set);
    QXmppRosterIq::Item item;
    item.setBareJid(check.isValid() ? check.bareJid() : jid.trimmed().toLower());
    if (remove) {
        item.setSubscriptionType(QXmppRosterIq::Item::Remove);
    } else {
        item.setName(name.trimmed());
        QSet<QString> set;
        for (const QString &group : groups) {
            if (!group.trimmed().isEmpty())
                set.insert(group.trimmed());
        }
        item.setGroups(set);
        item.setSubscriptionType(QXmppRosterIq::Item::NotSet);
    }
    iq.addItem(item);
    return errorOf(m_client->sendGenericIq(std::move(iq)), this);
}

QFuture<QString> ContactActions::sendPresence(const QString &jid, int type, const QString &message)
{
    QXmppPresence presence{QXmppPresence::Type(type)};
    presence.setTo(jid);
    presence.setStatusText(message);
    return errorOf(m_client->send(std::move(presence)), this);
}

QFuture<QString> ContactActions::add(const QString &jid, const QString &name, const QStringList &groups, const QString &message)
{
    const QString bare = jid.trimmed().toLower();
    return setItem(bare, name, groups, false).then(this, [this, bare, message](QString error) {
        if (!error.isEmpty())
            return finished(error);
        return sendPresence(bare, QXmppPresence::Subscribe, message);
    }).unwrap();
}

QFuture<QString> ContactActions::update(const QString &jid, const QString &name, const QStringList &groups)
{
    return setItem(jid, name, groups, false);
}

QFuture<QString> ContactActions::remove(const QString &jid)
{
    return setItem(jid, {}, {}, true);
}

QFuture<QString> ContactActions::accept(const QString &jid, bool alsoSubscribe)
{
    return sendPresence(jid, QXmppPresence::Subscribed).then(this, [this, jid, alsoSubscribe](QString error) {
        if (!error.isEmpty() || !alsoSubscribe)
            return finished(error);
        return sendPresence(jid, QXmppPresence::Subscribe);
    }).unwrap();
}

QFuture<QString> ContactActions::deny(const QString &jid)
{
    return sendPresence(jid, QXmppPresence::Unsubscribed);
}

QFuture<QString> ContactActions::block(const QString &jid)
{
    return errorOf(m_blocking->block(jid), this);
}

QFuture<QString> ContactActions::unblock(const QString &jid)
{
    return errorOf(m_blocking->unblock(jid), this);
}

QFuture<QStringList> ContactActions::blocklist()
{
    auto promise = std::make_shared<QPromise<QStringList>>();
    promise->start();
    m_blocking->fetchBlocklist().then(this, [promise](QXmppBlockingManager::BlocklistResult result) {
        QStringList jids;
        if (auto *list = std::get_if<QXmppBlocklist>(&result)) {
            const auto entries = list->entries();
            for (const auto &entry : entries)
                jids << entry;
            jids.sort();
        }
        promise->addResult(jids);
        promise->finish();
    });
    return promise->future();
}

} // namespace Hearth
