#include "CacheSearch.h"

#include "../db/Database.h"
#include "../db/Sql.h"
#include "../feed/XmppUri.h"
#include "TextMatch.h"

#include <QSqlQuery>
#include <algorithm>

namespace Hearth {

namespace {
constexpr int kSnippetTokens = 24;
constexpr qsizetype kExcerptChars = 160;
const QString kMicroblogPrefix = QStringLiteral("urn:xmpp:microblog:0");

// FTS5's snippet()/highlight() markers: the hit's match markers.
const QString kMarkers = QStringLiteral("char(57344), char(57345)");

qint64 msecs(const QDateTime &t, qint64 fallback)
{
    return t.isValid() ? t.toMSecsSinceEpoch() : fallback;
}

bool hasPersonOrTime(const SearchFilter &f)
{
    return !f.person.isEmpty() || f.since.isValid() || f.until.isValid();
}

// The name the app shows for a JID: the roster's, else the profile's.
class Names
{
public:
    Names(QSqlDatabase &db, qint64 accountId)
        : m_query(db), m_accountId(accountId)
    {
    }
    bool prepare(QString *error)
    {
        return Sql::prepare(m_query,
                            QStringLiteral("SELECT COALESCE(NULLIF(c.name, ''), NULLIF(p.display_name, ''), NULLIF(p.pep_nickname, ''), '')"
                                           " FROM (SELECT ? AS account_id, ? AS jid) k"
                                           " LEFT JOIN contact c ON c.account_id = k.account_id AND c.jid = k.jid"
                                           " LEFT JOIN contact_profile p ON p.account_id = k.account_id AND p.jid = k.jid"),
                            error);
    }
    QString of(const QString &jid, QString *error)
    {
        if (jid.isEmpty() || !Sql::run(m_query, {m_accountId, jid}, error) || !m_query.next())
            return {};
        const QString name = m_query.value(0).toString();
        m_query.finish();
        return name;
    }

private:
    QSqlQuery m_query;
    qint64 m_accountId;
};

// The part of text around its first match, at most kExcerptChars long.
QString excerpt(const QString &text, const QList<std::pair<qsizetype, qsizetype>> &ranges)
{
    if (text.size() <= kExcerptChars)
        return TextMatch::mark(text, ranges);
    const qsizetype first = ranges.isEmpty() ? 0 : ranges.first().first;
    const qsizetype start = std::max<qsizetype>(0, first - kExcerptChars / 4);
    const qsizetype end = std::min(text.size(), start + kExcerptChars);
    QList<std::pair<qsizetype, qsizetype>> inside;
    for (const auto &[at, length] : ranges) {
        if (at >= start && at + length <= end)
            inside.append({at - start, length});
    }
    return (start > 0 ? QStringLiteral("…") : QString()) + TextMatch::mark(text.mid(start, end - start), inside)
        + (end < text.size() ? QStringLiteral("…") : QString());
}

bool afterCursor(const QString &key, const SearchCursor &after)
{
    return after.key.isEmpty() || key > after.key;
}

DbResult<SearchPage> contacts(QSqlDatabase &db, qint64 accountId, const SearchFilter &filter, const SearchCursor &after, int limit)
{
    DbResult<SearchPage> result;
    const QStringList terms = TextMatch::terms(filter.text);
    if (terms.isEmpty() || hasPersonOrTime(filter))
        return result;
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT c.jid, COALESCE(NULLIF(c.name, ''), NULLIF(p.display_name, ''), NULLIF(p.pep_nickname, ''), '')"
                                  " FROM contact c LEFT JOIN contact_profile p ON p.account_id = c.account_id AND p.jid = c.jid"
                                  " WHERE c.account_id = ?"),
                   {accountId}, &result.error))
        return result;
    QList<SearchHit> hits;
    while (q.next()) {
        const QString jid = q.value(0).toString();
        const QString name = q.value(1).toString();
        // Every term in the name or the address.
        const QString both = name + u'\n' + jid;
        const auto ranges = TextMatch::find(terms, both);
        if (ranges.isEmpty())
            continue;
        QList<std::pair<qsizetype, qsizetype>> inName, inJid;
        for (const auto &[at, length] : ranges) {
            if (at < name.size())
                inName.append({at, std::min(length, name.size() - at)});
            else if (at > name.size())
                inJid.append({at - name.size() - 1, length});
        }
        SearchHit hit;
        hit.kind = SearchKind::Contact;
        hit.title = TextMatch::mark(name.isEmpty() ? jid : name, name.isEmpty() ? inJid : inName);
        hit.snippet = TextMatch::mark(jid, inJid);
        hit.person = jid;
        hit.personName = name;
        hit.target = jid;
        hit.cursor.key = (name.isEmpty() ? jid : name).toCaseFolded() + u'\n' + jid;
        if (afterCursor(hit.cursor.key, after))
            hits << hit;
    }
    std::sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) { return a.cursor.key < b.cursor.key; });
    result.value.more = hits.size() > limit;
    result.value.hits = hits.mid(0, limit);
    return result;
}

