#pragma once

#include <QObject>
#include <QQmlEngine>
#include <QUrl>
#include <QVariantList>

namespace Hearth {
class E2eeService;
}
class ChatController;

// End-to-end encryption for QML (AppController.encryption): the open
// conversation's lock (encrypted or not, and whether it can be), turning it
// on or off, a person's OMEMO devices with their fingerprints and trust for
// the profile pages, the user's own key as an xmpp: URI (a QR code shows it)
// and verifying one that was scanned or pasted.
class EncryptionController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Use AppController.encryption")

    Q_PROPERTY(State currentState READ currentState NOTIFY currentStateChanged)
    // The open conversation is a private group; its members (addresses)
    // who announce no OMEMO device and so cannot read what is encrypted.
    Q_PROPERTY(bool currentIsGroup READ currentIsGroup NOTIFY currentStateChanged)
    Q_PROPERTY(QStringList currentWithoutEncryption READ currentWithoutEncryption NOTIFY currentStateChanged)
    Q_PROPERTY(QString devicesJid READ devicesJid NOTIFY devicesChanged)
    Q_PROPERTY(QVariantList devices READ devices NOTIFY devicesChanged)
    Q_PROPERTY(QString ownKeyUri READ ownKeyUri NOTIFY ownKeyUriChanged)
    Q_PROPERTY(bool ready READ isReady NOTIFY readyChanged)
    // The private keys are sealed and the keychain cannot open them.
    Q_PROPERTY(bool locked READ isLocked NOTIFY readyChanged)
    // Why the private keys are not sealed with the keychain's key ('' when they are).
    Q_PROPERTY(QString keyProtectionNote READ keyProtectionNote NOTIFY readyChanged)

public:
    // Unavailable: a room that is not a private group, or no encryption set up;
    // Plain: the contact announces no OMEMO device; Off: it could be, the
    // user turned it off; On: what the user sends is encrypted.
    enum class State { Unavailable, Plain, Off, On };
    Q_ENUM(State)
    // A device's trust as the profile pages show it (E2eeDevice::Trust).
    enum class Trust { Unknown, Distrusted, Trusted, Verified };
    Q_ENUM(Trust)

    EncryptionController(Hearth::E2eeService *e2ee, ChatController *chats, QObject *parent = nullptr);

    [[nodiscard]] State currentState() const;
    [[nodiscard]] bool currentIsGroup() const;
    [[nodiscard]] QStringList currentWithoutEncryption() const;
    [[nodiscard]] QString devicesJid() const { return m_devicesJid; }
    [[nodiscard]] QVariantList devices() const { return m_devices; }
    [[nodiscard]] QString ownKeyUri() const;
    [[nodiscard]] bool isReady() const;
    [[nodiscard]] bool isLocked() const;
    [[nodiscard]] QString keyProtectionNote() const;

    // The open conversation's lock.
    Q_INVOKABLE void setCurrentEncrypted(bool on);
    // Shows jid's devices (the user's own JID: this device first).
    Q_INVOKABLE void showDevices(const QString &jid);
    // Trust for one device by its key (hex), Trust as int.
    Q_INVOKABLE void setTrust(const QString &jid, const QString &keyHex, int trust);
    // Verifies the keys an xmpp: URI carries (a scanned QR code).
    Q_INVOKABLE void verifyUri(const QString &uri);
    // The same from a picture of the contact's QR code (a photo or a
    // screenshot), read on a worker thread.
    Q_INVOKABLE void verifyPicture(const QUrl &file);
    // Takes one of the user's other (old) devices out of their device lists.
    Q_INVOKABLE void removeOwnDevice(int id);

Q_SIGNALS:
    void currentStateChanged();
    void devicesChanged();
    void ownKeyUriChanged();
    void readyChanged();
    // The keys a link named are verified; jid: whose they are.
    void verified(const QString &jid);
    void failed(const QString &message);

private:
    void reloadDevices();

    Hearth::E2eeService *m_e2ee;
    ChatController *m_chats;
    QString m_devicesJid;
    QVariantList m_devices;
};
