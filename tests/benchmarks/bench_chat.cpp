// The chat cache at 200,000 messages: ingest of archive pages (parse the
// forwarded stanza + store with deduplication), target >= 20,000 msgs/s;
// the first page of a chat with 100,000 messages (target < 50 ms to paint;
// here the cache's part), a scroll-back page (target < 5 ms) and full-text
// search (target < 50 ms), through the writer thread as the app uses it.
#include "AccountStore.h"
#include "BenchProfiles.h"
#include "BenchUtils.h"
#include "chat/ChatService.h"
#include "chat/MessageArchive.h"
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

QString original(int n);

// An archived one-to-one message as Prosody's mod_mam forwards it: the
// result wrapper with its query id, archive id and delay around the
// original stanza.
QString archived(int n)
{
    const QString stamp = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).addSecs(n).toString(Qt::ISODate);
    return QStringLiteral("<message xmlns='jabber:client' to='%1/desktop' from='%1'><result xmlns='urn:xmpp:mam:2' queryid='q%2' id='a%3'>"
                          "<forwarded xmlns='urn:xmpp:forward:0'><delay xmlns='urn:xmpp:delay' stamp='%4'/>%5</forwarded></result></message>")
        .arg(kMe)
        .arg(n / 100)
        .arg(n)
        .arg(stamp, original(n));
}

QString original(int n)
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
    const int total = Bench::size("HEARTH_BENCH_MESSAGES", 200000);
    Bench::announce("bench_chat", QStringLiteral("%1 archived messages, half of them one chat").arg(total));
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

    // Archive pages of 100, each forwarded message parsed, stored
    // ChatService::kStoreBatch at a time as the catch-up does.
    QList<QFuture<DbResult<QList<ChatMessage>>>> pending;
    QElapsedTimer timer;
    timer.start();
    for (int first = 0; first < total; first += ChatService::kStoreBatch) {
        QList<ChatMessage> page;
        for (int n = first; n < std::min(total, first + ChatService::kStoreBatch); ++n) {
            // As the stream hands it over, and as MessageArchive and
            // ChatService read it.
            QDomDocument doc;
            doc.setContent(xml.at(n), true);
            const auto result = MessageArchive::parseResult(MessageArchive::resultOf(doc.documentElement()));
            if (!result)
                return Bench::checkFailed("bench_chat", QStringLiteral("result %1 not read").arg(n));
            if (auto m = ChatStanzas::fromStanza(result->message, kMe, result->archiveId, result->stamp))
                page << *m;
        }
        pending << store.ingest(account, page);
    }
    const double parsedAt = double(timer.nsecsElapsed()) / 1e9;
    int stored = 0;
    for (auto &done : pending) {
        Bench::waitFor(done);
        if (!done.result().ok())
            return Bench::checkFailed("bench_chat", done.result().error);
        stored += int(done.result().value.size());
    }
    if (stored != total)
        return Bench::checkFailed("bench_chat", QStringLiteral("%1 of %2 messages stored").arg(stored).arg(total));
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    std::printf("chat: archive ingest (parse + dedup + store) of %d messages: %.0f msgs/s (target >= 20000: %s; parsed after %.1f s, "
                "stored after %.1f s)\n",
                stored, stored / seconds, stored / seconds >= 20000 ? "met" : "NOT met", parsedAt, seconds);
    Bench::row(QStringLiteral("chat: archive ingest (forwarded results read as MessageArchive does, deduplicated, stored) at %1 messages").arg(total),
               QStringLiteral("%1 msgs/s").arg(stored / seconds, 0, 'f', 0), QStringLiteral(">= 20,000 msgs/s"), stored / seconds >= 20000);
    // The same pages again (a second catch-up): all duplicates.
    {
        QElapsedTimer again;
        again.start();
        QList<ChatMessage> page;
        for (int n = 0; n < std::min(total, 1000); ++n) {
            QDomDocument doc;
            doc.setContent(xml.at(n), true);
            const auto result = MessageArchive::parseResult(MessageArchive::resultOf(doc.documentElement()));
            page << *ChatStanzas::fromStanza(result->message, kMe, result->archiveId, result->stamp);
        }
        auto dup = store.ingest(account, page);
        Bench::waitFor(dup);
        if (!dup.result().ok() || !dup.result().value.isEmpty())
            return Bench::checkFailed("bench_chat", QStringLiteral("%1 duplicates stored again").arg(dup.result().value.size()));
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
        // The newest 50 of that chat (even numbers, newest first).
        const auto &messages = page.result().value.messages;
        if (messages.size() != 50 || messages.constFirst().messageId != QStringLiteral("m%1").arg((total - 1) / 2 * 2))
            return Bench::checkFailed("bench_chat", QStringLiteral("first page: %1 messages, from %2").arg(messages.size())
                                                        .arg(messages.isEmpty() ? QString() : messages.constFirst().messageId));
        MessageCursor cursor = page.result().value.next;
        qint64 lastStamp = messages.constLast().stamp.toMSecsSinceEpoch();
        for (int k = 0; k < 5; ++k) {
            QElapsedTimer o;
            o.start();
            auto next = store.page(account, big, cursor, 50);
            Bench::waitFor(next);
            older << double(o.nsecsElapsed()) / 1e6;
            const auto &before = next.result().value.messages;
            if (before.size() != 50 || before.constFirst().stamp.toMSecsSinceEpoch() >= lastStamp)
                return Bench::checkFailed("bench_chat", QStringLiteral("scroll-back page %1: %2 messages, not older").arg(k).arg(before.size()));
            lastStamp = before.constLast().stamp.toMSecsSinceEpoch();
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
        // A word is in a twelfth of the messages: always 50 matches.
        if (!found.result().ok() || found.result().value.size() != 50)
            return Bench::checkFailed("bench_chat", QStringLiteral("search for %1 found %2").arg(word).arg(found.result().value.size()));
        for (const ChatMessage &m : found.result().value) {
            if (!m.body.contains(i % 2 ? word : word.left(4)))
                return Bench::checkFailed("bench_chat", QStringLiteral("search for %1 found %2").arg(word, m.body));
        }
    }
    Bench::report(qPrintable(QStringLiteral("chat: full-text search (50 newest) over %1 messages").arg(total)), searches, 50);
    return Bench::exitCode();
}
