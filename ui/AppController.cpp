#include "AppController.h"

#include "ExportController.h"
#include "ImportController.h"
#include "ExportViewer.h"
#include "SearchModel.h"
#include "LinkController.h"

#include "Account.h"
#include "AccountSession.h"
#include "ContactsController.h"
#include "ContactsModel.h"
#include "FeedController.h"
#include "CommunitiesController.h"
#include "ProfileController.h"
#include "feed/FeedSync.h"
#include "chat/ChatService.h"
#include "ChatController.h"
#include "EncryptionController.h"
#include "RoomController.h"
#include "muc/RoomService.h"
#include "profile/AvatarService.h"
#include "roster/ContactList.h"
#include "AccountRegistration.h"
#include "AccountStore.h"
#include "Jid.h"
#include "Logging.h"
#include "SecretStore.h"
#include "WebUrls.h"
#include "db/Database.h"

#include <QClipboard>
#include <QDeadlineTimer>
#include <QGuiApplication>

using namespace Hearth;

QPointer<AppController> AppController::s_instance;

#define HEARTH_SAME_STATE(name) \
    static_assert(int(AppController::ConnectionStatus::name) == int(Connection::State::name))
HEARTH_SAME_STATE(Offline);
HEARTH_SAME_STATE(Connecting);
HEARTH_SAME_STATE(Online);
HEARTH_SAME_STATE(Reconnecting);
HEARTH_SAME_STATE(Error);
#undef HEARTH_SAME_STATE

AppController::AppController(Services services, QObject *parent)
    : QObject(parent)
    , m_db(services.database)
    , m_secrets(services.secrets)
    , m_store(std::make_unique<AccountStore>(services.database))
    , m_session(new AccountSession(services.database, this))
    , m_account(m_session->account())
    , m_contactList(m_session->contacts())
    , m_contactsController(new ContactsController(m_account, m_contactList, services.settingsPath, this))
    , m_profileController(new ProfileController(services.database, m_account, m_contactList, m_contactsController->model(), this))
    , m_feedSync(m_session->feed())
    , m_feedController(new FeedController(services.database, m_feedSync, services.settingsPath, this))
    , m_communitiesController(new CommunitiesController(m_session->communities(), m_contactList, this))
    , m_chatService(m_session->chat())
    , m_chatController(new ChatController(m_chatService, this))
    , m_encryption(new EncryptionController(m_session->e2ee(), m_chatController, this))
    , m_roomService(m_session->rooms())
    , m_roomController(new RoomController(
          m_roomService, m_chatController, [this](const QString &jid) { return !m_contactList->entry(jid).jid.isEmpty(); }, this))
    , m_exportController(new ExportController(m_session, services.settingsPath, services.cacheDirectory + QStringLiteral("/avatars"), this))
    , m_importController(new ImportController(m_session, services.cacheDirectory + QStringLiteral("/import"), this))
    , m_exportViewer(new ExportViewer(services.database, services.cacheDirectory + QStringLiteral("/export"),
                                      services.cacheDirectory + QStringLiteral("/avatars"), this))
    , m_search(new SearchModel(services.database, this))
    , m_links(new LinkController(this))
{
    // Authors shown by the names and pictures the contacts view uses.
    const PostPresenter::Authors authors{
        [this](const QString &jid) {
            return jid == m_settings.jid ? m_profileController->ownName()
                                         : m_contactsController->model()->displayNameOf(jid);
        },
        [this](const QString &jid) {
            return jid == m_settings.jid ? m_profileController->ownAvatar() : m_profileController->avatarOf(jid);
        }};
    m_feedController->setAuthors(authors);
    m_communitiesController->setAuthors(authors);
    m_chatController->setAuthors(authors);
    m_chatController->setFilesDirectory(services.cacheDirectory + QStringLiteral("/files"));
    connect(m_contactsController->model(), &QAbstractItemModel::modelReset, m_chatController, &ChatController::refreshPeople);
    connect(m_contactsController->model(), &QAbstractItemModel::dataChanged, m_chatController, &ChatController::refreshPeople);
    connect(m_contactsController->model(), &QAbstractItemModel::rowsInserted, m_chatController, &ChatController::refreshPeople);
    connect(m_contactsController->model(), &QAbstractItemModel::rowsRemoved, m_chatController, &ChatController::refreshPeople);
    m_session->e2ee()->setSecrets(m_secrets);
    connect(m_account, &Account::stateChanged, this, &AppController::onStateChanged);
    // A search typed during the first sync looked at a cache still filling.
    connect(m_feedSync, &FeedSync::syncFinished, m_search, &SearchModel::refreshSoon);
    connect(m_chatService, &ChatService::catchingUpChanged, m_search, [this] {
        if (!m_chatService->isCatchingUp())
            m_search->refreshSoon();
    });
    connect(m_chatService, &ChatService::roomCaughtUp, m_search, &SearchModel::refreshSoon);
    setUpNotifications(services.settingsPath, services.cacheDirectory + QStringLiteral("/avatars"));
    if (!services.cacheDirectory.isEmpty())
        m_account->avatars()->setCache(AvatarCache(services.cacheDirectory + QStringLiteral("/avatars")));
    connect(m_db, &Database::errorOccurred, this, &AppController::setDatabaseError);
    m_countdown.setInterval(1000);
    connect(&m_countdown, &QTimer::timeout, this, &AppController::updateRetryCountdown);
    if (m_secrets->backend() == SecretStore::Backend::MemoryOnly)
        m_passwordNote = tr("No system keychain is in use: your password is kept in memory for this session only.");
}

