// Hearth's entry point: parses the command line, wires core to the UI and
// starts the QML window (or the demo, or a screenshot run).
#include "Account.h"
#include "AppController.h"
#include "AvatarImageProvider.h"
#include "CommandLine.h"
#include "DemoSession.h"
#include "ExportMediaProvider.h"
#include "QrImageProvider.h"
#include "ExportController.h"
#include "ImportController.h"
#include "ExportViewer.h"
#include "FeedController.h"
#include "PostListModel.h"
#include "Profile.h"
#include "ScreenshotTaker.h"
#include "ChatOpenDriver.h"
#include "MemoryDriver.h"
#include "GraphicsProbe.h"
#include "InstanceHandover.h"
#include "LinkController.h"
#include "LinkReport.h"
#include "SingleInstance.h"
#include "ScrollDriver.h"
#include "SecretStore.h"
#include "SettingsController.h"
#include "Subcommands.h"
#include "e2ee/CryptoSupport.h"
#include "UnixSignals.h"
#include "db/Database.h"
#include "roster/ContactList.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>
#include <QGuiApplication>
#include <QIcon>
#include <QQmlApplicationEngine>
#include <QQmlExtensionPlugin>
#include <QQuickStyle>
#include <QQuickWindow>
#include <cstdio>
#include <memory>

Q_IMPORT_QML_PLUGIN(HearthPlugin)

namespace {
// The profile folder this start uses (--profile, the demo's, or the
// platform's default); the export browser's is made later.
QString resolvedProfileDirectory(const CommandLine &cli)
{
    if (cli.profileDir.isEmpty() && cli.demo)
        return (cli.demoDir.isEmpty() ? DemoSession::defaultDirectory() : cli.demoDir) + QStringLiteral("/profile");
    return Hearth::Profile(cli.profileDir).directory();
}

} // namespace

