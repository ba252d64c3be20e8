#pragma once

#include <QString>

namespace Hearth {

// An xmpp: link (RFC 5122) with its action (XEP-0147), read into what
// Hearth does with it. Parsing never sends or changes anything: the views
// show what the link asks for and the user confirms it.
struct XmppLink
{
    enum class Action {
        Invalid,    // error() says why
        Chat,       // a person's address alone, or ?message (body fills the composer)
        Join,       // ?join: a group chat (the join dialog, filled in)
        AddContact, // ?subscribe or ?roster (the add-contact dialog, filled in)
        Profile,    // ?vcard: the person's profile page
        Node,       // ?;node=… or ?pubsub;node=…: a community, or a person's blog
        Post,       // ?;node=…;item=…: one post
    };

    Action action = Action::Invalid;
    QString jid;      // as written in the link, percent-decoded; bare for all but Chat
    QString body;     // ?message;body=
    QString password; // ?join;password=
    QString name;     // ?roster;name=
    QString group;    // ?roster;group=
    QString node;
    QString item;
    QString error;    // translated, for Action::Invalid

    // The longest link Hearth reads: a body that fills a composer, not a book.
    static constexpr int kMaxLength = 8192;

    [[nodiscard]] bool isValid() const { return action != Action::Invalid; }
    // Whether the node is a person's blog (XEP-0277), not a community.
    [[nodiscard]] bool isBlog() const;
    // The Movim-style pubsub URI of a Node or Post ("xmpp:service?;node=…;item=…").
    [[nodiscard]] QString pubsubUri() const;

    [[nodiscard]] static XmppLink parse(const QString &uri);
    [[nodiscard]] static bool looksLikeLink(const QString &argument);
};

} // namespace Hearth
