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

// One kind's pages newest first (keyset), or the overview's best matches
// first (FTS5's rank: found without sorting every match by time).
enum class Order { Newest, Best };

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

DbResult<SearchPage> posts(QSqlDatabase &db, qint64 accountId, const SearchFilter &filter, bool comments, Order order,
                           const SearchCursor &after, int limit)
{
    DbResult<SearchPage> result;
    const QString match = Sql::ftsPrefixQuery(filter.text);
    if (match.isEmpty())
        return result;
    const Bounds b = bounds(QStringLiteral("p.published"), QStringLiteral("p.id"), QStringLiteral("p.author_jid"), filter,
                            order == Order::Newest ? after : SearchCursor{});
    const QString fts = comments ? QStringLiteral("comment_fts") : QStringLiteral("post_fts");
    // What each hit shows: the title and body with the matches marked (the
    // body around them; the title only when there is no body), and for a
    // comment the post whose comments node it is in.
    const QString shown = QStringLiteral(
        "p.id, p.published, p.service, p.node, p.item_id, highlight(%1, 0, %2), p.author_jid, p.author_name,"
        " CASE WHEN p.text <> '' THEN snippet(%1, 1, %2, '…', %3) ELSE snippet(%1, -1, %2, '…', %3) END,"
        " (SELECT o.id FROM post o WHERE o.account_id = p.account_id AND o.comments_service = p.service"
        "  AND o.comments_node = p.node AND o.comments_node <> '' AND o.is_comment = 0 ORDER BY o.id LIMIT 1) AS parent,"
        " %1.rank AS score")
                              .arg(fts, kMarkers)
                              .arg(kSnippetTokens);
    // CROSS JOIN: the index's matches drive (the planner would otherwise walk
    // the post table by an index and ask FTS5 about each row). Best first:
    // FTS5 hands the matches over by rank, so only the page's rows are
    // shown. Newest first: the page is chosen on ids alone (sorting every
    // match), then shown.
    const QString matches = QStringLiteral("FROM %1 CROSS JOIN post p ON p.id = %1.rowid"
                                           " WHERE %1 MATCH ? AND p.account_id = ? AND p.is_like = 0 AND p.is_comment = ?%2")
                                .arg(fts, b.sql);
    const QString hits = order == Order::Best
        ? QStringLiteral("SELECT %1 %2 ORDER BY %3.rank LIMIT ?").arg(shown, matches, fts)
        : QStringLiteral("SELECT %1 FROM %3 CROSS JOIN post p ON p.id = %3.rowid WHERE %3 MATCH ? AND %3.rowid IN"
                         " (SELECT p.id %2 ORDER BY p.published DESC, p.id DESC LIMIT ?)")
              .arg(shown, matches, fts);
    const QString sql = QStringLiteral("SELECT h.*, q.service, q.node, q.item_id, q.title FROM (%1) h"
                                       " LEFT JOIN post q ON q.id = h.parent ORDER BY %2")
                            .arg(hits, order == Order::Best ? QStringLiteral("h.score") : QStringLiteral("h.published DESC, h.id DESC"));
    QVariantList bindings;
    if (order == Order::Newest)
        bindings << match;
    bindings << match << accountId << (comments ? 1 : 0);
    bindings += b.bindings;
    bindings << limit + 1;
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
            if (!q.value(11).isNull()) {
                hit.target = XmppUri{q.value(11).toString(), q.value(12).toString(), q.value(13).toString()}.toString();
                hit.title = TextMatch::stripMarkers(q.value(14).toString());
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

DbResult<SearchPage> messages(QSqlDatabase &db, qint64 accountId, const SearchFilter &filter, Order order, const SearchCursor &after,
                              int limit)
{
    DbResult<SearchPage> result;
    const QString match = Sql::ftsPrefixQuery(filter.text);
    if (match.isEmpty())
        return result;
    const Bounds b = bounds(QStringLiteral("m.stamp"), QStringLiteral("m.id"), QStringLiteral("m.sender"), filter,
                            order == Order::Newest ? after : SearchCursor{});
    // As for posts: best first straight from FTS5's ranking; newest first
    // by choosing the page on ids, then showing it.
    const QString shown = QStringLiteral(
        "m.id, m.stamp, m.chat_jid, m.sender, m.outgoing, m.message_id, snippet(message_fts, 0, %1, '…', %2),"
        " COALESCE(c.kind, 0), COALESCE(NULLIF(c.name, ''), NULLIF(bm.name, ''), '')"
        " FROM message_fts CROSS JOIN message m ON m.id = message_fts.rowid"
        " LEFT JOIN chat c ON c.account_id = m.account_id AND c.jid = m.chat_jid"
        " LEFT JOIN bookmark bm ON bm.account_id = m.account_id AND bm.jid = m.chat_jid")
                              .arg(kMarkers)
                              .arg(kSnippetTokens);
    const QString matching = QStringLiteral("message_fts MATCH ? AND m.account_id = ? AND m.retracted = 0%1").arg(b.sql);
    const QString sql = order == Order::Best
        ? QStringLiteral("SELECT %1 WHERE %2 ORDER BY message_fts.rank LIMIT ?").arg(shown, matching)
        : QStringLiteral("SELECT %1 WHERE message_fts MATCH ? AND message_fts.rowid IN (SELECT m.id FROM message_fts CROSS JOIN"
                         " message m ON m.id = message_fts.rowid WHERE %2 ORDER BY m.stamp DESC, m.id DESC LIMIT ?)"
                         " ORDER BY m.stamp DESC, m.id DESC")
              .arg(shown, matching);
    QVariantList bindings;
    if (order == Order::Newest)
        bindings << match;
    bindings << match << accountId;
    bindings += b.bindings;
    bindings << limit + 1;
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

DbResult<SearchPage> searchKind(QSqlDatabase &db, qint64 accountId, const SearchFilter &filter, SearchKind kind, Order order,
                                const SearchCursor &after, int limit)
{
    switch (kind) {
    case SearchKind::Contact:
        return contacts(db, accountId, filter, after, limit);
    case SearchKind::Community:
        return communities(db, accountId, filter, after, limit);
    case SearchKind::Post:
        return posts(db, accountId, filter, false, order, after, limit);
    case SearchKind::Comment:
        return posts(db, accountId, filter, true, order, after, limit);
    case SearchKind::Message:
        return messages(db, accountId, filter, order, after, limit);
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
        return searchKind(db, accountId, filter, kind, Order::Newest, after, std::max(1, limit));
    });
}

QFuture<DbResult<QMap<SearchKind, SearchPage>>> CacheSearch::overview(qint64 accountId, const SearchFilter &filter, int perKind) const
{
    return m_db->run([accountId, filter, perKind](QSqlDatabase &db) {
        DbResult<QMap<SearchKind, SearchPage>> result;
        for (const SearchKind kind :
             {SearchKind::Contact, SearchKind::Community, SearchKind::Post, SearchKind::Comment, SearchKind::Message}) {
            DbResult<SearchPage> page = searchKind(db, accountId, filter, kind, Order::Best, {}, std::max(1, perKind));
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
