#include "TcpProxy.h"

#include <QTimer>

#include <functional>

namespace Hearth::Test {

TcpProxy::TcpProxy(quint16 targetPort, QObject *parent)
    : QObject(parent), m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::onNewConnection);
}

bool TcpProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void TcpProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        if (!m_accepting) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *upstream = new QTcpSocket(this);
        client->setParent(this);
        m_pairs.append(Pair{client, upstream});
        // Hold the client's bytes until the upstream side is connected.
        connect(upstream, &QTcpSocket::connected, client, [this, client, upstream] {
            const QByteArray bytes = client->readAll();
            Q_EMIT relayedUp(bytes);
            upstream->write(bytes);
        });
        connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream] {
            if (upstream->state() != QAbstractSocket::ConnectedState)
                return;
            const QByteArray bytes = client->readAll();
            Q_EMIT relayedUp(bytes);
            upstream->write(bytes);
        });
        // What waits to go down in pieces, and how much of it went (an
        // offset: removing each piece from the front would be quadratic).
        struct Pending
        {
            QByteArray bytes;
            qsizetype sent = 0;
        };
        auto pending = std::make_shared<Pending>();
        auto drain = std::make_shared<std::function<void()>>();
        *drain = [this, client, pending, weak = std::weak_ptr<std::function<void()>>(drain)] {
            const qsizetype size = std::min<qsizetype>(m_chunk, pending->bytes.size() - pending->sent);
            client->write(pending->bytes.constData() + pending->sent, size);
            client->flush();
            pending->sent += size;
            if (pending->sent >= pending->bytes.size()) {
                pending->bytes.clear();
                pending->sent = 0;
            } else if (auto next = weak.lock()) {
                QTimer::singleShot(0, client, *next);
            }
        };
        connect(upstream, &QTcpSocket::readyRead, client, [this, client, upstream, pending, drain] {
            const QByteArray bytes = upstream->readAll();
            Q_EMIT relayedDown(bytes);
            if (m_chunk <= 0) {
                client->write(bytes);
                return;
            }
            const bool idle = pending->bytes.isEmpty();
            pending->bytes.append(bytes);
            if (idle)
                (*drain)();
        });
        connect(client, &QTcpSocket::disconnected, upstream, &QTcpSocket::disconnectFromHost);
        connect(upstream, &QTcpSocket::disconnected, client, &QTcpSocket::disconnectFromHost);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

void TcpProxy::dropAll()
{
    for (const auto &pair : std::as_const(m_pairs)) {
        if (pair.client)
            pair.client->abort();
        if (pair.upstream)
            pair.upstream->abort();
    }
    m_pairs.clear();
}

} // namespace Hearth::Test