int main(int argc, char *argv[])
{
    failWritesPastFileSizeLimits();
    // Where a package keeps QCA's provider (OMEMO's cryptography).
    Hearth::CryptoSupport::addPackagedPluginPath();
    // hearth sync|feed|post|comment|like: no window, no display needed.
    {
        QStringList arguments;
        for (int i = 0; i < argc; ++i)
            arguments << QString::fromLocal8Bit(argv[i]);
        if (Subcommands::isSubcommand(arguments)) {
            QCoreApplication core(argc, argv);
            QCoreApplication::setApplicationName(QStringLiteral("hearth"));
            QCoreApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));
            return Subcommands::run(QCoreApplication::arguments());
        }
    }

    QElapsedTimer sinceStart;
    sinceStart.start();

    // The arguments are read before the GUI application exists: --help,
    // --version and mistakes need no display (creating one without it
    // aborts).
    QCoreApplication::setApplicationName(QStringLiteral("hearth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HEARTH_VERSION));
    CommandLine cli;
    {
        int exitCode = 0;
        if (!CommandLine::parse(CommandLine::withoutQtOptions(argc, argv), &cli, &exitCode))
            return exitCode;
    }

    // One Hearth per profile: a later start hands its arguments (links,
    // views) to the running window and quits, before opening a display.
    const QString profileDir = resolvedProfileDirectory(cli);
    std::unique_ptr<Hearth::SingleInstance> instance;
    if (!isSeparateRun(cli)) {
        instance = std::make_unique<Hearth::SingleInstance>(profileDir);
        QStringList arguments = CommandLine::withoutQtOptions(argc, argv);
        arguments.removeFirst();
        switch (instance->handOver(arguments)) {
        case Hearth::SingleInstance::Outcome::HandedOver:
            std::printf("%s\n", qPrintable(QCoreApplication::translate("main", "Hearth is already running on this profile: its window has come forward.")));
            return 0;
        case Hearth::SingleInstance::Outcome::Failed:
            std::fprintf(stderr, "hearth: %s\n", qPrintable(instance->error()));
            return 1;
        case Hearth::SingleInstance::Outcome::NoneRunning:
            break;
        }
    }

    QGuiApplication app(argc, argv);
    if (cli.probeGraphics)
        return runGraphicsProbe();
    if (instance)
        (void)instance->listen(); // without it this window still works; later starts open their own
    QGuiApplication::setApplicationDisplayName(QStringLiteral("Hearth"));
    QGuiApplication::setDesktopFileName(QStringLiteral("im.hearth.Hearth"));
    QGuiApplication::setWindowIcon(QIcon(QStringLiteral(":/qt/qml/Hearth/icons/hearth.svg")));
    quitOnTerminationSignals();

    // An export is browsed in a cache of its own, removed on exit.
    std::unique_ptr<QTemporaryDir> viewerDir;
    if (!cli.openExport.isEmpty())
        viewerDir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/hearth-export-view-XXXXXX"));
    if (cli.demo)
        DemoSession::prepareDirectory(cli.demoDir);
    const Hearth::Profile profile(viewerDir ? viewerDir->path() : profileDir);
    if (!profile.ensureExists()) {
        std::fprintf(stderr, "hearth: cannot create the profile folder %s\n", qPrintable(profile.directory()));
        return 1;
    }

    Hearth::Database database;
    (void)database.open(profile.databasePath()); // jobs queue behind it; errors reach the banner
    // The demo and --no-keychain ask explicitly for memory-only passwords.
    Hearth::SecretStore secrets(cli.demo || cli.noKeychain ? Hearth::SecretStore::Backend::MemoryOnly
                                                           : Hearth::SecretStore::Backend::Keychain);
    SettingsController settings(profile.settingsPath());
    settings.applyLanguage();
    SettingsController::setInstance(&settings);
    settings.applyGraphics();
    AppController controller({&database, &secrets, profile.settingsPath(), profile.cacheDirectory()});
    AppController::setInstance(&controller);
    controller.exportViewer()->setProfileDirectory(cli.openExport.isEmpty() ? profileDir : cli.homeProfile);
    controller.setStartView(cli.view);
    controller.setStartContact(cli.contact);
    controller.setStartPost(cli.post);
    controller.setStartCommunity(cli.community);
    controller.setStartChat(cli.chat);
    controller.setStartSearch(cli.search, cli.searchOpen);
    controller.setStartAttachments(cli.attachments);
    controller.setBackoff(cli.backoffInitialMs, 60000);

    // Close the session before owned servers stop, so quitting is not a drop.
    QObject::connect(&app, &QCoreApplication::aboutToQuit, &controller, [&controller] {
        controller.feed()->markVisited(); // the unread boundary for next time
        controller.dataImport()->cancel(); // steps cut off by quitting are tried again, not noted as failed
        controller.account()->disconnectFromServer();
    });

    std::unique_ptr<DemoSession> demo;
    if (cli.demo) {
        demo = std::make_unique<DemoSession>(cli.demoDir);
        QString error;
        if (!demo->start(&error)) {
            std::fprintf(stderr, "hearth: the demo server did not start: %s\n", qPrintable(error));
            return 1;
        }
        QObject::connect(demo.get(), &DemoSession::ready, &controller, [&controller, &demo] {
            controller.loginWith(demo->demoAccount(), demo->demoPassword());
        });
        QObject::connect(demo.get(), &DemoSession::failed, &app, [](const QString &error) {
            std::fprintf(stderr, "hearth: preparing the demo failed: %s\n", qPrintable(error));
            QCoreApplication::exit(1);
        });
    } else if (!cli.jid.isEmpty()) {
        const QString password = qEnvironmentVariable(qPrintable(cli.passwordEnv));
        if (password.isEmpty()) {
            std::fprintf(stderr, "hearth: the environment variable %s is empty\n", qPrintable(cli.passwordEnv));
            return 2;
        }
        Hearth::AccountSettings account;
        account.jid = cli.jid;
        account.host = cli.host;
        account.port = quint16(cli.port);
        account.security = cli.directTls ? Hearth::AccountSettings::Security::DirectTls
                                         : Hearth::AccountSettings::Security::StartTls;
        controller.loginWith(account, password);
    } else if (!cli.openExport.isEmpty()) {
        controller.openExport(cli.openExport, cli.passphraseEnv.isEmpty() ? QString() : qEnvironmentVariable(qPrintable(cli.passphraseEnv)));
    } else {
        controller.start();
    }

    // --export-to: the export Settings → Your data starts, once online.
    if (!cli.exportTo.isEmpty()) {
        auto started = std::make_shared<bool>(false);
        QObject::connect(&controller, &AppController::connectionChanged, &controller, [&controller, &cli, started] {
            if (*started || controller.connectionState() != Hearth::Connection::State::Online)
                return;
            *started = true;
            controller.dataExport()->start(QUrl::fromLocalFile(QFileInfo(cli.exportTo).absoluteFilePath()), {});
        });
    }
    // --import: Settings → Your data → Import with the file, once online.
    if (!cli.importFile.isEmpty()) {
        auto chosen = std::make_shared<bool>(false);
        QObject::connect(&controller, &AppController::connectionChanged, &controller, [&controller, &cli, chosen] {
            if (*chosen || controller.connectionState() != Hearth::Connection::State::Online)
                return;
            *chosen = true;
            controller.dataImport()->choose(QUrl::fromLocalFile(QFileInfo(cli.importFile).absoluteFilePath()));
        });
        if (cli.importRun) {
            auto started = std::make_shared<bool>(false);
            QObject::connect(controller.dataImport(), &ImportController::changed, &controller, [&controller, started] {
                if (*started || controller.dataImport()->phase() != ImportController::Phase::Ready)
                    return;
                *started = true;
                controller.dataImport()->start();
            });
        }
    }
    if (qEnvironmentVariableIsEmpty("QT_QUICK_CONTROLS_STYLE"))
        QQuickStyle::setStyle(QStringLiteral("Material"));
    QQmlApplicationEngine engine;
    settings.setEngine(&engine);
    engine.addImportPath(QStringLiteral("qrc:/qt/qml"));
    engine.addImageProvider(QStringLiteral("avatar"), new AvatarImageProvider(profile.cacheDirectory() + QStringLiteral("/avatars")));
    engine.addImageProvider(QStringLiteral("exportmedia"), new ExportMediaProvider(controller.exportViewer()->mediaSource()));
    engine.addImageProvider(QStringLiteral("qr"), new QrImageProvider);
    // Qt 6.4 has no loadFromModule: load the module's resource path.
    engine.load(QUrl(QStringLiteral("qrc:/qt/qml/Hearth/Main.qml")));
    if (engine.rootObjects().isEmpty()) {
        std::fprintf(stderr, "hearth: the user interface could not be loaded\n");
        return 1;
    }
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    // Screenshots of long pages: HEARTH_WINDOW_SIZE=WIDTHxHEIGHT.
    if (const QStringList size = qEnvironmentVariable("HEARTH_WINDOW_SIZE").split(u'x'); window && size.size() == 2
        && size.at(0).toInt() > 0 && size.at(1).toInt() > 0)
        window->resize(size.at(0).toInt(), size.at(1).toInt());
    // Links: this start's own, then what later starts hand over.
    LinkController *links = controller.links();
    for (const QString &uri : std::as_const(cli.links))
        links->open(uri);
    openLinksFromOpenEvents(&app, links);
    if (instance) {
        QObject::connect(instance.get(), &Hearth::SingleInstance::received, links,
                         [links](const QStringList &arguments, const QString &workingDirectory) {
                             applyHandedOverArguments(links, arguments, workingDirectory);
                         });
    }
    if (window) {
        QObject::connect(links, &LinkController::raiseRequested, window, [window] {
            if (window->visibility() == QWindow::Minimized || !window->isVisible())
                window->showNormal();
            window->raise();
            window->requestActivate();
        });
    }
    if (cli.reportLinks && window)
        reportShownLinks(&controller, window);
    // Once the window is up, and only now and then: what OpenGL is here.
    probeGraphicsLater(&settings, &app, 1000);

    std::unique_ptr<ScreenshotTaker> screenshot;
    if (!cli.screenshotFile.isEmpty() && window)
        screenshot = std::make_unique<ScreenshotTaker>(window, &controller, cli.screenshotFile,
                                                       cli.view.isEmpty() ? QStringLiteral("feed") : cli.view,
                                                       cli.screenshotTimeoutSeconds);
    if (screenshot)
        screenshot->setWaitForExport(!cli.exportTo.isEmpty());
    if (screenshot)
        screenshot->setScrollTo(cli.screenshotScrollTo);
    if (screenshot && !cli.importFile.isEmpty())
        screenshot->setWaitForImport(cli.importRun ? ImportController::Phase::Done : ImportController::Phase::Ready);
    if (screenshot && !cli.importStage.isEmpty())
        screenshot->captureImportAt(cli.importStage);
    if (cli.reportFirstFrame && window) {
        const bool feedFirst = cli.view.isEmpty() || cli.view == QLatin1String("feed");
        auto seen = std::make_shared<bool>(false);
        QObject::connect(window, &QQuickWindow::frameSwapped, &app, [&controller, &sinceStart, window, feedFirst, seen] {
            // The main window with its data: the cached contacts are read,
            // and on the feed its first page of posts.
            if (controller.phase() != AppController::Phase::Ready || !controller.contactList()->isLoaded()
                || (feedFirst && !controller.feed()->feed()->hasFirstPage()))
                return;
            // The data came in after this frame was drawn: the next one shows it.
            if (!*seen) {
                *seen = true;
                window->update();
                return;
            }
            std::printf("first-frame-ms %lld\n", static_cast<long long>(sinceStart.elapsed()));
            std::fflush(stdout);
            // Benchmarks may let the window settle (avatars decoding) before
            // reading its memory.
            const int settleMs = qEnvironmentVariableIntValue("HEARTH_REPORT_SETTLE_MS");
            QTimer::singleShot(std::clamp(settleMs, 0, 10000), qApp, [] { QCoreApplication::exit(0); });
        }, Qt::QueuedConnection);
    }
    std::unique_ptr<ChatOpenDriver> chatOpener;
    if (!cli.benchOpenChats.isEmpty() && window)
        chatOpener = std::make_unique<ChatOpenDriver>(window, &controller, cli.benchOpenChats);
    std::unique_ptr<MemoryDriver> memoryDriver;
    if (cli.benchMemory && window)
        memoryDriver = std::make_unique<MemoryDriver>(window, &controller, cli.benchMemoryChats,
                                                      QDateTime::currentMSecsSinceEpoch() - sinceStart.elapsed());
    std::unique_ptr<ScrollDriver> scroller;
    if (cli.benchScrollPosts > 0 && window)
        scroller = std::make_unique<ScrollDriver>(window, cli.benchScrollPosts);
    return QGuiApplication::exec();
}
