#include "ExportWriter.h"

#include "AtomFeedWriter.h"
#include "ExportCipher.h"
#include "VCardTemp.h"
#include "Xep0227Writer.h"
#include "db/Sql.h"
#include "feed/PostStore.h"
#include "profile/AvatarCache.h"
#include "profile/ProfileCard.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QRegularExpression>
#include <QSet>
#include <QXmppGlobal.h>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryFile>
#include <QUrl>
#include <QUuid>

namespace Hearth {

namespace {
QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("Hearth::ExportWriter", text, disambiguation, n);
}

const QString kMicroblog = QStringLiteral("urn:xmpp:microblog:0");
constexpr int kSteps = 9;

QString extensionFor(const QString &mime, const QString &url)
{
    static const QHash<QString, QString> known = {
        {QStringLiteral("image/jpeg"), QStringLiteral("jpg")}, {QStringLiteral("image/png"), QStringLiteral("png")},
        {QStringLiteral("image/gif"), QStringLiteral("gif")},  {QStringLiteral("image/webp"), QStringLiteral("webp")},
        {QStringLiteral("video/mp4"), QStringLiteral("mp4")},  {QStringLiteral("audio/ogg"), QStringLiteral("ogg")},
        {QStringLiteral("application/pdf"), QStringLiteral("pdf")}};
    if (known.contains(mime))
        return known.value(mime);
    const QString suffix = QFileInfo(QUrl(url).path()).suffix().toLower();
    static const QRegularExpression plain(QStringLiteral("^[a-z0-9]{1,8}$"));
    return plain.match(suffix).hasMatch() ? suffix : QStringLiteral("bin");
}
} // namespace

