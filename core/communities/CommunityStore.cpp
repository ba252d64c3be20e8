#include "CommunityStore.h"

#include "../db/Database.h"
#include "../db/Sql.h"

#include <QSqlQuery>

namespace Hearth {

namespace {
const QString kColumns = QStringLiteral(
    "c.service, c.node, c.title, c.description, c.type, c.access_model, c.publish_model, c.subscribers, c.created_at,"
    " c.avatar_hash, c.avatar_url, c.affiliation, c.subscription");

Community readCommunity(const QSqlQuery &q, int at = 0)
{
    Community c;
    c.service = q.value(at).toString();
    c.node = q.value(at + 1).toString();
    c.title = q.value(at + 2).toString();
    c.description = q.value(at + 3).toString();
    c.type = q.value(at + 4).toString() == QLatin1String("gallery") ? Community::Type::Gallery : Community::Type::Feed;
    c.accessModel = q.value(at + 5).toString();
    c.publishModel = q.value(at + 6).toString();
    if (!q.value(at + 7).isNull())
        c.subscribers = q.value(at + 7).toInt();
    if (const qint64 created = q.value(at + 8).toLongLong(); created > 0)
        c.created = QDateTime::fromMSecsSinceEpoch(created, Qt::UTC);
    c.avatarHash = q.value(at + 9).toString();
    c.avatarUrl = q.value(at + 10).toString();
    c.affiliation = q.value(at + 11).toString();
    c.subscription = q.value(at + 12).toString();
    return c;
}

QString orEmpty(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
} // namespace

CommunityStore::CommunityStore(Database *db)
    : m_db(db)
{
}

bool CommunityStore::saveNow(QSqlDatabase &db, qint64 accountId, const Community &c, QString *error)
{
    QSqlQuery q(db);
    return Sql::exec(
        q,
        QStringLiteral(
            "INSERT INTO community (account_id, service, node, title, description, type, access_model, publish_model, subscribers,"
            " created_at, avatar_hash, avatar_url, affiliation, subscription, described_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT(account_id, service, node) DO UPDATE SET title = excluded.title, description = excluded.description,"
            " type = excluded.type, access_model = excluded.access_model, publish_model = excluded.publish_model,"
            " subscribers = excluded.subscribers, created_at = excluded.created_at, avatar_hash = excluded.avatar_hash,"
            " avatar_url = excluded.avatar_url,"
            " affiliation = CASE WHEN excluded.affiliation <> '' THEN excluded.affiliation ELSE community.affiliation END,"
            " subscription = CASE WHEN excluded.subscription <> '' THEN excluded.subscription ELSE community.subscription END,"
            " described_at = excluded.described_at"),
        {accountId, c.service, c.node, orEmpty(c.title), orEmpty(c.description), CommunityMeta::typeName(c.type), orEmpty(c.accessModel),
         orEmpty(c.publishModel), c.subscribers ? QVariant(*c.subscribers) : QVariant(QMetaType::fromType<int>()),
         c.created.isValid() ? c.created.toMSecsSinceEpoch() : 0, orEmpty(c.avatarHash), orEmpty(c.avatarUrl), orEmpty(c.affiliation),
         orEmpty(c.subscription), QDateTime::currentMSecsSinceEpoch()},
        error);
}

QFuture<DbStatus> CommunityStore::save(qint64 accountId, const Community &community) const
{
    return saveAll(accountId, {community});
}

QFuture<DbStatus> CommunityStore::saveAll(qint64 accountId, const QList<Community> &communities) const
{
    return m_db->run([accountId, communities](QSqlDatabase &db) {
        DbStatus result;
        result.value = Sql::transaction(db, &result.error, [&] {
            for (const Community &c : communities) {
                if (!saveNow(db, accountId, c, &result.error))
                    return false;
            }
            return true;
        });
        return result;
    });
}

QFuture<DbStatus> CommunityStore::setStanding(qint64 accountId, const QString &service, const QString &node, const QString &affiliation,
                                              const QString &subscription) const
{
    return m_db->execute(
        QStringLiteral("INSERT INTO community (account_id, service, node, affiliation, subscription) VALUES (?, ?, ?, ?, ?)"
                       " ON CONFLICT(account_id, service, node) DO UPDATE SET"
                       " affiliation = CASE WHEN excluded.affiliation <> '' THEN excluded.affiliation ELSE community.affiliation END,"
                       " subscription = CASE WHEN ? THEN excluded.subscription ELSE community.subscription END"),
        {accountId, service, node, orEmpty(affiliation), orEmpty(subscription), !subscription.isNull()});
}

QFuture<DbResult<std::optional<Community>>> CommunityStore::get(qint64 accountId, const QString &service, const QString &node) const
{
    return m_db->run([accountId, service, node](QSqlDatabase &db) {
        DbResult<std::optional<Community>> result;
        QSqlQuery q(db);
        if (Sql::exec(q, QStringLiteral("SELECT %1 FROM community c WHERE c.account_id = ? AND c.service = ? AND c.node = ?").arg(kColumns),
                      {accountId, service, node}, &result.error)
            && q.next())
            result.value = readCommunity(q);
        return result;
    });
}

QFuture<DbResult<QList<CommunityEntry>>> CommunityStore::mine(qint64 accountId) const
{
    return m_db->run([accountId](QSqlDatabase &db) {
        DbResult<QList<CommunityEntry>> result;
        QSqlQuery q(db);
        // Followed nodes that are not blogs, and communities the user owns or
        // asked to join; counts from the post index (account, service, node,
        // published).
        const QString sql = QStringLiteral(
            "WITH mine(service, node) AS ("
            "  SELECT service, node FROM follow WHERE account_id = ? AND node NOT LIKE 'urn:xmpp:microblog:0%'"
            "  UNION SELECT service, node FROM community WHERE account_id = ?"
            "   AND (affiliation IN ('owner', 'publisher') OR subscription = 'pending'))"
            " SELECT m.service, m.node, c.title, c.description, c.type, c.access_model, c.publish_model, c.subscribers, c.created_at,"
            "  c.avatar_hash, c.avatar_url, c.affiliation, c.subscription,"
            "  f.title, f.node IS NOT NULL, COALESCE(f.shared, 0), COALESCE(c.seen_at, 0),"
            "  (SELECT COUNT(*) FROM post p WHERE p.account_id = ? AND p.service = m.service AND p.node = m.node"
            "    AND p.is_comment = 0 AND p.published > COALESCE(c.seen_at, 0)"
            "    AND p.author_jid <> (SELECT jid FROM account WHERE id = p.account_id)),"
            "  (SELECT COUNT(*) FROM post p WHERE p.account_id = ? AND p.service = m.service AND p.node = m.node AND p.is_comment = 0),"
            "  (SELECT MAX(p.published) FROM post p WHERE p.account_id = ? AND p.service = m.service AND p.node = m.node"
            "    AND p.is_comment = 0)"
            " FROM mine m"
            " LEFT JOIN community c ON c.account_id = ? AND c.service = m.service AND c.node = m.node"
            " LEFT JOIN follow f ON f.account_id = ? AND f.service = m.service AND f.node = m.node");
        if (!Sql::exec(q, sql, QVariantList(7, accountId), &result.error))
            return result;
        while (q.next()) {
            CommunityEntry e;
            e.community = readCommunity(q);
            if (e.community.title.isEmpty())
                e.community.title = q.value(13).toString(); // the title the follow list gave
            e.followed = q.value(14).toBool();
            e.shared = q.value(15).toBool();
            e.unread = q.value(17).toInt();
            e.posts = q.value(18).toInt();
            if (!q.value(19).isNull())
                e.community.lastActivity = QDateTime::fromMSecsSinceEpoch(q.value(19).toLongLong(), Qt::UTC);
            result.value << e;
        }
        std::sort(result.value.begin(), result.value.end(), [](const CommunityEntry &a, const CommunityEntry &b) {
            return a.community.displayTitle().compare(b.community.displayTitle(), Qt::CaseInsensitive) < 0;
        });
        return result;
    });
}

QFuture<DbStatus> CommunityStore::markSeen(qint64 accountId, const QString &service, const QString &node) const
{
    return m_db->execute(QStringLiteral("INSERT INTO community (account_id, service, node, seen_at) VALUES (?, ?, ?, ?)"
                                        " ON CONFLICT(account_id, service, node) DO UPDATE SET seen_at = excluded.seen_at"),
                         {accountId, service, node, QDateTime::currentMSecsSinceEpoch()});
}

QFuture<DbStatus> CommunityStore::remove(qint64 accountId, const QString &service, const QString &node) const
{
    return m_db->run([accountId, service, node](QSqlDatabase &db) {
        DbStatus result;
        result.value = Sql::transaction(db, &result.error, [&] {
            QSqlQuery q(db);
            // Its posts' comment threads (with their FTS rows and sync
            // state), then its posts, then the community itself.
            const QString threads = QStringLiteral("SELECT comments_service, comments_node FROM post WHERE account_id = ?"
                                                   " AND service = ? AND node = ? AND comments_node <> ''");
            const QVariantList key{accountId, service, node};
            const QVariantList twice{accountId, accountId, service, node};
            const QList<std::pair<QString, QVariantList>> statements = {
                {QStringLiteral("DELETE FROM node_sync WHERE account_id = ? AND (service, node) IN (%1)").arg(threads), twice},
                {QStringLiteral("DELETE FROM post_fts WHERE rowid IN (SELECT id FROM post WHERE account_id = ? AND (service, node) IN (%1))")
                     .arg(threads),
                 twice},
                {QStringLiteral("DELETE FROM post WHERE account_id = ? AND (service, node) IN (%1)").arg(threads), twice},
                {QStringLiteral("DELETE FROM post_fts WHERE rowid IN (SELECT id FROM post WHERE account_id = ? AND service = ? AND node = ?)"),
                 key},
                {QStringLiteral("DELETE FROM post WHERE account_id = ? AND service = ? AND node = ?"), key},
                {QStringLiteral("DELETE FROM node_sync WHERE account_id = ? AND service = ? AND node = ?"), key},
                {QStringLiteral("DELETE FROM community WHERE account_id = ? AND service = ? AND node = ?"), key},
            };
            for (const auto &[sql, bindings] : statements) {
                if (!Sql::exec(q, sql, bindings, &result.error))
                    return false;
            }
            return true;
        });
        return result;
    });
}

QFuture<DbResult<QStringList>> CommunityStore::servers(qint64 accountId) const
{
    return m_db->run([accountId](QSqlDatabase &db) {
        DbResult<QStringList> result;
        QSqlQuery q(db);
        if (!Sql::exec(q, QStringLiteral("SELECT jid FROM community_server WHERE account_id = ? ORDER BY added_at"), {accountId},
                       &result.error))
            return result;
        while (q.next())
            result.value << q.value(0).toString();
        return result;
    });
}

QFuture<DbStatus> CommunityStore::addServer(qint64 accountId, const QString &jid) const
{
    return m_db->execute(QStringLiteral("INSERT OR IGNORE INTO community_server (account_id, jid, added_at) VALUES (?, ?, ?)"),
                         {accountId, jid, QDateTime::currentMSecsSinceEpoch()});
}

} // namespace Hearth
