#pragma once

#include "ExportWriter.h"

#include <QDir>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace Hearth {

// Fetches the files an export holds (pictures and files in posts and
// chats) into a spool folder, two at a time, each streamed to disk and
// hashed as it arrives: memory stays bounded whatever their size. Only what
// the app itself would fetch (WebUrls::isSecureTransfer); a file that
// cannot be fetched or is too large becomes a warning, not a failure.
class MediaFetcher : public QObject
{
    Q_OBJECT
public:
    MediaFetcher(const QString &spoolDirectory, QObject *parent = nullptr);

    // url → the xmpp: URIs of what refers to it.
    void start(const QMap<QString, QStringList> &urls);
    void cancel();

    static constexpr qint64 kMaxFileSize = qint64(512) << 20;

    [[nodiscard]] QList<SpooledMedia> fetched() const { return m_fetched; }
    [[nodiscard]] QStringList warnings() const { return m_warnings; }

Q_SIGNALS:
    void progress(int done, int total, qint64 bytes);
    void finished();

private:
    void next();
    void fetch(const QString &url, const QStringList &referencedBy);

    QNetworkAccessManager *m_network;
    QDir m_spool;
    QList<std::pair<QString, QStringList>> m_queue;
    QList<SpooledMedia> m_fetched;
    QStringList m_warnings;
    int m_total = 0;
    int m_done = 0;
    int m_running = 0;
    int m_serial = 0;
    qint64 m_bytes = 0;
    bool m_cancelled = false;
};

} // namespace Hearth
