#include "Links.h"

#include <QDesktopServices>
#include <QUrl>

bool Links::isWeb(const QString &url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    return parsed.isValid() && !parsed.host().isEmpty()
        && (parsed.scheme() == QLatin1String("https") || parsed.scheme() == QLatin1String("http"));
}

bool Links::isXmpp(const QString &url)
{
    const QUrl parsed(url.trimmed());
    return parsed.isValid() && parsed.scheme() == QLatin1String("xmpp");
}

bool Links::open(const QString &url)
{
    if (!isWeb(url))
        return false;
    return QDesktopServices::openUrl(QUrl(url.trimmed(), QUrl::StrictMode));
}

QString Links::webLinkHtml(const QString &url)
{
    if (!isWeb(url))
        return {};
    // The href gets the encoded form (no quote can end the attribute); the
    // text is escaped for display.
    const QString href = QString::fromUtf8(QUrl(url.trimmed(), QUrl::StrictMode).toEncoded()).toHtmlEscaped();
    return QStringLiteral("<a href=\"%1\">%2</a>").arg(href, url.trimmed().toHtmlEscaped());
}
