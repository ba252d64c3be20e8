#include "ContactsModel.h"

#include "roster/ContactList.h"
#include "roster/PresenceTracker.h"

#include <QColor>
#include <QXmppColorGeneration.h>

using namespace Hearth;

namespace {
QString fold(const QString &text)
{
    // Case and accents do not matter when searching ("zoe" finds "Zoë").
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out.append(c);
    }
    return out;
}

QString initialsOf(const QString &name)
{
    const auto words = name.split(u' ', Qt::SkipEmptyParts);
    QString initials;
    for (const auto &word : words) {
        initials.append(word.at(0).toUpper());
        if (initials.size() == 2)
            break;
    }
    return initials.isEmpty() ? QStringLiteral("?") : initials;
}
} // namespace

ContactsModel::ContactsModel(QObject *parent)
    : KeyedListModel(parent)
{
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
    m_collator.setNumericMode(true);
}

void ContactsModel::setSources(ContactList *contacts, PresenceTracker *presence)
{
    if (m_list)
        disconnect(m_list, nullptr, this, nullptr);
    if (m_presence)
        disconnect(m_presence, nullptr, this, nullptr);
    m_list = contacts;
    m_presence = presence;
    connect(contacts, &ContactList::reset, this, &ContactsModel::reload);
    connect(contacts, &ContactList::entryChanged, this, &ContactsModel::onEntryChanged);
    connect(contacts, &ContactList::entryRemoved, this, &ContactsModel::onEntryRemoved);
    connect(presence, &PresenceTracker::presenceChanged, this, &ContactsModel::onPresenceChanged);
    connect(presence, &PresenceTracker::allOffline, this, &ContactsModel::onAllOffline);
    reload();
}

QString ContactsModel::displayName(const RosterEntry &entry, const QString &profileName)
{
    if (!entry.name.trimmed().isEmpty())
        return entry.name.trimmed();
    return profileName.trimmed().isEmpty() ? entry.jid : profileName.trimmed();
}

void ContactsModel::setProfileNames(const QHash<QString, QString> &names)
{
    m_profileNames = names;
    for (int i = 0; i < m_contacts.size(); ++i) {
        const QString before = m_contacts.at(i).displayName;
        name(m_contacts[i]);
        if (m_contacts.at(i).displayName != before)
            changed(i);
    }
}

void ContactsModel::setAvatars(const QHash<QString, QString> &hashes)
{
    m_avatars = hashes;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {AvatarSourceRole});
}

void ContactsModel::setAvatar(const QString &jid, const QString &hash)
{
    if (m_avatars.value(jid) == hash)
        return;
    if (hash.isEmpty())
        m_avatars.remove(jid);
    else
        m_avatars.insert(jid, hash);
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_contacts.at(m_rows.at(row).contact).entry.jid == jid)
            Q_EMIT dataChanged(index(row), index(row), {AvatarSourceRole});
    }
}

void ContactsModel::setProfileName(const QString &jid, const QString &name)
{
    if (m_profileNames.value(jid) == name)
        return;
    m_profileNames.insert(jid, name);
    const auto it = m_indexByJid.constFind(jid);
    if (it == m_indexByJid.constEnd() || !m_contacts.at(*it).entry.name.trimmed().isEmpty())
        return; // the roster name wins
    this->name(m_contacts[*it]);
    changed(*it);
}

void ContactsModel::name(Contact &contact) const
{
    contact.displayName = displayName(contact.entry, m_profileNames.value(contact.entry.jid));
    contact.foldedName = fold(contact.displayName) + u'\n' + contact.entry.jid;
}

void ContactsModel::reload()
{
    // The whole roster was replaced (another account, a fresh download).
    m_contacts.clear();
    m_indexByJid.clear();
    m_changed.clear();
    m_removed = 0;
    if (m_list) {
        const auto entries = m_list->entries();
        m_contacts.reserve(entries.size());
        for (const auto &entry : entries)
            append(entry);
    }
    resetRows();
}

int ContactsModel::append(const RosterEntry &entry)
{
    Contact contact;
    contact.entry = entry;
    contact.presence = presenceOf(entry.jid);
    name(contact);
    const int index = int(m_contacts.size());
    m_indexByJid.insert(entry.jid, index);
    m_contacts.append(std::move(contact));
    return index;
}

