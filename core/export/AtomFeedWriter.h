#pragma once

#include "feed/Post.h"

#include <QXmlStreamWriter>

namespace Hearth {

// An Atom 1.0 feed of pubsub items for the export (docs/export-format.md
// §feeds): every entry is the item's payload verbatim, plus one
// <x:origin service node item publisher/> element saying where it lived, so
// a feed reads as Atom and replays as pubsub (PROTOCOL-NOTES §5.3).
class AtomFeedWriter
{
public:
    explicit AtomFeedWriter(QIODevice *device);

    void begin(const QString &id, const QString &title, const QDateTime &updated);
    // The post's stored entry (or, without one, the entry Hearth would publish).
    void writeEntry(const Post &post);
    bool end();

private:
    QXmlStreamWriter m_writer;
};

} // namespace Hearth
