#pragma once

#include <QLoggingCategory>
#include <QString>

class QXmppClient;

// One logging category per area of the core; enable with e.g.
// QT_LOGGING_RULES="hearth.core.xmpp.debug=true".
Q_DECLARE_LOGGING_CATEGORY(lcXmpp)
Q_DECLARE_LOGGING_CATEGORY(lcAccount)
Q_DECLARE_LOGGING_CATEGORY(lcDb)
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)
Q_DECLARE_LOGGING_CATEGORY(lcServer)
Q_DECLARE_LOGGING_CATEGORY(lcDemo)
Q_DECLARE_LOGGING_CATEGORY(lcRoster)
Q_DECLARE_LOGGING_CATEGORY(lcProfile)
Q_DECLARE_LOGGING_CATEGORY(lcFeed)
Q_DECLARE_LOGGING_CATEGORY(lcCommunities)
Q_DECLARE_LOGGING_CATEGORY(lcUpload)
Q_DECLARE_LOGGING_CATEGORY(lcChat)
Q_DECLARE_LOGGING_CATEGORY(lcExport)
Q_DECLARE_LOGGING_CATEGORY(lcSearch)
Q_DECLARE_LOGGING_CATEGORY(lcImport)
Q_DECLARE_LOGGING_CATEGORY(lcE2ee)

namespace Hearth::Logging {

// Removes secrets from one logged XML fragment: SASL payloads (auth,
// challenge, response, success, SASL2 initial-response/additional-data),
// XEP-0077 passwords and FAST tokens. Element names stay so the log still
// tells what happened.
[[nodiscard]] QString redactXml(const QString &xml);

// Routes the client's QXmppLogger output into lcXmpp, redacted.
void routeXmppLog(QXmppClient *client);

} // namespace Hearth::Logging
