#include "E2eeRouter.h"

#include "LegacyOmemoManager.h"

#include <QXmppClient.h>
#include <QXmppE2eeMetadata.h>
#include <QXmppMessage.h>
#include <QXmppOmemoManager.h>
#include <QXmppPromise.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace Hearth {

E2eeRouter::E2eeRouter(QXmppOmemoManager *omemo2, LegacyOmemoManager *legacy, LegacyChooser useLegacy, GroupSender groupSender)
    : m_omemo2(omemo2), m_legacy(legacy), m_useLegacy(std::move(useLegacy)), m_groupSender(std::move(groupSender))
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
    if (message.type() != QXmppMessage::GroupChat) {
        if (LegacyOmemoManager::isEncrypted(message))
            return m_legacy->decryptMessage(std::move(message));
        return m_omemo2->decryptMessage(std::move(message));
    }
    // Both versions take the sender from a MIX participant's JID when
    // there is one (XEP-0405): the group's sender is set there for the
    // decryption and taken out again after (nothing else reads it).
    message.setMixUserJid(m_groupSender(message));
    const bool legacy = LegacyOmemoManager::isEncrypted(message);
    auto task = legacy ? m_legacy->decryptMessage(std::move(message)) : m_omemo2->decryptMessage(std::move(message));
    QXmppPromise<MessageDecryptResult> done;
    auto result = done.task();
    task.then(this, [done](MessageDecryptResult decrypted) mutable {
        if (auto *read = std::get_if<QXmppMessage>(&decrypted))
            read->setMixUserJid({});
        done.finish(std::move(decrypted));
    });
    return result;
}

bool E2eeRouter::handleMessage(const QXmppMessage &message)
{
    // Live group messages (the managers read a sender from 'from', which
    // in a room is the occupant): decrypted here with the real sender and
    // passed on; one that cannot be read goes on as it came (marked by its
    // reader).
    if (message.type() != QXmppMessage::GroupChat || !isEncrypted(message))
        return false;
    QXmppMessage copy = message;
    decryptMessage(std::move(copy)).then(this, [this, message](MessageDecryptResult result) {
        if (auto *read = std::get_if<QXmppMessage>(&result)) {
            if (!read->body().isEmpty() || !read->extensions().isEmpty() || read->e2eeMetadata())
                injectMessage(std::move(*read));
            return;
        }
        Q_EMIT client()->messageReceived(message);
    });
    return true;
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
