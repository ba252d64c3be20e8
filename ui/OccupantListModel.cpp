#include "OccupantListModel.h"

#include <algorithm>

using namespace Hearth;

OccupantListModel::OccupantListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void OccupantListModel::setRoom(const Room &room)
{
    QList<Occupant> rows = room.occupants.values();
    std::sort(rows.begin(), rows.end(), [](const Occupant &a, const Occupant &b) {
        if (a.role != b.role)
            return a.role > b.role; // moderators, participants, visitors
        return a.nick.localeAwareCompare(b.nick) < 0;
    });
    // A small list: reset rather than diff.
    beginResetModel();
    m_rows = rows;
    m_selfNick = room.nick;
    endResetModel();
    Q_EMIT countChanged();
}

int OccupantListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QString OccupantListModel::roleName(QXmppMucItem::Role role)
{
    switch (role) {
    case QXmppMucItem::ModeratorRole: return tr("moderator");
    case QXmppMucItem::ParticipantRole: return tr("participant");
    case QXmppMucItem::VisitorRole: return tr("visitor (cannot speak)");
    default: return {};
    }
}

QString OccupantListModel::affiliationName(QXmppMucItem::Affiliation affiliation)
{
    switch (affiliation) {
    case QXmppMucItem::OwnerAffiliation: return tr("owner");
    case QXmppMucItem::AdminAffiliation: return tr("admin");
    case QXmppMucItem::MemberAffiliation: return tr("member");
    default: return {};
    }
}

QVariant OccupantListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Occupant &o = m_rows.at(index.row());
    switch (role) {
    case NickRole: return o.nick;
    case JidRole: return o.jid;
    case RoleRole: return roleName(o.role);
    case AffiliationRole: return affiliationName(o.affiliation);
    case IsSelfRole: return o.nick == m_selfNick;
    case IsModeratorRole: return o.role == QXmppMucItem::ModeratorRole;
    }
    return {};
}

QHash<int, QByteArray> OccupantListModel::roleNames() const
{
    return {{NickRole, "nick"}, {JidRole, "jid"}, {RoleRole, "roleName"}, {AffiliationRole, "affiliation"},
            {IsSelfRole, "isSelf"}, {IsModeratorRole, "isModerator"}};
}
