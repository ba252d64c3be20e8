// Catching up a followed blog of N posts (10,000 by default) from a
// loopback Prosody into an empty cache: a full catch-up (`hearth sync
// --full`'s work for one node: list the ids, fetch, parse, store), target
// < 5 s; then the same sync killed (SIGKILL) half way through storing and
// run again: how long the resumed run takes and how many items it fetched
// beside the missing ones (target: none but the one mark).
// HEARTH_BENCH_CATCHUP sets N (CTest runs a small N as a smoke test).
#include "BenchUtils.h"
#include "feed/FeedSync.h"
#include "support/HearthCli.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

using namespace Hearth;

namespace {
int fail(const QString &message)
{
    std::fprintf(stderr, "bench_catchup: %s\n", qPrintable(message));
    return 1;
}

struct Sync
{
    int code = -1;
    QString log;
    double seconds = 0;
};

// `hearth sync --full` on a profile; killAfter > 0: SIGKILL after that many
// stored parts.
Sync runSync(Test::ProsodyServer &server, const QString &profile, const Test::TestUser &user, int killAfter)
{
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BENCH_PASSWORD"), user.password);
    env.insert(QStringLiteral("HEARTH_SYNC_CHUNK"), QStringLiteral("500"));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("hearth.core.feed.debug=true"));
    QElapsedTimer timer;
    timer.start();
    const Test::CliRun run = Test::runHearth(
        QStringLiteral(HEARTH_BINARY),
        {QStringLiteral("sync"), QStringLiteral("--full"), QStringLiteral("--profile"), profile, QStringLiteral("--jid"), user.jid,
         QStringLiteral("--password-env"), QStringLiteral("BENCH_PASSWORD"), QStringLiteral("--host"), server.host(),
         QStringLiteral("--port"), QString::number(server.port())},
        env,
        [killAfter](QProcess &process, const QString &log) {
            if (killAfter > 0 && log.count(QStringLiteral("stored a part")) >= killAfter)
                process.kill();
        },
        600000);
    return Sync{run.code, run.err, double(timer.nsecsElapsed()) / 1e9};
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int n = Bench::size("HEARTH_BENCH_CATCHUP", 10000);
    Bench::announce("bench_catchup", QStringLiteral("a blog of %1 posts").arg(n));
    LocalProsody::Options options;
    options.maxItems = n + 100;
    Test::ProsodyServer server(options);
    if (!server.start())
        return fail(server.error());
    Test::TestSession alice, bob;
    if (!Test::loginFriends(server, alice, bob))
        return fail(QStringLiteral("no login"));
    Post first;
    first.title = QStringLiteral("The blog's first post");
    auto published = bob.feed.publish(first, false);
    if (!Test::waitFor(published) || !published.result().error.isEmpty())
        return fail(QStringLiteral("no first post"));
    bob.account.disconnectFromServer();
    alice.account.disconnectFromServer();
    QCoreApplication::processEvents(); // let the streams close
    server.stop();

    // N posts straight into Bob's blog store (see seed_pubsub_items.lua).
    QProcess seed;
    seed.setProcessChannelMode(QProcess::ForwardedChannels);
    seed.start(QStringLiteral("lua5.4"), {QStringLiteral(HEARTH_SEEDER), server.server().directory() + QStringLiteral("/data"),
                                          server.domain(), bob.user.user, QStringLiteral("urn:xmpp:microblog:0"), QString::number(n)});
    if (!seed.waitForFinished(300000) || seed.exitStatus() != QProcess::NormalExit || seed.exitCode() != 0)
        return fail(QStringLiteral("the seeder failed (lua5.4, Prosody's libraries): %1").arg(seed.errorString()));
    if (!server.start())
        return fail(server.error());

    // 1. A full catch-up into an empty cache.
    Test::TestSession reader;
    reader.user = alice.user;
    reader.feed.setFollowContactsByDefault(false);
    if (!reader.login(server, alice.user))
        return fail(QStringLiteral("no login"));
    QElapsedTimer timer;
    timer.start();
    auto catchUp = reader.feed.catchUp(bob.user.jid, QStringLiteral("urn:xmpp:microblog:0"), NodeCatchUp::Mode::Full);
    Bench::waitFor(catchUp); // sleeps: a spinning wait would take Prosody's core
    const auto full = catchUp.result();
    const double fullMs = double(timer.nsecsElapsed()) / 1e6;
    if (!full.error.isEmpty())
        return fail(QStringLiteral("catch-up failed: %1").arg(full.error));
    auto counted = reader.feed.posts().count(reader.feed.accountId(), bob.user.jid, QStringLiteral("urn:xmpp:microblog:0"));
    if (!Test::waitFor(counted))
        return fail(QStringLiteral("counting the cache timed out"));
    const int held = counted.result().value;
    // (The newest may come first as a push on login.)
    if (held != n || full.added < n - 1)
        return fail(QStringLiteral("the cache holds %1 of %2 posts (%3 added)").arg(held).arg(n).arg(full.added));
    std::printf("full catch-up of %d posts from loopback Prosody into an empty cache: %.0f ms (%d requests; Hearth parsing and storing "
                "%lld ms of it, the rest waiting for the server; target < 5000 ms: %s)\n",
                n, fullMs, full.requests, static_cast<long long>(full.workMs), fullMs < 5000 ? "met" : "NOT met");
    Bench::row(QStringLiteral("feed: full catch-up of a followed blog of %1 posts from loopback Prosody into an empty cache").arg(n),
               QStringLiteral("%1 ms (Hearth's own work %2 ms)").arg(fullMs, 0, 'f', 0).arg(full.workMs), QStringLiteral("< 5000 ms"), fullMs < 5000);
    reader.account.disconnectFromServer();

    // 2. `hearth sync --full` killed half way through storing, then again.
    QTemporaryDir profile;
    const int parts = (n + 499) / 500;
    const Sync killed = runSync(server, profile.path(), alice.user, std::max(1, parts / 2));
    if (killed.code != -2)
        return fail(QStringLiteral("the sync was not killed (exit %1)").arg(killed.code));
    const Sync resumed = runSync(server, profile.path(), alice.user, 0);
    if (resumed.code != 0)
        return fail(QStringLiteral("the resumed sync failed: %1").arg(resumed.log.right(2000)));
    const QRegularExpression line(QStringLiteral("caught up %1 urn:xmpp:microblog:0 : (\\d+) new, (\\d+) again, \\d+ deleted, (\\d+) fetched")
                                      .arg(QRegularExpression::escape(bob.user.jid)));
    const auto match = line.match(resumed.log);
    if (!match.hasMatch())
        return fail(QStringLiteral("no catch-up line in the log"));
    const int added = match.captured(1).toInt();
    const int fetched = match.captured(3).toInt();
    if (added <= 0 || added >= n)
        return fail(QStringLiteral("the killed sync stored %1 of %2").arg(n - added).arg(n));
    std::printf("resumed `hearth sync --full` after kill -9 at %d of %d posts: %.0f ms, %d missing fetched, %d fetched again\n", n - added,
                n, resumed.seconds * 1000, added, fetched - added);
    // Fetched again: at most the mark's item and the newest (pushed on login).
    Bench::row(QStringLiteral("feed: `hearth sync --full` killed half way through %1 posts, then run again").arg(n),
               QStringLiteral("%1 ms; %2 missing fetched, %3 again").arg(resumed.seconds * 1000, 0, 'f', 0).arg(added).arg(fetched - added),
               QStringLiteral("no item fetched twice (≤ 2: the mark, the pushed newest)"), fetched - added <= 2);
    return Bench::exitCode();
}
