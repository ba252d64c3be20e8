#pragma once

#include "search/SearchHit.h"

#include <optional>

namespace Hearth {
class Database;
}

// `hearth search TEXT`: search everywhere in the cache, as Ctrl+K does,
// without connecting: one line per hit (or JSON), newest first per kind.
namespace SearchCommand {

struct Options
{
    Hearth::SearchFilter filter;
    std::optional<Hearth::SearchKind> kind; // none: every kind
    int limit = 50;                         // per kind
    bool json = false;
};

// The kind named on the command line (contacts, communities, posts,
// comments, messages), if it is one.
[[nodiscard]] std::optional<Hearth::SearchKind> parseKind(const QString &name);

int run(Hearth::Database &db, qint64 accountId, const Options &options);

} // namespace SearchCommand
