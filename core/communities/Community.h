#pragma once

#include "../feed/XmppUri.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

class QDomElement;
class QXmppDataForm;

namespace Hearth {

// A community: a pubsub node on a service (pubsub.example.org) holding Atom
// entries as a personal blog does (MOVIM-WIRE §1.4, §2.5). What is known of
// it comes from its disco#info meta-data form, its avatar item and, for the
// user's own standing, the owner and subscription queries.
struct Community
{
    enum class Type { Feed, Gallery };

    QString service;
    QString node;
    QString title;       // pubsub#title ('' when the node has none)
    QString description; // pubsub#description
    Type type = Type::Feed;
    QString accessModel;  // pubsub#access_model as the service says it
    QString publishModel; // pubsub#publish_model
    std::optional<int> subscribers; // pubsub#num_subscribers (Prosody 0.12 does not say)
    QDateTime created;              // pubsub#creation_date
    QDateTime lastActivity;         // the newest post known
    QString avatarHash;             // the node's urn:xmpp:avatar:metadata id
    QString avatarUrl;              // where the picture is (an https URL), if it says
    QString avatarType;
    QString affiliation;  // the user's: owner, publisher, member, none, outcast ('' unknown)
    QString subscription; // the user's: subscribed, pending ('' none)
    QString problem;      // what could not be read (a broken form), shown beside what could

    [[nodiscard]] XmppUri uri() const { return {service, node, {}}; }
    [[nodiscard]] QString displayTitle() const { return title.isEmpty() ? node : title; }
    [[nodiscard]] bool isGallery() const { return type == Type::Gallery; }
    // Whether the user may publish into it, as far as is known.
    [[nodiscard]] bool mayPublish() const;
    [[nodiscard]] bool isOwner() const { return affiliation == QLatin1String("owner"); }

    friend bool operator==(const Community &, const Community &) = default;
};

namespace CommunityMeta {
inline constexpr auto kFeedType = "urn:xmpp:pubsub-social-feed:1";
inline constexpr auto kGalleryType = "urn:xmpp:pubsub-social-feed:gallery:1";
inline constexpr auto kAvatarMetadata = "urn:xmpp:avatar:metadata";
inline constexpr auto kAvatarData = "urn:xmpp:avatar:data";
inline constexpr auto kMetaDataForm = "http://jabber.org/protocol/pubsub#meta-data";
inline constexpr auto kNodeConfigForm = "http://jabber.org/protocol/pubsub#node_config";

// The type a pubsub#type names (XEP-0472, and the older names Movim reads).
[[nodiscard]] Community::Type typeOf(const QString &pubsubType);
[[nodiscard]] QString typeName(Community::Type type);
// Fills what a meta-data form says into community; problem notes fields
// that were there but unreadable.
void apply(const QXmppDataForm &form, Community *community);
// Nodes that are not communities: comment threads, avatars, and other
// clients' internal nodes (urn:xmpp:…, eu.siacs…, storage:…).
[[nodiscard]] bool isInternalNode(const QString &node);
// The node id Movim gives a community named name: lower case ASCII
// letters and digits, '-' between words.
[[nodiscard]] QString slugify(const QString &name);
// The <metadata xmlns='urn:xmpp:avatar:metadata'> an item carries: its
// first <info> (id, type, url).
struct AvatarInfo
{
    QString id;
    QString type;
    QString url;
    int bytes = 0;
    int width = 0;
    int height = 0;
};
[[nodiscard]] std::optional<AvatarInfo> parseAvatarMetadata(const QDomElement &metadata);
} // namespace CommunityMeta

} // namespace Hearth
