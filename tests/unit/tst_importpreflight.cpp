// Issue 16: the import's preflight on a server's answers as Prosody 0.12
// writes them (the PEP default node form with its max_items range), and
// what it says a plan will do on a server keeping fewer items than the
// blog has.
#include "import/ImportPreflight.h"

#include <QDomDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hearth;

namespace {
// mod_pep's answer to <pubsub xmlns='…#owner'><default/></pubsub> with
// pep_max_items = 256 (the range written by util/dataforms).
const QString kProsodyDefault = uR"(<iq type='result' id='d1' from='alice@example.org' xmlns='jabber:client'>
 <pubsub xmlns='http://jabber.org/protocol/pubsub#owner'><default>
  <x xmlns='jabber:x:data' type='form'>
   <field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/pubsub#node_config</value></field>
   <field var='pubsub#title' type='text-single' label='Title'/>
   <field var='pubsub#max_items' type='text-single' label='Max # of items to persist'>
    <validate xmlns='http://jabber.org/protocol/xdata-validate' datatype='pubsub:integer-or-max'><range min='1' max='256'/></validate>
    <value>1</value>
   </field>
   <field var='pubsub#persist_items' type='boolean'><value>1</value></field>
  </x>
 </default></pubsub>
</iq>)"_s;

QDomElement parsed(const QString &xml)
{
    QDomDocument doc;
    if (!doc.setContent(xml, true))
        QTest::qFail("bad fixture", __FILE__, __LINE__);
    return doc.documentElement();
}

ImportPlan planWithPosts(int count)
{
    ImportPlan plan;
    plan.oldJid = u"alice@example.org"_s;
    PepNodeSnapshot blog;
    blog.node = u"urn:xmpp:microblog:0"_s;
    for (int i = 0; i < count; ++i)
        blog.items << PepNodeSnapshot::Item{u"post-%1"_s.arg(i), u"<entry xmlns='http://www.w3.org/2005/Atom'/>"_s};
    plan.pepNodes << blog;
    // A comment on the oldest post and one on the newest.
    for (const int i : {0, count - 1}) {
        ImportPlan::Thread thread;
        thread.service = u"comments.example.org"_s;
        thread.node = u"urn:xmpp:microblog:0:comments/post-%1"_s.arg(i);
        thread.parent = u"post-%1"_s.arg(i);
        thread.entries << ImportPlan::ThreadEntry{u"c%1"_s.arg(i), u"<entry xmlns='http://www.w3.org/2005/Atom'><title>Nice</title></entry>"_s,
                                                  plan.oldJid};
        plan.threads << thread;
    }
    return plan;
}

const ImportPreflight::Line *lineOf(const QList<ImportPreflight::Line> &lines, const QString &kind)
{
    for (const auto &line : lines) {
        if (line.kind == kind)
            return &line;
    }
    return nullptr;
}
} // namespace

class TestImportPreflight : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsTheItemLimitFromTheDefaultForm()
    {
        QCOMPARE(ImportPreflight::maxItemsLimit(parsed(kProsodyDefault)), 256);
        // No range, no field, another answer: no limit stated.
        QString noRange = kProsodyDefault;
        noRange.replace(u"<range min='1' max='256'/>"_s, u""_s);
        QCOMPARE(ImportPreflight::maxItemsLimit(parsed(noRange)), -1);
        QString garbage = kProsodyDefault;
        garbage.replace(u"max='256'"_s, u"max='lots'"_s);
        QCOMPARE(ImportPreflight::maxItemsLimit(parsed(garbage)), -1);
        QCOMPARE(ImportPreflight::maxItemsLimit(parsed(u"<iq type='result'/>"_s)), -1);
    }

    void firstKeptIsTheOldestPastTheLimit()
    {
        QCOMPARE(ImportPreflight::firstKept(300, 256), 44);
        QCOMPARE(ImportPreflight::firstKept(256, 256), 0);
        QCOMPARE(ImportPreflight::firstKept(10, -1), 0);
    }

    void aBlogLongerThanTheLimitMovesPartly()
    {
        const ImportPlan plan = planWithPosts(5);
        ImportPreflight::Abilities roomy;
        roomy.jid = u"alice@new.example"_s;
        const auto all = ImportPreflight::preview(plan, roomy);
        QCOMPARE(lineOf(all, u"posts"_s)->verdict, ImportPreflight::Line::Verdict::Moves);
        QCOMPARE(lineOf(all, u"comments"_s)->count, 2);

        ImportPreflight::Abilities tight = roomy;
        tight.pepMaxItems = 3;
        const auto some = ImportPreflight::preview(plan, tight);
        const auto *posts = lineOf(some, u"posts"_s);
        QCOMPARE(posts->verdict, ImportPreflight::Line::Verdict::Partly);
        QCOMPARE(posts->count, 5);
        QVERIFY2(posts->text.startsWith(u"3 of 5 posts"_s) && posts->text.contains(u"the 2 oldest"_s), qPrintable(posts->text));
        // The oldest post's comment stays with it.
        QCOMPARE(lineOf(some, u"comments"_s)->count, 1);
    }
};

QTEST_GUILESS_MAIN(TestImportPreflight)
#include "tst_importpreflight.moc"
