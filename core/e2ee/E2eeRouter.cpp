#include "E2eeRouter.h"

#include "LegacyOmemoManager.h"

#include <QXmppMessage.h>
#include <QXmppOmemoManager.h>
#include <QXmppPromise.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace Hearth {

E2eeRouter::E2eeRouter(QXmppOmemoManager *omemo2, LegacyOmemoManager *legacy, LegacyChooser useLegacy)
    : m_omemo2(omemo2), m_legacy(legacy), m_useLegacy(std::move(useLegacy))
{
}

QXmppTask<QXmppE2eeExtension::MessageEncryptResult> E2eeRouter::encryptMessage(QXmppMessage &&message, const std::optional<QXmppSendStanzaParams> &params)
{
    // QXmpp sends what this returns by its public part only (right for
    // OMEMO 2, whose content is inside the envelope); an OMEMO 0.3 message
    // must go whole, so a 0.3 contact's messages are refused here and go
    // through E2eeService::sendEncrypted instead. Never plaintext.
    if (m_useLegacy(QXmppUtils::jidToBareJid(message.to()).toLower())) {
        QXmppPromise<MessageEncryptResult> refused;
        refused.finish(QXmppError{QStringLiteral("OMEMO 0.3 messages are sent through E2eeService::sendEncrypted"), {}});
        return refused.task();
    }
    return m_omemo2->encryptMessage(std::move(message), params);
}

QXmppTask<QXmppE2eeExtension::MessageDecryptResult> E2eeRouter::decryptMessage(QXmppMessage &&message)
{
    if (LegacyOmemoManager::isEncrypted(message))
        return m_legacy->decryptMessage(std::move(message));
    return m_omemo2->decryptMessage(std::move(message));
}

QXmppTask<QXmppE2eeExtension::IqEncryptResult> E2eeRouter::encryptIq(QXmppIq &&iq, const std::optional<QXmppSendStanzaParams> &params)
{
    // OMEMO 0.3 has no encrypted IQs.
    return m_omemo2->encryptIq(std::move(iq), params);
}

QXmppTask<QXmppE2eeExtension::IqDecryptResult> E2eeRouter::decryptIq(const QDomElement &element)
{
    return m_omemo2->decryptIq(element);
}

bool E2eeRouter::isEncrypted(const QDomElement &element)
{
    // Decides how QXmpp parses a stanza: an OMEMO 2 one only for its public
    // part (the rest comes from the encrypted envelope). OMEMO 0.3 encrypts
    // the body alone, so its messages are parsed as any other (corrections,
    // replies, delays kept) and the reader replaces the body.
    return m_omemo2->isEncrypted(element);
}

bool E2eeRouter::isEncrypted(const QXmppMessage &message)
{
    return m_omemo2->isEncrypted(message) || LegacyOmemoManager::isEncrypted(message);
}

} // namespace Hearth
