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
            m_rows.append(Row{request.jid, request.message, request.receivedAt});
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
    default:
        return {};
    }
}

QHash<int, QByteArray> RequestsModel::roleNames() const
{
    return {{JidRole, "jid"}, {MessageRole, "message"}, {ReceivedAtRole, "receivedAt"}};
}