DbResult<SearchPage> communities(QSqlDatabase &db, qint64 accountId, const SearchFilter &filter, const SearchCursor &after, int limit)
{
    DbResult<SearchPage> result;
    const QStringList terms = TextMatch::terms(filter.text);
    if (terms.isEmpty() || hasPersonOrTime(filter))
        return result;
    // Those described by their service, and those followed but not yet described.
    QSqlQuery q(db);
    if (!Sql::exec(q,
                   QStringLiteral("SELECT service, node, title, description FROM community WHERE account_id = ?"
                                  " UNION ALL"
                                  " SELECT f.service, f.node, f.title, '' FROM follow f WHERE f.account_id = ?"
                                  " AND f.node NOT LIKE 'urn:xmpp:microblog:0%'"
                                  " AND NOT EXISTS (SELECT 1 FROM community c WHERE c.account_id = f.account_id"
                                  " AND c.service = f.service AND c.node = f.node)"),
                   {accountId, accountId}, &result.error))
        return result;
    QList<SearchHit> hits;
    while (q.next()) {
        const QString service = q.value(0).toString();
        const QString node = q.value(1).toString();
        const QString title = q.value(2).toString().isEmpty() ? node : q.value(2).toString();
        const QString description = q.value(3).toString();
        const auto all = TextMatch::find(terms, title + u'\n' + description + u'\n' + node);
        if (all.isEmpty())
            continue;
        SearchHit hit;
        hit.kind = SearchKind::Community;
        // Each field marked where any term starts a word in it.
        auto marks = [&terms](const QString &text) {
            QList<std::pair<qsizetype, qsizetype>> ranges;
            for (const QString &term : terms)
                ranges += TextMatch::find({term}, text);
            std::sort(ranges.begin(), ranges.end());
            return ranges;
        };
        hit.title = TextMatch::mark(title, marks(title));
        hit.snippet = excerpt(description, marks(description));
        hit.person = service;
        hit.target = XmppUri{service, node, {}}.toString();
        hit.cursor.key = title.toCaseFolded() + u'\n' + service + u'\n' + node;
        if (afterCursor(hit.cursor.key, after))
            hits << hit;
    }
    std::sort(hits.begin(), hits.end(), [](const SearchHit &a, const SearchHit &b) { return a.cursor.key < b.cursor.key; });
    result.value.more = hits.size() > limit;
    result.value.hits = hits.mid(0, limit);
    return result;
}

// The bounds every FTS kind shares: keyset below the cursor, person, time.
struct Bounds
{
    QString sql;
    QVariantList bindings;
};

Bounds bounds(const QString &stampColumn, const QString &idColumn, const QString &personColumn, const SearchFilter &filter,
              const SearchCursor &after)
{
    Bounds b;
    const qint64 below = after.isStart() ? std::numeric_limits<qint64>::max() : after.stamp;
    b.sql = QStringLiteral(" AND (%1 < ? OR (%1 = ? AND %2 < ?))").arg(stampColumn, idColumn);
    b.bindings << below << below << (after.isStart() ? std::numeric_limits<qint64>::max() : after.id);
    if (!filter.person.isEmpty()) {
        b.sql += QStringLiteral(" AND %1 = ?").arg(personColumn);
        b.bindings << filter.person;
    }
    if (filter.since.isValid()) {
        b.sql += QStringLiteral(" AND %1 >= ?").arg(stampColumn);
        b.bindings << msecs(filter.since, 0);
    }
    if (filter.until.isValid()) {
        b.sql += QStringLiteral(" AND %1 < ?").arg(stampColumn);
        b.bindings << msecs(filter.until, 0);
    }
    return b;
}