AppController::~AppController() = default;

void AppController::openExport(const QString &path, const QString &passphrase)
{
    m_readOnly = true;
    connect(m_exportViewer, &ExportViewer::opened, this, [this](qint64 accountId, const QString &jid) {
        m_settings = {};
        m_settings.jid = jid;
        m_accountId = accountId;
        Q_EMIT accountChanged();
    });
    // The views open once the posts and contacts are read, and read the
    // cache again when the rest (history, threads) is in.
    connect(m_exportViewer, &ExportViewer::contentReady, this, [this] {
        auto opened = m_session->open(m_accountId, m_settings.jid);
        setAccountId(m_accountId);
        opened.then(this, [this](DbStatus) { setPhase(Phase::Ready); });
    });
    connect(m_exportViewer, &ExportViewer::loaded, this, [this] {
        auto opened = m_session->open(m_accountId, m_settings.jid);
        setAccountId(m_accountId);
        opened.then(this, [this](DbStatus) {
            setPhase(Phase::Ready);
            m_search->refresh();
            Q_EMIT exportLoaded();
        });
    });
    m_exportViewer->open(path, passphrase);
}

void AppController::setInstance(AppController *instance)
{
    s_instance = instance;
}

AppController *AppController::create(QQmlEngine *, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "AppController", "main() must create the controller before QML uses it");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

void AppController::setBackoff(int initialMs, int maximumMs)
{
    m_account->setBackoff(initialMs, maximumMs);
}

void AppController::start()
{
    // The database path was given to Database::open by main(); wait for it
    // without blocking, then pick up the saved account.
    loadSavedAccount();
}

void AppController::loadSavedAccount()
{
    m_store->accounts().then(this, [this](DbResult<QList<AccountRecord>> result) {
        if (!result.ok()) {
            setDatabaseError(result.error);
            setPhase(Phase::LoginRequired);
            return;
        }
        if (result.value.isEmpty()) {
            setPhase(Phase::LoginRequired);
            return;
        }
        const AccountRecord record = result.value.constFirst();
        m_settings = record.settings;
        // What may load over plain HTTP follows the account's server from
        // the start (pictures in the cached feed), not from the first
        // connection attempt only.
        WebUrls::setServerOf(m_settings.host, m_settings.jid);
        auto opened = m_session->open(record.id, record.settings.jid);
        setAccountId(record.id);
        m_rememberPassword = record.rememberPassword;
        Q_EMIT accountChanged();
        // The main window opens at once, on the cache; the connection
        // follows when the cached roster is loaded (its version goes into
        // the roster request) and the keychain has answered.
        setPhase(Phase::Ready);
        opened
            .then(this, [this, jid = record.settings.jid](DbStatus) { return m_secrets->readPassword(jid); })
            .unwrap()
            .then(this, [this, settings = record.settings](SecretResult secret) {
            if (secret.ok()) {
                connectSaved(settings, secret.value);
                return;
            }
            m_needsPassword = true;
            if (!secret.error.isEmpty())
                m_passwordNote = tr("The system keychain could not be read (%1).").arg(secret.error);
            Q_EMIT accountChanged();
        });
    });
}

