#include "DemoCommunitySeeder.h"

#include "../Logging.h"
#include "../Promises.h"
#include "../communities/CommunityAdmin.h"
#include "../feed/FeedService.h"
#include "../feed/FollowService.h"
#include "../server/LocalProsody.h"
#include "../upload/FileUpload.h"
#include "../upload/UploadService.h"
#include "DemoData.h"

#include <QFile>
#include <QTimer>
#include <QXmppClient.h>
#include <QXmppPubSubManager.h>

namespace Hearth {

namespace {
// A demo community: who runs it, what it is, what is in it.
struct DemoCommunity
{
    QString owner;
    QString node;
    QString title;
    QString description;
    bool gallery = false;
    CommunitySettings::Readers readers = CommunitySettings::Readers::Anyone;
    CommunitySettings::Posters posters = CommunitySettings::Posters::Publishers;
    QString avatar; // resource path
};

const QList<DemoCommunity> &communities()
{
    using R = CommunitySettings::Readers;
    using P = CommunitySettings::Posters;
    static const QList<DemoCommunity> list = {
        {QStringLiteral("alice"), QStringLiteral("climbing-in-lyon"), QStringLiteral("Climbing in Lyon"),
         QStringLiteral("Crags, gyms and lifts around Lyon. Beginners welcome."), false, R::Anyone, P::Anyone,
         QStringLiteral(":/hearth/demo-avatars/avatar-03.png")},
        {QStringLiteral("erin"), QStringLiteral("fjord-light"), QStringLiteral("Fjord Light"),
         QStringLiteral("Pictures of light on water, one a day."), true, R::Anyone, P::Publishers,
         QStringLiteral(":/hearth/demo-avatars/avatar-06.png")},
        {QStringLiteral("dave"), QStringLiteral("board-game-night"), QStringLiteral("Board Game Night"),
         QStringLiteral("What we played, what we will play. Kraków and online."), false, R::Anyone, P::Subscribers, {}},
        {QStringLiteral("bob"), QStringLiteral("backyard-astronomy"), QStringLiteral("Backyard Astronomy"),
         QStringLiteral("Small telescopes, big skies."), false, R::Anyone, P::Publishers,
         QStringLiteral(":/hearth/demo-avatars/avatar-02.png")},
        {QStringLiteral("demo"), QStringLiteral("hearth-testers"), QStringLiteral("Hearth Testers"),
         QStringLiteral("Trying Hearth together: what works, what does not."), false, R::Members, P::Subscribers, {}},
    };
    return list;
}

// Posts into the communities: author, community, item id, title, body,
// hours ago, picture (resource path).
struct DemoCommunityPost
{
    QString author;
    QString node;
    QString id;
    QString title;
    QString body;
    int hoursAgo = 1;
    QString picture;
};

const QList<DemoCommunityPost> &communityPosts()
{
    static const QList<DemoCommunityPost> list = {
        {QStringLiteral("alice"), QStringLiteral("climbing-in-lyon"), QStringLiteral("saturday-at-the-gorge"), QStringLiteral("Saturday at the gorge"),
         QStringLiteral("Dry rock, cold hands. Who is in for **next Saturday**? #climbing"), 20, QStringLiteral(":/hearth/demo-pictures/gorge.jpg")},
        {QStringLiteral("ines"), QStringLiteral("climbing-in-lyon"), QStringLiteral("new-gym-opening"), QStringLiteral("A new gym opens in Villeurbanne"),
         QStringLiteral("Bouldering only, open until 23:00."), 6, {}},
        {QStringLiteral("erin"), QStringLiteral("fjord-light"), QStringLiteral("november-morning"), QStringLiteral("November morning"), {}, 30,
         QStringLiteral(":/hearth/demo-pictures/fjord.jpg")},
        {QStringLiteral("erin"), QStringLiteral("fjord-light"), QStringLiteral("aurora"), QStringLiteral("Aurora over the water"), {}, 4,
         QStringLiteral(":/hearth/demo-pictures/northern-lights.jpg")},
        {QStringLiteral("dave"), QStringLiteral("board-game-night"), QStringLiteral("friday-terraforming"), QStringLiteral("Friday: Terraforming Mars"),
         QStringLiteral("Doors at 19:00, bring snacks."), 10, {}},
        {QStringLiteral("bob"), QStringLiteral("backyard-astronomy"), QStringLiteral("saturn-rings"), QStringLiteral("Saturn's rings with a 90 mm refractor"),
         QStringLiteral("Seeing was good for an hour."), 14, QStringLiteral(":/hearth/demo-pictures/saturn.jpg")},
        {QStringLiteral("demo"), QStringLiteral("hearth-testers"), QStringLiteral("welcome-testers"), QStringLiteral("Welcome, testers"),
         QStringLiteral("Post what you find here; screenshots help."), 2, {}},
    };
    return list;
}

// Comments and likes (♥): who, on which post, what.
struct DemoCommunityReaction
{
    QString author;
    QString postId;
    QString text;
};

const QList<DemoCommunityReaction> &communityReactions()
{
    static const QList<DemoCommunityReaction> list = {
        {QStringLiteral("ines"), QStringLiteral("saturday-at-the-gorge"), QStringLiteral("Count me in!")},
        {QStringLiteral("lars"), QStringLiteral("saturday-at-the-gorge"), QStringLiteral("\u2665")},
        {QStringLiteral("demo"), QStringLiteral("saturday-at-the-gorge"), QStringLiteral("\u2665")},
        {QStringLiteral("lars"), QStringLiteral("aurora"), QStringLiteral("Unreal colours.")},
        {QStringLiteral("mei"), QStringLiteral("aurora"), QStringLiteral("\u2665")},
        {QStringLiteral("grace"), QStringLiteral("friday-terraforming"), QStringLiteral("I will bring the expansion.")},
        {QStringLiteral("alice"), QStringLiteral("welcome-testers"), QStringLiteral("The feed is fast!")},
    };
    return list;
}

const DemoCommunityPost *postById(const QString &id)
{
    for (const DemoCommunityPost &p : communityPosts()) {
        if (p.id == id)
            return &p;
    }
    return nullptr;
}

QByteArray resource(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

DemoCommunitySeeder::DemoCommunitySeeder(LocalProsody *server, QObject *parent)
    : QObject(parent), m_server(server)
{
}

QString DemoCommunitySeeder::jidOf(const QString &user) const
{
    return user + u'@' + m_server->domain();
}

QString DemoCommunitySeeder::service() const
{
    return QStringLiteral("pubsub.") + m_server->domain();
}

QList<DemoCommunitySeeder::Step> DemoCommunitySeeder::steps()
{
    QList<Step> out;
    const QString pubsub = service();
    for (const DemoCommunity &c : communities()) {
        out << Step{c.owner, [c, pubsub](Context &ctx) {
                        CommunitySettings s;
                        s.title = c.title;
                        s.description = c.description;
                        s.type = c.gallery ? Community::Type::Gallery : Community::Type::Feed;
                        s.readers = c.readers;
                        s.posters = c.posters;
                        // Seeded once: a second run finds it made (conflict).
                        ctx.admin->create(pubsub, s).then(ctx.admin, [ctx, c, pubsub](const CommunityAdmin::Created &created) {
                            if (!created.error.isEmpty())
                                qCInfo(lcDemo).noquote() << "demo community" << c.node << "not created:" << created.error;
                            const QByteArray picture = c.avatar.isEmpty() ? QByteArray() : resource(c.avatar);
                            if (picture.isEmpty()) {
                                ctx.done({});
                                return;
                            }
                            ctx.admin->setAvatar(pubsub, c.node, picture, QStringLiteral("image/png"), 0, 0, {})
                                .then(ctx.admin, [ctx](const QString &error) { ctx.done(error); });
                        });
                    }};
    }
    // The demo user's community: Alice publishes there; Kemi asks to join
    // below (members only: her request waits for the demo user).
    out << Step{QStringLiteral("demo"), [this, pubsub](Context &ctx) {
                    ctx.admin->setAffiliation(pubsub, QStringLiteral("hearth-testers"), jidOf(QStringLiteral("alice")), QStringLiteral("publisher"))
                        .then(ctx.admin, [ctx](const QString &error) { ctx.done(error); });
                }};
    // Follows first (followers may post where the community lets them):
    // the demo user's own, and contacts' public ones (the demo user's
    // "followed by contacts").
    const QList<std::tuple<QString, QString, bool>> follows = {
        {QStringLiteral("demo"), QStringLiteral("climbing-in-lyon"), true},
        {QStringLiteral("ines"), QStringLiteral("climbing-in-lyon"), false},
        {QStringLiteral("demo"), QStringLiteral("fjord-light"), false},
        {QStringLiteral("demo"), QStringLiteral("hearth-testers"), false},
        {QStringLiteral("kemi"), QStringLiteral("hearth-testers"), false},
        {QStringLiteral("alice"), QStringLiteral("board-game-night"), true},
        {QStringLiteral("alice"), QStringLiteral("backyard-astronomy"), true},
        {QStringLiteral("bob"), QStringLiteral("backyard-astronomy"), true},
        {QStringLiteral("carol"), QStringLiteral("board-game-night"), true},
        {QStringLiteral("carol"), QStringLiteral("climbing-in-lyon"), true},
    };
    for (const auto &[user, node, shared] : follows) {
        QString title;
        for (const DemoCommunity &c : communities()) {
            if (c.node == node)
                title = c.title;
        }
        out << Step{user, [pubsub, node, title, shared](Context &ctx) {
                        ctx.follows->follow(FollowedNode{pubsub, node, title, shared}).then(ctx.feed, [ctx](const QString &error) {
                            ctx.done(error);
                        });
                    }};
    }
    for (const DemoCommunityPost &p : communityPosts()) {
        out << Step{p.author, [p, pubsub](Context &ctx) {
                        Post post;
                        post.service = pubsub;
                        post.node = p.node;
                        post.itemId = p.id;
                        post.title = p.title;
                        post.text = p.body;
                        post.published = post.updated =
                            QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - qint64(p.hoursAgo) * 3600, Qt::UTC);
                        auto publish = [ctx, post](QList<PostLink> links) mutable {
                            post.links << links;
                            ctx.feed->publish(post).then(ctx.feed, [ctx](const FeedService::Published &r) { ctx.done(r.error); });
                        };
                        if (p.picture.isEmpty()) {
                            publish({});
                            return;
                        }
                        FileUpload *upload = UploadService::of(ctx.client)->upload(p.picture, ctx.client);
                        auto settle = [ctx, upload, publish]() mutable {
                            if (upload->state() != FileUpload::State::Done) {
                                ctx.done(QStringLiteral("demo picture not uploaded: %1").arg(upload->error()));
                                return;
                            }
                            publish({PostLink::enclosure(upload->url().toString(), upload->mimeType(), upload->fileName())});
                        };
                        if (upload->isFinished())
                            settle();
                        else
                            QObject::connect(upload, &FileUpload::finished, ctx.feed, settle);
                    }};
    }
    for (const DemoCommunityReaction &r : communityReactions()) {
        out << Step{r.author, [r, pubsub](Context &ctx) {
                        const DemoCommunityPost *p = postById(r.postId);
                        Post parent;
                        parent.service = pubsub;
                        parent.node = p->node;
                        parent.itemId = p->id;
                        parent.comments = {pubsub, QStringLiteral("urn:xmpp:microblog:0:comments/") + p->id, {}};
                        ctx.feed->comment(parent, r.text).then(ctx.feed, [ctx](const FeedService::Published &done) { ctx.done(done.error); });
                    }};
    }
    return out;
}

void DemoCommunitySeeder::run()
{
    m_steps = steps();
    m_step = 0;
    next();
}

void DemoCommunitySeeder::next()
{
    if (m_step >= m_steps.size()) {
        qCInfo(lcDemo) << "demo communities seeded:" << communities().size() << "communities," << communityPosts().size() << "posts";
        Q_EMIT finished(true, {});
        return;
    }
    const Step step = m_steps.at(m_step++);
    auto *client = new QXmppClient(QXmppClient::BasicExtensions, this);
    client->addNewExtension<QXmppPubSubManager>();
    auto *feed = client->addNewExtension<FeedService>();
    if (m_server->options().commentsService)
        feed->setCommentsService(QStringLiteral("comments.") + m_server->domain());
    auto *admin = new CommunityAdmin(client, client);
    auto *follows = new FollowService(client, client);
    connect(client, &QXmppClient::errorOccurred, this, [this, client, step](const QXmppError &error) {
        finishStep(client, QStringLiteral("%1: %2").arg(step.user, error.description));
    });
    connect(client, &QXmppClient::connected, this, [this, client, feed, admin, follows, step] {
        Context ctx{client, feed, admin, follows, [this, client, step, index = m_step](const QString &error) {
                        finishStep(client, error.isEmpty() ? error : QStringLiteral("community step %1 (%2): %3").arg(index).arg(step.user, error));
                    }};
        step.action(ctx);
    });
    client->connectToServer(m_server->accountSettings(step.user).configuration(Demo::password()));
}

void DemoCommunitySeeder::finishStep(QXmppClient *client, const QString &error)
{
    // Not from inside a QXmppTask continuation (see DemoSeeder).
    QTimer::singleShot(0, this, [this, client, error] {
        client->disconnect(this);
        client->disconnectFromServer();
        client->deleteLater();
        if (!error.isEmpty()) {
            Q_EMIT finished(false, error);
            return;
        }
        next();
    });
}

} // namespace Hearth
