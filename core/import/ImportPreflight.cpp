#include "ImportPreflight.h"

#include "ImportReport.h"
#include "EntryRewriter.h"
#include "ImportSteps.h"
#include "Promises.h"
#include "feed/PubSubRequests.h"
#include "upload/UploadService.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <QXmppClient.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace Hearth::ImportPreflight {

namespace {
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Hearth::ImportPreflight", text, nullptr, n);
}

QStringList featuresOf(const QXmppDiscoveryManager::InfoResult &result, QString *error)
{
    if (const auto *info = std::get_if<QXmppDiscoveryIq>(&result))
        return info->features();
    if (error && error->isEmpty())
        *error = std::get<QXmppError>(result).description;
    return {};
}
} // namespace

QFuture<Abilities> discover(QXmppClient *client, UploadService *uploads)
{
    auto promise = startedPromise<Abilities>();
    auto abilities = std::make_shared<Abilities>();
    abilities->jid = QXmppUtils::jidToBareJid(client->configuration().jid());
    const QString domain = client->configuration().domain();
    auto *disco = client->findExtension<QXmppDiscoveryManager>();
    // Five answers, in any order; the last one fulfils.
    auto pending = std::make_shared<int>(5);
    auto done = [promise, abilities, pending] {
        if (--*pending == 0)
            fulfil(promise, *abilities);
    };
    disco->requestDiscoInfo(abilities->jid).then(client, [abilities, done](QXmppDiscoveryManager::InfoResult result) {
        abilities->accountFeatures = featuresOf(result, &abilities->error);
        const auto has = [&](const char *f) { return abilities->accountFeatures.contains(QLatin1String(f)); };
        abilities->publishOptions = has("http://jabber.org/protocol/pubsub#publish-options");
        abilities->rsm = has("http://jabber.org/protocol/pubsub#rsm");
        abilities->bookmarksCompat = has("urn:xmpp:bookmarks:1#compat");
        done();
    });
    disco->requestDiscoInfo(domain).then(client, [abilities, done](QXmppDiscoveryManager::InfoResult result) {
        abilities->serverFeatures = featuresOf(result, &abilities->error);
        abilities->moved = abilities->serverFeatures.contains(QStringLiteral("urn:xmpp:moved:1"));
        done();
    });
    disco->requestDiscoItems(domain).then(client, [abilities, domain, done](QXmppDiscoveryManager::ItemsResult result) {
        if (const auto *items = std::get_if<QList<QXmppDiscoveryIq::Item>>(&result)) {
            for (const auto &item : *items) {
                if (item.jid() == QStringLiteral("comments.") + domain)
                    abilities->commentsService = item.jid();
            }
        }
        if (abilities->commentsService.isEmpty())
            abilities->commentsService = abilities->jid;
        done();
    });
    // The PEP item limit (PROTOCOL-NOTES §5.5 step 0): a blog longer than
    // it would lose its oldest posts as the newest are published.
    ChildIq defaults(QXmppIq::Get, abilities->jid, [](QXmlStreamWriter *w) {
        w->writeStartElement(QStringLiteral("pubsub"));
        w->writeDefaultNamespace(QStringLiteral("http://jabber.org/protocol/pubsub#owner"));
        w->writeEmptyElement(QStringLiteral("default"));
        w->writeEndElement();
    });
    client->sendIq(std::move(defaults)).then(client, [abilities, done](QXmppClient::IqResult result) {
        if (const auto *reply = std::get_if<QDomElement>(&result))
            abilities->pepMaxItems = maxItemsLimit(*reply);
        done();
    });
    uploads->service().then(client, [abilities, done](UploadService::Service service) {
        abilities->uploadService = service.jid;
        abilities->uploadMax = service.maxSize;
        done();
    });
    return promise->future();
}

qint64 maxItemsLimit(const QDomElement &reply)
{
    const QDomElement x = reply.firstChildElement(QStringLiteral("pubsub")).firstChildElement(QStringLiteral("default")).firstChildElement(QStringLiteral("x"));
    for (QDomElement f = x.firstChildElement(QStringLiteral("field")); !f.isNull(); f = f.nextSiblingElement(QStringLiteral("field"))) {
        if (f.attribute(QStringLiteral("var")) != QLatin1String("pubsub#max_items"))
            continue;
        const QDomElement range = f.firstChildElement(QStringLiteral("validate")).firstChildElement(QStringLiteral("range"));
        bool ok = false;
        const qint64 max = range.attribute(QStringLiteral("max")).toLongLong(&ok);
        return ok && max > 0 ? max : -1;
    }
    return -1;
}