void AppController::loginWith(const AccountSettings &settings, const QString &password)
{
    const auto jid = JidCheck::check(settings.jid);
    m_settings = settings;
    if (jid.isValid())
        m_settings.jid = jid.bareJid();
    m_needsPassword = false;
    Q_EMIT accountChanged();
    AccountRecord record;
    record.settings = m_settings;
    record.rememberPassword = true;
    (void)m_secrets->writePassword(m_settings.jid, password);
    setPhase(Phase::Ready);
    m_store->save(record).then(this, [this, password](DbResult<qint64> saved) {
        if (!saved.ok()) {
            setDatabaseError(saved.error);
            connectSaved(m_settings, password);
            return;
        }
        auto opened = m_session->open(saved.value, m_settings.jid);
        setAccountId(saved.value);
        opened.then(this, [this, password](DbStatus) { connectSaved(m_settings, password); });
    });
}

void AppController::connectSaved(const AccountSettings &settings, const QString &password)
{
    m_formLogin = false;
    m_needsPassword = false;
    Q_EMIT accountChanged();
    m_account->connectToServer(settings, password, true);
}

AccountSettings AppController::makeSettings(const QString &jid, const QString &host, int port, bool directTls)
{
    AccountSettings settings;
    settings.jid = jid.trimmed();
    settings.host = host.trimmed();
    settings.port = quint16(std::clamp(port, 0, 65535));
    settings.security = directTls ? AccountSettings::Security::DirectTls : AccountSettings::Security::StartTls;
    return settings;
}

bool AppController::acceptForm(const QString &jid, const QString &password, int minimumPasswordLength, QString *bareJid)
{
    if (m_busy)
        return false;
    const auto check = JidCheck::check(jid);
    if (!check.isValid()) {
        setLoginError(check.message());
        return false;
    }
    if (password.isEmpty()) {
        setLoginError(tr("Enter your password."));
        return false;
    }
    if (password.size() < minimumPasswordLength) {
        setLoginError(tr("Choose a password of at least %n characters.", nullptr, minimumPasswordLength));
        return false;
    }
    setLoginError({});
    *bareJid = check.bareJid();
    return true;
}

void AppController::login(const QString &jid, const QString &password, const QString &host, int port,
                          bool directTls, bool rememberPassword)
{
    QString bareJid;
    if (!acceptForm(jid, password, 1, &bareJid))
        return;
    m_settings = makeSettings(bareJid, host, port, directTls);
    m_rememberPassword = rememberPassword;
    m_pendingPassword = password;
    m_formLogin = true;
    setBusy(true);
    Q_EMIT accountChanged();
    m_account->connectToServer(m_settings, password, false);
}

void AppController::createAccount(const QString &jid, const QString &password, const QString &host, int port,
                                  bool directTls, bool rememberPassword)
{
    QString bareJid;
    if (!acceptForm(jid, password, 8, &bareJid))
        return;
    setBusy(true);
    delete m_registration;
    m_registration = new AccountRegistration(this);
    const AccountSettings settings = makeSettings(bareJid, host, port, directTls);
    connect(m_registration, &AccountRegistration::succeeded, this,
            [this, settings, password, rememberPassword] {
                setBusy(false);
                login(settings.jid, password, settings.host, settings.port,
                      settings.security == AccountSettings::Security::DirectTls, rememberPassword);
            });
    connect(m_registration, &AccountRegistration::failed, this, [this](const ConnectionError &error) {
        setBusy(false);
        setLoginError(error.message());
    });
    m_registration->start(settings, password);
}

void AppController::onFormLoginOnline()
{
    m_formLogin = false;
    const QString password = std::exchange(m_pendingPassword, QString());
    AccountRecord record;
    record.settings = m_settings;
    record.rememberPassword = m_rememberPassword;
    m_store->save(record).then(this, [this](DbResult<qint64> saved) {
        if (saved.ok()) {
            m_session->adopt(saved.value, m_settings.jid);
            setAccountId(saved.value);
            (void)m_store->markConnected(m_accountId, QDateTime::currentDateTimeUtc());
        } else {
            setDatabaseError(saved.error);
        }
    });
    if (m_rememberPassword) {
        m_secrets->writePassword(m_settings.jid, password).then(this, [this](SecretResult result) {
            if (m_secrets->backend() == SecretStore::Backend::MemoryOnly)
                return; // the note set at construction stays
            m_passwordNote = result.ok() ? tr("Your password is stored in the system keychain.")
                                         : tr("Your password could not be saved in the system keychain (%1). "
                                              "You will need to enter it again next time.").arg(result.error);
            Q_EMIT accountChanged();
        });
    } else {
        (void)m_secrets->removePassword(m_settings.jid);
        m_passwordNote = tr("Your password is not saved: you will need to enter it next time.");
    }
    m_needsPassword = false;
    setBusy(false);
    Q_EMIT accountChanged();
    setPhase(Phase::Ready);
}

