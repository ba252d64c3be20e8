#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace Hearth::Demo {

// A few weeks of the demo's social life: posts (Markdown bodies, hashtags,
// a link preview, a share, pictures) and comments and likes between people.
struct DemoPost
{
    QString author;  // a Person::user
    QString id;      // item id (stable, so comments can point at it)
    QString title;
    QString body;    // Markdown
    int hoursAgo = 0;
    QString shareOf; // the id of a post this one quotes
    QString linkUrl; // a rel='related' preview
    QString linkTitle;
    QString linkDescription;
};

struct DemoReaction
{
    QString author;
    QString postId;
    QString text; // "♥" is a like
};

[[nodiscard]] const QList<DemoPost> &posts();
// A post's pictures: resource paths (":/hearth/demo-pictures/…"), uploaded
// to the demo server's http_file_share when the feed is seeded.
[[nodiscard]] QStringList picturesOf(const QString &postId);
[[nodiscard]] const QList<DemoReaction> &reactions();

} // namespace Hearth::Demo
