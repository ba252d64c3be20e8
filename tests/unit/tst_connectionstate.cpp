#include "AccountSettings.h"
#include "ConnectionState.h"

#include <QAbstractSocket>
#include <QTest>

using namespace Qt::StringLiterals;
#include <QXmppAuthenticationError.h>
#include <QXmppConfiguration.h>
#include <QXmppError.h>
#include <QXmppStreamError.h>

using namespace Hearth;
using State = Connection::State;
using Kind = ConnectionError::Kind;

class TestConnectionState : public QObject
{
    Q_OBJECT
private:
    static ConnectionStateMachine machine(double jitter = 0.5)
    {
        ConnectionStateMachine m([jitter] { return jitter; });
        m.setBackoff(1000, 60000);
        return m;
    }

private Q_SLOTS:
    void firstLoginFailureNeedsUser()
    {
        auto m = machine();
        QCOMPARE(m.state(), State::Offline);
        QCOMPARE(m.connectRequested(), State::Connecting);
        QCOMPARE(m.disconnected(ConnectionError(Kind::ConnectionRefused)), State::Error);
        QCOMPARE(m.lastError().kind(), Kind::ConnectionRefused);
        QCOMPARE(m.retryDelayMs(), -1);
    }

    void savedAccountRetriesWhileOffline()
    {
        auto m = machine();
        m.connectRequested(true);
        QCOMPARE(m.disconnected(ConnectionError(Kind::HostNotFound)), State::Reconnecting);
        QCOMPARE(m.retryDelayMs(), 1000);
        // …but a wrong password still stops.
        m.retryDue();
        QCOMPARE(m.disconnected(ConnectionError(Kind::NotAuthorized)), State::Error);
    }

    void dropAfterSessionBacksOff()
    {
        auto m = machine();
        m.connectRequested();
        QCOMPARE(m.connected(), State::Online);
        QList<int> delays;
        for (int i = 0; i < 9; ++i) {
            QCOMPARE(m.disconnected(ConnectionError(Kind::NetworkLost)), State::Reconnecting);
            delays << m.retryDelayMs();
            QCOMPARE(m.retryDue(), State::Reconnecting);
            QCOMPARE(m.retryDelayMs(), -1);
        }
        QCOMPARE(delays, (QList<int>{1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000}));
        QCOMPARE(m.failedAttempts(), 9);
        QCOMPARE(m.connected(), State::Online);
        QCOMPARE(m.failedAttempts(), 0);
        QCOMPARE(m.disconnected(ConnectionError(Kind::NetworkLost)), State::Reconnecting);
        QCOMPARE(m.retryDelayMs(), 1000); // backoff starts over after a session
    }

    void jitterStaysWithinTwentyPercent()
    {
        for (double jitter : {0.0, 0.999}) {
            auto m = machine(jitter);
            m.connectRequested();
            m.connected();
            m.disconnected(ConnectionError(Kind::NetworkLost));
            QVERIFY(m.retryDelayMs() >= 800 && m.retryDelayMs() <= 1200);
        }
    }

    void cleanCloseAndLogout()
    {
        auto m = machine();
        m.connectRequested();
        m.connected();
        // The server closing a session without an error counts as a drop.
        QCOMPARE(m.disconnected(ConnectionError()), State::Reconnecting);
        QCOMPARE(m.lastError().kind(), Kind::NetworkLost);
        QCOMPARE(m.logoutRequested(), State::Offline);
        QVERIFY(!m.lastError().isError());
        // A disconnect after logout is the one we asked for.
        QCOMPARE(m.disconnected(ConnectionError(Kind::NetworkLost)), State::Offline);
        QVERIFY(!m.hadSession());
    }

    void fatalErrorsAfterSessionStop()
    {
        for (Kind kind : {Kind::NotAuthorized, Kind::TlsFailure, Kind::PolicyViolation, Kind::Conflict, Kind::AccountDisabled}) {
            auto m = machine();
            m.connectRequested();
            m.connected();
            QCOMPARE(m.disconnected(ConnectionError(kind)), State::Error);
        }
    }

