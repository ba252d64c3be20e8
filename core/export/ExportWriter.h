#pragma once

#include "ExportData.h"
#include "ExportManifest.h"
#include "ZipWriter.h"

#include <QSqlDatabase>

#include <atomic>
#include <functional>

namespace Hearth {

struct Post;

// A file fetched for the export (a picture in a post, a file in a chat),
// waiting in the export's spool folder.
struct SpooledMedia
{
    QString url;
    QString path;
    QString sha256;
    QString mime;
    qint64 size = 0;
    QStringList referencedBy;
};

struct ExportRequest
{
    QString databasePath;
    qint64 accountId = 0;
    QString jid;
    QString outputPath; // the final file
    QString passphrase; // empty: not encrypted
    ServerSnapshot server;
    QList<SpooledMedia> media;
    QString avatarDirectory;
    QString settingsPath;
    QString generatorVersion;
    QDateTime exportedAt;
};

struct ExportProgress
{
    QString dataset;
    int step = 0;
    int steps = 0;
    qint64 items = 0;
    qint64 bytes = 0;
};

// Writes the .xmpp-export.zip from the cache and what was fetched
// (docs/export-format.md), on the calling thread, which must not be the UI
// thread: it reads the cache on a connection of its own (WAL lets it read
// while the app writes), row by row, and streams every part into the zip,
// so memory stays bounded. The file appears only once complete.
class ExportWriter
{
public:
    struct Result
    {
        bool ok = false;
        bool cancelled = false;
        QString error;
        ExportManifest manifest;
    };
    using ProgressFn = std::function<void(const ExportProgress &)>;

    ExportWriter(ExportRequest request, ProgressFn progress, const std::atomic_bool *cancel);
    ~ExportWriter();

    Result run();

    // The file name for an export of jid made at time (UTC).
    [[nodiscard]] static QString standardFileName(const QString &jid, const QDateTime &time);
    // Percent-encodes a JID or node name into one safe path segment.
    [[nodiscard]] static QString pathSegment(const QString &name);

private:
    bool writeInner(ZipWriter *zip);
    bool writeAccount(ZipWriter *zip);
    bool writeOwnFeed(ZipWriter *zip);
    bool writeComments(ZipWriter *zip);
    bool writeRemote(ZipWriter *zip);
    bool writeCommunities(ZipWriter *zip);
    bool writeRoomArchives(ZipWriter *zip);
    bool writeProfiles(ZipWriter *zip);
    bool writeMedia(ZipWriter *zip);
    bool writeSettings(ZipWriter *zip);
    bool seal(const QString &innerPath);

    // Posts matching where (on the post table "p"), oldest first, in pages.
    bool forEachPost(const QString &where, const QVariantList &bindings, const std::function<bool(const Post &)> &each);
    bool writeFeed(ZipWriter *zip, const QString &path, const QString &title, const QString &where, const QVariantList &bindings,
                   qint64 *count);
    bool beginFile(ZipWriter *zip, const QString &path, ZipWriter::Compression compression = ZipWriter::Compression::Deflate);
    bool endFile(ZipWriter *zip, const QString &type);
    bool progress(const QString &dataset, qint64 items = 0);
    bool failed(const QString &message);
    bool cancelled() const { return m_cancel && m_cancel->load(); }

    ExportRequest m_request;
    ProgressFn m_progressFn;
    const std::atomic_bool *m_cancel;
    QString m_connection;
    QSqlDatabase m_db;
    ExportManifest m_manifest;
    Result m_result;
    ZipWriter *m_zip = nullptr;
    int m_step = 0;
    qint64 m_items = 0;
    QString m_currentFile;
};

} // namespace Hearth
