// Login: TCP connect + stream + SASL + bind + roster received, on loopback
// Prosody. Target < 150 ms.
#include "Account.h"
#include "BenchUtils.h"
#include "support/ProsodyServer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

using namespace Hearth;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Test::ProsodyServer server;
    if (!server.start()) {
        std::fprintf(stderr, "bench_login: %s\n", qPrintable(server.error()));
        return 1;
    }
    const auto user = server.createUser(QStringLiteral("bench"));
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
        if (!ok) {
            std::fprintf(stderr, "bench_login: login failed: %s\n", qPrintable(account.error().message()));
            return 1;
        }
        if (i > 0)
            ms.append(elapsed);
        account.disconnectFromServer();
    }
    Bench::report("login: connect + authenticate + roster on loopback Prosody", ms, 150);
    return 0;
}
