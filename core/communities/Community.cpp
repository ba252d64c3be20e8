#include "Community.h"

#include <QDomElement>
#include <QXmppDataForm.h>

namespace Hearth {

bool Community::mayPublish() const
{
    if (affiliation == QLatin1String("owner") || affiliation == QLatin1String("publisher"))
        return true;
    if (affiliation == QLatin1String("outcast"))
        return false;
    if (publishModel == QLatin1String("open"))
        return true;
    if (publishModel == QLatin1String("subscribers"))
        return subscription == QLatin1String("subscribed") || affiliation == QLatin1String("member");
    return false;
}

namespace CommunityMeta {

Community::Type typeOf(const QString &pubsubType)
{
    // Movim also reads the older gallery name (MOVIM-WIRE §2.5).
    if (pubsubType == QLatin1String(kGalleryType) || pubsubType == QLatin1String("urn:xmpp:pubsub-social-gallery:0"))
        return Community::Type::Gallery;
    return Community::Type::Feed;
}

QString typeName(Community::Type type)
{
    return type == Community::Type::Gallery ? QStringLiteral("gallery") : QStringLiteral("feed");
}

void apply(const QXmppDataForm &form, Community *community)
{
    QStringList unreadable;
    for (const QXmppDataForm::Field &field : form.fields()) {
        const QString var = field.key();
        const QVariant value = field.value();
        // A list-single or text field: its first value.
        const QString text = value.typeId() == QMetaType::QStringList ? value.toStringList().value(0) : value.toString();
        if (var == QLatin1String("pubsub#title")) {
            community->title = text.trimmed();
        } else if (var == QLatin1String("pubsub#description")) {
            community->description = text.trimmed();
        } else if (var == QLatin1String("pubsub#type")) {
            community->type = typeOf(text.trimmed());
        } else if (var == QLatin1String("pubsub#access_model")) {
            community->accessModel = text.trimmed();
        } else if (var == QLatin1String("pubsub#publish_model")) {
            community->publishModel = text.trimmed();
        } else if (var == QLatin1String("pubsub#num_subscribers")) {
            bool ok = false;
            const int n = text.trimmed().toInt(&ok);
            if (ok && n >= 0)
                community->subscribers = n;
            else if (!text.trimmed().isEmpty())
                unreadable << var;
        } else if (var == QLatin1String("pubsub#creation_date")) {
            const QDateTime created = QDateTime::fromString(text.trimmed(), Qt::ISODateWithMs);
            if (created.isValid())
                community->created = created.toUTC();
            else if (!text.trimmed().isEmpty())
                unreadable << var;
        }
    }
    if (!unreadable.isEmpty())
        community->problem = QStringLiteral("unreadable %1").arg(unreadable.join(QStringLiteral(", ")));
}

bool isInternalNode(const QString &node)
{
    static const QStringList prefixes = {
        QStringLiteral("urn:xmpp:microblog:0:comments"), // comment threads (Movim skips them too)
        QStringLiteral("urn:xmpp:"),                      // avatars, bookmarks, OMEMO, lists…
        QStringLiteral("eu.siacs.conversations."),
        QStringLiteral("http://jabber.org/protocol/"),
        QStringLiteral("storage:"),
        QStringLiteral("jabber:"),
    };
    if (node.isEmpty())
        return true;
    for (const QString &prefix : prefixes) {
        if (node.startsWith(prefix))
            return true;
    }
    return false;
}

QString slugify(const QString &name)
{
    QString slug;
    // Letters lose their accents (NFKD then ASCII only), anything else
    // between words becomes one '-'.
    for (QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if (c.unicode() < 0x80 && c.isLetterOrNumber())
            slug.append(c);
        else if (c.category() != QChar::Mark_NonSpacing && !slug.isEmpty() && !slug.endsWith(u'-'))
            slug.append(u'-');
    }
    while (slug.endsWith(u'-'))
        slug.chop(1);
    return slug;
}

std::optional<AvatarInfo> parseAvatarMetadata(const QDomElement &metadata)
{
    if (metadata.tagName() != QLatin1String("metadata") || metadata.namespaceURI() != QLatin1String(kAvatarMetadata))
        return std::nullopt;
    const QDomElement info = metadata.firstChildElement(QStringLiteral("info"));
    if (info.isNull() || info.attribute(QStringLiteral("id")).isEmpty())
        return std::nullopt;
    AvatarInfo out;
    out.id = info.attribute(QStringLiteral("id"));
    out.type = info.attribute(QStringLiteral("type"));
    out.url = info.attribute(QStringLiteral("url"));
    out.bytes = info.attribute(QStringLiteral("bytes")).toInt();
    out.width = info.attribute(QStringLiteral("width")).toInt();
    out.height = info.attribute(QStringLiteral("height")).toInt();
    return out;
}

} // namespace CommunityMeta
} // namespace Hearth
