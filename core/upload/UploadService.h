#pragma once

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QString>

#include <optional>

class QFileInfo;
class QNetworkAccessManager;
class QXmppClient;
class QXmppUploadRequestManager;

namespace Hearth {

class FileUpload;

// Files to the user's XEP-0363 HTTP upload service (Prosody's
// http_file_share, ejabberd's mod_http_upload…). The service is found once
// per session through disco (items of the domain, then their info) and its
// size limit checked before a byte is sent; QXmppUploadRequestManager asks
// for the slot and FileUpload sends the PUT. Not QXmppHttpUploadManager: it
// refuses http even to this machine, which the demo and tests use. Used by
// the composer, the command line and chat.
class UploadService : public QObject
{
    Q_OBJECT
public:
    struct Service
    {
        QString jid;          // empty: the server has none
        qint64 maxSize = -1;  // bytes; -1 when the service states no limit
        QString error;        // discovery failed
    };

    // Adds QXmppUploadRequestManager to the client.
    explicit UploadService(QXmppClient *client, QObject *parent = nullptr);

    // The client's upload service, added on first use (a client without an
    // Account, as the demo seeders have).
    [[nodiscard]] static UploadService *of(QXmppClient *client);

    // Starts sending a local file (once connected, when offline). The
    // returned upload (owned by owner) may already be Failed: a missing,
    // unreadable or empty file; it fails later without a service or when
    // too large for it.
    // encrypted: for an end-to-end encrypted chat (XEP-0454): the file is
    // encrypted on a worker thread first, under a random name with its
    // extension, and its url() is the aesgcm:// link.
    FileUpload *upload(const QString &localPath, QObject *owner, bool encrypted = false);

    // The session's upload service (looked up on first use).
    QFuture<Service> service();

    // An encrypted file from a chat (aesgcm:// link): downloaded, decrypted
    // on a worker thread and kept in directory (the same link again is
    // fetched again into the same file). path empty and error set when it failed (a bad
    // link, the download, a tag that does not match).
    struct Fetched
    {
        QString path;
        QString error;
    };
    QFuture<Fetched> fetchEncrypted(const QString &link, const QString &directory);

private:
    void lookUpAndSend(const QPointer<FileUpload> &upload, const QFileInfo &info, bool encrypted);
    void requestSlot(const QPointer<FileUpload> &upload, const QString &fileName, qint64 size, const QString &service);

    QXmppClient *m_client;
    QXmppUploadRequestManager *m_slots;
    QNetworkAccessManager *m_network;
    std::optional<QFuture<Service>> m_service;
};

} // namespace Hearth
