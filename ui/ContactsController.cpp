#include "ContactsController.h"

#include "Account.h"
#include "roster/ContactActions.h"
#include "roster/ContactList.h"
#include "roster/PresenceTracker.h"
#include "roster/RosterEntry.h"

using namespace Hearth;

namespace {
const auto kAvailabilityKey = QStringLiteral("presence/availability");
const auto kStatusKey = QStringLiteral("presence/status");
}

ContactsController::ContactsController(Account *account, ContactList *contacts, const QString &settingsPath, QObject *parent)
    : QObject(parent), m_account(account), m_contacts(contacts), m_settings(settingsPath, QSettings::IniFormat)
{
    m_model.setSources(contacts, account->presence());
    m_requests.setSource(contacts);
    // The remembered presence applies from the first connection on.
    const int stored = m_settings.value(kAvailabilityKey, int(ContactPresence::Availability::Online)).toInt();
    account->presence()->setOwnPresence(ContactPresence::Availability(std::clamp(stored, 0, 4)),
                                        m_settings.value(kStatusKey).toString());
    connect(account, &Account::sessionStarted, this, [this](bool resumed) {
        if (!resumed)
            refreshBlocklist();
    });
}

int ContactsController::ownAvailability() const
{
    return int(m_account->presence()->ownAvailability());
}

QString ContactsController::ownStatusText() const
{
    return m_account->presence()->ownStatusText();
}

QStringList ContactsController::splitGroups(const QString &text)
{
    QStringList groups;
    for (const auto &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString group = part.trimmed();
        if (!group.isEmpty() && !groups.contains(group))
            groups.append(group);
    }
    return groups;
}

void ContactsController::report(QFuture<QString> action, const QString &success)
{
    action.then(this, [this, success](QString error) {
        if (error.isEmpty())
            Q_EMIT actionSucceeded(success);
        else
            Q_EMIT actionFailed(error);
    });
}

void ContactsController::addContact(const QString &jid, const QString &name, const QString &groups, const QString &message)
{
    report(m_account->contactActions()->add(jid, name, splitGroups(groups), message),
           tr("Request sent to %1.").arg(jid.trimmed()));
}

void ContactsController::editContact(const QString &jid, const QString &name, const QString &groups)
{
    report(m_account->contactActions()->update(jid, name, splitGroups(groups)), tr("Contact saved."));
}

void ContactsController::removeContact(const QString &jid)
{
    report(m_account->contactActions()->remove(jid), tr("%1 was removed from your contacts.").arg(jid));
}

void ContactsController::acceptRequest(const QString &jid)
{
    const RosterEntry entry = m_contacts->entry(jid);
    const bool subscribed = entry.subscription == RosterEntry::Subscription::To
        || entry.subscription == RosterEntry::Subscription::Both || entry.askPending;
    m_contacts->forgetRequest(jid);
    report(m_account->contactActions()->accept(jid, !subscribed), tr("%1 can now see when you are online.").arg(jid));
}

void ContactsController::denyRequest(const QString &jid)
{
    m_contacts->forgetRequest(jid);
    report(m_account->contactActions()->deny(jid), tr("Request from %1 declined.").arg(jid));
}

void ContactsController::block(const QString &jid)
{
    m_contacts->forgetRequest(jid);
    m_account->contactActions()->block(jid).then(this, [this, jid](QString error) {
        if (!error.isEmpty()) {
            Q_EMIT actionFailed(error);
            return;
        }
        if (!m_blocked.contains(jid)) {
            m_blocked.append(jid);
            m_blocked.sort();
            Q_EMIT blockedChanged();
        }
        Q_EMIT actionSucceeded(tr("%1 is blocked.").arg(jid));
    });
}

void ContactsController::unblock(const QString &jid)
{
    m_account->contactActions()->unblock(jid).then(this, [this, jid](QString error) {
        if (!error.isEmpty()) {
            Q_EMIT actionFailed(error);
            return;
        }
        if (m_blocked.removeAll(jid) > 0)
            Q_EMIT blockedChanged();
        Q_EMIT actionSucceeded(tr("%1 is no longer blocked.").arg(jid));
    });
}

void ContactsController::refreshBlocklist()
{
    m_account->contactActions()->blocklist().then(this, [this](QStringList jids) {
        if (jids != m_blocked) {
            m_blocked = jids;
            Q_EMIT blockedChanged();
        }
    });
}

void ContactsController::setOwnPresence(int availability, const QString &statusText)
{
    const auto value = ContactPresence::Availability(std::clamp(availability, 0, 4));
    m_account->presence()->setOwnPresence(value, statusText.trimmed());
    m_settings.setValue(kAvailabilityKey, int(value));
    m_settings.setValue(kStatusKey, statusText.trimmed());
    Q_EMIT ownPresenceChanged();
}

QString ContactsController::groupsText(const QString &jid) const
{
    return m_contacts->entry(jid).groups.join(QStringLiteral(", "));
}

QString ContactsController::nameOf(const QString &jid) const
{
    return m_contacts->entry(jid).name;
}
