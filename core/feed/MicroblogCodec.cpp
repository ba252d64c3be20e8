#include "MicroblogCodec.h"

#include "../Logging.h"
#include "../XmlWriting.h"
#include "Authorship.h"
#include "HtmlSanitizer.h"

#include <QDomDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTextStream>
#include <QUuid>
#include <QXmlStreamWriter>

namespace Hearth {

namespace {
const QString kAtomNs = QStringLiteral("http://www.w3.org/2005/Atom");
const QString kThreadNs = QStringLiteral("http://purl.org/syndication/thread/1.0");
const QString kXhtmlNs = QStringLiteral("http://www.w3.org/1999/xhtml");
const QString kCommentsPrefix = QStringLiteral("urn:xmpp:microblog:0:comments/");

int depthOf(const QDomNode &node, int limit)
{
    int deepest = 0;
    for (auto child = node.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        if (deepest >= limit)
            break;
        deepest = std::max(deepest, 1 + depthOf(child, limit - 1));
    }
    return deepest;
}

using Xml::innerXml;

QString stripTags(const QString &html)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    QString text = html;
    text.remove(tags);
    return text.replace(QLatin1String("&lt;"), QLatin1String("<")).replace(QLatin1String("&gt;"), QLatin1String(">"))
        .replace(QLatin1String("&quot;"), QLatin1String("\"")).replace(QLatin1String("&amp;"), QLatin1String("&")).simplified();
}

QString domainOf(const QString &jid)
{
    const QString bare = jid.section(u'/', 0, 0);
    return bare.contains(u'@') ? bare.section(u'@', 1) : bare;
}

// A comments node may live on the post's own service or a service of the
// same domain (comments.example.org for example.org); anything else could
// send comments to someone else's node.
bool plausibleCommentsNode(const XmppUri &uri, const QString &postService)
{
    if (!uri.isValid() || !uri.node.startsWith(kCommentsPrefix) || uri.node.size() == kCommentsPrefix.size())
        return false;
    if (uri.service == postService)
        return true;
    const QString domain = domainOf(postService);
    const QString service = domainOf(uri.service);
    return service == domain || service.endsWith(u'.' + domain) || domain.endsWith(u'.' + service);
}

// The entry's children of interest, found in one pass (a lookup by name
// per field walked the children each time: most of the parse's cost).
struct EntryParts
{
    QDomElement id, title, summary, author, published, updated, inReplyTo;
    QList<QDomElement> contents, categories, links;
};

EntryParts partsOf(const QDomElement &entry)
{
    EntryParts parts;
    auto first = [](QDomElement &slot, const QDomElement &element) {
        if (slot.isNull())
            slot = element;
    };
    for (auto child = entry.firstChildElement(); !child.isNull(); child = child.nextSiblingElement()) {
        const QString name = child.tagName();
        if (name == QLatin1String("link"))
            parts.links << child;
        else if (name == QLatin1String("content"))
            parts.contents << child;
        else if (name == QLatin1String("category"))
            parts.categories << child;
        else if (name == QLatin1String("title"))
            first(parts.title, child);
        else if (name == QLatin1String("id"))
            first(parts.id, child);
        else if (name == QLatin1String("published"))
            first(parts.published, child);
        else if (name == QLatin1String("updated"))
            first(parts.updated, child);
        else if (name == QLatin1String("author"))
            first(parts.author, child);
        else if (name == QLatin1String("summary"))
            first(parts.summary, child);
        // (firstChildElementNS needs Qt 6.6.)
        if (child.localName() == QLatin1String("in-reply-to") && child.namespaceURI() == kThreadNs && parts.inReplyTo.isNull()
            && XmppUri::parse(child.attribute(QStringLiteral("href"))).isValid())
            parts.inReplyTo = child;
    }
    return parts;
}

bool isWebUrl(const QString &href)
{
    const QString scheme = href.section(u':', 0, 0).toLower();
    return scheme == QLatin1String("https") || scheme == QLatin1String("http");
}

// Links keep only addresses a reader may follow: web pages and files over
// http(s), and xmpp: addresses where Atom puts them (alternate, replies).
// javascript:, data: and the like are dropped; a logo that is not a web
// address is cleared.
bool isSafeLink(PostLink &link)
{
    if (link.href.isEmpty())
        return false;
    if (!link.logo.isEmpty() && !isWebUrl(link.logo))
        link.logo.clear();
    const bool xmpp = link.href.startsWith(QLatin1String("xmpp:"), Qt::CaseInsensitive);
    if (link.rel == QLatin1String("enclosure") || link.rel == QLatin1String("related"))
        return isWebUrl(link.href);
    return isWebUrl(link.href) || xmpp;
}

QString cut(const QString &text, qsizetype limit)
{
    return text.size() <= limit ? text : text.left(limit) + QStringLiteral("…");
}
} // namespace

