#include "MediaFetcher.h"

#include "Logging.h"
#include "WebUrls.h"

#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace Hearth {

MediaFetcher::MediaFetcher(const QString &spoolDirectory, QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_spool(spoolDirectory)
{
    m_network->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

void MediaFetcher::start(const QMap<QString, QStringList> &urls)
{
    for (auto it = urls.cbegin(); it != urls.cend(); ++it)
        m_queue << std::pair{it.key(), it.value()};
    m_total = int(m_queue.size());
    Q_EMIT progress(0, m_total, 0);
    if (m_queue.isEmpty()) {
        QMetaObject::invokeMethod(this, &MediaFetcher::finished, Qt::QueuedConnection);
        return;
    }
    next();
    next();
}

void MediaFetcher::cancel()
{
    m_cancelled = true;
    m_queue.clear();
    const auto replies = findChildren<QNetworkReply *>();
    for (QNetworkReply *reply : replies)
        reply->abort();
}

void MediaFetcher::next()
{
    if (m_queue.isEmpty()) {
        if (m_running == 0)
            Q_EMIT finished();
        return;
    }
    const auto [url, refs] = m_queue.takeFirst();
    fetch(url, refs);
}

void MediaFetcher::fetch(const QString &url, const QStringList &referencedBy)
{
    const QUrl parsed(url);
    if (!parsed.isValid() || !WebUrls::isSecureTransfer(parsed)) {
        m_warnings << tr("media %1: not fetched (only https, as the app itself fetches)").arg(url);
        ++m_done;
        QMetaObject::invokeMethod(this, &MediaFetcher::next, Qt::QueuedConnection);
        return;
    }
    ++m_running;
    auto *file = new QFile(this);
    file->setFileName(m_spool.filePath(QStringLiteral("media-%1.part").arg(++m_serial)));
    if (!file->open(QIODevice::WriteOnly)) {
        m_warnings << tr("media %1: cannot write the spool file: %2").arg(url, file->errorString());
        delete file;
        --m_running;
        ++m_done;
        QMetaObject::invokeMethod(this, &MediaFetcher::next, Qt::QueuedConnection);
        return;
    }
    auto hash = std::make_shared<QCryptographicHash>(QCryptographicHash::Sha256);
    auto tooLarge = std::make_shared<bool>(false);
    QNetworkRequest request(parsed);
    request.setTransferTimeout(60000);
    QNetworkReply *reply = m_network->get(request);
    reply->setParent(this);
    connect(reply, &QNetworkReply::readyRead, this, [reply, file, hash, tooLarge] {
        const QByteArray chunk = reply->readAll();
        if (file->size() + chunk.size() > kMaxFileSize) {
            *tooLarge = true;
            reply->abort();
            return;
        }
        hash->addData(chunk);
        file->write(chunk);
    });
    connect(reply, &QNetworkReply::finished, this, [this, reply, file, hash, tooLarge, url, referencedBy] {
        reply->deleteLater();
        const QByteArray rest = reply->readAll();
        if (!*tooLarge && !rest.isEmpty()) {
            hash->addData(rest);
            file->write(rest);
        }
        file->close();
        --m_running;
        ++m_done;
        if (*tooLarge) {
            m_warnings << tr("media %1: larger than %2 MiB, not exported").arg(url).arg(kMaxFileSize >> 20);
            file->remove();
        } else if (reply->error() != QNetworkReply::NoError || file->error() != QFileDevice::NoError) {
            if (!m_cancelled)
                m_warnings << tr("media %1: not fetched: %2").arg(url, file->error() != QFileDevice::NoError ? file->errorString() : reply->errorString());
            file->remove();
        } else {
            const QString mime = reply->header(QNetworkRequest::ContentTypeHeader).toString().section(u';', 0, 0).trimmed().toLower();
            m_bytes += file->size();
            m_fetched << SpooledMedia{url, file->fileName(), QString::fromLatin1(hash->result().toHex()), mime, file->size(), referencedBy};
        }
        file->deleteLater();
        Q_EMIT progress(m_done, m_total, m_bytes);
        if (m_cancelled) {
            if (m_running == 0)
                Q_EMIT finished();
            return;
        }
        next();
    });
}

} // namespace Hearth
