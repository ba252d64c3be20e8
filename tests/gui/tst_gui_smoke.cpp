// The real hearth binary, offscreen, logs into a private Prosody and saves
// screenshots of its views into the build tree; a blank window fails.
#include "db/Database.h"
#include "support/ProsodyServer.h"
#include "support/TestUtils.h"

#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
const QString kScreenshots = QStringLiteral(HEARTH_SCREENSHOT_DIR);

// Not blank: many colours, and a fair share of pixels unlike the background.
void verifyNotBlank(const QString &path)
{
    QImage image(path);
    QVERIFY2(!image.isNull(), qPrintable(u"cannot read "_s + path));
    QVERIFY(image.width() >= 600 && image.height() >= 400);
    image = image.convertToFormat(QImage::Format_RGB32);
    const QRgb background = image.pixel(image.width() - 2, image.height() - 2);
    QSet<QRgb> colours;
    qint64 different = 0;
    for (int y = 0; y < image.height(); y += 2) {
        for (int x = 0; x < image.width(); x += 2) {
            const QRgb pixel = image.pixel(x, y);
            colours.insert(pixel);
            if (pixel != background)
                ++different;
        }
    }
    const double share = double(different) / (double(image.width() / 2) * (image.height() / 2));
    QVERIFY2(colours.size() > 30, qPrintable(u"only %1 colours in %2"_s.arg(colours.size()).arg(path)));
    QVERIFY2(share > 0.01, qPrintable(u"%1: %2 % of the window differs from its background"_s.arg(path).arg(share * 100)));
}

// QML warnings in the app's output: a console message ("qml: ", "js: ") or
// an engine warning naming a QML file and line (binding loops, type errors,
// undefined properties). Any one fails the run.
QStringList qmlWarnings(const QString &output)
{
    static const QRegularExpression warning(u"^(qml|js): |\\.qml:\\d+"_s);
    QStringList found;
    for (const QString &line : output.split(u'\n')) {
        if (warning.match(line).hasMatch())
            found << line;
    }
    return found;
}

int runHearth(const QStringList &arguments, const QProcessEnvironment &env, QString *output)
{
    QProcess hearth;
    QProcessEnvironment childEnv = env;
    // Under Xvfb (DISPLAY set) the real xcb platform; else offscreen.
    if (!childEnv.contains(u"QT_QPA_PLATFORM"_s) && !childEnv.contains(u"DISPLAY"_s)) {
        childEnv.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        childEnv.insert(u"QT_QUICK_BACKEND"_s, u"software"_s);
    }
    childEnv.insert(u"QT_MESSAGE_PATTERN"_s, u"%{if-category}%{category}: %{endif}%{message}"_s);
    hearth.setProcessEnvironment(childEnv);
    hearth.setProcessChannelMode(QProcess::MergedChannels);
    hearth.start(QStringLiteral(HEARTH_BINARY), arguments);
    if (!hearth.waitForFinished(90000)) {
        hearth.kill();
        hearth.waitForFinished();
        *output = QString::fromUtf8(hearth.readAll());
        return -1;
    }
    *output = QString::fromUtf8(hearth.readAll());
    const QStringList warnings = qmlWarnings(*output);
    if (!warnings.isEmpty()) {
        QTest::qFail(qPrintable(u"QML warnings:\n"_s + warnings.join(u'\n')), __FILE__, __LINE__);
        return -3;
    }
    return hearth.exitStatus() == QProcess::NormalExit ? hearth.exitCode() : -2;
}
} // namespace

