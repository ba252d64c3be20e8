#pragma once

#include "PostPresenter.h"
#include "communities/CommunityDirectory.h"

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QVariantMap>

class CommunityListModel;
class PostListModel;

namespace Hearth {
class CommunityService;
class ContactList;
} // namespace Hearth

// Communities for QML (AppController.communities): the user's list with
// unread counts, discovery (services, a service's communities as they are
// described, interesting ones from contacts), the open community (header,
// posts, follow), and running it (create, settings with the raw form,
// members and requests, picture, delete). QML passes xmpp: URIs and JIDs.
class CommunitiesController : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("CommunityListModel.h")
    Q_MOC_INCLUDE("PostListModel.h")
    QML_ELEMENT
    QML_UNCREATABLE("Use AppController.communities")

public:
    // (Names unique across both: QML sees them unscoped.)
    enum class Readers { Everyone, ContactsOnly, MembersOnly };
    Q_ENUM(Readers)
    enum class Posters { Publishers, Followers, AnyoneMayPost };
    Q_ENUM(Posters)

private:
    Q_PROPERTY(CommunityListModel *mine READ mine CONSTANT)
    Q_PROPERTY(CommunityListModel *discovered READ discovered CONSTANT)
    Q_PROPERTY(CommunityListModel *interesting READ interesting CONSTANT)
    Q_PROPERTY(PostListModel *posts READ posts CONSTANT)
    Q_PROPERTY(QStringList services READ services NOTIFY servicesChanged)
    Q_PROPERTY(QString browsedService READ browsedService NOTIFY browsingChanged)
    Q_PROPERTY(bool browsing READ browsing NOTIFY browsingChanged)
    Q_PROPERTY(QString browseError READ browseError NOTIFY browsingChanged)
    Q_PROPERTY(QVariantMap current READ current NOTIFY currentChanged)
    Q_PROPERTY(QVariantMap settings READ settings NOTIFY settingsChanged)
    Q_PROPERTY(QVariantList advanced READ advanced NOTIFY settingsChanged)
    Q_PROPERTY(QVariantList members READ members NOTIFY membersChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)

public:
    CommunitiesController(Hearth::CommunityService *service, Hearth::ContactList *contacts, QObject *parent = nullptr);
    ~CommunitiesController() override;

    void setAuthors(const PostPresenter::Authors &authors);
    // The account whose cache is shown.
    void setAccountId(qint64 accountId);

    [[nodiscard]] CommunityListModel *mine() const { return m_mine; }
    [[nodiscard]] CommunityListModel *discovered() const { return m_discovered; }
    [[nodiscard]] CommunityListModel *interesting() const { return m_interesting; }
    [[nodiscard]] PostListModel *posts() const { return m_posts; }
    [[nodiscard]] QStringList services() const { return m_services; }
    [[nodiscard]] QString browsedService() const { return m_browsed; }
    [[nodiscard]] bool browsing() const { return m_listing != nullptr; }
    [[nodiscard]] QString browseError() const { return m_browseError; }
    [[nodiscard]] QVariantMap current() const { return m_current; }
    [[nodiscard]] QVariantMap settings() const { return m_settings; }
    [[nodiscard]] QVariantList advanced() const { return m_advanced; }
    [[nodiscard]] QVariantList members() const { return m_members; }
    [[nodiscard]] bool busy() const { return m_busy > 0; }

    // Discovery: the own server's services (and the remembered ones), one
    // service's communities, any server the user types.
    Q_INVOKABLE void loadServices();
    // The discovery page is shown: services listed (now, or once online)
    // and the first one browsed.
    Q_INVOKABLE void discover();
    Q_INVOKABLE void browse(const QString &service);
    Q_INVOKABLE void addServer(const QString &server);
    Q_INVOKABLE void stopBrowsing();
    Q_INVOKABLE void loadInteresting();

    // The community page.
    Q_INVOKABLE void open(const QString &uri);
    Q_INVOKABLE void markSeen();
    Q_INVOKABLE void follow(bool shared);
    Q_INVOKABLE void unfollow();

    // Running communities.
    Q_INVOKABLE QString slugOf(const QString &name) const;
    Q_INVOKABLE void checkCreate(const QString &service);
    Q_INVOKABLE void create(const QString &service, const QString &title, const QString &description, bool gallery, Readers readers,
                            Posters posters);
    Q_INVOKABLE void loadSettings();
    Q_INVOKABLE void saveSettings(const QString &title, const QString &description, bool gallery, Readers readers, Posters posters);
    // fields: the advanced list with edited "value"s.
    Q_INVOKABLE void saveAdvanced(const QVariantList &fields);
    Q_INVOKABLE void loadMembers();
    Q_INVOKABLE void setRole(const QString &jid, const QString &affiliation);
    Q_INVOKABLE void approve(const QString &jid);
    Q_INVOKABLE void refuse(const QString &jid);
    Q_INVOKABLE void setAvatar(const QUrl &file);
    Q_INVOKABLE void remove();

Q_SIGNALS:
    void servicesChanged();
    void browsingChanged();
    void currentChanged();
    void settingsChanged();
    void membersChanged();
    void busyChanged();
    void createChecked(const QString &service, const QString &error);
    void created(const QString &uri);
    void removed();
    void done(const QString &message);
    void failed(const QString &message);

private:
    void reloadMine();
    void setCurrent(const Hearth::Community &community);
    void refreshCurrent();
    void addServices(const QStringList &jids);
    void finishBrowsing(const QString &error);
    void begin();
    void end();
    [[nodiscard]] bool online() const;
    [[nodiscard]] QString currentService() const;
    [[nodiscard]] QString currentNode() const;

    Hearth::CommunityService *m_service;
    Hearth::ContactList *m_contacts;
    CommunityListModel *m_mine;
    CommunityListModel *m_discovered;
    CommunityListModel *m_interesting;
    PostListModel *m_posts;
    qint64 m_accountId = 0;
    QStringList m_services;
    QString m_browsed;
    QString m_browseError;
    QPointer<Hearth::NodeListing> m_listing;
    QVariantMap m_current;
    QVariantMap m_settings;
    QVariantList m_advanced;
    QVariantList m_members;
    int m_busy = 0;
    bool m_discoverWanted = false;
    QTimer m_reloadTimer; // a sync's bursts of changes read the list once
};
