#include "EncryptionController.h"

#include "ChatController.h"
#include "QrCode.h"

#include <QtConcurrent/QtConcurrentRun>

#include <e2ee/E2eeService.h>

using Hearth::E2eeDevice;
using Hearth::E2eeService;

EncryptionController::EncryptionController(E2eeService *e2ee, ChatController *chats, QObject *parent)
    : QObject(parent), m_e2ee(e2ee), m_chats(chats)
{
    connect(chats, &ChatController::currentChatChanged, this, [this] {
        if (!m_chats->currentChat().isEmpty() && !m_chats->isRoom(m_chats->currentChat()))
            m_e2ee->refreshDevices(m_chats->currentChat());
        Q_EMIT currentStateChanged();
    });
    connect(e2ee, &E2eeService::modeChanged, this, [this](const QString &jid) {
        if (jid == m_chats->currentChat())
            Q_EMIT currentStateChanged();
    });
    connect(e2ee, &E2eeService::devicesChanged, this, [this](const QString &jid) {
        if (jid == m_chats->currentChat())
            Q_EMIT currentStateChanged();
        if (jid == m_devicesJid)
            reloadDevices();
    });
    connect(e2ee, &E2eeService::lockedChanged, this, &EncryptionController::readyChanged);
    connect(e2ee, &E2eeService::ownKeysChanged, this, &EncryptionController::ownKeyUriChanged);
    connect(e2ee, &E2eeService::readyChanged, this, [this] {
        Q_EMIT readyChanged();
        Q_EMIT currentStateChanged();
        if (!m_devicesJid.isEmpty())
            reloadDevices();
    });
}

QString EncryptionController::ownKeyUri() const
{
    return m_e2ee->ownKeyUri();
}

bool EncryptionController::isLocked() const
{
    return m_e2ee->isLocked();
}

QString EncryptionController::keyProtectionNote() const
{
    return m_e2ee->protectionNote();
}

bool EncryptionController::isReady() const
{
    return m_e2ee->isReady();
}

EncryptionController::State EncryptionController::currentState() const
{
    const QString chat = m_chats->currentChat();
    if (chat.isEmpty() || chat.contains(u'/'))
        return State::Unavailable;
    // A room that is not a private group cannot be encrypted (still shown
    // when it was turned on, so it can be turned off).
    if (m_chats->isRoom(chat) && !m_e2ee->isPrivateGroup(chat) && m_e2ee->mode(chat) != E2eeService::Mode::On)
        return State::Unavailable;
    if (m_e2ee->encrypts(chat))
        return State::On;
    if (m_e2ee->isAvailable(chat))
        return State::Off;
    return State::Plain;
}

bool EncryptionController::currentIsGroup() const
{
    return m_chats->isRoom(m_chats->currentChat());
}

QStringList EncryptionController::currentWithoutEncryption() const
{
    return m_e2ee->membersWithoutEncryption(m_chats->currentChat());
}

void EncryptionController::setCurrentEncrypted(bool on)
{
    const QString chat = m_chats->currentChat();
    if (chat.isEmpty() || currentState() == State::Unavailable)
        return;
    m_e2ee->setMode(chat, on ? E2eeService::Mode::On : E2eeService::Mode::Off);
}

void EncryptionController::showDevices(const QString &jid)
{
    m_devicesJid = jid;
    m_devices.clear();
    Q_EMIT devicesChanged();
    m_e2ee->refreshDevices(jid);
    reloadDevices();
}

void EncryptionController::reloadDevices()
{
    const QString jid = m_devicesJid;
    m_e2ee->devices(jid).then(this, [this, jid](const QList<E2eeDevice> &found) {
        if (jid != m_devicesJid)
            return;
        QVariantList list;
        for (const E2eeDevice &d : found)
            list << QVariantMap{
                {QStringLiteral("label"), d.label},
                {QStringLiteral("fingerprint"), d.fingerprint},
                {QStringLiteral("keyHex"), QString::fromLatin1(d.keyId.toHex())},
                {QStringLiteral("trust"), int(d.trust)},
                {QStringLiteral("own"), d.own},
                {QStringLiteral("id"), qint64(d.id)},
                {QStringLiteral("protocol"), d.legacy ? QStringLiteral("OMEMO 0.3") : QStringLiteral("OMEMO 2")},
            };
        m_devices = list;
        Q_EMIT devicesChanged();
    });
}

void EncryptionController::setTrust(const QString &jid, const QString &keyHex, int trust)
{
    m_e2ee->setTrust(jid, QByteArray::fromHex(keyHex.toLatin1()), E2eeDevice::Trust(trust));
}

void EncryptionController::removeOwnDevice(int id)
{
    m_e2ee->removeOwnDevice(quint32(id)).then(this, [this](bool removed) {
        if (!removed)
            Q_EMIT failed(tr("The device could not be removed from your device lists."));
        reloadDevices();
    });
}

void EncryptionController::verifyPicture(const QUrl &file)
{
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    QtConcurrent::run(&QrCode::readFile, path).then(this, [this](const QString &uri) {
        if (uri.isEmpty())
            Q_EMIT failed(tr("No QR code could be read in this picture."));
        else
            verifyUri(uri);
    });
}

void EncryptionController::verifyUri(const QString &uri)
{
    // Another code held up to the camera (a web address, a Wi-Fi login).
    const auto link = E2eeService::parseKeyLink(uri);
    if (!link) {
        Q_EMIT failed(tr("This is not the link of someone's keys: it names no OMEMO key."));
        return;
    }
    m_e2ee->verifyUri(uri.trimmed()).then(this, [this, jid = link->jid](bool done) {
        if (done)
            Q_EMIT verified(jid);
        else
            Q_EMIT failed(tr("This code does not name a key of any device Hearth knows."));
    });
}
