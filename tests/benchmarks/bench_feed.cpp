// The feed cache at 100,000 posts: ingest (parse + store, batched) target
// >= 20,000 items/s; a page of 50 of the feed as the app asks for it (the
// followed blogs, with comment and like counts, the newest 5,000 posts with
// two comments and a like each) target < 5 ms; full-text search target
// < 50 ms; search everywhere's first answer (Ctrl+K: the best five of each
// kind, as typed) over those posts and 200,000 messages target < 50 ms. Timed through the writer thread, as the
// app uses it; every page and search is checked.
#include "AccountStore.h"
#include "BenchProfiles.h"
#include "BenchUtils.h"
#include "db/Database.h"
#include "feed/MicroblogCodec.h"
#include "feed/PostStore.h"
#include "search/CacheSearch.h"
#include "chat/MessageStore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace Hearth;


int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int total = Bench::size("HEARTH_BENCH_POSTS", 100000);
    const int threaded = std::min(total, 5000);
    Bench::announce("bench_feed", QStringLiteral("%1 posts, the newest %2 with 2 comments and a like").arg(total).arg(threaded));
    QTemporaryDir dir;
    Database db;
    const qint64 account = Bench::openWithAccount(db, dir.filePath(QStringLiteral("hearth.sqlite")), QStringLiteral("reader@example.org"));
    if (account == 0)
        return 1;
    PostStore store(&db);

    // Ingest: parse every entry, store in batches of 1,000.
    QList<QString> xml;
    xml.reserve(total);
    for (int n = 0; n < total; ++n)
        xml << Bench::atomEntry(n);
    {
        // The two halves apart: parsing alone.
        QElapsedTimer parseOnly;
        parseOnly.start();
        int parsedCount = 0;
        for (int n = 0; n < std::min(total, 10000); ++n)
            parsedCount += MicroblogCodec::parseXml(xml.at(n), QStringLiteral("u@example.org"), QStringLiteral("urn:xmpp:microblog:0"),
                                                    QStringLiteral("p%1").arg(n)).post.has_value();
        std::printf("feed: parsing alone: %.0f entries/s\n", parsedCount / (double(parseOnly.nsecsElapsed()) / 1e9));
    }
    {
        // Storing alone, into a scratch cache: 10,000 parsed posts.
        QTemporaryDir scratchDir;
        Database scratch;
        const qint64 scratchAccount = Bench::openWithAccount(scratch, scratchDir.filePath(QStringLiteral("scratch.sqlite")));
        QList<QList<Post>> batches;
        for (int start = 0; start < std::min(total, 10000); start += 1000) {
            QList<Post> batch;
            for (int n = start; n < std::min({total, 10000, start + 1000}); ++n)
                batch << *MicroblogCodec::parseXml(xml.at(n), QStringLiteral("user%1@example.org").arg(n % 300),
                                                   QStringLiteral("urn:xmpp:microblog:0"), QStringLiteral("post-%1").arg(n)).post;
            batches << batch;
        }
        QElapsedTimer storeOnly;
        storeOnly.start();
        QFuture<DbResult<int>> last;
        int stored = 0;
        for (const auto &batch : std::as_const(batches)) {
            last = PostStore(&scratch).ingest(scratchAccount, batch);
            stored += int(batch.size());
        }
        Bench::waitFor(last);
        std::printf("feed: storing alone: %.0f posts/s\n", stored / (double(storeOnly.nsecsElapsed()) / 1e9));
    }
    QList<QFuture<DbResult<int>>> pending;
    QElapsedTimer timer;
    timer.start();
    for (int start = 0; start < total; start += 1000) {
        QList<Post> batch;
        batch.reserve(1000);
        for (int n = start; n < std::min(total, start + 1000); ++n) {
            auto parsed = MicroblogCodec::parseXml(xml.at(n), QStringLiteral("user%1@example.org").arg(n % 300),
                                                   QStringLiteral("urn:xmpp:microblog:0"), QStringLiteral("post-%1").arg(n));
            if (parsed.post)
                batch << *parsed.post;
        }
        // Parsing the next batch overlaps with storing this one, as when
        // items stream in from the network.
        pending << store.ingest(account, batch);
    }
    const double parsedAt = double(timer.nsecsElapsed()) / 1e9;
    for (auto &done : pending) {
        Bench::waitFor(done);
        if (!done.result().ok())
            return Bench::checkFailed("bench_feed", done.result().error);
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("feed: ingest (parse + store) of %d posts: %.0f items/s (target >= 20000: %s; all parsed after %.1f s, stored after %.1f s)\n",
                total, total / seconds, total / seconds >= 20000 ? "met" : "NOT met", parsedAt, seconds);
    auto counted = store.count(account, QStringLiteral("user0@example.org"), QStringLiteral("urn:xmpp:microblog:0"));
    Bench::waitFor(counted);
    if (counted.result().value != (total + Bench::kAuthors - 1) / Bench::kAuthors)
        return Bench::checkFailed("bench_feed", QStringLiteral("user0's blog holds %1 posts").arg(counted.result().value));
    Bench::row(QStringLiteral("feed: ingest (parse + store) at %1 posts").arg(total), QStringLiteral("%1 items/s").arg(total / seconds, 0, 'f', 0),
               QStringLiteral(">= 20,000 items/s"), total / seconds >= 20000);

    // What the feed's pages show: followed blogs, comments and likes.
    if (!Bench::followAuthors(db, account) || !Bench::addThreads(db, account, total - threaded, total))
        return Bench::checkFailed("bench_feed", QStringLiteral("cannot add the follows, comments and likes"));
    const FeedQuery feed{FeedQuery::Scope::Feed, QStringLiteral("reader@example.org")};

    // Pages of 50: the first, and deep ones reached by keyset.
    QList<double> pages;
    FeedCursor cursor;
    for (int i = 0; i < 200; ++i) {
        QElapsedTimer t;
        t.start();
        auto page = store.page(account, cursor, 50, feed);
        Bench::waitFor(page);
        pages << double(t.nsecsElapsed()) / 1e6;
        // Each page is the feed's: 50 posts, newest first, with their threads.
        const auto &posts = page.result().value.posts;
        if (!page.result().ok() || posts.size() != 50)
            return Bench::checkFailed("bench_feed", QStringLiteral("page %1 has %2 posts: %3").arg(i).arg(posts.size()).arg(page.result().error));
        const int expectedFirst = total - 1 - (i % 50) * 50;
        if (posts.constFirst().itemId != QStringLiteral("post-%1").arg(expectedFirst))
            return Bench::checkFailed("bench_feed", QStringLiteral("page %1 starts with %2").arg(i).arg(posts.constFirst().itemId));
        for (const Post &p : posts) {
            const bool hasThread = p.itemId.mid(5).toInt() >= total - threaded;
            if (hasThread && (p.commentCount != 2 || p.likeCount != 1))
                return Bench::checkFailed("bench_feed", QStringLiteral("%1 shows %2 comments and %3 likes").arg(p.itemId).arg(p.commentCount).arg(p.likeCount));
        }
        cursor = page.result().value.next;
        if (i % 50 == 49)
            cursor = {}; // back to the top now and then
    }
    Bench::report(qPrintable(QStringLiteral("feed: a page of 50 of the feed (followed blogs, comment and like counts) at %1 posts").arg(total)),
                  pages, 5);

    QList<double> searches;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer t;
        t.start();
        // A word, or the start of one as typed so far.
        const QString word = Bench::kWords.at(i % Bench::kWords.size());
        auto found = store.search(account, i % 2 ? word : word.left(4), 50);
        Bench::waitFor(found);
        searches << double(t.nsecsElapsed()) / 1e6;
        // Every word is in a twelfth of the posts: always 50 matches, each
        // holding the word.
        if (!found.result().ok() || found.result().value.size() != 50)
            return Bench::checkFailed("bench_feed", QStringLiteral("search for %1 found %2: %3").arg(word).arg(found.result().value.size()).arg(found.result().error));
        for (const Post &p : found.result().value) {
            if (!(p.title + p.text).contains(i % 2 ? word : word.left(4), Qt::CaseInsensitive))
                return Bench::checkFailed("bench_feed", QStringLiteral("search for %1 found %2").arg(word, p.title));
        }
    }
    Bench::report(qPrintable(QStringLiteral("feed: full-text search (50 best) at %1 posts").arg(total)), searches, 50);

    // Search everywhere (Ctrl+K), "All": the best five hits of each kind,
    // over the posts above and a chat archive of HEARTH_BENCH_MESSAGES.
    const int messageCount = Bench::size("HEARTH_BENCH_MESSAGES", 200000);
    {
        MessageStore messages(&db);
        QFuture<DbResult<QList<ChatMessage>>> last;
        for (int start = 0; start < messageCount; start += 1000) {
            QList<ChatMessage> batch;
            for (int n = start; n < std::min(messageCount, start + 1000); ++n) {
                ChatMessage m;
                m.chatJid = QStringLiteral("user%1@example.org").arg(n % 50);
                m.sender = n % 3 ? m.chatJid : QStringLiteral("reader@example.org");
                m.outgoing = n % 3 == 0;
                m.messageId = QStringLiteral("m%1").arg(n);
                m.stanzaId = QStringLiteral("s%1").arg(n);
                m.stamp = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(qint64(n) * 31);
                m.body = QStringLiteral("Message %1 about the %2, and a few more words to make it a chat line.")
                             .arg(n)
                             .arg(Bench::kWords.at(n % Bench::kWords.size()));
                batch << m;
            }
            last = messages.ingest(account, batch);
        }
        Bench::waitFor(last);
        if (!last.result().ok())
            return Bench::checkFailed("bench_feed", last.result().error);
    }
    CacheSearch everywhere(&db);
    QList<double> overviews;
    for (int i = 0; i < 30; ++i) {
        const QString word = Bench::kWords.at(i % Bench::kWords.size());
        SearchFilter filter;
        filter.text = i % 2 ? word : word.left(4);
        QElapsedTimer t;
        t.start();
        auto found = everywhere.overview(account, filter, 5);
        Bench::waitFor(found);
        overviews << double(t.nsecsElapsed()) / 1e6;
        const SearchPage posts = found.result().value.value(SearchKind::Post);
        if (!found.result().ok() || posts.hits.size() != 5 || !posts.more)
            return Bench::checkFailed("bench_feed", QStringLiteral("search everywhere for %1 found %2 posts: %3")
                                                        .arg(filter.text).arg(posts.hits.size()).arg(found.result().error));
        const SearchPage chat = found.result().value.value(SearchKind::Message);
        if (chat.hits.size() != 5 || !chat.more || !chat.hits.constFirst().snippet.contains(filter.text, Qt::CaseInsensitive))
            return Bench::checkFailed("bench_feed", QStringLiteral("search everywhere for %1 found %2 messages").arg(filter.text).arg(chat.hits.size()));
        // The best matches, each holding the word, marked.
        for (const SearchHit &hit : posts.hits) {
            const QString marked = QChar(SearchHit::kMatchStart) + filter.text;
            if (!hit.snippet.contains(marked, Qt::CaseInsensitive) && !hit.title.contains(marked, Qt::CaseInsensitive))
                return Bench::checkFailed("bench_feed", QStringLiteral("search everywhere for %1 found %2").arg(filter.text, hit.snippet));
        }
    }
    Bench::report(qPrintable(QStringLiteral("search everywhere: first grouped answer (best 5 of each kind) at %1 posts and %2 messages")
                                 .arg(total)
                                 .arg(messageCount)),
                  overviews, 50);
    // Where that time goes, kind by kind.
    for (const auto &[kind, name] : {std::pair{SearchKind::Contact, "contacts"}, std::pair{SearchKind::Community, "communities"},
                                     std::pair{SearchKind::Post, "posts"}, std::pair{SearchKind::Comment, "comments"},
                                     std::pair{SearchKind::Message, "messages"}}) {
        SearchFilter filter;
        filter.text = Bench::kWords.constFirst();
        QElapsedTimer t;
        t.start();
        auto one = everywhere.search(account, filter, kind, {}, 5);
        Bench::waitFor(one);
        std::printf("search everywhere: %s alone: %.1f ms\n", name, double(t.nsecsElapsed()) / 1e6);
    }
    return Bench::exitCode();
}
