#include "TextAudit.h"

#include <QQuickItem>
#include <QRegularExpression>
#include <QTextDocument>

namespace {
// Qt Quick's Text.TextFormat values (QQuickText::TextFormat).
constexpr int kPlainText = 0;
constexpr int kAutoText = 2;

bool showsRich(const QObject *item, const QString &text)
{
    const int format = item->property("textFormat").toInt();
    if (format == kPlainText)
        return false;
    return format != kAutoText || Qt::mightBeRichText(text);
}

void walk(QQuickItem *item, const QString &marker, TextAudit *audit)
{
    if (item->inherits("QQuickText") || item->inherits("QQuickTextEdit")) {
        const QString text = item->property("text").toString();
        if (text.contains(marker)) {
            // In rich text the marker sits inside a tag only if raw markup
            // got there; escaped (&quot;) it is shown literally.
            const bool rawTag = text.contains(u'"' + marker + u'"') || text.contains(u'\'' + marker + u'\'');
            if (showsRich(item, text) && rawTag)
                audit->asMarkup << QStringLiteral("%1(%2): %3")
                                       .arg(QString::fromLatin1(item->metaObject()->className()), item->objectName(),
                                            text.left(160));
            else {
                ++audit->literal;
                // The words before the first tag or entity (escaped rich text has entities).
                static const QRegularExpression markup(QStringLiteral("[<&]"));
                const qsizetype cut = text.indexOf(markup);
                audit->literalTexts << text.left(cut > 0 ? cut : 24).trimmed();
            }
        }
    }
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        walk(child, marker, audit);
}
} // namespace

TextAudit TextAudit::of(QQuickItem *root, const QString &marker)
{
    TextAudit audit;
    if (root && !marker.isEmpty())
        walk(root, marker, &audit);
    return audit;
}
