// The chat cache at 200,000 messages: ingest of archive pages (parse the
// forwarded stanza + store with deduplication), target >= 20,000 msgs/s;
// the first page of a chat with 100,000 messages (target < 50 ms to paint;
// here the cache's part), a scroll-back page (target < 5 ms) and full-text
// search (target < 50 ms), through the writer thread as the app uses it.
#include "AccountStore.h"
#include "BenchProfiles.h"
#include "BenchUtils.h"
#include "chat/ChatService.h"
#include "chat/MessageStore.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QXmppMessage.h>

using namespace Hearth;

namespace {
const QString kMe = QStringLiteral("reader@example.org");

// An archived one-to-one message as Prosody's mod_mam forwards it.
QString archived(int n)
{
    const bool mine = n % 3 == 0;
    // Half of everything is one long conversation, the rest spread over 200 people.
    const QString peer = n % 2 ? QStringLiteral("friend%1@example.org").arg(n % 200) : QStringLiteral("partner@example.org");
    const QString word = Bench::kWords.at(n % Bench::kWords.size());
    return QStringLiteral("<message xmlns='jabber:client' type='chat' id='m%1' from='%2' to='%3'>"
                          "<body>Message %1 about the %4, and a few more words to make it a chat line.</body>"
                          "<origin-id xmlns='urn:xmpp:sid:0' id='m%1'/><markable xmlns='urn:xmpp:chat-markers:0'/>"
                          "<request xmlns='urn:xmpp:receipts'/></message>")
        .arg(n)
        .arg(mine ? kMe + QStringLiteral("/desktop") : peer + QStringLiteral("/phone"), mine ? peer : kMe, word);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int total = qEnvironmentVariableIntValue("HEARTH_BENCH_MESSAGES") > 0 ? qEnvironmentVariableIntValue("HEARTH_BENCH_MESSAGES")
                                                                                  : 200000;
    QTemporaryDir dir;
    Database db;
    const qint64 account = Bench::openWithAccount(db, dir.filePath(QStringLiteral("hearth.sqlite")), kMe);
    if (account == 0)
        return 1;
    MessageStore store(&db);

    QList<QString> xml;
    xml.reserve(total);
    for (int n = 0; n < total; ++n)
        xml << archived(n);
    const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);

    // Archive pages of 100, each forwarded message parsed, stored
    // ChatService::kStoreBatch at a time as the catch-up does.
    QList<QFuture<DbResult<QList<ChatMessage>>>> pending;
    QElapsedTimer timer;
    timer.start();
    for (int first = 0; first < total; first += ChatService::kStoreBatch) {
        QList<ChatMessage> page;
        for (int n = first; n < std::min(total, first + ChatService::kStoreBatch); ++n) {
            QDomDocument doc;
            doc.setContent(xml.at(n), true);
            QXmppMessage stanza;
            stanza.parse(doc.documentElement());
            if (auto m = ChatStanzas::fromStanza(stanza, kMe, QStringLiteral("a%1").arg(n), start.addSecs(n)))
                page << *m;
        }
        pending << store.ingest(account, page);
    }
    const double parsedAt = double(timer.nsecsElapsed()) / 1e9;
    int stored = 0;
    for (auto &done : pending) {
        Bench::waitFor(done);
        if (!done.result().ok()) {
            std::fprintf(stderr, "bench_chat: %s\n", qPrintable(done.result().error));
            return 1;
        }
        stored += int(done.result().value.size());
    }
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("chat: archive ingest (parse + dedup + store) of %d messages: %.0f msgs/s (target >= 20000: %s; parsed after %.1f s, "
                "stored after %.1f s)\n",
                stored, stored / seconds, stored / seconds >= 20000 ? "met" : "NOT met", parsedAt, seconds);
    // The same pages again (a second catch-up): all duplicates.
    {
        QElapsedTimer again;
        again.start();
        QList<ChatMessage> page;
        for (int n = 0; n < 1000; ++n) {
            QDomDocument doc;
            doc.setContent(xml.at(n), true);
            QXmppMessage stanza;
            stanza.parse(doc.documentElement());
            page << *ChatStanzas::fromStanza(stanza, kMe, QStringLiteral("a%1").arg(n), start.addSecs(n));
        }
        auto dup = store.ingest(account, page);
        Bench::waitFor(dup);
        std::printf("chat: 1,000 archived messages already cached: %.1f ms, %lld stored again\n", double(again.nsecsElapsed()) / 1e6,
                    static_cast<long long>(dup.result().value.size()));
    }

    const QString big = QStringLiteral("partner@example.org");
    QList<double> first, older;
    for (int i = 0; i < 30; ++i) {
        QElapsedTimer t;
        t.start();
        auto page = store.page(account, big, {}, 50);
        Bench::waitFor(page);
        first << double(t.nsecsElapsed()) / 1e6;
        MessageCursor cursor = page.result().value.next;
        for (int k = 0; k < 5; ++k) {
            QElapsedTimer o;
            o.start();
            auto next = store.page(account, big, cursor, 50);
            Bench::waitFor(next);
            older << double(o.nsecsElapsed()) / 1e6;
            cursor = next.result().value.next;
        }
    }
    Bench::report(qPrintable(QStringLiteral("chat: first page of 50 of a chat with %1 messages (cache)").arg(total / 2)), first, 50);
    Bench::report("chat: scroll-back page of 50 (cache)", older, 5);

    QList<double> searches;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer t;
        t.start();
        const QString word = Bench::kWords.at(i % Bench::kWords.size());
        auto found = store.search(account, i % 2 ? word : word.left(4), 50);
        Bench::waitFor(found);
        searches << double(t.nsecsElapsed()) / 1e6;
        if (found.result().value.isEmpty()) {
            std::fprintf(stderr, "bench_chat: search found nothing\n");
            return 1;
        }
    }
    Bench::report(qPrintable(QStringLiteral("chat: full-text search (50 newest) over %1 messages").arg(total)), searches, 50);
    return 0;
}
