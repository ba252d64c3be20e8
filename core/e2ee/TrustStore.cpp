#include "TrustStore.h"

#include "../Logging.h"
#include "../db/Database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QXmppPromise.h>
#include <QXmppTask.h>

namespace Hearth {

namespace {
struct TrustRows
{
    struct Setting
    {
        QString encryption;
        int policy = 0;
        QByteArray ownKey;
    };
    struct Key
    {
        QString encryption, owner;
        QByteArray id;
        int level = 0;
    };
    QList<Setting> settings;
    QList<Key> keys;
};

// The result of a task the memory storage has already finished.
template<typename T>
T now(QXmppTask<T> &&task)
{
    Q_ASSERT(task.isFinished());
    return task.takeResult();
}

using ChangedKeys = QHash<QString, QMultiHash<QString, QByteArray>>;

// A trust change's result, handed to QXmpp once the change is written.
QXmppTask<ChangedKeys> afterSaving(QObject *context, QXmppTask<void> saved, ChangedKeys changed)
{
    QXmppPromise<ChangedKeys> promise;
    auto task = promise.task();
    saved.then(context, [promise, changed = std::move(changed)]() mutable { promise.finish(std::move(changed)); });
    return task;
}
} // namespace

TrustStore::TrustStore(Database *db, QObject *parent)
    : QObject(parent), m_db(db)
{
}

QFuture<DbStatus> TrustStore::load()
{
    const qint64 account = m_accountId;
    return m_db
        ->run([account](QSqlDatabase &db) -> DbResult<TrustRows> {
            TrustRows rows;
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT encryption, security_policy, own_key FROM trust_setting WHERE account_id = ?"));
            q.addBindValue(account);
            if (!q.exec())
                return DbResult<TrustRows>::failure(q.lastError().text());
            while (q.next())
                rows.settings.append({q.value(0).toString(), q.value(1).toInt(), q.value(2).toByteArray()});
            q.prepare(QStringLiteral("SELECT encryption, owner_jid, key_id, trust_level FROM trust_key WHERE account_id = ?"));
            q.addBindValue(account);
            if (!q.exec())
                return DbResult<TrustRows>::failure(q.lastError().text());
            while (q.next())
                rows.keys.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toByteArray(), q.value(3).toInt()});
            return {rows, {}};
        })
        .then(this, [this](DbResult<TrustRows> rows) -> DbStatus {
            if (!rows.ok())
                return DbStatus::failure(rows.error);
            for (const auto &s : rows.value.settings) {
                QXmppAtmTrustMemoryStorage::resetAll(s.encryption);
                QXmppAtmTrustMemoryStorage::setSecurityPolicy(s.encryption, QXmpp::TrustSecurityPolicy(s.policy));
                if (!s.ownKey.isEmpty())
                    QXmppAtmTrustMemoryStorage::setOwnKey(s.encryption, s.ownKey);
            }
            for (const auto &k : rows.value.keys)
                QXmppAtmTrustMemoryStorage::addKeys(k.encryption, k.owner, {k.id}, QXmpp::TrustLevel(k.level));
            return {true, {}};
        });
}

QXmppTask<void> TrustStore::save(const QString &encryption)
{
    const auto policy = now(QXmppAtmTrustMemoryStorage::securityPolicy(encryption));
    const QByteArray ownKey = now(QXmppAtmTrustMemoryStorage::ownKey(encryption));
    const auto byLevel = now(QXmppAtmTrustMemoryStorage::keys(encryption));
    QList<Database::Statement> statements = {
        {QStringLiteral("DELETE FROM trust_key WHERE account_id = ? AND encryption = ?"), {m_accountId, encryption}},
        {QStringLiteral("INSERT OR REPLACE INTO trust_setting (account_id, encryption, security_policy, own_key) VALUES (?, ?, ?, ?)"),
         {m_accountId, encryption, int(policy), ownKey.isEmpty() ? QVariant() : QVariant(ownKey)}},
    };
    for (auto level = byLevel.cbegin(); level != byLevel.cend(); ++level)
        for (auto key = level->cbegin(); key != level->cend(); ++key)
            statements.append({QStringLiteral("INSERT OR REPLACE INTO trust_key (account_id, encryption, owner_jid, key_id, trust_level)"
                                              " VALUES (?, ?, ?, ?, ?)"),
                               {m_accountId, encryption, key.key(), key.value(), int(level.key())}});
    QXmppPromise<void> promise;
    auto task = promise.task();
    m_db->executeAll(statements).then(this, [this, promise](DbStatus status) mutable {
        if (!status.ok()) {
            qCWarning(lcE2ee) << "trust data not written:" << status.error;
            Q_EMIT errorOccurred(status.error);
        }
        promise.finish();
    });
    return task;
}

