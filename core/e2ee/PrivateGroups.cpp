#include "PrivateGroups.h"

#include <QXmppMessage.h>
#include <QXmppUtils.h>

namespace Hearth {

namespace {
const QString kMucUserNs = QStringLiteral("http://jabber.org/protocol/muc#user");
}

void PrivateGroups::set(const QString &roomJid, const QStringList &members, const QString &ownJid)
{
    QStringList others;
    for (const QString &member : members) {
        const QString bare = QXmppUtils::jidToBareJid(member).toLower();
        if (!bare.isEmpty() && bare != ownJid && !others.contains(bare))
            others << bare;
    }
    others.sort();
    m_members.insert(roomJid, others);
}

bool PrivateGroups::remove(const QString &roomJid)
{
    return m_members.remove(roomJid) > 0;
}

QStringList PrivateGroups::groupsOf(const QString &jid) const
{
    QStringList groups;
    for (auto it = m_members.cbegin(); it != m_members.cend(); ++it)
        if (it.value().contains(jid))
            groups << it.key();
    return groups;
}

QString PrivateGroups::archivedSenderOf(const QXmppMessage &message)
{
    for (const QXmppElement &extension : message.extensions()) {
        if (extension.tagName() != QLatin1String("x") || extension.attribute(QStringLiteral("xmlns")) != kMucUserNs)
            continue;
        const QXmppElement item = extension.firstChildElement(QStringLiteral("item"));
        if (!item.isNull())
            return QXmppUtils::jidToBareJid(item.attribute(QStringLiteral("jid"))).toLower();
    }
    return {};
}

QString PrivateGroups::senderOf(const QXmppMessage &message) const
{
    if (const QString archived = archivedSenderOf(message); !archived.isEmpty())
        return archived;
    if (m_resolver && !QXmppUtils::jidToResource(message.from()).isEmpty())
        return QXmppUtils::jidToBareJid(m_resolver(message.from())).toLower();
    return {};
}

} // namespace Hearth
