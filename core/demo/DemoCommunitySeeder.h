#pragma once

#include <QList>
#include <QObject>
#include <functional>

class QXmppClient;

namespace Hearth {

class CommunityAdmin;
class FeedService;
class FollowService;
class LocalProsody;

// The demo's communities on the demo server's pubsub component, each made
// by its owner the way Hearth makes them: a few with pictures (one a
// gallery), posts, comments and likes by several people, some followed
// publicly by the demo user's contacts (its "followed by contacts" list);
// the demo user follows some, owns one and has a member asking to join.
class DemoCommunitySeeder : public QObject
{
    Q_OBJECT
public:
    explicit DemoCommunitySeeder(LocalProsody *server, QObject *parent = nullptr);
    void run();

    // What one step has at hand, connected as its user.
    struct Context
    {
        QXmppClient *client = nullptr;
        FeedService *feed = nullptr;
        CommunityAdmin *admin = nullptr;
        FollowService *follows = nullptr;
        std::function<void(const QString &error)> done; // '' when it worked
    };
    struct Step
    {
        QString user;
        std::function<void(Context &)> action;
    };

Q_SIGNALS:
    void finished(bool ok, const QString &error);

private:
    void next();
    void finishStep(QXmppClient *client, const QString &error);
    [[nodiscard]] QList<Step> steps();
    [[nodiscard]] QString jidOf(const QString &user) const;
    [[nodiscard]] QString service() const;

    LocalProsody *m_server;
    QList<Step> m_steps;
    int m_step = 0;
};

} // namespace Hearth
