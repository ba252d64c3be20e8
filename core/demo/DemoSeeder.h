#pragma once

#include <QList>
#include <QObject>
#include <QString>

class QXmppClient;

namespace Hearth {

class LocalProsody;

struct DemoPerson
{
    QString user;
    QString fullName;
    QString nickname;
    QString group; // the group the demo user files them under
};

// Fills the demo server: accounts with names (vCard), and the demo user's
// contact list. Registers in-band, so it runs asynchronously; re-running it
// is harmless (existing accounts are reused).
class DemoSeeder : public QObject
{
    Q_OBJECT
public:
    explicit DemoSeeder(LocalProsody *server, QObject *parent = nullptr);

    // The demo user first.
    [[nodiscard]] static const QList<DemoPerson> &people();
    [[nodiscard]] static QString password();

    void run();

Q_SIGNALS:
    void finished(bool ok, const QString &error);

private:
    void seedNext();
    void seedPerson(const DemoPerson &person);
    void finishPerson();
    void fail(const QString &error);

    LocalProsody *m_server;
    QXmppClient *m_client = nullptr;
    int m_next = 0;
    bool m_failed = false;
};

} // namespace Hearth
