#include "ProfileController.h"

#include "Account.h"
#include "AvatarPicture.h"
#include "ContactsModel.h"
#include "profile/AvatarService.h"
#include "roster/PresenceTracker.h"
#include "profile/ProfileService.h"
#include "roster/ContactList.h"

#include <QXmppClient.h>

using namespace Hearth;

ProfileController::ProfileController(Database *db, Account *account, ContactList *contacts, ContactsModel *model,
                                     QObject *parent)
    : QObject(parent), m_account(account), m_contacts(contacts), m_model(model), m_store(db)
{
    connect(account->profiles(), &ProfileService::vcardPushed, this, &ProfileController::onVCardPushed);
    connect(account->profiles(), &ProfileService::nicknamePushed, this, &ProfileController::onNicknamePushed);
    connect(account->avatars(), &AvatarService::avatarChanged, this, &ProfileController::onAvatarChanged);
    // Refresh the own card once per new session (another client may have
    // changed it while Hearth was away).
    connect(account, &Account::sessionStarted, this, [this](bool resumed) {
        if (!resumed) {
            refreshOwn();
            m_account->avatars()->refresh(m_ownJid);
        }
    });
}

QVariantMap ProfileController::toMap(const ProfileCard &card)
{
    return {
        {QStringLiteral("fullName"), card.fullName},
        {QStringLiteral("nickname"), card.nickname},
        {QStringLiteral("pepNickname"), card.pepNickname},
        {QStringLiteral("pronouns"), card.pronouns},
        {QStringLiteral("note"), card.note},
        {QStringLiteral("url"), card.url},
        {QStringLiteral("email"), card.email},
        {QStringLiteral("birthday"), card.birthday},
        {QStringLiteral("locality"), card.locality},
        {QStringLiteral("country"), card.country},
        {QStringLiteral("preferredName"), card.preferredName()},
        {QStringLiteral("empty"), card.isEmpty()},
        {QStringLiteral("fromVCardTemp"), card.source == ProfileCard::Source::VCardTemp},
    };
}

void ProfileController::setAccountId(qint64 accountId, const QString &ownJid)
{
    if (ownJid != m_ownJid) {
        m_own = {};
        Q_EMIT ownChanged();
    }
    m_accountId = accountId;
    m_ownJid = ownJid;
    m_store.names(accountId).then(this, [this, accountId](DbResult<QHash<QString, QString>> names) {
        if (names.ok() && accountId == m_accountId)
            m_model->setProfileNames(names.value);
    });
    m_store.avatars(accountId).then(this, [this, accountId](DbResult<QHash<QString, QString>> hashes) {
        if (!hashes.ok() || accountId != m_accountId)
            return;
        m_avatarHashes = hashes.value;
        m_model->setAvatars(hashes.value);
        m_ownAvatarHash = hashes.value.value(m_ownJid);
        m_account->presence()->setOwnPhotoHash(m_ownAvatarHash);
        Q_EMIT ownAvatarChanged();
    });
    m_store.load(accountId, ownJid).then(this, [this, accountId](DbResult<ProfileCard> card) {
        if (card.ok() && accountId == m_accountId && m_own.isEmpty()) {
            m_own = card.value;
            Q_EMIT ownChanged();
        }
    });
}

void ProfileController::refreshOwn()
{
    if (m_account->state() != Connection::State::Online)
        return;
    m_account->profiles()->fetch(ownJid()).then(this, [this](ProfileCard card) {
        if (m_saving)
            return; // the user's edit wins
        m_own = card;
        store(ownJid(), card);
        Q_EMIT ownChanged();
    });
}

void ProfileController::saveOwn(const QVariantMap &fields)
{
    ProfileCard card = m_own;
    card.fullName = fields.value(QStringLiteral("fullName")).toString().trimmed();
    card.nickname = fields.value(QStringLiteral("nickname")).toString().trimmed();
    card.pronouns = fields.value(QStringLiteral("pronouns"), card.pronouns).toString().trimmed();
    card.note = fields.value(QStringLiteral("note")).toString().trimmed();
    card.url = fields.value(QStringLiteral("url")).toString().trimmed();
    card.email = fields.value(QStringLiteral("email"), card.email).toString().trimmed();
    card.birthday = fields.value(QStringLiteral("birthday"), card.birthday).toString().trimmed();
    card.locality = fields.value(QStringLiteral("locality")).toString().trimmed();
    card.country = fields.value(QStringLiteral("country"), card.country).toString().trimmed();
    card.pepNickname = card.nickname;
    if (m_account->state() != Connection::State::Online) {
        Q_EMIT saveFailed(tr("You are offline: the profile can be saved once Hearth is connected."));
        return;
    }
    m_saving = true;
    Q_EMIT savingChanged();
    m_account->profiles()->publishOwn(card).then(this, [this, card](QString error) {
        m_saving = false;
        Q_EMIT savingChanged();
        if (!error.isEmpty()) {
            Q_EMIT saveFailed(tr("The profile could not be saved: %1").arg(error));
            return;
        }
        m_own = card;
        m_own.vcardXml = card.toVCard4Xml();
        m_own.source = ProfileCard::Source::VCard4;
        store(ownJid(), m_own);
        Q_EMIT ownChanged();
        Q_EMIT saved();
    });
}

