#include "LegacyOmemoSessions.h"

#include "../Logging.h"
#include "LegacyOmemoStore.h"

#include <QDateTime>
#include <QObject>
#include <QRandomGenerator>
#include <omemo/curve.h>
#include <omemo/key_helper.h>
#include <omemo/protocol.h>
#include <omemo/ratchet.h>
#include <omemo/session_builder.h>
#include <omemo/session_cipher.h>
#include <omemo/session_pre_key.h>
#include <omemo/signal_protocol.h>

namespace Hearth {

namespace {
// Owns one libomemo-c reference-counted object.
template<typename T>
struct Ref
{
    T *p = nullptr;
    ~Ref()
    {
        if (p)
            signal_type_unref(reinterpret_cast<signal_type_base *>(p));
    }
    T **out() { return &p; }
};

struct Buffer
{
    signal_buffer *p = nullptr;
    ~Buffer() { signal_buffer_free(p); }
    [[nodiscard]] QByteArray bytes() const
    {
        return p ? QByteArray(reinterpret_cast<const char *>(signal_buffer_data(p)), qsizetype(signal_buffer_len(p))) : QByteArray();
    }
};

const uint8_t *data(const QByteArray &bytes)
{
    return reinterpret_cast<const uint8_t *>(bytes.constData());
}

QByteArray serialized(const ec_public_key *key)
{
    Buffer buffer;
    if (ec_public_key_serialize(&buffer.p, key) < 0)
        return {};
    return buffer.bytes();
}

struct Address
{
    QByteArray name;
    signal_protocol_address address;
    Address(const QString &jid, quint32 id)
        : name(jid.toUtf8()), address{name.constData(), size_t(name.size()), int32_t(id)}
    {
    }
};
} // namespace

LegacyOmemoSessions::LegacyOmemoSessions(LegacyOmemoStore *store)
    : m_store(store)
{
    if (m_context.isValid())
        m_storeContext = store->createContext(m_context.get());
}

LegacyOmemoSessions::~LegacyOmemoSessions()
{
    if (m_storeContext)
        signal_protocol_store_context_destroy(m_storeContext);
}

QByteArray LegacyOmemoSessions::keyId(const QByteArray &serializedPublic)
{
    return serializedPublic.size() == 33 && serializedPublic.at(0) == 0x05 ? serializedPublic.mid(1) : serializedPublic;
}

bool LegacyOmemoSessions::createOwn(quint32 deviceId, QString *error)
{
    if (!isValid()) {
        *error = QStringLiteral("libomemo-c could not be started");
        return false;
    }
    Ref<ratchet_identity_key_pair> pair;
    LegacyOmemoStore::Own own;
    own.deviceId = deviceId;
    if (signal_protocol_key_helper_generate_identity_key_pair(pair.out(), m_context.get()) < 0
        || signal_protocol_key_helper_generate_registration_id(&own.registrationId, 0, m_context.get()) < 0) {
        *error = QStringLiteral("no identity key could be generated");
        return false;
    }
    Buffer privateKey;
    own.identityPublic = serialized(ratchet_identity_key_pair_get_public(pair.p));
    if (ec_private_key_serialize(&privateKey.p, ratchet_identity_key_pair_get_private(pair.p)) < 0 || own.identityPublic.isEmpty()) {
        *error = QStringLiteral("the identity key could not be stored");
        return false;
    }
    own.identityPrivate = privateKey.bytes();
    Ref<session_signed_pre_key> signedPreKey;
    Buffer record;
    own.signedPreKeyId = 1;
    if (signal_protocol_key_helper_generate_signed_pre_key(signedPreKey.out(), pair.p, own.signedPreKeyId,
                                                           quint64(QDateTime::currentMSecsSinceEpoch()), m_context.get()) < 0
        || session_signed_pre_key_serialize(&record.p, signedPreKey.p) < 0) {
        *error = QStringLiteral("no signed pre-key could be generated");
        return false;
    }
    own.signedPreKey = record.bytes();
    m_store->setOwn(own);
    if (!refillPreKeys()) {
        *error = QStringLiteral("no pre-keys could be generated");
        return false;
    }
    return true;
}

bool LegacyOmemoSessions::refillPreKeys()
{
    auto own = m_store->own();
    const int missing = kPreKeyCount - int(m_store->preKeys().size());
    if (!own || missing <= 0)
        return bool(own);
    signal_protocol_key_helper_pre_key_list_node *head = nullptr;
    if (signal_protocol_key_helper_generate_pre_keys(&head, own->nextPreKeyId, unsigned(missing), m_context.get()) < 0)
        return false;
    QMap<quint32, QByteArray> records;
    for (auto *node = head; node; node = signal_protocol_key_helper_key_list_next(node)) {
        session_pre_key *key = signal_protocol_key_helper_key_list_element(node);
        Buffer record;
        if (session_pre_key_serialize(&record.p, key) == 0)
            records.insert(session_pre_key_get_id(key), record.bytes());
    }
    signal_protocol_key_helper_key_list_free(head);
    // Ids wrap below 2^24 as libomemo-c's helper expects.
    own->nextPreKeyId = (own->nextPreKeyId + quint32(missing) - 1) % 0xFFFFFE + 1;
    m_store->setOwn(*own);
    m_store->addPreKeys(records);
    return records.size() == missing;
}

std::optional<LegacyOmemo::Bundle> LegacyOmemoSessions::ownBundle() const
{
    const auto own = m_store->own();
    if (!own || !isValid())
        return std::nullopt;
    LegacyOmemo::Bundle bundle;
    Ref<session_signed_pre_key> signedPreKey;
    if (session_signed_pre_key_deserialize(signedPreKey.out(), data(own->signedPreKey), size_t(own->signedPreKey.size()), m_context.get()) < 0)
        return std::nullopt;
    bundle.signedPreKeyId = session_signed_pre_key_get_id(signedPreKey.p);
    bundle.signedPreKey = serialized(ec_key_pair_get_public(session_signed_pre_key_get_key_pair(signedPreKey.p)));
    bundle.signedPreKeySignature = QByteArray(reinterpret_cast<const char *>(session_signed_pre_key_get_signature(signedPreKey.p)),
                                              qsizetype(session_signed_pre_key_get_signature_len(signedPreKey.p)));
    bundle.identityKey = own->identityPublic;
    const auto &records = m_store->preKeys();
    for (auto it = records.cbegin(); it != records.cend(); ++it) {
        Ref<session_pre_key> key;
        if (session_pre_key_deserialize(key.out(), data(it.value()), size_t(it.value().size()), m_context.get()) == 0)
            bundle.preKeys.insert(it.key(), serialized(ec_key_pair_get_public(session_pre_key_get_key_pair(key.p))));
    }
    return bundle;
}

bool LegacyOmemoSessions::buildSession(const QString &jid, quint32 deviceId, const LegacyOmemo::Bundle &bundle, QString *error)
{
    if (!isValid() || bundle.preKeys.isEmpty()) {
        *error = QStringLiteral("the bundle has no pre-keys");
        return false;
    }
    Ref<ec_public_key> identity, signedPreKey, preKey;
    const auto ids = bundle.preKeys.keys();
    const quint32 preKeyId = ids.at(int(QRandomGenerator::system()->bounded(qsizetype(ids.size()))));
    const QByteArray preKeyData = bundle.preKeys.value(preKeyId);
    if (curve_decode_point(identity.out(), data(bundle.identityKey), size_t(bundle.identityKey.size()), m_context.get()) < 0
        || curve_decode_point(signedPreKey.out(), data(bundle.signedPreKey), size_t(bundle.signedPreKey.size()), m_context.get()) < 0
        || curve_decode_point(preKey.out(), data(preKeyData), size_t(preKeyData.size()), m_context.get()) < 0) {
        *error = QStringLiteral("the bundle's keys are malformed");
        return false;
    }
    Ref<session_pre_key_bundle> preKeyBundle;
    if (session_pre_key_bundle_create(preKeyBundle.out(), 0, int(deviceId), preKeyId, preKey.p, bundle.signedPreKeyId, signedPreKey.p,
                                      data(bundle.signedPreKeySignature), size_t(bundle.signedPreKeySignature.size()), identity.p) < 0) {
        *error = QStringLiteral("the bundle could not be read");
        return false;
    }
    Address address(jid, deviceId);
    session_builder *builder = nullptr;
    if (session_builder_create(&builder, m_storeContext, &address.address, m_context.get()) < 0) {
        *error = QStringLiteral("no session could be started");
        return false;
    }
    session_builder_set_version(builder, CIPHERTEXT_CURRENT_VERSION);
    const int result = session_builder_process_pre_key_bundle(builder, preKeyBundle.p);
    session_builder_free(builder);
    if (result == SG_ERR_INVALID_KEY) {
        *error = QStringLiteral("the bundle's signature is wrong");
        return false;
    }
    if (result == SG_ERR_UNTRUSTED_IDENTITY) {
        *error = QStringLiteral("the device's identity key changed");
        return false;
    }
    if (result < 0) {
        *error = QStringLiteral("no session could be built (error %1)").arg(result);
        return false;
    }
    return true;
}

std::optional<LegacyOmemoSessions::SealedKey> LegacyOmemoSessions::encryptKey(const QString &jid, quint32 deviceId, const QByteArray &keyMaterial)
{
    Address address(jid, deviceId);
    session_cipher *cipher = nullptr;
    if (!isValid() || session_cipher_create(&cipher, m_storeContext, &address.address, m_context.get()) < 0)
        return std::nullopt;
    session_cipher_set_version(cipher, CIPHERTEXT_CURRENT_VERSION);
    Ref<ciphertext_message> message;
    const int result = session_cipher_encrypt(cipher, data(keyMaterial), size_t(keyMaterial.size()), message.out());
    session_cipher_free(cipher);
    if (result < 0) {
        qCDebug(lcE2ee) << "OMEMO 0.3: no key for" << jid << deviceId << "error" << result;
        return std::nullopt;
    }
    signal_buffer *bytes = ciphertext_message_get_serialized(message.p);
    SealedKey sealed;
    sealed.data = QByteArray(reinterpret_cast<const char *>(signal_buffer_data(bytes)), qsizetype(signal_buffer_len(bytes)));
    sealed.preKey = ciphertext_message_get_type(message.p) == CIPHERTEXT_PREKEY_TYPE;
    return sealed;
}

std::optional<QByteArray> LegacyOmemoSessions::decryptKey(const QString &jid, quint32 deviceId, const QByteArray &bytes, bool preKey, Failure *failure)
{
    *failure = Failure::Invalid;
    Address address(jid, deviceId);
    session_cipher *cipher = nullptr;
    if (!isValid() || session_cipher_create(&cipher, m_storeContext, &address.address, m_context.get()) < 0)
        return std::nullopt;
    session_cipher_set_version(cipher, CIPHERTEXT_CURRENT_VERSION);
    Buffer plain;
    int result = SG_ERR_INVALID_MESSAGE;
    if (preKey) {
        Ref<pre_key_signal_message> message;
        result = pre_key_signal_message_deserialize(message.out(), data(bytes), size_t(bytes.size()), m_context.get());
        if (result >= 0)
            result = session_cipher_decrypt_pre_key_signal_message(cipher, message.p, nullptr, &plain.p);
    } else {
        Ref<signal_message> message;
        result = signal_message_deserialize(message.out(), data(bytes), size_t(bytes.size()), m_context.get());
        if (result >= 0)
            result = session_cipher_decrypt_signal_message(cipher, message.p, nullptr, &plain.p);
    }
    session_cipher_free(cipher);
    switch (result) {
    case SG_ERR_DUPLICATE_MESSAGE:
        *failure = Failure::Duplicate;
        return std::nullopt;
    case SG_ERR_NO_SESSION:
    case SG_ERR_INVALID_KEY_ID:
        *failure = Failure::NoSession;
        return std::nullopt;
    case SG_ERR_UNTRUSTED_IDENTITY:
        *failure = Failure::Untrusted;
        return std::nullopt;
    default:
        break;
    }
    if (result < 0) {
        qCDebug(lcE2ee) << "OMEMO 0.3: the key from" << jid << deviceId << "could not be decrypted, error" << result;
        return std::nullopt;
    }
    *failure = Failure::None;
    return plain.bytes();
}

} // namespace Hearth
