#pragma once

#include <QHash>
#include <QString>

namespace Hearth {

// Rewrites an exported Atom entry (XEP-0277, as Movim or Hearth wrote it)
// for the account it is imported into (PROTOCOL-NOTES §5.5 step 3): the
// author's and the entry's own xmpp: links name the new account, the
// replies link the new comments location, and every file the import
// uploaded again (enclosures, related links, <img src> in XHTML, URLs in the
// text) its new URL. The id, published and updated stay as they were, so
// readers that saw the post before know it again.
class EntryRewriter
{
public:
    struct Context
    {
        QString oldJid;
        QString newJid;
        QString commentsService;          // where the new account's threads live (its own JID: PEP)
        QHash<QString, QString> uriMap;   // old URL → new URL
    };
    explicit EntryRewriter(Context context);

    struct Result
    {
        QString xml;   // the entry to publish (empty on error)
        QString error; // why it cannot be published
    };
    // A post of the user's blog.
    [[nodiscard]] Result post(const QString &entryXml) const;
    // A comment or like in one of the user's threads, published by
    // publisher on the old server: the user's own come back as the new
    // account's; someone else's cannot be published in their name, so it
    // comes back as a quote credited to its author ("“text” — Bob"), with
    // the origin element saying who wrote it.
    [[nodiscard]] Result comment(const QString &entryXml, const QString &publisher) const;
    // Whether the entry is a like (Movim's ♥ comment).
    [[nodiscard]] static bool isLike(const QString &entryXml);

    // The replayed text for someone else's comment: a quote and its author.
    [[nodiscard]] static QString quoteTitle(const QString &title, const QString &author);

private:
    Context m_context;
};

} // namespace Hearth
