#include "DemoFeedSeeder.h"

#include "../Logging.h"
#include "../feed/FeedService.h"
#include "../server/LocalProsody.h"
#include "../upload/FileUpload.h"
#include "../upload/UploadService.h"
#include "DemoData.h"
#include "DemoPosts.h"

#include <QTimer>
#include <QXmppClient.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppPubSubManager.h>

namespace Hearth {

namespace {
const QString kMicroblog = QString::fromLatin1(FeedService::kMicroblogNode);
}

DemoFeedSeeder::DemoFeedSeeder(LocalProsody *server, QObject *parent)
    : QObject(parent), m_server(server)
{
}

QString DemoFeedSeeder::jidOf(const QString &user) const
{
    return user + u'@' + m_server->domain();
}

void DemoFeedSeeder::run()
{
    m_step = 0;
    next();
}

void DemoFeedSeeder::next()
{
    const auto &posts = Demo::posts();
    const auto &reactions = Demo::reactions();
    if (m_step >= posts.size() + reactions.size()) {
        qCInfo(lcDemo) << "demo feed seeded:" << posts.size() << "posts," << reactions.size() << "comments and likes";
        Q_EMIT finished(true, {});
        return;
    }
    const int step = m_step++;
    const bool isPost = step < posts.size();
    const QString author = isPost ? posts.at(step).author : reactions.at(step - posts.size()).author;

    auto *client = new QXmppClient(QXmppClient::BasicExtensions, this);
    client->addNewExtension<QXmppPubSubManager>();
    auto *feed = client->addNewExtension<FeedService>();
    if (m_server->options().commentsService)
        feed->setCommentsService(QStringLiteral("comments.") + m_server->domain());
    connect(client, &QXmppClient::errorOccurred, this, [this, client, author](const QXmppError &error) {
        done(client, QStringLiteral("%1: %2").arg(author, error.description));
    });
    connect(client, &QXmppClient::connected, this, [this, client, feed, step, isPost] {
        const auto &posts = Demo::posts();
        const auto finish = [this, client](FeedService::Published result) { done(client, result.error); };
        if (isPost) {
            const Demo::DemoPost &d = posts.at(step);
            Post post;
            post.itemId = d.id;
            post.title = d.title;
            post.text = d.body;
            post.published = post.updated =
                QDateTime::fromSecsSinceEpoch(QDateTime::currentSecsSinceEpoch() - qint64(d.hoursAgo) * 3600, Qt::UTC);
            if (!d.shareOf.isEmpty()) {
                const auto original = std::find_if(posts.cbegin(), posts.cend(), [&](const Demo::DemoPost &p) { return p.id == d.shareOf; });
                if (original != posts.cend())
                    post.inReplyTo = {jidOf(original->author), kMicroblog, original->id};
            }
            if (!d.linkUrl.isEmpty())
                post.links << PostLink{QStringLiteral("related"), d.linkUrl, QStringLiteral("text/html"), d.linkTitle, d.linkDescription, {}};
            uploadPictures(client, Demo::picturesOf(d.id), [this, client, feed, post, finish](QList<PostLink> pictures) mutable {
                post.links << pictures;
                feed->publish(post).then(this, finish);
            });
            return;
        }
        const Demo::DemoReaction &r = Demo::reactions().at(step - posts.size());
        const auto post = std::find_if(posts.cbegin(), posts.cend(), [&](const Demo::DemoPost &p) { return p.id == r.postId; });
        Post parent;
        parent.service = jidOf(post->author);
        parent.node = kMicroblog;
        parent.itemId = post->id;
        parent.comments = {m_server->options().commentsService ? QStringLiteral("comments.") + m_server->domain() : parent.service,
                           QStringLiteral("urn:xmpp:microblog:0:comments/") + post->id, {}};
        feed->comment(parent, r.text).then(this, finish);
    });
    client->connectToServer(m_server->accountSettings(author).configuration(Demo::password()));
}

void DemoFeedSeeder::uploadPictures(QXmppClient *client, const QStringList &paths,
                                    std::function<void(QList<PostLink>)> then)
{
    if (paths.isEmpty()) {
        then({});
        return;
    }
    // One at a time, in order: the gallery shows them as listed.
    UploadService *uploads = UploadService::of(client);
    auto links = std::make_shared<QList<PostLink>>();
    auto step = std::make_shared<std::function<void(int)>>();
    // The pending upload's handler keeps the chain alive; weak inside it.
    *step = [this, client, uploads, paths, links, then, weak = std::weak_ptr(step)](int at) {
        if (at == paths.size()) {
            then(*links);
            return;
        }
        FileUpload *upload = uploads->upload(paths.at(at), client);
        auto settle = [this, client, upload, links, step = weak.lock(), at] {
            if (upload->state() != FileUpload::State::Done) {
                done(client, tr("demo picture %1 not uploaded: %2").arg(upload->fileName(), upload->error()));
                return;
            }
            *links << PostLink::enclosure(upload->url().toString(), upload->mimeType(), upload->fileName());
            (*step)(at + 1);
        };
        if (upload->isFinished())
            settle();
        else
            connect(upload, &FileUpload::finished, this, settle);
    };
    (*step)(0);
}

void DemoFeedSeeder::done(QXmppClient *client, const QString &error)
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
