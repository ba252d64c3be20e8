#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QString>
#include <optional>

class QDomElement;
class QXmppElement;

namespace Hearth {

// OMEMO 0.3's elements (XEP-0384 version 0.3.0, namespace
// eu.siacs.conversations.axolotl) as Conversations, Dino, Gajim and Movim
// write them: the device list, a device's bundle and the encrypted message.
// Parsing is strict about what a session needs and says what was wrong.
namespace LegacyOmemo {

inline constexpr auto kNs = "eu.siacs.conversations.axolotl";
inline constexpr auto kDeviceListNode = "eu.siacs.conversations.axolotl.devicelist";
QString bundleNode(quint32 deviceId);

// More than this many devices in one list is a flood: the first ones count.
inline constexpr int kMaxDevices = 64;

struct DeviceList
{
    QList<quint32> ids;
    bool truncated = false; // more than kMaxDevices were announced
};
// <list xmlns='eu.siacs.conversations.axolotl'><device id='…'/>…</list>
DeviceList parseDeviceList(const QDomElement &list);
QXmppElement deviceListElement(const QList<quint32> &ids);

struct Bundle
{
    quint32 signedPreKeyId = 0;
    QByteArray signedPreKey;       // serialized public key (0x05 + 32 bytes)
    QByteArray signedPreKeySignature;
    QByteArray identityKey;        // serialized public key
    QMap<quint32, QByteArray> preKeys;
};
// An error says what is missing; a bundle without pre-keys is refused.
std::optional<Bundle> parseBundle(const QDomElement &bundle, QString *error);
QXmppElement bundleElement(const Bundle &bundle);

struct Encrypted
{
    struct Key
    {
        quint32 rid = 0;
        bool preKey = false;
        QByteArray data;
    };
    quint32 sid = 0;
    QList<Key> keys;
    QByteArray iv;
    QByteArray payload; // empty for a key transport (no message)
};
std::optional<Encrypted> parseEncrypted(const QDomElement &encrypted, QString *error);
QXmppElement encryptedElement(const Encrypted &encrypted);

} // namespace LegacyOmemo
} // namespace Hearth
