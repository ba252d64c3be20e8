#pragma once

#include "XmppUri.h"

#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Hearth {

// An Atom link as microblog entries use them: enclosures (pictures, files),
// related (link previews, with Movim's description/logo), alternate.
struct PostLink
{
    QString rel;
    QString href;
    QString type;
    QString title;
    QString description; // Movim's link previews
    QString logo;

    // An uploaded picture or file, as Movim writes it:
    // <link rel='enclosure' href type title/>.
    [[nodiscard]] static PostLink enclosure(const QString &href, const QString &type, const QString &title)
    {
        return {QStringLiteral("enclosure"), href, type, title, {}, {}};
    }
    [[nodiscard]] bool isEnclosure() const { return rel == QLatin1String("enclosure"); }

    friend bool operator==(const PostLink &, const PostLink &) = default;
};

// One microblog post or comment (XEP-0277 / XEP-0472 Atom entry), as Hearth
// stores and shows it. rawXml keeps the entry verbatim for export.
struct Post
{
    // Where it lives.
    QString service;
    QString node;
    QString itemId;

    QString atomId;
    QString title;
    QString html;        // xhtml/html content (or summary)
    bool htmlSafe = false; // html went through HtmlSanitizer (the codec and the cache do it)
    QString text;        // type='text' content: the Markdown source Movim edits
    QString authorName;  // the entry's <author><name>, as claimed
    QString authorJid;   // who is credited: the publisher when known (Authorship)
    QString publisher;   // bare JID the server says published the item ('' unknown)
    bool verified = false;  // the entry's author/uri is the publisher
    QString claimedAuthor;  // author/uri the entry claimed when it is not the publisher
    QDateTime published;
    QDateTime updated;
    // The entry's date was missing, unreadable or in the future and "now"
    // stands in: the first stored value is kept when the item comes again.
    bool publishedGuessed = false;
    bool updatedGuessed = false;
    QStringList tags;    // lower-case, without '#'
    QList<PostLink> links;
    XmppUri comments;    // the rel='replies' title='comments' node
    XmppUri inReplyTo;   // a share/quote (thr:in-reply-to)
    QString rawXml;

    // The user's own item not yet on the server (the outbox): made offline
    // or its publish failed; error says why when it was tried.
    bool pending = false;
    QString pendingError;

    // Filled in by PostStore when it reads a feed page (not on the wire).
    int likeCount = 0;     // distinct authors of ♥ comments
    int commentCount = 0;  // comments other than likes
    bool likedByMe = false;
    bool countsKnown = false; // the comments node was read (else the counts are only what came live)

    [[nodiscard]] bool isComment() const { return node.startsWith(QLatin1String("urn:xmpp:microblog:0:comments")); }
    // Movim's like: a comment whose title is exactly ♥ (U+2665).
    [[nodiscard]] bool isLike() const { return title == QStringLiteral("\u2665"); }
    [[nodiscard]] bool isEdited() const { return published.isValid() && updated.isValid() && published != updated; }
    [[nodiscard]] QList<PostLink> pictures() const;
    // A digest of what a reader sees (title, bodies, links, tags, dates,
    // claimed author): equal digests mean an item was not edited.
    [[nodiscard]] QByteArray contentHash() const;
    [[nodiscard]] XmppUri uri() const { return {service, node, itemId}; }
};

} // namespace Hearth

Q_DECLARE_METATYPE(Hearth::Post)
