#pragma once

#include <QString>

namespace Hearth {

// Markdown (GitHub-flavoured, as Movim renders it) to an XHTML fragment
// with md4c. Raw HTML in the source is not passed through: it shows as
// text, the way a post's author typed it.
class MarkdownRenderer
{
public:
    [[nodiscard]] static QString toXhtml(const QString &markdown);
};

} // namespace Hearth
