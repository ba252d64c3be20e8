#include "Markup.h"

#include <QTextDocument>

QString Markup::literal(const QString &text)
{
    if (!Qt::mightBeRichText(text))
        return text;
    return QStringLiteral("<span>%1</span>").arg(text.toHtmlEscaped());
}
