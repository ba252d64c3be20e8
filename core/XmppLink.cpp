#include "XmppLink.h"

#include "Jid.h"
#include "feed/XmppUri.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>

namespace Hearth {

namespace {
const QLatin1String kMicroblog("urn:xmpp:microblog:0");

QString tr(const char *text)
{
    return QCoreApplication::translate("XmppLink", text);
}

XmppLink invalid(const QString &why)
{
    XmppLink link;
    link.error = why;
    return link;
}

QString decode(QStringView part)
{
    return QUrl::fromPercentEncoding(part.toUtf8());
}

// The bare address of the link's path, or empty with *problem set.
QString bareAddress(const QString &path, bool *hasLocalpart, QString *problem)
{
    const QString bare = path.section(u'/', 0, 0); // a resource is not Hearth's to pick
    for (QChar c : bare) {
        if (c.isSpace() || c.unicode() < 0x20) {
            *problem = tr("The address in the link contains spaces or control characters.");
            return {};
        }
    }
    const qsizetype at = bare.indexOf(u'@');
    *hasLocalpart = at >= 0;
    if (at < 0) {
        if (!isValidDomain(bare)) {
            *problem = bare.isEmpty() ? tr("The link has no address.") : tr("“%1” is not a valid address.").arg(bare);
            return {};
        }
        return bare.endsWith(u'.') ? bare.chopped(1).toLower() : bare.toLower();
    }
    const JidCheck check = JidCheck::check(bare);
    if (!check.isValid()) {
        *problem = tr("“%1” is not a valid address.").arg(bare);
        return {};
    }
    return check.bareJid();
}
} // namespace

bool XmppLink::looksLikeLink(const QString &argument)
{
    return argument.trimmed().startsWith(QLatin1String("xmpp:"), Qt::CaseInsensitive);
}

bool XmppLink::isBlog() const
{
    return node == kMicroblog;
}

QString XmppLink::pubsubUri() const
{
    return XmppUri{jid, node, item}.toString(); // the feed's own form (Movim's)
}

XmppLink XmppLink::parse(const QString &uri)
{
    const QString text = uri.trimmed();
    if (!looksLikeLink(text))
        return invalid(tr("This is not an xmpp: link."));
    if (text.size() > kMaxLength)
        return invalid(tr("This link is too long (%1 characters; Hearth opens links of up to %2).").arg(text.size()).arg(kMaxLength));

    QStringView rest = QStringView(text).mid(5);
    if (const qsizetype hash = rest.indexOf(u'#'); hash >= 0)
        rest = rest.left(hash); // a fragment means nothing here
    // "//account@host/" names the account to act as (RFC 5122 §2.3): Hearth
    // acts as the one logged in, and reads the address after it.
    if (rest.startsWith(u"//")) {
        const qsizetype slash = rest.indexOf(u'/', 2);
        if (slash < 0)
            return invalid(tr("The link has no address."));
        rest = rest.mid(slash + 1);
    }
    const qsizetype question = rest.indexOf(u'?');
    const QString path = decode(question < 0 ? rest : rest.left(question));
    bool hasLocalpart = false;
    QString problem;
    const QString jid = bareAddress(path, &hasLocalpart, &problem);
    if (jid.isEmpty())
        return invalid(problem);

    QString queryType;
    QHash<QString, QString> params;
    if (question >= 0) {
        const auto parts = rest.mid(question + 1).split(u';');
        queryType = decode(parts.constFirst()).toLower();
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QStringView part = parts.at(i);
            if (part.isEmpty())
                continue;
            const qsizetype eq = part.indexOf(u'=');
            const QString key = decode(eq < 0 ? part : part.left(eq)).toLower();
            params.insert(key, eq < 0 ? QString() : decode(part.mid(eq + 1)));
        }
    }

    XmppLink link;
    link.jid = jid;
    const auto needsPerson = [&](Action action) {
        if (!hasLocalpart)
            return invalid(tr("%1 is a server's address, not a person's or a group chat's.").arg(jid));
        link.action = action;
        return link;
    };

    // Pubsub: Movim's "?;node=…;item=…", and XEP-0147's "?pubsub;action=…;node=…".
    if ((queryType.isEmpty() || queryType == QLatin1String("pubsub")) && params.contains(QStringLiteral("node"))) {
        link.node = params.value(QStringLiteral("node"));
        link.item = params.value(QStringLiteral("item"));
        if (link.node.isEmpty())
            return invalid(tr("The link names an empty node."));
        link.action = link.item.isEmpty() ? Action::Node : Action::Post;
        if (link.action == Action::Node && link.isBlog() && !hasLocalpart)
            return invalid(tr("%1 is a server's address: blogs belong to people.").arg(jid));
        return link;
    }
    if (queryType.isEmpty()) {
        if (question >= 0 && !params.isEmpty())
            return invalid(tr("The link has parameters but no action."));
        return needsPerson(Action::Chat);
    }
    if (queryType == QLatin1String("message")) {
        link.body = params.value(QStringLiteral("body"));
        return needsPerson(Action::Chat);
    }
    if (queryType == QLatin1String("join")) {
        link.password = params.value(QStringLiteral("password"));
        return needsPerson(Action::Join);
    }
    if (queryType == QLatin1String("subscribe") || queryType == QLatin1String("roster")) {
        link.name = params.value(QStringLiteral("name"));
        link.group = params.value(QStringLiteral("group"));
        return needsPerson(Action::AddContact);
    }
    if (queryType == QLatin1String("vcard"))
        return needsPerson(Action::Profile);
    if (queryType == QLatin1String("pubsub"))
        return invalid(tr("The link asks for a pubsub action but names no node."));
    static const QStringList known = {QStringLiteral("command"), QStringLiteral("disco"), QStringLiteral("invite"),
                                      QStringLiteral("recvfile"), QStringLiteral("register"), QStringLiteral("remove"),
                                      QStringLiteral("sendfile"), QStringLiteral("unregister"), QStringLiteral("unsubscribe")};
    if (known.contains(queryType))
        return invalid(tr("Hearth does not open “%1” links.").arg(queryType));
    return invalid(tr("The link asks for “%1”, which is not an xmpp: action.").arg(queryType.left(40)));
}

} // namespace Hearth
