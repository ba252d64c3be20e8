#include "PrivateGroupWatch.h"

#include "../Account.h"
#include "../Logging.h"
#include "../e2ee/E2eeService.h"
#include "RoomService.h"

#include <QDomElement>
#include <QXmppClient.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppDiscoveryManager.h>
#include <QXmppMessage.h>
#include <QXmppMucIq.h>
#include <QXmppUtils.h>

namespace Hearth {

namespace {
const QString kMucUserNs = QStringLiteral("http://jabber.org/protocol/muc#user");

bool isMember(const QString &affiliation)
{
    return affiliation == QLatin1String("member") || affiliation == QLatin1String("admin") || affiliation == QLatin1String("owner");
}
} // namespace

PrivateGroupWatch::PrivateGroupWatch(Account *account, RoomService *rooms, E2eeService *e2ee, QObject *parent)
    : QObject(parent), m_account(account), m_rooms(rooms), m_e2ee(e2ee)
{
    connect(rooms, &RoomService::roomChanged, this, &PrivateGroupWatch::onRoomChanged);
    connect(account->client(), &QXmppClient::messageReceived, this, &PrivateGroupWatch::onMessage);
    // Who is behind an occupant's nickname, for decrypting what they send.
    e2ee->setOccupantResolver([rooms](const QString &occupantJid) {
        return rooms->room(QXmppUtils::jidToBareJid(occupantJid).toLower()).occupants.value(QXmppUtils::jidToResource(occupantJid)).jid;
    });
}

void PrivateGroupWatch::onRoomChanged(const QString &roomJid)
{
    if (!m_rooms->rooms().contains(roomJid)) {
        // Left: nothing more is encrypted for it.
        if (m_groups.remove(roomJid) > 0)
            m_e2ee->forgetGroup(roomJid);
        return;
    }
    Group &group = m_groups[roomJid];
    if (!m_rooms->isJoined(roomJid)) {
        group.checked = false; // checked again at the next join
        return;
    }
    if (!group.checked) {
        group.checked = true;
        check(roomJid);
        return;
    }
    if (group.isPrivate)
        tell(roomJid); // occupants came or went
}

void PrivateGroupWatch::check(const QString &roomJid)
{
    auto *disco = m_account->client()->findExtension<QXmppDiscoveryManager>();
    disco->requestDiscoInfo(roomJid).then(this, [this, roomJid](QXmppDiscoveryManager::InfoResult result) {
        if (!m_groups.contains(roomJid))
            return;
        auto *info = std::get_if<QXmppDiscoveryIq>(&result);
        if (!info) {
            qCWarning(lcChat).noquote() << "room" << roomJid << "did not say whether it is private:" << std::get<QXmppError>(result).description;
            return; // as it was: a failed query does not make a group public
        }
        const QStringList features = info->features();
        const bool isPrivate = features.contains(QStringLiteral("muc_membersonly")) && features.contains(QStringLiteral("muc_nonanonymous"));
        Group &group = m_groups[roomJid];
        group.isPrivate = isPrivate;
        if (!isPrivate) {
            group.listed.clear();
            m_e2ee->forgetGroup(roomJid);
            Q_EMIT changed(roomJid);
            return;
        }
        tell(roomJid);
        fetchAffiliations(roomJid);
    });
}

void PrivateGroupWatch::fetchAffiliations(const QString &roomJid)
{
    // One list per request (XEP-0045 §9.5, §10.5, §10.8).
    for (const auto affiliation : {QXmppMucItem::MemberAffiliation, QXmppMucItem::AdminAffiliation, QXmppMucItem::OwnerAffiliation}) {
        QXmppMucItem item;
        item.setAffiliation(affiliation);
        QXmppMucAdminIq get;
        get.setType(QXmppIq::Get);
        get.setTo(roomJid);
        get.setItems({item});
        m_account->client()->sendIq(std::move(get)).then(this, [this, roomJid](QXmppClient::IqResult result) {
            if (auto *error = std::get_if<QXmppError>(&result)) {
                qCInfo(lcChat).noquote() << "room" << roomJid << "did not give its members:" << error->description;
                return;
            }
            if (!m_groups.contains(roomJid) || !m_groups[roomJid].isPrivate)
                return;
            QXmppMucAdminIq answer;
            answer.parse(std::get<QDomElement>(result));
            Group &group = m_groups[roomJid];
            for (const QXmppMucItem &member : answer.items())
                if (!member.jid().isEmpty())
                    group.listed.insert(QXmppUtils::jidToBareJid(member.jid()).toLower());
            tell(roomJid);
        });
    }
}

void PrivateGroupWatch::onMessage(const QXmppMessage &message)
{
    // From the room itself: an affiliation notice about someone who is not
    // there (XEP-0045 §9.3), or status codes about its configuration.
    const QString roomJid = QXmppUtils::jidToBareJid(message.from()).toLower();
    if (!QXmppUtils::jidToResource(message.from()).isEmpty() || !m_groups.contains(roomJid))
        return;
    for (const QXmppElement &x : message.extensions()) {
        if (x.tagName() != QLatin1String("x") || x.attribute(QStringLiteral("xmlns")) != kMucUserNs)
            continue;
        for (QXmppElement status = x.firstChildElement(QStringLiteral("status")); !status.isNull();
             status = status.nextSiblingElement(QStringLiteral("status"))) {
            // 104 configuration changed, 172 now non-anonymous, 173/174 now (semi-)anonymous.
            const int code = status.attribute(QStringLiteral("code")).toInt();
            if (code == 104 || code == 172 || code == 173 || code == 174) {
                check(roomJid);
                return;
            }
        }
        const QXmppElement item = x.firstChildElement(QStringLiteral("item"));
        const QString jid = QXmppUtils::jidToBareJid(item.attribute(QStringLiteral("jid"))).toLower();
        if (item.isNull() || jid.isEmpty())
            continue;
        Group &group = m_groups[roomJid];
        if (isMember(item.attribute(QStringLiteral("affiliation"))))
            group.listed.insert(jid);
        else
            group.listed.remove(jid);
        if (group.isPrivate)
            tell(roomJid);
    }
}

void PrivateGroupWatch::tell(const QString &roomJid)
{
    QSet<QString> members = m_groups.value(roomJid).listed;
    const Room room = m_rooms->room(roomJid);
    for (const Occupant &occupant : room.occupants)
        if (!occupant.jid.isEmpty() && occupant.affiliation != QXmppMucItem::OutcastAffiliation)
            members.insert(occupant.jid.toLower());
    m_e2ee->setGroupMembers(roomJid, members.values());
    Q_EMIT changed(roomJid);
}

} // namespace Hearth
