// Communities without a server: the list model under
// QAbstractItemModelTester (pages found, descriptions arriving in any
// order, the filter, in-place updates), what a meta-data form says (and a
// broken one), Movim's node ids, the nodes that are not communities, the
// avatar metadata, settings written into a service's own form, and the
// community cache (unread counts, standing, removal).
#include "CommunityListModel.h"
#include "communities/CommunityAdmin.h"
#include "communities/CommunityStore.h"
#include "db/Database.h"
#include "feed/PostStore.h"
#include "support/TestUtils.h"

#include <QAbstractItemModelTester>
#include <QDomDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hearth;

namespace {
Community community(const QString &node, const QString &title = {})
{
    Community c;
    c.service = u"pubsub.example.org"_s;
    c.node = node;
    c.title = title;
    return c;
}

QXmppDataForm formOf(const QString &xml)
{
    QDomDocument doc;
    doc.setContent(xml, true);
    QXmppDataForm form;
    form.parse(doc.documentElement());
    return form;
}

QStringList titles(const QAbstractItemModel &model)
{
    QStringList out;
    for (int i = 0; i < model.rowCount(); ++i)
        out << model.index(i, 0).data(CommunityListModel::TitleRole).toString();
    return out;
}
} // namespace

class TestCommunityModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void listFillsDescribesAndFilters()
    {
        CommunityListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSet<QString> followed{u"bouldering"_s};
        model.setFollowedCheck([&](const QString &, const QString &node) { return followed.contains(node); });
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        // Two pages; the second repeats a node (listed once).
        model.append({community(u"bouldering"_s, u"Bouldering"_s), community(u"knitting"_s)});
        model.append({community(u"knitting"_s), community(u"astro"_s, u"Astronomy"_s)});
        QTRY_COMPARE(model.rowCount(), 3);
        QCOMPARE(titles(model), (QStringList{u"Bouldering"_s, u"knitting"_s, u"Astronomy"_s}));
        QVERIFY(model.index(0, 0).data(CommunityListModel::FollowedRole).toBool());
        QCOMPARE(model.index(1, 0).data(CommunityListModel::DescribedRole).toBool(), false);
        QCOMPARE(model.index(1, 0).data(CommunityListModel::SubscribersRole).toInt(), -1);

        // Descriptions, in any order, update rows in place; a description
        // without a title keeps the listing's name.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Community knitting = community(u"knitting"_s, u"Knitting circle"_s);
        knitting.description = u"Wool <b>and</b> needles"_s;
        knitting.subscribers = 12;
        Community astro = community(u"astro"_s);
        astro.type = Community::Type::Gallery;
        astro.accessModel = u"authorize"_s;
        model.describe(astro);
        model.describe(knitting);
        model.describe(community(u"unknown"_s, u"Never listed"_s)); // ignored
        QTRY_VERIFY(changed.size() >= 2);
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(titles(model), (QStringList{u"Bouldering"_s, u"Knitting circle"_s, u"Astronomy"_s}));
        QCOMPARE(model.index(1, 0).data(CommunityListModel::DescriptionRole).toString(), u"Wool <b>and</b> needles"_s);
        QCOMPARE(model.index(1, 0).data(CommunityListModel::SubscribersRole).toInt(), 12);
        QVERIFY(model.index(2, 0).data(CommunityListModel::IsGalleryRole).toBool());
        QVERIFY(model.index(2, 0).data(CommunityListModel::MembersOnlyRole).toBool());
        QCOMPARE(model.index(2, 0).data(CommunityListModel::UriRole).toString(), u"xmpp:pubsub.example.org?;node=astro"_s);

        // The filter: title, node id or description, any case; the total stays.
        model.setFilter(u"WOOL"_s);
        QCOMPARE(titles(model), QStringList{u"Knitting circle"_s});
        QCOMPARE(model.total(), 3);
        model.setFilter(u"astr"_s);
        QCOMPARE(titles(model), QStringList{u"Astronomy"_s});
        model.setFilter({});
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(reset.isEmpty()); // never a reset: the view keeps its place

        // Followed marks follow the follows.
        followed.insert(u"astro"_s);
        model.refreshFollowed();
        QTRY_VERIFY(model.index(2, 0).data(CommunityListModel::FollowedRole).toBool());
    }

    void avatarsShowCachedOrSafeWebPictures()
    {
        Community c = community(u"a"_s);
        QCOMPARE(CommunityListModel::avatarOf(c), QString());
        c.avatarHash = u"3f786850e387550fdab836ed7e6dc881de23001b"_s;
        QCOMPARE(CommunityListModel::avatarOf(c), u"image://avatar/3f786850e387550fdab836ed7e6dc881de23001b"_s);
        c.avatarUrl = u"https://movim.example.org/picture.jpg"_s;
        QCOMPARE(CommunityListModel::avatarOf(c), c.avatarUrl);
        // Never a plain-http picture from elsewhere.
        c.avatarUrl = u"http://192.168.1.1/router.png"_s;
        QCOMPARE(CommunityListModel::avatarOf(c), u"image://avatar/3f786850e387550fdab836ed7e6dc881de23001b"_s);
    }

    void metaDataFormIsRead()
    {
        Community c = community(u"n"_s);
        CommunityMeta::apply(formOf(uR"(<x xmlns='jabber:x:data' type='result'>
            <field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/pubsub#meta-data</value></field>
            <field var='pubsub#title'><value> Night &lt;sky&gt; </value></field>
            <field var='pubsub#description'><value>Stars</value></field>
            <field var='pubsub#type'><value>urn:xmpp:pubsub-social-gallery:0</value></field>
            <field var='pubsub#access_model'><value>open</value></field>
            <field var='pubsub#publish_model'><value>subscribers</value></field>
            <field var='pubsub#num_subscribers'><value>42</value></field>
            <field var='pubsub#creation_date'><value>2026-01-02T03:04:05Z</value></field></x>)"_s),
                             &c);
        QCOMPARE(c.title, u"Night <sky>"_s);
        QCOMPARE(c.description, u"Stars"_s);
        QCOMPARE(c.type, Community::Type::Gallery); // Movim's older gallery name
        QCOMPARE(c.subscribers, std::optional<int>(42));
        QCOMPARE(c.created, QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5), Qt::UTC));
        QVERIFY(c.problem.isEmpty());
        QVERIFY(c.mayPublish() == false); // subscribers only, not subscribed
        c.subscription = u"subscribed"_s;
        QVERIFY(c.mayPublish());

        // A broken form: what can be read is kept, the rest reported.
        Community broken = community(u"b"_s);
        CommunityMeta::apply(formOf(uR"(<x xmlns='jabber:x:data' type='result'>
            <field var='pubsub#title'><value>Still here</value></field>
            <field var='pubsub#num_subscribers'><value>many</value></field>
            <field var='pubsub#creation_date'><value>yesterday</value></field></x>)"_s),
                             &broken);
        QCOMPARE(broken.title, u"Still here"_s);
        QVERIFY(!broken.subscribers.has_value());
        QVERIFY(broken.problem.contains(u"pubsub#num_subscribers"_s));
        QVERIFY(broken.problem.contains(u"pubsub#creation_date"_s));
    }

    void nodeIdsAndInternalNodes()
    {
        QCOMPARE(CommunityMeta::slugify(u"Climbing in Lyon"_s), u"climbing-in-lyon"_s);
        QCOMPARE(CommunityMeta::slugify(u"  Photos d'été !! "_s), u"photos-d-ete"_s);
        QCOMPARE(CommunityMeta::slugify(u"Ça va? Ünïcödé"_s), u"ca-va-unicode"_s);
        QCOMPARE(CommunityMeta::slugify(u"日本語"_s), QString());
        QVERIFY(CommunityMeta::isInternalNode(u"urn:xmpp:microblog:0:comments/abc"_s));
        QVERIFY(CommunityMeta::isInternalNode(u"urn:xmpp:avatar:metadata"_s));
        QVERIFY(CommunityMeta::isInternalNode(u"eu.siacs.conversations.axolotl.devicelist"_s));
        QVERIFY(CommunityMeta::isInternalNode(u"storage:bookmarks"_s));
        QVERIFY(CommunityMeta::isInternalNode({}));
        QVERIFY(!CommunityMeta::isInternalNode(u"climbing-in-lyon"_s));
        QVERIFY(!CommunityMeta::isInternalNode(u"Movim"_s));
    }

    void avatarMetadataIsRead()
    {
        QDomDocument doc;
        QVERIFY(doc.setContent(uR"(<metadata xmlns='urn:xmpp:avatar:metadata'>
            <info id='abc' bytes='12' type='image/jpeg' width='64' height='64' url='https://movim.example/a.jpg'/></metadata>)"_s,
                               true));
        const auto info = CommunityMeta::parseAvatarMetadata(doc.documentElement());
        QVERIFY(info);
        QCOMPARE(info->id, u"abc"_s);
        QCOMPARE(info->url, u"https://movim.example/a.jpg"_s);
        QCOMPARE(info->width, 64);
        QVERIFY(doc.setContent(u"<metadata xmlns='urn:xmpp:avatar:metadata'><info bytes='1'/></metadata>"_s, true));
        QVERIFY(!CommunityMeta::parseAvatarMetadata(doc.documentElement()));
        QVERIFY(doc.setContent(u"<entry xmlns='http://www.w3.org/2005/Atom'/>"_s, true));
        QVERIFY(!CommunityMeta::parseAvatarMetadata(doc.documentElement()));
    }

    // Settings are written into the service's own form: its other fields
    // (and their values) go back as they came.
    void settingsKeepTheRestOfTheForm()
    {
        QXmppDataForm form = formOf(uR"(<x xmlns='jabber:x:data' type='form'>
            <field var='FORM_TYPE' type='hidden'><value>http://jabber.org/protocol/pubsub#node_config</value></field>
            <field var='pubsub#title' type='text-single'><value>Old</value></field>
            <field var='pubsub#max_items' type='text-single'><value>max</value></field>
            <field var='pubsub#access_model' type='list-single'><value>open</value>
              <option><value>open</value></option><option><value>authorize</value></option></field>
            <field var='x-custom#thing' type='boolean'><value>1</value></field></x>)"_s);
        CommunitySettings s;
        s.title = u"New"_s;
        s.description = u"About"_s;
        s.type = Community::Type::Gallery;
        s.readers = CommunitySettings::Readers::Members;
        s.posters = CommunitySettings::Posters::Subscribers;
        s.applyTo(&form);
        const CommunitySettings back = CommunitySettings::fromForm(form);
        QCOMPARE(back.title, u"New"_s);
        QCOMPARE(back.description, u"About"_s);
        QCOMPARE(back.type, Community::Type::Gallery);
        QCOMPARE(back.readers, CommunitySettings::Readers::Members);
        QCOMPARE(back.posters, CommunitySettings::Posters::Subscribers);
        QStringList vars;
        for (const auto &f : form.fields())
            vars << f.key();
        QVERIFY(vars.contains(u"pubsub#max_items"_s));
        QVERIFY(vars.contains(u"x-custom#thing"_s));
        // Movim's creation configuration.
        const QXmppDataForm created = CommunityAdmin::creationForm(s);
        QHash<QString, QString> values;
        for (const auto &f : created.fields())
            values.insert(f.key(), f.value().toString());
        QCOMPARE(values.value(u"pubsub#send_last_published_item"_s), u"on_sub"_s);
        QCOMPARE(values.value(u"pubsub#max_items"_s), u"max"_s);
        QCOMPARE(values.value(u"pubsub#persist_items"_s), u"true"_s);
        QCOMPARE(values.value(u"pubsub#deliver_payloads"_s), u"false"_s);
        QCOMPARE(values.value(u"pubsub#type"_s), u"urn:xmpp:pubsub-social-feed:gallery:1"_s);
    }

    void cacheCountsUnreadAndForgets()
    {
        QTemporaryDir dir;
        Database db;
        QVERIFY(Test::result(db.open(dir.filePath(u"c.sqlite"_s))).ok());
        QVERIFY(Test::result(db.execute(u"INSERT INTO account (id, jid, created_at) VALUES (1, 'me@example.org', 0)"_s, {})).ok());
        QVERIFY(Test::result(db.execute(u"INSERT INTO follow (account_id, service, node, title) VALUES (1, 'pubsub.example.org', 'astro', 'Astro')"_s,
                                        {}))
                    .ok());
        QVERIFY(Test::result(db.execute(u"INSERT INTO follow (account_id, service, node) VALUES (1, 'bob@example.org', 'urn:xmpp:microblog:0')"_s,
                                        {}))
                    .ok());
        PostStore posts(&db);
        QList<Post> list;
        for (int i = 0; i < 3; ++i) {
            Post p;
            p.service = u"pubsub.example.org"_s;
            p.node = u"astro"_s;
            p.itemId = u"p%1"_s.arg(i);
            p.title = u"Post %1"_s.arg(i);
            p.authorJid = i == 2 ? u"me@example.org"_s : u"bob@example.org"_s;
            p.published = p.updated = QDateTime::currentDateTimeUtc().addSecs(-60 + i);
            list << p;
        }
        QVERIFY(Test::result(posts.ingest(1, list)).ok());
        CommunityStore store(&db);
        auto mine = Test::result(store.mine(1));
        QVERIFY2(mine.ok(), qPrintable(mine.error));
        QCOMPARE(mine.value.size(), 1); // the blog is not a community
        QCOMPARE(mine.value.constFirst().community.title, u"Astro"_s); // the list's title until described
        QCOMPARE(mine.value.constFirst().posts, 3);
        QCOMPARE(mine.value.constFirst().unread, 2); // the user's own post is not unread
        QVERIFY(mine.value.constFirst().followed);

        // Described, owned elsewhere, then read.
        Community described = community(u"astro"_s, u"Astronomy"_s);
        described.subscribers = 5;
        QVERIFY(Test::result(store.save(1, described)).ok());
        QVERIFY(Test::result(store.setStanding(1, u"pubsub.example.org"_s, u"owned"_s, u"owner"_s, {})).ok());
        QVERIFY(Test::result(store.markSeen(1, u"pubsub.example.org"_s, u"astro"_s)).ok());
        mine = Test::result(store.mine(1));
        QCOMPARE(mine.value.size(), 2);
        QCOMPARE(mine.value.at(0).community.title, u"Astronomy"_s);
        QCOMPARE(mine.value.at(0).community.subscribers, std::optional<int>(5));
        QCOMPARE(mine.value.at(0).unread, 0);
        QCOMPARE(mine.value.at(1).community.affiliation, u"owner"_s);
        QVERIFY(!mine.value.at(1).followed);

        // Deleted: its posts and description go, FTS included.
        QVERIFY(Test::result(store.remove(1, u"pubsub.example.org"_s, u"astro"_s)).ok());
        QCOMPARE(Test::result(posts.count(1, u"pubsub.example.org"_s, u"astro"_s)).value, 0);
        QVERIFY(Test::result(posts.search(1, u"Post"_s, 10)).value.isEmpty());
        QVERIFY(!Test::result(store.get(1, u"pubsub.example.org"_s, u"astro"_s)).value.has_value());
    }
};

QTEST_GUILESS_MAIN(TestCommunityModels)
#include "tst_communitymodels.moc"