ExportWriter::ExportWriter(ExportRequest request, ProgressFn progress, const std::atomic_bool *cancel)
    : m_request(std::move(request)), m_progressFn(std::move(progress)), m_cancel(cancel),
      m_connection(QStringLiteral("hearth-export-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{
}

ExportWriter::~ExportWriter()
{
    if (m_db.isValid()) {
        m_db.close();
        m_db = {};
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString ExportWriter::standardFileName(const QString &jid, const QDateTime &time)
{
    return QStringLiteral("%1_%2.xmpp-export.zip").arg(jid, time.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")));
}

QString ExportWriter::pathSegment(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name, "@"));
}

bool ExportWriter::failed(const QString &message)
{
    if (m_result.error.isEmpty())
        m_result.error = message;
    return false;
}

bool ExportWriter::progress(const QString &dataset, qint64 items)
{
    m_items += items;
    if (m_progressFn)
        m_progressFn({dataset, m_step, kSteps, m_items, m_zip ? m_zip->bytesWritten() : 0});
    if (cancelled()) {
        m_result.cancelled = true;
        return failed(tr("export cancelled"));
    }
    return true;
}

ExportWriter::Result ExportWriter::run()
{
    m_result = {};
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    m_db.setDatabaseName(m_request.databasePath);
    m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"));
    if (!m_db.open()) {
        failed(tr("cannot read the cache %1: %2").arg(m_request.databasePath, m_db.lastError().text()));
        return m_result;
    }
    // One read transaction: every part sees the same cache.
    QSqlQuery(m_db).exec(QStringLiteral("BEGIN"));
    m_manifest.account = m_request.jid;
    m_manifest.exportedAt = m_request.exportedAt.toUTC();
    m_manifest.generator = QStringLiteral("Hearth");
    m_manifest.generatorVersion = m_request.generatorVersion;
    m_manifest.qxmppVersion = QString(QXmppVersion());
    m_manifest.serverFeatures = m_request.server.serverFeatures;
    m_manifest.warnings = m_request.server.warnings;
    m_manifest.notExported = {QStringLiteral("credentials"), QStringLiteral("omemo"), QStringLiteral("others-subscriptions"),
                              QStringLiteral("offline-messages")};

    ZipWriter zip;
    const bool sealed = !m_request.passphrase.isEmpty();
    QTemporaryFile inner(QFileInfo(m_request.outputPath).absolutePath() + QStringLiteral("/.hearth-export-XXXXXX"));
    QString target = m_request.outputPath;
    if (sealed) {
        if (!inner.open()) {
            failed(tr("cannot write beside %1: %2").arg(m_request.outputPath, inner.errorString()));
            return m_result;
        }
        inner.close();
        target = inner.fileName();
    }
    if (!zip.open(target)) {
        failed(zip.error());
        return m_result;
    }
    m_zip = &zip;
    const bool written = writeInner(&zip);
    m_zip = nullptr;
    if (!written || !zip.commit()) {
        zip.abort();
        failed(zip.error());
        return m_result;
    }
    if (sealed && !seal(inner.fileName()))
        return m_result;
    m_result.ok = true;
    m_result.manifest = m_manifest;
    return m_result;
}

bool ExportWriter::beginFile(ZipWriter *zip, const QString &path, ZipWriter::Compression compression)
{
    m_currentFile = path;
    return zip->beginEntry(path, compression) || failed(zip->error());
}

bool ExportWriter::endFile(ZipWriter *zip, const QString &type)
{
    if (!zip->endEntry())
        return failed(zip->error());
    m_manifest.files << ExportManifest::File{m_currentFile, type, zip->lastSha256(), zip->lastSize()};
    return true;
}

bool ExportWriter::writeInner(ZipWriter *zip)
{
    const auto steps = {&ExportWriter::writeAccount,     &ExportWriter::writeOwnFeed,     &ExportWriter::writeComments,
                        &ExportWriter::writeRemote,      &ExportWriter::writeCommunities, &ExportWriter::writeRoomArchives,
                        &ExportWriter::writeProfiles,    &ExportWriter::writeMedia,       &ExportWriter::writeSettings};
    for (auto step : steps) {
        ++m_step;
        if (!(this->*step)(zip))
            return false;
    }
    // The manifest last: it holds every other file's hash.
    return zip->addEntry(QStringLiteral("manifest.json"), m_manifest.toJson()) || failed(zip->error());
}

bool ExportWriter::forEachPost(const QString &where, const QVariantList &bindings, const std::function<bool(const Post &)> &each)
{
    // Keyset pages of 200 (published, id): tags and links come per page.
    qint64 lastPublished = std::numeric_limits<qint64>::min();
    qint64 lastId = 0;
    for (;;) {
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        QVariantList args{m_request.accountId};
        args << bindings << lastPublished << lastPublished << lastId;
        QString error;
        if (!Sql::exec(q,
                       QStringLiteral("SELECT %1 FROM post p WHERE p.account_id = ? AND (%2) AND (p.published > ? OR (p.published = ? AND p.id > ?))"
                                      " ORDER BY p.published, p.id LIMIT 200")
                           .arg(PostStore::rowColumns(), where),
                       args, &error))
            return failed(tr("cannot read the cached posts: %1").arg(error));
        QList<Post> posts;
        QList<qint64> ids;
        while (q.next()) {
            posts << PostStore::readRow(q);
            ids << q.value(0).toLongLong();
            lastPublished = posts.constLast().published.toMSecsSinceEpoch();
            lastId = ids.constLast();
        }
        if (posts.isEmpty())
            return true;
        if (!PostStore::attachTagsAndLinks(m_db, posts, ids, &error))
            return failed(tr("cannot read the cached posts: %1").arg(error));
        for (const Post &post : std::as_const(posts)) {
            if (!each(post))
                return false;
        }
    }
}

bool ExportWriter::writeFeed(ZipWriter *zip, const QString &path, const QString &title, const QString &where,
                             const QVariantList &bindings, qint64 *count)
{
    // The feed's time is its newest entry's, so the same data gives the same file.
    QDateTime updated = QDateTime::fromSecsSinceEpoch(0, Qt::UTC);
    {
        QSqlQuery q(m_db);
        QString error;
        QVariantList args{m_request.accountId};
        args << bindings;
        if (!Sql::exec(q, QStringLiteral("SELECT MAX(p.updated) FROM post p WHERE p.account_id = ? AND (%1)").arg(where), args, &error))
            return failed(tr("cannot read the cached posts: %1").arg(error));
        if (q.next() && !q.value(0).isNull())
            updated = QDateTime::fromMSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC);
    }
    if (!beginFile(zip, path))
        return false;
    ZipEntryDevice device(zip);
    AtomFeedWriter feed(&device);
    feed.begin(QStringLiteral("urn:x-hearth:export:feed:") + path, title, updated);
    qint64 n = 0;
    const bool ok = forEachPost(where, bindings, [&](const Post &post) {
        feed.writeEntry(post);
        ++n;
        return n % 256 != 0 || progress(path, 256);
    });
    if (!ok || !feed.end())
        return failed(tr("cannot write %1").arg(path));
    if (!progress(path, n % 256))
        return false;
    *count = n;
    return endFile(zip, QStringLiteral("application/atom+xml"));
}

bool ExportWriter::writeAccount(ZipWriter *zip)
{
    if (!progress(QStringLiteral("account.xml")) || !beginFile(zip, QStringLiteral("account.xml")))
        return false;
    ZipEntryDevice device(zip);
    Xep0227Writer xml(&device);
    xml.begin(m_request.jid);
    QString error;

    // Roster with groups.
    QList<RosterEntry> roster;
    {
        QSqlQuery q(m_db);
        if (!Sql::exec(q, QStringLiteral("SELECT c.jid, c.name, c.subscription, c.ask, (SELECT group_concat(g.name, char(10)) FROM"
                                         " (SELECT name FROM contact_group g WHERE g.account_id = c.account_id AND g.jid = c.jid ORDER BY name) g)"
                                         " FROM contact c WHERE c.account_id = ? ORDER BY c.jid"),
                       {m_request.accountId}, &error))
            return failed(tr("cannot read the cached contacts: %1").arg(error));
        while (q.next()) {
            RosterEntry e;
            e.jid = q.value(0).toString();
            e.name = q.value(1).toString();
            e.subscription = RosterEntry::Subscription(std::clamp(q.value(2).toInt(), 0, 3));
            e.askPending = q.value(3).toBool();
            const QString groups = q.value(4).toString();
            if (!groups.isEmpty())
                e.groups = groups.split(u'\n');
            roster << e;
        }
    }
    xml.writeRoster(roster);
    xml.writeSubscriptionRequests(m_request.server.incomingRequests);
    m_manifest.datasets << ExportManifest::Dataset{QStringLiteral("roster"), QStringLiteral("account.xml"), {}, {}, {}, {}, {},
                                                   roster.size() + m_request.server.incomingRequests.size(), true,
                                                   {tr("%n pending subscription request(s)", nullptr, int(m_request.server.incomingRequests.size()))}, {}};
    xml.writePrivate(m_request.server.privateXml);
    if (!m_request.server.privateXml.isEmpty())
        m_manifest.datasets << ExportManifest::Dataset{QStringLiteral("private"), QStringLiteral("account.xml"), {}, {}, {}, {}, {},
                                                       m_request.server.privateXml.size(), m_request.server.online, {}, {}};

    // vCard: the server's (derived from the vCard4), else the cached profile.
    QString vcard = m_request.server.vcardTempXml;
    if (vcard.isEmpty()) {
        QSqlQuery q(m_db);
        if (Sql::exec(q, QStringLiteral("SELECT vcard_xml, avatar_hash FROM contact_profile WHERE account_id = ? AND jid = ?"),
                      {m_request.accountId, m_request.jid}, &error)
            && q.next()) {
            const ProfileCard card = ProfileCard::fromVCard4Xml(q.value(0).toString());
            QByteArray photo;
            const QString hash = q.value(1).toString();
            if (AvatarCache::isValidHash(hash)) {
                QFile f(AvatarCache(m_request.avatarDirectory).path(hash));
                if (f.open(QIODevice::ReadOnly))
                    photo = f.read(AvatarCache::kMaxBytes);
            }
            vcard = VCardTemp::fromProfile(card, photo, photo.isEmpty() ? QString() : AvatarCache::sniffMimeType(photo));
        }
    }
    xml.writeVCard(vcard);
    m_manifest.datasets << ExportManifest::Dataset{QStringLiteral("vcard"), QStringLiteral("account.xml"), {}, {}, {}, {}, {},
                                                   vcard.isEmpty() ? 0 : 1, true, {}, {}};

    // PEP nodes: as the server has them; the own blog also with what only the cache still has.
    QList<PepNodeSnapshot> nodes = m_request.server.pepNodes;
    for (PepNodeSnapshot &node : nodes) {
        if (node.node != kMicroblog)
            continue;
        QSet<QString> onServer;
        for (const auto &item : std::as_const(node.items))
            onServer.insert(item.id);
        QList<PepNodeSnapshot::Item> merged;
        QHash<QString, QString> serverPayload;
        for (const auto &item : std::as_const(node.items))
            serverPayload.insert(item.id, item.payloadXml);
        qint64 cacheOnly = 0;
        // Oldest first by the posts' dates, whichever side holds them.
        const bool ok = forEachPost(QStringLiteral("p.service = ? AND p.node = ? AND p.pending = 0"), {m_request.jid, kMicroblog},
                                    [&](const Post &post) {
                                        if (onServer.remove(post.itemId)) {
                                            merged << PepNodeSnapshot::Item{post.itemId, serverPayload.value(post.itemId)};
                                        } else {
                                            merged << PepNodeSnapshot::Item{post.itemId, post.rawXml};
                                            ++cacheOnly;
                                        }
                                        return true;
                                    });
        if (!ok)
            return false;
        for (const auto &item : std::as_const(node.items)) {
            if (onServer.contains(item.id)) // on the server, not cached (not a post Hearth reads)
                merged << item;
        }
        node.items = merged;
        if (cacheOnly > 0)
            node.notes << tr("%n post(s) the server no longer has, from the local cache", nullptr, int(cacheOnly));
    }
    xml.writePep(nodes);
    for (const PepNodeSnapshot &node : std::as_const(nodes)) {
        QJsonObject config;
        QDomDocument form;
        if (form.setContent(node.configXml, true)) {
            for (QDomElement field = form.documentElement().firstChildElement(QStringLiteral("field")); !field.isNull();
                 field = field.nextSiblingElement(QStringLiteral("field"))) {
                const QString var = field.attribute(QStringLiteral("var"));
                if (var.startsWith(QLatin1String("pubsub#access_model")) || var == QLatin1String("pubsub#max_items")
                    || var == QLatin1String("pubsub#publish_model") || var == QLatin1String("pubsub#title"))
                    config.insert(var, field.firstChildElement(QStringLiteral("value")).text());
            }
        }
        m_manifest.datasets << ExportManifest::Dataset{QStringLiteral("pep-node"), QStringLiteral("account.xml"),
                                                       node.node == kMicroblog ? QStringLiteral("feeds/microblog.atom") : QString(),
                                                       m_request.jid, node.node, {}, {}, node.items.size(), node.complete, node.notes, config};
    }
    if (m_request.server.blocklistKnown) {
        xml.writeBlocklist(m_request.server.blocked);
        m_manifest.datasets << ExportManifest::Dataset{QStringLiteral("blocklist"), QStringLiteral("account.xml"), {}, {}, {}, {}, {},
                                                       m_request.server.blocked.size(), true, {}, {}};
    }

    // The one-to-one archive, oldest first, from the cache (which the export
    // has just filled from the server's archive).
    xml.beginArchive();
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (!Sql::exec(q, QStringLiteral("SELECT m.id, m.chat_jid, m.outgoing, m.stamp, m.message_id, m.origin_id, m.stanza_id, m.body, m.edited,"
                                     " m.retracted, m.reply_to, m.attachment_url, m.attachment_type FROM message m"
                                     " WHERE m.account_id = ? AND NOT EXISTS (SELECT 1 FROM chat c WHERE c.account_id = m.account_id"
                                     " AND c.jid = m.chat_jid AND c.kind = 1) AND m.state >= 0 ORDER BY m.stamp, m.id"),
                   {m_request.accountId}, &error))
        return failed(tr("cannot read the cached messages: %1").arg(error));
    qint64 messages = 0, localOnly = 0;
    while (q.next()) {
        Xep0227Writer::ArchivedMessage m;
        const QString chat = q.value(1).toString();
        const bool outgoing = q.value(2).toBool();
        m.stamp = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
        m.id = q.value(4).toString();
        m.originId = q.value(5).toString();
        m.archiveId = q.value(6).toString();
        if (m.archiveId.isEmpty()) {
            m.archiveId = QStringLiteral("hearth-local-%1").arg(q.value(0).toLongLong());
            ++localOnly;
        }
        m.body = q.value(7).toString();
        m.edited = q.value(8).toBool();
        m.retracted = q.value(9).toBool();
        m.replyTo = q.value(10).toString();
        if (!q.value(12).toString().isEmpty() || !q.value(11).toString().isEmpty())
            m.oobUrl = q.value(11).toString();
        m.from = outgoing ? m_request.jid : chat;
        m.to = outgoing ? chat : m_request.jid;
        m.type = QStringLiteral("chat");
        xml.writeArchived(m);
        if (++messages % 512 == 0 && !progress(QStringLiteral("account.xml"), 512))
            return false;
    }
    xml.endArchive();
    if (!progress(QStringLiteral("account.xml"), messages % 512))
        return false;
    QStringList notes;
    if (!m_request.server.archiveNote.isEmpty())
        notes << m_request.server.archiveNote;
    if (localOnly > 0)
        notes << tr("%n message(s) only in the local cache (no archive id)", nullptr, int(localOnly));
    m_manifest.datasets << ExportManifest::Dataset{QStringLiteral("mam"), QStringLiteral("account.xml"), {}, {}, {}, {}, QStringLiteral("*"),
                                                   messages, m_request.server.archiveComplete, notes, {}};
    if (!xml.end())
        return failed(tr("cannot write account.xml"));
    return endFile(zip, QStringLiteral("application/xml; profile=urn:xmpp:pie:0"));
}

bool ExportWriter::writeOwnFeed(ZipWriter *zip)
{
    qint64 n = 0;
    if (!progress(QStringLiteral("feeds/microblog.atom"))
        || !writeFeed(zip, QStringLiteral("feeds/microblog.atom"), tr("Posts of %1").arg(m_request.jid),
                      QStringLiteral("p.service = ? AND p.node = ? AND p.pending = 0"), {m_request.jid, kMicroblog}, &n))
        return false;
    return true;
}

bool ExportWriter::writeComments(ZipWriter *zip)
{
    // One thread per own post, wherever its comments node lives.
    QList<Post> own;
    if (!forEachPost(QStringLiteral("p.service = ? AND p.node = ? AND p.comments_node <> ''"), {m_request.jid, kMicroblog},
                     [&own](const Post &post) {
                         own << post; // ids and nodes only matter here
                         return true;
                     }))
        return false;
    for (const Post &post : std::as_const(own)) {
        const QString path = QStringLiteral("feeds/comments/%1.atom").arg(pathSegment(post.itemId));
        qint64 n = 0;
        if (!progress(path)
            || !writeFeed(zip, path, tr("Comments on %1").arg(post.title), QStringLiteral("p.service = ? AND p.node = ?"),
                          {post.comments.service, post.comments.node}, &n))
            return false;
        m_manifest.datasets << ExportManifest::Dataset{QStringLiteral("comments"), path, {}, post.comments.service, post.comments.node,
                                                       post.itemId, {}, n, m_request.server.online,
                                                       m_request.server.online ? QStringList{} : QStringList{tr("from the local cache (exported offline)")},
                                                       {}};
    }
    return true;
}

bool ExportWriter::writeRemote(ZipWriter *zip)
{
    // The user's own items on nodes that are neither the own blog nor its
    // threads: comments and likes on others' posts, posts in communities.
    QList<std::pair<QString, QString>> nodes;
    {
        QSqlQuery q(m_db);
        QString error;
        if (!Sql::exec(q, QStringLiteral("SELECT DISTINCT p.service, p.node FROM post p WHERE p.account_id = ? AND p.author_jid = ?"
                                         " AND p.service <> ? AND NOT EXISTS (SELECT 1 FROM post o WHERE o.account_id = p.account_id"
                                         " AND o.service = ? AND o.node = ? AND o.comments_service = p.service AND o.comments_node = p.node)"
                                         " ORDER BY p.service, p.node"),
                       {m_request.accountId, m_request.jid, m_request.jid, m_request.jid, kMicroblog}, &error))
            return failed(tr("cannot read the cached posts: %1").arg(error));
        while (q.next())
            nodes << std::pair{q.value(0).toString(), q.value(1).toString()};
    }
    for (const auto &[service, node] : std::as_const(nodes)) {
        const QString path = QStringLiteral("feeds/remote/%1/%2.atom").arg(pathSegment(service), pathSegment(node));
        qint64 n = 0;
        if (!progress(path)
            || !writeFeed(zip, path, tr("Items of %1 on %2").arg(m_request.jid, node),
                          QStringLiteral("p.service = ? AND p.node = ? AND p.author_jid = ?"), {service, node, m_request.jid}, &n))
            return false;
        m_manifest.datasets << ExportManifest::Dataset{QStringLiteral("remote"), path, {}, service, node, {}, {}, n, true,
                                                       {tr("the user's own items only; they stay on that service")}, {}};
    }
    return true;
}

bool ExportWriter::writeCommunities(ZipWriter *zip)
{
    // Owned and followed communities (pubsub services, not people's blogs),
    // with the comment threads of their posts.
    struct Node
    {
        QString service, node, title, kind;
        QJsonObject config;
    };
    QList<Node> nodes;
    {
        QSqlQuery q(m_db);
        QString error;
        if (!Sql::exec(q, QStringLiteral("SELECT f.service, f.node, COALESCE(NULLIF(c.title, ''), f.title), COALESCE(c.affiliation, ''),"
                                         " COALESCE(c.description, ''), COALESCE(c.type, ''), COALESCE(c.access_model, ''), COALESCE(c.publish_model, '')"
                                         " FROM follow f LEFT JOIN community c ON c.account_id = f.account_id AND c.service = f.service AND c.node = f.node"
                                         " WHERE f.account_id = ? AND instr(f.service, '@') = 0"
                                         " UNION SELECT c.service, c.node, c.title, c.affiliation, c.description, c.type, c.access_model, c.publish_model"
                                         " FROM community c WHERE c.account_id = ? AND c.affiliation = 'owner' ORDER BY 1, 2"),
                       {m_request.accountId, m_request.accountId}, &error))
            return failed(tr("cannot read the cached communities: %1").arg(error));
        QSet<QString> seen;
        while (q.next()) {
            const QString key = q.value(0).toString() + u'\n' + q.value(1).toString();
            if (seen.contains(key))
                continue;
            seen.insert(key);
            const bool owned = q.value(3).toString() == QLatin1String("owner");
            nodes << Node{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          owned ? QStringLiteral("owned") : QStringLiteral("followed"),
                          QJsonObject{{QStringLiteral("pubsub#title"), q.value(2).toString()},
                                      {QStringLiteral("pubsub#description"), q.value(4).toString()},
                                      {QStringLiteral("pubsub#type"), q.value(5).toString()},
                                      {QStringLiteral("pubsub#access_model"), q.value(6).toString()},
                                      {QStringLiteral("pubsub#publish_model"), q.value(7).toString()}}};
        }
    }
    for (const Node &n : std::as_const(nodes)) {
        const QString base = QStringLiteral("feeds/%1/%2/%3").arg(n.kind, pathSegment(n.service), pathSegment(n.node));
        qint64 count = 0;
        if (!progress(base) || !writeFeed(zip, base + QStringLiteral(".atom"), n.title.isEmpty() ? n.node : n.title,
                                          QStringLiteral("p.service = ? AND p.node = ?"), {n.service, n.node}, &count))
            return false;
        m_manifest.datasets << ExportManifest::Dataset{n.kind, base + QStringLiteral(".atom"), {}, n.service, n.node, {}, {}, count,
                                                       m_request.server.online, {tr("as far as the cache has read the community")}, n.config};
        // Their posts' threads.
        QList<Post> posts;
        if (!forEachPost(QStringLiteral("p.service = ? AND p.node = ? AND p.comments_node <> ''"), {n.service, n.node}, [&posts](const Post &p) {
                posts << p;
                return true;
            }))
            return false;
        for (const Post &p : std::as_const(posts)) {
            const QString path = QStringLiteral("%1/comments/%2.atom").arg(base, pathSegment(p.itemId));
            qint64 c = 0;
            if (!writeFeed(zip, path, tr("Comments on %1").arg(p.title), QStringLiteral("p.service = ? AND p.node = ?"),
                           {p.comments.service, p.comments.node}, &c))
                return false;
            if (c == 0)
                continue;
            m_manifest.datasets << ExportManifest::Dataset{QStringLiteral("comments"), path, {}, p.comments.service, p.comments.node,
                                                           p.itemId, {}, c, true, {}, {}};
        }
    }
    return true;
}

bool ExportWriter::writeRoomArchives(ZipWriter *zip)
{
    QList<std::pair<QString, QString>> rooms; // jid, nick
    {
        QSqlQuery q(m_db);
        QString error;
        if (!Sql::exec(q, QStringLiteral("SELECT jid, nick FROM chat WHERE account_id = ? AND kind = 1 ORDER BY jid"), {m_request.accountId}, &error))
            return failed(tr("cannot read the cached rooms: %1").arg(error));
        while (q.next())
            rooms << std::pair{q.value(0).toString(), q.value(1).toString()};
    }
    for (const auto &[room, nick] : std::as_const(rooms)) {
        const QString path = QStringLiteral("archives/muc/%1.xml").arg(pathSegment(room));
        if (!progress(path) || !beginFile(zip, path))
            return false;
        ZipEntryDevice device(zip);
        QXmlStreamWriter w(&device);
        w.writeStartDocument();
        w.writeStartElement(QStringLiteral("archive"));
        w.writeDefaultNamespace(QStringLiteral("urn:xmpp:pie:0#mam"));
        w.writeAttribute(QStringLiteral("with"), room);
        if (!nick.isEmpty())
            w.writeAttribute(QStringLiteral("nick"), nick); // the user's own nickname there
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        QString error;
        if (!Sql::exec(q, QStringLiteral("SELECT id, sender, outgoing, stamp, message_id, origin_id, stanza_id, body, edited, retracted, reply_to,"
                                         " attachment_url FROM message WHERE account_id = ? AND chat_jid = ? AND state >= 0 ORDER BY stamp, id"),
                       {m_request.accountId, room}, &error))
            return failed(tr("cannot read the cached messages of %1: %2").arg(room, error));
        qint64 n = 0;
        while (q.next()) {
            Xep0227Writer::ArchivedMessage m;
            const QString sender = q.value(2).toBool() ? nick : q.value(1).toString();
            m.from = room + u'/' + sender;
            m.to = m_request.jid;
            m.type = QStringLiteral("groupchat");
            m.stamp = QDateTime::fromMSecsSinceEpoch(q.value(3).toLongLong(), Qt::UTC);
            m.id = q.value(4).toString();
            m.originId = q.value(5).toString();
            m.archiveId = q.value(6).toString().isEmpty() ? QStringLiteral("hearth-local-%1").arg(q.value(0).toLongLong()) : q.value(6).toString();
            m.body = q.value(7).toString();
            m.edited = q.value(8).toBool();
            m.retracted = q.value(9).toBool();
            m.replyTo = q.value(10).toString();
            m.oobUrl = q.value(11).toString();
            Xep0227Writer::writeResult(&w, m);
            if (++n % 512 == 0 && !progress(path, 512))
                return false;
        }
        w.writeEndElement();
        w.writeEndDocument();
        if (w.hasError())
            return failed(tr("cannot write %1").arg(path));
        if (!endFile(zip, QStringLiteral("application/xml")))
            return false;
        const bool complete = !m_request.server.incompleteRooms.contains(room);
        m_manifest.datasets << ExportManifest::Dataset{QStringLiteral("muc-archive"), path, {}, {}, {}, {}, room, n, complete,
                                                       complete ? QStringList{} : m_request.server.roomArchiveNotes, {}};
    }
    return true;
}

bool ExportWriter::writeProfiles(ZipWriter *zip)
{
    // Contacts' profiles as last seen (vCard4), for the offline browser.
    const QString path = QStringLiteral("profiles/contacts.xml");
    if (!progress(path) || !beginFile(zip, path))
        return false;
    ZipEntryDevice device(zip);
    QXmlStreamWriter w(&device);
    w.writeStartDocument();
    w.writeStartElement(QStringLiteral("profiles"));
    w.writeDefaultNamespace(QLatin1String(ExportManifest::kNamespace));
    QSqlQuery q(m_db);
    QString error;
    if (!Sql::exec(q, QStringLiteral("SELECT jid, display_name, vcard_xml, COALESCE(avatar_hash, '') FROM contact_profile WHERE account_id = ? ORDER BY jid"),
                   {m_request.accountId}, &error))
        return failed(tr("cannot read the cached profiles: %1").arg(error));
    qint64 n = 0;
    while (q.next()) {
        w.writeStartElement(QStringLiteral("profile"));
        w.writeAttribute(QStringLiteral("jid"), q.value(0).toString());
        if (!q.value(1).toString().isEmpty())
            w.writeAttribute(QStringLiteral("name"), q.value(1).toString());
        if (AvatarCache::isValidHash(q.value(3).toString()))
            w.writeAttribute(QStringLiteral("avatar-sha1"), q.value(3).toString());
        if (!q.value(2).toString().isEmpty())
            Xep0227Writer::writeFragment(&w, q.value(2).toString(), QLatin1String(ExportManifest::kNamespace));
        w.writeEndElement();
        ++n;
    }
    w.writeEndElement();
    w.writeEndDocument();
    if (!endFile(zip, QStringLiteral("application/xml")))
        return false;
    m_manifest.datasets << ExportManifest::Dataset{QStringLiteral("profiles"), path, {}, {}, {}, {}, {}, n, true, {}, {}};
    return true;
}

bool ExportWriter::writeMedia(ZipWriter *zip)
{
    // Avatars known to the cache (own and contacts'), then fetched files;
    // each stored once, by content.
    QList<SpooledMedia> media = m_request.media;
    {
        QSqlQuery q(m_db);
        QString error;
        if (!Sql::exec(q, QStringLiteral("SELECT jid, avatar_hash FROM contact_profile WHERE account_id = ? AND avatar_hash IS NOT NULL ORDER BY jid"),
                       {m_request.accountId}, &error))
            return failed(tr("cannot read the cached profiles: %1").arg(error));
        const AvatarCache avatars(m_request.avatarDirectory);
        while (q.next()) {
            const QString hash = q.value(1).toString();
            if (!AvatarCache::isValidHash(hash) || !avatars.contains(hash))
                continue;
            QFile f(avatars.path(hash));
            if (!f.open(QIODevice::ReadOnly))
                continue;
            const QByteArray bytes = f.read(AvatarCache::kMaxBytes);
            media << SpooledMedia{QStringLiteral("xmpp:%1?;node=urn%3Axmpp%3Aavatar%3Adata;item=%2").arg(q.value(0).toString(), hash),
                                  f.fileName(), QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()),
                                  AvatarCache::sniffMimeType(bytes), bytes.size(), {QStringLiteral("xmpp:") + q.value(0).toString()}};
        }
    }
    std::sort(media.begin(), media.end(), [](const SpooledMedia &a, const SpooledMedia &b) { return std::tie(a.sha256, a.url) < std::tie(b.sha256, b.url); });
    QSet<QString> written;
    qint64 files = 0;
    for (const SpooledMedia &m : std::as_const(media)) {
        const QString path = QStringLiteral("media/%1.%2").arg(m.sha256, extensionFor(m.mime, m.url));
        m_manifest.media << ExportManifest::Media{m.url, path, m.mime, m.sha256, m.size, m.referencedBy};
        if (written.contains(path))
            continue;
        written.insert(path);
        QFile in(m.path);
        if (!in.open(QIODevice::ReadOnly)) {
            m_manifest.warnings << tr("media %1: cannot read the fetched copy").arg(m.url);
            m_manifest.media.removeLast();
            continue;
        }
        // Pictures and videos are compressed already.
        const bool packed = m.mime.startsWith(QLatin1String("image/")) || m.mime.startsWith(QLatin1String("video/"));
        if (!beginFile(zip, path, packed ? ZipWriter::Compression::Store : ZipWriter::Compression::Deflate))
            return false;
        char buffer[64 * 1024];
        for (qint64 n; (n = in.read(buffer, sizeof buffer)) > 0;) {
            if (!zip->write(buffer, n))
                return failed(zip->error());
        }
        if (!endFile(zip, m.mime.isEmpty() ? QStringLiteral("application/octet-stream") : m.mime))
            return false;
        if (m_manifest.files.constLast().sha256 != m.sha256)
            return failed(tr("media %1 changed while it was exported").arg(m.url));
        if (++files % 16 == 0 && !progress(QStringLiteral("media"), 16))
            return false;
    }
    return true;
}