QSet<QString> postsOverLimit(const ImportPlan &plan, qint64 limit)
{
    QSet<QString> ids;
    if (const auto *blog = plan.pepNode(QStringLiteral("urn:xmpp:microblog:0"))) {
        const qint64 first = firstKept(blog->items.size(), limit);
        for (qint64 i = 0; i < first; ++i)
            ids.insert(blog->items.at(i).id);
    }
    return ids;
}

QList<Line> preview(const ImportPlan &plan, const Abilities &a)
{
    using V = Line::Verdict;
    QList<Line> lines;
    const bool sameAccount = plan.oldJid == a.jid;
    // Media: what the server takes.
    qint64 files = 0, tooLarge = 0, bytes = 0;
    for (const auto &m : plan.manifest.media) {
        if (ImportSteps::isAvatarMedia(m))
            continue;
        ++files;
        bytes += m.size;
        if (a.uploadMax >= 0 && m.size > a.uploadMax)
            ++tooLarge;
    }
    if (files > 0) {
        if (a.uploadService.isEmpty())
            lines << Line{QStringLiteral("media"), files, V::Stays,
                          tr("%n picture(s) and file(s) stay links to the old server: this server has no upload service.", int(files))};
        else if (tooLarge > 0)
            lines << Line{QStringLiteral("media"), files, V::Partly,
                          tr("%1 of %2 pictures and files (%3) are uploaded; %4 are larger than this server takes (%5) and stay links to the old server.")
                              .arg(files - tooLarge).arg(files).arg(QLocale().formattedDataSize(bytes)).arg(tooLarge)
                              .arg(QLocale().formattedDataSize(a.uploadMax))};
        else
            lines << Line{QStringLiteral("media"), files, V::Moves,
                          tr("%n picture(s) and file(s) (%1) are uploaded again; posts and messages point at the new copies.", int(files))
                              .arg(QLocale().formattedDataSize(bytes))};
    }
    const bool profile = !plan.vcardTempXml.isEmpty() || plan.pepNode(QStringLiteral("urn:xmpp:vcard4"))
        || plan.pepNode(QStringLiteral("urn:xmpp:avatar:data"));
    if (profile)
        lines << Line{QStringLiteral("profile"), 1, V::Moves, tr("The profile, the nickname and the avatar are published on the new account.")};
    // Posts past the server's item limit: the oldest stay in the export, and so do their threads.
    const QSet<QString> olderThanLimit = postsOverLimit(plan, a.pepMaxItems);
    if (const auto *blog = plan.pepNode(QStringLiteral("urn:xmpp:microblog:0")); blog && !blog->items.isEmpty()) {
        const qint64 first = olderThanLimit.size();
        if (first > 0)
            lines << Line{QStringLiteral("posts"), blog->items.size(), V::Partly,
                          tr("%1 of %2 posts are published with their ids, titles, texts and dates. This server keeps at most %3 items in a "
                             "node: the %4 oldest posts and their comments stay in the export.")
                              .arg(blog->items.size() - first).arg(blog->items.size()).arg(a.pepMaxItems).arg(first)};
        else
            lines << Line{QStringLiteral("posts"), blog->items.size(), V::Moves,
                          tr("%n post(s) are published with their ids, titles, texts and dates; their readers see them once they follow the new address.",
                             int(blog->items.size()))};
    }
    int others = 0, mine = 0, likes = 0;
    for (const auto &thread : plan.threads) {
        if (olderThanLimit.contains(thread.parent))
            continue;
        for (const auto &entry : thread.entries) {
            const bool own = entry.publisher.isEmpty() || entry.publisher.section(u'/', 0, 0).toLower() == plan.oldJid;
            if (EntryRewriter::isLike(entry.payloadXml) && !own)
                ++likes;
            else if (own)
                ++mine;
            else
                ++others;
        }
    }
    if (mine + others > 0)
        lines << Line{QStringLiteral("comments"), mine + others, others > 0 ? V::Partly : V::Moves,
                      tr("%1 comments move with their posts (to %2); %3 written by others come back as quotes credited to their authors, "
                         "since nobody can publish in someone else's name.")
                          .arg(mine + others).arg(a.commentsService).arg(others)};
    if (likes > 0)
        lines << Line{QStringLiteral("comments"), likes, V::Stays,
                      tr("%n like(s) by others cannot move: a like can only be given by the person who likes.", likes)};
    int nodes = 0;
    for (const auto &n : plan.pepNodes)
        nodes += ImportSteps::nodeRole(n.node) == ImportSteps::NodeRole::Generic && !n.items.isEmpty() ? 1 : 0;
    if (nodes > 0)
        lines << Line{QStringLiteral("nodes"), nodes, V::Moves, tr("%n other personal data node(s) are published as they were.", nodes)};
    int encryption = 0;
    for (const auto &n : plan.pepNodes)
        encryption += ImportSteps::nodeRole(n.node) == ImportSteps::NodeRole::Encryption ? 1 : 0;
    if (encryption > 0)
        lines << Line{QStringLiteral("nodes"), encryption, V::Stays,
                      tr("Encryption keys do not move: they belong to the old account's devices, and the new account makes its own.")};
    const auto *bookmarks = plan.pepNode(QStringLiteral("urn:xmpp:bookmarks:1"));
    if (bookmarks && firstKept(bookmarks->items.size(), a.pepMaxItems) > 0)
        lines << Line{QStringLiteral("bookmarks"), bookmarks->items.size(), V::Partly,
                      tr("%1 of %2 group chat bookmarks are saved on the new account: this server keeps at most %3 in a node.")
                          .arg(a.pepMaxItems).arg(bookmarks->items.size()).arg(a.pepMaxItems)};
    else if (bookmarks && !bookmarks->items.isEmpty())
        lines << Line{QStringLiteral("bookmarks"), bookmarks->items.size(), V::Moves,
                      tr("%n group chat bookmark(s) are saved on the new account; a members-only room lets the new address in once "
                         "one of its owners adds it.",
                         int(bookmarks->items.size()))};
    if (!plan.blocked.isEmpty())
        lines << Line{QStringLiteral("blocklist"), plan.blocked.size(), V::Moves, tr("%n blocked address(es) stay blocked.", int(plan.blocked.size()))};
    if (!plan.follows.isEmpty() || !plan.owned.isEmpty())
        lines << Line{QStringLiteral("follows"), plan.follows.size() + plan.owned.size(), V::Moves,
                      tr("%n blog(s) or community(ies) the account followed are followed again from the new address (some may need their owner's approval).",
                         int(plan.follows.size() + plan.owned.size()))};
    if (!plan.owned.isEmpty())
        lines << Line{QStringLiteral("follows"), plan.owned.size(), V::Stays,
                      tr("%n community(ies) you own stay on their server, owned by the old address: add the new address as an owner "
                         "from the old account before leaving it.",
                         int(plan.owned.size()))};
    if (!plan.contacts.isEmpty())
        lines << Line{QStringLiteral("contacts"), plan.contacts.size(), sameAccount ? V::Moves : V::Partly,
                      sameAccount ? tr("%n contact(s) are restored with their names and groups.", int(plan.contacts.size()))
                                  : tr("%n contact(s) are added with their names and groups and asked to accept the new address; "
                                       "those who shared their presence are approved in advance. Each contact has to accept.",
                                       int(plan.contacts.size()))};
    if (!plan.incomingRequests.isEmpty())
        lines << Line{QStringLiteral("contacts"), plan.incomingRequests.size(), V::Stays,
                      tr("%n contact request(s) waiting on the old account cannot move: answer them there.", int(plan.incomingRequests.size()))};
    qint64 roomMessages = 0;
    for (const qint64 n : plan.roomMessages)
        roomMessages += n;
    if (plan.messages + roomMessages > 0)
        lines << Line{QStringLiteral("history"), plan.messages + roomMessages, V::Partly,
                      tr("%n message(s) of chat history go into this computer's cache for the new account, marked as imported. "
                         "Servers cannot take history over a client connection: others' apps and the server keep none of it.",
                         int(plan.messages + roomMessages))};
    if (sameAccount)
        lines.prepend(Line{QStringLiteral("account"), 0, V::Partly,
                           tr("This export is of this same account: what it holds is restored over what the server has, and no contact "
                              "is asked anything.")});
    return lines;
}

} // namespace Hearth::ImportPreflight
