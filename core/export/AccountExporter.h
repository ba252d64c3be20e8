#pragma once

#include "ExportData.h"
#include "ExportWriter.h"
#include "feed/Post.h"

#include <QObject>
#include <QPointer>
#include <QTemporaryDir>

#include <atomic>
#include <memory>

class QThread;

namespace Hearth {

class AccountSession;
class MediaFetcher;

// Exports one account to an .xmpp-export.zip (docs/export-format.md):
// first, when online, it fills what the cache lacks with fresh queries (the
// whole message archive, every own PEP node with its configuration, the
// own blog and communities read completely, the comment threads of the own
// posts, private XML, the blocklist, the vCard) and fetches the media; then
// ExportWriter writes the file on a thread of its own. Offline it exports
// the cache and says so in the manifest. Progress comes as it goes; cancel()
// stops it and leaves no file.
class AccountExporter : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString output; // a folder (the standard name is used) or a file
        QString passphrase;
        QString settingsPath;
        QString avatarDirectory;
        QString generatorVersion;
        bool fetchMedia = true;
    };

    explicit AccountExporter(AccountSession *session, QObject *parent = nullptr);
    ~AccountExporter() override;

    void start(const Options &options);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

    // The path the export goes to for that output option.
    [[nodiscard]] static QString targetPath(const QString &output, const QString &jid, const QDateTime &time);

Q_SIGNALS:
    // stage: what is being done, for people; fraction 0..1 of the whole (-1 unknown).
    void progressChanged(const QString &stage, double fraction, qint64 items, qint64 bytes);
    void finished(bool ok, const QString &pathOrError, const Hearth::ExportManifest &manifest);

private:
    void step();
    void fetchServerInfo();
    void fetchPepNodes();
    void fetchPepNode(const QStringList &nodes, int index);
    void fetchPrivate(const QStringList &namespaces, int index);
    void fetchVCard();
    void fetchBlocklist();
    void backfillArchive(const QString &chat, const QString &before, int pages);
    void backfillRooms(QStringList rooms);
    void refreshFeeds();
    void refreshNodes(QList<std::pair<QString, QString>> nodes);
    void refreshThreads();
    void refreshNextThread();
    void fetchMedia();
    void write();
    void report(const QString &stage, double fraction);
    void finish(bool ok, const QString &pathOrError, const ExportManifest &manifest = {});
    [[nodiscard]] bool online() const;

    AccountSession *m_session;
    Options m_options;
    ServerSnapshot m_server;
    QDateTime m_startedAt;
    QString m_target;
    std::unique_ptr<QTemporaryDir> m_spool;
    QPointer<MediaFetcher> m_media;
    QList<SpooledMedia> m_fetched;
    QList<Post> m_threads;
    QStringList m_rooms; // rooms whose archive is still to read
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    bool m_running = false;
    int m_step = 0;
    qint64 m_archived = 0;
};

} // namespace Hearth

Q_DECLARE_METATYPE(Hearth::ExportManifest)
