#include "CommandLine.h"

#include "BuildInfo.h"
#include "XmppLink.h"

#include <QFileInfo>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>
#include <cstdio>

namespace {
const QStringList kViews = {QStringLiteral("login"), QStringLiteral("feed"), QStringLiteral("communities"), QStringLiteral("discover"),
                            QStringLiteral("chats"), QStringLiteral("contacts"), QStringLiteral("profile"), QStringLiteral("compose"),
                            QStringLiteral("settings")};
} // namespace

bool CommandLine::parse(const QStringList &arguments, CommandLine *out, int *exitCode)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "CommandLine", "Hearth: a social network on XMPP.\n\nCommands (hearth COMMAND --help): sync, feed, post, comment, like, communities, "
                       "follow, unfollow, export, import, search, check."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(QStringLiteral("profile"), QCoreApplication::translate("CommandLine", "Keep this profile's cache and settings in <dir>."), QStringLiteral("dir"));
    const QCommandLineOption demo(QStringLiteral("demo"), QCoreApplication::translate("CommandLine", "Start a private demo server on this computer and log in to it."));
    const QCommandLineOption demoDir(QStringLiteral("demo-dir"), QCoreApplication::translate("CommandLine", "Keep the demo server's data in <dir>."), QStringLiteral("dir"));
    const QCommandLineOption jid(QStringLiteral("jid"), QCoreApplication::translate("CommandLine", "Log in as <address> without the login page."), QStringLiteral("address"));
    const QCommandLineOption passwordEnv(QStringLiteral("password-env"), QCoreApplication::translate("CommandLine", "Read the password for --jid from the environment variable <name>."), QStringLiteral("name"));
    const QCommandLineOption host(QStringLiteral("host"), QCoreApplication::translate("CommandLine", "Connect to <host> instead of looking up the server."), QStringLiteral("host"));
    const QCommandLineOption port(QStringLiteral("port"), QCoreApplication::translate("CommandLine", "Connect to <port>."), QStringLiteral("port"));
    const QCommandLineOption directTls(QStringLiteral("direct-tls"), QCoreApplication::translate("CommandLine", "Use direct TLS instead of STARTTLS."));
    const QCommandLineOption noKeychain(QStringLiteral("no-keychain"), QCoreApplication::translate("CommandLine", "Do not use the system keychain: keep passwords in memory for this session only."));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QCoreApplication::translate("CommandLine", "Save a picture of the window to <file> once its data has loaded, then quit."), QStringLiteral("file"));
    const QCommandLineOption view(QStringLiteral("view"), QCoreApplication::translate("CommandLine", "Open <view> first: %1.").arg(kViews.join(QStringLiteral(", "))), QStringLiteral("view"));
    const QCommandLineOption contact(QStringLiteral("contact"), QCoreApplication::translate("CommandLine", "Open the profile page of the contact <address>."), QStringLiteral("address"));
    const QCommandLineOption post(QStringLiteral("post"), QCoreApplication::translate("CommandLine", "Open the post <uri> (xmpp:service?;node=…;item=…)."), QStringLiteral("uri"));
    const QCommandLineOption community(QStringLiteral("community"), QCoreApplication::translate("CommandLine", "Open the community <uri> (xmpp:service?;node=…)."), QStringLiteral("uri"));
    const QCommandLineOption chat(QStringLiteral("chat"), QCoreApplication::translate("CommandLine", "Open the conversation with <address>."), QStringLiteral("address"));
    const QCommandLineOption search(QStringLiteral("search"), QCoreApplication::translate("CommandLine", "Open search everywhere with <text> typed in."), QStringLiteral("text"));
    QCommandLineOption searchOpen(QStringLiteral("search-open"), QCoreApplication::translate("CommandLine", "Open the first hit of --search (screenshots)."));
    searchOpen.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption attach(QStringLiteral("attach"), QCoreApplication::translate("CommandLine", "Open the composer with <file> attached (repeatable)."), QStringLiteral("file"));
    const QCommandLineOption screenshotTimeout(QStringLiteral("screenshot-timeout"), QCoreApplication::translate("CommandLine", "Give up on --screenshot after <seconds>."), QStringLiteral("seconds"), QStringLiteral("60"));
    QCommandLineOption firstFrame(QStringLiteral("report-first-frame"), QCoreApplication::translate("CommandLine", "Print the time to the main window's first frame, then quit (benchmarks)."));
    firstFrame.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption backoff(QStringLiteral("reconnect-delay-ms"), QCoreApplication::translate("CommandLine", "First reconnection delay (tests)."), QStringLiteral("ms"), QStringLiteral("1000"));
    backoff.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption benchScroll(QStringLiteral("bench-scroll"), QCoreApplication::translate("CommandLine", "Scroll the feed through <n> posts, then quit (benchmarks)."), QStringLiteral("n"));
    benchScroll.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption benchOpenChats(QStringLiteral("bench-open-chats"),
                                      QCoreApplication::translate("CommandLine", "Open these chats in turn, then quit (benchmarks)."),
                                      QStringLiteral("jids"));
    benchOpenChats.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption benchMemory(QStringLiteral("bench-memory"),
                                   QCoreApplication::translate("CommandLine", "Print the memory at each stage (login page or feed, chats, these chats opened), then quit (benchmarks)."),
                                   QStringLiteral("jids"));
    benchMemory.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption probeGraphics(QStringLiteral("probe-graphics"),
                                     QCoreApplication::translate("CommandLine", "Print the display's OpenGL renderer, then quit (the app asks itself)."));
    probeGraphics.setFlags(QCommandLineOption::HiddenFromHelp);
    const QCommandLineOption openExport(QStringLiteral("open"), QCoreApplication::translate("CommandLine", "Browse the export <file> (an .xmpp-export.zip), offline and read-only."), QStringLiteral("file"));
    // The offline browser is opened by a window of some profile: its import goes there.
    QCommandLineOption homeProfile(QStringLiteral("home-profile"), QCoreApplication::translate("CommandLine", "With --open: the profile whose account \"Import into my account\" imports into."), QStringLiteral("dir"));
    homeProfile.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(homeProfile);
    const QCommandLineOption passphraseEnv(QStringLiteral("passphrase-env"), QCoreApplication::translate("CommandLine", "Read the passphrase of an encrypted --open export from the environment variable <name> (else the window asks)."), QStringLiteral("name"));
    const QCommandLineOption exportTo(QStringLiteral("export-to"), QCoreApplication::translate("CommandLine", "Export the account into the folder <dir> once it is online, shown in Settings (as Settings → Your data → Export does)."), QStringLiteral("dir"));
    const QCommandLineOption importFile(QStringLiteral("import"), QCoreApplication::translate("CommandLine", "Import the export <file> into the account once it is online: Settings → Your data → Import shows what will move, and waits for the user (hearth import runs it without a window)."), QStringLiteral("file"));
    QCommandLineOption importRun(QStringLiteral("import-run"), QCoreApplication::translate("CommandLine", "Run the --import at once (screenshots)."));
    importRun.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption importStage(QStringLiteral("import-stage"), QCoreApplication::translate("CommandLine", "With --import-run and --screenshot: the picture as the import reaches <dataset> (its progress)."), QStringLiteral("dataset"));
    importStage.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({importFile, importRun, importStage});
    QCommandLineOption scrollTo(QStringLiteral("screenshot-scroll-to"), QCoreApplication::translate("CommandLine", "With --screenshot: scroll the page to the item named <name> first."), QStringLiteral("name"));
    scrollTo.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(scrollTo);
    QCommandLineOption reportLinks(QStringLiteral("report-links"), QCoreApplication::translate("CommandLine", "Print a line when a link handed to this window is shown (benchmarks)."));
    reportLinks.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(reportLinks);
    parser.addPositionalArgument(QStringLiteral("link"),
        QCoreApplication::translate("CommandLine", "xmpp: links to open, like xmpp:alice@example.org?message (a chat), "
                                                   "?join (a group chat), ?roster (add a contact), ?;node=…;item=… (a post). "
                                                   "If Hearth already runs on this profile, its window opens them."),
        QStringLiteral("[xmpp:…]"));
    parser.addOptions({profile, demo, demoDir, jid, passwordEnv, host, port, directTls, noKeychain, screenshot, view, contact, post,
                       community, chat, search, searchOpen, attach, screenshotTimeout, firstFrame, backoff, benchScroll, benchOpenChats, benchMemory, probeGraphics, openExport, passphraseEnv,
                       exportTo});

    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "hearth: %s\n", qPrintable(parser.errorText()));
        *exitCode = 2;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        // (Read before the application exists, which would name itself.)
        std::fputs(qPrintable(parser.helpText().replace(QStringLiteral("<executable_name>"), QStringLiteral("hearth"))), stdout);
        *exitCode = 0;
        return false;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        std::printf("%s %s\n", qPrintable(QCoreApplication::applicationName()), qPrintable(QCoreApplication::applicationVersion()));
        // Then what it runs on, a line each (the first line stays the one scripts read).
        for (const auto &library : Hearth::BuildInfo::libraries())
            std::printf("%s %s (%s)\n", qPrintable(library.name), library.version.isEmpty() ? "-" : qPrintable(library.version),
                        qPrintable(library.licence));
        *exitCode = 0;
        return false;
    }
    for (const QString &argument : parser.positionalArguments()) {
        if (!Hearth::XmppLink::looksLikeLink(argument)) {
            std::fprintf(stderr, "hearth: %s\n", qPrintable(QCoreApplication::translate("CommandLine", "unknown command \"%1\"").arg(argument)));
            *exitCode = 2;
            return false;
        }
        // Read here so a mistake is said where it was typed; the window says it too.
        const Hearth::XmppLink link = Hearth::XmppLink::parse(argument);
        if (!link.isValid())
            std::fprintf(stderr, "hearth: %s: %s\n", qPrintable(argument.left(200)), qPrintable(link.error));
        out->links << argument;
    }
    out->reportLinks = parser.isSet(reportLinks);

    out->profileDir = parser.value(profile);
    out->demo = parser.isSet(demo);
    out->demoDir = parser.value(demoDir);
    out->jid = parser.value(jid);
    out->passwordEnv = parser.value(passwordEnv);
    out->host = parser.value(host);
    out->directTls = parser.isSet(directTls);
    out->noKeychain = parser.isSet(noKeychain);
    out->screenshotFile = parser.value(screenshot);
    out->view = parser.value(view);
    out->contact = parser.value(contact).trimmed().toLower();
    if (!out->contact.isEmpty() && out->view.isEmpty())
        out->view = QStringLiteral("contacts");
    out->post = parser.value(post).trimmed();
    if (!out->post.isEmpty() && out->view.isEmpty())
        out->view = QStringLiteral("feed");
    out->community = parser.value(community).trimmed();
    if (!out->community.isEmpty() && out->view.isEmpty())
        out->view = QStringLiteral("communities");
    out->chat = parser.value(chat).trimmed().toLower();
    if (!out->chat.isEmpty() && out->view.isEmpty())
        out->view = QStringLiteral("chats");
    out->search = parser.value(search);
    out->searchOpen = parser.isSet(searchOpen);
    for (const QString &file : parser.values(attach))
        out->attachments << QUrl::fromLocalFile(QFileInfo(file).absoluteFilePath());
    if (!out->attachments.isEmpty())
        out->view = QStringLiteral("compose");
    out->reportFirstFrame = parser.isSet(firstFrame);
    out->benchScrollPosts = parser.value(benchScroll).toInt();
    out->benchOpenChats = parser.value(benchOpenChats).split(u',', Qt::SkipEmptyParts);
    out->benchMemory = parser.isSet(benchMemory);
    out->probeGraphics = parser.isSet(probeGraphics);
    out->benchMemoryChats = parser.value(benchMemory).split(u',', Qt::SkipEmptyParts);
    out->benchMemoryChats.removeAll(QStringLiteral("-"));
    if (!out->benchOpenChats.isEmpty() && out->view.isEmpty())
        out->view = QStringLiteral("chats");
    bool ok = true;
    if (parser.isSet(port)) {
        out->port = parser.value(port).toInt(&ok);
        if (!ok || out->port <= 0 || out->port > 65535) {
            std::fprintf(stderr, "hearth: %s\n", qPrintable(QCoreApplication::translate("CommandLine", "--port needs a number from 1 to 65535")));
            *exitCode = 2;
            return false;
        }
    }
    out->screenshotTimeoutSeconds = parser.value(screenshotTimeout).toInt(&ok);
    if (!ok || out->screenshotTimeoutSeconds <= 0)
        out->screenshotTimeoutSeconds = 60;
    out->backoffInitialMs = std::max(50, parser.value(backoff).toInt());
    if (!out->view.isEmpty() && !kViews.contains(out->view)) {
        std::fprintf(stderr, "hearth: %s\n", qPrintable(QCoreApplication::translate("CommandLine", "unknown view \"%1\" (one of: %2)").arg(out->view, kViews.join(QStringLiteral(", ")))));
        *exitCode = 2;
        return false;
    }
    if (!out->jid.isEmpty() && out->passwordEnv.isEmpty()) {
        std::fprintf(stderr, "hearth: %s\n", qPrintable(QCoreApplication::translate("CommandLine", "--jid needs --password-env: passwords are never taken on the command line")));
        *exitCode = 2;
        return false;
    }
    out->exportTo = parser.value(exportTo);
    if (!out->exportTo.isEmpty() && out->view.isEmpty())
        out->view = QStringLiteral("settings");
    if (!out->exportTo.isEmpty() && !QFileInfo(out->exportTo).isDir()) {
        std::fprintf(stderr, "hearth: %s\n", qPrintable(QCoreApplication::translate("CommandLine", "--export-to: %1 is not a folder").arg(out->exportTo)));
        *exitCode = 2;
        return false;
    }
    out->importFile = parser.value(importFile);
    out->importRun = parser.isSet(importRun) || parser.isSet(importStage);
    out->importStage = parser.value(importStage);
    out->screenshotScrollTo = parser.value(scrollTo);
    if (!out->importFile.isEmpty() && out->view.isEmpty())
        out->view = QStringLiteral("settings");
    if (!out->importFile.isEmpty() && !QFileInfo(out->importFile).isFile()) {
        std::fprintf(stderr, "hearth: %s\n", qPrintable(QCoreApplication::translate("CommandLine", "--import: %1 is not a file").arg(out->importFile)));
        *exitCode = 2;
        return false;
    }
    out->openExport = parser.value(openExport);
    out->homeProfile = parser.value(homeProfile);
    out->passphraseEnv = parser.value(passphraseEnv);
    if (!out->openExport.isEmpty() && (out->demo || !out->jid.isEmpty() || !out->profileDir.isEmpty())) {
        std::fprintf(stderr, "hearth: %s\n", qPrintable(QCoreApplication::translate("CommandLine", "--open browses an export in a cache of its own: not with --demo, --jid or --profile")));
        *exitCode = 2;
        return false;
    }
    if (!out->openExport.isEmpty() && !QFileInfo(out->openExport).isFile()) {
        std::fprintf(stderr, "hearth: %s\n", qPrintable(QCoreApplication::translate("CommandLine", "--open: %1 is not a file").arg(out->openExport)));
        *exitCode = 2;
        return false;
    }
    if (out->demo && !out->jid.isEmpty()) {
        std::fprintf(stderr, "hearth: %s\n", qPrintable(QCoreApplication::translate("CommandLine", "--demo and --jid cannot be used together")));
        *exitCode = 2;
        return false;
    }
    return true;
}

