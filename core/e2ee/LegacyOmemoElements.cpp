#include "LegacyOmemoElements.h"

#include <QDomElement>
#include <QObject>
#include <QXmppElement.h>

namespace Hearth::LegacyOmemo {

namespace {
const QString kNamespace = QString::fromLatin1(kNs);

QXmppElement child(const QString &name, const QString &text = {})
{
    QXmppElement e;
    e.setTagName(name);
    if (!text.isEmpty())
        e.setValue(text);
    return e;
}

QString base64(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toBase64());
}

// Strict base64: what does not decode is an error, not garbage bytes.
std::optional<QByteArray> fromBase64(const QString &text)
{
    auto decoded = QByteArray::fromBase64Encoding(text.trimmed().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return *decoded;
}

// Device ids are 1 … 2^31-1; key ids may start at 0.
bool toId(const QString &text, quint32 *id, bool zeroAllowed = false)
{
    bool ok = false;
    const qulonglong value = text.toULongLong(&ok);
    if (!ok || (value == 0 && !zeroAllowed) || value > 0x7fffffff)
        return false;
    *id = quint32(value);
    return true;
}
} // namespace

QString bundleNode(quint32 deviceId)
{
    return QStringLiteral("eu.siacs.conversations.axolotl.bundles:%1").arg(deviceId);
}

DeviceList parseDeviceList(const QDomElement &list)
{
    DeviceList result;
    for (QDomElement d = list.firstChildElement(QStringLiteral("device")); !d.isNull(); d = d.nextSiblingElement(QStringLiteral("device"))) {
        quint32 id = 0;
        if (!toId(d.attribute(QStringLiteral("id")), &id) || result.ids.contains(id))
            continue;
        if (result.ids.size() == kMaxDevices) {
            result.truncated = true;
            break;
        }
        result.ids << id;
    }
    return result;
}

QXmppElement deviceListElement(const QList<quint32> &ids)
{
    QXmppElement list = child(QStringLiteral("list"));
    list.setAttribute(QStringLiteral("xmlns"), kNamespace);
    for (quint32 id : ids) {
        QXmppElement device = child(QStringLiteral("device"));
        device.setAttribute(QStringLiteral("id"), QString::number(id));
        list.appendChild(device);
    }
    return list;
}

std::optional<Bundle> parseBundle(const QDomElement &element, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::optional<Bundle>();
    };
    if (element.tagName() != QLatin1String("bundle") || element.namespaceURI() != kNamespace)
        return fail(QStringLiteral("not an OMEMO 0.3 bundle"));
    Bundle bundle;
    const QDomElement spk = element.firstChildElement(QStringLiteral("signedPreKeyPublic"));
    const auto spkData = fromBase64(spk.text());
    if (spk.isNull() || !spkData || spkData->isEmpty() || !toId(spk.attribute(QStringLiteral("signedPreKeyId")), &bundle.signedPreKeyId, true))
        return fail(QStringLiteral("the bundle's signed pre-key is missing or malformed"));
    bundle.signedPreKey = *spkData;
    const auto signature = fromBase64(element.firstChildElement(QStringLiteral("signedPreKeySignature")).text());
    if (!signature || signature->isEmpty())
        return fail(QStringLiteral("the bundle's signature is missing or malformed"));
    bundle.signedPreKeySignature = *signature;
    const auto identity = fromBase64(element.firstChildElement(QStringLiteral("identityKey")).text());
    if (!identity || identity->isEmpty())
        return fail(QStringLiteral("the bundle's identity key is missing or malformed"));
    bundle.identityKey = *identity;
    const QDomElement preKeys = element.firstChildElement(QStringLiteral("prekeys"));
    for (QDomElement k = preKeys.firstChildElement(QStringLiteral("preKeyPublic")); !k.isNull(); k = k.nextSiblingElement(QStringLiteral("preKeyPublic"))) {
        quint32 id = 0;
        const auto data = fromBase64(k.text());
        if (toId(k.attribute(QStringLiteral("preKeyId")), &id, true) && data && !data->isEmpty())
            bundle.preKeys.insert(id, *data);
    }
    if (bundle.preKeys.isEmpty())
        return fail(QStringLiteral("the bundle has no pre-keys"));
    return bundle;
}

