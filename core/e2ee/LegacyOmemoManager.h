#pragma once

#include "LegacyOmemoSessions.h"

#include <QFuture>
#include <QSet>
#include <QXmppClientExtension.h>
#include <QXmppE2eeExtension.h>
#include <QXmppMessageHandler.h>
#include <QXmppPubSubEventHandler.h>

class QXmppPubSubManager;
class QXmppTrustStorage;

namespace Hearth {

class LegacyOmemoStore;

// OMEMO 0.3 (XEP-0384 0.3.0, eu.siacs.conversations.axolotl), which
// Conversations, Dino, Gajim and Movim speak and QXmpp does not: the device
// list and this device's bundle on PEP, sessions from contacts' bundles,
// messages encrypted (the body: AES-128-GCM, its key and tag per device)
// and decrypted, live and from the archive. Trust is blind before
// verification, kept in Hearth's trust storage under the 0.3 namespace.
// A message that cannot be read is handed on without its <encrypted>
// element and with a local marker saying why (kUndecryptableMarker).
class LegacyOmemoManager : public QXmppClientExtension, public QXmppMessageHandler, public QXmppPubSubEventHandler
{
    Q_OBJECT
public:
    // <undecryptable xmlns='urn:hearth:local' reason='…'/>: never sent,
    // read by ChatStanzas. Reasons: not-for-this-device, broken, untrusted.
    static constexpr auto kMarkerNs = "urn:hearth:local";

    LegacyOmemoManager(LegacyOmemoStore *store, QXmppTrustStorage *trust);

    void setOwnJid(const QString &jid) { m_ownJid = jid; }
    [[nodiscard]] bool isReady() const;
    [[nodiscard]] quint32 ownDeviceId() const;
    // This device's identity key (32 bytes), empty before setUp.
    [[nodiscard]] QByteArray ownKeyId() const;

    // Creates this device's keys under deviceId (the id its OMEMO 2 device
    // has, so other clients see one device speaking both) unless there are
    // some, then publishes the bundle and adds the device to the list.
    QFuture<bool> setUp(quint32 deviceId);
    // This device is in the user's published device list (others can
    // encrypt for it).
    [[nodiscard]] bool isListed() const { return m_listed; }
    // A person's devices as last announced (this device left out).
    [[nodiscard]] QList<quint32> devices(const QString &jid) const;
    [[nodiscard]] QMap<quint32, QByteArray> identityKeys(const QString &jid) const;
    // Asks the person's server for the device list.
    QFuture<void> requestDeviceList(const QString &jid);
    // Takes one of the user's other devices (an old one) out of the 0.3
    // device list; false when it was not in it or the list could not be
    // published.
    QFuture<bool> removeOwnDevice(quint32 id);

    static bool isEncrypted(const QDomElement &message);
    [[nodiscard]] static bool isEncrypted(const QXmppMessage &message);
    // For the addressee, or for recipients (a private group's members,
    // the message going to the room).
    QXmppTask<QXmppE2eeExtension::MessageEncryptResult> encryptMessage(QXmppMessage &&message, const QStringList &recipients = {});
    // The message readable (body set, 0.3 metadata) or marked undecryptable.
    QXmppTask<QXmppE2eeExtension::MessageDecryptResult> decryptMessage(QXmppMessage &&message);

    [[nodiscard]] QStringList discoveryFeatures() const override;
    bool handleMessage(const QXmppMessage &message) override;
    bool handlePubSubEvent(const QDomElement &element, const QString &pubSubService, const QString &nodeName) override;

Q_SIGNALS:
    void devicesChanged(const QString &jid);

protected:
    void onRegistered(QXmppClient *client) override;

private:
    [[nodiscard]] QXmppPubSubManager *pubsub() const;
    enum class Outcome { Read, Marked, Ignored };
    Outcome decrypt(QXmppMessage &message);
    void mark(QXmppMessage &message, const QString &reason);
    void publishBundle();
    void publishDeviceList(const QList<quint32> &ids);
    void onSessionStarted();
    void onOwnList(const QList<quint32> &ids);
    void noteKeys(const QString &jid);
    // Fetches the bundles of jid's devices whose key is not known yet.
    void fetchKeys(const QString &jid);
    void forgetRefusals(const QString &jid);
    // Sessions with every listed device of the jids that has none; done
    // calls back when the bundles have come (or failed).
    void ensureSessions(const QStringList &jids, std::function<void()> done);
    // A session with jid's device from its published bundle; done gets
    // why not (empty once built).
    void buildFromBundle(const QString &jid, quint32 deviceId, std::function<void(const QString &error)> done);
    // A message from jid's device that no session of ours could read (none,
    // or one out of step): a new session from its bundle, announced with an
    // empty key transport so its next messages use it, as Conversations
    // and Dino do; at most once a minute per device. Else the sender, never
    // told, writes on into a session this device cannot read.
    void repairSession(const QString &jid, quint32 deviceId);

    LegacyOmemoStore *m_store;
    QXmppTrustStorage *m_trust;
    LegacyOmemoSessions m_sessions;
    QString m_ownJid;
    QSet<QString> m_refused; // jid/device whose bundle was bad: not asked again this run
    QHash<QString, qint64> m_lastRepair; // jid/device -> when its session was last rebuilt (ms)
    bool m_bundleQueued = false;
    bool m_published = false;
    bool m_listed = false;
};

} // namespace Hearth
