// MicroblogCodec against entries shaped exactly as MOVIM-WIRE §2.1–2.3
// shows Movim's posts, comments, likes and shares; Hearth's own output
// checked against every rule of §2.2; hostile input.
#include "feed/Authorship.h"
#include "feed/MicroblogCodec.h"

#include <QDomDocument>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hearth;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

// A post as Movim publishes it (§2.1).
const QString kMovimPost = uR"(<entry xmlns='http://www.w3.org/2005/Atom' xmlns:thr='http://purl.org/syndication/thread/1.0'>
 <id>first-trip-to-the-alps-with-the-club-x7k2qa</id>
 <title>First trip to the Alps with the club</title>
 <author><name>alice</name><uri>xmpp:alice@example.org</uri></author>
 <link rel='alternate' href='xmpp:alice@example.org?;node=urn:xmpp:microblog:0;item=first-trip-to-the-alps-with-the-club-x7k2qa'/>
 <link rel='replies' title='comments' href='xmpp:comments.example.org?;node=urn:xmpp:microblog:0:comments/first-trip-to-the-alps-with-the-club-x7k2qa'/>
 <link rel='alternate' type='text/html' title='First trip' href='https://movim.example.org/blog/alice@example.org/first-trip'/>
 <link rel='related' href='https://alps.example.com/route' type='text/html' title='The route' description='Three days, two huts' logo='https://alps.example.com/logo.png'/>
 <link rel='enclosure' href='https://upload.example.org/abc/summit.jpg' type='image/jpeg' title='summit.jpg'/>
 <content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'><p>We made it to the <strong>top</strong>! <a href='https://alps.example.com'>route</a></p></div></content>
 <content type='text'>We made it to the **top**! [route](https://alps.example.com) #climbing #Alps</content>
 <published>2026-11-20T09:30:00+01:00</published>
 <category term='climbing'/>
 <category term='alps'/>
 <updated>2026-11-20T10:00:00Z</updated>
</entry>)"_s;

// A comment and a like (§2.3): text in <title>, no <content>.
const QString kMovimComment = uR"(<entry xmlns='http://www.w3.org/2005/Atom'>
 <id>3f2b1c1e-8d4a-4c4b-9a5e-1a2b3c4d5e6f</id>
 <title>Congratulations, what a view!</title>
 <author><name>bob</name><uri>xmpp:bob@example.net</uri></author>
 <link rel='alternate' href='xmpp:comments.example.org?;node=urn:xmpp:microblog:0:comments/first-trip;item=3f2b1c1e-8d4a-4c4b-9a5e-1a2b3c4d5e6f'/>
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

// A share: a new post quoting another with thr:in-reply-to, node percent-encoded
// as Movim's getRef() writes it.
const QString kMovimShare = uR"(<entry xmlns='http://www.w3.org/2005/Atom' xmlns:thr='http://purl.org/syndication/thread/1.0'>
 <id>9b1d7c1e-2222-4c4b-9a5e-1a2b3c4d5e6f</id>
 <title>Look at this</title>
 <thr:in-reply-to href='xmpp:alice@example.org?;node=urn%3Axmpp%3Amicroblog%3A0;item=first-trip'/>
 <published>2026-11-21T08:00:00Z</published>
 <updated>2026-11-21T08:00:00Z</updated>
</entry>)"_s;

Post parse(const QString &xml, const QString &service = u"alice@example.org"_s,
           const QString &node = u"urn:xmpp:microblog:0"_s, const QString &item = u"item-1"_s)
{
    auto parsed = MicroblogCodec::parseXml(xml, service, node, item, kNow);
    if (!parsed.post)
        qWarning() << "rejected:" << parsed.error;
    return parsed.post.value_or(Post{});
}
} // namespace

class TestMicroblogCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsMovimPost()
    {
        const Post post = parse(kMovimPost, u"alice@example.org"_s, u"urn:xmpp:microblog:0"_s,
                                u"first-trip-to-the-alps-with-the-club-x7k2qa"_s);
        QCOMPARE(post.title, u"First trip to the Alps with the club"_s);
        QCOMPARE(post.atomId, u"first-trip-to-the-alps-with-the-club-x7k2qa"_s);
        QCOMPARE(post.authorJid, u"alice@example.org"_s);
        QCOMPARE(post.authorName, u"alice"_s);
        QVERIFY2(post.html.contains(u"<strong>top</strong>"_s), qPrintable(post.html));
        QVERIFY(post.text.startsWith(u"We made it to the **top**!"_s));
        QCOMPARE(post.published, QDateTime(QDate(2026, 11, 20), QTime(8, 30), Qt::UTC)); // +01:00 read
        QCOMPARE(post.updated, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
        QVERIFY(post.isEdited());
        QCOMPARE(post.tags, (QStringList{u"climbing"_s, u"alps"_s}));
        QCOMPARE(post.comments.service, u"comments.example.org"_s);
        QCOMPARE(post.comments.node, u"urn:xmpp:microblog:0:comments/first-trip-to-the-alps-with-the-club-x7k2qa"_s);
        QCOMPARE(post.pictures().size(), 1);
        QCOMPARE(post.pictures().constFirst().href, u"https://upload.example.org/abc/summit.jpg"_s);
        const auto related = std::find_if(post.links.cbegin(), post.links.cend(), [](const PostLink &l) { return l.rel == u"related"_s; });
        QVERIFY(related != post.links.cend());
        QCOMPARE(related->description, u"Three days, two huts"_s);
        QCOMPARE(related->logo, u"https://alps.example.com/logo.png"_s);
        QVERIFY(!post.isComment());
        QVERIFY(!post.rawXml.isEmpty());
    }

    void readsCommentsLikesAndShares()
    {
        const Post comment = parse(kMovimComment, u"comments.example.org"_s, u"urn:xmpp:microblog:0:comments/first-trip"_s,
                                   u"3f2b1c1e-8d4a-4c4b-9a5e-1a2b3c4d5e6f"_s);
        QVERIFY(comment.isComment());
        QVERIFY(!comment.isLike());
        QCOMPARE(comment.title, u"Congratulations, what a view!"_s);
        QCOMPARE(comment.authorJid, u"bob@example.net"_s);
        QVERIFY(comment.html.isEmpty() && comment.text.isEmpty());

        const Post like = parse(kMovimLike, u"comments.example.org"_s, u"urn:xmpp:microblog:0:comments/first-trip"_s, u"l1"_s);
        QVERIFY(like.isLike());
        QCOMPARE(like.authorJid, u"carol@example.com"_s);

        const Post share = parse(kMovimShare);
        QCOMPARE(share.inReplyTo.service, u"alice@example.org"_s);
        QCOMPARE(share.inReplyTo.node, u"urn:xmpp:microblog:0"_s); // percent-decoded
        QCOMPARE(share.inReplyTo.item, u"first-trip"_s);
    }

    void readsOtherClientsVariants()
    {
        // html content (escaped), a summary, no author, odd and missing dates.
        const Post post = parse(uR"(<entry xmlns='http://www.w3.org/2005/Atom'>
            <title type='html'>&lt;b&gt;Bold&lt;/b&gt; title</title>
            <summary>Short version</summary>
            <content type='html'>&lt;p&gt;Hello&lt;/p&gt;</content>
            <updated>Fri, 20 Nov 2026 10:00:00 +0000</updated>
          </entry>)"_s, u"dave@example.org"_s);
        QCOMPARE(post.title, u"Bold title"_s);
        // (Sanitized as it is read: the summary's paragraph keeps no class.)
        QVERIFY2(post.html.startsWith(u"<p>Short version</p>"_s), qPrintable(post.html));
        QVERIFY(post.html.contains(u"<p>Hello</p>"_s));
        QCOMPARE(post.authorJid, u"dave@example.org"_s); // the microblog's owner
        QCOMPARE(post.updated, QDateTime(QDate(2026, 11, 20), QTime(10, 0), Qt::UTC));
        QCOMPARE(post.published, post.updated);
        QCOMPARE(post.atomId, u"item-1"_s); // no <id>: the item id
        // Untyped content is text.
        QCOMPARE(parse(u"<entry xmlns='http://www.w3.org/2005/Atom'><title>t</title><content>plain #tag</content></entry>"_s).text,
                 u"plain #tag"_s);
    }

    void hostileInput()
    {
        // Not Atom, not XML, no item id: rejected with a reason.
        QVERIFY(!MicroblogCodec::parseXml(u"<entry/>"_s, u"a@b"_s, u"n"_s, u"i"_s).post);
        QVERIFY(!MicroblogCodec::parseXml(u"<entry xmlns='http://www.w3.org/2005/Atom'><title>x"_s, u"a@b"_s, u"n"_s, u"i"_s).post);
        QVERIFY(!MicroblogCodec::parseXml(u"<entry xmlns='http://www.w3.org/2005/Atom'><title>x</title></entry>"_s, u"a@b"_s, u"n"_s, {}).post);
        // 10 MiB of text is refused whole.
        const QString huge = u"<entry xmlns='http://www.w3.org/2005/Atom'><title>x</title><content>"_s + QString(10 * 1024 * 1024, u'a')
                             + u"</content></entry>"_s;
        const auto big = MicroblogCodec::parseXml(huge, u"a@b"_s, u"n"_s, u"i"_s);
        QVERIFY(!big.post);
        QVERIFY(!big.error.isEmpty());
        // Deep nesting is refused.
        QString deep = u"<entry xmlns='http://www.w3.org/2005/Atom'><title>x</title><content type='xhtml'><div xmlns='http://www.w3.org/1999/xhtml'>"_s;
        for (int i = 0; i < 200; ++i)
            deep += u"<span>"_s;
        for (int i = 0; i < 200; ++i)
            deep += u"</span>"_s;
        deep += u"</div></content></entry>"_s;
        QVERIFY(!MicroblogCodec::parseXml(deep, u"a@b"_s, u"n"_s, u"i"_s).post);
        // Dates far in the future are clamped to now.
        const Post future = parse(u"<entry xmlns='http://www.w3.org/2005/Atom'><title>x</title><published>2999-01-01T00:00:00Z</published><updated>2999-01-01T00:00:00Z</updated></entry>"_s);
        QCOMPARE(future.published, kNow);
        QCOMPARE(future.updated, kNow);
        // A comments link to another server's node is dropped.
        const Post foreign = parse(uR"(<entry xmlns='http://www.w3.org/2005/Atom'><title>x</title>
            <link rel='replies' title='comments' href='xmpp:pubsub.evil.example?;node=urn:xmpp:microblog:0:comments/x'/></entry>)"_s);
        QVERIFY(!foreign.comments.isValid());
        const Post wrongNode = parse(uR"(<entry xmlns='http://www.w3.org/2005/Atom'><title>x</title>
            <link rel='replies' title='comments' href='xmpp:comments.example.org?;node=private-node'/></entry>)"_s);
        QVERIFY(!wrongNode.comments.isValid());
        // A 5000-character title is cut.
        QVERIFY(parse(u"<entry xmlns='http://www.w3.org/2005/Atom'><title>"_s + QString(5000, u't') + u"</title></entry>"_s).title.size()
                <= MicroblogCodec::kMaxTitle + 1);
    }

    void authorsAreCreditedToThePublisher()
    {
        const QString claimsBob = uR"(<entry xmlns='http://www.w3.org/2005/Atom'><title>x</title>
            <author><name>Bob</name><uri>xmpp:bob@example.org</uri></author><updated>2026-01-01T00:00:00Z</updated></entry>)"_s;
        // On Alice's own blog, without a publisher: Alice's (only she
        // publishes there), the claim kept and marked.
        Post onAlices = parse(claimsBob);
        QCOMPARE(onAlices.authorJid, u"alice@example.org"_s);
        QCOMPARE(onAlices.claimedAuthor, u"bob@example.org"_s);
        QVERIFY(!onAlices.verified);
        QVERIFY(Authorship::claimsSomeoneElse(onAlices));
        // A comment whose publisher is the claimed author: verified.
        const QString commentsNode = u"urn:xmpp:microblog:0:comments/p1"_s;
        Post comment = parse(claimsBob, u"comments.example.org"_s, commentsNode);
        Authorship::credit(comment, u"bob@example.org/phone"_s);
        QCOMPARE(comment.authorJid, u"bob@example.org"_s);
        QVERIFY(comment.verified);
        QVERIFY(!Authorship::claimsSomeoneElse(comment));
        // Published by Eve: Eve's, claiming Bob.
        Authorship::credit(comment, u"eve@example.org"_s);
        QCOMPARE(comment.authorJid, u"eve@example.org"_s);
        QVERIFY(!comment.verified);
        QVERIFY(Authorship::claimsSomeoneElse(comment));
        // No publisher on a service: the claim, unverified.
        Authorship::credit(comment, {});
        QCOMPARE(comment.authorJid, u"bob@example.org"_s);
        QVERIFY(!comment.verified);
        QVERIFY(!Authorship::claimsSomeoneElse(comment));
        // No author at all on a blog: its owner, verified.
        const Post plain = parse(u"<entry xmlns='http://www.w3.org/2005/Atom'><title>x</title></entry>"_s);
        QCOMPARE(plain.authorJid, u"alice@example.org"_s);
        QVERIFY(plain.verified);
    }

    void hostileLinksTagsAndDates()
    {
        QString tags;
        for (int i = 0; i < 300; ++i)
            tags += u"<category term='tag%1'/>"_s.arg(i);
        const Post post = parse(uR"(<entry xmlns='http://www.w3.org/2005/Atom'><title>x</title>
            <link rel='enclosure' href='javascript:alert(1)' type='image/png'/>
            <link rel='enclosure' href='data:image/png;base64,AAAA' type='image/png'/>
            <link rel='related' href='https://example.org/a' logo='javascript:alert(2)' title='A'/>
            <link rel='alternate' type='text/html' href='https://example.org/p'/>
            <link rel='via' href='xmpp:bob@example.org?;node=urn:xmpp:microblog:0;item=x'/>
            <published>9999-12-31T23:59:59Z</published>)"_s + tags + u"</entry>"_s);
        QCOMPARE(post.tags.size(), MicroblogCodec::kMaxTags);
        QStringList hrefs;
        for (const PostLink &l : post.links)
            hrefs << l.href;
        QCOMPARE(hrefs, (QStringList{u"https://example.org/a"_s, u"https://example.org/p"_s,
                                     u"xmpp:bob@example.org?;node=urn:xmpp:microblog:0;item=x"_s}));
        QVERIFY(post.links.constFirst().logo.isEmpty());
        // A date in the year 9999 is "now", marked as a guess.
        QCOMPARE(post.published, kNow);
        QVERIFY(post.publishedGuessed);
        QVERIFY(!parse(u"<entry xmlns='http://www.w3.org/2005/Atom'><title>x</title><updated>2026-01-01T00:00:00Z</updated></entry>"_s)
                     .publishedGuessed);
    }

    void writesMovimsLayout()
    {
        Post post;
        post.service = u"sam@example.org"_s;
        post.node = u"urn:xmpp:microblog:0"_s;
        post.itemId = MicroblogCodec::makeItemId(u"A long title about our first Hearth release"_s);
        post.title = u"A long title about our first Hearth release"_s;
        post.text = u"It *works*. #hearth #XMPP"_s;
        post.html = u"<p>It <em>works</em>. #hearth #XMPP</p>"_s;
        post.authorJid = u"sam@example.org"_s;
        post.authorName = u"Sam"_s;
        post.published = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
        post.updated = post.published;
        post.tags = MicroblogCodec::hashtags(post.text);
        post.comments = {u"comments.example.org"_s, u"urn:xmpp:microblog:0:comments/"_s + post.itemId, {}};
        post.links << PostLink{u"enclosure"_s, u"https://upload.example.org/x/photo.png"_s, u"image/png"_s, u"photo.png"_s, {}, {}};
        post.inReplyTo = {u"alice@example.org"_s, u"urn:xmpp:microblog:0"_s, u"first-trip"_s};
        const QString xml = MicroblogCodec::write(post);

        QVERIFY(post.itemId.startsWith(u"a-long-title-about-our-first-hearth-release-"_s));
        QCOMPARE(post.itemId.size(), QString(u"a-long-title-about-our-first-hearth-release-"_s).size() + 6);
        QCOMPARE(post.tags, (QStringList{u"hearth"_s, u"xmpp"_s}));

        // §2.2 rules Movim applies to what it receives:
        QDomDocument doc;
        QVERIFY2(doc.setContent(xml, true), qPrintable(xml));
        const QDomElement entry = doc.documentElement();
        QCOMPARE(entry.namespaceURI(), u"http://www.w3.org/2005/Atom"_s);
        QVERIFY(!entry.firstChildElement(u"title"_s).text().trimmed().isEmpty()); // non-empty title
        QVERIFY(!entry.firstChildElement(u"updated"_s).isNull());                 // and updated
        QCOMPARE(entry.firstChildElement(u"id"_s).text(), post.itemId);           // bare item id
        QVERIFY(xml.contains(u"href=\"xmpp:comments.example.org?;node=urn:xmpp:microblog:0:comments/"_s + post.itemId + u"\""_s));
        QVERIFY(xml.contains(u"rel=\"replies\""_s) && xml.contains(u"title=\"comments\""_s));
        QVERIFY(xml.contains(u"href=\"xmpp:alice@example.org?;node=urn:xmpp:microblog:0;item=first-trip\""_s)); // exact in-reply-to
        QVERIFY2(xml.contains(u"<content type=\"xhtml\"><div xmlns=\"http://www.w3.org/1999/xhtml\"><p>It <em>works</em>"_s), qPrintable(xml));
        QVERIFY(xml.contains(u"<content type=\"text\">It *works*. #hearth #XMPP</content>"_s));
        QVERIFY(xml.contains(u"<uri>xmpp:sam@example.org</uri>"_s));

        // And it reads back the same.
        const Post back = parse(xml, post.service, post.node, post.itemId);
        QCOMPARE(back.title, post.title);
        QCOMPARE(back.text, post.text);
        QCOMPARE(back.html, post.html);
        QCOMPARE(back.tags, post.tags);
        QCOMPARE(back.comments, post.comments);
        QCOMPARE(back.inReplyTo, post.inReplyTo);
        QCOMPARE(back.published, post.published);
        QCOMPARE(back.pictures().size(), 1);
        QCOMPARE(back.authorJid, post.authorJid);
    }

    void writesCommentsAndLikes()
    {
        Post like;
        like.service = u"comments.example.org"_s;
        like.node = u"urn:xmpp:microblog:0:comments/first-trip"_s;
        like.itemId = MicroblogCodec::makeItemId(u"♥"_s); // short: a UUID
        like.title = u"♥"_s;
        like.authorJid = u"sam@example.org"_s;
        like.published = like.updated = kNow;
        const QString xml = MicroblogCodec::write(like);
        QVERIFY(!xml.contains(u"<content"_s)); // comments carry only a title
        QVERIFY(!xml.contains(u"rel=\"replies\""_s));
        QVERIFY(QRegularExpression(u"^[0-9a-f-]{36}$"_s).match(like.itemId).hasMatch());
        const Post back = parse(xml, like.service, like.node, like.itemId);
        QVERIFY(back.isLike());
        QVERIFY(back.isComment());
    }

    void brokenHtmlIsWrittenAsText()
    {
        Post post;
        post.service = u"a@example.org"_s;
        post.node = u"urn:xmpp:microblog:0"_s;
        post.itemId = u"x"_s;
        post.title = u"t"_s;
        post.html = u"<p>unclosed <b>bold"_s;
        post.published = post.updated = kNow;
        const QString xml = MicroblogCodec::write(post);
        QDomDocument doc;
        QVERIFY(doc.setContent(xml, true)); // the entry stays well-formed
        QVERIFY(xml.contains(u"&lt;p&gt;unclosed"_s));
    }

    void uris()
    {
        const auto uri = XmppUri::parse(u"xmpp:alice@example.org?;item=x;node=urn%3Axmpp%3Amicroblog%3A0"_s);
        QCOMPARE(uri.service, u"alice@example.org"_s);
        QCOMPARE(uri.node, u"urn:xmpp:microblog:0"_s);
        QCOMPARE(uri.item, u"x"_s);
        QCOMPARE(uri.toString(), u"xmpp:alice@example.org?;node=urn:xmpp:microblog:0;item=x"_s);
        QVERIFY(!XmppUri::parse(u"https://example.org"_s).isValid());
        QVERIFY(!XmppUri::parse(u"xmpp:alice@example.org"_s).isValid());
    }
};

QTEST_GUILESS_MAIN(TestMicroblogCodec)
#include "tst_microblogcodec.moc"
