#include "PostPresenter.h"

#include "feed/Authorship.h"
#include "feed/HtmlSanitizer.h"
#include "feed/MarkdownRenderer.h"
#include "WebUrls.h"

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

// Whether a remote resource may be loaded without asking (https, or http to
// this machine).
bool isLoadable(const QString &url)
{
    return WebUrls::isShowable(QUrl(url));
}

bool isWebLink(const QUrl &url)
{
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"));
}

// clean: the sanitized xhtml content, whose https images join the gallery.
QVariantList pictures(const Post &post, const QString &clean)
{
    QVariantList out;
    QStringList seen;
    for (const PostLink &link : post.pictures()) {
        if (!isLoadable(link.href) || seen.contains(link.href))
            continue;
        seen << link.href;
        out << QVariantMap{{QStringLiteral("url"), link.href}, {QStringLiteral("title"), link.title}};
    }
    static const QRegularExpression src(QStringLiteral("src=\"([^\"]+)\""));
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
        const QUrl url(link.href);
        if (link.rel != QLatin1String("enclosure") || link.type.startsWith(QLatin1String("image/")) || !isWebLink(url))
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
        const QUrl url(link.href);
        if (link.rel != QLatin1String("related") || !isWebLink(url))
            continue;
        out << QVariantMap{{QStringLiteral("url"), link.href},
                           {QStringLiteral("title"), link.title.isEmpty() ? url.host() : link.title},
                           {QStringLiteral("description"), link.description},
                           {QStringLiteral("host"), url.host()},
                           {QStringLiteral("logo"), isLoadable(link.logo) ? link.logo : QString()}};
    }
    return out;
}
} // namespace

QString Authors::nameOf(const QString &jid, const QString &entryName) const
{
    const QString known = name ? name(jid) : QString();
    if (!known.isEmpty() && known != jid)
        return known;
    return entryName.isEmpty() ? jid : entryName;
}

QString Authors::avatarOf(const QString &jid) const
{
    return avatar ? avatar(jid) : QString();
}

Shown present(const Post &post)
{
    Shown shown;
    // Sanitized once: the body shows it without images, the gallery takes
    // its pictures.
    const QString content = HtmlSanitizer::sanitize(post.html).xhtml;
    if (!post.html.trimmed().isEmpty())
        shown.body = withoutImages(content).trimmed();
    else if (!post.text.trimmed().isEmpty())
        shown.body = previewMarkdown(post.text).trimmed();
    // A trailing empty paragraph (or line break) would show as a blank line.
    static const QRegularExpression trailingEmpty(QStringLiteral("(\\s*(<p>\\s*</p>|<br\\s*/?>))+$"));
    shown.body.remove(trailingEmpty);
    shown.pictures = pictures(post, content);
    shown.files = files(post);
    shown.previews = previews(post);
    return shown;
}

QString claimOf(const Post &post, const Authors &authors)
{
    return Hearth::Authorship::claimsSomeoneElse(post) ? authors.nameOf(post.claimedAuthor, post.authorName) : QString();
}

QVariantMap toMap(const Post &post, const Authors &authors, const QString &ownJid)
{
    const QString author = post.authorJid.isEmpty() ? post.service : post.authorJid;
    const Shown shown = present(post);
    return {{QStringLiteral("uri"), post.uri().toString()},
            {QStringLiteral("title"), post.title},
            {QStringLiteral("markdown"), post.text},
            {QStringLiteral("body"), shown.body},
            {QStringLiteral("authorJid"), author},
            {QStringLiteral("authorName"), authors.nameOf(author, post.authorName)},
            {QStringLiteral("avatar"), authors.avatarOf(author)},
            {QStringLiteral("published"), post.published.toLocalTime()},
            {QStringLiteral("edited"), post.isEdited()},
            {QStringLiteral("tags"), post.tags},
            {QStringLiteral("pictures"), shown.pictures},
            {QStringLiteral("files"), shown.files},
            {QStringLiteral("previews"), shown.previews},
            {QStringLiteral("quotedUri"), post.inReplyTo.isValid() ? post.inReplyTo.toString() : QString()},
            {QStringLiteral("likeCount"), post.likeCount},
            {QStringLiteral("commentCount"), post.commentCount},
            {QStringLiteral("likedByMe"), post.likedByMe},
            {QStringLiteral("countsKnown"), post.countsKnown},
            {QStringLiteral("unverified"), !post.verified},
            {QStringLiteral("claim"), claimOf(post, authors)},
            {QStringLiteral("pending"), post.pending},
            {QStringLiteral("pendingError"), post.pendingError},
            {QStringLiteral("isMine"), post.service == ownJid},
            {QStringLiteral("commentsEnabled"), post.comments.isValid()}};
}

QString previewMarkdown(const QString &markdown)
{
    return withoutImages(HtmlSanitizer::sanitize(MarkdownRenderer::toXhtml(markdown)).xhtml);
}

} // namespace PostPresenter
