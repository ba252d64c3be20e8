#pragma once

#include <QFuture>
#include <QObject>
#include <QStringList>

class QXmppClient;
class QXmppBlockingManager;

namespace Hearth {

// What the user does to the contact list: add, rename, regroup, remove,
// answer subscription requests, block. Each action's future carries an
// empty string on success or a translated reason. The roster pushes that
// follow update ContactList; nothing is changed locally ahead of the server.
class ContactActions : public QObject
{
    Q_OBJECT
public:
    ContactActions(QXmppClient *client, QXmppBlockingManager *blocking, QObject *parent = nullptr);

    // Adds the contact and asks to see their presence (RFC 6121 §3.1.1).
    QFuture<QString> add(const QString &jid, const QString &name, const QStringList &groups, const QString &message = {});
    QFuture<QString> update(const QString &jid, const QString &name, const QStringList &groups);
    QFuture<QString> remove(const QString &jid);
    // Accepting also asks for the contact's presence when we do not have it
    // yet, so that a request ends as a mutual subscription (as Conversations
    // and Movim do).
    QFuture<QString> accept(const QString &jid, bool alsoSubscribe);
    QFuture<QString> deny(const QString &jid);
    QFuture<QString> block(const QString &jid);
    QFuture<QString> unblock(const QString &jid);
    // The server's block list (XEP-0191).
    QFuture<QStringList> blocklist();

private:
    QFuture<QString> setItem(const QString &jid, const QString &name, const QStringList &groups, bool remove);
    QFuture<QString> sendPresence(const QString &jid, int type, const QString &message = {});

    QXmppClient *m_client;
    QXmppBlockingManager *m_blocking;
};

} // namespace Hearth
