// Contacts at scale: a roster of 5,000 contacts from loopback Prosody into
// the cache (target < 1 s), and a filter keystroke in the contacts model
// (target < 16 ms).
#include "Account.h"
#include "AccountStore.h"
#include "BenchUtils.h"
#include "ContactsModel.h"
#include "db/Database.h"
#include "roster/ContactList.h"
#include "roster/PresenceTracker.h"
#include "roster/RosterService.h"
#include "support/ProsodyServer.h"
#include "support/TcpProxy.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTimer>

using namespace Hearth;

namespace {
constexpr int kContacts = 5000;

// An empty cache at path with the account in it; its id (0 on failure).
qint64 newCache(Database &db, const QString &path, const AccountSettings &settings)
{
    auto opened = db.open(path);
    Bench::waitFor(opened);
    AccountRecord record;
    record.settings = settings;
    auto saved = AccountStore(&db).save(record);
    Bench::waitFor(saved);
    return opened.result().ok() ? saved.result().value : 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    Test::ProsodyServer server;
    if (!server.start()) {
        std::fprintf(stderr, "bench_contacts: %s\n", qPrintable(server.error()));
        return 1;
    }
    Bench::announce("bench_contacts", QStringLiteral("%1 contacts").arg(kContacts));
    const auto user = server.createUser(QStringLiteral("big"));
    if (!Bench::writeProsodyRoster(server.server().directory() + QStringLiteral("/data"), server.domain(), user.user, kContacts)) {
        std::fprintf(stderr, "bench_contacts: cannot write the roster\n");
        return 1;
    }
    AccountSettings settings;
    settings.jid = user.jid;
    settings.host = server.host();
    settings.port = server.port();

    const int n = Bench::runs(5);
    QList<double> sync;
    for (int i = 0; i < n; ++i) {
        QTemporaryDir dir;
        Database db;
        Account account;
        ContactList contacts(&db, &account);
        Bench::waitFor(contacts.load(newCache(db, dir.filePath(QStringLiteral("hearth.sqlite")), settings)));
        QEventLoop loop;
        QString error = QStringLiteral("timed out");
        QObject::connect(&contacts, &ContactList::stored, &loop, [&](const QString &e) { error = e; loop.quit(); });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        QElapsedTimer timer;
        double connectedAt = 0, receivedAt = 0;
        QObject::connect(&account, &Account::sessionStarted, &loop, [&] { connectedAt = double(timer.nsecsElapsed()) / 1e6; });
        QObject::connect(account.roster(), &RosterService::rosterReplaced, &loop, [&] { receivedAt = double(timer.nsecsElapsed()) / 1e6; });
        timer.start();
        account.connectToServer(settings, user.password);
        loop.exec();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        if (!error.isEmpty() || contacts.entries().size() != kContacts)
            return Bench::checkFailed("bench_contacts", QStringLiteral("sync failed (%1, %2 contacts)").arg(error).arg(contacts.entries().size()));
        sync.append(ms);
        std::printf("  run %d: session %.0f ms, roster parsed %.0f ms, cached %.0f ms\n", i + 1, connectedAt, receivedAt, ms);
        account.disconnectFromServer();

        if (i == n - 1) {
            // Filtering the same 5,000 contacts, keystroke by keystroke.
            ContactsModel model;
            model.setSources(&contacts, account.presence());
            QList<double> keystrokes;
            const QStringList typed = {QStringLiteral("c"), QStringLiteral("co"), QStringLiteral("con"), QStringLiteral("cont"),
                                       QStringLiteral("contact n"), QStringLiteral("contact number 4"),
                                       QStringLiteral("contact number 42"), QStringLiteral("contact number 421"),
                                       QStringLiteral("contact number 42"), QStringLiteral("contact number 4"), QString()};
            for (int round = 0; round < 5; ++round) {
                for (const QString &text : typed) {
                    QElapsedTimer keystroke;
                    keystroke.start();
                    model.setFilterText(text);
                    keystrokes.append(double(keystroke.nsecsElapsed()) / 1e6);
                    // The rows are the contacts whose name or address holds it.
                    int expected = 0;
                    for (int c = 0; c < kContacts; ++c)
                        expected += (QStringLiteral("contact number %1").arg(c).contains(text)
                                     || QStringLiteral("contact%1@localhost").arg(c).contains(text)) ? 1 : 0;
                    if (model.rowCount() != expected)
                        return Bench::checkFailed("bench_contacts", QStringLiteral("'%1' shows %2 rows, not %3").arg(text).arg(model.rowCount()).arg(expected));
                }
            }
            Bench::report("contacts: filter keystroke, 5000 contacts (model)", keystrokes, 16);
        }
    }
    Bench::report("contacts: 5000-contact roster from loopback Prosody into the cache", sync, 1000);

    // Where the time goes: one more sync through a relay that notes when
    // the roster request goes to the server, when the first and the last
    // byte of its answer come back; then the client's parse and store.
    {
        Test::TcpProxy proxy(server.port());
        if (!proxy.listen())
            return Bench::checkFailed("bench_contacts", QStringLiteral("the relay does not listen"));
        AccountSettings relayed = settings;
        relayed.port = proxy.port();
        QTemporaryDir dir;
        Database db;
        Account account;
        ContactList contacts(&db, &account);
        Bench::waitFor(contacts.load(newCache(db, dir.filePath(QStringLiteral("hearth.sqlite")), relayed)));
        QElapsedTimer timer;
        double requested = -1, firstByte = -1, lastByte = -1, parsed = -1;
        QByteArray answer;
        QObject::connect(&proxy, &Test::TcpProxy::relayedUp, &proxy, [&](const QByteArray &bytes) {
            if (requested < 0 && bytes.contains("jabber:iq:roster"))
                requested = double(timer.nsecsElapsed()) / 1e6;
        });
        QObject::connect(&proxy, &Test::TcpProxy::relayedDown, &proxy, [&](const QByteArray &bytes) {
            if (requested < 0 || lastByte >= 0)
                return;
            if (firstByte < 0)
                firstByte = double(timer.nsecsElapsed()) / 1e6;
            answer += bytes;
            if (answer.contains("</query></iq>"))
                lastByte = double(timer.nsecsElapsed()) / 1e6;
        });
        QEventLoop loop;
        QString error = QStringLiteral("timed out");
        QObject::connect(&contacts, &ContactList::stored, &loop, [&](const QString &e) { error = e; loop.quit(); });
        QObject::connect(account.roster(), &RosterService::rosterReplaced, &loop, [&] { parsed = double(timer.nsecsElapsed()) / 1e6; });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        timer.start();
        account.connectToServer(relayed, user.password);
        loop.exec();
        const double stored = double(timer.nsecsElapsed()) / 1e6;
        if (!error.isEmpty() || contacts.entries().size() != kContacts || requested < 0 || lastByte < 0 || parsed < 0)
            return Bench::checkFailed("bench_contacts", QStringLiteral("relayed sync failed (%1, %2 contacts, request seen %3, answer seen %4)")
                                                            .arg(error).arg(contacts.entries().size()).arg(requested >= 0).arg(lastByte >= 0));
        std::printf("contacts: where a 5000-contact sync goes (one run through a loopback relay): connecting until the roster request %.0f ms;"
                    " the server, request to first byte of the answer %.0f ms, to its last byte %.0f ms (%lld bytes);"
                    " the client, last byte to roster parsed %.0f ms, to cached %.0f ms; total %.0f ms\n",
                    requested, firstByte - requested, lastByte - requested, static_cast<long long>(answer.size()), parsed - lastByte,
                    stored - parsed, stored);
        account.disconnectFromServer();
    }
    return Bench::exitCode();
}
