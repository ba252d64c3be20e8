#pragma once

#include "roster/ContactPresence.h"
#include "roster/RosterEntry.h"

#include "KeyedListModel.h"

#include <QCollator>
#include <QSet>
#include <QPointer>
#include <QQmlEngine>

namespace Hearth {
class ContactList;
class PresenceTracker;
}

// The contacts view's rows: every roster contact with display name,
// presence and groups, sorted by presence then name, flat or one row per
// roster group, filtered as the user types. Rows are value structs held
// here; QML only instantiates the delegates it shows. A roster push, a name
// or a presence changes only that contact, and the rows follow in place
// (moved, inserted, removed, changed), applied once per event-loop turn.
class ContactsModel : public KeyedListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by ContactsController")

    Q_PROPERTY(QString filterText READ filterText WRITE setFilterText NOTIFY filterTextChanged)
    Q_PROPERTY(bool grouped READ grouped WRITE setGrouped NOTIFY groupedChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY countChanged)

public:
    enum Role {
        JidRole = Qt::UserRole + 1,
        DisplayNameRole,
        InitialsRole,
        ColorRole,
        AvailabilityRole,
        StatusTextRole,
        LastSeenRole,
        GroupsRole,
        SectionRole,
        SubscriptionRole,
        AskPendingRole,
        AvatarSourceRole,
    };
    Q_ENUM(Role)

    explicit ContactsModel(QObject *parent = nullptr);
    void setSources(Hearth::ContactList *contacts, Hearth::PresenceTracker *presence);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] QString filterText() const { return m_filter; }
    void setFilterText(const QString &text);
    [[nodiscard]] bool grouped() const { return m_grouped; }
    void setGrouped(bool grouped);
    [[nodiscard]] int totalCount() const { return int(m_contacts.size()) - m_removed; }
    // The roles of one contact by JID (all roles by name; empty if unknown
    // or filtered out of the list).
    Q_INVOKABLE QVariantMap contactInfo(const QString &jid) const;
    // How a contact is drawn anywhere (posts, comments), filtered out or
    // not: {displayName, initials, avatarColor}; empty if not a contact.
    Q_INVOKABLE QVariantMap identity(const QString &jid) const;
    // The contact's display name; empty if not a contact.
    [[nodiscard]] QString displayNameOf(const QString &jid) const;

    // The display name rule: roster name, else the profile's name (XEP-0172
    // nickname, vCard nickname or full name), else the JID.
    [[nodiscard]] static QString displayName(const Hearth::RosterEntry &entry, const QString &profileName = {});
    // Names from cached profiles, by JID.
    void setProfileNames(const QHash<QString, QString> &names);
    void setProfileName(const QString &jid, const QString &name);
    // Avatar hashes by JID (shown through image://avatar/<hash>).
    void setAvatars(const QHash<QString, QString> &hashes);
    void setAvatar(const QString &jid, const QString &hash);

Q_SIGNALS:
    void filterTextChanged();
    void groupedChanged();
    void countChanged();

private:
    struct Contact
    {
        Hearth::RosterEntry entry;
        Hearth::ContactPresence presence;
        QString displayName;
        QString foldedName; // for filtering
        bool removed = false; // left the roster (dropped at the next apply)
    };
    struct Row
    {
        int contact;   // index into m_contacts
        QString group; // the section in grouped mode
    };

    void reload();
    void resetRows();
    [[nodiscard]] QList<Row> sortedRows() const;
    void name(Contact &contact) const;
    // A new contact at the end of the list, named and indexed; its index.
    int append(const Hearth::RosterEntry &entry);
    [[nodiscard]] Hearth::ContactPresence presenceOf(const QString &jid) const;
    void onEntryChanged(const Hearth::RosterEntry &entry);
    void onEntryRemoved(const QString &jid);
    void onAllOffline();
    void onPresenceChanged(const QString &jid, const Hearth::ContactPresence &presence);
    // Marks a contact as changed and applies the rows at the end of this
    // event-loop turn (a burst of pushes is one update).
    void changed(int contact);
    void apply();
    void dropRemoved();
    [[nodiscard]] bool lessThan(const Row &a, const Row &b) const;
    [[nodiscard]] bool matches(const Contact &contact) const;
    [[nodiscard]] QString sectionFor(const Row &row) const;

    QPointer<Hearth::ContactList> m_list;
    QPointer<Hearth::PresenceTracker> m_presence;
    QList<Contact> m_contacts;
    QHash<QString, int> m_indexByJid;
    QHash<QString, QString> m_profileNames;
    QHash<QString, QString> m_avatars;
    QList<Row> m_rows;
    QSet<int> m_changed;
    int m_removed = 0;
    bool m_applyQueued = false;
    QString m_filter;
    QString m_foldedFilter;
    bool m_grouped = false;
    QCollator m_collator;
};
