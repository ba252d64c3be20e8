#include "AccountExporter.h"

#include "AccountSession.h"
#include "Logging.h"
#include "MediaFetcher.h"
#include "Promises.h"
#include "VCardTemp.h"
#include "XmlWriting.h"
#include "db/Database.h"
#include "db/Sql.h"
#include "feed/PubSubRequests.h"
#include "profile/AvatarCache.h"
#include "profile/ProfileCard.h"

#include <QDir>
#include <QDomElement>
#include <QFileInfo>
#include <QSqlQuery>
#include <QThread>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppTask.h>

namespace Hearth {

namespace {
const QString kPubSub = QStringLiteral("http://jabber.org/protocol/pubsub");
const QString kOwner = QStringLiteral("http://jabber.org/protocol/pubsub#owner");
const QString kMicroblog = QStringLiteral("urn:xmpp:microblog:0");
// jabber:iq:private data clients keep (XEP-0048, XEP-0145, XEP-0209, Gajim).
const QStringList kPrivateNamespaces = {QStringLiteral("storage:bookmarks"), QStringLiteral("storage:rosternotes"),
                                        QStringLiteral("storage:metacontacts"), QStringLiteral("storage:imprefs")};
constexpr int kMaxArchivePages = 100000; // 10 million messages: a stop for a server that never says complete

QString errorOf(const QXmppClient::IqResult &result)
{
    if (const auto *error = std::get_if<QXmppError>(&result))
        return error->description.isEmpty() ? QStringLiteral("error") : error->description;
    return {};
}

// The node_config form as XEP-0227 shows it: submitted values only, no
// labels, options or validation.
QString submittedForm(QDomElement x)
{
    x.setAttribute(QStringLiteral("type"), QStringLiteral("submit"));
    x.removeChild(x.firstChildElement(QStringLiteral("title")));
    x.removeChild(x.firstChildElement(QStringLiteral("instructions")));
    for (QDomElement field = x.firstChildElement(QStringLiteral("field")); !field.isNull(); field = field.nextSiblingElement(QStringLiteral("field"))) {
        field.removeAttribute(QStringLiteral("label"));
        for (QDomElement part = field.firstChildElement(); !part.isNull();) {
            const QDomElement next = part.nextSiblingElement();
            if (part.localName() != QLatin1String("value"))
                field.removeChild(part);
            part = next;
        }
    }
    return Xml::outerXml(x);
}

ChildIq simpleIq(QXmppIq::Type type, const QString &to, const QString &element, const QString &ns,
                 std::function<void(QXmlStreamWriter *)> inner = {})
{
    return ChildIq(type, to, [=](QXmlStreamWriter *w) {
        w->writeStartElement(element);
        w->writeDefaultNamespace(ns);
        if (inner)
            inner(w);
        w->writeEndElement();
    });
}
} // namespace

AccountExporter::AccountExporter(AccountSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    qRegisterMetaType<ExportManifest>();
    // A connection lost while the server is being read ends the export: the
    // requests under way may never be answered (a stream kept for resumption
    // holds them), and what was read would be partial without saying so.
    connect(m_session->account(), &Account::stateChanged, this, [this](Connection::State state) {
        if (!m_running || m_thread || !m_server.online || state == Connection::State::Online)
            return;
        m_cancel = true;
        if (m_media)
            m_media->cancel();
        finish(false, tr("the connection was lost during the export: %1")
                          .arg(m_session->account()->error().message().isEmpty() ? tr("the server went away")
                                                                                  : m_session->account()->error().message()));
    });
}

AccountExporter::~AccountExporter()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

QString AccountExporter::targetPath(const QString &output, const QString &jid, const QDateTime &time)
{
    const QFileInfo info(output);
    if (output.isEmpty() || info.isDir() || output.endsWith(u'/'))
        return QDir(output.isEmpty() ? QDir::currentPath() : output).filePath(ExportWriter::standardFileName(jid, time));
    return info.absoluteFilePath();
}

bool AccountExporter::online() const
{
    return m_session->account()->state() == Connection::State::Online;
}

void AccountExporter::start(const Options &options)
{
    if (m_running)
        return;
    m_options = options;
    m_server = {};
    m_fetched.clear();
    m_cancel = false;
    m_running = true;
    m_step = 0;
    m_archived = 0;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_startedAt = m_startedAt.addMSecs(-m_startedAt.time().msec());
    m_target = targetPath(options.output, m_session->jid(), m_startedAt);
    const QFileInfo target(m_target);
    if (!target.absoluteDir().exists()) {
        QMetaObject::invokeMethod(this, [this] { finish(false, tr("the folder %1 does not exist").arg(QFileInfo(m_target).absolutePath())); },
                                  Qt::QueuedConnection);
        return;
    }
    m_spool = std::make_unique<QTemporaryDir>(target.absolutePath() + QStringLiteral("/.hearth-export-media-XXXXXX"));
    if (!m_spool->isValid()) // beside the target: same disk, and the user chose a place with room
        m_spool = std::make_unique<QTemporaryDir>();
    m_server.online = online();
    m_server.incomingRequests.clear();
    // Requests still waiting: one already answered (the contact has "from") is not.
    for (const auto &request : m_session->contacts()->requests()) {
        const auto subscription = m_session->contacts()->entry(request.jid).subscription;
        if (subscription != RosterEntry::Subscription::From && subscription != RosterEntry::Subscription::Both)
            m_server.incomingRequests << request.jid;
    }
    std::sort(m_server.incomingRequests.begin(), m_server.incomingRequests.end());
    if (!m_server.online)
        m_server.warnings << tr("exported offline: from the local cache only, without what the server holds beyond it");
    qCInfo(lcExport).noquote() << "exporting" << m_session->jid() << "to" << m_target << (m_server.online ? "(online)" : "(offline)");
    QMetaObject::invokeMethod(this, &AccountExporter::step, Qt::QueuedConnection);
}

void AccountExporter::cancel()
{
    if (!m_running)
        return;
    m_cancel = true;
    if (m_media)
        m_media->cancel();
    if (!m_thread) // the writer checks the flag itself
        QMetaObject::invokeMethod(this, [this] { finish(false, tr("export cancelled")); }, Qt::QueuedConnection);
}

void AccountExporter::report(const QString &stage, double fraction)
{
    Q_EMIT progressChanged(stage, fraction, m_archived, 0);
}

void AccountExporter::finish(bool ok, const QString &pathOrError, const ExportManifest &manifest)
{
    if (!m_running)
        return;
    m_running = false;
    m_spool.reset();
    qCInfo(lcExport).noquote() << (ok ? "exported to" : "export failed:") << pathOrError;
    Q_EMIT finished(ok, pathOrError, manifest);
}

void AccountExporter::step()
{
    if (!m_running || m_cancel)
        return;
    // The steps that ask the server run only online; the cache is exported either way.
    const int current = m_step++;
    if (!online() && current < 9) {
        if (m_server.online) {
            finish(false, tr("the connection was lost during the export: %1").arg(m_session->account()->error().message()));
            return;
        }
        m_step = 9;
        step();
        return;
    }
    switch (current) {
    case 0:
        return fetchServerInfo();
    case 1:
        return fetchPepNodes();
    case 2:
        return fetchPrivate(kPrivateNamespaces, 0);
    case 3:
        return fetchVCard();
    case 4:
        return fetchBlocklist();
    case 5:
        report(tr("Reading the message archive"), 0.2);
        return backfillArchive({}, {}, 0);
    case 6: {
        m_session->database()->run([id = m_session->accountId()](QSqlDatabase &db) {
            DbResult<QStringList> out;
            QSqlQuery q(db);
            if (Sql::exec(q, QStringLiteral("SELECT jid FROM chat WHERE account_id = ? AND kind = 1 ORDER BY jid"), {id}, &out.error))
                while (q.next())
                    out.value << q.value(0).toString();
            return out;
        }).then(this, [this](DbResult<QStringList> rooms) { backfillRooms(rooms.value); });
        return;
    }
    case 7:
        return refreshFeeds();
    case 8:
        return fetchMedia();
    default:
        return write();
    }
}

void AccountExporter::fetchServerInfo()
{
    report(tr("Asking the server what it offers"), 0.02);
    auto *disco = m_session->account()->client()->findExtension<QXmppDiscoveryManager>();
    const QString domain = m_session->jid().section(u'@', 1);
    disco->requestDiscoInfo(domain).then(this, [this](QXmppDiscoveryManager::InfoResult result) {
        if (const auto *info = std::get_if<QXmppDiscoveryIq>(&result)) {
            m_server.serverFeatures = info->features();
            std::sort(m_server.serverFeatures.begin(), m_server.serverFeatures.end());
        }
        step();
    });
}

void AccountExporter::fetchPepNodes()
{
    report(tr("Reading your own nodes"), 0.05);
    auto *disco = m_session->account()->client()->findExtension<QXmppDiscoveryManager>();
    disco->requestDiscoItems(m_session->jid()).then(this, [this](QXmppDiscoveryManager::ItemsResult result) {
        QStringList nodes;
        if (const auto *items = std::get_if<QList<QXmppDiscoveryIq::Item>>(&result)) {
            for (const auto &item : *items) {
                if (!item.node().isEmpty() && !nodes.contains(item.node()))
                    nodes << item.node();
            }
        } else {
            m_server.warnings << tr("the server did not list the account's nodes: %1").arg(std::get<QXmppError>(result).description);
        }
        std::sort(nodes.begin(), nodes.end());
        fetchPepNode(nodes, 0);
    });
}

void AccountExporter::fetchPepNode(const QStringList &nodes, int index)
{
    if (m_cancel)
        return;
    if (index >= nodes.size()) {
        step();
        return;
    }
    const QString node = nodes.at(index);
    QXmppClient *client = m_session->account()->client();
    auto configure = simpleIq(QXmppIq::Get, m_session->jid(), QStringLiteral("pubsub"), kOwner, [node](QXmlStreamWriter *w) {
        w->writeEmptyElement(QStringLiteral("configure"));
        w->writeAttribute(QStringLiteral("node"), node);
    });
    client->sendIq(std::move(configure)).then(this, [this, nodes, index, node, client](QXmppClient::IqResult configured) {
        PepNodeSnapshot snapshot;
        snapshot.node = node;
        if (const auto *iq = std::get_if<QDomElement>(&configured)) {
            const QDomElement x = iq->firstChildElement(QStringLiteral("pubsub")).firstChildElement(QStringLiteral("configure")).firstChildElement(QStringLiteral("x"));
            if (!x.isNull())
                snapshot.configXml = submittedForm(x);
        }
        if (snapshot.configXml.isEmpty()) {
            // XEP-0227 needs a <configure> for every node (PROTOCOL-NOTES §3.4 L4): without the owner's, the importer's defaults apply.
            snapshot.notes << tr("configuration not readable (%1): the importing server's defaults will apply").arg(errorOf(configured));
            snapshot.configXml = QStringLiteral("<x xmlns='jabber:x:data' type='submit'><field var='FORM_TYPE' type='hidden'>"
                                                "<value>http://jabber.org/protocol/pubsub#node_config</value></field></x>");
        }
        // Every item: a plain items request (no max_items) asks for all the node keeps.
        auto items = PubSubRequests::items(m_session->jid(), node, 0, false);
        client->sendIq(std::move(items)).then(this, [this, nodes, index, snapshot](QXmppClient::IqResult result) mutable {
            if (const auto *iq = std::get_if<QDomElement>(&result)) {
                // Kept in the server's order: Prosody answers oldest first
                // (mod_pubsub reverses its newest-first store for a full
                // request), as the file wants; the blog is ordered by its
                // posts' dates when written.
                for (const auto &item : PubSubRequests::parseItems(*iq))
                    snapshot.items << PepNodeSnapshot::Item{item.id, item.payload.isNull() ? QString() : Xml::outerXml(item.payload)};
                report(tr("Reading your own nodes"), 0.05 + 0.1 * (index + 1) / nodes.size());
            } else {
                snapshot.complete = false;
                snapshot.notes << tr("items not readable: %1").arg(errorOf(result));
                m_server.warnings << tr("node %1: items not readable: %2").arg(snapshot.node, errorOf(result));
            }
            m_server.pepNodes << snapshot;
            fetchPepNode(nodes, index + 1);
        });
    });
}

void AccountExporter::fetchPrivate(const QStringList &namespaces, int index)
{
    if (m_cancel)
        return;
    if (index >= namespaces.size()) {
        step();
        return;
    }
    const QString ns = namespaces.at(index);
    auto iq = simpleIq(QXmppIq::Get, {}, QStringLiteral("query"), QStringLiteral("jabber:iq:private"), [ns](QXmlStreamWriter *w) {
        w->writeStartElement(QStringLiteral("storage"));
        w->writeDefaultNamespace(ns);
        w->writeEndElement();
    });
    m_session->account()->client()->sendIq(std::move(iq)).then(this, [this, namespaces, index](QXmppClient::IqResult result) {
        if (const auto *iq = std::get_if<QDomElement>(&result)) {
            const QDomElement payload = iq->firstChildElement(QStringLiteral("query")).firstChildElement();
            if (!payload.isNull() && (payload.hasChildNodes() || payload.attributes().count() > 1))
                m_server.privateXml << Xml::outerXml(payload);
        }
        fetchPrivate(namespaces, index + 1);
    });
}

void AccountExporter::fetchVCard()
{
    report(tr("Reading your profile"), 0.17);
    // vcard-temp derived from the vCard4 node and the avatar (both read above).
    QString vcard4, avatarData, avatarType;
    for (const PepNodeSnapshot &node : std::as_const(m_server.pepNodes)) {
        if (node.node == QLatin1String("urn:xmpp:vcard4") && !node.items.isEmpty())
            vcard4 = node.items.constLast().payloadXml;
        if (node.node == QLatin1String("urn:xmpp:avatar:data") && !node.items.isEmpty())
            avatarData = node.items.constLast().payloadXml;
    }
    if (!vcard4.isEmpty()) {
        QByteArray photo;
        QDomDocument data;
        if (!avatarData.isEmpty() && data.setContent(avatarData, true))
            photo = QByteArray::fromBase64(data.documentElement().text().toLatin1());
        m_server.vcardTempXml = VCardTemp::fromProfile(ProfileCard::fromVCard4Xml(vcard4), photo,
                                                       photo.isEmpty() ? QString() : AvatarCache::sniffMimeType(photo));
        step();
        return;
    }
    auto iq = simpleIq(QXmppIq::Get, m_session->jid(), QStringLiteral("vCard"), QStringLiteral("vcard-temp"));
    m_session->account()->client()->sendIq(std::move(iq)).then(this, [this](QXmppClient::IqResult result) {
        if (const auto *iq = std::get_if<QDomElement>(&result)) {
            const QDomElement vcard = iq->firstChildElement(QStringLiteral("vCard"));
            if (!vcard.isNull() && vcard.hasChildNodes())
                m_server.vcardTempXml = Xml::outerXml(vcard);
        }
        step();
    });
}

void AccountExporter::fetchBlocklist()
{
    auto iq = simpleIq(QXmppIq::Get, {}, QStringLiteral("blocklist"), QStringLiteral("urn:xmpp:blocking"));
    m_session->account()->client()->sendIq(std::move(iq)).then(this, [this](QXmppClient::IqResult result) {
        if (const auto *iq = std::get_if<QDomElement>(&result)) {
            m_server.blocklistKnown = true;
            const QDomElement list = iq->firstChildElement(QStringLiteral("blocklist"));
            for (QDomElement item = list.firstChildElement(QStringLiteral("item")); !item.isNull(); item = item.nextSiblingElement(QStringLiteral("item")))
                m_server.blocked << item.attribute(QStringLiteral("jid"));
            std::sort(m_server.blocked.begin(), m_server.blocked.end());
        }
        step();
    });
}

void AccountExporter::backfillArchive(const QString &chat, const QString &before, int pages)
{
    if (m_cancel)
        return;
    m_session->chat()->fetchArchivePage(chat, before).then(this, [this, chat, before, pages](const ChatService::ArchivePage &page) {
        if (m_cancel)
            return;
        m_archived += page.stored;
        report(chat.isEmpty() ? tr("Reading the message archive") : tr("Reading the archive of %1").arg(chat), -1);
        const bool own = chat.isEmpty();
        if (!page.error.isEmpty() || (!page.complete && (page.first.isEmpty() || page.first == before || pages >= kMaxArchivePages))) {
            const QString note = tr("the server's archive could not be read completely (%1): older messages come from the local cache")
                                     .arg(page.error.isEmpty() ? tr("it kept answering with the same page") : page.error);
            if (own) {
                m_server.archiveNote = note;
            } else {
                m_server.incompleteRooms << chat;
                m_server.roomArchiveNotes = {note};
            }
            if (own)
                step();
            else
                backfillRooms({});
            return;
        }
        if (page.complete) {
            if (own) {
                m_server.archiveComplete = true;
                m_server.archiveNote = tr("the whole archive the server keeps (servers may expire old messages; older ones come from the local cache)");
                step();
            } else {
                backfillRooms({});
            }
            return;
        }
        backfillArchive(chat, page.first, pages + 1);
    });
}

void AccountExporter::backfillRooms(QStringList rooms)
{
    // Called with the list once, then with {} after each room.
    if (!rooms.isEmpty())
        m_rooms = rooms;
    if (m_rooms.isEmpty()) {
        step();
        return;
    }
    const QString room = m_rooms.takeFirst();
    report(tr("Reading the archive of %1").arg(room), 0.3);
    backfillArchive(room, {}, 0);
}

void AccountExporter::refreshFeeds()
{
    report(tr("Reading your posts and communities"), 0.4);
    // The own blog and the communities the export holds, read completely.
    m_session->database()->run([id = m_session->accountId(), jid = m_session->jid()](QSqlDatabase &db) {
        DbResult<QList<std::pair<QString, QString>>> out;
        out.value << std::pair{jid, kMicroblog};
        QSqlQuery q(db);
        if (Sql::exec(q, QStringLiteral("SELECT service, node FROM follow WHERE account_id = ? AND instr(service, '@') = 0"
                                        " UNION SELECT service, node FROM community WHERE account_id = ? AND affiliation = 'owner' ORDER BY 1, 2"),
                      {id, id}, &out.error))
            while (q.next())
                out.value << std::pair{q.value(0).toString(), q.value(1).toString()};
        return out;
    }).then(this, [this](DbResult<QList<std::pair<QString, QString>>> nodes) { refreshNodes(nodes.value); });
}

void AccountExporter::refreshNodes(QList<std::pair<QString, QString>> nodes)
{
    if (m_cancel)
        return;
    if (nodes.isEmpty()) {
        refreshThreads();
        return;
    }
    const auto [service, node] = nodes.takeFirst();
    m_session->feed()->catchUp(service, node, NodeCatchUp::Mode::Full).then(this, [this, nodes, service, node](NodeCatchUp::Result result) {
        if (!result.error.isEmpty())
            m_server.warnings << tr("%1 on %2: not read completely: %3").arg(node, service, result.error);
        refreshNodes(nodes);
    });
}

void AccountExporter::refreshThreads()
{
    // The comment threads of the own posts, read again.
    m_session->feed()->posts()
        .page(m_session->accountId(), {}, 100000, FeedQuery::blog(m_session->jid()))
        .then(this, [this](DbResult<FeedPage> page) {
            m_threads.clear();
            for (const Post &post : std::as_const(page.value.posts)) {
                if (post.comments.isValid())
                    m_threads << post;
            }
            refreshNextThread();
        });
}

void AccountExporter::refreshNextThread()
{
    if (m_cancel)
        return;
    if (m_threads.isEmpty()) {
        step();
        return;
    }
    m_session->feed()->fetchThread(m_threads.takeFirst()).then(this, [this](int) { refreshNextThread(); });
}

void AccountExporter::fetchMedia()
{
    if (!m_options.fetchMedia) {
        step();
        return;
    }
    report(tr("Fetching pictures and files"), 0.5);
    m_session->database()->run([id = m_session->accountId(), jid = m_session->jid()](QSqlDatabase &db) {
        // What the export's posts and chats refer to: enclosures of the
        // posts it holds, files sent in chats.
        DbResult<QMap<QString, QStringList>> out;
        QSqlQuery q(db);
        const QString nodes = QStringLiteral(
            "WITH n(service, node) AS (SELECT ?, 'urn:xmpp:microblog:0' UNION SELECT service, node FROM follow WHERE account_id = ? AND instr(service, '@') = 0"
            " UNION SELECT service, node FROM community WHERE account_id = ? AND affiliation = 'owner'"
            " UNION SELECT DISTINCT service, node FROM post WHERE account_id = ? AND author_jid = ?),"
            " t(service, node) AS (SELECT p.comments_service, p.comments_node FROM post p JOIN n ON p.service = n.service AND p.node = n.node"
            " WHERE p.account_id = ? AND p.comments_node <> '')"
            " SELECT l.href, p.service, p.node, p.item_id FROM post_link l JOIN post p ON p.id = l.post_id"
            " WHERE p.account_id = ? AND l.rel = 'enclosure' AND ((p.service, p.node) IN (SELECT * FROM n) OR (p.service, p.node) IN (SELECT * FROM t))"
            " ORDER BY l.href");
        if (!Sql::exec(q, nodes, {jid, id, id, id, jid, id, id}, &out.error))
            return out;
        while (q.next())
            out.value[q.value(0).toString()] << QStringLiteral("xmpp:%1?;node=%2;item=%3")
                                                     .arg(q.value(1).toString(), QString::fromUtf8(QUrl::toPercentEncoding(q.value(2).toString())),
                                                          QString::fromUtf8(QUrl::toPercentEncoding(q.value(3).toString())));
        if (!Sql::exec(q, QStringLiteral("SELECT attachment_url, chat_jid FROM message WHERE account_id = ? AND attachment_url <> ''"
                                         " AND attachment_type <> 'application/vnd.hearth.shared-post' ORDER BY attachment_url"),
                       {id}, &out.error))
            return out;
        while (q.next()) {
            const QString ref = QStringLiteral("xmpp:") + q.value(1).toString();
            QStringList &refs = out.value[q.value(0).toString()];
            if (!refs.contains(ref))
                refs << ref;
        }
        return out;
    }).then(this, [this](DbResult<QMap<QString, QStringList>> urls) {
        if (!urls.ok())
            m_server.warnings << tr("media not listed: %1").arg(urls.error);
        m_media = new MediaFetcher(m_spool->path(), this);
        connect(m_media, &MediaFetcher::progress, this, [this](int done, int total, qint64 bytes) {
            Q_EMIT progressChanged(tr("Fetching pictures and files (%1 of %2)").arg(done).arg(total), 0.5 + 0.2 * (total ? double(done) / total : 1),
                                   m_archived, bytes);
        });
        connect(m_media, &MediaFetcher::finished, this, [this] {
            m_fetched = m_media->fetched();
            m_server.warnings << m_media->warnings();
            m_media->deleteLater();
            if (m_cancel) {
                finish(false, tr("export cancelled"));
                return;
            }
            step();
        });
        m_media->start(urls.value);
    });
}

void AccountExporter::write()
{
    report(tr("Writing the export"), 0.7);
    ExportRequest request;
    request.databasePath = m_session->database()->path();
    request.accountId = m_session->accountId();
    request.jid = m_session->jid();
    request.outputPath = m_target;
    request.passphrase = m_options.passphrase;
    request.server = m_server;
    request.media = m_fetched;
    request.avatarDirectory = m_options.avatarDirectory;
    request.settingsPath = m_options.settingsPath;
    request.generatorVersion = m_options.generatorVersion;
    request.exportedAt = m_startedAt;
    QPointer<AccountExporter> self(this);
    m_thread = QThread::create([this, self, request] {
        ExportWriter writer(
            request,
            [self](const ExportProgress &p) {
                QMetaObject::invokeMethod(self, [self, p] {
                    if (self)
                        Q_EMIT self->progressChanged(tr("Writing %1").arg(p.dataset), 0.7 + 0.3 * p.step / std::max(1, p.steps), p.items, p.bytes);
                });
            },
            &m_cancel);
        const ExportWriter::Result result = writer.run();
        QMetaObject::invokeMethod(self, [self, result] {
            if (!self)
                return;
            self->m_thread->wait();
            delete self->m_thread;
            self->m_thread = nullptr;
            self->finish(result.ok, result.ok ? self->m_target : result.error, result.manifest);
        });
    });
    m_thread->start();
}

} // namespace Hearth
