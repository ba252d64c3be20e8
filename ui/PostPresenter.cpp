#include "PostPresenter.h"

#include "feed/HtmlSanitizer.h"
#include "feed/MarkdownRenderer.h"

#include <QRegularExpression>
#include <QUrl>

using namespace Hearth;

namespace PostPresenter {

namespace {
const QRegularExpression &imageTag()
{
    static const QRegularExpression re(QStringLiteral("<img\\b[^>]*>"), QRegularExpression::CaseInsensitiveOption);
    return re;
}

QString withoutImages(QString html)
{
    return html.remove(imageTag());
}
} // namespace

bool isLoadable(const QString &url)
{
    const QUrl parsed(url);
    return parsed.isValid() && parsed.scheme() == QLatin1String("https") && !parsed.host().isEmpty();
}

QString bodyHtml(const Post &post)
{
    const QString source = !post.html.trimmed().isEmpty() ? post.html
        : !post.text.trimmed().isEmpty()                 ? MarkdownRenderer::toXhtml(post.text)
                                                          : QString();
    if (source.isEmpty())
        return {};
    return withoutImages(HtmlSanitizer::sanitize(source).xhtml);
}

QVariantList pictures(const Post &post)
{
    QVariantList out;
    QStringList seen;
    for (const PostLink &link : post.pictures()) {
        if (!isLoadable(link.href) || seen.contains(link.href))
            continue;
        seen << link.href;
        out << QVariantMap{{QStringLiteral("url"), link.href}, {QStringLiteral("title"), link.title}};
    }
    // Pictures inside the xhtml body (sanitized: https only) join the gallery.
    static const QRegularExpression src(QStringLiteral("src=\"([^\"]+)\""));
    const QString clean = HtmlSanitizer::sanitize(post.html).xhtml;
    auto tags = imageTag().globalMatch(clean);
    while (tags.hasNext()) {
        const auto m = src.match(tags.next().captured(0));
        const QString url = m.captured(1).replace(QLatin1String("&amp;"), QLatin1String("&"));
        if (m.hasMatch() && isLoadable(url) && !seen.contains(url)) {
            seen << url;
            out << QVariantMap{{QStringLiteral("url"), url}, {QStringLiteral("title"), QString()}};
        }
    }
    return out;
}

QVariantList files(const Post &post)
{
    QVariantList out;
    for (const PostLink &link : post.links) {
        if (link.rel != QLatin1String("enclosure") || link.type.startsWith(QLatin1String("image/")))
            continue;
        const QUrl url(link.href);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            continue;
        out << QVariantMap{{QStringLiteral("url"), link.href},
                           {QStringLiteral("title"), link.title.isEmpty() ? url.fileName() : link.title},
                           {QStringLiteral("type"), link.type}};
    }
    return out;
}

QVariantList previews(const Post &post)
{
    QVariantList out;
    for (const PostLink &link : post.links) {
        if (link.rel != QLatin1String("related"))
            continue;
        const QUrl url(link.href);
        if (!url.isValid() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
            continue;
        out << QVariantMap{{QStringLiteral("url"), link.href},
                           {QStringLiteral("title"), link.title.isEmpty() ? url.host() : link.title},
                           {QStringLiteral("description"), link.description},
                           {QStringLiteral("host"), url.host()},
                           {QStringLiteral("logo"), isLoadable(link.logo) ? link.logo : QString()}};
    }
    return out;
}

QString previewMarkdown(const QString &markdown)
{
    return withoutImages(HtmlSanitizer::sanitize(MarkdownRenderer::toXhtml(markdown)).xhtml);
}

} // namespace PostPresenter
