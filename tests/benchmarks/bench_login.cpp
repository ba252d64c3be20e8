// Login: TCP connect + stream + SASL + bind + a roster of 100 contacts
// received, on loopback Prosody, with an empty cache (the whole roster
// comes). Target < 150 ms. Each login is checked to bring the 100.
#include "Account.h"
#include "roster/RosterService.h"
#include "BenchUtils.h"
#include "support/ProsodyServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

using namespace Hearth;

namespace {
constexpr int kContacts = 100;
}

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Test::ProsodyServer server;
    if (!server.start()) {
        std::fprintf(stderr, "bench_login: %s\n", qPrintable(server.error()));
        return 1;
    }
    Bench::announce("bench_login", QStringLiteral("a roster of %1 contacts").arg(kContacts));
    const auto user = server.createUser(QStringLiteral("bench"));
    if (!Bench::writeProsodyRoster(server.server().directory() + QStringLiteral("/data"), server.domain(), user.user, kContacts))
        return Bench::checkFailed("bench_login", QStringLiteral("cannot write the roster"));
    AccountSettings settings;
    settings.jid = user.jid;
    settings.host = server.host();
    settings.port = server.port();

    const int n = Bench::runs(30);
    QList<double> ms;
    for (int i = 0; i < n + 1; ++i) {
        Account account;
        QEventLoop loop;
        bool ok = false;
        qsizetype contacts = -1;
        QObject::connect(account.roster(), &RosterService::rosterReplaced, &loop,
                         [&](const RosterSnapshot &roster) { contacts = roster.entries.size(); });
        QObject::connect(&account, &Account::rosterReceived, &loop, [&] { ok = true; loop.quit(); });
        QObject::connect(&account, &Account::stateChanged, &loop, [&](Connection::State state) {
            if (state == Connection::State::Error)
                loop.quit();
        });
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        timer.start();
        account.connectToServer(settings, user.password);
        loop.exec();
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        if (!ok)
            return Bench::checkFailed("bench_login", QStringLiteral("login failed: %1").arg(account.error().message()));
        if (contacts != kContacts)
            return Bench::checkFailed("bench_login", QStringLiteral("the roster brought %1 contacts").arg(contacts));
        if (i > 0)
            ms.append(elapsed);
        account.disconnectFromServer();
    }
    Bench::report("login: connect + authenticate + a roster of 100 received, loopback Prosody", ms, 150);
    return Bench::exitCode();
}
