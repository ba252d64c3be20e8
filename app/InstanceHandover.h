#pragma once

#include <QStringList>

class LinkController;

// What another start of Hearth on this profile asked for (its arguments,
// handed over by SingleInstance), passed to the running window: its
// xmpp: links, --view, --chat, --contact, --post, --community, --search and
// --import. The window comes to the front in any case.
void applyHandedOverArguments(LinkController *links, const QStringList &arguments, const QString &workingDirectory);

// macOS hands xmpp: links (the bundle's URL scheme) to the running
// application as open events rather than arguments: they go to links too.
class QObject;
void openLinksFromOpenEvents(QObject *application, LinkController *links);

// Whether a start with these options is a run of its own that never hands
// over nor listens (screenshots, benchmarks, the export browser, probes).
struct CommandLine;
[[nodiscard]] bool isSeparateRun(const CommandLine &cli);
