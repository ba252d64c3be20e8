#pragma once

#include "ExportManifest.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <atomic>

class QThread;

namespace Hearth {

class Database;

// The offline browser's reader: loads an .xmpp-export.zip into a cache of
// its own (a Database in the viewer's temporary folder), so that the usual
// views show the export's posts with their comments and likes, contacts,
// profiles and chats, with full-text search, and nothing goes online. It
// reads on a thread of its own, part by part (ExportArchive checks each
// against the manifest), storing in batches: memory stays bounded, and the
// views fill while it reads. Everything from the file goes through the same
// parsers and sanitizer as what comes from the network. Pictures stay in
// the file: posts and messages point at them through ExportMediaProvider
// (only avatars go to the avatar cache), so opening does not wait for them.
class ExportLoader : public QObject
{
    Q_OBJECT
public:
    ExportLoader(Database *db, const QString &workDirectory, const QString &avatarDirectory, QObject *parent = nullptr);
    ~ExportLoader() override;

    void start(const QString &path, const QString &passphrase);
    void cancel();

    [[nodiscard]] const ExportManifest &manifest() const { return m_manifest; }
    // The zip that holds the export's parts (the opened copy of a sealed
    // one), known once opened() was sent: its pictures are read from it.
    [[nodiscard]] QString zipPath() const { return m_zipPath; }

    // The URL a picture of the export is shown from (ExportMediaProvider).
    [[nodiscard]] static QString mediaUrl(const QString &file);

Q_SIGNALS:
    // The manifest was read and the account is in the cache: views may open.
    void opened(qint64 accountId, const QString &jid, const QDateTime &exportedAt);
    // The account's posts and contacts are in the cache (the history and the
    // threads follow): the views may open, and read again at finished().
    void contentReady();
    void progressChanged(const QString &part, qint64 items);
    // Everything was read (ok), or why not.
    void finished(bool ok, const QString &error);
    // The export is sealed and the passphrase was missing or wrong: start again with one.
    void passphraseNeeded(const QString &error);

private:
    void run(const QString &path, const QString &passphrase);

    Database *m_db;
    QString m_work;
    QString m_avatars;
    ExportManifest m_manifest;
    QString m_zipPath;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
};

} // namespace Hearth
