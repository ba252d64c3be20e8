#pragma once

#include <QUrl>

namespace Hearth::WebUrls {

// Whether the host is this machine (127.0.0.0/8, ::1, localhost).
[[nodiscard]] bool isLoopbackHost(const QString &host);

// Whether a remote file (a picture in a post, an upload slot) may be
// fetched or sent without asking: https only, as XEP-0363 requires, except
// plain http to this machine (the demo's and the tests' local server).
[[nodiscard]] bool isSecureTransfer(const QUrl &url);

} // namespace Hearth::WebUrls
