#include "Logging.h"

#include <QRegularExpression>
#include <QXmppClient.h>
#include <QXmppLogger.h>

Q_LOGGING_CATEGORY(lcXmpp, "hearth.core.xmpp", QtWarningMsg)
Q_LOGGING_CATEGORY(lcAccount, "hearth.core.account", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDb, "hearth.core.db", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "hearth.core.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "hearth.core.server", QtInfoMsg)
Q_LOGGING_CATEGORY(lcDemo, "hearth.core.demo", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRoster, "hearth.core.roster", QtInfoMsg)
Q_LOGGING_CATEGORY(lcProfile, "hearth.core.profile", QtInfoMsg)
Q_LOGGING_CATEGORY(lcFeed, "hearth.core.feed", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCommunities, "hearth.core.communities", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUpload, "hearth.core.upload", QtInfoMsg)
Q_LOGGING_CATEGORY(lcChat, "hearth.core.chat", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "hearth.core.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSearch, "hearth.core.search", QtInfoMsg)
Q_LOGGING_CATEGORY(lcImport, "hearth.core.import", QtInfoMsg)
Q_LOGGING_CATEGORY(lcE2ee, "hearth.core.e2ee", QtInfoMsg)

namespace Hearth::Logging {

QString redactXml(const QString &xml)
{
    // Elements whose text content is a secret, whatever their namespace prefix.
    static const QRegularExpression secretText(
        QStringLiteral("<((?:[\\w-]+:)?(?:auth|challenge|response|success|initial-response|"
                       "additional-data|password|token|hash|fast))(\\s[^>]*)?>[^<]*</\\1>"),
        QRegularExpression::CaseInsensitiveOption);
    // A token may also travel as an attribute (XEP-0484 FAST).
    static const QRegularExpression secretAttr(QStringLiteral("\\b(token|password)=(['\"])[^'\"]*\\2"),
                                               QRegularExpression::CaseInsensitiveOption);
    QString out = xml;
    out.replace(secretText, QStringLiteral("<\\1\\2>[redacted]</\\1>"));
    out.replace(secretAttr, QStringLiteral("\\1=\\2[redacted]\\2"));
    return out;
}

void routeXmppLog(QXmppClient *client)
{
    auto *logger = new QXmppLogger(client);
    logger->setLoggingType(QXmppLogger::SignalLogging);
    logger->setMessageTypes(QXmppLogger::AnyMessage);
    QObject::connect(logger, &QXmppLogger::message, client,
                     [](QXmppLogger::MessageType type, const QString &text) {
                         switch (type) {
                         case QXmppLogger::SentMessage:
                             qCDebug(lcXmpp).noquote() << "SENT" << redactXml(text);
                             break;
                         case QXmppLogger::ReceivedMessage:
                             qCDebug(lcXmpp).noquote() << "RECV" << redactXml(text);
                             break;
                         case QXmppLogger::WarningMessage:
                             qCWarning(lcXmpp).noquote() << redactXml(text);
                             break;
                         default:
                             qCDebug(lcXmpp).noquote() << redactXml(text);
                             break;
                         }
                     });
    client->setLogger(logger);
}

} // namespace Hearth::Logging
