// libFuzzer target: any bytes as a <message/> stanza through ChatStanzas
// (one-to-one, room, archive) and its body through XEP-0393 styling. Never a
// crash; what Hearth would send back is well-formed; styled text holds only
// the markup the styler writes.
#include "FuzzUtils.h"

#include "chat/ChatStanzas.h"
#include "MessageStyling.h"

#include <QRegularExpression>
#include <QXmlStreamWriter>
#include <QXmppMessage.h>

using namespace Hearth;

namespace {
QString serialize(const QXmppMessage &message)
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    message.toXml(&writer);
    return xml;
}

void checkStyling(const QString &body)
{
    QString html = MessageStyling::toHtml(body);
    html.replace(QStringLiteral("<br>"), QStringLiteral("<br/>"));
    // Control characters pass through as text (Qt's rich text shows them as
    // nothing); only XML cannot hold them, so they are blanked for the check.
    for (QChar &c : html) {
        if (c.unicode() < 0x20 && c != QLatin1Char('\n') && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
            c = QLatin1Char(' ');
        else if (c.unicode() == 0xFFFE || c.unicode() == 0xFFFF)
            c = QChar(0xFFFD);
    }
    QDomDocument doc;
    FUZZ_REQUIRE(doc.setContent(QStringLiteral("<div>") + html + QStringLiteral("</div>")));
    static const QStringList allowed = {QStringLiteral("div"), QStringLiteral("i"), QStringLiteral("pre"), QStringLiteral("a"),
                                        QStringLiteral("span"), QStringLiteral("br"), QStringLiteral("b"), QStringLiteral("s"),
                                        QStringLiteral("code"), QStringLiteral("tt")};
    const bool plain = !MessageStyling::mayStyle(body);
    const auto all = doc.documentElement().elementsByTagName(QStringLiteral("*"));
    for (int i = 0; i < all.size(); ++i) {
        const QDomElement e = all.at(i).toElement();
        FUZZ_REQUIRE(allowed.contains(e.tagName()));
        // Plain bodies stay plain: mayStyle() must not miss what toHtml styles.
        FUZZ_REQUIRE(!plain || e.tagName() == QLatin1String("br"));
        if (e.tagName() == QLatin1String("a")) {
            const QString href = e.attribute(QStringLiteral("href")).toLower();
            FUZZ_REQUIRE(href.startsWith(QLatin1String("https://")) || href.startsWith(QLatin1String("http://"))
                          || href.startsWith(QLatin1String("xmpp:")) || href.startsWith(QLatin1String("mailto:")));
        }
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 128 * 1024)
        return 0;
    const QString input = Fuzz::text(data, size);
    checkStyling(input);
    QDomDocument doc;
    const QDomElement root = Fuzz::root(input, doc);
    if (root.isNull() || root.tagName() != QLatin1String("message"))
        return 0;
    QXmppMessage stanza;
    stanza.parse(root);
    const QDateTime archived = QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC);
    for (const auto &message : {ChatStanzas::fromStanza(stanza, QStringLiteral("sam@example.org")),
                                ChatStanzas::fromStanza(stanza, QStringLiteral("sam@example.org"), QStringLiteral("archive-1"), archived),
                                ChatStanzas::fromGroupStanza(stanza, QStringLiteral("sam")),
                                ChatStanzas::fromGroupStanza(stanza, QStringLiteral("sam"), QStringLiteral("archive-2"), archived)}) {
        if (!message)
            continue;
        checkStyling(message->body);
        // What Hearth would write for it (a send, a correction) is well-formed.
        Fuzz::requireWellFormed(serialize(ChatStanzas::stanzaFor(*message)));
        Fuzz::requireWellFormed(serialize(ChatStanzas::stanzaFor(*message, ChatStanzas::Kind::Group)));
        Fuzz::requireWellFormed(serialize(ChatStanzas::correctionStanza(*message)));
    }
    (void)ChatStanzas::isPrivateRoomMessage(stanza);
    return 0;
}
