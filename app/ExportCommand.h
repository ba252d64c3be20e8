#pragma once

#include <QString>

namespace Hearth {
class AccountSession;
}

// `hearth export`: the account's data into an .xmpp-export.zip
// (docs/export-format.md), with progress lines on stderr and the file's
// path on stdout.
namespace ExportCommand {

struct Options
{
    QString output;
    QString passphrase;
    QString avatarDirectory;
    QString settingsPath;
    bool media = true;
};

int run(Hearth::AccountSession &session, const Options &options);

} // namespace ExportCommand