class TestGuiSmoke : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(QDir().mkpath(kScreenshots)); }

    void loginPage()
    {
        QTemporaryDir profile;
        const QString file = kScreenshots + u"/login.png"_s;
        QFile::remove(file);
        QString output;
        const int code = runHearth({u"--profile"_s, profile.path(), u"--no-keychain"_s, u"--view"_s, u"login"_s,
                                    u"--screenshot"_s, file},
                                   QProcessEnvironment::systemEnvironment(), &output);
        QVERIFY2(code == 0, qPrintable(output));
        verifyNotBlank(file);
    }

    // The demo: its own Prosody, seeded accounts, logged in; quitting stops
    // the server. The second start reuses the seeded data.
    void demoStartsSeedsAndStopsItsServer()
    {
        QTemporaryDir demoDir;
        for (int run = 1; run <= 2; ++run) {
            const QString file = kScreenshots + u"/demo-profile.png"_s;
            QFile::remove(file);
            QString output;
            const int code = runHearth({u"--demo"_s, u"--demo-dir"_s, demoDir.path(), u"--view"_s, u"profile"_s,
                                        u"--screenshot"_s, file},
                                       QProcessEnvironment::systemEnvironment(), &output);
            QVERIFY2(code == 0, qPrintable(output));
            verifyNotBlank(file);
            for (const char *user : {"demo", "alice", "bob", "carol", "dave", "erin", "elif", "spammer"})
                QVERIFY2(QFile::exists(demoDir.filePath(u"server/data/localhost/accounts/"_s + QLatin1String(user) + u".dat"_s)), user);
            QFile pidFile(demoDir.filePath(u"server/prosody.pid"_s));
            if (pidFile.open(QIODevice::ReadOnly)) {
                const QByteArray pid = pidFile.readAll().trimmed();
                QVERIFY(!pid.isEmpty());
                QVERIFY2(!QFile::exists(u"/proc/"_s + QString::fromLatin1(pid)), "the demo's Prosody still runs");
            }
            QVERIFY(QFile::exists(demoDir.filePath(u"seeded-v13"_s)));
            QCOMPARE(output.contains(u"seeded"_s), run == 1);
        }
        // A contact's profile page (vCard4 and posts), the feed, a post
        // with its comments and likes, and the composer, on the seeded demo.
        const QList<std::pair<QString, QStringList>> shots = {
            {u"demo-contact"_s, {u"--contact"_s, u"alice@localhost"_s}},
            {u"demo-feed"_s, {u"--view"_s, u"feed"_s}},
            {u"demo-post"_s, {u"--post"_s, u"xmpp:alice@localhost?;node=urn:xmpp:microblog:0;item=sourdough-starter-day-five"_s}},
            {u"demo-chats"_s, {u"--view"_s, u"chats"_s}},
            {u"demo-chat"_s, {u"--chat"_s, u"alice@localhost"_s}},
            {u"demo-room"_s, {u"--chat"_s, u"climbing@muc.localhost"_s}},
            {u"demo-composer"_s, {u"--attach"_s, QStringLiteral(HEARTH_SOURCE_DIR "/resources/demo-pictures/saturn.jpg")}},
            {u"demo-communities"_s, {u"--view"_s, u"communities"_s}},
            {u"demo-discover"_s, {u"--view"_s, u"discover"_s}},
            {u"demo-community"_s, {u"--community"_s, u"xmpp:pubsub.localhost?;node=climbing-in-lyon"_s}},
            {u"demo-gallery"_s, {u"--community"_s, u"xmpp:pubsub.localhost?;node=fjord-light"_s}},
            {u"demo-settings"_s, {u"--view"_s, u"settings"_s}},
            // Search everywhere, its first hit (a room message) opened: the
            // conversation at the message, tinted.
            {u"demo-search-hit"_s, {u"--search"_s, u"helmets"_s, u"--search-open"_s}},
        };
        for (const auto &[name, args] : shots) {
            const QString file = kScreenshots + u"/"_s + name + u".png"_s;
            QString output;
            const int code = runHearth(QStringList{u"--demo"_s, u"--demo-dir"_s, demoDir.path(), u"--screenshot"_s, file} + args,
                                       QProcessEnvironment::systemEnvironment(), &output);
            QVERIFY2(code == 0, qPrintable(output));
            verifyNotBlank(file);
            if (name == u"demo-search-hit"_s) {
                QVERIFY2(output.contains(u"showing chat climbing@muc.localhost"_s), qPrintable(output));
                QVERIFY2(output.contains(u"hearth: revealed messages: 1 shown"_s), qPrintable(output));
            }
            // The feed's pictures were in before the picture was taken.
            if (name == u"demo-feed"_s) {
                static const QRegularExpression pictures(u"pictures: (\\d+) shown, (\\d+) loading"_s);
                const auto match = pictures.match(output);
                QVERIFY2(match.hasMatch() && match.captured(1).toInt() >= 2 && match.captured(2).toInt() == 0, qPrintable(output));
                // …and so were the posts (the demo feed fills the window).
                static const QRegularExpression posts(u"posts: (\\d+) shown"_s);
                const auto shown = posts.match(output);
                QVERIFY2(shown.hasMatch() && shown.captured(1).toInt() >= 2, qPrintable(output));
            }
            // Communities: the demo user's three (followed, owned), the
            // server's five, a community's posts, a gallery's pictures.
            static const QRegularExpression communities(u"communities: (\\d+) shown"_s);
            static const QRegularExpression posts(u"posts: (\\d+) shown"_s);
            static const QRegularExpression pictures(u"pictures: (\\d+) shown, (\\d+) loading"_s);
            if (name == u"demo-communities"_s)
                QVERIFY2(communities.match(output).captured(1).toInt() == 3, qPrintable(output));
            if (name == u"demo-discover"_s)
                QVERIFY2(communities.match(output).captured(1).toInt() == 5, qPrintable(output));
            if (name == u"demo-community"_s)
                QVERIFY2(posts.match(output).captured(1).toInt() == 2, qPrintable(output));
            if (name == u"demo-gallery"_s)
                QVERIFY2(pictures.match(output).captured(2).toInt() == 0 && pictures.match(output).captured(1).toInt() >= 3,
                         qPrintable(output));
            // The post page found the seeded post in the cache.
            if (name == u"demo-post"_s)
                QVERIFY2(output.contains(u"showing post "_s + args.constLast()), qPrintable(output));
            // The conversation's messages came from the archive into the cache.
            if (name == u"demo-chat"_s) {
                static const QRegularExpression shown(u"the conversation with alice@localhost shows (\\d+) messages"_s);
                const auto match = shown.match(output);
                QVERIFY2(match.hasMatch() && match.captured(1).toInt() >= 4, qPrintable(output));
            }
            // The demo room, joined through its autojoin bookmark, with its history from the room's archive.
            if (name == u"demo-room"_s) {
                static const QRegularExpression shown(u"the conversation with climbing@muc.localhost shows (\\d+) messages"_s);
                const auto match = shown.match(output);
                QVERIFY2(match.hasMatch() && match.captured(1).toInt() >= 6, qPrintable(output));
            }
        }
    }

    // Issue 15: the demo account exported (from its cache, offline) and the
    // export browsed with hearth --open: the feed, a conversation, the
    // communities, and a sealed export that asks for its passphrase.
    void exportBrowsedOffline()
    {
        QTemporaryDir demoDir, exports;
        QString output;
        // The demo's cache: its chats caught up, then its feed synced.
        for (const QString &view : {u"chats"_s, u"feed"_s}) {
            QVERIFY2(runHearth({u"--demo"_s, u"--demo-dir"_s, demoDir.path(), u"--view"_s, view, u"--screenshot"_s,
                                exports.filePath(u"seed.png"_s)},
                               QProcessEnvironment::systemEnvironment(), &output)
                         == 0,
                     qPrintable(output));
        }
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HEARTH_TEST_PASSPHRASE"_s, u"demo passphrase"_s);
        const QString plain = exports.filePath(u"demo.xmpp-export.zip"_s);
        const QString sealed = exports.filePath(u"sealed.xmpp-export.zip"_s);
        QVERIFY2(runHearth({u"export"_s, u"--profile"_s, demoDir.filePath(u"profile"_s), u"--offline"_s, u"--output"_s, plain}, env, &output) == 0,
                 qPrintable(output));
        QVERIFY2(runHearth({u"export"_s, u"--profile"_s, demoDir.filePath(u"profile"_s), u"--offline"_s, u"--passphrase-env"_s,
                            u"HEARTH_TEST_PASSPHRASE"_s, u"--output"_s, sealed},
                           env, &output)
                     == 0,
                 qPrintable(output));
        static const QRegularExpression posts(u"posts: (\\d+) shown"_s);
        static const QRegularExpression communities(u"communities: (\\d+) shown"_s);
        static const QRegularExpression searchHits(u"search: (\\d+) hits shown"_s);
        static const QRegularExpression messages(u"the conversation with alice@localhost shows (\\d+) messages"_s);
        const QList<std::pair<QString, QStringList>> shots = {
            {u"export-feed"_s, {u"--view"_s, u"feed"_s}},
            {u"export-chat"_s, {u"--chat"_s, u"alice@localhost"_s}},
            {u"export-communities"_s, {u"--view"_s, u"communities"_s}},
            // Full-text search over the export (Ctrl+K).
            {u"export-search"_s, {u"--search"_s, u"the"_s}},
        };
        for (const auto &[name, args] : shots) {
            const QString file = kScreenshots + u"/"_s + name + u".png"_s;
            QVERIFY2(runHearth(QStringList{u"--open"_s, plain, u"--screenshot"_s, file} + args, env, &output) == 0, qPrintable(output));
            verifyNotBlank(file);
            QVERIFY2(output.contains(u"An export of demo@localhost"_s), qPrintable(output));
            if (name == u"export-feed"_s)
                QVERIFY2(posts.match(output).captured(1).toInt() >= 2, qPrintable(output));
            if (name == u"export-chat"_s)
                QVERIFY2(messages.match(output).captured(1).toInt() >= 4, qPrintable(output));
            if (name == u"export-communities"_s)
                QVERIFY2(communities.match(output).captured(1).toInt() == 3, qPrintable(output));
            if (name == u"export-search"_s)
                QVERIFY2(searchHits.match(output).captured(1).toInt() >= 5, qPrintable(output));
        }
        // Settings → Your data exporting (--export-to): the progress bar and where it was saved.
        {
            QTemporaryDir target;
            const QString file = kScreenshots + u"/demo-export-progress.png"_s;
            QVERIFY2(runHearth({u"--demo"_s, u"--demo-dir"_s, demoDir.path(), u"--export-to"_s, target.path(), u"--screenshot"_s, file}, env,
                               &output)
                         == 0,
                     qPrintable(output));
            verifyNotBlank(file);
            QVERIFY2(output.contains(u"export saved as "_s + target.path()), qPrintable(output));
            const QStringList written = QDir(target.path()).entryList({u"*.xmpp-export.zip"_s});
            QCOMPARE(written.size(), 1);
            QVERIFY(written.constFirst().startsWith(u"demo@localhost_"_s));
        }
        // Sealed: with the passphrase it opens; without, the window asks.
        const QString file = kScreenshots + u"/export-sealed.png"_s;
        QVERIFY2(runHearth({u"--open"_s, sealed, u"--passphrase-env"_s, u"HEARTH_TEST_PASSPHRASE"_s, u"--screenshot"_s, file}, env, &output) == 0,
                 qPrintable(output));
        QVERIFY2(posts.match(output).captured(1).toInt() >= 2, qPrintable(output));
        const QString asking = kScreenshots + u"/export-passphrase.png"_s;
        const int code = runHearth({u"--open"_s, sealed, u"--screenshot"_s, asking, u"--screenshot-timeout"_s, u"5"_s}, env, &output);
        QCOMPARE(code, 3); // it waits for the passphrase: the picture shows the question
        verifyNotBlank(asking);

        // Issue 16: Settings → Your data → Import with the demo's own export
        // (a restore): the preview before anything is written; the progress
        // (the picture taken as the posts start, which ends that run: the
        // next goes on where it stopped); then the report.
        static const QRegularExpression importShown(u"import: (\\d+) preview lines, (\\d+) stage lines, (\\d+) report lines shown; (.*)"_s);
        const QString preview = kScreenshots + u"/demo-import-preview.png"_s;
        QVERIFY2(runHearth({u"--demo"_s, u"--demo-dir"_s, demoDir.path(), u"--import"_s, plain, u"--screenshot"_s, preview}, env, &output) == 0,
                 qPrintable(output));
        verifyNotBlank(preview);
        auto shown = importShown.match(output);
        QVERIFY2(shown.hasMatch() && shown.captured(1).toInt() >= 6 && shown.captured(2).toInt() == 0 && shown.captured(3).toInt() == 0,
                 qPrintable(output));
        const QString progress = kScreenshots + u"/demo-import-progress.png"_s;
        QVERIFY2(runHearth({u"--demo"_s, u"--demo-dir"_s, demoDir.path(), u"--import"_s, plain, u"--import-stage"_s, u"posts"_s, u"--screenshot"_s,
                            progress},
                           env, &output)
                     == 0,
                 qPrintable(output));
        verifyNotBlank(progress);
        shown = importShown.match(output);
        QVERIFY2(shown.hasMatch() && shown.captured(1).toInt() == 0 && shown.captured(2).toInt() >= 5 && shown.captured(3).toInt() == 0,
                 qPrintable(output));
        const QString report = kScreenshots + u"/demo-import-report.png"_s;
        QVERIFY2(runHearth({u"--demo"_s, u"--demo-dir"_s, demoDir.path(), u"--import"_s, plain, u"--import-run"_s, u"--screenshot"_s, report}, env,
                           &output)
                     == 0,
                 qPrintable(output));
        verifyNotBlank(report);
        shown = importShown.match(output);
        QVERIFY2(shown.hasMatch() && shown.captured(3).toInt() >= 5 && shown.captured(4).startsWith(u"Imported: "_s), qPrintable(output));
    }

    // A cache written by a newer Hearth: the login page says so, with its
    // path, and the app writes nothing to it, not even on quit.
    void refusedCacheIsShownAndLeftAlone()
    {
        QTemporaryDir profile;
        const QString path = profile.filePath(u"hearth.sqlite"_s);
        {
            Hearth::Database db;
            QVERIFY(Hearth::Test::waitFor(db.open(path)));
            QVERIFY(Hearth::Test::waitFor(db.execute(u"PRAGMA user_version = 999"_s, {})));
        }
        const auto hash = [&path] {
            QFile file(path);
            return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) : QByteArray();
        };
        const QByteArray before = hash();
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HEARTH_TEXT_AUDIT"_s, u"newer version of Hearth"_s);
        QString output;
        const QString file = kScreenshots + u"/refused-cache.png"_s;
        const int code = runHearth({u"--profile"_s, profile.path(), u"--no-keychain"_s, u"--view"_s, u"login"_s,
                                    u"--screenshot"_s, file},
                                   env, &output);
        QVERIFY2(code == 0, qPrintable(output));
        QVERIFY2(output.contains(path), qPrintable(output));
        static const QRegularExpression shown(u"text audit: (\\d+) shown literally"_s);
        const auto match = shown.match(output);
        QVERIFY2(match.hasMatch() && match.captured(1).toInt() >= 1, qPrintable(output)); // on the page
        QCOMPARE(hash(), before);
    }

    void mainWindowLoggedIn_data()
    {
        QTest::addColumn<QString>("view");
        QTest::newRow("feed") << u"feed"_s;
        QTest::newRow("contacts") << u"contacts"_s;
        QTest::newRow("profile") << u"profile"_s;
        QTest::newRow("settings") << u"settings"_s;
    }

    void mainWindowLoggedIn()
    {
        QFETCH(QString, view);
        Hearth::Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        const auto user = server.createUser(u"gui"_s);
        QTemporaryDir profile;
        const QString file = kScreenshots + u"/main-"_s + view + u".png"_s;
        QFile::remove(file);
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(u"HEARTH_TEST_PASSWORD"_s, user.password);
        QString output;
        const int code = runHearth({u"--profile"_s, profile.path(), u"--no-keychain"_s, u"--jid"_s, user.jid,
                                    u"--password-env"_s, u"HEARTH_TEST_PASSWORD"_s, u"--host"_s, server.host(),
                                    u"--port"_s, QString::number(server.port()), u"--view"_s, view,
                                    u"--screenshot"_s, file, u"--screenshot-timeout"_s, u"30"_s},
                                   env, &output);
        QVERIFY2(code == 0, qPrintable(output));
        verifyNotBlank(file);
    }
};

QTEST_GUILESS_MAIN(TestGuiSmoke)
#include "tst_gui_smoke.moc"