QDateTime MicroblogCodec::parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    QDateTime time = QDateTime::fromString(trimmed, Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(trimmed, Qt::RFC2822Date);
    return time.isValid() ? time.toUTC() : QDateTime();
}

QString MicroblogCodec::formatDate(const QDateTime &time)
{
    return time.toUTC().toString(Qt::ISODate);
}

QStringList MicroblogCodec::hashtags(const QString &text)
{
    static const QRegularExpression tag(QStringLiteral("(?:^|\\s)#([\\p{L}\\p{N}_][\\p{L}\\p{N}_-]*)"),
                                        QRegularExpression::UseUnicodePropertiesOption);
    QStringList tags;
    if (!text.contains(u'#'))
        return tags; // most posts: no need for the regular expression
    auto it = tag.globalMatch(text);
    while (it.hasNext()) {
        const QString found = it.next().captured(1).toLower();
        if (!tags.contains(found))
            tags << found;
    }
    return tags;
}

QString MicroblogCodec::makeItemId(const QString &title)
{
    QString slug;
    for (QChar c : title.left(80).normalized(QString::NormalizationForm_KD).toLower()) {
        if (c.isLetterOrNumber() && c.unicode() < 0x80)
            slug.append(c);
        else if ((c.isSpace() || c == u'-' || c == u'_') && !slug.endsWith(u'-') && !slug.isEmpty())
            slug.append(u'-');
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    if (slug.size() <= 24)
        return QUuid::createUuid().toString(QUuid::WithoutBraces);
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString suffix;
    for (int i = 0; i < 6; ++i)
        suffix.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]));
    return slug + u'-' + suffix;
}

MicroblogCodec::Parsed MicroblogCodec::parseXml(const QString &xml, const QString &service, const QString &node,
                                                const QString &itemId, const QDateTime &now)
{
    if (xml.size() > kMaxEntryBytes)
        return {std::nullopt, QStringLiteral("entry of %1 characters is over the limit").arg(xml.size())};
    QDomDocument doc;
    QString message;
    if (!doc.setContent(xml, true, &message))
        return {std::nullopt, QStringLiteral("not well-formed XML: %1").arg(message)};
    return parse(doc.documentElement(), service, node, itemId, now, xml.trimmed());
}

