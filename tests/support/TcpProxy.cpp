#include "TcpProxy.h"

#include <QElapsedTimer>
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
        const auto up = writerTo(upstream);
        const auto down = writerTo(client);
        // Hold the client's bytes until the upstream side is connected.
        connect(upstream, &QTcpSocket::connected, client, [this, client, up] {
            const QByteArray bytes = client->readAll();
            Q_EMIT relayedUp(bytes);
            up(bytes);
        });
        connect(client, &QTcpSocket::readyRead, upstream, [this, client, upstream, up] {
            if (upstream->state() != QAbstractSocket::ConnectedState)
                return;
            const QByteArray bytes = client->readAll();
            Q_EMIT relayedUp(bytes);
            up(bytes);
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
        connect(upstream, &QTcpSocket::readyRead, client, [this, upstream, pending, drain, down] {
            const QByteArray bytes = upstream->readAll();
            Q_EMIT relayedDown(bytes);
            if (m_chunk <= 0) {
                down(bytes);
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

std::function<void(const QByteArray &)> TcpProxy::writerTo(QTcpSocket *to)
{
    if (m_delay <= 0)
        return [to](const QByteArray &bytes) { to->write(bytes); };
    // Each piece with when it is due; a timer (the socket's child) for the
    // first one waiting.
    struct Queue
    {
        QList<std::pair<qint64, QByteArray>> pieces;
        QElapsedTimer clock;
    };
    auto queue = std::make_shared<Queue>();
    queue->clock.start();
    auto *timer = new QTimer(to);
    timer->setSingleShot(true);
    timer->setTimerType(Qt::PreciseTimer);
    connect(timer, &QTimer::timeout, to, [to, timer, queue] {
        const qint64 now = queue->clock.elapsed();
        while (!queue->pieces.isEmpty() && queue->pieces.constFirst().first <= now)
            to->write(queue->pieces.takeFirst().second);
        to->flush();
        if (!queue->pieces.isEmpty())
            timer->start(int(queue->pieces.constFirst().first - now));
    });
    const int delay = m_delay;
    return [timer, queue, delay](const QByteArray &bytes) {
        queue->pieces.append({queue->clock.elapsed() + delay, bytes});
        if (!timer->isActive())
            timer->start(int(std::max<qint64>(0, queue->pieces.constFirst().first - queue->clock.elapsed())));
    };
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