QXmppTask<void> TrustStore::setSecurityPolicy(const QString &encryption, QXmpp::TrustSecurityPolicy securityPolicy)
{
    QXmppAtmTrustMemoryStorage::setSecurityPolicy(encryption, securityPolicy);
    return save(encryption);
}

QXmppTask<void> TrustStore::resetSecurityPolicy(const QString &encryption)
{
    QXmppAtmTrustMemoryStorage::resetSecurityPolicy(encryption);
    return save(encryption);
}

QXmppTask<void> TrustStore::setOwnKey(const QString &encryption, const QByteArray &keyId)
{
    QXmppAtmTrustMemoryStorage::setOwnKey(encryption, keyId);
    return save(encryption);
}

QXmppTask<void> TrustStore::resetOwnKey(const QString &encryption)
{
    QXmppAtmTrustMemoryStorage::resetOwnKey(encryption);
    return save(encryption);
}

QXmppTask<void> TrustStore::addKeys(const QString &encryption, const QString &keyOwnerJid, const QList<QByteArray> &keyIds, QXmpp::TrustLevel trustLevel)
{
    QXmppAtmTrustMemoryStorage::addKeys(encryption, keyOwnerJid, keyIds, trustLevel);
    return save(encryption);
}

QXmppTask<void> TrustStore::removeKeys(const QString &encryption, const QList<QByteArray> &keyIds)
{
    QXmppAtmTrustMemoryStorage::removeKeys(encryption, keyIds);
    return save(encryption);
}

QXmppTask<void> TrustStore::removeKeys(const QString &encryption, const QString &keyOwnerJid)
{
    QXmppAtmTrustMemoryStorage::removeKeys(encryption, keyOwnerJid);
    return save(encryption);
}

QXmppTask<void> TrustStore::removeKeys(const QString &encryption)
{
    QXmppAtmTrustMemoryStorage::removeKeys(encryption);
    return save(encryption);
}

QXmppTask<QHash<QString, QMultiHash<QString, QByteArray>>> TrustStore::setTrustLevel(const QString &encryption, const QMultiHash<QString, QByteArray> &keyIds,
                                                                                    QXmpp::TrustLevel trustLevel)
{
    auto changed = now(QXmppAtmTrustMemoryStorage::setTrustLevel(encryption, keyIds, trustLevel));
    return afterSaving(this, save(encryption), std::move(changed));
}

QXmppTask<QHash<QString, QMultiHash<QString, QByteArray>>> TrustStore::setTrustLevel(const QString &encryption, const QList<QString> &keyOwnerJids,
                                                                                    QXmpp::TrustLevel oldTrustLevel, QXmpp::TrustLevel newTrustLevel)
{
    auto changed = now(QXmppAtmTrustMemoryStorage::setTrustLevel(encryption, keyOwnerJids, oldTrustLevel, newTrustLevel));
    return afterSaving(this, save(encryption), std::move(changed));
}

QXmppTask<void> TrustStore::resetAll(const QString &encryption)
{
    QXmppAtmTrustMemoryStorage::resetAll(encryption);
    return save(encryption);
}

} // namespace Hearth
