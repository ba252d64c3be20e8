#pragma once

#include "AccountSettings.h"
#include "ConnectionState.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <memory>

class ContactsController;
class FeedController;
class CommunitiesController;
class ChatController;
class EncryptionController;
class RoomController;
class ExportController;
class ImportController;
class ExportViewer;
class ProfileController;
class SearchModel;
class LinkController;
class NotificationCenter;

namespace Hearth {
class Account;
class AccountSession;
class ContactList;
class FeedSync;
class ChatService;
class RoomService;
class AccountRegistration;
class AccountStore;
class Database;
class SecretStore;
}

// The session as the views see it: which page to show, the account's
// connection state and errors, and the login, registration and logout
// actions. It owns no SQL and no stanzas: those stay in core.
class AppController : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("ContactsController.h")
    Q_MOC_INCLUDE("ProfileController.h")
    Q_MOC_INCLUDE("FeedController.h")
    Q_MOC_INCLUDE("CommunitiesController.h")
    Q_MOC_INCLUDE("ChatController.h")
    Q_MOC_INCLUDE("EncryptionController.h")
    Q_MOC_INCLUDE("RoomController.h")
    Q_MOC_INCLUDE("ExportController.h")
    Q_MOC_INCLUDE("ImportController.h")
    Q_MOC_INCLUDE("ExportViewer.h")
    Q_MOC_INCLUDE("SearchModel.h")
    Q_MOC_INCLUDE("LinkController.h")
    Q_MOC_INCLUDE("NotificationCenter.h")
    QML_ELEMENT
    QML_SINGLETON

