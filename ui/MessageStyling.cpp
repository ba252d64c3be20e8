#include "MessageStyling.h"

#include <QRegularExpression>
#include <QStringList>

namespace Hearth {

namespace {
const QString kDirectiveStyle = QStringLiteral("<span style=\"color:#8a8a8a\">%1</span>");

QString tagFor(QChar directive)
{
    switch (directive.unicode()) {
    case '*': return QStringLiteral("b");
    case '_': return QStringLiteral("i");
    case '~': return QStringLiteral("s");
    default: return QStringLiteral("code");
    }
}

bool isDirective(QChar c)
{
    return c == u'*' || c == u'_' || c == u'~' || c == u'`';
}

// Spans within one piece of a line (XEP-0393 §6.2): an opening directive at
// the start, after whitespace or after another opening directive, not
// followed by whitespace; the first same directive after at least one
// character, not preceded by whitespace, closes it. Nothing inside `code`.
QString spans(const QString &text)
{
    QString out;
    qsizetype i = 0;
    bool afterOpening = false;
    while (i < text.size()) {
        const QChar c = text.at(i);
        const bool canOpen = isDirective(c) && (i == 0 || text.at(i - 1).isSpace() || afterOpening) && i + 1 < text.size()
            && !text.at(i + 1).isSpace();
        if (canOpen) {
            qsizetype close = -1;
            for (qsizetype j = i + 2; j < text.size(); ++j) {
                if (text.at(j) == c && !text.at(j - 1).isSpace()) {
                    close = j;
                    break;
                }
            }
            if (close > 0) {
                const QString inner = text.mid(i + 1, close - i - 1);
                const QString tag = tagFor(c);
                out += kDirectiveStyle.arg(c) + u'<' + tag + u'>' + (c == u'`' ? inner.toHtmlEscaped() : spans(inner)) + QStringLiteral("</")
                    + tag + u'>' + kDirectiveStyle.arg(c);
                i = close + 1;
                afterOpening = false;
                continue;
            }
        }
        out += QString(c).toHtmlEscaped();
        afterOpening = false;
        ++i;
    }
    return out;
}

// A line's text: links as anchors, the pieces between them styled.
QString line(const QString &text)
{
    static const QRegularExpression link(QStringLiteral(R"(((?:https?://|xmpp:)[^\s<>"]+[^\s<>".,;:!?)\]'}*_~`]))"));
    QString out;
    qsizetype at = 0;
    auto it = link.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        out += spans(text.mid(at, match.capturedStart() - at));
        const QString url = match.captured(1).toHtmlEscaped();
        out += QStringLiteral("<a href=\"%1\">%1</a>").arg(url);
        at = match.capturedEnd();
    }
    return out + spans(text.mid(at));
}
} // namespace

bool MessageStyling::mayStyle(const QString &plain)
{
    for (qsizetype i = 0; i < plain.size(); ++i) {
        const QChar c = plain.at(i);
        if (isDirective(c) || (c == u'>' && (i == 0 || plain.at(i - 1) == u'\n')))
            return true;
    }
    return plain.contains(QLatin1String("http://")) || plain.contains(QLatin1String("https://"))
        || plain.contains(QLatin1String("xmpp:"));
}

QString MessageStyling::toHtml(const QString &plain)
{
    const QStringList lines = plain.split(u'\n');
    QStringList out;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &l = lines.at(i);
        // A preformatted block: from a ``` line to a line of just ``` (or the end).
        if (l.startsWith(QLatin1String("```"))) {
            QStringList block;
            qsizetype j = i + 1;
            while (j < lines.size() && lines.at(j) != QLatin1String("```"))
                block << lines.at(j++).toHtmlEscaped();
            out << kDirectiveStyle.arg(l.toHtmlEscaped()) + QStringLiteral("<pre>") + block.join(u'\n') + QStringLiteral("</pre>")
                    + (j < lines.size() ? kDirectiveStyle.arg(QStringLiteral("```")) : QString());
            i = j;
            continue;
        }
        // A quote: its "> " marks dimmed, its text styled.
        if (l.startsWith(u'>')) {
            qsizetype depth = 0;
            while (depth < l.size() && l.at(depth) == u'>')
                ++depth;
            const qsizetype textStart = depth < l.size() && l.at(depth) == u' ' ? depth + 1 : depth;
            out << kDirectiveStyle.arg(l.left(textStart).toHtmlEscaped()) + QStringLiteral("<i>") + line(l.mid(textStart))
                    + QStringLiteral("</i>");
            continue;
        }
        out << line(l);
    }
    return out.join(QStringLiteral("<br>"));
}

} // namespace Hearth
