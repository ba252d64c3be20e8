#pragma once

#include <QObject>

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
    [[nodiscard]] QString jidOf(const QString &user) const;

    LocalProsody *m_server;
    int m_step = 0;
};

} // namespace Hearth
