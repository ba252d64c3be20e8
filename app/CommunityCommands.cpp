#include "CommunityCommands.h"

#include "AccountSession.h"
#include "Await.h"
#include "communities/CommunityService.h"
#include "feed/FollowService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QXmppUtils.h>
#include <cstdio>

using namespace Hearth;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("CommunityCommands", text);
}

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "hearth: %s\n", qPrintable(message));
    return code;
}

// A community's xmpp: URI (service and node), or why it is not one.
std::optional<XmppUri> communityUri(const QString &text, QString *error)
{
    const XmppUri uri = XmppUri::parse(text);
    if (!uri.isValid() || !uri.item.isEmpty()) {
        *error = tr("not a community URI (xmpp:service?;node=name): %1").arg(text);
        return std::nullopt;
    }
    return uri;
}
} // namespace

namespace CommunityCommands {

QJsonObject toJson(const Community &c, bool followed)
{
    QJsonObject avatar;
    if (!c.avatarHash.isEmpty()) {
        avatar.insert(QStringLiteral("id"), c.avatarHash);
        avatar.insert(QStringLiteral("type"), c.avatarType);
        if (!c.avatarUrl.isEmpty())
            avatar.insert(QStringLiteral("url"), c.avatarUrl);
    }
    QJsonObject o{{QStringLiteral("uri"), c.uri().toString()},
                  {QStringLiteral("service"), c.service},
                  {QStringLiteral("node"), c.node},
                  {QStringLiteral("title"), c.title},
                  {QStringLiteral("description"), c.description},
                  {QStringLiteral("type"), CommunityMeta::typeName(c.type)},
                  {QStringLiteral("accessModel"), c.accessModel},
                  {QStringLiteral("publishModel"), c.publishModel},
                  {QStringLiteral("subscribers"), c.subscribers ? QJsonValue(*c.subscribers) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("followed"), followed},
                  {QStringLiteral("avatar"), avatar.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(avatar)}};
    if (c.created.isValid())
        o.insert(QStringLiteral("created"), c.created.toString(Qt::ISODate));
    if (!c.problem.isEmpty())
        o.insert(QStringLiteral("problem"), c.problem);
    return o;
}

int list(AccountSession &session, const QString &service, bool json)
{
    CommunityService *communities = session.communities();
    QStringList services;
    if (!service.isEmpty()) {
        services << service.trimmed().toLower();
    } else {
        auto found = communities->services();
        if (!Await::finished(found, 60000))
            return fail(tr("the server did not list its services in time"));
        if (!found.result().error.isEmpty())
            return fail(tr("cannot list the server's services: %1").arg(found.result().error));
        for (const auto &s : found.result().services)
            services << s.jid;
    }
    // What the account follows, as its lists say now.
    FollowService lists(session.account()->client());
    auto followed = lists.readLists();
    if (!Await::finished(followed, 60000))
        return fail(tr("the follow lists did not come in time"));
    auto isFollowed = [&followed](const Community &c) {
        const auto nodes = followed.result().nodes;
        return std::any_of(nodes.cbegin(), nodes.cend(), [&c](const FollowedNode &n) { return n.service == c.service && n.node == c.node; });
    };

    QJsonArray out;
    int code = 0;
    for (const QString &jid : std::as_const(services)) {
        QList<Community> order; // as the service listed them
        QHash<QString, Community> described;
        QString listError;
        bool done = false;
        NodeListing *listing = communities->directory()->list(jid, nullptr);
        QObject::connect(listing, &NodeListing::nodesFound, listing, [&order](const QList<Community> &page) { order += page; });
        QObject::connect(listing, &NodeListing::nodeDescribed, listing, [&described](const Community &c, const QString &error) {
            Community shown = c;
            if (!error.isEmpty() && shown.problem.isEmpty())
                shown.problem = error;
            described.insert(c.node, shown);
        });
        QObject::connect(listing, &NodeListing::finished, listing, [&](const QString &error) {
            listError = error;
            done = true;
        });
        const bool finished = Await::until([&done] { return done; }, 600000);
        delete listing;
        if (!finished || !listError.isEmpty()) {
            code = fail(tr("cannot list %1: %2").arg(jid, finished ? listError : tr("timed out")));
            continue;
        }
        for (const Community &c : std::as_const(order)) {
            const Community full = described.value(c.node, c);
            out << toJson(full, isFollowed(full));
        }
    }
    if (json) {
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    } else {
        for (const auto &value : std::as_const(out)) {
            const QJsonObject o = value.toObject();
            const QJsonValue subscribers = o.value(QStringLiteral("subscribers"));
            std::printf("%s  %s  [%s%s]%s\n", qPrintable(o.value(QStringLiteral("uri")).toString()),
                        qPrintable(o.value(QStringLiteral("title")).toString()), qPrintable(o.value(QStringLiteral("type")).toString()),
                        subscribers.isNull() ? "" : qPrintable(QStringLiteral(", %1 subscribers").arg(subscribers.toInt())),
                        o.value(QStringLiteral("followed")).toBool() ? "  followed" : "");
        }
    }
    return code;
}

int follow(AccountSession &session, const QString &text, bool shared)
{
    QString error;
    const auto uri = communityUri(text, &error);
    if (!uri)
        return fail(error, 2);
    auto done = session.communities()->follow(uri->service, uri->node, shared);
    if (!Await::finished(done, 60000))
        return fail(tr("not followed: timed out"));
    if (!done.result().isEmpty())
        return fail(tr("not followed: %1").arg(done.result()));
    std::printf("%s\n", qPrintable(tr("following %1").arg(uri->toString())));
    return 0;
}

int unfollow(AccountSession &session, const QString &text)
{
    QString error;
    const auto uri = communityUri(text, &error);
    if (!uri)
        return fail(error, 2);
    auto done = session.communities()->unfollow(uri->service, uri->node);
    if (!Await::finished(done, 60000))
        return fail(tr("not unfollowed: timed out"));
    if (!done.result().isEmpty())
        return fail(tr("not unfollowed: %1").arg(done.result()));
    std::printf("%s\n", qPrintable(tr("no longer following %1").arg(uri->toString())));
    return 0;
}

} // namespace CommunityCommands
