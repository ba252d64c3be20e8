#pragma once

#include <QStringList>

// Hearth's scriptable commands, on the same core as the app and without a
// window: `hearth sync`, `hearth feed --json`, `hearth post`, `hearth
// comment`, `hearth like`, `hearth communities`, `hearth follow`, `hearth
// unfollow`. They use the profile's saved account and its
// password from the keychain, or --jid with a password from the
// environment variable named by --password-env.
namespace Subcommands {

// Whether argv names a subcommand (its first argument).
[[nodiscard]] bool isSubcommand(const QStringList &arguments);
// Runs it (a QCoreApplication must exist); returns the exit code.
int run(const QStringList &arguments);

} // namespace Subcommands