void AppController::onStateChanged(Connection::State state)
{
    if (m_formLogin) {
        if (state == Connection::State::Online) {
            onFormLoginOnline();
        } else if (state == Connection::State::Error || state == Connection::State::Offline) {
            m_formLogin = false;
            m_pendingPassword.clear();
            setBusy(false);
            setLoginError(m_account->error().message());
        }
    } else if (state == Connection::State::Online && m_accountId > 0) {
        (void)m_store->markConnected(m_accountId, QDateTime::currentDateTimeUtc());
    }
    if (state == Connection::State::Reconnecting && m_account->retryDelayMs() > 0) {
        m_retrySeconds = (m_account->retryDelayMs() + 999) / 1000;
        m_countdown.start();
    } else {
        m_retrySeconds = 0;
        m_countdown.stop();
    }
    Q_EMIT retrySecondsChanged();
    Q_EMIT connectionChanged();
}

void AppController::updateRetryCountdown()
{
    if (m_retrySeconds > 0) {
        --m_retrySeconds;
        Q_EMIT retrySecondsChanged();
    }
    if (m_retrySeconds == 0)
        m_countdown.stop();
}

void AppController::logout()
{
    m_account->disconnectFromServer();
    if (!m_settings.jid.isEmpty())
        (void)m_secrets->removePassword(m_settings.jid);
    m_needsPassword = true;
    m_search->clear();
    m_importController->reset();
    Q_EMIT accountChanged();
    setPhase(Phase::LoginRequired);
}

void AppController::retryNow()
{
    m_account->retryNow();
}

void AppController::reenterPassword()
{
    m_account->disconnectFromServer();
    setLoginError(m_account->error().message());
    setPhase(Phase::LoginRequired);
}

QString AppController::checkAddress(const QString &jid) const
{
    if (jid.trimmed().isEmpty())
        return {};
    return JidCheck::check(jid).message();
}

QString AppController::connectionStateText() const
{
    if (m_readOnly)
        return m_exportViewer->note();
    switch (connectionState()) {
    case Connection::State::Offline:
        return m_needsPassword ? tr("Offline: enter your password to connect.") : tr("Offline");
    case Connection::State::Connecting:
        return tr("Connecting…");
    case Connection::State::Online:
        return tr("Online");
    case Connection::State::Reconnecting:
        return m_retrySeconds > 0 ? tr("Connection lost. Reconnecting in %n s…", nullptr, m_retrySeconds)
                                  : tr("Reconnecting…");
    case Connection::State::Error:
        return connectionError();
    }
    return {};
}

Connection::State AppController::connectionState() const
{
    return m_account->state();
}

QString AppController::connectionError() const
{
    return m_account->error().message();
}

QString AppController::server() const
{
    if (m_settings.host.isEmpty())
        return JidCheck::check(m_settings.jid).domain();
    return m_settings.port ? QStringLiteral("%1:%2").arg(m_settings.host).arg(m_settings.port) : m_settings.host;
}

bool AppController::keychainAvailable() const
{
    return m_secrets->backend() == SecretStore::Backend::Keychain;
}

void AppController::setAccountId(qint64 id)
{
    // The session has bound the services; the views follow.
    m_accountId = id;
    m_profileController->setAccountId(id, m_settings.jid);
    m_feedController->setAccountId(id);
    m_communitiesController->setAccountId(id);
    m_chatController->accountOpened();
    m_search->setAccountId(id);
}

void AppController::setPhase(Phase phase)
{
    if (m_phase == phase)
        return;
    m_phase = phase;
    Q_EMIT phaseChanged();
}

void AppController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void AppController::setLoginError(const QString &error)
{
    if (m_loginError == error)
        return;
    m_loginError = error;
    Q_EMIT loginErrorChanged();
}

bool AppController::databaseDamaged() const
{
    return m_db->isDamaged();
}

void AppController::moveCacheAside()
{
    m_db->moveAsideAndReopen().then(this, [this](DbResult<QString> moved) {
        if (!moved.ok()) {
            setDatabaseError(moved.error);
            return;
        }
        qCInfo(lcDb).noquote() << "the damaged cache is kept at" << moved.value;
        setDatabaseError({});
        loadSavedAccount();
    });
}

void AppController::setDatabaseError(const QString &error)
{
    m_databaseError = error;
    Q_EMIT databaseErrorChanged();
}

void AppController::copyToClipboard(const QString &text) const
{
    if (auto *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}
