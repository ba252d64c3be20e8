#include "AccountImporter.h"

#include "Account.h"
#include "AccountSession.h"
#include "EntryRewriter.h"
#include "ImportReader.h"
#include "Logging.h"
#include "Promises.h"
#include "StanzaErrors.h"
#include "chat/MessageStore.h"
#include "db/Database.h"
#include "export/ExportArchive.h"
#include "feed/FeedSync.h"
#include "feed/FollowService.h"
#include "muc/RoomStore.h"
#include "roster/ContactActions.h"
#include "upload/FileUpload.h"
#include "upload/UploadService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTimer>
#include <QUrl>
#include <QXmppClient.h>
#include <QXmppMovedManager.h>
#include <QXmppPresence.h>
#include <QXmppPubSubPublishOptions.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace Hearth {

namespace {
using ImportSteps::Outcome;
const QString kBlog = QStringLiteral("urn:xmpp:microblog:0");
constexpr int kMessageBatch = 500;
constexpr int kWindow = 8; // steps in flight

// Waits on the worker for a cache job (fulfilled on the UI thread, which
// never waits for the worker); a cancelled import stops waiting.
template<typename T>
bool waitFor(QFuture<T> future, QString *error, const std::atomic_bool *cancel)
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
    if (!future.result().ok()) {
        *error = future.result().error;
        return false;
    }
    return true;
}

// A file name for an upload from the URL it had (the last path segment),
// else its hash and extension.
QString uploadName(const ExportManifest::Media &media)
{
    QString name = QUrl(media.url).fileName();
    name.remove(QRegularExpression(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]")));
    if (name.isEmpty() || name.startsWith(u'.') || name.size() > 120)
        name = QFileInfo(media.file).fileName();
    return name;
}
} // namespace

AccountImporter::AccountImporter(AccountSession *session, QObject *parent)
    : QObject(parent), m_session(session), m_worker(new QObject)
{
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.setObjectName(QStringLiteral("import"));
    m_thread.start();
}