MicroblogCodec::Parsed MicroblogCodec::parse(const QDomElement &entry, const QString &service, const QString &node,
                                             const QString &itemId, const QDateTime &now, const QString &rawXml)
{
    if (entry.isNull() || entry.localName() != QLatin1String("entry") || entry.namespaceURI() != kAtomNs)
        return {std::nullopt, QStringLiteral("not an Atom entry")};
    if (itemId.isEmpty())
        return {std::nullopt, QStringLiteral("item without an id")};
    if (depthOf(entry, kMaxDepth + 1) > kMaxDepth)
        return {std::nullopt, QStringLiteral("entry nested deeper than %1 levels").arg(kMaxDepth)};

    Post post;
    post.service = service;
    post.node = node;
    post.itemId = itemId;
    post.rawXml = rawXml.isEmpty() ? Xml::outerXml(entry) : rawXml;
    if (post.rawXml.size() > kMaxEntryBytes)
        return {std::nullopt, QStringLiteral("entry over the size limit")};

    const EntryParts parts = partsOf(entry);
    post.atomId = parts.id.text().trimmed().left(1000);
    if (post.atomId.isEmpty())
        post.atomId = itemId;

    const QDomElement &title = parts.title;
    const QString titleType = title.attribute(QStringLiteral("type"), QStringLiteral("text"));
    post.title = cut(titleType == QLatin1String("text") ? title.text().trimmed()
                     : titleType == QLatin1String("xhtml")   ? stripTags(innerXml(title))
                                                             : stripTags(title.text()),
                     kMaxTitle);

    // Contents: html/xhtml win for display, text is the editable source.
    for (const QDomElement &content : parts.contents) {
        const QString type = content.attribute(QStringLiteral("type"), QStringLiteral("text"));
        if (type == QLatin1String("xhtml")) {
            const QDomElement div = content.firstChildElement(QStringLiteral("div"));
            post.html = cut(div.isNull() ? innerXml(content) : innerXml(div), kMaxBody);
        } else if (type == QLatin1String("html")) {
            if (post.html.isEmpty())
                post.html = cut(content.text(), kMaxBody);
        } else {
            post.text = cut(content.text(), kMaxBody);
        }
    }
    const QDomElement &summary = parts.summary;
    if (!summary.isNull() && !summary.text().trimmed().isEmpty())
        post.html = QStringLiteral("<p class=\"summary\">%1</p>").arg(summary.text().trimmed().toHtmlEscaped().left(kMaxTitle * 4))
            + post.html;

    // Sanitized here, once, on the parsing side: no reader of the cache
    // (or of a parsed post) sees markup from the network.
    if (!post.html.isEmpty())
        post.html = HtmlSanitizer::sanitize(post.html).xhtml;
    post.htmlSafe = true;

    const QDomElement &author = parts.author;
    post.authorName = author.firstChildElement(QStringLiteral("name")).text().trimmed().left(kMaxTitle);
    const QString authorUri = author.firstChildElement(QStringLiteral("uri")).text().trimmed();
    // Who the entry claims wrote it; Authorship credits the publisher.
    if (authorUri.startsWith(QLatin1String("xmpp:")))
        post.claimedAuthor = XmppUri::parse(authorUri).service.section(u'/', 0, 0).toLower().left(kMaxTitle);
    Authorship::credit(post, {});

    // Dates: either one stands in for the other; none, nonsense or the
    // future is "now", marked as a guess so that the first stored value
    // stays when the item comes again (never pinned to the top).
    post.published = parseDate(parts.published.text());
    post.updated = parseDate(parts.updated.text());
    const QDateTime latest = now.addSecs(300);
    for (QDateTime *time : {&post.published, &post.updated}) {
        if (time->isValid() && *time > latest)
            *time = {};
    }
    if (!post.published.isValid())
        post.published = post.updated;
    if (!post.updated.isValid())
        post.updated = post.published;
    if (!post.published.isValid()) {
        post.published = post.updated = now;
        post.publishedGuessed = post.updatedGuessed = true;
    }

    auto addTag = [&post](const QString &tag) {
        if (!tag.isEmpty() && post.tags.size() < kMaxTags && !post.tags.contains(tag))
            post.tags << tag;
    };
    for (const QDomElement &category : parts.categories)
        addTag(category.attribute(QStringLiteral("term")).simplified().toLower().left(kMaxTagLength));
    for (const QString &tag : hashtags(post.title + u'\n' + post.text))
        addTag(tag.left(kMaxTagLength));

    for (const QDomElement &link : parts.links) {
        PostLink parsed;
        parsed.rel = link.attribute(QStringLiteral("rel"), QStringLiteral("alternate"));
        parsed.href = link.attribute(QStringLiteral("href")).trimmed().left(4096);
        parsed.type = link.attribute(QStringLiteral("type")).left(200);
        parsed.title = link.attribute(QStringLiteral("title")).left(kMaxTitle);
        parsed.description = link.attribute(QStringLiteral("description")).left(kMaxTitle * 4);
        parsed.logo = link.attribute(QStringLiteral("logo")).left(4096);
        if (!isSafeLink(parsed))
            continue;
        // Movim finds the comments link by its title, not its rel.
        if (parsed.title == QLatin1String("comments")) {
            const XmppUri uri = XmppUri::parse(parsed.href);
            if (plausibleCommentsNode(uri, service))
                post.comments = uri;
            else
                qCWarning(lcFeed).noquote() << "ignored a comments link to" << parsed.href << "in" << itemId;
            continue;
        }
        // The entry's own address: written again from the item on output.
        if (parsed.rel == QLatin1String("alternate") && parsed.href.startsWith(QLatin1String("xmpp:"))
            && XmppUri::parse(parsed.href) == post.uri())
            continue;
        post.links << parsed;
    }
    if (!parts.inReplyTo.isNull())
        post.inReplyTo = XmppUri::parse(parts.inReplyTo.attribute(QStringLiteral("href")));

    return {post, {}};
}

