#pragma once

#include <QString>

namespace Hearth {

// XEP-0393 message styling to the rich text a QML Text shows: *strong*,
// _emphasis_, ~strikethrough~, `code`, ``` blocks and > quotes, with web
// links made clickable. Everything else is escaped, so nothing in a message
// can add markup, run code or load a resource; the directives stay visible,
// dimmed, so that the text reads (and copies) as it was written.
class MessageStyling
{
public:
    [[nodiscard]] static QString toHtml(const QString &plain);
    // Whether toHtml could differ from the escaped text: no link, styling
    // mark or quote means plain text shows it the same (a cheap scan, for
    // choosing the cheaper text layout without building the HTML).
    [[nodiscard]] static bool mayStyle(const QString &plain);
};

} // namespace Hearth
