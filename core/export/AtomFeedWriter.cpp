#include "AtomFeedWriter.h"

#include "XmlWriting.h"
#include "export/ExportManifest.h"
#include "feed/MicroblogCodec.h"

#include <QDomDocument>

namespace Hearth {

namespace {
const QString kAtom = QStringLiteral("http://www.w3.org/2005/Atom");
}

AtomFeedWriter::AtomFeedWriter(QIODevice *device)
    : m_writer(device)
{
}

void AtomFeedWriter::begin(const QString &id, const QString &title, const QDateTime &updated)
{
    m_writer.writeStartDocument();
    m_writer.writeStartElement(QStringLiteral("feed"));
    m_writer.writeDefaultNamespace(kAtom);
    m_writer.writeTextElement(QStringLiteral("id"), id);
    m_writer.writeTextElement(QStringLiteral("title"), title);
    m_writer.writeTextElement(QStringLiteral("updated"), MicroblogCodec::formatDate(updated.isValid() ? updated : QDateTime::fromSecsSinceEpoch(0, Qt::UTC)));
}

void AtomFeedWriter::writeEntry(const Post &post)
{
    QDomDocument doc;
    const QString xml = post.rawXml.isEmpty() ? MicroblogCodec::write(post, post.comments.isValid()) : post.rawXml;
    if (!doc.setContent(xml, true) || doc.documentElement().localName() != QLatin1String("entry"))
        doc.setContent(MicroblogCodec::write(post, post.comments.isValid()), true);
    QDomElement entry = doc.documentElement();
    QDomElement origin = doc.createElementNS(QLatin1String(ExportManifest::kNamespace), QStringLiteral("x:origin"));
    origin.setAttribute(QStringLiteral("service"), post.service);
    origin.setAttribute(QStringLiteral("node"), post.node);
    origin.setAttribute(QStringLiteral("item"), post.itemId);
    if (!post.publisher.isEmpty())
        origin.setAttribute(QStringLiteral("publisher"), post.publisher);
    entry.appendChild(origin);
    Xml::writeElement(&m_writer, entry, kAtom);
}

bool AtomFeedWriter::end()
{
    m_writer.writeEndElement();
    m_writer.writeEndDocument();
    return !m_writer.hasError();
}

} // namespace Hearth