    void errorsFromQXmpp_data()
    {
        QTest::addColumn<QXmppError>("error");
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<bool>("transient");
        QTest::newRow("refused") << QXmppError{u"x"_s, QAbstractSocket::ConnectionRefusedError} << Kind::ConnectionRefused << true;
        QTest::newRow("dns") << QXmppError{u"x"_s, QAbstractSocket::HostNotFoundError} << Kind::HostNotFound << true;
        QTest::newRow("closed") << QXmppError{u"x"_s, QAbstractSocket::RemoteHostClosedError} << Kind::NetworkLost << true;
        QTest::newRow("tls") << QXmppError{u"x"_s, QAbstractSocket::SslHandshakeFailedError} << Kind::TlsFailure << false;
        QTest::newRow("timeout") << QXmppError{u"x"_s, QXmpp::TimeoutError()} << Kind::Timeout << true;
        QTest::newRow("auth") << QXmppError{u"x"_s, QXmpp::AuthenticationError{QXmpp::AuthenticationError::NotAuthorized, u"bad"_s, {}}}
                              << Kind::NotAuthorized << false;
        QTest::newRow("disabled") << QXmppError{u"x"_s, QXmpp::AuthenticationError{QXmpp::AuthenticationError::AccountDisabled, {}, {}}}
                                  << Kind::AccountDisabled << false;
        QTest::newRow("shutdown") << QXmppError{u"x"_s, QXmpp::StreamError::SystemShutdown} << Kind::ServerShutdown << true;
        QTest::newRow("policy") << QXmppError{u"x"_s, QXmpp::StreamError::PolicyViolation} << Kind::PolicyViolation << false;
        QTest::newRow("conflict") << QXmppError{u"x"_s, QXmpp::StreamError::Conflict} << Kind::Conflict << false;
    }

    void errorsFromQXmpp()
    {
        QFETCH(QXmppError, error);
        QFETCH(Kind, kind);
        QFETCH(bool, transient);
        const auto mapped = ConnectionError::fromQXmpp(error);
        QCOMPARE(mapped.kind(), kind);
        QCOMPARE(mapped.isTransient(), transient);
        QVERIFY(!mapped.message().isEmpty());
    }

    void serverTextIsShown()
    {
        const ConnectionError error(Kind::NotAuthorized, u"Account locked for 5 minutes"_s);
        QVERIFY(error.message().contains(u"Account locked for 5 minutes"_s));
    }

    void plaintextOnlyToLoopback_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<AccountSettings::Security>("security");
        QTest::addColumn<int>("mode");
        QTest::newRow("srv") << QString() << AccountSettings::Security::StartTls << int(QXmppConfiguration::TLSRequired);
        QTest::newRow("remote") << u"xmpp.example.org"_s << AccountSettings::Security::StartTls << int(QXmppConfiguration::TLSRequired);
        QTest::newRow("loopback") << u"127.0.0.1"_s << AccountSettings::Security::StartTls << int(QXmppConfiguration::TLSEnabled);
        QTest::newRow("direct tls") << u"xmpp.example.org"_s << AccountSettings::Security::DirectTls << int(QXmppConfiguration::LegacySSL);
    }

    void plaintextOnlyToLoopback()
    {
        QFETCH(QString, host);
        QFETCH(AccountSettings::Security, security);
        QFETCH(int, mode);
        AccountSettings settings;
        settings.jid = u"a@example.org"_s;
        settings.host = host;
        settings.security = security;
        const auto config = settings.configuration(u"pw"_s);
        QCOMPARE(int(config.streamSecurityMode()), mode);
        QVERIFY(!config.ignoreSslErrors());
        QVERIFY(!config.autoReconnectionEnabled());
        if (security == AccountSettings::Security::DirectTls)
            QCOMPARE(config.port(), 5223);
    }
};

QTEST_GUILESS_MAIN(TestConnectionState)
#include "tst_connectionstate.moc"
