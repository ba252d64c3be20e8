#pragma once

#include "CommunityAdmin.h"
#include "CommunityDirectory.h"
#include "CommunityStore.h"
#include "../feed/Post.h"

#include <QFuture>
#include <QHash>
#include <QObject>

namespace Hearth {

class Account;
class Database;
class FeedSync;

// Communities for one account, on the feed's machinery: following is
// FeedSync's (subscription + XEP-0330 lists, polled on every start, live
// events), posts are in the post cache; this adds what a community has
// beyond a blog: its description and avatar (cached), the user's standing
// in it (owner, member, pending), running it, and the check that a gallery
// gets pictures.
class CommunityService : public QObject
{
    Q_OBJECT
public:
    CommunityService(Database *db, Account *account, FeedSync *feed, QObject *parent = nullptr);

    void setAccountId(qint64 id, const QString &jid);
    [[nodiscard]] qint64 accountId() const { return m_accountId; }
    [[nodiscard]] QString ownJid() const { return m_jid; }

    [[nodiscard]] CommunityDirectory *directory() { return &m_directory; }
    [[nodiscard]] CommunityAdmin *admin() { return &m_admin; }
    [[nodiscard]] const CommunityStore &store() const { return m_store; }
    [[nodiscard]] FeedSync *feed() const { return m_feed; }

    // The user's own server's community services and the servers the user
    // typed (remembered for next time).
    QFuture<CommunityDirectory::ServicesResult> services(const QString &server = {});
    void rememberServer(const QString &jid);

    // Asks the service about a community and caches the answer, with its
    // picture; resolves to what was learnt.
    QFuture<CommunityDirectory::Described> refresh(const QString &service, const QString &node);
    // The cached community (the store's), or nothing.
    [[nodiscard]] std::optional<Community> cached(const QString &service, const QString &node) const;

    QFuture<QString> follow(const QString &service, const QString &node, bool shared);
    QFuture<QString> unfollow(const QString &service, const QString &node);
    // Creates and follows a community owned by the user.
    QFuture<CommunityAdmin::Created> create(const QString &service, const CommunitySettings &settings);
    QFuture<QString> configure(const QString &service, const QString &node, const CommunitySettings &settings);
    QFuture<QString> configure(const QString &service, const QString &node, const QXmppDataForm &form);
    // A picture (already scaled, PNG or JPEG) as the community's avatar.
    QFuture<QString> setAvatar(const QString &service, const QString &node, const QByteArray &bytes, int width, int height);
    // Deletes the community with its comment threads, on the service and in
    // the cache, and takes it off the follow lists.
    QFuture<QString> remove(const QString &service, const QString &node);
    void markSeen(const QString &service, const QString &node);

    // Why post cannot go to its node ('' when it can): a gallery takes
    // posts with a picture only.
    [[nodiscard]] QString publishProblem(const Post &post) const;

Q_SIGNALS:
    // Something in the user's communities changed (follow, standing,
    // description, unread counts).
    void changed();
    void described(const Hearth::Community &community);

private:
    void onSynced();
    void keep(const Community &community);
    void readStanding(const QString &service);
    void readStandingPerNode(const QString &service);
    void applyStanding(const QString &service, const QString &node, const QString &affiliation);

    Account *m_account;
    FeedSync *m_feed;
    CommunityDirectory m_directory;
    CommunityAdmin m_admin;
    CommunityStore m_store;
    qint64 m_accountId = 0;
    QString m_jid;
    // What is known of each community this session (service + '\n' + node).
    QHash<QString, Community> m_known;
};

} // namespace Hearth
