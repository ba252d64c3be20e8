#include "SingleInstance.h"

#include "Logging.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocalServer>
#include <QLocalSocket>

namespace Hearth {

namespace {
// A hand-over is a list of arguments, not a file: anything larger is not Hearth's.
constexpr qint64 kMaxMessageBytes = 64 * 1024;
const QByteArray kAnswer = QByteArrayLiteral("ok\n");
} // namespace

SingleInstance::SingleInstance(const QString &profileDirectory, QObject *parent)
    : QObject(parent)
    , m_name(socketName(profileDirectory))
{
}

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketName(const QString &profileDirectory)
{
    const QFileInfo info(profileDirectory);
    const QString path = info.exists() ? info.canonicalFilePath() : info.absoluteFilePath();
    // The user is part of the name: Windows pipes and /tmp are shared.
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    const QString name = QStringLiteral("hearth-")
        + QString::fromLatin1(QCryptographicHash::hash((user + u'\n' + path).toUtf8(), QCryptographicHash::Sha256).toHex().left(20));
#ifdef Q_OS_UNIX
    // The runtime directory is the user's alone (0700); without one the
    // socket goes to the temporary folder, still readable by the user only.
    const QString runtime = qEnvironmentVariable("XDG_RUNTIME_DIR");
    if (!runtime.isEmpty() && QFileInfo(runtime).isDir() && runtime.size() < 80)
        return runtime + u'/' + name;
#endif
    return name;
}

SingleInstance::Outcome SingleInstance::handOver(const QStringList &arguments, int timeoutMs)
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (socket.waitForConnected(timeoutMs)) {
        const QJsonObject message{{QStringLiteral("arguments"), QJsonArray::fromStringList(arguments)},
                                  {QStringLiteral("workingDirectory"), QDir::currentPath()}};
        socket.write(QJsonDocument(message).toJson(QJsonDocument::Compact) + '\n');
        QByteArray answer;
        while (!answer.endsWith('\n') && socket.waitForReadyRead(timeoutMs))
            answer += socket.readAll();
        if (answer == kAnswer)
            return Outcome::HandedOver;
        m_error = tr("Hearth is already running on this profile, but it did not answer (%1).")
                      .arg(answer.isEmpty() ? socket.errorString() : QString::fromUtf8(answer.left(80)).trimmed());
        return Outcome::Failed;
    }
    return Outcome::NoneRunning;
}

bool SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    connect(m_server, &QLocalServer::newConnection, this, &SingleInstance::onNewConnection);
    if (m_server->listen(m_name))
        return true;
    if (m_server->serverError() == QAbstractSocket::AddressInUseError) {
        // Nobody answered on it: a crashed run's socket. Take it over.
        qCInfo(lcAccount).noquote() << "taking over the stale socket" << m_name;
        QLocalServer::removeServer(m_name);
        if (m_server->listen(m_name))
            return true;
    }
    m_error = m_server->errorString();
    qCWarning(lcAccount).noquote() << "cannot listen for other starts of Hearth on" << m_name << ":" << m_error;
    return false;
}

void SingleInstance::onNewConnection()
{
    while (QLocalSocket *socket = m_server->nextPendingConnection()) {
        connect(socket, &QLocalSocket::disconnected, socket, &QObject::deleteLater);
        connect(socket, &QLocalSocket::readyRead, this, [this, socket] {
            if (!socket->canReadLine()) {
                if (socket->bytesAvailable() > kMaxMessageBytes)
                    socket->abort();
                return;
            }
            const QByteArray line = socket->readLine(kMaxMessageBytes);
            const QJsonObject message = QJsonDocument::fromJson(line).object();
            const QJsonValue arguments = message.value(QStringLiteral("arguments"));
            if (!arguments.isArray()) {
                qCWarning(lcAccount) << "another start of Hearth sent something unreadable; ignored";
                socket->abort();
                return;
            }
            QStringList list;
            for (const QJsonValue &argument : arguments.toArray())
                list << argument.toString();
            socket->write(kAnswer);
            socket->flush();
            socket->disconnectFromServer();
            Q_EMIT received(list, message.value(QStringLiteral("workingDirectory")).toString());
        });
    }
}

} // namespace Hearth