void ProfileController::showContact(const QString &jid)
{
    m_contactJid = jid;
    m_contact = {};
    m_contactLoading = true;
    Q_EMIT contactChanged();
    m_store.load(m_accountId, jid).then(this, [this, jid](DbResult<ProfileCard> cached) {
        if (jid != m_contactJid)
            return;
        if (cached.ok() && !cached.value.isEmpty()) {
            m_contact = cached.value;
            Q_EMIT contactChanged();
        }
        if (m_account->state() != Connection::State::Online) {
            m_contactLoading = false;
            Q_EMIT contactChanged();
            return;
        }
        m_account->profiles()->fetch(jid).then(this, [this, jid](ProfileCard card) {
            if (jid != m_contactJid)
                return;
            m_contactLoading = false;
            if (!card.isEmpty() || m_contact.isEmpty())
                m_contact = card;
            store(jid, m_contact);
            Q_EMIT contactChanged();
        });
    });
}

void ProfileController::onVCardPushed(const QString &jid, const ProfileCard &card)
{
    ProfileCard merged = card;
    if (jid == m_contactJid)
        merged.pepNickname = m_contact.pepNickname;
    else if (jid == ownJid())
        merged.pepNickname = m_own.pepNickname;
    store(jid, merged);
    if (jid == m_contactJid) {
        m_contact = merged;
        Q_EMIT contactChanged();
    }
    if (jid == ownJid() && !m_saving) {
        m_own = merged;
        Q_EMIT ownChanged();
    }
}

void ProfileController::onNicknamePushed(const QString &jid, const QString &nickname)
{
    if (m_accountId > 0)
        (void)m_store.saveNickname(m_accountId, jid, nickname);
    if (!nickname.isEmpty())
        m_model->setProfileName(jid, nickname);
    if (jid == m_contactJid) {
        m_contact.pepNickname = nickname;
        Q_EMIT contactChanged();
    }
}

void ProfileController::store(const QString &jid, const ProfileCard &card)
{
    if (m_accountId <= 0)
        return;
    (void)m_store.save(m_accountId, jid, card);
    if (!card.preferredName().isEmpty() && jid != ownJid())
        m_model->setProfileName(jid, card.preferredName());
}

QString ProfileController::ownAvatar() const
{
    return m_ownAvatarHash.isEmpty() ? QString() : QStringLiteral("image://avatar/") + m_ownAvatarHash;
}

QString ProfileController::avatarOf(const QString &jid) const
{
    const QString hash = m_avatarHashes.value(jid);
    return hash.isEmpty() ? QString() : QStringLiteral("image://avatar/") + hash;
}

void ProfileController::onAvatarChanged(const QString &jid, const QString &hash)
{
    if (m_avatarHashes.value(jid) == hash && !hash.isEmpty())
        return;
    if (hash.isEmpty())
        m_avatarHashes.remove(jid);
    else
        m_avatarHashes.insert(jid, hash);
    if (m_accountId > 0)
        (void)m_store.saveAvatar(m_accountId, jid, hash);
    if (jid == m_ownJid) {
        m_ownAvatarHash = hash;
        m_account->presence()->setOwnPhotoHash(hash);
        Q_EMIT ownAvatarChanged();
    } else {
        m_model->setAvatar(jid, hash);
        if (jid == m_contactJid)
            Q_EMIT contactChanged();
    }
}

void ProfileController::setOwnAvatar(const QUrl &file)
{
    if (m_avatarBusy)
        return;
    if (m_account->state() != Connection::State::Online) {
        Q_EMIT saveFailed(tr("You are offline: the picture can be changed once Hearth is connected."));
        return;
    }
    m_avatarBusy = true;
    Q_EMIT ownAvatarChanged();
    AvatarPicture::fromFileAsync(file.toLocalFile()).then(this, [this](AvatarPicture picture) {
        if (!picture.error.isEmpty()) {
            m_avatarBusy = false;
            Q_EMIT ownAvatarChanged();
            Q_EMIT saveFailed(picture.error);
            return;
        }
        m_account->avatars()->publishOwn(picture.bytes, picture.side, picture.side).then(this, [this](QString error) {
            m_avatarBusy = false;
            Q_EMIT ownAvatarChanged();
            if (!error.isEmpty())
                Q_EMIT saveFailed(tr("The picture could not be published: %1").arg(error));
            else
                Q_EMIT saved();
        });
    });
}