QStringList CommandLine::withoutQtOptions(int argc, char **argv)
{
    // QGuiApplication's own options (the ones with a value take the next
    // argument too); see QGuiApplication's documentation.
    static const QStringList withValue = {
        QStringLiteral("-platform"), QStringLiteral("-platformpluginpath"), QStringLiteral("-platformtheme"),
        QStringLiteral("-plugin"), QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowicon"),
        QStringLiteral("-qwindowtitle"), QStringLiteral("-session"), QStringLiteral("-style"), QStringLiteral("-stylesheet"),
        QStringLiteral("-display"), QStringLiteral("-geometry"), QStringLiteral("-name"), QStringLiteral("-title"),
        QStringLiteral("-visual"), QStringLiteral("-qmljsdebugger")};
    static const QStringList alone = {QStringLiteral("-reverse"), QStringLiteral("-widgetcount"), QStringLiteral("-nograb"),
                                      QStringLiteral("-dograb"), QStringLiteral("-sync")};
    QStringList out;
    for (int i = 0; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        const QString key = argument.section(u'=', 0, 0);
        if (i > 0 && withValue.contains(key)) {
            if (!argument.contains(u'='))
                ++i;
            continue;
        }
        if (i > 0 && alone.contains(argument))
            continue;
        out << argument;
    }
    return out;
}
