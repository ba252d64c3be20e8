// libFuzzer target: any bytes as a vCard4 (XEP-0292) or vcard-temp
// (XEP-0054) payload through ProfileCard. Never a crash; the vCard4 Hearth
// writes back is well-formed, reads back the same, and keeps what it came with.
#include "FuzzUtils.h"

#include "profile/ProfileCard.h"

#include <QXmppVCardIq.h>

using namespace Hearth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 128 * 1024)
        return 0;
    const QString input = Fuzz::text(data, size);
    const ProfileCard card = ProfileCard::fromVCard4Xml(input);
    const QString written = card.toVCard4Xml();
    Fuzz::requireWellFormed(written);
    const ProfileCard again = ProfileCard::fromVCard4Xml(written);
    FUZZ_REQUIRE(again.fullName == card.fullName && again.nickname == card.nickname && again.note == card.note
                  && again.url == card.url && again.email == card.email);

    // The same bytes as the <vCard xmlns='vcard-temp'/> of an IQ.
    QDomDocument doc;
    const QDomElement root = Fuzz::root(QStringLiteral("<iq type='result' id='v1'>") + input + QStringLiteral("</iq>"), doc);
    if (!root.isNull()) {
        QXmppVCardIq iq;
        iq.parse(root);
        const ProfileCard legacy = ProfileCard::fromVCardTemp(iq);
        Fuzz::requireWellFormed(legacy.toVCard4Xml());
    }
    return 0;
}
