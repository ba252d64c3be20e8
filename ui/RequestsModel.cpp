#include "RequestsModel.h"

#include "roster/ContactList.h"

using namespace Hearth;

RequestsModel::RequestsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void RequestsModel::setSource(ContactList *contacts)
{
    if (m_list)
        disconnect(m_list, nullptr, this, nullptr);
    m_list = contacts;
    connect(contacts, &ContactList::requestsChanged, this, &RequestsModel::reload);
    reload();
}

void RequestsModel::reload()
{
    beginResetModel();
    m_rows.clear();
    if (m_list) {
        const auto requests = m_list->requests();
        for (const auto &request : requests)
            m_rows.append(Row{request.jid, request.message, request.receivedAt, request.movedFrom, int(request.move)});
    }
    endResetModel();
    Q_EMIT countChanged();
}

int RequestsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant RequestsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case JidRole:
        return row.jid;
    case MessageRole:
        return row.message;
    case ReceivedAtRole:
        return row.receivedAt;
    case MovedFromRole:
        return row.movedFrom;
    case MoveNoteRole:
        switch (Hearth::SubscriptionRequest::Move(row.move)) {
        case Hearth::SubscriptionRequest::Move::None:
            return QString();
        case Hearth::SubscriptionRequest::Move::Checking:
            return tr("%1 says it is the new address of %2 (checking with %2…)").arg(row.jid, row.movedFrom);
        case Hearth::SubscriptionRequest::Move::Confirmed:
            return tr("%1 moved to %2: %1's account confirms it.").arg(row.movedFrom, row.jid);
        case Hearth::SubscriptionRequest::Move::NotConfirmed:
            return tr("%1 says it is the new address of %2, but %2's account does not confirm it.").arg(row.jid, row.movedFrom);
        }
        return QString();
    default:
        return {};
    }
}

QHash<int, QByteArray> RequestsModel::roleNames() const
{
    return {{JidRole, "jid"}, {MessageRole, "message"}, {ReceivedAtRole, "receivedAt"}, {MovedFromRole, "movedFrom"}, {MoveNoteRole, "moveNote"}};
}
