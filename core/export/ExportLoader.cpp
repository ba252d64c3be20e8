#include "ExportLoader.h"

#include "AccountStore.h"
#include "ExportArchive.h"
#include "Logging.h"
#include "XmlWriting.h"
#include "export/ZipPartReader.h"
#include "chat/ChatStanzas.h"
#include "chat/MessageArchive.h"
#include "chat/MessageStore.h"
#include "db/Database.h"
#include "feed/Authorship.h"
#include "feed/MicroblogCodec.h"
#include "feed/PostStore.h"
#include "muc/RoomStore.h"
#include "profile/AvatarCache.h"
#include "profile/ProfileCard.h"
#include "profile/ProfileStore.h"
#include "roster/RosterStore.h"

#include <QDir>
#include <QDomDocument>
#include <QFile>
#include <QThread>
#include <QUrl>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace Hearth {

namespace {
const QString kMicroblog = QStringLiteral("urn:xmpp:microblog:0");
const QString kOrigin = QLatin1String(ExportManifest::kNamespace);
constexpr int kPostBatch = 200;
constexpr int kMessageBatch = 500;
constexpr qint64 kMaxXmlPart = qint64(4) << 30; // account.xml with a long archive

// Waits for a cache job. Its result is handed over on the UI thread, so a
// UI thread waiting for this thread (the app quitting mid-load) would never
// hand it: a cancelled load stops waiting instead.
template<typename T>
bool wait(QFuture<T> future, QString *error, const std::atomic_bool *cancel)
{
    while (!future.isFinished()) {
        if (cancel->load()) {
            *error = QStringLiteral("cancelled");
            return false;
        }
        QThread::usleep(500);
    }
    if (future.isCanceled()) {
        *error = QStringLiteral("the cache closed");
        return false;
    }
    if constexpr (requires(T r) { r.error; }) {
        if (!future.result().ok()) {
            *error = future.result().error;
            return false;
        }
    }
    return true;
}
} // namespace

ExportLoader::ExportLoader(Database *db, const QString &workDirectory, const QString &avatarDirectory, QObject *parent)
    : QObject(parent), m_db(db), m_work(workDirectory), m_avatars(avatarDirectory)
{
}

QString ExportLoader::mediaUrl(const QString &file)
{
    return QStringLiteral("image://exportmedia/") + file.section(u'/', 1);
}