DbResult<SearchPage> posts(QSqlDatabase &db, qint64 accountId, const SearchFilter &filter, bool comments, const SearchCursor &after,
                           int limit)
{
    DbResult<SearchPage> result;
    const QString match = Sql::ftsPrefixQuery(filter.text);
    if (match.isEmpty())
        return result;
    const Bounds b = bounds(QStringLiteral("p.published"), QStringLiteral("p.id"), QStringLiteral("p.author_jid"), filter, after);
    // The page first (ids only: snippets and parents for the rows shown,
    // not for every match), then what each hit shows. A comment opens its
    // post: the one whose comments node it is in.
    const QString sql = QStringLiteral(
        // CROSS JOIN: the index's matches drive; else SQLite may walk every
        // comment by an index and ask FTS5 about each (seconds, not ms).
        "WITH page AS (SELECT p.id FROM post_fts CROSS JOIN post p INDEXED BY post_search ON p.id = post_fts.rowid"
        " WHERE post_fts MATCH ? AND p.account_id = ? AND p.is_like = 0 AND p.is_comment = ?%3"
        " ORDER BY p.published DESC, p.id DESC LIMIT ?)"
        " SELECT h.*, q.service, q.node, q.item_id, q.title FROM ("
        " SELECT p.id, p.published, p.service, p.node, p.item_id, highlight(post_fts, 0, %1), p.author_jid, p.author_name,"
        // The body around the matches; the title only when there is no body.
        " CASE WHEN p.text <> '' THEN snippet(post_fts, 1, %1, '…', %2) ELSE snippet(post_fts, -1, %1, '…', %2) END,"
        " (SELECT o.id FROM post o WHERE o.account_id = p.account_id AND o.comments_service = p.service"
        "  AND o.comments_node = p.node AND o.comments_node <> '' AND o.is_comment = 0 ORDER BY o.id LIMIT 1) AS parent"
        " FROM post_fts JOIN post p ON p.id = post_fts.rowid"
        " WHERE post_fts MATCH ? AND post_fts.rowid IN (SELECT id FROM page)) h"
        " LEFT JOIN post q ON q.id = h.parent ORDER BY h.published DESC, h.id DESC")
                            .arg(kMarkers)
                            .arg(kSnippetTokens)
                            .arg(b.sql);
    QVariantList bindings{match, accountId, comments ? 1 : 0};
    bindings += b.bindings;
    bindings << limit + 1 << match;
    QSqlQuery q(db);
    Names names(db, accountId);
    if (!names.prepare(&result.error) || !Sql::exec(q, sql, bindings, &result.error))
        return result;
    while (q.next()) {
        if (result.value.hits.size() == limit) {
            result.value.more = true;
            break;
        }
        SearchHit hit;
        hit.kind = comments ? SearchKind::Comment : SearchKind::Post;
        hit.cursor.id = q.value(0).toLongLong();
        hit.cursor.stamp = q.value(1).toLongLong();
        hit.stamp = QDateTime::fromMSecsSinceEpoch(hit.cursor.stamp, Qt::UTC);
        const XmppUri own{q.value(2).toString(), q.value(3).toString(), q.value(4).toString()};
        hit.person = q.value(6).toString();
        hit.personName = q.value(7).toString();
        hit.snippet = q.value(8).toString();
        if (comments) {
            hit.itemId = own.item;
            // The post may not be cached (a thread read on its own): nothing to open.
            if (!q.value(10).isNull()) {
                hit.target = XmppUri{q.value(10).toString(), q.value(11).toString(), q.value(12).toString()}.toString();
                hit.title = TextMatch::stripMarkers(q.value(13).toString());
            }
        } else {
            hit.title = q.value(5).toString();
            hit.target = own.toString();
        }
        result.value.hits << hit;
    }
    q.finish();
    for (SearchHit &hit : result.value.hits) {
        if (const QString name = names.of(hit.person, &result.error); !name.isEmpty())
            hit.personName = name;
    }
    return result;
}

