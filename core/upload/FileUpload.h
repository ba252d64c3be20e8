#pragma once

#include <QObject>
#include <QUrl>

#include <QMap>
#include <QPointer>

class QFile;
class QNetworkAccessManager;
class QNetworkReply;

namespace Hearth {

// One local file on its way to the user's XEP-0363 upload service: what the
// composer's attachment list and the command line follow. Created by
// UploadService; finished() is emitted exactly once.
class FileUpload : public QObject
{
    Q_OBJECT
public:
    enum class State { Preparing, Uploading, Done, Failed, Cancelled };
    Q_ENUM(State)

    FileUpload(const QString &localPath, const QString &fileName, const QString &mimeType, qint64 size,
               QObject *parent = nullptr);
    ~FileUpload() override;

    [[nodiscard]] QString localPath() const { return m_localPath; }
    [[nodiscard]] QString fileName() const { return m_fileName; }
    [[nodiscard]] QString mimeType() const { return m_mimeType; }
    [[nodiscard]] qint64 size() const { return m_size; }
    [[nodiscard]] bool isImage() const { return m_mimeType.startsWith(QLatin1String("image/")); }
    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isFinished() const { return m_state != State::Preparing && m_state != State::Uploading; }
    // 0..1 of the bytes sent.
    [[nodiscard]] double progress() const { return m_progress; }
    // The download URL once Done (an aesgcm:// link for an encrypted one).
    [[nodiscard]] QUrl url() const;
    // End to end encrypted (XEP-0454): the upload is the ciphertext in
    // uploadPath; the link carries the key.
    [[nodiscard]] bool isEncrypted() const { return !m_key.isEmpty(); }
    void setEncrypted(const QString &ciphertextPath, qint64 size, const QByteArray &iv, const QByteArray &key);
    // Why it Failed, in the user's terms.
    [[nodiscard]] QString error() const { return m_error; }

    void cancel();

    // Used by UploadService: sends the file to the slot's PUT URL (only
    // the headers XEP-0363 allows), then it is Done with the GET URL.
    void start(QNetworkAccessManager *network, const QUrl &putUrl, const QUrl &getUrl,
               const QMap<QString, QString> &headers);
    void fail(const QString &error);
    void succeed(const QUrl &url);

Q_SIGNALS:
    void progressChanged();
    void finished();

private:
    void settle(State state);

    QString m_localPath;
    QString m_uploadPath;      // what is sent: the file, or its ciphertext
    qint64 m_uploadSize = 0;
    QByteArray m_iv;
    QByteArray m_key;
    QString m_fileName;
    QString m_mimeType;
    qint64 m_size = 0;
    State m_state = State::Preparing;
    double m_progress = 0;
    QUrl m_url;
    QString m_error;
    QPointer<QNetworkReply> m_reply;
    QFile *m_file = nullptr;
};

} // namespace Hearth
