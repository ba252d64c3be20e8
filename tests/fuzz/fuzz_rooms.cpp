// libFuzzer target: any bytes as a XEP-0402 <conference/> bookmark and as a
// muc#roomconfig data form (XEP-0045 §10.2). Never a crash; the bookmark
// Hearth writes back is well-formed, reads back the same and keeps the
// other clients' extensions; a form submission is well-formed.
#include "FuzzUtils.h"

#include "muc/Bookmark.h"
#include "muc/RoomConfig.h"

#include <QXmlStreamWriter>
#include <QXmppDataForm.h>

using namespace Hearth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 128 * 1024)
        return 0;
    const QString input = Fuzz::text(data, size);

    Bookmark bookmark;
    if (bookmark.readConference(QStringLiteral("room@muc.example.org"), input)) {
        const QString written = bookmark.conferenceXml();
        Fuzz::requireWellFormed(written);
        Bookmark again;
        FUZZ_REQUIRE(again.readConference(bookmark.jid, written));
        FUZZ_REQUIRE(again == bookmark);
        // Changing the notification level keeps the rest of <extensions>.
        again.setNotify(Bookmark::Notify::OnMention);
        FUZZ_REQUIRE(again.notify() == Bookmark::Notify::OnMention);
        Fuzz::requireWellFormed(again.conferenceXml());
    }

    QDomDocument doc;
    const QDomElement root = Fuzz::root(input, doc);
    if (!root.isNull() && root.tagName() == QLatin1String("x")) {
        QXmppDataForm form;
        form.parse(root);
        RoomSettings settings = RoomConfig::fromForm(form);
        settings.name = QStringLiteral("Renamed <room> & co");
        const QXmppDataForm submission = RoomConfig::submission(form, settings);
        QString xml;
        QXmlStreamWriter writer(&xml);
        submission.toXml(&writer);
        Fuzz::requireWellFormed(xml);
    }
    return 0;
}
