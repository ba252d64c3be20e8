// Issue 17: a large stanza reaching the client in many small reads (a slow
// link; a big roster, pubsub page or archive page) is parsed in time linear
// in its size. QXmpp 1.10.3 parsed everything received of a stanza again
// on every read, so a 5 MB reply in 1 KB reads cost thousands of parses of
// up to 5 MB; scripts/patches/qxmpp-1.10.3-incremental-parse.patch makes it
// read each character once until the stanza is whole. Also: characters of
// several bytes cut between two reads arrive whole.
#include "profile/PepItem.h"
#include "support/ProsodyServer.h"
#include "support/TcpProxy.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"

#include <QDomDocument>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>
#include <QTest>
#include <QXmppPubSubManager.h>
#include <QXmppPubSubPublishOptions.h>
#include <QXmppTask.h>

using namespace Qt::StringLiterals;
using namespace Hearth;

namespace {
constexpr int kItemBytes = 200 * 1024;

// About kItemBytes of text, with characters of two, three and four bytes
// in UTF-8 (so that reads of 1 KB cut some of them), numbered by item.
QString bigText(int item)
{
    const QString unit = u"Grüße aus Köln, 東京 und 🏔️ — item %1. "_s.arg(item);
    QString text;
    while (text.toUtf8().size() < kItemBytes)
        text += unit.repeated(64);
    return text;
}

QString payload(int item)
{
    return u"<blob xmlns='urn:hearth:test'>%1</blob>"_s.arg(bigText(item));
}

QString textOf(const QString &payloadXml)
{
    QDomDocument doc;
    doc.setContent(payloadXml, true);
    return doc.documentElement().text();
}
} // namespace

class TestLargeStanza : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<Test::ProsodyServer> m_server;
    Test::TestUser m_alice;

    struct Fetched
    {
        qint64 elapsed = -1; // ms; -1: no complete answer
        QStringList changed; // items whose text differs from what was published
    };

    // The node's items through the slow link: the time the reply took, and
    // what came back otherwise than it was published.
    Fetched fetch(Test::TestSession &s, const QString &node, int expected)
    {
        Fetched out;
        QElapsedTimer timer;
        timer.start();
        // An event loop that ends with the answer (QTest::qWaitFor would
        // sleep 10 ms between looks: one read of the slow link each).
        QEventLoop loop;
        std::optional<QXmppPubSubManager::ItemsResult<PepItem>> result;
        s.account.client()->findExtension<QXmppPubSubManager>()->requestItems<PepItem>(m_alice.jid, node).then(&loop, [&](auto answer) {
            result = std::move(answer);
            loop.quit();
        });
        QTimer::singleShot(120000, &loop, &QEventLoop::quit);
        loop.exec();
        if (!result)
            return out;
        const qint64 elapsed = timer.elapsed();
        const auto *items = std::get_if<QXmppPubSubManager::Items<PepItem>>(&*result);
        if (!items || items->items.size() != expected)
            return out;
        out.elapsed = elapsed;
        for (const PepItem &item : items->items) {
            if (textOf(item.payloadXml()) != bigText(item.id().toInt()))
                out.changed << item.id();
        }
        return out;
    }

private Q_SLOTS:
    // Two nodes of the account: 25 items of 200 KiB (a 5 MB reply) and 6.
    void initTestCase()
    {
        LocalProsody::Options options;
        options.storage = u"memory"_s; // the server's file store is not what is timed
        m_server = std::make_unique<Test::ProsodyServer>(options);
        HEARTH_START_SERVER(*m_server);
        m_alice = m_server->createUser(u"alice"_s);
        Test::TestSession direct;
        QVERIFY(direct.login(*m_server, m_alice));
        auto *pubsub = direct.account.client()->findExtension<QXmppPubSubManager>();
        QXmppPubSubPublishOptions options2;
        options2.setMaxItems(QXmppPubSubNodeConfig::Max());
        for (const auto &[node, count] : {std::pair{u"urn:hearth:test:large"_s, 25}, std::pair{u"urn:hearth:test:quarter"_s, 6}}) {
            for (int i = 0; i < count; ++i) {
                auto published = pubsub->publishOwnPepItem(node, PepItem(QString::number(i), payload(i)), options2);
                QVERIFY(QTest::qWaitFor([&] { return published.isFinished(); }, 20000));
                QVERIFY2(std::holds_alternative<QString>(published.result()), qPrintable(node));
            }
        }
    }

    void largeReplyInSmallReadsTakesLinearTime()
    {
        Test::TcpProxy proxy(m_server->port());
        QVERIFY(proxy.listen());
        proxy.setDownstreamChunk(1024);
        Test::TestSession slow;
        QVERIFY(slow.login(*m_server, m_alice, proxy.port()));
        const Fetched quarter = fetch(slow, u"urn:hearth:test:quarter"_s, 6);
        QVERIFY2(quarter.elapsed >= 0, "no complete answer for 6 items in 120 s");
        const Fetched large = fetch(slow, u"urn:hearth:test:large"_s, 25);
        QVERIFY2(large.elapsed >= 0, "no complete answer for 25 items in 120 s");
        qInfo("1.2 MB reply in 1 KiB reads: %lld ms; 5 MB: %lld ms", quarter.elapsed, large.elapsed);
        // About four times the bytes: about four times the time when linear,
        // sixteen when every read parses again all that came before.
        QVERIFY2(large.elapsed < 8 * std::max<qint64>(quarter.elapsed, 50),
                 qPrintable(u"%1 ms against %2 ms"_s.arg(large.elapsed).arg(quarter.elapsed)));
        // Every character as published, however the reads cut them.
        QVERIFY2(quarter.changed.isEmpty() && large.changed.isEmpty(), qPrintable(u"changed: "_s + (quarter.changed + large.changed).join(u' ')));
    }
};

QTEST_GUILESS_MAIN(TestLargeStanza)
#include "tst_largestanza.moc"
