#include "XmppUri.h"

#include <QUrl>

namespace Hearth {

XmppUri XmppUri::parse(const QString &uri)
{
    XmppUri result;
    const QString trimmed = uri.trimmed();
    if (!trimmed.startsWith(QLatin1String("xmpp:"), Qt::CaseInsensitive))
        return result;
    QString rest = trimmed.mid(5);
    if (rest.startsWith(QLatin1String("//"))) // an authority component: not ours to honour
        rest = rest.mid(rest.indexOf(u'/', 2) + 1);
    const qsizetype question = rest.indexOf(u'?');
    result.service = QUrl::fromPercentEncoding(rest.left(question < 0 ? rest.size() : question).toUtf8());
    if (question < 0)
        return result;
    const auto params = QStringView(rest).mid(question + 1).split(u';', Qt::SkipEmptyParts);
    for (const auto &param : params) {
        const qsizetype eq = param.indexOf(u'=');
        if (eq < 0)
            continue;
        const QString key = param.left(eq).toString();
        const QString value = QUrl::fromPercentEncoding(param.mid(eq + 1).toUtf8());
        if (key == QLatin1String("node"))
            result.node = value;
        else if (key == QLatin1String("item"))
            result.item = value;
    }
    return result;
}

QString XmppUri::toString() const
{
    QString uri = QStringLiteral("xmpp:") + service + QStringLiteral("?;node=") + node;
    if (!item.isEmpty())
        uri += QStringLiteral(";item=") + item;
    return uri;
}

} // namespace Hearth
