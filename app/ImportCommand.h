#pragma once

#include <QString>

namespace Hearth {
class AccountSession;
}

// `hearth import FILE`: an .xmpp-export.zip brought into the account
// (issue 16): the preflight first (what will move, what will not and why),
// then the replay with progress lines on stderr and the report on stdout
// (text, or JSON with --json). --dry-run stops after the preflight and
// writes nothing. Exit code 0 when every step moved or was skipped for a
// stated reason, 1 when a step failed or the import stopped (run it again:
// it goes on where it stopped).
namespace ImportCommand {

struct Options
{
    QString path;
    QString passphrase;
    QString workDirectory;
    bool dryRun = false;
    bool json = false;
    bool announceMove = false; // XEP-0283 in the contacts' requests
};

int run(Hearth::AccountSession &session, const Options &options);

} // namespace ImportCommand
