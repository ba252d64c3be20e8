#pragma once

#include "Post.h"

#include <QDomElement>
#include <QString>
#include <optional>

namespace Hearth {

// Atom entry ⇄ Post, the way Movim writes and reads microblog entries
// (MOVIM-WIRE §2.1–2.3): reading every variant other clients send, writing
// exactly Movim's layout so that Movim shows Hearth's posts.
class MicroblogCodec
{
public:
    struct Parsed
    {
        std::optional<Post> post;
        QString error; // why an entry was rejected (logged by the caller)
    };

    // Limits for hostile input: an entry over kMaxEntryBytes is refused;
    // longer fields are cut.
    static constexpr qsizetype kMaxEntryBytes = 2 * 1024 * 1024;
    static constexpr qsizetype kMaxTitle = 1000;
    static constexpr qsizetype kMaxBody = 512 * 1024;
    static constexpr int kMaxDepth = 48;
    static constexpr int kMaxTags = 30;
    static constexpr int kMaxTagLength = 64;

    // now: dates after it (plus a small tolerance) are clamped to it.
    // rawXml: the entry's text when the caller has it (saves serializing
    // the DOM again for Post::rawXml).
    [[nodiscard]] static Parsed parse(const QDomElement &entry, const QString &service, const QString &node,
                                      const QString &itemId, const QDateTime &now = QDateTime::currentDateTimeUtc(),
                                      const QString &rawXml = {});
    [[nodiscard]] static Parsed parseXml(const QString &xml, const QString &service, const QString &node,
                                         const QString &itemId, const QDateTime &now = QDateTime::currentDateTimeUtc());

    // The entry for publishing (post or comment). post.html is the rendered
    // XHTML fragment (from post.text, Markdown); comments carry only a title.
    // withComments: add the rel='replies' link to post.comments.
    [[nodiscard]] static QString write(const Post &post, bool withComments = true);

    // Movim's item ids: a slug of the title plus 6 random characters when
    // the slug is long enough (> 24), else a UUID.
    [[nodiscard]] static QString makeItemId(const QString &title);
    // #hashtags in a text, lower-case, without '#'.
    [[nodiscard]] static QStringList hashtags(const QString &text);
    // RFC 3339 in UTC, as written in <published>/<updated>.
    [[nodiscard]] static QString formatDate(const QDateTime &time);
    [[nodiscard]] static QDateTime parseDate(const QString &text);
};

} // namespace Hearth
