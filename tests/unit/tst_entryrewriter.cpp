// Issue 16: entries shaped exactly as MOVIM-WIRE §2.1–2.3 shows Movim's
// posts, comments and likes, rewritten for the account they are imported
// into, and read back by the codec as Movim reads them; the import's report.
#include "feed/Authorship.h"
#include "feed/MicroblogCodec.h"
#include "import/EntryRewriter.h"
#include "import/ImportReport.h"

#include <QDomDocument>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hearth;

namespace {
const QString kOld = u"alice@example.org"_s;
const QString kNew = u"alice@new.example"_s;
const QString kOldPicture = u"https://upload.example.org/abc/summit.jpg"_s;
const QString kNewPicture = u"https://share.new.example/x1/summit.jpg"_s;
const QDateTime kNow = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

// A post as Movim publishes it (§2.1), with its picture also in the text.
const QString kMovimPost = uR"(<entry xmlns='http://www.w3.org/2005/Atom' xmlns:thr='http://purl.org/syndication/thread/1.0'>
 <id>first-trip-to-the-alps-with-the-club-x7k2qa</id>
 <title>First trip to the Alps with the club</title>
 <author><name>alice</name><uri>xmpp:alice@example.org</uri></author>
 <link rel='alternate' href='xmpp:alice@example.org?;node=urn:xmpp:microblog:0;item=first-trip-to-the-alps-with-the-club-x7k2qa'/>
 <link rel='replies' title='comments' href='xmpp:comments.example.org?;node=urn:xmpp:microblog:0:comments/first-trip-to-the-alps-with-the-club-x7k2qa'/>
 <link rel='alternate' type='text/html' title='First trip' href='https://movim.example.org/blog/alice@example.org/first-trip'/>
 <link rel='enclosure' href='https://upload.example.org/abc/summit.jpg' type='image/jpeg' title='summit.jpg'/>
 <content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'><p>We made it to the <strong>top</strong>! <img src='https://upload.example.org/abc/summit.jpg'/></p></div></content>
 <content type='text'>We made it to the **top**! ![summit](https://upload.example.org/abc/summit.jpg) #climbing</content>
 <published>2026-11-20T09:30:00+01:00</published>
 <category term='climbing'/>
 <updated>2026-11-20T10:00:00Z</updated>
</entry>)"_s;

// A comment and a like (§2.3): text in <title>, no <content>.
const QString kMovimComment = uR"(<entry xmlns='http://www.w3.org/2005/Atom'>
 <id>3f2b1c1e-8d4a-4c4b-9a5e-1a2b3c4d5e6f</id>
 <title>Congratulations, what a view!</title>
 <author><name>bob</name><uri>xmpp:bob@example.net</uri></author>
 <published>2026-11-20T11:00:00Z</published>
 <updated>2026-11-20T11:00:00Z</updated>
</entry>)"_s;

const QString kMovimLike = uR"(<entry xmlns='http://www.w3.org/2005/Atom'>
 <id>6a7b8c9d-0000-4000-8000-000000000001</id>
 <title>♥</title>
 <author><name>carol</name><uri>xmpp:carol@example.com</uri></author>
 <published>2026-11-20T12:00:00Z</published>
 <updated>2026-11-20T12:00:00Z</updated>
</entry>)"_s;

EntryRewriter rewriter()
{
    return EntryRewriter({kOld, kNew, u"comments.new.example"_s, {{kOldPicture, kNewPicture}}});
}

QDomElement parsed(const QString &xml)
{
    QDomDocument doc;
    doc.setContent(xml, true);
    return doc.documentElement();
}

QStringList hrefs(const QDomElement &entry, const QString &rel)
{
    QStringList out;
    for (QDomElement l = entry.firstChildElement(u"link"_s); !l.isNull(); l = l.nextSiblingElement(u"link"_s)) {
        if (l.attribute(u"rel"_s) == rel)
            out << l.attribute(u"href"_s);
    }
    return out;
}
} // namespace

