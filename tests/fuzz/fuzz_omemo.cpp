// libFuzzer target: any bytes as OMEMO 0.3 elements from the network (a
// device list, a bundle, an encrypted message; issue 19). Never a crash;
// a flooded list stays cut; what parses is written back well-formed and
// reads back the same.
#include "FuzzUtils.h"

#include "e2ee/LegacyOmemoElements.h"

#include <QXmlStreamWriter>
#include <QXmppElement.h>

using namespace Hearth;

namespace {
QString xmlOf(const QXmppElement &element)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    element.toXml(&writer);
    return xml;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 128 * 1024)
        return 0;
    QDomDocument doc;
    const QDomElement root = Fuzz::root(Fuzz::text(data, size), doc);
    if (root.isNull())
        return 0;

    const auto list = LegacyOmemo::parseDeviceList(root);
    FUZZ_REQUIRE(list.ids.size() <= LegacyOmemo::kMaxDevices);
    const QString listXml = xmlOf(LegacyOmemo::deviceListElement(list.ids));
    Fuzz::requireWellFormed(listXml);
    QDomDocument listDoc;
    FUZZ_REQUIRE(LegacyOmemo::parseDeviceList(Fuzz::root(listXml, listDoc)).ids == list.ids);

    QString error;
    if (const auto bundle = LegacyOmemo::parseBundle(root, &error)) {
        FUZZ_REQUIRE(!bundle->preKeys.isEmpty() && !bundle->identityKey.isEmpty());
        const QString written = xmlOf(LegacyOmemo::bundleElement(*bundle));
        Fuzz::requireWellFormed(written);
        QDomDocument again;
        const auto back = LegacyOmemo::parseBundle(Fuzz::root(written, again), &error);
        FUZZ_REQUIRE(back && back->preKeys == bundle->preKeys && back->identityKey == bundle->identityKey);
    } else {
        FUZZ_REQUIRE(!error.isEmpty());
    }

    error.clear();
    if (const auto encrypted = LegacyOmemo::parseEncrypted(root, &error)) {
        FUZZ_REQUIRE(encrypted->sid != 0 && encrypted->iv.size() >= 12);
        const QString written = xmlOf(LegacyOmemo::encryptedElement(*encrypted));
        Fuzz::requireWellFormed(written);
        QDomDocument again;
        const auto back = LegacyOmemo::parseEncrypted(Fuzz::root(written, again), &error);
        FUZZ_REQUIRE(back && back->sid == encrypted->sid && back->payload == encrypted->payload
                     && back->keys.size() == encrypted->keys.size());
    } else {
        FUZZ_REQUIRE(!error.isEmpty());
    }
    return 0;
}
