#pragma once

#include "muc/RoomService.h"

#include <QAbstractListModel>
#include <QQmlEngine>

// The people in the open room: moderators first, then by nickname.
class OccupantListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use AppController.rooms.occupants")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    enum Role { NickRole = Qt::UserRole + 1, JidRole, RoleRole, AffiliationRole, IsSelfRole, IsModeratorRole };
    Q_ENUM(Role)

    explicit OccupantListModel(QObject *parent = nullptr);

    // Shows this room's occupants (an empty room: none).
    void setRoom(const Hearth::Room &room);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Words for roles and affiliations, as the occupant list shows them.
    [[nodiscard]] static QString roleName(QXmppMucItem::Role role);
    [[nodiscard]] static QString affiliationName(QXmppMucItem::Affiliation affiliation);

Q_SIGNALS:
    void countChanged();

private:
    QList<Hearth::Occupant> m_rows;
    QString m_selfNick;
};
