#pragma once

#include <QString>
#include <QStringList>

class QQuickItem;

// Walks a window's items and reports how text holding a marker is shown:
// literally (plain text, or escaped inside sanitized rich text) or as
// markup (its tags reached a rich-text item unescaped). --screenshot runs
// it when HEARTH_TEXT_AUDIT names the marker, so a test can fill every
// view with hostile strings and prove none of them is read as markup.
struct TextAudit
{
    int literal = 0;
    QStringList literalTexts; // the first words of each, to see what was shown
    QStringList asMarkup; // "Class(objectName): text" per offending item
    // Texts holding the marker drawn over one another (a wrapped title
    // over the body): "first words / first words" per pair.
    QStringList overlaps;

    static TextAudit of(QQuickItem *root, const QString &marker);
};
