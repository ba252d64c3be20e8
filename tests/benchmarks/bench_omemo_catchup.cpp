// Catching up OMEMO 2 messages (issue 19): Bob's device, its sessions with
// his contacts built, is offline while they send N encrypted messages
// (HEARTH_BENCH_E2EE_MESSAGES, 10,000 by default, 100 per contact); then it
// connects. Timed: from connecting until every one of them is stored in its
// cache decrypted, i.e. the catch-up from the server's archive (another
// client of Bob's was online meanwhile, so nothing was kept offline), each
// message decrypted, parsed and stored, through the app's own engine on a
// loopback Prosody. Target >= 2,000 msgs/s. Checks: all N arrive, each read
// (none undecryptable), each body as sent by its contact.
#include "BenchUtils.h"
#include "chat/ChatService.h"
#include "chat/MessageArchive.h"
#include "e2ee/E2eeService.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"
#include "support/TcpProxy.h"
#include "support/TestUtils.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QScopeGuard>
#include <QThread>
#include <QTimer>
#include <sys/resource.h>
#include <unistd.h>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppE2eeMetadata.h>
#include <QXmppMessage.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {
int fail(const QString &why)
{
    return Bench::checkFailed("bench_omemo_catchup", why);
}

constexpr int kPerSender = 100;

