#pragma once

#include <QXmppE2eeExtension.h>
#include <functional>

class QXmppOmemoManager;

namespace Hearth {

class LegacyOmemoManager;

// The client's one encryption extension, in front of the two OMEMO
// versions: a message to a person goes with the version their devices
// speak (the chooser decides), and what arrives or comes from the archive
// is decrypted by the version it was encrypted with.
class E2eeRouter : public QXmppE2eeExtension
{
public:
    using LegacyChooser = std::function<bool(const QString &bareJid)>;
    E2eeRouter(QXmppOmemoManager *omemo2, LegacyOmemoManager *legacy, LegacyChooser useLegacy);

    QXmppTask<MessageEncryptResult> encryptMessage(QXmppMessage &&message, const std::optional<QXmppSendStanzaParams> &params) override;
    QXmppTask<MessageDecryptResult> decryptMessage(QXmppMessage &&message) override;
    QXmppTask<IqEncryptResult> encryptIq(QXmppIq &&iq, const std::optional<QXmppSendStanzaParams> &params) override;
    QXmppTask<IqDecryptResult> decryptIq(const QDomElement &element) override;
    bool isEncrypted(const QDomElement &element) override;
    bool isEncrypted(const QXmppMessage &message) override;

private:
    QXmppOmemoManager *m_omemo2;
    LegacyOmemoManager *m_legacy;
    LegacyChooser m_useLegacy;
};

} // namespace Hearth
