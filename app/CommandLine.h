#pragma once

#include <QString>
#include <QUrl>
#include <QStringList>

// What the command line asked for. GUI by default; later subcommands
// (export, import, sync) hang off the same parser.
struct CommandLine
{
    // argv as text, without the options QGuiApplication takes for itself
    // (-platform, -style, -reverse and the like), for parse() before it exists.
    static QStringList withoutQtOptions(int argc, char **argv);

    QString profileDir;
    bool demo = false;
    QString demoDir;
    QString jid;
    QString passwordEnv;
    QString host;
    int port = 0;
    bool directTls = false;
    bool noKeychain = false;
    QString screenshotFile;
    QString view;
    QString contact;
    QString post; // an xmpp: URI to open in the feed
    QString community; // an xmpp: URI to open in Communities (--community)
    QString chat; // a conversation to open (--chat)
    QString search; // search everywhere opened with this typed (--search)
    bool searchOpen = false; // then open its first hit (--search-open, screenshots)
    QList<QUrl> attachments; // files for the composer (--attach)
    int screenshotTimeoutSeconds = 60;
    bool reportFirstFrame = false;
    int benchScrollPosts = 0; // --bench-scroll
    QStringList benchOpenChats; // --bench-open-chats
    bool benchMemory = false;     // --bench-memory JIDS ("-": none)
    QStringList benchMemoryChats;
    bool probeGraphics = false;   // --probe-graphics (GraphicsProbe's child)
    int backoffInitialMs = 1000;
    QString openExport;    // --open FILE: browse an export, offline and read-only
    QString homeProfile;   // --home-profile DIR: the profile that opened it (import goes there)
    QString passphraseEnv; // its passphrase, from this environment variable
    QString exportTo;      // --export-to DIR: export the account once online (Settings shows it)
    QString importFile;    // --import FILE: Settings → Your data → Import with it, once online
    bool importRun = false; // --import-run: and run it (screenshots of the report)
    QString screenshotScrollTo; // --screenshot-scroll-to NAME: the page scrolled to that item first
    QString importStage;    // --import-stage KIND: the screenshot as the run reaches that dataset
    QStringList links;      // xmpp: links to open (positional: hearth xmpp:alice@example.org?message)
    bool reportLinks = false; // --report-links: print when a link is shown (benchmarks, tests)

    // Parses the arguments; on a usage error prints it and returns false
    // with *exitCode set (0 for --help/--version).
    static bool parse(const QStringList &arguments, CommandLine *out, int *exitCode);
};