bool ExportWriter::writeSettings(ZipWriter *zip)
{
    QJsonObject settings;
    if (!m_request.settingsPath.isEmpty() && QFileInfo::exists(m_request.settingsPath)) {
        QSettings ini(m_request.settingsPath, QSettings::IniFormat);
        const QStringList keys = ini.allKeys();
        for (const QString &key : keys)
            settings.insert(key, QJsonValue::fromVariant(ini.value(key)));
    }
    if (!progress(QStringLiteral("client/settings.json")))
        return false;
    if (!zip->addEntry(QStringLiteral("client/settings.json"), QJsonDocument(settings).toJson(QJsonDocument::Indented)))
        return failed(zip->error());
    m_manifest.files << ExportManifest::File{QStringLiteral("client/settings.json"), QStringLiteral("application/json"), zip->lastSha256(), zip->lastSize()};
    m_manifest.datasets << ExportManifest::Dataset{QStringLiteral("settings"), QStringLiteral("client/settings.json"), {}, {}, {}, {}, {},
                                                   settings.size(), true, {}, {}};
    return true;
}

bool ExportWriter::seal(const QString &innerPath)
{
    QFile inner(innerPath);
    if (!inner.open(QIODevice::ReadOnly))
        return failed(tr("cannot read the export to encrypt: %1").arg(inner.errorString()));
    const ExportCipher::Params params = ExportCipher::freshParams();
    QJsonObject stub{{QStringLiteral("format"), QLatin1String(ExportManifest::kFormat)},
                     {QStringLiteral("account"), m_request.jid},
                     {QStringLiteral("exported_at"), m_manifest.exportedAt.toString(Qt::ISODate)},
                     {QStringLiteral("encrypted"), QJsonObject{{QStringLiteral("payload"), QStringLiteral("export.zip.sealed")},
                                                               {QStringLiteral("cipher"), params.toJson()}}}};
    const QByteArray readme = tr("This is an encrypted export of the XMPP account %1 made by Hearth on %2.\n"
                                 "export.zip.sealed is the export (an .xmpp-export.zip), sealed with a passphrase:\n"
                                 "libsodium's Argon2id derives the key and secretstream (XChaCha20-Poly1305) seals it;\n"
                                 "the parameters are in manifest.json. Open it with Hearth (hearth --open FILE) and the passphrase.\n")
                                  .arg(m_request.jid, m_manifest.exportedAt.toString(Qt::ISODate))
                                  .toUtf8();
    ZipWriter outer;
    if (!outer.open(m_request.outputPath) || !outer.addEntry(QStringLiteral("manifest.json"), QJsonDocument(stub).toJson(QJsonDocument::Indented))
        || !outer.addEntry(QStringLiteral("README.txt"), readme)
        || !outer.beginEntry(QStringLiteral("export.zip.sealed"), ZipWriter::Compression::Store, ExportCipher::sealedSize(inner.size(), params)))
        return failed(outer.error());
    QString error;
    m_step = kSteps;
    qint64 sealedBytes = 0;
    const bool ok = ExportCipher::seal(
        [&inner](char *data, qint64 size) { return inner.read(data, size); },
        [&](const char *data, qint64 size) {
            sealedBytes += size;
            if (sealedBytes % (8 << 20) < size && !progress(tr("encrypting")))
                return false;
            return outer.write(data, size);
        },
        m_request.passphrase, params, &error);
    if (!ok || !outer.commit()) {
        outer.abort();
        return failed(error.isEmpty() ? outer.error() : error);
    }
    return true;
}

} // namespace Hearth
