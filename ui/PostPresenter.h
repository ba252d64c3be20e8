#pragma once

#include "feed/Post.h"

#include <QString>
#include <QVariantList>
#include <QVariantMap>

// How a post looks to QML: sanitized rich text for a Text item (no images
// inline: those go to the gallery, with their size reserved), pictures,
// other files, link previews and the quoted post's address.
namespace PostPresenter {

// Sanitized XHTML body (from the xhtml content, else the Markdown/text).
[[nodiscard]] QString bodyHtml(const Hearth::Post &post);
// Images: enclosures plus https images found in the body, no duplicates.
[[nodiscard]] QVariantList pictures(const Hearth::Post &post);
// Non-image enclosures as download cards: {url, title, type}.
[[nodiscard]] QVariantList files(const Hearth::Post &post);
// rel='related' link previews: {url, title, description, logo}.
[[nodiscard]] QVariantList previews(const Hearth::Post &post);
// Markdown typed in the composer, as the post will show it.
[[nodiscard]] QString previewMarkdown(const QString &markdown);
// Whether a remote resource may be loaded without asking (https only).
[[nodiscard]] bool isLoadable(const QString &url);

} // namespace PostPresenter
