#pragma once

#include <QUrl>

namespace Hearth::WebUrls {

// Whether the host is this machine (127.0.0.0/8, ::1, localhost).
[[nodiscard]] bool isLoopbackHost(const QString &host);

// Whether a remote file (a picture in a post, an upload slot) may be
// fetched or sent without asking: https only, as XEP-0363 requires, except
// plain http to this machine when the account's own server runs on it (the
// demo's and the tests' local Prosody). Otherwise a post or a message could
// make Hearth send requests to services on the user's machine.
[[nodiscard]] bool isSecureTransfer(const QUrl &url);
[[nodiscard]] bool isSecureTransfer(const QUrl &url, bool serverOnLoopback);

// Whether a connection to host (or, without one, to the domain) stays on
// this machine.
[[nodiscard]] bool isLoopbackServer(const QString &host, const QString &domain);

// Set by the account as it connects (one account per process): whether its
// server is on this machine.
void setServerOnLoopback(bool onLoopback);
// The same from the account's settings: its host, else its JID's domain.
// Called when a saved account is loaded and on every connection attempt.
void setServerOf(const QString &host, const QString &jid);
[[nodiscard]] bool serverOnLoopback();
// A picture of an export opened in the offline browser
// (image://exportmedia/<sha256>.<ext>): read from the export file itself.
[[nodiscard]] bool isExportMedia(const QUrl &url);
// Whether a picture may be shown without asking: a secure transfer, or a
// picture of the export being browsed.
[[nodiscard]] bool isShowable(const QUrl &url);

} // namespace Hearth::WebUrls