AccountImporter::~AccountImporter()
{
    m_cancel = true;
    // The archive belongs to the worker: closed there, then the thread ends.
    QMetaObject::invokeMethod(m_worker, [this] { m_archive.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QXmppClient *AccountImporter::client() const
{
    return m_session->account()->client();
}

QString AccountImporter::newJid() const
{
    return m_session->jid();
}

template<typename T>
QFuture<T> AccountImporter::onWorker(std::function<T()> job)
{
    auto promise = startedPromise<T>();
    QMetaObject::invokeMethod(m_worker, [this, promise, job = std::move(job)]() mutable { fulfilOn(this, promise, job()); });
    return promise->future();
}

void AccountImporter::prepare(const Options &options)
{
    m_options = options;
    m_prepared = false;
    m_cancel = false;
    QDir().mkpath(options.workDirectory);
    struct Read
    {
        bool ok = false;
        bool needsPassphrase = false;
        QString error;
        ImportPlan plan;
    };
    onWorker<Read>([this, options] {
        Read read;
        m_archive = std::make_unique<ExportArchive>();
        if (!m_archive->open(options.path, options.passphrase, options.workDirectory)) {
            read.needsPassphrase = m_archive->needsPassphrase();
            read.error = m_archive->error();
            return read;
        }
        read.ok = ImportReader::readPlan(*m_archive, &read.plan, &read.error, &m_cancel);
        return read;
    }).then(this, [this](const Read &read) {
        if (read.needsPassphrase) {
            Q_EMIT passphraseNeeded(read.error);
            return;
        }
        if (!read.ok) {
            Q_EMIT prepared(false, read.error);
            return;
        }
        m_plan = read.plan;
        if (!Account::hasSession(client())) {
            Q_EMIT prepared(false, tr("Not connected: the import needs the new account online."));
            return;
        }
        ImportPreflight::discover(client(), m_session->account()->uploads()).then(this, [this](const ImportPreflight::Abilities &abilities) {
            m_abilities = abilities;
            m_preview = ImportPreflight::preview(m_plan, abilities);
            m_prepared = true;
            qCInfo(lcImport).noquote() << "export of" << m_plan.oldJid << "read for" << abilities.jid << ":" << m_plan.contacts.size()
                                       << "contacts," << (m_plan.pepNode(kBlog) ? m_plan.pepNode(kBlog)->items.size() : 0) << "posts,"
                                       << m_plan.threads.size() << "threads," << m_plan.manifest.media.size() << "media files";
            Q_EMIT prepared(true, {});
        });
    });
}

void AccountImporter::cancel()
{
    m_cancel = true;
}

void AccountImporter::run()
{
    if (!m_prepared || m_running)
        return;
    m_running = true;
    m_cancel = false;
    m_report = {};
    m_report.from = m_plan.oldJid;
    m_report.to = newJid();
    m_journal = std::make_unique<ImportJournal>(m_session->database(), m_session->accountId(),
                                                ImportJournal::archiveKey(m_plan.oldJid, m_plan.manifest.exportedAt));
    m_journal->load().then(this, [this](const DbResult<QHash<QString, ImportJournal::Entry>> &loaded) {
        if (!loaded.ok()) {
            finish(tr("cannot read the import's journal: %1").arg(loaded.error));
            return;
        }
        m_done = loaded.value;
        // Files uploaded by an earlier run are where its journal says.
        for (const auto &m : std::as_const(m_plan.manifest.media)) {
            const auto done = m_done.constFind(QStringLiteral("media:") + m.sha256);
            if (done != m_done.cend() && done->outcome == ImportJournal::Outcome::Moved)
                m_uriMap.insert(m.url, done->detail);
        }
        buildTasks();
        m_next = 0;
        m_inFlight = 0;
        m_stopError.clear();
        m_currentKind.clear();
        next();
    });
}

void AccountImporter::next()
{
    // Up to kWindow steps of one dataset in flight: one stream keeps their
    // order (the server answers them in turn), and the round trips overlap.
    // A step of the next dataset waits until this one's are all answered,
    // so the documented order holds between datasets.
    while (m_inFlight < kWindow && m_next < m_tasks.size() && !m_cancel && m_stopError.isEmpty()) {
        if (!Account::hasSession(client())) {
            m_stopError = tr("the connection was lost: start the import again to go on");
            break;
        }
        const Task &task = m_tasks.at(m_next);
        if (m_inFlight > 0 && task.kind != m_currentKind)
            break;
        m_currentKind = task.kind;
        Q_EMIT progressChanged(task.kind, m_next, int(m_tasks.size()));
        ++m_next;
        const auto done = m_done.constFind(task.step);
        if (done != m_done.cend() && done->outcome != ImportJournal::Outcome::Failed) {
            m_report.add(task.kind, task.step, done->outcome, done->detail, true);
            continue;
        }
        ++m_inFlight;
        task.run().then(this, [this, task](const Outcome &outcome) {
            if (m_cancel && outcome.outcome == ImportJournal::Outcome::Failed) {
                --m_inFlight; // cut off, not refused: not noted, tried again next time
                next();
                return;
            }
            if (outcome.outcome != ImportJournal::Outcome::Moved)
                qCInfo(lcImport).noquote() << task.step << (outcome.outcome == ImportJournal::Outcome::Failed ? "failed:" : "skipped:")
                                           << outcome.detail;
            m_report.add(task.kind, task.step, outcome.outcome, outcome.detail);
            m_journal->note(task.step, outcome.outcome, outcome.detail).then(this, [this](const DbStatus &noted) {
                --m_inFlight;
                if (!noted.ok() && m_stopError.isEmpty())
                    m_stopError = tr("cannot write the import's journal: %1").arg(noted.error);
                next();
            });
        });
    }
    if (m_inFlight > 0 || !m_running)
        return;
    if (m_cancel)
        finish(tr("cancelled"));
    else if (!m_stopError.isEmpty())
        finish(m_stopError);
    else if (m_next >= m_tasks.size())
        finish({});
}

void AccountImporter::finish(const QString &error)
{
    m_running = false;
    m_report.error = error;
    m_report.finished = error.isEmpty();
    m_report.uriMap = m_uriMap;
    Q_EMIT progressChanged({}, m_next, int(m_tasks.size()));
    qCInfo(lcImport).noquote() << "import of" << m_report.from << "into" << m_report.to << (error.isEmpty() ? "finished" : "stopped: " + error)
                               << "with" << m_report.failedCount() << "failed steps";
    // The account's own views read the replayed posts from the server.
    if (m_report.finished)
        (void)m_session->feed()->catchUp(newJid(), kBlog);
    Q_EMIT finished(m_report);
}

void AccountImporter::addOverLimit(const QString &kind, const QString &step)
{
    m_tasks.append({kind, step, [this] {
                        return QtFuture::makeReadyFuture(Outcome::skipped(
                            tr("the server keeps at most %n item(s) in a node: this older one stays in the export", nullptr,
                               int(m_abilities.pepMaxItems))));
                    }});
}

void AccountImporter::buildTasks()
{
    m_tasks.clear();
    m_postsOverLimit.clear();
    addMediaTasks();
    addProfileAndNodeTasks();
    addThreadTasks();
    addListTasks();
    addContactTasks();
    if (m_plan.messages > 0 || !m_plan.roomMessages.isEmpty())
        m_tasks.append({QStringLiteral("history"), QStringLiteral("history"), [this] { return storeHistory(); }});
}

void AccountImporter::addMediaTasks()
{
    QSet<QString> seen;
    for (const auto &m : std::as_const(m_plan.manifest.media)) {
        if (ImportSteps::isAvatarMedia(m) || seen.contains(m.sha256))
            continue; // an avatar is in its node; a file listed twice goes once
        seen.insert(m.sha256);
        m_tasks.append({QStringLiteral("media"), QStringLiteral("media:") + m.sha256, [this, m] { return uploadMedia(m); }});
    }
}

QFuture<Outcome> AccountImporter::uploadMedia(const ExportManifest::Media &media)
{
    if (m_abilities.uploadService.isEmpty())
        return QtFuture::makeReadyFuture(Outcome::skipped(tr("the server has no upload service: %1 stays a link").arg(media.url)));
    if (m_abilities.uploadMax >= 0 && media.size > m_abilities.uploadMax)
        return QtFuture::makeReadyFuture(
            Outcome::skipped(tr("%1 is larger than the server takes (%2 bytes): it stays a link").arg(media.url).arg(m_abilities.uploadMax)));
    auto promise = startedPromise<Outcome>();
    const QString staged = QDir(m_options.workDirectory).filePath(QStringLiteral("upload-") + media.sha256.left(16) + u'/' + uploadName(media));
    // The bytes out of the archive (checked against their hash) on the worker.
    onWorker<QString>([this, media, staged] {
        QByteArray bytes;
        // No more than the manifest says (checked against the server's limit).
        if (!m_archive->readPart(media.file, &bytes, std::max<qint64>(media.size, 1)))
            return m_archive->error();
        QDir().mkpath(QFileInfo(staged).path());
        QFile file(staged);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size() || !file.flush())
            return tr("cannot stage %1 for upload: %2").arg(media.file, file.errorString());
        return QString();
    }).then(this, [this, promise, media, staged](const QString &error) {
        if (!error.isEmpty()) {
            fulfil(promise, Outcome::failed(error));
            return;
        }
        FileUpload *upload = m_session->account()->uploads()->upload(staged, this);
        auto settle = [this, promise, media, staged, upload] {
            QFile::remove(staged);
            QDir().rmdir(QFileInfo(staged).path());
            if (upload->state() != FileUpload::State::Done) {
                fulfil(promise, Outcome::failed(upload->error()));
            } else {
                const QString url = upload->url().toString();
                for (const auto &m : std::as_const(m_plan.manifest.media)) {
                    if (m.sha256 == media.sha256)
                        m_uriMap.insert(m.url, url);
                }
                fulfil(promise, Outcome::moved(url));
            }
            upload->deleteLater();
        };
        if (upload->isFinished())
            settle();
        else
            connect(upload, &FileUpload::finished, this, settle, Qt::SingleShotConnection);
    });
    return promise->future();
}

void AccountImporter::addProfileAndNodeTasks()
{
    QXmppClient *c = client();
    if (!m_plan.vcardTempXml.isEmpty() && !m_plan.pepNode(QStringLiteral("urn:xmpp:vcard4")))
        m_tasks.append({QStringLiteral("profile"), QStringLiteral("profile:vcard-temp"),
                        [c, xml = m_plan.vcardTempXml] { return ImportSteps::setElement(c, xml); }});
    QList<PepNodeSnapshot> profile;
    for (const auto &node : std::as_const(m_plan.pepNodes)) {
        if (ImportSteps::nodeRole(node.node) == ImportSteps::NodeRole::Profile)
            profile << node;
    }
    std::sort(profile.begin(), profile.end(),
              [](const PepNodeSnapshot &a, const PepNodeSnapshot &b) { return ImportSteps::profileRank(a.node) < ImportSteps::profileRank(b.node); });
    for (const auto &node : std::as_const(profile)) {
        const auto options = ImportSteps::optionsFrom(node.configXml);
        for (const auto &item : node.items)
            m_tasks.append({QStringLiteral("profile"), QStringLiteral("profile:%1:%2").arg(node.node, item.id),
                            [c, node = node.node, item, options] { return ImportSteps::publishOwn(c, node, item.id, item.payloadXml, options); }});
    }
    // The posts, oldest first, rewritten for the new account.
    if (const auto *blog = m_plan.pepNode(kBlog)) {
        auto options = ImportSteps::optionsFrom(blog->configXml);
        options.setRetractNotificationsEnabled(true);
        // The server keeps at most pepMaxItems: publishing more would push
        // the oldest out again, so those stay in the export, said per post.
        m_postsOverLimit = ImportPreflight::postsOverLimit(m_plan, m_abilities.pepMaxItems);
        for (const auto &item : blog->items) {
            if (m_postsOverLimit.contains(item.id)) {
                addOverLimit(QStringLiteral("posts"), QStringLiteral("posts:") + item.id);
                continue;
            }
            m_tasks.append({QStringLiteral("posts"), QStringLiteral("posts:") + item.id, [this, c, item, options] {
                                const auto rewritten = EntryRewriter({m_plan.oldJid, newJid(), m_abilities.commentsService, m_uriMap}).post(item.payloadXml);
                                if (rewritten.xml.isEmpty())
                                    return QtFuture::makeReadyFuture(Outcome::failed(rewritten.error));
                                auto publish = [c, item, xml = rewritten.xml, options] { return ImportSteps::publishOwn(c, kBlog, item.id, xml, options); };
                                if (m_plan.oldJid == newJid())
                                    return ImportSteps::unlessThere(c, newJid(), kBlog, item.id, publish);
                                return publish();
                            }});
        }
    }
    for (const auto &node : std::as_const(m_plan.pepNodes)) {
        const auto role = ImportSteps::nodeRole(node.node);
        if (role == ImportSteps::NodeRole::Encryption) {
            m_tasks.append({QStringLiteral("nodes"), QStringLiteral("nodes:") + node.node, [] {
                                return QtFuture::makeReadyFuture(Outcome::skipped(
                                    tr("encryption keys belong to the old account's devices; the new account makes its own")));
                            }});
        } else if (role == ImportSteps::NodeRole::Generic) {
            const auto options = ImportSteps::optionsFrom(node.configXml);
            const qint64 first = ImportPreflight::firstKept(node.items.size(), m_abilities.pepMaxItems);
            for (qint64 i = 0; i < node.items.size(); ++i) {
                const auto &item = node.items.at(i);
                const QString key = QStringLiteral("nodes:%1:%2").arg(node.node, item.id);
                if (i < first)
                    addOverLimit(QStringLiteral("nodes"), key);
                else
                    m_tasks.append({QStringLiteral("nodes"), key,
                                    [c, node = node.node, item, options] { return ImportSteps::publishOwn(c, node, item.id, item.payloadXml, options); }});
            }
        }
    }
}

void AccountImporter::addThreadTasks()
{
    QXmppClient *c = client();
    for (const auto &thread : std::as_const(m_plan.threads)) {
        const QString service = m_abilities.commentsService;
        if (m_postsOverLimit.contains(thread.parent)) {
            m_tasks.append({QStringLiteral("comments"), QStringLiteral("comments:") + thread.node, [] {
                                return QtFuture::makeReadyFuture(Outcome::skipped(tr("its post stays in the export: the server keeps fewer posts")));
                            }});
            continue;
        }
        if (!thread.node.isEmpty())
            m_tasks.append({QStringLiteral("comments"), QStringLiteral("comments:") + thread.node,
                            [c, service, node = thread.node] { return ImportSteps::createThread(c, service, node, {}); }});
        for (const auto &entry : thread.entries) {
            if (entry.id.isEmpty() || thread.node.isEmpty()) {
                m_tasks.append({QStringLiteral("comments"), QStringLiteral("comments:%1:unnamed-%2").arg(thread.parent).arg(m_tasks.size()), [] {
                                    return QtFuture::makeReadyFuture(Outcome::failed(tr("the entry does not say where it was published")));
                                }});
                continue;
            }
            m_tasks.append({QStringLiteral("comments"), QStringLiteral("comments:%1:%2").arg(thread.node, entry.id), [this, c, service, thread, entry] {
                                const QString publisher = QXmppUtils::jidToBareJid(entry.publisher).toLower();
                                const bool someoneElse = !publisher.isEmpty() && publisher != m_plan.oldJid;
                                if (someoneElse && EntryRewriter::isLike(entry.payloadXml))
                                    return QtFuture::makeReadyFuture(
                                        Outcome::skipped(tr("a like by %1: only they can give it again").arg(publisher)));
                                const auto rewritten =
                                    EntryRewriter({m_plan.oldJid, newJid(), service, m_uriMap}).comment(entry.payloadXml, entry.publisher);
                                if (rewritten.xml.isEmpty())
                                    return QtFuture::makeReadyFuture(Outcome::failed(rewritten.error));
                                auto publish = [c, service, node = thread.node, id = entry.id, xml = rewritten.xml] {
                                    return ImportSteps::publish(c, service, node, id, xml);
                                };
                                if (service == thread.service)
                                    return ImportSteps::unlessThere(c, service, thread.node, entry.id, publish);
                                return publish();
                            }});
        }
    }
}

void AccountImporter::addListTasks()
{
    QXmppClient *c = client();
    for (const QString &xml : std::as_const(m_plan.privateXml)) {
        const QString key = xml.section(u'>', 0, 0).section(QLatin1String("xmlns=\""), 1).section(u'"', 0, 0);
        m_tasks.append({QStringLiteral("nodes"), QStringLiteral("private:") + key,
                        [c, xml] { return ImportSteps::setElement(c, xml, QStringLiteral("jabber:iq:private")); }});
    }
    if (const auto *bookmarks = m_plan.pepNode(QStringLiteral("urn:xmpp:bookmarks:1"))) {
        auto options = ImportSteps::optionsFrom(bookmarks->configXml);
        options.setAccessModel(QXmppPubSubNodeConfig::Allowlist); // private, whatever the file says
        options.setSendLastItem(QXmppPubSubNodeConfig::Never);
        const qint64 first = ImportPreflight::firstKept(bookmarks->items.size(), m_abilities.pepMaxItems);
        for (qint64 i = 0; i < bookmarks->items.size(); ++i) {
            const auto &item = bookmarks->items.at(i);
            if (i < first) {
                addOverLimit(QStringLiteral("bookmarks"), QStringLiteral("bookmarks:") + item.id);
                continue;
            }
            m_tasks.append({QStringLiteral("bookmarks"), QStringLiteral("bookmarks:") + item.id, [c, item, options] {
                                return ImportSteps::publishOwn(c, QStringLiteral("urn:xmpp:bookmarks:1"), item.id, item.payloadXml, options);
                            }});
        }
    }
    for (const QString &jid : std::as_const(m_plan.blocked))
        m_tasks.append({QStringLiteral("blocklist"), QStringLiteral("blocklist:") + jid,
                        [this, jid] { return ImportSteps::fromReason(this, m_session->account()->contactActions()->block(jid)); }});
    if (!m_follows)
        m_follows = new FollowService(c, this);
    FollowService *follows = m_follows;
    for (const auto &node : m_plan.follows + m_plan.owned)
        m_tasks.append({QStringLiteral("follows"), QStringLiteral("follows:%1/%2").arg(node.service, node.node),
                        [this, follows, node] { return ImportSteps::fromReason(this, follows->follow(node)); }});
}

void AccountImporter::addContactTasks()
{
    for (const auto &contact : std::as_const(m_plan.contacts))
        m_tasks.append({QStringLiteral("contacts"), QStringLiteral("contacts:") + contact.jid, [this, contact] { return restoreContact(contact); }});
    for (const QString &jid : std::as_const(m_plan.incomingRequests))
        m_tasks.append({QStringLiteral("contacts"), QStringLiteral("request:") + jid, [jid] {
                            return QtFuture::makeReadyFuture(
                                Outcome::skipped(tr("%1 asked the old address to be a contact: answer there, or they ask again").arg(jid)));
                        }});
}

QFuture<Outcome> AccountImporter::restoreContact(const RosterEntry &contact)
{
    if (contact.jid == newJid())
        return QtFuture::makeReadyFuture(Outcome::skipped(tr("the new account itself")));
    auto promise = startedPromise<Outcome>();
    m_session->account()->contactActions()->update(contact.jid, contact.name, contact.groups).then(this, [this, promise, contact](const QString &error) {
        if (!error.isEmpty()) {
            fulfil(promise, Outcome::failed(error));
            return;
        }
        // Restoring into the same account: the subscriptions are the server's already.
        if (m_plan.oldJid != newJid()) {
            using S = RosterEntry::Subscription;
            if (contact.subscription == S::From || contact.subscription == S::Both) {
                QXmppPresence approve(QXmppPresence::Subscribed); // pre-approval (RFC 6121 §3.4)
                approve.setTo(contact.jid);
                client()->sendPacket(approve);
            }
            if (contact.subscription == S::To || contact.subscription == S::Both || contact.askPending) {
                QXmppPresence ask(QXmppPresence::Subscribe);
                ask.setTo(contact.jid);
                // XEP-0283 §4: the request names the old address; the contact
                // checks it against the old account's statement.
                if (m_announceMove)
                    ask.setOldJid(m_plan.oldJid);
                client()->sendPacket(ask);
            }
        }
        fulfil(promise, Outcome::moved());
    });
    return promise->future();
}

QFuture<QString> AccountImporter::publishMoved(AccountSession *oldAccount, const QString &newJid)
{
    auto promise = startedPromise<QString>();
    QXmppClient *c = oldAccount->account()->client();
    oldAccount->account()->moved()->publishStatement(newJid).then(c, [promise](QXmppMovedManager::Result result) {
        if (const auto *error = std::get_if<QXmppError>(&result))
            fulfil(promise, describeError(*error));
        else
            fulfil(promise, QString());
    });
    return promise->future();
}

QFuture<Outcome> AccountImporter::storeHistory()
{
    Database *db = m_session->database();
    const qint64 accountId = m_session->accountId();
    const QString oldJid = m_plan.oldJid;
    const QString jid = newJid();
    const QHash<QString, QString> uriMap = m_uriMap;
    return onWorker<Outcome>([this, db, accountId, oldJid, jid, uriMap] {
        MessageStore messages(db);
        RoomStore rooms(db);
        QList<ChatMessage> batch;
        QString error;
        qint64 stored = 0;
        auto flush = [&] {
            if (batch.isEmpty())
                return true;
            stored += batch.size();
            return waitFor(messages.ingest(accountId, std::exchange(batch, {})), &error, &m_cancel);
        };
        ImportReader::HistoryVisitor visit;
        visit.room = [&](const QString &room, const QString &nick) {
            if (!flush())
                return false;
            RoomStore::RoomRow row;
            row.jid = room;
            row.name = room.section(u'@', 0, 0);
            row.nick = nick;
            return waitFor(rooms.saveRoom(accountId, row), &error, &m_cancel);
        };
        visit.message = [&](const ChatMessage &message) {
            ChatMessage m = message;
            if (m.sender == oldJid)
                m.sender = jid;
            m.attachmentUrl = uriMap.value(m.attachmentUrl, m.attachmentUrl);
            m.imported = true;
            if (m.outgoing)
                m.state = ChatMessage::State::Sent;
            batch << m;
            return batch.size() < kMessageBatch || flush();
        };
        if (!ImportReader::readHistory(*m_archive, oldJid, visit, &error, &m_cancel) || !flush())
            return Outcome::failed(error);
        return Outcome::moved(tr("%n message(s) in this computer's cache", nullptr, int(stored)));
    });
}

} // namespace Hearth
