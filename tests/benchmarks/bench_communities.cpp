// Communities at scale. Listing a service with 1,000 communities on
// loopback Prosody: the first rows in the list model after the service's
// first reply (target < 300 ms) and every community described (meta-data
// and avatar item, target < 3 s). Opening a followed community whose
// 10,000 posts are cached: its first page in the posts model (target
// < 100 ms).
#include "Account.h"
#include "BenchUtils.h"
#include "CommunityListModel.h"
#include "PostListModel.h"
#include "communities/CommunityService.h"
#include "db/Database.h"
#include "feed/FeedSync.h"
#include "feed/PostStore.h"
#include "roster/ContactList.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTimer>

using namespace Hearth;

namespace {
// Runs the event loop until done() or the time is up.
template<typename Predicate>
bool spinUntil(Predicate done, int timeoutMs)
{
    QEventLoop loop;
    QTimer check;
    check.setInterval(1);
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (done())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    check.start();
    if (!done())
        loop.exec();
    return done();
}

int listing(int nodes)
{
    Test::ProsodyServer server;
    if (!server.start()) {
        std::fprintf(stderr, "bench_communities: %s\n", qPrintable(server.error()));
        return 1;
    }
    const QString pubsub = QStringLiteral("pubsub.") + server.domain();
    Test::TestSession owner;
    if (!owner.login(server, server.createUser(QStringLiteral("owner"))))
        return Bench::checkFailed("bench_communities", QStringLiteral("cannot log in"));
    // The service's communities, created as Hearth creates them (not timed).
    int created = 0;
    QString createError;
    for (int i = 0; i < nodes; ++i) {
        CommunitySettings s;
        s.title = QStringLiteral("Community number %1").arg(i);
        s.description = QStringLiteral("About the %1th community").arg(i);
        s.type = i % 10 == 0 ? Community::Type::Gallery : Community::Type::Feed;
        owner.communities.admin()->create(pubsub, s).then([&](const CommunityAdmin::Created &c) {
            ++created;
            if (!c.error.isEmpty())
                createError = c.error;
        });
        if (i % 50 == 49 && !spinUntil([&] { return created == i + 1; }, 60000))
            return Bench::checkFailed("bench_communities", QStringLiteral("creating communities timed out"));
    }
    if (!spinUntil([&] { return created == nodes; }, 60000) || !createError.isEmpty())
        return Bench::checkFailed("bench_communities", QStringLiteral("communities not created: %1").arg(createError));

    const int n = Bench::runs(3);
    QList<double> first, all;
    for (int run = 0; run < n; ++run) {
        Test::TestSession reader;
        if (!reader.login(server, server.createUser(QStringLiteral("reader"))))
            return Bench::checkFailed("bench_communities", QStringLiteral("cannot log in"));
        CommunityListModel model;
        double firstReply = -1, firstRows = -1, finishedAt = -1;
        int described = 0;
        QString error = QStringLiteral("timed out");
        bool done = false;
        QElapsedTimer timer;
        QObject::connect(&model, &QAbstractItemModel::rowsInserted, &model, [&] {
            if (firstRows < 0)
                firstRows = double(timer.nsecsElapsed()) / 1e6;
        });
        timer.start();
        NodeListing *listing = reader.communities.directory()->list(pubsub, &model);
        QObject::connect(listing, &NodeListing::nodesFound, &model, [&](const QList<Community> &page) {
            if (firstReply < 0)
                firstReply = double(timer.nsecsElapsed()) / 1e6;
            model.append(page);
        });
        QObject::connect(listing, &NodeListing::nodeDescribed, &model, [&](const Community &c, const QString &) {
            ++described;
            model.describe(c);
        });
        QObject::connect(listing, &NodeListing::finished, &model, [&](const QString &e) {
            error = e;
            done = true;
            finishedAt = double(timer.nsecsElapsed()) / 1e6;
        });
        if (!spinUntil([&] { return done; }, 120000) || !error.isEmpty())
            return Bench::checkFailed("bench_communities", QStringLiteral("listing failed: %1").arg(error));
        spinUntil([&] { return false; }, 20); // the model's last apply
        // Its own result: every community listed and described, titles in.
        if (model.total() != nodes || described != nodes
            || model.index(nodes - 1, 0).data(CommunityListModel::TitleRole).toString().isEmpty()
            || !model.index(0, 0).data(CommunityListModel::DescribedRole).toBool())
            return Bench::checkFailed("bench_communities",
                                      QStringLiteral("listed %1 of %2, described %3").arg(model.total()).arg(nodes).arg(described));
        first << firstRows - firstReply;
        all << finishedAt;
        std::printf("  run %d: first reply %.0f ms, first rows +%.1f ms, all described %.0f ms\n", run + 1, firstReply,
                    firstRows - firstReply, finishedAt);
    }
    const double firstMedian = Bench::percentile(first, 50);
    const double allMedian = Bench::percentile(all, 50);
    Bench::row(QStringLiteral("Communities of a service with %1 communities: first rows in the list model after its first reply").arg(nodes),
               QStringLiteral("%1 ms").arg(firstMedian, 0, 'f', 1), QStringLiteral("< 300 ms"), firstMedian < 300);
    Bench::row(QStringLiteral("… every one described (meta-data and avatar), from the request"),
               QStringLiteral("%1 s").arg(allMedian / 1000, 0, 'f', 2), QStringLiteral("< 3 s"), allMedian < 3000);
    return 0;
}

int opening(int posts)
{
    QTemporaryDir dir;
    Database db;
    Bench::waitFor(db.open(dir.filePath(QStringLiteral("hearth.sqlite"))));
    auto created = db.execute(QStringLiteral("INSERT INTO account (id, jid, created_at) VALUES (1, 'reader@example.org', 0)"), {});
    Bench::waitFor(created);
    const QString service = QStringLiteral("pubsub.example.org");
    const QString node = QStringLiteral("big-community");
    QList<Post> batch;
    const QDateTime start = QDateTime::currentDateTimeUtc().addDays(-400);
    QFuture<DbResult<int>> last;
    PostStore store(&db);
    for (int i = 0; i < posts; ++i) {
        Post p;
        p.service = service;
        p.node = node;
        p.itemId = QStringLiteral("post-%1").arg(i);
        p.title = QStringLiteral("Post %1 in the community").arg(i);
        p.text = QStringLiteral("A body for post %1 with a few words in it.").arg(i);
        p.authorJid = QStringLiteral("user%1@example.org").arg(i % 300);
        p.published = p.updated = start.addSecs(i * 60);
        p.comments = {service, QStringLiteral("urn:xmpp:microblog:0:comments/post-%1").arg(i), {}};
        batch << p;
        if (batch.size() == 1000) {
            last = store.ingest(1, batch);
            batch.clear();
        }
    }
    Bench::waitFor(last);
    auto follow = db.execute(QStringLiteral("INSERT INTO follow (account_id, service, node) VALUES (1, ?, ?)"), {service, node});
    Bench::waitFor(follow);

    Account account;
    ContactList contacts(&db, &account);
    FeedSync sync(&db, &account, &contacts);
    sync.setAccountId(1, QStringLiteral("reader@example.org"));
    const int n = Bench::runs(7);
    QList<double> ms;
    for (int run = 0; run < n; ++run) {
        PostListModel model;
        QElapsedTimer timer;
        timer.start();
        model.setSource(&sync, FeedQuery::community(service, node));
        if (!spinUntil([&] { return model.rowCount() > 0 && !model.loading(); }, 10000))
            return Bench::checkFailed("bench_communities", QStringLiteral("the first page never came"));
        ms << double(timer.nsecsElapsed()) / 1e6;
        // Its own result: a full page, newest first.
        if (model.rowCount() != PostListModel::kPageSize
            || model.post(model.index(0, 0).data(PostListModel::UriRole).toString()).itemId != QStringLiteral("post-%1").arg(posts - 1))
            return Bench::checkFailed("bench_communities", QStringLiteral("wrong first page (%1 rows)").arg(model.rowCount()));
    }
    const double median = Bench::percentile(ms, 50);
    Bench::row(QStringLiteral("Open a followed community with %1 cached posts: first page in the posts model").arg(posts),
               QStringLiteral("%1 ms").arg(median, 0, 'f', 1), QStringLiteral("< 100 ms"), median < 100);
    return 0;
}
} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    const int nodes = Bench::size("HEARTH_BENCH_NODES", 1000);
    const int posts = Bench::size("HEARTH_BENCH_COMMUNITY_POSTS", 10000);
    Bench::announce("bench_communities", QStringLiteral("%1 communities on a service, %2 posts in one").arg(nodes).arg(posts));
    if (const int code = listing(nodes); code != 0)
        return code;
    if (const int code = opening(posts); code != 0)
        return code;
    return Bench::exitCode();
}
