#pragma once

#include "ContactsModel.h"
#include "RequestsModel.h"
#include "roster/ContactPresence.h"

#include <QFuture>
#include <QObject>
#include <QQmlEngine>
#include <QSettings>

namespace Hearth {
class Account;
class ContactList;
}

// The contacts area for QML: the contact and request models, the actions
// (each reports failure through actionFailed), the block list and the
// user's own presence, which is remembered across restarts.
class ContactsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use AppController.contacts")

    Q_PROPERTY(ContactsModel *model READ model CONSTANT)
    Q_PROPERTY(RequestsModel *requests READ requests CONSTANT)
    Q_PROPERTY(QStringList blocked READ blocked NOTIFY blockedChanged)
    Q_PROPERTY(int ownAvailability READ ownAvailability NOTIFY ownPresenceChanged)
    Q_PROPERTY(QString ownStatusText READ ownStatusText NOTIFY ownPresenceChanged)

public:
    // ContactPresence::Availability for QML.
    enum Availability { Chat = 0, Online, Away, ExtendedAway, DoNotDisturb, Offline };
    Q_ENUM(Availability)

    ContactsController(Hearth::Account *account, Hearth::ContactList *contacts, const QString &settingsPath,
                       QObject *parent = nullptr);

    [[nodiscard]] ContactsModel *model() { return &m_model; }
    [[nodiscard]] RequestsModel *requests() { return &m_requests; }
    [[nodiscard]] QStringList blocked() const { return m_blocked; }
    [[nodiscard]] int ownAvailability() const;
    [[nodiscard]] QString ownStatusText() const;

    // groups: comma-separated, as typed.
    Q_INVOKABLE void addContact(const QString &jid, const QString &name, const QString &groups, const QString &message);
    Q_INVOKABLE void editContact(const QString &jid, const QString &name, const QString &groups);
    Q_INVOKABLE void removeContact(const QString &jid);
    Q_INVOKABLE void acceptRequest(const QString &jid);
    Q_INVOKABLE void denyRequest(const QString &jid);
    Q_INVOKABLE void block(const QString &jid);
    Q_INVOKABLE void unblock(const QString &jid);
    Q_INVOKABLE void refreshBlocklist();
    Q_INVOKABLE void setOwnPresence(int availability, const QString &statusText);
    Q_INVOKABLE QString groupsText(const QString &jid) const;
    Q_INVOKABLE QString nameOf(const QString &jid) const;

Q_SIGNALS:
    void blockedChanged();
    void ownPresenceChanged();
    void actionFailed(const QString &message);
    void actionSucceeded(const QString &message);

private:
    void report(QFuture<QString> action, const QString &success);
    static QStringList splitGroups(const QString &text);

    Hearth::Account *m_account;
    Hearth::ContactList *m_contacts;
    ContactsModel m_model;
    RequestsModel m_requests;
    QStringList m_blocked;
    QSettings m_settings;
};