ExportLoader::~ExportLoader()
{
    m_cancel = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void ExportLoader::start(const QString &path, const QString &passphrase)
{
    if (m_thread) { // a second try (with a passphrase) after the first ended
        m_thread->wait();
        delete m_thread;
    }
    m_cancel = false;
    m_thread = QThread::create([this, path, passphrase] { run(path, passphrase); });
    m_thread->start();
}

void ExportLoader::cancel()
{
    m_cancel = true;
}

void ExportLoader::run(const QString &path, const QString &passphrase)
{
    QPointer<ExportLoader> self(this);
    auto finish = [self](bool ok, const QString &error) {
        QMetaObject::invokeMethod(self, [self, ok, error] {
            if (self)
                Q_EMIT self->finished(ok, error);
        });
    };
    ExportArchive archive;
    if (!archive.open(path, passphrase, m_work)) {
        if (archive.needsPassphrase()) {
            QMetaObject::invokeMethod(self, [self, error = archive.error()] {
                if (self)
                    Q_EMIT self->passphraseNeeded(error);
            });
            return;
        }
        finish(false, archive.error());
        return;
    }
    m_manifest = archive.manifest();
    m_zipPath = archive.zipPath();
    const QString jid = m_manifest.account;
    AccountRecord record;
    record.settings.jid = jid;
    record.rememberPassword = false;
    QString error;
    auto saved = AccountStore(m_db).save(record);
    if (!wait(saved, &error, &m_cancel)) {
        finish(false, error);
        return;
    }
    const qint64 accountId = saved.result().value;
    QMetaObject::invokeMethod(self, [self, accountId, jid, at = m_manifest.exportedAt] {
        if (self)
            Q_EMIT self->opened(accountId, jid, at);
    });

    // Where each fetched file is shown from: the posts and messages point there.
    QHash<QString, QString> local;
    QHash<QString, QString> avatars; // media file → the avatar's SHA-1
    for (const auto &m : m_manifest.media) {
        local.insert(m.url, mediaUrl(m.file));
        if (m.url.contains(QLatin1String("urn%3Axmpp%3Aavatar%3Adata")))
            avatars.insert(m.file, m.url.section(QLatin1String("item="), 1));
    }

    PostStore posts(m_db);
    MessageStore messages(m_db);
    RosterStore roster(m_db);
    ProfileStore profiles(m_db);
    RoomStore rooms(m_db);
    QList<Post> postBatch;
    QList<ChatMessage> messageBatch;
    qint64 items = 0;
    auto progress = [&](const QString &part) {
        QMetaObject::invokeMethod(self, [self, part, items] {
            if (self)
                Q_EMIT self->progressChanged(part, items);
        });
    };
    auto flushPosts = [&]() {
        if (postBatch.isEmpty())
            return true;
        const bool ok = wait(posts.ingest(accountId, std::exchange(postBatch, {})), &error, &m_cancel);
        return ok;
    };
    auto flushMessages = [&]() {
        if (messageBatch.isEmpty())
            return true;
        return wait(messages.ingest(accountId, std::exchange(messageBatch, {})), &error, &m_cancel);
    };
    bool announced = false;
    auto announceContent = [&]() {
        if (std::exchange(announced, true))
            return;
        QMetaObject::invokeMethod(self, [self] {
            if (self)
                Q_EMIT self->contentReady();
        });
    };
    auto addPost = [&](const QString &entryXml, const QString &service, const QString &node, const QString &item, const QString &publisher,
                       const QString &part) {
        auto parsed = MicroblogCodec::parseXml(entryXml, service, node, item);
        if (!parsed.post) {
            qCInfo(lcExport).noquote() << part << "item" << item << "not shown:" << parsed.error;
            return true;
        }
        Authorship::credit(*parsed.post, publisher);
        for (PostLink &link : parsed.post->links) {
            if (local.contains(link.href))
                link.href = local.value(link.href);
        }
        postBatch << *parsed.post;
        ++items;
        return postBatch.size() < kPostBatch || flushPosts();
    };
    auto addArchived = [&](const QString &resultXml, const QString &room, const QString &nick) {
        QDomDocument doc;
        if (!doc.setContent(resultXml, true))
            return true;
        const auto archived = MessageArchive::parseResult(doc.documentElement());
        if (!archived)
            return true;
        const auto message = room.isEmpty() ? ChatStanzas::fromStanza(archived->message, jid, archived->archiveId, archived->stamp)
                                            : ChatStanzas::fromGroupStanza(archived->message, nick, archived->archiveId, archived->stamp);
        if (!message || message->isAmendment())
            return true;
        ChatMessage shown = *message;
        if (local.contains(shown.attachmentUrl))
            shown.attachmentUrl = local.value(shown.attachmentUrl);
        messageBatch << shown;
        ++items;
        return messageBatch.size() < kMessageBatch || flushMessages();
    };

    const bool ok = archive.forEachPart([&](const QString &name, ZipReader &zip) -> bool {
        if (m_cancel) {
            error = tr("cancelled");
            return false;
        }
        progress(name);
        if (avatars.contains(name)) {
            // Avatars go where the views look for them (checked there too).
            QByteArray bytes;
            if (zip.readAll(&bytes, AvatarCache::kMaxBytes))
                (void)AvatarCache(m_avatars).store(bytes, avatars.value(name));
            return true;
        }
        if (!name.endsWith(QLatin1String(".xml")) && !name.endsWith(QLatin1String(".atom")))
            return true;
        ZipPartReader device(&zip);
        QXmlStreamReader xml(&device);
        // account.xml and archives/muc/*.xml: roster, profile, posts, archives.
        const bool isAccount = name == QLatin1String("account.xml");
        const bool isRoom = name.startsWith(QLatin1String("archives/muc/"));
        const bool isFeed = name.endsWith(QLatin1String(".atom"));
        const bool isProfiles = name == QLatin1String("profiles/contacts.xml");
        RosterSnapshot contacts;
        auto storeContacts = [&]() {
            if (contacts.entries.isEmpty())
                return true;
            return wait(roster.replace(accountId, std::exchange(contacts, {})), &error, &m_cancel);
        };
        QString roomJid, roomNick, pepNode;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (m_cancel) {
                error = tr("cancelled");
                return false;
            }
            const auto element = xml.name();
            const auto ns = xml.namespaceUri();
            if (isAccount && element == QLatin1String("item") && ns == QLatin1String("jabber:iq:roster")) {
                RosterEntry e;
                e.jid = xml.attributes().value(QLatin1String("jid")).toString().toLower();
                e.name = xml.attributes().value(QLatin1String("name")).toString();
                const auto sub = xml.attributes().value(QLatin1String("subscription"));
                e.subscription = sub == QLatin1String("both") ? RosterEntry::Subscription::Both
                    : sub == QLatin1String("to")              ? RosterEntry::Subscription::To
                    : sub == QLatin1String("from")            ? RosterEntry::Subscription::From
                                                              : RosterEntry::Subscription::None;
                e.askPending = xml.attributes().value(QLatin1String("ask")) == QLatin1String("subscribe");
                while (xml.readNextStartElement()) {
                    if (xml.name() == QLatin1String("group"))
                        e.groups << xml.readElementText();
                    else
                        xml.skipCurrentElement();
                }
                std::sort(e.groups.begin(), e.groups.end());
                if (!e.jid.isEmpty())
                    contacts.entries << e;
            } else if (isAccount && element == QLatin1String("items") && ns == QLatin1String("http://jabber.org/protocol/pubsub")) {
                pepNode = xml.attributes().value(QLatin1String("node")).toString();
            } else if (isAccount && element == QLatin1String("item") && ns == QLatin1String("http://jabber.org/protocol/pubsub")) {
                const QString id = xml.attributes().value(QLatin1String("id")).toString();
                if (!xml.readNextStartElement())
                    continue;
                const QString payload = Xml::readElement(xml);
                if (pepNode == kMicroblog) {
                    if (!addPost(payload, jid, kMicroblog, id, jid, name))
                        return false;
                } else if (pepNode == QLatin1String("urn:xmpp:vcard4")) {
                    (void)wait(profiles.save(accountId, jid, ProfileCard::fromVCard4Xml(payload)), &error, &m_cancel);
                }
            } else if (isAccount && element == QLatin1String("archive") && ns == QLatin1String("urn:xmpp:pie:0#mam")) {
                // The posts and contacts are in: the views may open while
                // the history (the long part) is read.
                if (!flushPosts() || !storeContacts())
                    return false;
                announceContent();
            } else if ((isAccount || isRoom) && element == QLatin1String("archive") && isRoom) {
                roomJid = xml.attributes().value(QLatin1String("with")).toString();
                roomNick = xml.attributes().value(QLatin1String("nick")).toString();
                if (roomNick.isEmpty())
                    roomNick = jid.section(u'@', 0, 0);
                RoomStore::RoomRow row;
                row.jid = roomJid;
                row.name = roomJid.section(u'@', 0, 0);
                row.nick = roomNick;
                if (!wait(rooms.saveRoom(accountId, row), &error, &m_cancel))
                    return false;
            } else if ((isAccount || isRoom) && element == QLatin1String("result") && ns == QLatin1String("urn:xmpp:mam:2")) {
                const QString result = Xml::readElement(xml);
                // In a room, the own messages are those from the own nick.
                if (!addArchived(result, roomJid, roomNick))
                    return false;
            } else if (isFeed && element == QLatin1String("entry")) {
                const QString entry = Xml::readElement(xml);
                QDomDocument doc;
                if (!doc.setContent(entry, true))
                    continue;
                const QDomElement origin = doc.documentElement().firstChildElement(QStringLiteral("origin"));
                if (origin.isNull() || origin.namespaceURI() != kOrigin)
                    continue;
                if (!addPost(entry, origin.attribute(QStringLiteral("service")), origin.attribute(QStringLiteral("node")),
                             origin.attribute(QStringLiteral("item")), origin.attribute(QStringLiteral("publisher")), name))
                    return false;
            } else if (isProfiles && element == QLatin1String("profile")) {
                const QString who = xml.attributes().value(QLatin1String("jid")).toString();
                const QString avatar = xml.attributes().value(QLatin1String("avatar-sha1")).toString();
                QString card;
                if (xml.readNextStartElement())
                    card = Xml::readElement(xml);
                if (!who.isEmpty()) {
                    (void)wait(profiles.save(accountId, who, ProfileCard::fromVCard4Xml(card)), &error, &m_cancel);
                    if (AvatarCache::isValidHash(avatar))
                        (void)wait(profiles.saveAvatar(accountId, who, avatar), &error, &m_cancel);
                }
            }
        }
        if (xml.hasError() && !zip.error().isEmpty()) {
            error = zip.error();
            return false;
        }
        if (xml.hasError()) {
            error = tr("%1 is not well-formed XML: %2 (line %3)").arg(name, xml.errorString()).arg(xml.lineNumber());
            return false;
        }
        if (!storeContacts() || !flushPosts() || !flushMessages())
            return false;
        if (isAccount)
            announceContent();
        return true;
    }, [&avatars](const QString &name) {
        // Pictures stay in the file (read when shown), avatars excepted.
        return !name.startsWith(QLatin1String("media/")) || avatars.contains(name);
    });
    if (!ok) {
        finish(false, error.isEmpty() ? archive.error() : error);
        return;
    }
    // The communities it holds, owned and followed, as the Communities view lists them.
    QList<Database::Statement> communities;
    for (const auto &d : std::as_const(m_manifest.datasets)) {
        if (d.kind != QLatin1String("owned") && d.kind != QLatin1String("followed"))
            continue;
        const QString title = d.config.value(QStringLiteral("pubsub#title")).toString();
        communities << Database::Statement{QStringLiteral("INSERT OR REPLACE INTO follow (account_id, service, node, title, shared) VALUES (?, ?, ?, ?, 0)"),
                                           {accountId, d.service, d.node, title}};
        communities << Database::Statement{
            QStringLiteral("INSERT OR REPLACE INTO community (account_id, service, node, title, description, type, access_model, publish_model,"
                           " affiliation, subscription, seen_at, described_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 'subscribed', ?, ?)"),
            {accountId, d.service, d.node, title, d.config.value(QStringLiteral("pubsub#description")).toString(),
             d.config.value(QStringLiteral("pubsub#type")).toString().isEmpty() ? QStringLiteral("feed")
                                                                                 : d.config.value(QStringLiteral("pubsub#type")).toString(),
             d.config.value(QStringLiteral("pubsub#access_model")).toString(), d.config.value(QStringLiteral("pubsub#publish_model")).toString(),
             d.kind == QLatin1String("owned") ? QStringLiteral("owner") : QStringLiteral("member"),
             QDateTime::currentMSecsSinceEpoch(), QDateTime::currentMSecsSinceEpoch()}};
    }
    if (!communities.isEmpty() && !wait(m_db->executeAll(communities), &error, &m_cancel)) {
        finish(false, error);
        return;
    }
    // An export is history: nothing in it is unread.
    (void)wait(m_db->execute(QStringLiteral("UPDATE chat SET unread = 0, mentions = 0 WHERE account_id = ?"), {accountId}), &error, &m_cancel);
    qCInfo(lcExport).noquote() << "opened the export of" << jid << "made" << m_manifest.exportedAt.toString(Qt::ISODate) << ":" << items << "items";
    progress({});
    finish(true, {});
}

} // namespace Hearth
