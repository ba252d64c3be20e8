#pragma once

#include "../db/DbResult.h"
#include "Community.h"

#include <QFuture>
#include <QList>
#include <optional>

class QSqlDatabase;

namespace Hearth {

class Database;

// A community the user has to do with (follows, owns, asked to join), for
// the Communities view: what is known of it and how much of it is unread.
struct CommunityEntry
{
    Community community;
    bool followed = false;
    bool shared = false; // listed publicly (XEP-0330 public list)
    int unread = 0;      // posts newer than the last visit
    int posts = 0;       // posts cached

    friend bool operator==(const CommunityEntry &, const CommunityEntry &) = default;
};

// The cached descriptions of communities and the servers the user typed.
class CommunityStore
{
public:
    explicit CommunityStore(Database *db);

    // Stores what the service said of a community (its standing and last
    // visit are kept).
    [[nodiscard]] QFuture<DbStatus> save(qint64 accountId, const Community &community) const;
    [[nodiscard]] QFuture<DbStatus> saveAll(qint64 accountId, const QList<Community> &communities) const;
    // The user's affiliation and subscription ('' leaves one as it is).
    [[nodiscard]] QFuture<DbStatus> setStanding(qint64 accountId, const QString &service, const QString &node,
                                                const QString &affiliation, const QString &subscription) const;
    [[nodiscard]] QFuture<DbResult<std::optional<Community>>> get(qint64 accountId, const QString &service, const QString &node) const;
    // Followed communities (blogs left out) and those the user owns or asked
    // to join, by title.
    [[nodiscard]] QFuture<DbResult<QList<CommunityEntry>>> mine(qint64 accountId) const;
    // The community was read up to now: its unread count starts over.
    [[nodiscard]] QFuture<DbStatus> markSeen(qint64 accountId, const QString &service, const QString &node) const;
    // A deleted community: its description and its posts.
    [[nodiscard]] QFuture<DbStatus> remove(qint64 accountId, const QString &service, const QString &node) const;

    [[nodiscard]] QFuture<DbResult<QStringList>> servers(qint64 accountId) const;
    [[nodiscard]] QFuture<DbStatus> addServer(qint64 accountId, const QString &jid) const;

    // On the writer thread (benchmarks, seeds).
    [[nodiscard]] static bool saveNow(QSqlDatabase &db, qint64 accountId, const Community &community, QString *error);

private:
    Database *m_db;
};

} // namespace Hearth
