#pragma once

#include "profile/ProfileCard.h"
#include "profile/ProfileStore.h"

#include <QObject>
#include <QQmlEngine>
#include <QVariantMap>

class ContactsModel;

namespace Hearth {
class Account;
class ContactList;
}

// Profiles for QML: the user's own (shown and edited on the profile view)
// and one contact's at a time (the contact profile page). Both come from the
// cache at once and are refreshed from the network; contacts' pushed
// changes update the cache and the names in the contact list.
class ProfileController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use AppController.profiles")

    Q_PROPERTY(QVariantMap own READ own NOTIFY ownChanged)
    Q_PROPERTY(bool saving READ saving NOTIFY savingChanged)
    Q_PROPERTY(QString contactJid READ contactJid NOTIFY contactChanged)
    Q_PROPERTY(QVariantMap contact READ contact NOTIFY contactChanged)
    Q_PROPERTY(bool contactLoading READ contactLoading NOTIFY contactChanged)
    Q_PROPERTY(QString ownAvatar READ ownAvatar NOTIFY ownAvatarChanged)
    Q_PROPERTY(bool avatarBusy READ avatarBusy NOTIFY ownAvatarChanged)

public:
    ProfileController(Hearth::Database *db, Hearth::Account *account, Hearth::ContactList *contacts,
                      ContactsModel *model, QObject *parent = nullptr);

    // The account whose cache is used; loads the cached names and own card.
    void setAccountId(qint64 accountId, const QString &ownJid);

    [[nodiscard]] QVariantMap own() const { return toMap(m_own); }
    [[nodiscard]] QString ownName() const { return m_own.preferredName(); }
    [[nodiscard]] bool saving() const { return m_saving; }
    [[nodiscard]] QString contactJid() const { return m_contactJid; }
    [[nodiscard]] QVariantMap contact() const { return toMap(m_contact); }
    [[nodiscard]] bool contactLoading() const { return m_contactLoading; }
    // image://avatar/<hash>, or empty.
    [[nodiscard]] QString ownAvatar() const;
    [[nodiscard]] bool avatarBusy() const { return m_avatarBusy; }
    // The avatar shown for a contact (for pages outside the list).
    Q_INVOKABLE QString avatarOf(const QString &jid) const;
    // Crops, scales and publishes a picture file as the user's avatar.
    Q_INVOKABLE void setOwnAvatar(const QUrl &file);

    // fields: fullName, nickname, pronouns, note, url, email, birthday, locality, country.
    Q_INVOKABLE void saveOwn(const QVariantMap &fields);
    Q_INVOKABLE void showContact(const QString &jid);
    Q_INVOKABLE void refreshOwn();

    [[nodiscard]] static QVariantMap toMap(const Hearth::ProfileCard &card);

Q_SIGNALS:
    void ownChanged();
    void savingChanged();
    void contactChanged();
    void saved();
    void saveFailed(const QString &message);
    void ownAvatarChanged();

private:
    void onVCardPushed(const QString &jid, const Hearth::ProfileCard &card);
    void onNicknamePushed(const QString &jid, const QString &nickname);
    void store(const QString &jid, const Hearth::ProfileCard &card);
    void onAvatarChanged(const QString &jid, const QString &hash);
    [[nodiscard]] QString ownJid() const { return m_ownJid; }

    Hearth::Account *m_account;
    Hearth::ContactList *m_contacts;
    ContactsModel *m_model;
    Hearth::ProfileStore m_store;
    qint64 m_accountId = 0;
    QString m_ownJid;
    Hearth::ProfileCard m_own;
    Hearth::ProfileCard m_contact;
    QString m_contactJid;
    bool m_saving = false;
    bool m_contactLoading = false;
    bool m_avatarBusy = false;
    QString m_ownAvatarHash;
    QHash<QString, QString> m_avatarHashes;
};