QXmppElement bundleElement(const Bundle &bundle)
{
    QXmppElement e = child(QStringLiteral("bundle"));
    e.setAttribute(QStringLiteral("xmlns"), kNamespace);
    QXmppElement spk = child(QStringLiteral("signedPreKeyPublic"), base64(bundle.signedPreKey));
    spk.setAttribute(QStringLiteral("signedPreKeyId"), QString::number(bundle.signedPreKeyId));
    e.appendChild(spk);
    e.appendChild(child(QStringLiteral("signedPreKeySignature"), base64(bundle.signedPreKeySignature)));
    e.appendChild(child(QStringLiteral("identityKey"), base64(bundle.identityKey)));
    QXmppElement preKeys = child(QStringLiteral("prekeys"));
    for (auto it = bundle.preKeys.cbegin(); it != bundle.preKeys.cend(); ++it) {
        QXmppElement k = child(QStringLiteral("preKeyPublic"), base64(it.value()));
        k.setAttribute(QStringLiteral("preKeyId"), QString::number(it.key()));
        preKeys.appendChild(k);
    }
    e.appendChild(preKeys);
    return e;
}

std::optional<Encrypted> parseEncrypted(const QDomElement &element, QString *error)
{
    auto fail = [error](const QString &why) {
        if (error)
            *error = why;
        return std::optional<Encrypted>();
    };
    const QDomElement header = element.firstChildElement(QStringLiteral("header"));
    Encrypted result;
    if (header.isNull() || !toId(header.attribute(QStringLiteral("sid")), &result.sid))
        return fail(QStringLiteral("the encrypted message names no sending device"));
    const auto iv = fromBase64(header.firstChildElement(QStringLiteral("iv")).text());
    if (!iv || iv->size() < 12 || iv->size() > 16)
        return fail(QStringLiteral("the encrypted message's IV is missing or malformed"));
    result.iv = *iv;
    for (QDomElement k = header.firstChildElement(QStringLiteral("key")); !k.isNull(); k = k.nextSiblingElement(QStringLiteral("key"))) {
        Encrypted::Key key;
        const auto data = fromBase64(k.text());
        if (!toId(k.attribute(QStringLiteral("rid")), &key.rid) || !data || data->isEmpty())
            continue; // one bad key does not spoil the others
        const QString prekey = k.attribute(QStringLiteral("prekey"));
        key.preKey = prekey == QLatin1String("true") || prekey == QLatin1String("1");
        key.data = *data;
        result.keys << key;
    }
    const QDomElement payload = element.firstChildElement(QStringLiteral("payload"));
    if (!payload.isNull()) {
        const auto data = fromBase64(payload.text());
        if (!data)
            return fail(QStringLiteral("the encrypted message's payload is malformed"));
        result.payload = *data;
    }
    return result;
}

QXmppElement encryptedElement(const Encrypted &encrypted)
{
    QXmppElement e = child(QStringLiteral("encrypted"));
    e.setAttribute(QStringLiteral("xmlns"), kNamespace);
    QXmppElement header = child(QStringLiteral("header"));
    header.setAttribute(QStringLiteral("sid"), QString::number(encrypted.sid));
    for (const auto &key : encrypted.keys) {
        QXmppElement k = child(QStringLiteral("key"), base64(key.data));
        k.setAttribute(QStringLiteral("rid"), QString::number(key.rid));
        if (key.preKey)
            k.setAttribute(QStringLiteral("prekey"), QStringLiteral("true"));
        header.appendChild(k);
    }
    header.appendChild(child(QStringLiteral("iv"), base64(encrypted.iv)));
    e.appendChild(header);
    if (!encrypted.payload.isEmpty())
        e.appendChild(child(QStringLiteral("payload"), base64(encrypted.payload)));
    return e;
}

} // namespace Hearth::LegacyOmemo