ContactPresence ContactsModel::presenceOf(const QString &jid) const
{
    return m_presence ? m_presence->presence(jid) : ContactPresence{};
}

void ContactsModel::onEntryChanged(const RosterEntry &entry)
{
    const auto it = m_indexByJid.constFind(entry.jid);
    if (it != m_indexByJid.constEnd()) {
        Contact &contact = m_contacts[*it];
        const bool renamed = contact.entry.name != entry.name;
        contact.entry = entry;
        if (renamed)
            name(contact);
        changed(*it);
        return;
    }
    changed(append(entry));
}

void ContactsModel::onEntryRemoved(const QString &jid)
{
    const auto it = m_indexByJid.constFind(jid);
    if (it == m_indexByJid.constEnd())
        return;
    m_contacts[*it].removed = true;
    ++m_removed;
    changed(*it);
    m_indexByJid.erase(it);
}

void ContactsModel::onAllOffline()
{
    for (int i = 0; i < m_contacts.size(); ++i) {
        Contact &contact = m_contacts[i];
        const ContactPresence now = presenceOf(contact.entry.jid);
        if (now.availability != contact.presence.availability || now.statusText != contact.presence.statusText) {
            contact.presence = now;
            changed(i);
        }
    }
}

void ContactsModel::changed(int contact)
{
    m_changed.insert(contact);
    if (m_applyQueued)
        return;
    m_applyQueued = true;
    QMetaObject::invokeMethod(this, &ContactsModel::apply, Qt::QueuedConnection);
}

void ContactsModel::apply()
{
    m_applyQueued = false;
    const int before = int(m_rows.size());
    const int total = totalCount();
    const auto key = [](const Row &row) { return std::pair(row.contact, row.group); };
    replaceRows(m_rows, sortedRows(), key, [](const Row &, const Row &) { return true; });
    // Rows whose contact changed show it; the others are left alone.
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_changed.contains(m_rows.at(row).contact))
            Q_EMIT dataChanged(index(row), index(row));
    }
    m_changed.clear();
    dropRemoved();
    if (before != m_rows.size() || total != totalCount())
        Q_EMIT countChanged();
}

void ContactsModel::dropRemoved()
{
    // Contacts that left have no rows any more: compact the list and point
    // the rows at the new positions (nothing a view sees changes).
    if (m_removed == 0)
        return;
    QList<int> moved(m_contacts.size(), -1);
    QList<Contact> kept;
    kept.reserve(m_contacts.size() - m_removed);
    m_indexByJid.clear();
    for (int i = 0; i < m_contacts.size(); ++i) {
        if (m_contacts.at(i).removed)
            continue;
        moved[i] = int(kept.size());
        m_indexByJid.insert(m_contacts.at(i).entry.jid, int(kept.size()));
        kept.append(m_contacts.at(i));
    }
    m_contacts = std::move(kept);
    m_removed = 0;
    for (Row &row : m_rows)
        row.contact = moved.at(row.contact);
}

bool ContactsModel::matches(const Contact &contact) const
{
    return m_foldedFilter.isEmpty() || contact.foldedName.contains(m_foldedFilter);
}

QString ContactsModel::sectionFor(const Row &row) const
{
    if (m_grouped)
        return row.group.isEmpty() ? tr("Not in a group") : row.group;
    return m_contacts.at(row.contact).presence.isOnline() ? tr("Online") : tr("Offline");
}

bool ContactsModel::lessThan(const Row &a, const Row &b) const
{
    if (m_grouped && a.group != b.group) {
        if (a.group.isEmpty() != b.group.isEmpty())
            return b.group.isEmpty(); // "Not in a group" last
        return m_collator.compare(a.group, b.group) < 0;
    }
    const Contact &x = m_contacts.at(a.contact);
    const Contact &y = m_contacts.at(b.contact);
    const bool xOnline = x.presence.isOnline();
    const bool yOnline = y.presence.isOnline();
    if (xOnline != yOnline)
        return xOnline;
    if (x.presence.availability != y.presence.availability)
        return x.presence.availability < y.presence.availability;
    const int byName = m_collator.compare(x.displayName, y.displayName);
    if (byName != 0)
        return byName < 0;
    return x.entry.jid < y.entry.jid;
}

