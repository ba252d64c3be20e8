// xmpp: links (RFC 5122, XEP-0147) read into what Hearth opens, and every
// bad form refused with a reason.
#include "XmppLink.h"
#include "feed/XmppUri.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Hearth::XmppLink;
using Action = XmppLink::Action;

class TestXmppLink : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void actions_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("jid");
        QTest::addColumn<QString>("detail"); // body, password, name|group, node|item

        QTest::newRow("address alone") << u"xmpp:alice@example.org"_s << int(Action::Chat) << u"alice@example.org"_s << u""_s;
        QTest::newRow("scheme in capitals, domain lowered, resource dropped")
            << u"XMPP:alice@Example.ORG/phone"_s << int(Action::Chat) << u"alice@example.org"_s << u""_s;
        QTest::newRow("message") << u"xmpp:alice@example.org?message"_s << int(Action::Chat) << u"alice@example.org"_s << u""_s;
        QTest::newRow("message with body") << u"xmpp:alice@example.org?message;subject=Hi;body=Hello%20there%21"_s
                                           << int(Action::Chat) << u"alice@example.org"_s << u"Hello there!"_s;
        QTest::newRow("body in UTF-8, escaped separators") << u"xmpp:alice@example.org?message;body=caf%C3%A9%3B%20ok%3Dyes"_s
                                                           << int(Action::Chat) << u"alice@example.org"_s << u"café; ok=yes"_s;
        QTest::newRow("localpart escaped") << u"xmpp:j%C3%BCrgen@example.org?message"_s << int(Action::Chat)
                                           << u"jürgen@example.org"_s << u""_s;
        QTest::newRow("authority ignored") << u"xmpp://guest@example.com/support@example.com?message"_s << int(Action::Chat)
                                           << u"support@example.com"_s << u""_s;
        QTest::newRow("fragment ignored") << u"xmpp:alice@example.org#top"_s << int(Action::Chat) << u"alice@example.org"_s << u""_s;
        QTest::newRow("join") << u"xmpp:room@muc.example.org?join"_s << int(Action::Join) << u"room@muc.example.org"_s << u""_s;
        QTest::newRow("join with password") << u"xmpp:room@muc.example.org?join;password=s%3Bcret"_s << int(Action::Join)
                                            << u"room@muc.example.org"_s << u"s;cret"_s;
        QTest::newRow("subscribe") << u"xmpp:bob@example.org?subscribe"_s << int(Action::AddContact) << u"bob@example.org"_s << u"|"_s;
        QTest::newRow("roster with name and group") << u"xmpp:bob@example.org?roster;name=Bob%20B;group=Climbing"_s
                                                    << int(Action::AddContact) << u"bob@example.org"_s << u"Bob B|Climbing"_s;
        QTest::newRow("vcard") << u"xmpp:bob@example.org?vcard"_s << int(Action::Profile) << u"bob@example.org"_s << u""_s;
        // Movim's own links, node and item unencoded (MOVIM-WIRE: getRef).
        QTest::newRow("movim post") << u"xmpp:pubsub.example.org?;node=cats;item=3f2a-b1"_s << int(Action::Post)
                                    << u"pubsub.example.org"_s << u"cats|3f2a-b1"_s;
        QTest::newRow("movim blog post") << u"xmpp:alice@example.org?;node=urn:xmpp:microblog:0;item=hello"_s << int(Action::Post)
                                         << u"alice@example.org"_s << u"urn:xmpp:microblog:0|hello"_s;
        QTest::newRow("community") << u"xmpp:pubsub.example.org?;node=cats"_s << int(Action::Node) << u"pubsub.example.org"_s
                                   << u"cats|"_s;
        QTest::newRow("encoded blog node") << u"xmpp:alice@example.org?;node=urn%3Axmpp%3Amicroblog%3A0"_s << int(Action::Node)
                                           << u"alice@example.org"_s << u"urn:xmpp:microblog:0|"_s;
        QTest::newRow("xep-0147 pubsub subscribe") << u"xmpp:pubsub.example.org?pubsub;action=subscribe;node=cats"_s
                                                   << int(Action::Node) << u"pubsub.example.org"_s << u"cats|"_s;
    }
    void actions()
    {
        QFETCH(QString, uri);
        QFETCH(int, action);
        QFETCH(QString, jid);
        QFETCH(QString, detail);
        const XmppLink link = XmppLink::parse(uri);
        QVERIFY2(link.isValid(), qPrintable(link.error));
        QVERIFY(link.error.isEmpty());
        QCOMPARE(int(link.action), action);
        QCOMPARE(link.jid, jid);
        switch (link.action) {
        case Action::Chat:
            QCOMPARE(link.body, detail);
            break;
        case Action::Join:
            QCOMPARE(link.password, detail);
            break;
        case Action::AddContact:
            QCOMPARE(link.name + u'|' + link.group, detail);
            break;
        case Action::Node:
        case Action::Post:
            QCOMPARE(link.node + u'|' + link.item, detail);
            // The feed's own reader agrees on the pubsub URI Hearth opens.
            QCOMPARE(Hearth::XmppUri::parse(link.pubsubUri()).node, link.node);
            QCOMPARE(Hearth::XmppUri::parse(link.pubsubUri()).item, link.item);
            QCOMPARE(Hearth::XmppUri::parse(link.pubsubUri()).service, link.jid);
            break;
        default:
            QVERIFY(detail.isEmpty());
        }
    }

    void blogOrCommunity()
    {
        QVERIFY(XmppLink::parse(u"xmpp:alice@example.org?;node=urn:xmpp:microblog:0"_s).isBlog());
        QVERIFY(!XmppLink::parse(u"xmpp:pubsub.example.org?;node=cats"_s).isBlog());
    }

    void badLinks_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("reason"); // a word the explanation must contain

        QTest::newRow("other scheme") << u"mailto:alice@example.org"_s << u"not an xmpp: link"_s;
        QTest::newRow("no address") << u"xmpp:"_s << u"no address"_s;
        QTest::newRow("authority, no address") << u"xmpp://guest@example.com"_s << u"no address"_s;
        QTest::newRow("empty domain") << u"xmpp:alice@"_s << u"not a valid address"_s;
        QTest::newRow("space") << u"xmpp:al ice@example.org"_s << u"spaces"_s;
        QTest::newRow("escaped space") << u"xmpp:al%20ice@example.org?message"_s << u"spaces"_s;
        QTest::newRow("forbidden character") << u"xmpp:a%3Cb@example.org"_s << u"not a valid address"_s;
        QTest::newRow("bad domain") << u"xmpp:alice@exa_mple..org"_s << u"not a valid address"_s;
        QTest::newRow("control character") << u"xmpp:alice%00@example.org"_s << u"spaces"_s;
        QTest::newRow("unknown action") << u"xmpp:alice@example.org?frobnicate"_s << u"not an xmpp: action"_s;
        QTest::newRow("action Hearth does not open") << u"xmpp:alice@example.org?remove"_s << u"does not open"_s;
        QTest::newRow("command") << u"xmpp:example.org?command;node=shutdown"_s << u"does not open"_s;
        QTest::newRow("message to a server") << u"xmpp:example.org?message;body=hi"_s << u"server's address"_s;
        QTest::newRow("join a server") << u"xmpp:example.org?join"_s << u"server's address"_s;
        QTest::newRow("server alone") << u"xmpp:example.org"_s << u"server's address"_s;
        QTest::newRow("empty node") << u"xmpp:pubsub.example.org?;node="_s << u"empty node"_s;
        QTest::newRow("server's blog") << u"xmpp:example.org?;node=urn:xmpp:microblog:0"_s << u"blogs belong to people"_s;
        QTest::newRow("pubsub without node") << u"xmpp:pubsub.example.org?pubsub;action=subscribe"_s << u"names no node"_s;
        QTest::newRow("parameters without action") << u"xmpp:alice@example.org?;body=hi"_s << u"no action"_s;
        QTest::newRow("huge query") << u"xmpp:alice@example.org?message;body="_s + QString(9000, u'a') << u"too long"_s;
    }
    void badLinks()
    {
        QFETCH(QString, uri);
        QFETCH(QString, reason);
        const XmppLink link = XmppLink::parse(uri);
        QVERIFY(!link.isValid());
        QCOMPARE(link.action, Action::Invalid);
        QVERIFY2(link.error.contains(reason), qPrintable(link.error));
        QVERIFY(link.jid.isEmpty() || link.action == Action::Invalid);
    }

    void longestLinkStillOpens()
    {
        const QString prefix = u"xmpp:alice@example.org?message;body="_s;
        const XmppLink link = XmppLink::parse(prefix + QString(XmppLink::kMaxLength - prefix.size(), u'b'));
        QVERIFY2(link.isValid(), qPrintable(link.error));
        QCOMPARE(link.body.size(), XmppLink::kMaxLength - prefix.size());
    }
};

QTEST_GUILESS_MAIN(TestXmppLink)
#include "tst_xmpplink.moc"
