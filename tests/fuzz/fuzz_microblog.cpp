// libFuzzer target: any bytes as an Atom entry through MicroblogCodec, and
// whatever content it accepts through HtmlSanitizer. Must never crash, hang
// or produce output that is not well-formed.
#include "feed/HtmlSanitizer.h"
#include "feed/MicroblogCodec.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > 256 * 1024)
        return 0;
    const QString input = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto parsed = Hearth::MicroblogCodec::parseXml(input, QStringLiteral("alice@example.org"),
                                                         QStringLiteral("urn:xmpp:microblog:0"), QStringLiteral("fuzz"));
    QStringList fragments{input};
    if (parsed.post) {
        fragments << parsed.post->html;
        // What Hearth writes back must be well-formed and parse again.
        const QString written = Hearth::MicroblogCodec::write(*parsed.post);
        QDomDocument doc;
        if (!doc.setContent(written, true))
            std::abort();
        if (!Hearth::MicroblogCodec::parseXml(written, parsed.post->service, parsed.post->node, parsed.post->itemId).post)
            std::abort();
    }
    for (const QString &fragment : fragments) {
        const auto clean = Hearth::HtmlSanitizer::sanitize(fragment);
        QDomDocument doc;
        if (!doc.setContent(QStringLiteral("<div>") + clean.xhtml + QStringLiteral("</div>")))
            std::abort();
        // No forbidden element and no script URL in any attribute (the same
        // words as visible text are harmless).
        if (!doc.elementsByTagName(QStringLiteral("script")).isEmpty() || !doc.elementsByTagName(QStringLiteral("iframe")).isEmpty())
            std::abort();
        const auto all = doc.elementsByTagName(QStringLiteral("*"));
        for (int i = 0; i < all.size(); ++i) {
            const auto attributes = all.at(i).attributes();
            for (int a = 0; a < attributes.count(); ++a) {
                const QString name = attributes.item(a).nodeName().toLower();
                const QString value = attributes.item(a).nodeValue().trimmed().toLower();
                if (name.startsWith(QStringLiteral("on")) || value.startsWith(QStringLiteral("javascript:"))
                    || value.startsWith(QStringLiteral("data:")))
                    std::abort();
            }
        }
    }
    return 0;
}
