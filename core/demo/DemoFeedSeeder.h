#pragma once

#include "../feed/Post.h"

#include <QObject>

#include <functional>

class QXmppClient;

namespace Hearth {

class LocalProsody;

// Publishes the demo's posts, then its comments and likes (Demo::posts(),
// Demo::reactions()), each as its author, the way Hearth itself does.
class DemoFeedSeeder : public QObject
{
    Q_OBJECT
public:
    explicit DemoFeedSeeder(LocalProsody *server, QObject *parent = nullptr);
    void run();

Q_SIGNALS:
    void finished(bool ok, const QString &error);

private:
    void next();
    void done(QXmppClient *client, const QString &error);
    // Uploads the resource files to the author's upload service, then calls
    // then with their enclosure links (a failure ends the seeding).
    void uploadPictures(QXmppClient *client, const QStringList &paths, std::function<void(QList<PostLink>)> then);
    [[nodiscard]] QString jidOf(const QString &user) const;

    LocalProsody *m_server;
    int m_step = 0;
};

} // namespace Hearth