public:
    enum class Phase {
        Starting,      // opening the cache
        LoginRequired, // no account yet: the login page
        Ready,         // an account exists: the main window, online or not
    };
    Q_ENUM(Phase)

    // Hearth::Connection::State for QML (AppController.Online …). Qt 6.4's
    // type registrar cannot expose a foreign namespace's enum, so it is
    // mirrored here; static_asserts in the .cpp keep the two in step.
    enum class ConnectionStatus { Offline, Connecting, Online, Reconnecting, Error };
    Q_ENUM(ConnectionStatus)

    Q_PROPERTY(Phase phase READ phase NOTIFY phaseChanged)
    Q_PROPERTY(ConnectionStatus connectionState READ connectionStatus NOTIFY connectionChanged)
    Q_PROPERTY(QString connectionError READ connectionError NOTIFY connectionChanged)
    Q_PROPERTY(int retrySeconds READ retrySeconds NOTIFY retrySecondsChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString loginError READ loginError NOTIFY loginErrorChanged)
    Q_PROPERTY(QString jid READ jid NOTIFY accountChanged)
    Q_PROPERTY(QString server READ server NOTIFY accountChanged)
    Q_PROPERTY(bool needsPassword READ needsPassword NOTIFY accountChanged)
    Q_PROPERTY(bool keychainAvailable READ keychainAvailable CONSTANT)
    Q_PROPERTY(QString passwordNote READ passwordNote NOTIFY accountChanged)
    Q_PROPERTY(QString databaseError READ databaseError NOTIFY databaseErrorChanged)
    // The cache was refused as damaged: it may be moved aside for a fresh one.
    Q_PROPERTY(bool databaseDamaged READ databaseDamaged NOTIFY databaseErrorChanged)
    Q_PROPERTY(QString startView READ startView CONSTANT)
    Q_PROPERTY(QString startContact READ startContact CONSTANT)
    Q_PROPERTY(QString startChat READ startChat CONSTANT)
    Q_PROPERTY(QString startPost READ startPost CONSTANT)
    Q_PROPERTY(QString startCommunity READ startCommunity CONSTANT)
    Q_PROPERTY(QString startSearch READ startSearch CONSTANT)
    Q_PROPERTY(bool startSearchOpen READ startSearchOpen CONSTANT)
    Q_PROPERTY(QList<QUrl> startAttachments READ startAttachments CONSTANT)
    Q_PROPERTY(ContactsController *contacts READ contacts CONSTANT)
    Q_PROPERTY(ProfileController *profiles READ profiles CONSTANT)
    Q_PROPERTY(FeedController *feed READ feed CONSTANT)
    Q_PROPERTY(CommunitiesController *communities READ communities CONSTANT)
    Q_PROPERTY(ChatController *chats READ chats CONSTANT)
    Q_PROPERTY(EncryptionController *encryption READ encryption CONSTANT)
    Q_PROPERTY(RoomController *rooms READ rooms CONSTANT)
    Q_PROPERTY(ExportController *dataExport READ dataExport CONSTANT)
    Q_PROPERTY(ImportController *dataImport READ dataImport CONSTANT)
    Q_PROPERTY(ExportViewer *exportViewer READ exportViewer CONSTANT)
    // Search everywhere in the cache (Ctrl+K).
    Q_PROPERTY(SearchModel *search READ search CONSTANT)
    // xmpp: links and what later starts on this profile ask for.
    Q_PROPERTY(LinkController *links READ links CONSTANT)
    // Desktop notifications: what is announced, and the settings for it.
    Q_PROPERTY(NotificationCenter *notifications READ notifications CONSTANT)
    // The offline browser of an export: nothing goes online, nothing is sent.
    Q_PROPERTY(bool readOnly READ readOnly NOTIFY accountChanged)

    struct Services
    {
        Hearth::Database *database = nullptr;
        Hearth::SecretStore *secrets = nullptr;
        QString settingsPath; // the profile's settings file (own presence…)
        QString cacheDirectory; // avatars and other downloaded files
    };

    AppController(Services services, QObject *parent = nullptr);
    ~AppController() override;

    // QML_SINGLETON: main() (or a test) creates the instance first.
    static void setInstance(AppController *instance);
    static AppController *create(QQmlEngine *, QJSEngine *);

    // Opens the cache and the saved account. Does not block.
    void start();
    // Log in without the form (demo, tests, scripted runs): the account is
    // saved, the password kept as the secret store allows.
    void loginWith(const Hearth::AccountSettings &settings, const QString &password);
    void setStartView(const QString &view) { m_startView = view; }
    void setStartContact(const QString &jid) { m_startContact = jid; }
    [[nodiscard]] QString startContact() const { return m_startContact; }
    // --chat: the conversation the chats view opens with.
    void setStartChat(const QString &jid) { m_startChat = jid; }
    [[nodiscard]] QString startChat() const { return m_startChat; }
    void setStartPost(const QString &uri) { m_startPost = uri; }
    [[nodiscard]] QString startPost() const { return m_startPost; }
    void setStartCommunity(const QString &uri) { m_startCommunity = uri; }
    [[nodiscard]] QString startCommunity() const { return m_startCommunity; }
    // --search: search everywhere opens with this typed.
    // open: its first hit is opened once the answer is in (screenshots).
    void setStartSearch(const QString &text, bool open = false)
    {
        m_startSearch = text;
        m_startSearchOpen = open;
    }
    [[nodiscard]] QString startSearch() const { return m_startSearch; }
    [[nodiscard]] bool startSearchOpen() const { return m_startSearchOpen; }
    // --attach: files the composer opens with.
    void setStartAttachments(const QList<QUrl> &files) { m_startAttachments = files; }
    [[nodiscard]] QList<QUrl> startAttachments() const { return m_startAttachments; }
    void setBackoff(int initialMs, int maximumMs);

    Q_INVOKABLE void login(const QString &jid, const QString &password, const QString &host, int port,
                           bool directTls, bool rememberPassword);
    Q_INVOKABLE void createAccount(const QString &jid, const QString &password, const QString &host, int port,
                                   bool directTls, bool rememberPassword);
    Q_INVOKABLE void logout();
    Q_INVOKABLE void copyToClipboard(const QString &text) const;
    Q_INVOKABLE void retryNow();
    // Back to the login page with the address filled in (wrong password,
    // no saved password).
    Q_INVOKABLE void reenterPassword();
    // Empty when the address is fine, else what is wrong with it.
    Q_INVOKABLE QString checkAddress(const QString &jid) const;
    Q_INVOKABLE QString connectionStateText() const;

    [[nodiscard]] Phase phase() const { return m_phase; }
    [[nodiscard]] Hearth::Connection::State connectionState() const;
    [[nodiscard]] ConnectionStatus connectionStatus() const { return ConnectionStatus(connectionState()); }
    [[nodiscard]] QString connectionError() const;
    [[nodiscard]] int retrySeconds() const { return m_retrySeconds; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString loginError() const { return m_loginError; }
    [[nodiscard]] QString jid() const { return m_settings.jid; }
    [[nodiscard]] QString server() const;
    [[nodiscard]] bool needsPassword() const { return m_needsPassword; }
    [[nodiscard]] bool keychainAvailable() const;
    [[nodiscard]] QString passwordNote() const { return m_passwordNote; }
    [[nodiscard]] QString databaseError() const { return m_databaseError; }
    [[nodiscard]] bool databaseDamaged() const;
    // Renames the damaged cache beside itself (never deletes it), opens a
    // fresh one and starts again from the saved settings.
    Q_INVOKABLE void moveCacheAside();
    [[nodiscard]] QString startView() const { return m_startView; }
    [[nodiscard]] Hearth::Account *account() const { return m_account; }
    [[nodiscard]] ContactsController *contacts() const { return m_contactsController; }
    [[nodiscard]] ProfileController *profiles() const { return m_profileController; }
    [[nodiscard]] FeedController *feed() const { return m_feedController; }
    [[nodiscard]] CommunitiesController *communities() const { return m_communitiesController; }
    [[nodiscard]] Hearth::FeedSync *feedSync() const { return m_feedSync; }
    [[nodiscard]] ChatController *chats() const { return m_chatController; }
    [[nodiscard]] EncryptionController *encryption() const { return m_encryption; }
    [[nodiscard]] Hearth::ChatService *chatService() const { return m_chatService; }
    [[nodiscard]] RoomController *rooms() const { return m_roomController; }
    [[nodiscard]] Hearth::RoomService *roomService() const { return m_roomService; }
    [[nodiscard]] Hearth::ContactList *contactList() const { return m_contactList; }
    [[nodiscard]] ExportController *dataExport() const { return m_exportController; }
    [[nodiscard]] ImportController *dataImport() const { return m_importController; }
    [[nodiscard]] ExportViewer *exportViewer() const { return m_exportViewer; }
    [[nodiscard]] SearchModel *search() const { return m_search; }
    [[nodiscard]] LinkController *links() const { return m_links; }
    [[nodiscard]] NotificationCenter *notifications() const { return m_notifications; }
    [[nodiscard]] bool readOnly() const { return m_readOnly; }
    // hearth --open FILE: this window browses an export (in a cache of its
    // own, the viewer's) instead of an account; passphrase for a sealed one.
    void openExport(const QString &path, const QString &passphrase = {});

Q_SIGNALS:
    void phaseChanged();
    void connectionChanged();
    void retrySecondsChanged();
    void busyChanged();
    void loginErrorChanged();
    void accountChanged();
    void databaseErrorChanged();
    // An export being browsed is read completely and the views show all of it.
    void exportLoaded();

private:
    // AppNotifications.cpp: the notification center, its sink and events.
    void setUpNotifications(const QString &settingsPath, const QString &avatarDirectory);
    void loadSavedAccount();
    // Checks the login form; on a problem shows it and returns false.
    bool acceptForm(const QString &jid, const QString &password, int minimumPasswordLength, QString *bareJid);
    void connectSaved(const Hearth::AccountSettings &settings, const QString &password);
    void onStateChanged(Hearth::Connection::State state);
    void onFormLoginOnline();
    void setPhase(Phase phase);
    void setAccountId(qint64 id);
    void setBusy(bool busy);
    void setLoginError(const QString &error);
    void setDatabaseError(const QString &error);
    void updateRetryCountdown();
    static Hearth::AccountSettings makeSettings(const QString &jid, const QString &host, int port, bool directTls);

    static QPointer<AppController> s_instance;

    Hearth::Database *m_db;
    Hearth::SecretStore *m_secrets;
    std::unique_ptr<Hearth::AccountStore> m_store;
    Hearth::AccountSession *m_session; // owns the services below
    Hearth::Account *m_account;
    Hearth::ContactList *m_contactList;
    ContactsController *m_contactsController;
    ProfileController *m_profileController;
    Hearth::FeedSync *m_feedSync;
    FeedController *m_feedController;
    CommunitiesController *m_communitiesController;
    Hearth::ChatService *m_chatService;
    ChatController *m_chatController;
    EncryptionController *m_encryption;
    Hearth::RoomService *m_roomService;
    RoomController *m_roomController;
    ExportController *m_exportController;
    ImportController *m_importController;
    ExportViewer *m_exportViewer;
    SearchModel *m_search;
    LinkController *m_links;
    NotificationCenter *m_notifications = nullptr;
    bool m_readOnly = false;
    Hearth::AccountRegistration *m_registration = nullptr;
    Phase m_phase = Phase::Starting;
    Hearth::AccountSettings m_settings;
    qint64 m_accountId = 0;
    bool m_busy = false;
    bool m_formLogin = false; // the current attempt came from the login page
    bool m_rememberPassword = true;
    QString m_pendingPassword;
    bool m_needsPassword = false;
    QString m_loginError;
    QString m_passwordNote;
    QString m_databaseError;
    QString m_startView;
    QString m_startContact;
    QString m_startChat;
    QString m_startPost;
    QString m_startCommunity;
    QString m_startSearch;
    bool m_startSearchOpen = false;
    QList<QUrl> m_startAttachments;
    QTimer m_countdown;
    int m_retrySeconds = 0;
};
