#pragma once

#include "ImportPlan.h"

#include <atomic>
#include <functional>

namespace Hearth {

class ExportArchive;
struct ChatMessage;

// Reads an opened export (ExportArchive: every part checked against the
// manifest) for an import: the plan first (everything but the history and
// the media), then, when the import gets there, the history message by
// message. Runs on a worker thread; an error names the part.
namespace ImportReader {

bool readPlan(ExportArchive &archive, ImportPlan *plan, QString *error, const std::atomic_bool *cancel);

struct HistoryVisitor
{
    // A room's archive starts (its JID and the user's nickname there).
    std::function<bool(const QString &room, const QString &nick)> room;
    // A message, as the old account saw it (own messages: outgoing).
    std::function<bool(const ChatMessage &message)> message;
};
// The one-to-one archive of account.xml and every room's archive.
bool readHistory(ExportArchive &archive, const QString &oldJid, const HistoryVisitor &visit, QString *error,
                 const std::atomic_bool *cancel);

} // namespace ImportReader
} // namespace Hearth
