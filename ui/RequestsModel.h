#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QPointer>
#include <QQmlEngine>

namespace Hearth {
class ContactList;
}

// Pending incoming contact requests, oldest first.
class RequestsModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ContactsController")
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)

public:
    // movedFrom: the address the requester says it replaces (XEP-0283);
    // moveNote: whether that address's own statement confirms it, in words.
    enum Role { JidRole = Qt::UserRole + 1, MessageRole, ReceivedAtRole, MovedFromRole, MoveNoteRole };

    explicit RequestsModel(QObject *parent = nullptr);
    void setSource(Hearth::ContactList *contacts);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    void countChanged();

private:
    void reload();

    QPointer<Hearth::ContactList> m_list;
    struct Row
    {
        QString jid;
        QString message;
        QDateTime receivedAt;
        QString movedFrom;
        int move = 0;
    };
    QList<Row> m_rows;
};
