#pragma once

#include <QDateTime>
#include <QList>
#include <QString>

namespace Hearth {

// What a search looks at, in the order results are grouped.
enum class SearchKind { Contact, Community, Post, Comment, Message };

// What the user asked for: words (each a word prefix, diacritics and case
// ignored), and optionally one kind, one person and a time span.
struct SearchFilter
{
    QString text;
    QString person; // bare JID: the author of a post or comment, the sender of a message
    QDateTime since; // inclusive; invalid = no bound
    QDateTime until; // exclusive; invalid = no bound
};

// Where a page of one kind continues: strictly below the last hit shown.
// Posts, comments and messages page newest first on (stamp, row id);
// contacts and communities on their sort key.
struct SearchCursor
{
    qint64 stamp = 0;
    qint64 id = 0;
    QString key;
    [[nodiscard]] bool isStart() const { return stamp == 0 && id == 0 && key.isEmpty(); }
};

// One thing found. The snippet is plain text with each match between
// kMatchStart and kMatchEnd (characters from Unicode's private use area,
// removed from the text first), so the view can highlight it without ever
// treating the text as markup.
struct SearchHit
{
    static constexpr char16_t kMatchStart = u'\uE000';
    static constexpr char16_t kMatchEnd = u'\uE001';

    SearchKind kind = SearchKind::Post;
    QString title;   // contact or community name, post title, the parent post's title for a comment, the chat's name
    QString snippet; // the matching text around the matches (see above)
    QString person;  // the contact's JID; the author's or sender's
    QString personName;
    QDateTime stamp; // published / sent; invalid for contacts and communities
    // What opens: the contact's or the chat's JID, the community's or the
    // post's xmpp: URI (a comment's post).
    QString target;
    QString itemId; // a comment's item id, a message's id: where in the target it is
    SearchCursor cursor; // pass back to continue after this hit
};

struct SearchPage
{
    QList<SearchHit> hits;
    bool more = false; // another page follows
};

} // namespace Hearth
