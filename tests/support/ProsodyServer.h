#pragma once

#include "server/LocalProsody.h"

#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace Hearth::Test {

struct TestUser
{
    QString user;
    QString jid;
    QString password;
};

// The integration tests' server: a private Prosody (see LocalProsody) in a
// temporary folder, with accounts that each test creates for itself.
class ProsodyServer
{
public:
    explicit ProsodyServer(bool commentsService = true, bool tls = false, bool bookmarksCompat = true);
    // Any other options (the folder is the fixture's own).
    explicit ProsodyServer(LocalProsody::Options options);
    ~ProsodyServer();

    // Starts the server; on failure error() says why (with Prosody's log).
    bool start();
    void stop() { m_server->stop(); }
    void kill() { m_server->kill(); }
    [[nodiscard]] QString error() const { return m_error; }

    // A new account with a unique name starting with prefix.
    TestUser createUser(const QString &prefix = QStringLiteral("user"));
    // The same on the second virtual host (LocalProsody::Options::secondDomain).
    TestUser createUserOn(const QString &domain, const QString &prefix);

    [[nodiscard]] LocalProsody &server() { return *m_server; }
    [[nodiscard]] QString domain() const { return m_server->domain(); }
    [[nodiscard]] QString host() const { return m_server->host(); }
    [[nodiscard]] quint16 port() const { return m_server->c2sPort(); }
    [[nodiscard]] quint16 httpPort() const { return m_server->httpPort(); }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<LocalProsody> m_server;
    QString m_error;
    int m_counter = 0;
};

} // namespace Hearth::Test
