#pragma once

#include <QString>
#include <QUrl>
#include <functional>

class QObject;
class QXmppClient;

namespace Hearth::Demo {

// Uploads one of the demo's pictures (a resource path) as client through
// the server's XEP-0363 service; done gets its URL, or an empty URL and
// the reason.
void uploadPicture(QXmppClient *client, const QString &path, QObject *context,
                   const std::function<void(const QUrl &url, const QString &error)> &done);

} // namespace Hearth::Demo
