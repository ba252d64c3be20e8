#include "TextMatch.h"

#include "SearchHit.h"

#include <QRegularExpression>
#include <algorithm>

namespace Hearth::TextMatch {

namespace {
// text folded (NFD without combining marks, case folded), and for each
// folded character the index of the character of text it came from.
struct Folded
{
    QString text;
    QList<qsizetype> origin;
};

Folded fold(const QString &text)
{
    Folded out;
    out.text.reserve(text.size());
    out.origin.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool pair = text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate();
        const QString one = text.mid(i, pair ? 2 : 1).normalized(QString::NormalizationForm_D).toCaseFolded();
        for (const QChar c : one) {
            if (c.category() == QChar::Mark_NonSpacing)
                continue;
            out.text += c;
            out.origin << i;
        }
        if (pair)
            ++i;
    }
    return out;
}

bool startsWord(const QString &folded, qsizetype at)
{
    return at == 0 || !folded.at(at - 1).isLetterOrNumber();
}
} // namespace

QStringList terms(const QString &typed)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QStringList out;
    for (const QString &word : typed.split(spaces, Qt::SkipEmptyParts)) {
        const QString folded = fold(word).text;
        if (!folded.isEmpty())
            out << folded;
    }
    return out;
}

QList<std::pair<qsizetype, qsizetype>> find(const QStringList &terms, const QString &text)
{
    QList<std::pair<qsizetype, qsizetype>> ranges;
    if (terms.isEmpty())
        return ranges;
    const Folded folded = fold(text);
    for (const QString &term : terms) {
        bool found = false;
        for (qsizetype at = folded.text.indexOf(term); at >= 0; at = folded.text.indexOf(term, at + 1)) {
            if (!startsWord(folded.text, at))
                continue;
            found = true;
            const qsizetype start = folded.origin.at(at);
            const qsizetype lastFolded = at + term.size() - 1;
            qsizetype end = folded.origin.at(lastFolded) + 1;
            if (end < text.size() && text.at(end - 1).isHighSurrogate())
                ++end;
            ranges.append({start, end - start});
        }
        if (!found)
            return {};
    }
    std::sort(ranges.begin(), ranges.end());
    // Merge overlaps ("al" and "alice" both match the same word).
    QList<std::pair<qsizetype, qsizetype>> merged;
    for (const auto &r : ranges) {
        if (!merged.isEmpty() && r.first <= merged.last().first + merged.last().second) {
            auto &last = merged.last();
            last.second = std::max(last.first + last.second, r.first + r.second) - last.first;
        } else {
            merged << r;
        }
    }
    return merged;
}

QString stripMarkers(const QString &text)
{
    QString out = text;
    out.remove(QChar(SearchHit::kMatchStart));
    out.remove(QChar(SearchHit::kMatchEnd));
    return out;
}

QString mark(const QString &text, const QList<std::pair<qsizetype, qsizetype>> &ranges)
{
    QString out;
    qsizetype at = 0;
    for (const auto &[start, length] : ranges) {
        out += stripMarkers(text.mid(at, start - at));
        out += QChar(SearchHit::kMatchStart);
        out += stripMarkers(text.mid(start, length));
        out += QChar(SearchHit::kMatchEnd);
        at = start + length;
    }
    out += stripMarkers(text.mid(at));
    return out;
}

} // namespace Hearth::TextMatch
