#include "FileUpload.h"

#include "../Logging.h"
#include "EncryptedFile.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>

namespace Hearth {

FileUpload::FileUpload(const QString &localPath, const QString &fileName, const QString &mimeType, qint64 size,
                       QObject *parent)
    : QObject(parent), m_localPath(localPath), m_uploadPath(localPath), m_uploadSize(size), m_fileName(fileName),
      m_mimeType(mimeType), m_size(size)
{
}

void FileUpload::setEncrypted(const QString &ciphertextPath, qint64 size, const QByteArray &iv, const QByteArray &key)
{
    m_uploadPath = ciphertextPath;
    m_uploadSize = size;
    m_iv = iv;
    m_key = key;
}

QUrl FileUpload::url() const
{
    if (!isEncrypted() || m_url.isEmpty())
        return m_url;
    return QUrl(EncryptedFile::linkFor(m_url, m_iv, m_key));
}

FileUpload::~FileUpload()
{
    // The ciphertext was only for the upload.
    if (isEncrypted())
        QFile::remove(m_uploadPath);
    if (m_reply)
        m_reply->abort();
}

void FileUpload::start(QNetworkAccessManager *network, const QUrl &putUrl, const QUrl &getUrl,
                       const QMap<QString, QString> &headers)
{
    if (isFinished()) // cancelled while the slot was requested
        return;
    m_file = new QFile(m_uploadPath, this);
    if (!m_file->open(QIODevice::ReadOnly)) {
        fail(tr("%1 cannot be read: %2").arg(m_fileName, m_file->errorString()));
        return;
    }
    QNetworkRequest request(putUrl);
    // An encrypted file's type stays between the people in the chat.
    request.setHeader(QNetworkRequest::ContentTypeHeader, isEncrypted() ? QStringLiteral("application/octet-stream") : m_mimeType);
    request.setHeader(QNetworkRequest::ContentLengthHeader, m_uploadSize);
    // XEP-0363 §4: only these may be passed on from the slot.
    for (auto it = headers.cbegin(); it != headers.cend(); ++it) {
        const QString name = it.key().toLower();
        if (name == QLatin1String("authorization") || name == QLatin1String("cookie")
            || name == QLatin1String("expires"))
            request.setRawHeader(it.key().toUtf8(), it.value().toUtf8());
    }
    m_state = State::Uploading;
    // The reply stays the network manager's: whichever of the two goes
    // first at exit, the other never touches a deleted object (QPointer).
    m_reply = network->put(request, m_file);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        if (total > 0) {
            m_progress = qBound(0.0, double(sent) / double(total), 1.0);
            Q_EMIT progressChanged();
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, [this, getUrl] {
        QNetworkReply *reply = m_reply;
        reply->deleteLater();
        m_file->close();
        if (isFinished())
            return;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
            fail(tr("The upload server refused %1: %2").arg(m_fileName, reply->errorString()));
            return;
        }
        succeed(getUrl);
    });
}

void FileUpload::succeed(const QUrl &url)
{
    if (isFinished())
        return;
    m_url = url;
    m_progress = 1;
    Q_EMIT progressChanged();
    qCInfo(lcUpload) << "uploaded" << m_fileName << m_uploadSize << "bytes to" << m_url.toString() << (isEncrypted() ? "encrypted" : "");
    settle(State::Done);
}

void FileUpload::cancel()
{
    if (isFinished())
        return;
    settle(State::Cancelled);
    if (m_reply)
        m_reply->abort();
}

void FileUpload::fail(const QString &error)
{
    if (isFinished())
        return;
    m_error = error;
    qCWarning(lcUpload).noquote() << "upload of" << m_fileName << "failed:" << error;
    settle(State::Failed);
}

void FileUpload::settle(State state)
{
    m_state = state;
    Q_EMIT finished();
}

} // namespace Hearth