QString MicroblogCodec::write(const Post &post, bool withComments)
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(QStringLiteral("entry"));
    w.writeDefaultNamespace(kAtomNs);
    if (post.inReplyTo.isValid())
        w.writeNamespace(kThreadNs, QStringLiteral("thr"));
    // Movim: <id> is the bare item id; <title> always present and non-empty.
    w.writeTextElement(QStringLiteral("id"), post.itemId);
    w.writeTextElement(QStringLiteral("title"), post.title.trimmed().isEmpty() ? QStringLiteral("…") : post.title);
    w.writeStartElement(QStringLiteral("author"));
    if (!post.authorName.isEmpty())
        w.writeTextElement(QStringLiteral("name"), post.authorName);
    w.writeTextElement(QStringLiteral("uri"), QStringLiteral("xmpp:") + post.authorJid);
    w.writeEndElement();
    auto link = [&w](const PostLink &l) {
        w.writeEmptyElement(QStringLiteral("link"));
        w.writeAttribute(QStringLiteral("rel"), l.rel);
        w.writeAttribute(QStringLiteral("href"), l.href);
        for (const auto &[name, value] : {std::pair{QStringLiteral("type"), l.type}, std::pair{QStringLiteral("title"), l.title},
                                          std::pair{QStringLiteral("description"), l.description},
                                          std::pair{QStringLiteral("logo"), l.logo}}) {
            if (!value.isEmpty())
                w.writeAttribute(name, value);
        }
    };
    link({QStringLiteral("alternate"), post.uri().toString(), {}, {}, {}, {}});
    if (withComments && !post.isComment() && post.comments.isValid())
        link({QStringLiteral("replies"), XmppUri{post.comments.service, post.comments.node, {}}.toString(), {},
              QStringLiteral("comments"), {}, {}});
    for (const auto &l : post.links) {
        if (!(l.rel == QLatin1String("alternate") && l.href.startsWith(QLatin1String("xmpp:"))))
            link(l);
    }
    if (post.inReplyTo.isValid()) {
        w.writeEmptyElement(kThreadNs, QStringLiteral("in-reply-to"));
        w.writeAttribute(QStringLiteral("href"), post.inReplyTo.toString());
    }
    if (!post.isComment()) {
        if (!post.html.isEmpty()) {
            // The XHTML goes in as markup; a fragment that is not well-formed
            // goes in as text instead of breaking the entry.
            QDomDocument fragment;
            const bool wellFormed = fragment.setContent(QStringLiteral("<div xmlns='%1'>%2</div>").arg(kXhtmlNs, post.html), true);
            w.writeStartElement(QStringLiteral("content"));
            w.writeAttribute(QStringLiteral("type"), QStringLiteral("xhtml"));
            w.writeStartElement(QStringLiteral("div"));
            w.writeDefaultNamespace(kXhtmlNs);
            if (wellFormed) {
                for (auto child = fragment.documentElement().firstChild(); !child.isNull(); child = child.nextSibling()) {
                    if (child.isElement())
                        Xml::writeElement(&w, child.toElement(), kXhtmlNs);
                    else if (child.isText())
                        w.writeCharacters(child.nodeValue());
                }
            } else {
                w.writeTextElement(QStringLiteral("p"), post.html);
            }
            w.writeEndElement();
            w.writeEndElement();
        }
        if (!post.text.isEmpty()) {
            w.writeStartElement(QStringLiteral("content"));
            w.writeAttribute(QStringLiteral("type"), QStringLiteral("text"));
            w.writeCharacters(post.text);
            w.writeEndElement();
        }
    }
    w.writeTextElement(QStringLiteral("published"), formatDate(post.published));
    for (const QString &tag : post.tags) {
        w.writeEmptyElement(QStringLiteral("category"));
        w.writeAttribute(QStringLiteral("term"), tag);
    }
    w.writeTextElement(QStringLiteral("updated"), formatDate(post.updated));
    w.writeEndElement();
    return xml;
}

} // namespace Hearth