QString bodyOf(int n)
{
    return u"Catch-up message %1, a line of ordinary length as people write them."_s.arg(n);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int count = Bench::size("HEARTH_BENCH_E2EE_MESSAGES", 10000);
    // OMEMO stops encrypting for a device that has not answered 106
    // messages (QXmpp, as XEP-0384 advises): a device that was offline
    // catches up at most that many from one device of one person, so the
    // N messages come from N / 100 contacts (a day away from many chats).
    const int perSender = std::min(count, kPerSender);
    const int senders = (count + perSender - 1) / perSender;
    Bench::announce("bench_omemo_catchup", u"%1 messages from %2 contacts"_s.arg(count).arg(senders));

    // Memory storage: Prosody's file store re-reads the whole archive for
    // each page (quadratic), which would time Prosody, not Hearth.
    LocalProsody::Options options;
    options.storage = qEnvironmentVariable("HEARTH_BENCH_E2EE_STORAGE", u"memory"_s);
    options.archiveItemLimit = 2 * count + 1000; // Bob's archive holds them all (receipts too)
    Test::ProsodyServer server(options);
    if (!server.start())
        return fail(server.error());
    Test::TestSession bob;
    if (!bob.login(server, server.createUser(u"bob"_s)) || !QTest::qWaitFor([&] { return bob.e2ee.isReady(); }, 30000))
        return fail(u"bob could not log in"_s);
    // Each contact's session with Bob's device, built and confirmed while
    // he is online (not timed).
    std::vector<std::unique_ptr<Test::TestSession>> contacts;
    for (int i = 0; i < senders; ++i) {
        contacts.push_back(std::make_unique<Test::TestSession>());
        Test::TestSession &c = *contacts.back();
        if (!c.login(server, server.createUser(u"contact"_s)))
            return fail(u"contact %1 could not log in"_s.arg(i));
        const bool ready = QTest::qWaitFor([&] {
            c.e2ee.refreshDevices(bob.user.jid);
            return c.e2ee.isReady() && c.e2ee.isAvailable(bob.user.jid) && !c.e2ee.usesLegacy(bob.user.jid);
        }, 60000);
        if (!ready)
            return fail(u"contact %1 has no OMEMO 2 session with bob"_s.arg(i));
        // Until Bob reads one: a first key exchange can name a pre-key of
        // his that another contact's used up (both fetched the same bundle);
        // Bob then rebuilds the session and the next one is read.
        bool greeted = false;
        for (int attempt = 0; attempt < 3 && !greeted; ++attempt) {
            if (attempt > 0)
                std::fprintf(stderr, "contact %d: hello not read, again (attempt %d)\n", i, attempt + 1);
            (void)Test::result(c.chat.send(bob.user.jid, u"hello"_s), 20000);
            greeted = QTest::qWaitFor([&] {
                const auto history = Test::history(bob, c.user.jid);
                return std::any_of(history.cbegin(), history.cend(), [](const ChatMessage &m) { return m.body == u"hello"_s; });
            }, 10000);
        }
        if (!greeted)
            return fail(u"contact %1's first messages did not arrive"_s.arg(i));
        if (!Test::roundTrip(bob) || !Test::roundTrip(c))
            return fail(u"the session confirmation did not go through"_s);
    }

    // Bob's device goes offline; the contacts write (not timed). Another
    // client of Bob's is online meanwhile, so the server keeps nothing
    // offline for the device: what it missed is in the archive only.
    bob.account.disconnectFromServer();
    if (!QTest::qWaitFor([&] { return bob.account.state() == Connection::State::Offline; }, 10000))
        return fail(u"bob did not go offline"_s);
    Test::TestSession phone;
    if (!phone.login(server, bob.user))
        return fail(u"bob's other client could not log in"_s);
    int sent = 0, failed = 0;
    QString firstError;
    QHash<QString, int> senderOf; // contact JID -> index, for the check
    for (int i = 0; i < senders; ++i) {
        Test::TestSession &c = *contacts[std::size_t(i)];
        senderOf.insert(c.user.jid, i);
        const int first = i * perSender;
        const int last = std::min(count, first + perSender);
        for (int n = first; n < last; ++n) {
            QXmppMessage message(QString(), bob.user.jid, bodyOf(n));
            message.setType(QXmppMessage::Chat);
            message.setId(QXmppUtils::generateStanzaUuid());
            c.e2ee.sendEncrypted(std::move(message)).then(&app, [&](QXmpp::SendResult result) {
                if (const auto *error = std::get_if<QXmppError>(&result); error && firstError.isEmpty())
                    firstError = error->description;
                ++(std::holds_alternative<QXmppError>(result) ? failed : sent);
            });
        }
        if (!QTest::qWaitFor([&] { return sent + failed == last; }, 60000) || !Test::roundTrip(c))
            return fail(u"contact %1's messages stalled at %2"_s.arg(i).arg(sent + failed));
    }
    if (failed > 0)
        return fail(u"%1 sent, %2 failed (%3)"_s.arg(sent).arg(failed).arg(firstError));

    // Timed: Bob's device connects and catches up.
    QSet<int> read;
    int unreadable = 0;
    QString wrong;
    QObject::connect(&bob.chat, &ChatService::messagesAdded, &app, [&](const QList<ChatMessage> &added) {
        static const QRegularExpression number(u"^Catch-up message (\\d+),"_s);
        for (const ChatMessage &m : added) {
            if (m.outgoing || m.body == u"hello"_s || !senderOf.contains(m.chatJid))
                continue;
            if (m.undecryptable != ChatMessage::Undecryptable::No) {
                ++unreadable;
                continue;
            }
            const auto match = number.match(m.body);
            const int n = match.hasMatch() ? match.captured(1).toInt() : -1;
            if (n < 0 || m.body != bodyOf(n) || n / perSender != senderOf.value(m.chatJid) || m.encryption != ChatMessage::Encryption::Omemo2)
                wrong = m.body;
            else
                read.insert(n);
        }
    });
    // Until all are in, or the catch-up ended without them.
    bool catchingUp = false, caughtUp = false;
    QObject::connect(&bob.chat, &ChatService::catchingUpChanged, &app, [&] {
        if (bob.chat.isCatchingUp())
            catchingUp = true;
        else if (catchingUp)
            caughtUp = true;
    });
    // Hearth's own work: this process's CPU time over the catch-up (every
    // thread: parsing, decrypting, storing); the server is another process.
    auto cpuSeconds = [] {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    };
    // The server's CPU time too (from /proc, Linux only: else 0), to see
    // which side bounds the rate.
    auto serverCpuSeconds = [&server] {
        QFile stat(u"/proc/%1/stat"_s.arg(server.server().pid()));
        if (!stat.open(QIODevice::ReadOnly))
            return 0.0;
        const QByteArray line = stat.readAll();
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() < 13)
            return 0.0;
        return double(fields.at(11).toLongLong() + fields.at(12).toLongLong()) / double(sysconf(_SC_CLK_TCK));
    };
    const double cpuBefore = cpuSeconds();
    const double serverCpuBefore = serverCpuSeconds();
    QElapsedTimer timer;
    timer.start();
    // Woken by the signals that change the outcome (QTest::qWaitFor would
    // sleep 10 ms whenever the event queue runs dry, i.e. at each page).
    QEventLoop loop;
    auto done = [&] { return read.size() == count || !wrong.isEmpty() || unreadable > 0 || caughtUp; };
    auto check = [&] {
        if (done())
            loop.quit();
    };
    QObject::connect(&bob.chat, &ChatService::messagesAdded, &loop, check, Qt::QueuedConnection);
    QObject::connect(&bob.chat, &ChatService::catchingUpChanged, &loop, check, Qt::QueuedConnection);
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    // HEARTH_BENCH_RTT_MS: Bob's device reaches the server over a link with
    // that round trip (a relay on a thread of its own delays each way).
    const int rtt = Bench::size("HEARTH_BENCH_RTT_MS", 0);
    QThread relayThread;
    Test::TcpProxy relay(server.port());
    quint16 port = 0;
    if (rtt > 0) {
        relay.setDelay(rtt / 2);
        relay.moveToThread(&relayThread);
        relayThread.start();
        bool listening = false;
        QMetaObject::invokeMethod(&relay, [&] { listening = relay.listen(); }, Qt::BlockingQueuedConnection);
        if (!listening)
            return fail(u"the relay could not listen"_s);
        port = relay.port();
    }
    auto stopRelay = qScopeGuard([&] {
        if (relayThread.isRunning()) {
            QMetaObject::invokeMethod(&relay, [&] { relay.dropAll(); relay.moveToThread(QCoreApplication::instance()->thread()); }, Qt::BlockingQueuedConnection);
            relayThread.quit();
            relayThread.wait();
        }
    });
    bob.account.connectToServer(Test::settingsFor(server, bob.user, port), bob.user.password);
    loop.exec();
    const bool all = done() && read.size() == count;

    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    const double hearthCpu = cpuSeconds() - cpuBefore;
    const double serverCpu = serverCpuSeconds() - serverCpuBefore;
    if (!wrong.isEmpty())
        return fail(u"a message read as \"%1\""_s.arg(wrong));
    if (unreadable > 0)
        return fail(u"%1 messages could not be decrypted"_s.arg(unreadable));
    if (!all) {
        QStringList missing;
        for (int n = 0; n < count && missing.size() < 20; ++n)
            if (!read.contains(n))
                missing << QString::number(n);
        // What the archive holds from the first contact (to see why).
        MessageArchive::Range range;
        range.max = 30;
        const auto page = Test::result(bob.account.client()->findExtension<MessageArchive>()->query({}, contacts.front()->user.jid, range));
        for (const auto &m : page.messages)
            std::fprintf(stderr, "archived %s: %s %s\n", qPrintable(m.archiveId), qPrintable(m.message.body().left(30)),
                         m.message.e2eeMetadata() ? "decrypted" : "not decrypted");
        return fail(u"%1 of %2 messages arrived (missing: %3)"_s.arg(read.size()).arg(count).arg(missing.join(u' ')));
    }
    const double rate = count / seconds;
    std::printf("caught up %d OMEMO 2 messages from %d contacts in %.2f s: %.0f msgs/s (Hearth's own CPU time %.2f s: %.0f msgs per CPU second; "
                "the server's %.2f s)\n",
                count, senders, seconds, rate, hearthCpu, count / hearthCpu, serverCpu);
    const QString link = rtt > 0 ? u", through a link of %1 ms round trip"_s.arg(rtt) : QString();
    Bench::row(u"OMEMO 2: catch-up of %1 encrypted messages from %2 contacts after being offline (connect → all stored decrypted; loopback Prosody, %3 storage%4)"_s
                   .arg(count).arg(senders).arg(options.storage, link),
               u"%1 msgs/s (%2 in %3 s; Hearth's own CPU time %4 s)"_s.arg(rate, 0, 'f', 0).arg(count).arg(seconds, 0, 'f', 1).arg(hearthCpu, 0, 'f', 1),
               u">= 2,000 msgs/s"_s, rate >= 2000);
    return Bench::exitCode();
}