class TestEntryRewriter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void movimPostNamesTheNewAccountAndKeepsItsIdentity()
    {
        const auto result = rewriter().post(kMovimPost);
        QVERIFY2(!result.xml.isEmpty(), qPrintable(result.error));
        const QDomElement before = parsed(kMovimPost), after = parsed(result.xml);
        for (const QString &field : {u"id"_s, u"title"_s, u"published"_s, u"updated"_s})
            QCOMPARE(after.firstChildElement(field).text(), before.firstChildElement(field).text());
        QCOMPARE(after.firstChildElement(u"author"_s).firstChildElement(u"uri"_s).text(), u"xmpp:"_s + kNew);
        QCOMPARE(after.firstChildElement(u"author"_s).firstChildElement(u"name"_s).text(), u"alice"_s);
        QCOMPARE(hrefs(after, u"alternate"_s),
                 (QStringList{u"xmpp:alice@new.example?;node=urn:xmpp:microblog:0;item=first-trip-to-the-alps-with-the-club-x7k2qa"_s,
                              u"https://movim.example.org/blog/alice@example.org/first-trip"_s}));
        QCOMPARE(hrefs(after, u"replies"_s),
                 QStringList{u"xmpp:comments.new.example?;node=urn:xmpp:microblog:0:comments/first-trip-to-the-alps-with-the-club-x7k2qa"_s});
        QCOMPARE(hrefs(after, u"enclosure"_s), QStringList{kNewPicture});
        QVERIFY(!result.xml.contains(kOldPicture)); // <img src> and the Markdown too
        QCOMPARE(result.xml.count(kNewPicture), 3);

        // Read back as Movim reads it: the new account's own post.
        auto read = MicroblogCodec::parseXml(result.xml, kNew, u"urn:xmpp:microblog:0"_s, u"first-trip-to-the-alps-with-the-club-x7k2qa"_s, kNow);
        QVERIFY2(read.post, qPrintable(read.error));
        Authorship::credit(*read.post, kNew);
        QVERIFY(read.post->verified);
        QCOMPARE(read.post->authorJid, kNew);
        QCOMPARE(read.post->comments.service, u"comments.new.example"_s);
        QCOMPARE(read.post->published, QDateTime(QDate(2026, 11, 20), QTime(8, 30), Qt::UTC));
        QCOMPARE(read.post->tags, QStringList{u"climbing"_s});
    }

    void someoneElsesCommentComesBackAsACreditedQuote()
    {
        const auto result = rewriter().comment(kMovimComment, u"bob@example.net/movim"_s);
        QVERIFY2(!result.xml.isEmpty(), qPrintable(result.error));
        const QDomElement after = parsed(result.xml);
        QCOMPARE(after.firstChildElement(u"title"_s).text(), u"“Congratulations, what a view!” — bob"_s);
        QCOMPARE(after.firstChildElement(u"author"_s).firstChildElement(u"uri"_s).text(), u"xmpp:"_s + kNew);
        QCOMPARE(after.firstChildElement(u"published"_s).text(), u"2026-11-20T11:00:00Z"_s);
        const QDomElement origin = after.firstChildElement(u"origin"_s);
        QCOMPARE(origin.namespaceURI(), u"urn:x-hearth:export:0"_s);
        QCOMPARE(origin.attribute(u"publisher"_s), u"bob@example.net"_s);
        // Movim's reader takes it as the new account's comment: not a forgery.
        auto read = MicroblogCodec::parseXml(result.xml, u"comments.new.example"_s, u"urn:xmpp:microblog:0:comments/x"_s, u"c1"_s, kNow);
        QVERIFY2(read.post, qPrintable(read.error));
        Authorship::credit(*read.post, kNew);
        QVERIFY(!Authorship::claimsSomeoneElse(*read.post));
        QVERIFY(!read.post->isLike());
    }

    void ownCommentStaysTheUsers()
    {
        QString own = kMovimComment;
        own.replace(u"<name>bob</name><uri>xmpp:bob@example.net</uri>"_s, u"<name>alice</name><uri>xmpp:alice@example.org</uri>"_s);
        const auto result = rewriter().comment(own, kOld);
        const QDomElement after = parsed(result.xml);
        QCOMPARE(after.firstChildElement(u"title"_s).text(), u"Congratulations, what a view!"_s);
        QCOMPARE(after.firstChildElement(u"author"_s).firstChildElement(u"uri"_s).text(), u"xmpp:"_s + kNew);
        QVERIFY(after.firstChildElement(u"origin"_s).isNull());
        // Without a publisher (hidden by the old server), the claim decides.
        QCOMPARE(parsed(rewriter().comment(own, {}).xml).firstChildElement(u"title"_s).text(), u"Congratulations, what a view!"_s);
    }

    void likesAreKnown()
    {
        QVERIFY(EntryRewriter::isLike(kMovimLike));
        QVERIFY(!EntryRewriter::isLike(kMovimComment));
        QVERIFY(!EntryRewriter::isLike(u"<not-xml"_s));
    }

    void brokenEntriesAreErrorsNotCrashes()
    {
        for (const QString &bad : {u""_s, u"<entry"_s, u"<feed xmlns='http://www.w3.org/2005/Atom'/>"_s, u"plain text"_s}) {
            const auto post = rewriter().post(bad);
            QVERIFY(post.xml.isEmpty());
            QVERIFY(!post.error.isEmpty());
            QVERIFY(rewriter().comment(bad, u"bob@example.net"_s).xml.isEmpty());
        }
    }

    void reportCountsAndKeepsReplayOrder()
    {
        ImportReport report;
        report.from = kOld;
        report.to = kNew;
        report.add(u"contacts"_s, u"contacts:bob@example.net"_s, ImportJournal::Outcome::Moved);
        report.add(u"posts"_s, u"posts:a"_s, ImportJournal::Outcome::Moved, {}, true);
        report.add(u"posts"_s, u"posts:b"_s, ImportJournal::Outcome::Failed, u"forbidden"_s);
        report.add(u"media"_s, u"media:f00"_s, ImportJournal::Outcome::Skipped, u"too large"_s);
        QCOMPARE(report.datasets.size(), 3);
        QCOMPARE(report.datasets.at(0).kind, u"media"_s);
        QCOMPARE(report.datasets.at(1).kind, u"posts"_s);
        QCOMPARE(report.datasets.at(2).kind, u"contacts"_s);
        QCOMPARE(report.failedCount(), 1);
        const auto *posts = report.dataset(u"posts"_s);
        QCOMPARE(posts->moved, 1);
        QCOMPARE(posts->earlier, 1);
        QCOMPARE(posts->items.size(), 1);
        QCOMPARE(posts->items.constFirst().reason, u"forbidden"_s);
        const QJsonObject json = report.toJson();
        QCOMPARE(json.value(u"datasets"_s).toArray().at(1).toObject().value(u"failed"_s).toInt(), 1);
        QCOMPARE(json.value(u"datasets"_s).toArray().at(1).toObject().value(u"items"_s).toArray().at(0).toObject().value(u"outcome"_s).toString(),
                 u"failed"_s);
        QVERIFY(report.toText().contains(u"failed posts:b: forbidden"_s));
    }
};

QTEST_GUILESS_MAIN(TestEntryRewriter)
#include "tst_entryrewriter.moc"
