#pragma once

#include <QXmppClientExtension.h>
#include <QXmppE2eeExtension.h>
#include <QXmppMessageHandler.h>
#include <functional>

class QXmppOmemoManager;

namespace Hearth {

class LegacyOmemoManager;

// The client's one encryption extension, in front of the two OMEMO
// versions: a message to a person goes with the version their devices
// speak (the chooser decides), and what arrives or comes from the archive
// is decrypted by the version it was encrypted with. Group messages come
// from an occupant, not a person: the router says who sent them (the
// sender function) before either version decrypts, and handles the live
// ones itself, ahead of the managers (it is the client's first extension).
class E2eeRouter : public QXmppClientExtension, public QXmppE2eeExtension, public QXmppMessageHandler
{
    Q_OBJECT
public:
    using LegacyChooser = std::function<bool(const QString &bareJid)>;
    // The real bare JID behind a group message, empty when unknown.
    using GroupSender = std::function<QString(const QXmppMessage &message)>;
    E2eeRouter(QXmppOmemoManager *omemo2, LegacyOmemoManager *legacy, LegacyChooser useLegacy, GroupSender groupSender);

    QXmppTask<MessageEncryptResult> encryptMessage(QXmppMessage &&message, const std::optional<QXmppSendStanzaParams> &params) override;
    QXmppTask<MessageDecryptResult> decryptMessage(QXmppMessage &&message) override;
    QXmppTask<IqEncryptResult> encryptIq(QXmppIq &&iq, const std::optional<QXmppSendStanzaParams> &params) override;
    QXmppTask<IqDecryptResult> decryptIq(const QDomElement &element) override;
    bool isEncrypted(const QDomElement &element) override;
    bool isEncrypted(const QXmppMessage &message) override;

    bool handleMessage(const QXmppMessage &message) override;

private:
    QXmppOmemoManager *m_omemo2;
    LegacyOmemoManager *m_legacy;
    LegacyChooser m_useLegacy;
    GroupSender m_groupSender;
};

} // namespace Hearth
