#include "WebUrls.h"

#include <QHostAddress>

#include <atomic>

namespace Hearth::WebUrls {

namespace {
std::atomic_bool s_serverOnLoopback = false;
} // namespace

void setServerOnLoopback(bool onLoopback)
{
    s_serverOnLoopback = onLoopback;
}

void setServerOf(const QString &host, const QString &jid)
{
    setServerOnLoopback(isLoopbackServer(host, jid.section(u'@', 1).section(u'/', 0, 0)));
}

bool serverOnLoopback()
{
    return s_serverOnLoopback;
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool isLoopbackServer(const QString &host, const QString &domain)
{
    return isLoopbackHost(host.isEmpty() ? domain : host);
}

bool isSecureTransfer(const QUrl &url)
{
    return isSecureTransfer(url, s_serverOnLoopback);
}

bool isSecureTransfer(const QUrl &url, bool serverOnLoopback)
{
    if (!url.isValid() || url.host().isEmpty())
        return false;
    if (url.scheme() == QLatin1String("https"))
        return true;
    return url.scheme() == QLatin1String("http") && serverOnLoopback && isLoopbackHost(url.host());
}

bool isExportMedia(const QUrl &url)
{
    return url.scheme() == QLatin1String("image") && url.host() == QLatin1String("exportmedia");
}

bool isShowable(const QUrl &url)
{
    return isExportMedia(url) || isSecureTransfer(url);
}

} // namespace Hearth::WebUrls
