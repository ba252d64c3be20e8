#pragma once

#include "ImportJournal.h"
#include "export/ExportManifest.h"

#include <QFuture>
#include <QString>

#include <functional>

class QXmppClient;
class QXmppPubSubPublishOptions;

namespace Hearth {

// The server requests an import is made of, each answering with what became
// of its step (moved, or failed and why), and how the export's PEP nodes are
// sorted into the replay's datasets.
namespace ImportSteps {

struct Outcome
{
    ImportJournal::Outcome outcome = ImportJournal::Outcome::Moved;
    QString detail;
    static Outcome moved(const QString &detail = {}) { return {ImportJournal::Outcome::Moved, detail}; }
    static Outcome skipped(const QString &why) { return {ImportJournal::Outcome::Skipped, why}; }
    static Outcome failed(const QString &why) { return {ImportJournal::Outcome::Failed, why}; }
};

enum class NodeRole {
    Blog,       // urn:xmpp:microblog:0: the posts
    Thread,     // a comments node in PEP: replayed from the export's threads
    FollowList, // XEP-0330 lists: replayed by following again (ids name the account)
    Bookmarks,  // XEP-0402
    Profile,    // vCard4, nickname, avatar
    Encryption, // OMEMO: per device, never moved
    Moved,      // XEP-0283 statement of the old account
    Generic,    // anything else: published as it was
};
[[nodiscard]] NodeRole nodeRole(const QString &node);
// A media entry that is an avatar (its bytes are in the avatar node already).
[[nodiscard]] bool isAvatarMedia(const ExportManifest::Media &media);
// Profile nodes in the order they must be published (data before metadata).
[[nodiscard]] int profileRank(const QString &node);

// Publish-options that give a node the configuration it had (its access
// model), keeping every item (max) and telling of retractions.
[[nodiscard]] QXmppPubSubPublishOptions optionsFrom(const QString &configXml);

// An item on the account's own PEP node with those options; when the
// server refuses the options (a node configured otherwise), configured to
// them first, then published without options.
QFuture<Outcome> publishOwn(QXmppClient *client, const QString &node, const QString &id, const QString &payloadXml,
                            const QXmppPubSubPublishOptions &options);
// An item on a pubsub service's node.
QFuture<Outcome> publish(QXmppClient *client, const QString &service, const QString &node, const QString &id, const QString &payloadXml);
// A comments node as Movim makes it (anyone may comment); one that
// exists already is fine (an import run again).
QFuture<Outcome> createThread(QXmppClient *client, const QString &service, const QString &node, const QString &title);
// An IQ set of the element (vcard-temp's <vCard/>, or <query xmlns='jabber:iq:private'> around it).
QFuture<Outcome> setElement(QXmppClient *client, const QString &elementXml, const QString &wrapperNamespace = {});
// Restoring into the same account: an item still on the server is left as
// it is (republishing would notify every reader again, and replace someone
// else's comment with a quote of it); only a lost one is published again.
QFuture<Outcome> unlessThere(QXmppClient *client, const QString &service, const QString &node, const QString &id,
                             std::function<QFuture<Outcome>()> publish);
// A future of "" (done) or a reason, as an outcome.
QFuture<Outcome> fromReason(QObject *context, QFuture<QString> reason);

} // namespace ImportSteps
} // namespace Hearth
