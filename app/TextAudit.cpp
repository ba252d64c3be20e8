#include "TextAudit.h"

#include <QQuickItem>
#include <QRegularExpression>
#include <QTextDocument>

#include <algorithm>

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

struct Shown
{
    QRectF rect; // in the scene
    QString words;
    int layer = 0; // notices drawn over the view (WindowNotices) are a layer of their own
};

void walk(QQuickItem *item, const QString &marker, TextAudit *audit, QList<Shown> *shown, int layer = 0)
{
    if (item->objectName() == QLatin1String("windowNotices"))
        layer = 1;
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
            // What is on screen of it: clipped by the lists and panes it is in.
            // The text as drawn: it may overflow an item a layout squeezed.
            const qreal drawnWidth = std::max(item->width(), item->property("contentWidth").toReal());
            const qreal drawnHeight = std::max(item->height(), item->property("contentHeight").toReal());
            QRectF rect = item->mapRectToScene(QRectF(0, 0, drawnWidth, drawnHeight));
            for (const QQuickItem *p = item->parentItem(); p; p = p->parentItem()) {
                if (p->clip())
                    rect = rect.intersected(p->mapRectToScene(QRectF(0, 0, p->width(), p->height())));
            }
            if (item->isVisible() && !rect.isEmpty())
                shown->append({rect, audit->literalTexts.value(audit->literalTexts.size() - 1), layer});
        }
    }
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        walk(child, marker, audit, shown, layer);
}
} // namespace

TextAudit TextAudit::of(QQuickItem *root, const QString &marker)
{
    TextAudit audit;
    if (!root || marker.isEmpty())
        return audit;
    QList<Shown> shown;
    walk(root, marker, &audit, &shown);
    // More than a pixel row in common: one text drawn over another.
    for (qsizetype i = 0; i < shown.size(); ++i) {
        for (qsizetype j = i + 1; j < shown.size(); ++j) {
            if (shown.at(i).layer != shown.at(j).layer) // a notice over the view is meant to be
                continue;
            const QRectF common = shown.at(i).rect.intersected(shown.at(j).rect);
            if (common.height() > 2 && common.width() > 2)
                audit.overlaps << shown.at(i).words + QStringLiteral(" / ") + shown.at(j).words;
        }
    }
    return audit;
}