QList<ContactsModel::Row> ContactsModel::sortedRows() const
{
    QList<Row> rows;
    rows.reserve(m_contacts.size());
    for (int i = 0; i < m_contacts.size(); ++i) {
        const Contact &contact = m_contacts.at(i);
        if (contact.removed || !matches(contact))
            continue;
        if (m_grouped && !contact.entry.groups.isEmpty()) {
            for (const auto &group : contact.entry.groups)
                rows.append({i, group});
        } else {
            rows.append({i, QString()});
        }
    }
    std::sort(rows.begin(), rows.end(), [this](const Row &a, const Row &b) { return lessThan(a, b); });
    return rows;
}

void ContactsModel::resetRows()
{
    // A new filter, grouping or roster: the list is another one.
    dropRemoved();
    beginResetModel();
    m_rows = sortedRows();
    m_changed.clear();
    endResetModel();
    Q_EMIT countChanged();
}

void ContactsModel::onPresenceChanged(const QString &jid, const ContactPresence &presence)
{
    const auto it = m_indexByJid.constFind(jid);
    if (it == m_indexByJid.constEnd())
        return; // not a contact (our own resources, strangers)
    Contact &contact = m_contacts[*it];
    const bool reorder = contact.presence.availability != presence.availability;
    contact.presence = presence;
    if (reorder) {
        changed(*it);
        return;
    }
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).contact == *it)
            Q_EMIT dataChanged(index(row), index(row), {StatusTextRole, LastSeenRole});
    }
}

void ContactsModel::setFilterText(const QString &text)
{
    if (m_filter == text)
        return;
    m_filter = text;
    m_foldedFilter = fold(text.trimmed());
    resetRows();
    Q_EMIT filterTextChanged();
}

void ContactsModel::setGrouped(bool grouped)
{
    if (m_grouped == grouped)
        return;
    m_grouped = grouped;
    resetRows();
    Q_EMIT groupedChanged();
}

int ContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ContactsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const Contact &contact = m_contacts.at(row.contact);
    switch (role) {
    case Qt::DisplayRole:
    case DisplayNameRole:
        return contact.displayName;
    case JidRole:
        return contact.entry.jid;
    case InitialsRole:
        return initialsOf(contact.displayName);
    case ColorRole:
        // XEP-0392 consistent colour, as other clients draw this contact.
        return QXmppColorGeneration::generateColor(contact.entry.jid);
    case AvailabilityRole:
        return int(contact.presence.availability);
    case StatusTextRole:
        return contact.presence.statusText;
    case LastSeenRole:
        return contact.presence.lastSeen;
    case GroupsRole:
        return contact.entry.groups;
    case SectionRole:
        return sectionFor(row);
    case SubscriptionRole:
        return int(contact.entry.subscription);
    case AskPendingRole:
        return contact.entry.askPending;
    case AvatarSourceRole: {
        const QString hash = m_avatars.value(contact.entry.jid);
        return hash.isEmpty() ? QString() : QStringLiteral("image://avatar/") + hash;
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactsModel::roleNames() const
{
    return {
        {JidRole, "jid"},
        {DisplayNameRole, "displayName"},
        {InitialsRole, "initials"},
        {ColorRole, "avatarColor"},
        {AvailabilityRole, "availability"},
        {StatusTextRole, "statusText"},
        {LastSeenRole, "lastSeen"},
        {GroupsRole, "groups"},
        {SectionRole, "section"},
        {SubscriptionRole, "subscription"},
        {AskPendingRole, "askPending"},
        {AvatarSourceRole, "avatarSource"},
    };
}

QString ContactsModel::displayNameOf(const QString &jid) const
{
    const auto it = m_indexByJid.constFind(jid);
    return it == m_indexByJid.constEnd() ? QString() : m_contacts.at(*it).displayName;
}

QVariantMap ContactsModel::identity(const QString &jid) const
{
    const QString name = displayNameOf(jid);
    if (name.isEmpty())
        return {};
    return {{QStringLiteral("displayName"), name},
            {QStringLiteral("initials"), initialsOf(name)},
            {QStringLiteral("avatarColor"), QXmppColorGeneration::generateColor(jid)}};
}

QVariantMap ContactsModel::contactInfo(const QString &jid) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_contacts.at(m_rows.at(row).contact).entry.jid != jid)
            continue;
        QVariantMap info;
        const auto roles = roleNames();
        for (auto it = roles.cbegin(); it != roles.cend(); ++it)
            info.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
        return info;
    }
    return {};
}
