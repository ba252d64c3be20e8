#pragma once

#include "feed/Post.h"

#include <QString>
#include <QVariantList>
#include <QVariantMap>
#include <functional>

// How a post looks to QML: sanitized rich text for a Text item (no images
// inline: those go to the gallery, with their size reserved), pictures,
// other files, link previews, and the author as the user knows them.
namespace PostPresenter {

// Who wrote something, as the contacts and profiles know them.
struct Authors
{
    std::function<QString(const QString &jid)> name;   // empty when unknown
    std::function<QString(const QString &jid)> avatar; // image:// source or empty

    // The user's name for the author, else the name in the entry, else the JID.
    [[nodiscard]] QString nameOf(const QString &jid, const QString &entryName = {}) const;
    [[nodiscard]] QString avatarOf(const QString &jid) const;
};

// The parts of a post that take work to prepare; computed once per
// version of a post (PostListModel keeps them with the row).
struct Shown
{
    QString body;          // sanitized XHTML (xhtml content, else Markdown/text)
    QVariantList pictures; // {url, title}: enclosures plus https images of the body
    QVariantList files;    // {url, title, type}: other enclosures, as download cards
    QVariantList previews; // {url, title, description, host, logo}: rel='related'
};
[[nodiscard]] Shown present(const Hearth::Post &post);

// Who the entry claims wrote it, by the user's name for them, when that is
// not its publisher (else empty): shown as "claims to be …, unverified".
[[nodiscard]] QString claimOf(const Hearth::Post &post, const Authors &authors);

// Every field QML shows of a post, for pages outside the list models (the
// post page, quote cards, the composer editing a post).
[[nodiscard]] QVariantMap toMap(const Hearth::Post &post, const Authors &authors, const QString &ownJid);

// Markdown typed in the composer, as the post will show it.
[[nodiscard]] QString previewMarkdown(const QString &markdown);

} // namespace PostPresenter
