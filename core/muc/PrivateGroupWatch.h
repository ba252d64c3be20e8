#pragma once

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class QXmppMessage;

namespace Hearth {

class Account;
class E2eeService;
class RoomService;

// Which of the user's rooms are private groups (members only, real JIDs
// shown: disco#info's muc_membersonly and muc_nonanonymous) and who their
// members are, for encrypting their messages (XEP-0384 §5.6): the room's
// owner, admin and member lists (members may read them in such rooms), the
// occupants, and the room's notices when someone's affiliation changes.
// Checked again at each join and when the room says its configuration
// changed; E2eeService is told.
class PrivateGroupWatch : public QObject
{
    Q_OBJECT
public:
    PrivateGroupWatch(Account *account, RoomService *rooms, E2eeService *e2ee, QObject *parent = nullptr);

Q_SIGNALS:
    // A room was found private or not, or its members changed.
    void changed(const QString &roomJid);

private:
    struct Group
    {
        bool checked = false;     // during this join
        bool isPrivate = false;
        QSet<QString> listed;     // from the affiliation lists and notices
    };
    void onRoomChanged(const QString &roomJid);
    void onMessage(const QXmppMessage &message);
    void check(const QString &roomJid);
    void fetchAffiliations(const QString &roomJid);
    void tell(const QString &roomJid);

    Account *m_account;
    RoomService *m_rooms;
    E2eeService *m_e2ee;
    QHash<QString, Group> m_groups;
};

} // namespace Hearth
