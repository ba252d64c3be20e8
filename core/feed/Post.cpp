#include "Post.h"

#include <QCryptographicHash>

namespace Hearth {

QList<PostLink> Post::pictures() const
{
    QList<PostLink> pictures;
    for (const auto &link : links) {
        if (link.rel == QLatin1String("enclosure") && link.type.startsWith(QLatin1String("image/")))
            pictures << link;
    }
    return pictures;
}

QByteArray Post::contentHash() const
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    auto add = [&hash](const QString &field) {
        hash.addData(field.toUtf8());
        hash.addData(QByteArrayView("\0", 1));
    };
    for (const QString &field : {title, text, html, claimedAuthor, authorName, comments.toString(), inReplyTo.toString()})
        add(field);
    add(updatedGuessed ? QString() : QString::number(updated.toSecsSinceEpoch()));
    add(tags.join(u' '));
    for (const PostLink &link : links) {
        for (const QString &field : {link.rel, link.href, link.type, link.title, link.description, link.logo})
            add(field);
    }
    return hash.result().toHex().left(24);
}

} // namespace Hearth
