#include "QrCode.h"
#include "Subcommands.h"

#include "Await.h"
#include "CommunityCommands.h"
#include "EncryptionCommand.h"
#include "ExportCommand.h"
#include "ImportCommand.h"
#include "import/AccountImporter.h"
#include "SearchCommand.h"

#include "Account.h"
#include "AccountSession.h"
#include "AccountStore.h"
#include "Profile.h"
#include "SecretStore.h"
#include "db/Database.h"
#include "feed/Authorship.h"
#include "feed/FeedSync.h"
#include "upload/FileUpload.h"
#include "upload/UploadService.h"
#include "roster/ContactList.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>
#include <cstdio>
#include <tuple>

using namespace Hearth;

namespace {
const QStringList kCommands = {QStringLiteral("sync"), QStringLiteral("feed"), QStringLiteral("post"), QStringLiteral("comment"),
                               QStringLiteral("like"), QStringLiteral("check"), QStringLiteral("communities"),
                               QStringLiteral("follow"), QStringLiteral("unfollow"), QStringLiteral("export"), QStringLiteral("import"), QStringLiteral("move"),
                               QStringLiteral("search"), QStringLiteral("encryption")};

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Subcommands", text, nullptr, n);
}

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "hearth: %s\n", qPrintable(message));
    return code;
}

template<typename Predicate>
bool awaitUntil(Predicate done, int timeoutMs = 60000)
{
    return Await::until(done, timeoutMs);
}

template<typename T>
bool await(QFuture<T> future, int timeoutMs = 60000)
{
    return Await::finished(future, timeoutMs);
}

QJsonObject toJson(const Post &p)
{
    QJsonArray tags, links;
    for (const QString &tag : p.tags)
        tags << tag;
    for (const PostLink &l : p.links)
        links << QJsonObject{{QStringLiteral("rel"), l.rel}, {QStringLiteral("href"), l.href}, {QStringLiteral("type"), l.type},
                             {QStringLiteral("title"), l.title}};
    QJsonObject o{{QStringLiteral("uri"), p.uri().toString()},
                  {QStringLiteral("title"), p.title},
                  {QStringLiteral("author"), p.authorJid},
                  {QStringLiteral("verified"), p.verified},
                  {QStringLiteral("pending"), p.pending},
                  {QStringLiteral("published"), p.published.toString(Qt::ISODate)},
                  {QStringLiteral("updated"), p.updated.toString(Qt::ISODate)}};
    // Who the entry claims wrote it, when the server says someone else did.
    if (Authorship::claimsSomeoneElse(p))
        o.insert(QStringLiteral("claimedAuthor"), p.claimedAuthor);
    if (!p.isComment()) {
        o.insert(QStringLiteral("countsKnown"), p.countsKnown);
        o.insert(QStringLiteral("text"), p.text);
        o.insert(QStringLiteral("html"), p.html);
        o.insert(QStringLiteral("tags"), tags);
        o.insert(QStringLiteral("links"), links);
        if (p.comments.isValid())
            o.insert(QStringLiteral("commentsNode"), p.comments.toString());
        if (p.inReplyTo.isValid())
            o.insert(QStringLiteral("inReplyTo"), p.inReplyTo.toString());
    }
    return o;
}

struct Session
{
    Database db;
    SecretStore secrets;
    // The key sealing the OMEMO private keys comes from the keychain even
    // when the password comes from the environment (--password-env): the
    // app sealed them there. No keychain: they stay as they are stored.
    SecretStore keychain{SecretStore::Backend::Keychain};
    AccountSession session{&db};
    Account &account = *session.account();
    ContactList &contacts = *session.contacts();
    FeedSync &feed = *session.feed();
    AccountRecord record;

    explicit Session(SecretStore::Backend backend)
        : secrets(backend)
    {
        session.e2ee()->setSecrets(&keychain);
    }
};
} // namespace

