#pragma once

#include "../db/DbResult.h"

#include <QFuture>
#include <QObject>
#include <QXmppAtmTrustMemoryStorage.h>

namespace Hearth {

class Database;

// QXmpp's trust storage (keys, their trust levels, the own key and the
// security policy per encryption) kept in the profile's cache. QXmpp works
// on the memory copy; after each change the encryption's whole trust state
// is written to trust_setting and trust_key (a few hundred keys at most), so
// a restart keeps every decision the user made. Decisions ATM postpones until
// a sender's key is authenticated stay in memory only.
class TrustStore : public QObject, public QXmppAtmTrustMemoryStorage
{
    Q_OBJECT
public:
    explicit TrustStore(Database *db, QObject *parent = nullptr);

    void setAccountId(qint64 id) { m_accountId = id; }
    QFuture<DbStatus> load();

    QXmppTask<void> setSecurityPolicy(const QString &encryption, QXmpp::TrustSecurityPolicy securityPolicy) override;
    QXmppTask<void> resetSecurityPolicy(const QString &encryption) override;
    QXmppTask<void> setOwnKey(const QString &encryption, const QByteArray &keyId) override;
    QXmppTask<void> resetOwnKey(const QString &encryption) override;
    QXmppTask<void> addKeys(const QString &encryption, const QString &keyOwnerJid, const QList<QByteArray> &keyIds,
                            QXmpp::TrustLevel trustLevel = QXmpp::TrustLevel::AutomaticallyDistrusted) override;
    QXmppTask<void> removeKeys(const QString &encryption, const QList<QByteArray> &keyIds) override;
    QXmppTask<void> removeKeys(const QString &encryption, const QString &keyOwnerJid) override;
    QXmppTask<void> removeKeys(const QString &encryption) override;
    QXmppTask<QHash<QString, QMultiHash<QString, QByteArray>>> setTrustLevel(const QString &encryption, const QMultiHash<QString, QByteArray> &keyIds,
                                                                            QXmpp::TrustLevel trustLevel) override;
    QXmppTask<QHash<QString, QMultiHash<QString, QByteArray>>> setTrustLevel(const QString &encryption, const QList<QString> &keyOwnerJids,
                                                                            QXmpp::TrustLevel oldTrustLevel, QXmpp::TrustLevel newTrustLevel) override;
    QXmppTask<void> resetAll(const QString &encryption) override;

Q_SIGNALS:
    void errorOccurred(const QString &message);

private:
    // Writes the encryption's trust state as it is now in memory.
    QXmppTask<void> save(const QString &encryption);

    Database *m_db;
    qint64 m_accountId = 0;
};

} // namespace Hearth
