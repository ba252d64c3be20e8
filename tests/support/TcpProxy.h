#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>
#include <memory>

namespace Hearth::Test {

// A loopback TCP relay between a client and a server, so a test can cut the
// network under a live session (dropAll) or refuse new connections, while
// the server itself keeps running.
class TcpProxy : public QObject
{
    Q_OBJECT
public:
    explicit TcpProxy(quint16 targetPort, QObject *parent = nullptr);

    bool listen();
    [[nodiscard]] quint16 port() const { return m_server.serverPort(); }
    // Aborts every relayed connection on both sides, like a lost network.
    void dropAll();
    // While false, new connections are closed at once.
    void setAccepting(bool accepting) { m_accepting = accepting; }
    [[nodiscard]] int connectionCount() const { return int(m_pairs.size()); }
    // When > 0, what the server sends reaches the client in pieces of that
    // many bytes, one per turn of the event loop (a slow link: the client
    // reads a large stanza in many small reads).
    void setDownstreamChunk(int bytes) { m_chunk = bytes; }
    // When > 0, bytes reach the other side this many ms after they came,
    // both ways and in order (a round trip of twice that, as on a real
    // network). For timing, run the proxy on a thread of its own.
    void setDelay(int oneWayMs) { m_delay = oneWayMs; }

Q_SIGNALS:
    // Bytes as the relay passes them on: from the client to the server, and
    // from the server (as read, before any chunking) towards the client.
    void relayedUp(const QByteArray &bytes);
    void relayedDown(const QByteArray &bytes);

private:
    struct Pair
    {
        QPointer<QTcpSocket> client;
        QPointer<QTcpSocket> upstream;
    };
    void onNewConnection();
    // Writes to `to`, now or after the delay.
    std::function<void(const QByteArray &)> writerTo(QTcpSocket *to);

    QTcpServer m_server;
    quint16 m_targetPort;
    bool m_accepting = true;
    int m_chunk = 0;
    int m_delay = 0;
    QList<Pair> m_pairs;
};

} // namespace Hearth::Test