DbResult<SearchPage> messages(QSqlDatabase &db, qint64 accountId, const SearchFilter &filter, const SearchCursor &after, int limit)
{
    DbResult<SearchPage> result;
    const QString match = Sql::ftsPrefixQuery(filter.text);
    if (match.isEmpty())
        return result;
    const Bounds b = bounds(QStringLiteral("m.stamp"), QStringLiteral("m.id"), QStringLiteral("m.sender"), filter, after);
    // The page first, then snippets for the rows shown (as for posts).
    const QString sql = QStringLiteral(
        "WITH page AS (SELECT m.id FROM message_fts CROSS JOIN message m INDEXED BY message_search ON m.id = message_fts.rowid"
        " WHERE message_fts MATCH ? AND m.account_id = ? AND m.retracted = 0%3"
        " ORDER BY m.stamp DESC, m.id DESC LIMIT ?)"
        " SELECT m.id, m.stamp, m.chat_jid, m.sender, m.outgoing, m.message_id, snippet(message_fts, 0, %1, '…', %2),"
        " COALESCE(c.kind, 0), COALESCE(NULLIF(c.name, ''), NULLIF(bm.name, ''), '')"
        " FROM message_fts JOIN message m ON m.id = message_fts.rowid"
        " LEFT JOIN chat c ON c.account_id = m.account_id AND c.jid = m.chat_jid"
        " LEFT JOIN bookmark bm ON bm.account_id = m.account_id AND bm.jid = m.chat_jid"
        " WHERE message_fts MATCH ? AND message_fts.rowid IN (SELECT id FROM page)"
        " ORDER BY m.stamp DESC, m.id DESC")
                            .arg(kMarkers)
                            .arg(kSnippetTokens)
                            .arg(b.sql);
    QVariantList bindings{match, accountId};
    bindings += b.bindings;
    bindings << limit + 1 << match;
    QSqlQuery q(db);
    Names names(db, accountId);
    if (!names.prepare(&result.error) || !Sql::exec(q, sql, bindings, &result.error))
        return result;
    QList<bool> inRoom;
    while (q.next()) {
        if (result.value.hits.size() == limit) {
            result.value.more = true;
            break;
        }
        SearchHit hit;
        hit.kind = SearchKind::Message;
        hit.cursor.id = q.value(0).toLongLong();
        hit.cursor.stamp = q.value(1).toLongLong();
        hit.stamp = QDateTime::fromMSecsSinceEpoch(hit.cursor.stamp, Qt::UTC);
        hit.target = q.value(2).toString();
        hit.person = q.value(3).toString();
        hit.itemId = q.value(5).toString();
        hit.snippet = q.value(6).toString();
        hit.title = q.value(8).toString();
        inRoom << (q.value(7).toInt() == 1); // ChatSummary::Kind::Group
        result.value.hits << hit;
    }
    q.finish();
    for (qsizetype i = 0; i < result.value.hits.size(); ++i) {
        SearchHit &hit = result.value.hits[i];
        if (hit.title.isEmpty())
            hit.title = names.of(hit.target, &result.error);
        // A room's sender is a nickname; a one-to-one sender a JID with a name.
        hit.personName = inRoom.at(i) ? hit.person : names.of(hit.person, &result.error);
    }
    return result;
}

DbResult<SearchPage> searchKind(QSqlDatabase &db, qint64 accountId, const SearchFilter &filter, SearchKind kind,
                                const SearchCursor &after, int limit)
{
    switch (kind) {
    case SearchKind::Contact:
        return contacts(db, accountId, filter, after, limit);
    case SearchKind::Community:
        return communities(db, accountId, filter, after, limit);
    case SearchKind::Post:
        return posts(db, accountId, filter, false, after, limit);
    case SearchKind::Comment:
        return posts(db, accountId, filter, true, after, limit);
    case SearchKind::Message:
        return messages(db, accountId, filter, after, limit);
    }
    return {};
}
} // namespace

CacheSearch::CacheSearch(Database *db)
    : m_db(db)
{
}

QFuture<DbResult<SearchPage>> CacheSearch::search(qint64 accountId, const SearchFilter &filter, SearchKind kind,
                                                  const SearchCursor &after, int limit) const
{
    return m_db->run([accountId, filter, kind, after, limit](QSqlDatabase &db) {
        return searchKind(db, accountId, filter, kind, after, std::max(1, limit));
    });
}

QFuture<DbResult<QMap<SearchKind, SearchPage>>> CacheSearch::overview(qint64 accountId, const SearchFilter &filter, int perKind) const
{
    return m_db->run([accountId, filter, perKind](QSqlDatabase &db) {
        DbResult<QMap<SearchKind, SearchPage>> result;
        for (const SearchKind kind :
             {SearchKind::Contact, SearchKind::Community, SearchKind::Post, SearchKind::Comment, SearchKind::Message}) {
            DbResult<SearchPage> page = searchKind(db, accountId, filter, kind, {}, std::max(1, perKind));
            if (!page.error.isEmpty()) {
                result.error = page.error;
                return result;
            }
            result.value.insert(kind, page.value);
        }
        return result;
    });
}

} // namespace Hearth