namespace Subcommands {

bool isSubcommand(const QStringList &arguments)
{
    return arguments.size() > 1 && kCommands.contains(arguments.at(1));
}

int run(const QStringList &arguments)
{
    const QString command = arguments.at(1);
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Hearth %1: scriptable access to the feed.").arg(command));
    parser.addHelpOption();
    const QCommandLineOption profileOption(QStringLiteral("profile"), tr("Use the profile in <folder>."), QStringLiteral("folder"));
    const QCommandLineOption jidOption(QStringLiteral("jid"), tr("Use the account <address> (else the profile's saved one)."),
                                       QStringLiteral("address"));
    const QCommandLineOption passwordEnvOption(QStringLiteral("password-env"),
                                               tr("Read the password from the environment variable <name>, not the keychain."),
                                               QStringLiteral("name"));
    const QCommandLineOption hostOption(QStringLiteral("host"), tr("Connect to <host>."), QStringLiteral("host"));
    const QCommandLineOption portOption(QStringLiteral("port"), tr("Connect to <port>."), QStringLiteral("port"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), tr("Print JSON."));
    const QCommandLineOption limitOption(QStringLiteral("limit"), tr("At most <n> posts (default 50)."), QStringLiteral("n"), QStringLiteral("50"));
    const QCommandLineOption titleOption(QStringLiteral("title"), tr("The post's title."), QStringLiteral("text"));
    const QCommandLineOption bodyOption(QStringLiteral("body-file"), tr("The post's Markdown body, from <file>."), QStringLiteral("file"));
    const QCommandLineOption imageOption(QStringLiteral("image"), tr("Attach the picture (or other file) <file>, uploaded with XEP-0363; repeatable."), QStringLiteral("file"));
    const QCommandLineOption toOption(QStringLiteral("to"), tr("Publish on the pubsub service <jid> instead of the own blog (post); the new address (move)."),
                                      QStringLiteral("jid"));
    const QCommandLineOption nodeOption(QStringLiteral("node"),
                                        tr("The node on --to (post); the community's xmpp: URI whose cached posts to print (feed)."),
                                        QStringLiteral("node"));
    const QCommandLineOption publicOption(QStringLiteral("public"), tr("Also list the follow publicly, for contacts to see (follow)."));
    const QCommandLineOption fullOption(QStringLiteral("full"), tr("Read every followed node completely (sync)."));
    const QCommandLineOption daysOption(QStringLiteral("days"),
                                        tr("A first read of a node goes on while its posts are less than <n> days old (sync; default 30)."),
                                        QStringLiteral("n"));
    const QCommandLineOption itemsOption(QStringLiteral("items"), tr("A first read of a node takes at least <n> posts (sync; default 100)."),
                                         QStringLiteral("n"));
    const QCommandLineOption outputOption(QStringLiteral("output"),
                                          tr("Write the export to <path>: a folder (the file gets its standard name) or a file (export)."),
                                          QStringLiteral("path"));
    const QCommandLineOption passphraseEnvOption(QStringLiteral("passphrase-env"),
                                                 tr("Encrypt the export with the passphrase in the environment variable <name> (export)."),
                                                 QStringLiteral("name"));
    const QCommandLineOption offlineOption(QStringLiteral("offline"), tr("Export the local cache only, without connecting (export)."));
    const QCommandLineOption noMediaOption(QStringLiteral("no-media"), tr("Leave pictures and files in posts and chats out (export)."));
    const QCommandLineOption kindOption(QStringLiteral("kind"), tr("Only <kind>: contacts, communities, posts, comments or messages (search)."),
                                        QStringLiteral("kind"));
    const QCommandLineOption fromOption(QStringLiteral("from"), tr("Only what <address> wrote or sent (search)."), QStringLiteral("address"));
    const QCommandLineOption sinceOption(QStringLiteral("since"), tr("Only from <date> on, YYYY-MM-DD in UTC (search)."), QStringLiteral("date"));
    const QCommandLineOption accountOption(QStringLiteral("account"), tr("Import into the account <address> (import; the same as --jid)."),
                                           QStringLiteral("address"));
    const QCommandLineOption announceMoveOption(QStringLiteral("announce-move"),
                                                tr("Ask the contacts to accept this account as the new address of the export's, as XEP-0283 says "
                                                   "(the old account publishes that it moved with hearth move) (import)."));
    const QCommandLineOption dryRunOption(QStringLiteral("dry-run"), tr("Only say what would move and what would not; write nothing (import)."));
    const QCommandLineOption untilOption(QStringLiteral("until"), tr("Only before <date>, YYYY-MM-DD in UTC (search)."), QStringLiteral("date"));
    const QCommandLineOption verifyOption(QStringLiteral("verify"), tr("Mark the device with the fingerprint <key> verified (encryption)."),
                                          QStringLiteral("key"));
    const QCommandLineOption trustOption(QStringLiteral("trust"), tr("Trust the device with the fingerprint <key> (encryption)."),
                                         QStringLiteral("key"));
    const QCommandLineOption distrustOption(QStringLiteral("distrust"),
                                            tr("Distrust the device with the fingerprint <key>: nothing is encrypted for it (encryption)."),
                                            QStringLiteral("key"));
    const QCommandLineOption verifyUriOption(QStringLiteral("verify-uri"),
                                             tr("Verify the keys the xmpp: link of a QR code names (encryption)."), QStringLiteral("uri"));
    const QCommandLineOption verifyPictureOption(QStringLiteral("verify-picture"),
                                                 tr("Verify the keys of the QR code in the picture <file> (a photo or screenshot of it) (encryption)."),
                                                 QStringLiteral("file"));
    const QCommandLineOption modeOption(QStringLiteral("mode"), tr("Encrypt the conversation with ADDRESS: on, off or auto (encryption)."),
                                        QStringLiteral("mode"));
    const QCommandLineOption removeDeviceOption(QStringLiteral("remove-device"),
                                                tr("Take your old device <id> out of your device lists (encryption)."), QStringLiteral("id"));
    parser.addOptions({profileOption, jidOption, passwordEnvOption, hostOption, portOption, jsonOption, limitOption, titleOption,
                       bodyOption, imageOption, toOption, nodeOption, publicOption, fullOption, daysOption, itemsOption,
                       outputOption, passphraseEnvOption, offlineOption, noMediaOption, kindOption, fromOption, sinceOption,
                       untilOption, accountOption, dryRunOption, announceMoveOption, verifyOption, trustOption, distrustOption,
                       verifyUriOption, verifyPictureOption, modeOption, removeDeviceOption});
    parser.addPositionalArgument(QStringLiteral("command"), command);
    if (command == QLatin1String("comment") || command == QLatin1String("like"))
        parser.addPositionalArgument(QStringLiteral("uri"), tr("The post's xmpp: URI."));
    if (command == QLatin1String("comment"))
        parser.addPositionalArgument(QStringLiteral("text"), tr("The comment."));
    if (command == QLatin1String("follow") || command == QLatin1String("unfollow"))
        parser.addPositionalArgument(QStringLiteral("uri"), tr("The community's xmpp: URI (xmpp:service?;node=name)."));
    if (command == QLatin1String("import"))
        parser.addPositionalArgument(QStringLiteral("file"), tr("The .xmpp-export.zip to bring into the account."));
    if (command == QLatin1String("search"))
        parser.addPositionalArgument(QStringLiteral("text"), tr("The words to find (each the start of a word; case and accents do not matter)."));
    if (command == QLatin1String("encryption"))
        parser.addPositionalArgument(QStringLiteral("address"), tr("Whose devices (else the account's own)."), QStringLiteral("[address]"));
    if (command == QLatin1String("communities"))
        parser.addPositionalArgument(QStringLiteral("service"), tr("The pubsub service to list (else every one of the account's server)."),
                                     QStringLiteral("[service]"));
    if (!parser.parse(arguments))
        return fail(parser.errorText(), 2);
    if (parser.isSet(QStringLiteral("help"))) {
        std::printf("%s", qPrintable(parser.helpText()));
        return 0;
    }
    const QStringList positional = parser.positionalArguments().mid(1);
    const bool takesUri = command == QLatin1String("like") || command == QLatin1String("follow") || command == QLatin1String("unfollow");
    const bool searching = command == QLatin1String("search");
    const bool importing = command == QLatin1String("import");
    const int needed = command == QLatin1String("comment") ? 2 : (takesUri || searching || importing) ? 1 : 0;
    const bool optionalArgument = command == QLatin1String("communities") || command == QLatin1String("encryption");
    if (optionalArgument ? positional.size() > 1 : positional.size() != needed)
        return fail(tr("%1 takes %n argument(s)", needed).arg(command), 2);
    if (parser.isSet(publicOption) && command != QLatin1String("follow"))
        return fail(tr("--public is for follow"), 2);
    std::optional<XmppUri> feedNode;
    if (command == QLatin1String("feed") && parser.isSet(nodeOption)) {
        feedNode = XmppUri::parse(parser.value(nodeOption));
        if (!feedNode->isValid() || !feedNode->item.isEmpty())
            return fail(tr("--node needs a community's xmpp: URI (xmpp:service?;node=name): %1").arg(parser.value(nodeOption)), 2);
    }
    const QStringList images = parser.values(imageOption);
    if (!images.isEmpty() && command != QLatin1String("post"))
        return fail(tr("--image is for post"), 2);
    for (const QString &image : images) {
        if (!QFileInfo(image).isFile())
            return fail(tr("--image: %1 is not a file").arg(image), 2);
    }
    if (parser.isSet(fullOption) && command != QLatin1String("sync"))
        return fail(tr("--full is for sync"), 2);
    const bool exporting = command == QLatin1String("export");
    for (const auto *option : {&outputOption, &offlineOption, &noMediaOption}) {
        if (parser.isSet(*option) && !exporting)
            return fail(tr("--%1 is for export").arg(option->names().constFirst()), 2);
    }
    if (parser.isSet(passphraseEnvOption) && !exporting && !importing)
        return fail(tr("--passphrase-env is for export and import"), 2);
    const bool moving = command == QLatin1String("move");
    if (moving && !parser.value(toOption).contains(u'@'))
        return fail(tr("move needs --to and the new address (user@server)"), 2);
    for (const auto *option : {&accountOption, &dryRunOption, &announceMoveOption}) {
        if (parser.isSet(*option) && !importing)
            return fail(tr("--%1 is for import").arg(option->names().constFirst()), 2);
    }
    if (parser.isSet(accountOption) && parser.isSet(jidOption) && parser.value(accountOption).trimmed().toLower() != parser.value(jidOption).trimmed().toLower())
        return fail(tr("--account and --jid name different accounts"), 2);
    if (importing && !QFileInfo(positional.constFirst()).isFile())
        return fail(tr("import: %1 is not a file").arg(positional.constFirst()), 2);
    for (const auto *option : {&kindOption, &fromOption, &sinceOption, &untilOption}) {
        if (parser.isSet(*option) && !searching)
            return fail(tr("--%1 is for search").arg(option->names().constFirst()), 2);
    }
    const bool encryption = command == QLatin1String("encryption");
    for (const auto *option : {&verifyOption, &trustOption, &distrustOption, &verifyUriOption, &verifyPictureOption, &modeOption, &removeDeviceOption}) {
        if (parser.isSet(*option) && !encryption)
            return fail(tr("--%1 is for encryption").arg(option->names().constFirst()), 2);
    }
    SearchCommand::Options searchOptions;
    if (searching) {
        searchOptions.filter.text = positional.constFirst();
        if (searchOptions.filter.text.trimmed().isEmpty())
            return fail(tr("search needs words to find"), 2);
        if (parser.isSet(kindOption)) {
            searchOptions.kind = SearchCommand::parseKind(parser.value(kindOption));
            if (!searchOptions.kind)
                return fail(tr("--kind needs contacts, communities, posts, comments or messages: %1").arg(parser.value(kindOption)), 2);
        }
        searchOptions.filter.person = parser.value(fromOption).trimmed().toLower();
        for (const auto &[option, bound] : {std::pair{&sinceOption, &searchOptions.filter.since},
                                            std::pair{&untilOption, &searchOptions.filter.until}}) {
            if (!parser.isSet(*option))
                continue;
            const QDate date = QDate::fromString(parser.value(*option), Qt::ISODate);
            if (!date.isValid())
                return fail(tr("--%1 needs a date as YYYY-MM-DD: %2").arg(option->names().constFirst(), parser.value(*option)), 2);
            *bound = QDateTime(date, QTime(0, 0), Qt::UTC);
        }
        searchOptions.json = parser.isSet(jsonOption);
    }
    if (exporting && parser.value(outputOption).isEmpty())
        return fail(tr("export needs --output (a folder or a file name)"), 2);
    QString passphrase;
    if (parser.isSet(passphraseEnvOption)) {
        passphrase = qEnvironmentVariable(qPrintable(parser.value(passphraseEnvOption)));
        if (passphrase.isEmpty())
            return fail(tr("the environment variable %1 is empty").arg(parser.value(passphraseEnvOption)), 2);
    }
    // Every option is checked before any file or network work, naming it.
    auto number = [&parser](const QCommandLineOption &option, int minimum, int maximum, int *value) {
        bool ok = false;
        const int n = parser.value(option).toInt(&ok);
        if (!ok || n < minimum || n > maximum)
            return false;
        *value = n;
        return true;
    };
    int limit = 50;
    if (!number(limitOption, 1, 100000, &limit))
        return fail(tr("--limit needs a number from 1 to 100000"), 2);
    searchOptions.limit = limit;
    int port = 0;
    if (parser.isSet(portOption) && !number(portOption, 1, 65535, &port))
        return fail(tr("--port needs a number from 1 to 65535"), 2);
    if (command == QLatin1String("comment") || command == QLatin1String("like")) {
        const XmppUri uri = XmppUri::parse(positional.constFirst());
        if (!uri.isValid() || uri.item.isEmpty())
            return fail(tr("not a post URI: %1").arg(positional.constFirst()), 2);
    }
    NodeCatchUp::Options depth = NodeCatchUp::defaults();
    for (const auto &[option, name, minimum, value] : {std::tuple{&daysOption, "--days", 0, &depth.depthDays},
                                                       std::tuple{&itemsOption, "--items", 1, &depth.depthItems}}) {
        if (!parser.isSet(*option))
            continue;
        if (!number(*option, minimum, 100000, value))
            return fail(tr("%1 needs a number from %2 to 100000").arg(QLatin1String(name)).arg(minimum), 2);
        if (command != QLatin1String("sync"))
            return fail(tr("%1 is for sync").arg(QLatin1String(name)), 2);
    }
    if (command == QLatin1String("post") && parser.value(titleOption).trimmed().isEmpty())
        return fail(tr("post needs --title (a post always has a title, as Movim requires)"), 2);

    const Profile profile(parser.value(profileOption));
    if (!profile.ensureExists())
        return fail(tr("cannot create the profile folder %1").arg(profile.directory()));
    const bool fromEnv = parser.isSet(passwordEnvOption);
    Session s(fromEnv ? SecretStore::Backend::MemoryOnly : SecretStore::Backend::Keychain);
    auto opened = s.db.open(profile.databasePath());
    if (!await(opened) || !opened.result().ok())
        return fail(tr("cannot open the cache: %1").arg(opened.result().error));
    // check: the thorough look (PRAGMA integrity_check), on request.
    if (command == QLatin1String("check")) {
        auto checked = s.db.integrityCheck();
        if (!await(checked) || !checked.result().ok())
            return fail(tr("cannot check the cache %1: %2").arg(profile.databasePath(), checked.result().error));
        if (!checked.result().value.isEmpty())
            return fail(tr("the cache %1 is damaged:\n%2").arg(profile.databasePath(), checked.result().value));
        std::printf("%s\n", qPrintable(tr("the cache %1 is sound").arg(profile.databasePath())));
        return 0;
    }

    // The account: the saved one, or --jid (saved in this profile).
    AccountStore accounts(&s.db);
    auto saved = accounts.accounts();
    await(saved);
    const QString jid = (parser.isSet(accountOption) ? parser.value(accountOption) : parser.value(jidOption)).trimmed().toLower();
    for (const AccountRecord &r : saved.result().value) {
        if (jid.isEmpty() || r.settings.jid == jid) {
            s.record = r;
            break;
        }
    }
    if (s.record.id == 0) {
        if (jid.isEmpty())
            return fail(tr("no account in this profile: log in with the app, or pass --jid and --password-env"), 2);
        s.record.settings.jid = jid;
    }
    if (parser.isSet(hostOption))
        s.record.settings.host = parser.value(hostOption);
    if (parser.isSet(portOption))
        s.record.settings.port = quint16(port);
    if (s.record.id == 0 || parser.isSet(hostOption) || parser.isSet(portOption)) {
        auto stored = accounts.save(s.record);
        await(stored);
        if (!stored.result().ok())
            return fail(stored.result().error);
        s.record.id = stored.result().value;
    }
    await(s.session.open(s.record.id, s.record.settings.jid));

    if (searching) // the cache only: no network
        return SearchCommand::run(s.db, s.record.id, searchOptions);

    if (command == QLatin1String("feed")) {
        // The cached feed only: no network.
        const FeedQuery query = feedNode ? FeedQuery::community(feedNode->service, feedNode->node)
                                         : FeedQuery{FeedQuery::Scope::Feed, s.record.settings.jid};
        auto page = s.feed.posts().page(s.record.id, {}, limit, query);
        await(page);
        if (!page.result().ok())
            return fail(page.result().error);
        QJsonArray out;
        for (const Post &p : page.result().value.posts) {
            QJsonObject o = toJson(p);
            QJsonArray comments, likes;
            if (p.comments.isValid()) {
                auto thread = s.feed.posts().thread(s.record.id, p.comments);
                await(thread);
                for (const Post &c : thread.result().value) {
                    if (c.isLike()) {
                        if (!likes.contains(c.authorJid))
                            likes << c.authorJid;
                    } else {
                        comments << toJson(c);
                    }
                }
            }
            o.insert(QStringLiteral("comments"), comments);
            o.insert(QStringLiteral("likes"), likes);
            out << o;
        }
        if (parser.isSet(jsonOption)) {
            std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
        } else {
            for (const auto &value : std::as_const(out)) {
                const QJsonObject o = value.toObject();
                std::printf("%s  %s  %s\n", qPrintable(o.value(QStringLiteral("published")).toString()),
                            qPrintable(o.value(QStringLiteral("author")).toString()), qPrintable(o.value(QStringLiteral("title")).toString()));
            }
        }
        return 0;
    }

    ExportCommand::Options exportOptions{parser.value(outputOption), passphrase, profile.cacheDirectory() + QStringLiteral("/avatars"),
                                         profile.settingsPath(), !parser.isSet(noMediaOption)};
    if (exporting && parser.isSet(offlineOption))
        return ExportCommand::run(s.session, exportOptions);

    // The rest go online.
    QString password;
    if (fromEnv) {
        password = qEnvironmentVariable(qPrintable(parser.value(passwordEnvOption)));
        if (password.isEmpty())
            return fail(tr("the environment variable %1 is empty").arg(parser.value(passwordEnvOption)), 2);
    } else {
        auto secret = s.secrets.readPassword(s.record.settings.jid);
        await(secret);
        if (!secret.result().ok())
            return fail(tr("no password for %1 in the keychain (%2); use --password-env").arg(s.record.settings.jid, secret.result().error), 2);
        password = secret.result().value;
    }
    bool synced = false;
    int added = 0;
    QObject::connect(&s.feed, &FeedSync::syncFinished, &s.feed, [&](int n) {
        synced = true;
        added = n;
    });
    // The connection's states as they happen (a state polled later can
    // miss one: a session that drops right after login never looks online).
    bool online = false;
    bool lost = false;
    QObject::connect(&s.account, &Account::stateChanged, &s.feed, [&](Connection::State state) {
        if (state == Connection::State::Online)
            online = true;
        else if (online)
            lost = true;
    });
    s.feed.setFullSync(parser.isSet(fullOption));
    s.feed.setCatchUpOptions(depth);
    s.account.connectToServer(s.record.settings, password, false);
    if (!awaitUntil([&] { return online || s.account.state() == Connection::State::Error; }, 30000) || !online)
        return fail(tr("cannot connect: %1").arg(s.account.error().message()));
    // move: the old account says where it went (XEP-0283's statement).
    if (moving) {
        const QString to = parser.value(toOption).trimmed().toLower();
        auto published = AccountImporter::publishMoved(&s.session, to);
        const bool answered = await(published, 30000);
        const QString error = answered ? published.result() : tr("the server did not answer");
        s.account.disconnectFromServer();
        awaitUntil([&] { return s.account.state() == Connection::State::Offline; }, 5000);
        if (!error.isEmpty())
            return fail(tr("cannot say that %1 moved: %2").arg(s.record.settings.jid, error));
        std::printf("%s\n", qPrintable(tr("%1 now says it moved to %2 (contacts can check it); import its export there with --announce-move")
                                           .arg(s.record.settings.jid, to)));
        return 0;
    }
    // An import needs the connection, not the feed's sync.
    if (importing) {
        const int result = ImportCommand::run(s.session, {positional.constFirst(), passphrase, profile.cacheDirectory() + QStringLiteral("/import"),
                                                          parser.isSet(dryRunOption), parser.isSet(jsonOption), parser.isSet(announceMoveOption)});
        s.account.disconnectFromServer();
        awaitUntil([&] { return s.account.state() == Connection::State::Offline; }, 5000);
        return result;
    }
    // Encryption needs the connection (devices, trust messages).
    if (encryption) {
        // A picture of a QR code: its link, verified as --verify-uri.
        QString verifyUri = parser.value(verifyUriOption);
        if (parser.isSet(verifyPictureOption)) {
            verifyUri = QrCode::readFile(parser.value(verifyPictureOption));
            if (verifyUri.isEmpty())
                return fail(tr("no QR code could be read in %1").arg(parser.value(verifyPictureOption)));
        }
        const int result = EncryptionCommand::run(s.session, {positional.value(0), parser.value(verifyOption), parser.value(trustOption),
                                                              parser.value(distrustOption), verifyUri,
                                                              parser.value(modeOption), parser.isSet(jsonOption),
                                                              parser.value(removeDeviceOption).toUInt()});
        s.account.disconnectFromServer();
        awaitUntil([&] { return s.account.state() == Connection::State::Offline; }, 5000);
        return result;
    }
    // Communities and follows need the connection, not the feed's sync.
    if (command == QLatin1String("communities") || command == QLatin1String("follow") || command == QLatin1String("unfollow")) {
        const int result = command == QLatin1String("communities")
            ? CommunityCommands::list(s.session, positional.value(0), parser.isSet(jsonOption))
            : command == QLatin1String("follow") ? CommunityCommands::follow(s.session, positional.constFirst(), parser.isSet(publicOption))
                                                 : CommunityCommands::unfollow(s.session, positional.constFirst());
        s.account.disconnectFromServer();
        awaitUntil([&] { return s.account.state() == Connection::State::Offline; }, 5000);
        return result;
    }
    // Login reads the follow lists and polls every followed node.
    // Every followed node and the threads it polls, however long that
    // takes while the server answers; a lost connection ends it.
    if (!awaitUntil([&] { return synced || lost; }, 3600000) || !synced)
        return fail(tr("the feed did not finish syncing: %1").arg(s.account.error().message()));

    int code = 0;
    if (exporting) {
        code = ExportCommand::run(s.session, exportOptions);
    } else if (command == QLatin1String("sync")) {
        const QStringList errors = s.feed.syncErrors();
        if (!errors.isEmpty()) {
            // A node not caught up is a failure: the next sync resumes it.
            for (const QString &error : errors)
                std::fprintf(stderr, "hearth: %s\n", qPrintable(error));
            code = fail(tr("%n node(s) not caught up (%1 new items stored)", int(errors.size())).arg(added));
        } else {
            std::printf("%s\n", qPrintable(tr("synced: %1 new items").arg(added)));
        }
    } else if (command == QLatin1String("post")) {
        Post post;
        post.title = parser.value(titleOption).trimmed();
        if (parser.isSet(bodyOption)) {
            QFile body(parser.value(bodyOption));
            if (!body.open(QIODevice::ReadOnly))
                return fail(tr("cannot read %1").arg(body.fileName()), 2);
            post.text = QString::fromUtf8(body.readAll());
        }
        if (parser.isSet(toOption)) {
            post.service = parser.value(toOption);
            post.node = parser.value(nodeOption);
        }
        // Uploads first, in order; the post carries them as enclosures.
        for (const QString &image : images) {
            FileUpload *upload = s.account.uploads()->upload(image, &s.account);
            if (!awaitUntil([upload] { return upload->isFinished(); }, 300000))
                return fail(tr("the upload of %1 timed out").arg(image));
            if (upload->state() != FileUpload::State::Done)
                return fail(tr("not published: %1").arg(upload->error()));
            post.links << PostLink::enclosure(upload->url().toString(), upload->mimeType(), upload->fileName());
        }
        auto published = s.feed.publish(post, true, FeedSync::Queue::Never);
        if (!await(published) || !published.result().error.isEmpty())
            code = fail(tr("not published: %1").arg(published.isFinished() ? published.result().error : tr("timed out")));
        else
            std::printf("%s\n", qPrintable(published.result().post.uri().toString()));
    } else {
        const XmppUri uri = XmppUri::parse(positional.constFirst());
        if (!uri.isValid() || uri.item.isEmpty())
            return fail(tr("not a post URI: %1").arg(positional.constFirst()), 2);
        auto cached = s.feed.posts().item(s.record.id, uri, s.record.settings.jid);
        await(cached);
        std::optional<Post> target = cached.result().value;
        if (!target) {
            auto fetched = s.feed.service()->fetchItem(uri);
            await(fetched);
            target = fetched.result();
        }
        if (!target)
            return fail(tr("post not found: %1").arg(uri.toString()));
        auto done = command == QLatin1String("like") ? s.feed.like(*target, FeedSync::Queue::Never)
                                                     : s.feed.comment(*target, positional.at(1), FeedSync::Queue::Never);
        if (!await(done) || !done.result().error.isEmpty())
            code = fail(done.isFinished() ? done.result().error : tr("timed out"));
        else
            std::printf("%s\n", qPrintable(done.result().post.uri().toString()));
    }
    s.account.disconnectFromServer();
    awaitUntil([&] { return s.account.state() == Connection::State::Offline; }, 5000);
    return code;
}

} // namespace Subcommands
