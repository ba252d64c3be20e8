#pragma once

#include <QString>

namespace Hearth::Bench {

// Fills the profile in dir (its account created when there is none) with
// posts from Bench::atomEntry(), their pictures under pictureBase, and the
// follows that put them in the feed.
bool fillFeed(const QString &dir, int posts, const QString &pictureBase = QStringLiteral("https://upload.example.org"));

} // namespace Hearth::Bench
