#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Hearth::TextMatch {

// Matching the way the cache's FTS5 indexes do (unicode61, remove_diacritics
// 2, prefix terms), for what is searched in memory (contact names,
// community titles): case and diacritics ignored, each term the start of a
// word.

// The words the user typed, folded.
[[nodiscard]] QStringList terms(const QString &typed);
// The ranges of text (start, length) where some term starts a word, in
// order and not overlapping; empty unless every term matches somewhere.
[[nodiscard]] QList<std::pair<qsizetype, qsizetype>> find(const QStringList &terms, const QString &text);
// text with each range between SearchHit's match markers (markers already
// in text are removed first).
[[nodiscard]] QString mark(const QString &text, const QList<std::pair<qsizetype, qsizetype>> &ranges);
// text without any match markers.
[[nodiscard]] QString stripMarkers(const QString &text);

} // namespace Hearth::TextMatch
