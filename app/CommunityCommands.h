#pragma once

#include <QJsonObject>
#include <QString>

namespace Hearth {
class AccountSession;
struct Community;
} // namespace Hearth

// The community subcommands, on an account session that is online:
// `hearth communities [SERVICE]`, `hearth follow URI [--public]`,
// `hearth unfollow URI`. Each returns the process exit code.
namespace CommunityCommands {

// The nodes of SERVICE, or of every community service of the account's
// server, with their meta-data (one JSON object each with --json).
int list(Hearth::AccountSession &session, const QString &service, bool json);
int follow(Hearth::AccountSession &session, const QString &uri, bool shared);
int unfollow(Hearth::AccountSession &session, const QString &uri);

[[nodiscard]] QJsonObject toJson(const Hearth::Community &community, bool followed);

} // namespace CommunityCommands
