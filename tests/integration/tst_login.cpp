// Logging in against a real Prosody: success, wrong password, refused
// connections, server restart, network loss with XEP-0198 resumption, logout
// and in-band registration.
#include "Account.h"
#include "AccountRegistration.h"
#include "support/ProsodyServer.h"
#include "support/TcpProxy.h"
#include "support/TestUtils.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QXmppClient.h>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hearth;
using Hearth::Connection::State;

class TestLogin : public QObject
{
    Q_OBJECT
private:
    static AccountSettings settingsFor(const Test::TestUser &user, quint16 port)
    {
        AccountSettings settings;
        settings.jid = user.jid;
        settings.host = QStringLiteral("127.0.0.1"); // the fixture's (or the proxy's) host
        settings.port = port;
        return settings;
    }

private Q_SLOTS:
    void loginReceivesRoster()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        const auto user = server.createUser();
        Account account;
        QSignalSpy roster(&account, &Account::rosterReceived);
        QSignalSpy sessions(&account, &Account::sessionStarted);
        account.connectToServer(settingsFor(user, server.port()), user.password);
        QCOMPARE(account.state(), State::Connecting);
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), State::Online, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(roster.count(), 1, 5000);
        QCOMPARE(sessions.count(), 1);
        QCOMPARE(sessions.first().first().toBool(), false);
        QVERIFY(!account.error().isError());
    }

    void wrongPasswordIsReportedAndNotRetried()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        const auto user = server.createUser();
        Account account;
        account.setBackoff(100, 200);
        account.connectToServer(settingsFor(user, server.port()), user.password + QStringLiteral("wrong"));
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), State::Error, 10000);
        QCOMPARE(account.error().kind(), ConnectionError::Kind::NotAuthorized);
        QVERIFY(!account.error().message().isEmpty());
        QCOMPARE(account.retryDelayMs(), -1);
        QTest::qWait(500); // longer than the backoff: nothing may retry
        QCOMPARE(account.state(), State::Error);
    }

    void invalidAddressNeverConnects()
    {
        Account account;
        AccountSettings settings;
        settings.jid = QStringLiteral("no-at-sign");
        account.connectToServer(settings, QStringLiteral("x"));
        QCOMPARE(account.state(), State::Error);
        QCOMPARE(account.error().kind(), ConnectionError::Kind::InvalidAddress);
    }

    void refusedConnectionIsReported()
    {
        const quint16 closedPort = LocalProsody::freeLoopbackPort();
        Account account;
        AccountSettings settings;
        settings.jid = QStringLiteral("someone@localhost");
        settings.host = QStringLiteral("127.0.0.1");
        settings.port = closedPort;
        account.connectToServer(settings, QStringLiteral("pw"));
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), State::Error, 10000);
        QCOMPARE(account.error().kind(), ConnectionError::Kind::ConnectionRefused);

        // A saved account started offline keeps trying instead.
        account.setBackoff(5000, 10000);
        account.connectToServer(settings, QStringLiteral("pw"), true);
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), State::Reconnecting, 10000);
        QVERIFY(account.retryDelayMs() >= 4000);
    }

    void directTlsToPlainServerIsATlsError()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        const auto user = server.createUser();
        Account account;
        account.setBackoff(100, 200);
        auto settings = settingsFor(user, server.port());
        settings.security = AccountSettings::Security::DirectTls; // a TLS hello to a plaintext port
        account.connectToServer(settings, user.password);
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), State::Error, 10000);
        qInfo() << "direct TLS to a plaintext port:" << int(account.error().kind()) << account.error().message();
        QCOMPARE(account.error().kind(), ConnectionError::Kind::TlsFailure);
    }

    void untrustedCertificateIsRefused()
    {
        Test::ProsodyServer server(true, /*tls=*/true);
        HEARTH_START_SERVER(server);
        const auto user = server.createUser();
        // Direct TLS and STARTTLS both meet a self-signed certificate.
        for (auto security : {AccountSettings::Security::DirectTls, AccountSettings::Security::StartTls}) {
            Account account;
            auto settings = settingsFor(user, security == AccountSettings::Security::DirectTls
                                                  ? server.server().directTlsPort() : server.port());
            settings.security = security;
            account.connectToServer(settings, user.password);
            QTRY_COMPARE_WITH_TIMEOUT(account.state(), State::Error, 10000);
            QCOMPARE(account.error().kind(), ConnectionError::Kind::TlsFailure);
            QVERIFY2(account.error().message().contains(u"self-signed"_s), qPrintable(account.error().message()));
        }
        // The same server is fine once its certificate is trusted: what
        // failed above was the validation, not TLS itself.
        QFile pem(server.server().certificatePath());
        QVERIFY(pem.open(QIODevice::ReadOnly));
        auto settings = settingsFor(user, server.server().directTlsPort());
        settings.security = AccountSettings::Security::DirectTls;
        auto config = settings.configuration(user.password);
        config.setCaCertificates(QSslCertificate::fromData(pem.readAll()));
        QXmppClient client;
        QSignalSpy connected(&client, &QXmppClient::connected);
        client.connectToServer(config);
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 10000);
        QVERIFY(client.isAuthenticated());
        client.disconnectFromServer();
    }

    void serverRestartReconnects()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        const auto user = server.createUser();
        Account account;
        account.setBackoff(200, 1000);
        QSignalSpy sessions(&account, &Account::sessionStarted);
        account.connectToServer(settingsFor(user, server.port()), user.password);
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), State::Online, 10000);

        server.stop();
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), State::Reconnecting, 10000);
        QVERIFY(account.error().isTransient());
        QTest::qWait(1500); // a few failed attempts while the server is down
        QCOMPARE(account.state(), State::Reconnecting);

        HEARTH_START_SERVER(server);
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), State::Online, 15000);
        QCOMPARE(sessions.count(), 2);
        // The server forgot the old session: a new one, not a resumption.
        QCOMPARE(sessions.last().first().toBool(), false);
    }

    void networkLossResumesSession()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        const auto user = server.createUser();
        Test::TcpProxy proxy(server.port());
        QVERIFY(proxy.listen());
        Account account;
        account.setBackoff(200, 1000);
        QSignalSpy sessions(&account, &Account::sessionStarted);
        QSignalSpy roster(&account, &Account::rosterReceived);
        account.connectToServer(settingsFor(user, proxy.port()), user.password);
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), State::Online, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(roster.count(), 1, 5000);

        proxy.setAccepting(false);
        proxy.dropAll();
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), State::Reconnecting, 10000);
        QCOMPARE(account.error().kind(), ConnectionError::Kind::NetworkLost);
        proxy.setAccepting(true);
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), State::Online, 15000);
        QCOMPARE(sessions.count(), 2);
        QCOMPARE(sessions.last().first().toBool(), true); // XEP-0198 resumed
        QVERIFY(account.isResumed());
        QCOMPARE(roster.count(), 1); // a resumed stream needs no new roster
    }

    void logoutStopsRetrying()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        const auto user = server.createUser();
        Account account;
        account.setBackoff(100, 200);
        account.connectToServer(settingsFor(user, server.port()), user.password);
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), State::Online, 10000);
        account.disconnectFromServer();
        QCOMPARE(account.state(), State::Offline);
        QTest::qWait(500);
        QCOMPARE(account.state(), State::Offline);
        QVERIFY(!account.error().isError());
    }

    void registrationCreatesAccount()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        AccountSettings settings;
        settings.jid = QStringLiteral("newcomer@") + server.domain();
        settings.host = server.host();
        settings.port = server.port();

        AccountRegistration registration;
        QSignalSpy succeeded(&registration, &AccountRegistration::succeeded);
        QSignalSpy failed(&registration, &AccountRegistration::failed);
        registration.start(settings, QStringLiteral("s3cret-pass"));
        QTRY_VERIFY_WITH_TIMEOUT(succeeded.count() + failed.count() > 0, 10000);
        if (!failed.isEmpty())
            QFAIL(qPrintable(failed.first().first().value<ConnectionError>().message()));

        Account account;
        account.connectToServer(settings, QStringLiteral("s3cret-pass"));
        QTRY_COMPARE_WITH_TIMEOUT(account.state(), State::Online, 10000);
        account.disconnectFromServer();

        // The same name again is taken.
        AccountRegistration again;
        QSignalSpy againFailed(&again, &AccountRegistration::failed);
        again.start(settings, QStringLiteral("other"));
        QTRY_COMPARE_WITH_TIMEOUT(againFailed.count(), 1, 10000);
        QCOMPARE(againFailed.first().first().value<ConnectionError>().kind(), ConnectionError::Kind::RegistrationConflict);
    }
};

QTEST_GUILESS_MAIN(TestLogin)
#include "tst_login.moc"
