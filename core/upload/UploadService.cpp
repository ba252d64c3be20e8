#include "UploadService.h"

#include "FileUpload.h"
#include "../Account.h"
#include "../Logging.h"
#include "../Promises.h"
#include "../StanzaErrors.h"
#include "../WebUrls.h"

#include "EncryptedFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QCryptographicHash>
#include <QNetworkReply>
#include <QSaveFile>
#include <QUuid>
#include <QThreadPool>
#include <QLocale>
#include <QMimeDatabase>
#include <QPointer>
#include <QXmppClient.h>
#include <QXmppDataForm.h>
#include <QXmppDiscoveryManager.h>
#include <QNetworkAccessManager>
#include <QXmppHttpUploadIq.h>
#include <QXmppTask.h>
#include <QXmppUploadRequestManager.h>

namespace Hearth {

namespace {
const QString kUploadNs = QStringLiteral("urn:xmpp:http:upload:0");

// The service's max-file-size from its XEP-0128 form (QXmpp keeps one), -1 when absent.
qint64 maxFileSize(const QXmppDiscoveryIq &info)
{
    for (const auto &field : info.form().fields()) {
        if (field.key() == QLatin1String("max-file-size")) {
            bool ok = false;
            const qint64 size = field.value().toString().toLongLong(&ok);
            if (ok && size > 0)
                return size;
        }
    }
    return -1;
}
} // namespace

UploadService::UploadService(QXmppClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
    m_slots = m_client->addNewExtension<QXmppUploadRequestManager>();
    m_network = new QNetworkAccessManager(this);
    // A new session may be on another server (or the service may have moved).
    connect(m_client, &QXmppClient::disconnected, this, [this] { m_service.reset(); });
}

UploadService *UploadService::of(QXmppClient *client)
{
    auto *service = client->findChild<UploadService *>(QString(), Qt::FindDirectChildrenOnly);
    return service ? service : new UploadService(client, client);
}

QFuture<UploadService::Service> UploadService::service()
{
    if (m_service)
        return *m_service;
    auto promise = startedPromise<Service>();
    m_service = promise->future();
    auto *disco = m_client->findExtension<QXmppDiscoveryManager>();
    const QString domain = m_client->configuration().domain();
    disco->requestDiscoItems(domain).then(this, [this, disco, domain, promise](QXmppDiscoveryManager::ItemsResult items) {
        if (auto *error = std::get_if<QXmppError>(&items)) {
            m_service.reset(); // try again next time
            fulfil(promise, Service{{}, -1, describeError(*error)});
            return;
        }
        // The domain itself may offer it too (ejabberd can).
        QStringList candidates{domain};
        for (const auto &item : std::get<QList<QXmppDiscoveryIq::Item>>(items))
            if (!item.jid().isEmpty() && !candidates.contains(item.jid()))
                candidates << item.jid();
        auto remaining = std::make_shared<int>(int(candidates.size()));
        auto found = std::make_shared<Service>();
        for (const QString &jid : std::as_const(candidates)) {
            disco->requestDiscoInfo(jid).then(this, [promise, remaining, found, jid](QXmppDiscoveryManager::InfoResult info) {
                if (auto *iq = std::get_if<QXmppDiscoveryIq>(&info); iq && found->jid.isEmpty()
                    && iq->features().contains(kUploadNs)) {
                    found->jid = jid;
                    found->maxSize = maxFileSize(*iq);
                }
                if (--*remaining == 0) {
                    qCInfo(lcUpload) << "upload service:" << (found->jid.isEmpty() ? QStringLiteral("none") : found->jid)
                                     << "limit" << found->maxSize;
                    fulfil(promise, *found);
                }
            });
        }
    });
    return promise->future();
}

FileUpload *UploadService::upload(const QString &localPath, QObject *owner, bool encrypted)
{
    const QFileInfo info(localPath);
    const QString mime = QMimeDatabase().mimeTypeForFile(info).name();
    auto *upload = new FileUpload(info.absoluteFilePath(), info.fileName(), mime, info.size(), owner);
    if (!info.exists() || !info.isFile()) {
        upload->fail(tr("%1 does not exist.").arg(localPath));
        return upload;
    }
    if (!info.isReadable()) {
        upload->fail(tr("%1 cannot be read.").arg(localPath));
        return upload;
    }
    if (info.size() == 0) {
        upload->fail(tr("%1 is empty.").arg(info.fileName()));
        return upload;
    }
    QPointer<FileUpload> guard(upload);
    if (!Account::hasSession(m_client)) {
        // Attached while offline or logging in: starts once connected.
        auto once = std::make_shared<QMetaObject::Connection>();
        *once = connect(m_client, &QXmppClient::connected, this, [this, guard, info, once, encrypted] {
            disconnect(*once);
            if (guard && !guard->isFinished())
                lookUpAndSend(guard, info, encrypted);
        });
        return upload;
    }
    lookUpAndSend(guard, info, encrypted);
    return upload;
}

void UploadService::lookUpAndSend(const QPointer<FileUpload> &guard, const QFileInfo &info, bool encrypted)
{
    service().then(this, [this, guard, info, encrypted](Service service) {
        if (!guard || guard->isFinished())
            return;
        if (!service.error.isEmpty()) {
            guard->fail(tr("The upload service could not be found: %1").arg(service.error));
        } else if (service.jid.isEmpty()) {
            guard->fail(tr("Your server does not offer file uploads (XEP-0363)."));
        } else if (service.maxSize > 0 && info.size() > service.maxSize) {
            const QLocale locale;
            guard->fail(tr("%1 (%2) is larger than your server accepts (%3 bytes at most).")
                            .arg(info.fileName(), locale.formattedDataSize(info.size()),
                                 locale.toString(service.maxSize)));
        } else if (!encrypted) {
            requestSlot(guard, info.fileName(), info.size(), service.jid);
        } else {
            // The ciphertext on a worker thread (a large file takes a while),
            // named at random: the server learns neither name nor type.
            const QString name = QUuid::createUuid().toString(QUuid::WithoutBraces)
                + (info.suffix().isEmpty() ? QString() : u'.' + info.suffix().toLower());
            const QString target = QDir(QDir::tempPath()).filePath(QStringLiteral("hearth-upload-") + name);
            const QString source = info.absoluteFilePath();
            QPointer<UploadService> self(this);
            QThreadPool::globalInstance()->start([self, guard, source, target, name, jid = service.jid] {
                const EncryptedFile::Sealed sealed = EncryptedFile::encryptFile(source, target);
                if (!self) {
                    QFile::remove(target);
                    return;
                }
                QMetaObject::invokeMethod(self, [self, guard, sealed, target, name, jid] {
                    if (!guard || guard->isFinished() || !sealed.error.isEmpty()) {
                        QFile::remove(target);
                        if (guard)
                            guard->fail(sealed.error);
                        return;
                    }
                    guard->setEncrypted(target, sealed.size, sealed.iv, sealed.key);
                    self->requestSlot(guard, name, sealed.size, jid);
                });
            });
        }
    });
}

void UploadService::requestSlot(const QPointer<FileUpload> &upload, const QString &fileName, qint64 size, const QString &service)
{
    const QMimeType type = QMimeDatabase().mimeTypeForName(upload->isEncrypted() ? QStringLiteral("application/octet-stream") : upload->mimeType());
    m_slots->requestSlot(fileName, size, type, service).then(this, [this, upload](QXmppUploadRequestManager::SlotResult result) {
        if (!upload || upload->isFinished())
            return;
        if (auto *error = std::get_if<QXmppError>(&result)) {
            upload->fail(tr("The server refused %1: %2").arg(upload->fileName(), describeError(*error)));
            return;
        }
        const auto &slot = std::get<QXmppHttpUploadSlotIq>(result);
        // This client's server, not the app's account: the demo seeder uploads too.
        const bool loopback = WebUrls::isLoopbackServer(m_client->configuration().host(), m_client->configuration().domain());
        if (!WebUrls::isSecureTransfer(slot.putUrl(), loopback) || !WebUrls::isSecureTransfer(slot.getUrl(), loopback)) {
            upload->fail(tr("The server offered an insecure (non-https) address for %1.").arg(upload->fileName()));
            return;
        }
        upload->start(m_network, slot.putUrl(), slot.getUrl(), slot.putHeaders());
    });
}

QFuture<UploadService::Fetched> UploadService::fetchEncrypted(const QString &link, const QString &directory)
{
    auto promise = startedPromise<Fetched>();
    const auto parsed = EncryptedFile::parse(link);
    if (!parsed) {
        fulfil(promise, Fetched{{}, tr("This is not a link to an encrypted file.")});
        return promise->future();
    }
    const bool loopback = WebUrls::isLoopbackServer(m_client->configuration().host(), m_client->configuration().domain());
    QUrl source = parsed->https;
    // aesgcm:// stands for https; the demo's and the tests' server on this
    // machine serves its uploads over plain http (as it hands out slots).
    if (loopback && WebUrls::isLoopbackHost(source.host()))
        source.setScheme(QStringLiteral("http"));
    if (!WebUrls::isSecureTransfer(source, loopback)) {
        fulfil(promise, Fetched{{}, tr("The encrypted file is not on a secure (https) address.")});
        return promise->future();
    }
    // One file per link: its hash and the name it was shared under.
    const QString name = QString::fromLatin1(QCryptographicHash::hash(link.toUtf8(), QCryptographicHash::Sha256).toHex().left(16))
        + u'-' + (parsed->https.fileName().isEmpty() ? QStringLiteral("file") : parsed->https.fileName());
    const QString target = QDir(directory).filePath(name);
    QNetworkRequest request(source);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    QNetworkReply *reply = m_network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, promise, target, directory, key = parsed->key, iv = parsed->iv] {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        if (reply->error() != QNetworkReply::NoError || status < 200 || status >= 300) {
            fulfil(promise, Fetched{{}, tr("The encrypted file could not be downloaded: %1").arg(reply->errorString())});
            return;
        }
        const QByteArray data = reply->readAll();
        QPointer<UploadService> self(this);
        QThreadPool::globalInstance()->start([self, promise, data, key, iv, target, directory] {
            Fetched fetched;
            const auto plain = EncryptedFile::decrypt(data, iv, key);
            QSaveFile file(target);
            if (!plain) {
                fetched.error = tr("The encrypted file could not be decrypted: it is damaged or its key is wrong.");
            } else if (!QDir().mkpath(directory) || !file.open(QIODevice::WriteOnly) || file.write(*plain) != plain->size() || !file.commit()) {
                fetched.error = tr("The decrypted file could not be saved: %1").arg(file.errorString());
            } else {
                fetched.path = target;
            }
            if (self)
                fulfilOn(self, promise, fetched);
        });
    });
    return promise->future();
}

} // namespace Hearth
