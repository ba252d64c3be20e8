#pragma once

#include <QString>
#include <QStringView>

namespace Hearth {

// Makes post content safe to show: an allowlist of elements and attributes
// over a parsed XHTML fragment. Script, style, frames, objects and forms go
// with their content; event attributes, styles and classes go; links keep
// only http(s), xmpp and mailto targets; images only https sources (remote
// loading over plain http or data: URLs is refused). Markup that is not
// well-formed is shown as text. The result is a well-formed XHTML fragment.
class HtmlSanitizer
{
public:
    struct Result
    {
        QString xhtml;
        int removed = 0; // elements or attributes taken out (for logging)
    };

    [[nodiscard]] static Result sanitize(const QString &fragment);
    // Whether a fragment is already safe as it is: text, the five XML
    // entities, and balanced bare tags of formatting elements (the fast
    // path of sanitize()).
    [[nodiscard]] static bool isPlainMarkup(QStringView fragment);
};

} // namespace Hearth
