#include "MarkdownRenderer.h"

#include <md4c-html.h>

namespace Hearth {

QString MarkdownRenderer::toXhtml(const QString &markdown)
{
    const QByteArray input = markdown.toUtf8();
    QByteArray output;
    output.reserve(input.size() * 2);
    const int status = md_html(
        input.constData(), MD_SIZE(input.size()),
        [](const MD_CHAR *text, MD_SIZE size, void *userdata) { static_cast<QByteArray *>(userdata)->append(text, qsizetype(size)); },
        &output, MD_DIALECT_GITHUB | MD_FLAG_NOHTML, MD_HTML_FLAG_XHTML);
    if (status != 0) // md4c only fails on allocation errors
        return QStringLiteral("<p>%1</p>").arg(markdown.toHtmlEscaped());
    return QString::fromUtf8(output).trimmed();
}

} // namespace Hearth
