#include "Xep0227Writer.h"

#include "XmlWriting.h"
#include "feed/MicroblogCodec.h"

#include <QDomDocument>

namespace Hearth {

namespace {
const QString kPie = QStringLiteral("urn:xmpp:pie:0");
const QString kHearth = QStringLiteral("urn:x-hearth:export:0");

QString subscriptionName(RosterEntry::Subscription s)
{
    switch (s) {
    case RosterEntry::Subscription::From:
        return QStringLiteral("from");
    case RosterEntry::Subscription::To:
        return QStringLiteral("to");
    case RosterEntry::Subscription::Both:
        return QStringLiteral("both");
    case RosterEntry::Subscription::None:
        break;
    }
    return QStringLiteral("none");
}
} // namespace

Xep0227Writer::Xep0227Writer(QIODevice *device)
    : m_writer(device)
{
    m_writer.setAutoFormatting(false);
}

void Xep0227Writer::begin(const QString &bareJid)
{
    const qsizetype at = bareJid.indexOf(u'@');
    m_writer.writeStartDocument();
    m_writer.writeStartElement(QStringLiteral("server-data"));
    m_writer.writeDefaultNamespace(kPie);
    m_writer.writeStartElement(QStringLiteral("host"));
    m_writer.writeAttribute(QStringLiteral("jid"), bareJid.mid(at + 1));
    m_writer.writeStartElement(QStringLiteral("user"));
    m_writer.writeAttribute(QStringLiteral("name"), bareJid.left(at));
}

void Xep0227Writer::writeRoster(const QList<RosterEntry> &entries)
{
    m_writer.writeStartElement(QStringLiteral("query"));
    m_writer.writeDefaultNamespace(QStringLiteral("jabber:iq:roster"));
    for (const RosterEntry &e : entries) {
        m_writer.writeStartElement(QStringLiteral("item"));
        m_writer.writeAttribute(QStringLiteral("jid"), e.jid);
        if (!e.name.isEmpty())
            m_writer.writeAttribute(QStringLiteral("name"), e.name);
        m_writer.writeAttribute(QStringLiteral("subscription"), subscriptionName(e.subscription));
        if (e.askPending)
            m_writer.writeAttribute(QStringLiteral("ask"), QStringLiteral("subscribe"));
        for (const QString &group : e.groups)
            m_writer.writeTextElement(QStringLiteral("group"), group);
        m_writer.writeEndElement();
    }
    m_writer.writeEndElement();
}

void Xep0227Writer::writeSubscriptionRequests(const QStringList &from)
{
    for (const QString &jid : from) {
        m_writer.writeStartElement(QStringLiteral("presence"));
        m_writer.writeDefaultNamespace(QStringLiteral("jabber:client"));
        m_writer.writeAttribute(QStringLiteral("from"), jid);
        m_writer.writeAttribute(QStringLiteral("type"), QStringLiteral("subscribe"));
        m_writer.writeEndElement();
    }
}

bool Xep0227Writer::writeFragment(QXmlStreamWriter *writer, const QString &xml, const QString &parentNamespace)
{
    QDomDocument doc;
    if (!doc.setContent(xml, true))
        return false;
    Xml::writeElement(writer, doc.documentElement(), parentNamespace);
    return true;
}

void Xep0227Writer::writePrivate(const QStringList &payloads)
{
    if (payloads.isEmpty())
        return;
    m_writer.writeStartElement(QStringLiteral("query"));
    m_writer.writeDefaultNamespace(QStringLiteral("jabber:iq:private"));
    for (const QString &payload : payloads)
        writeFragment(&m_writer, payload, QStringLiteral("jabber:iq:private"));
    m_writer.writeEndElement();
}

void Xep0227Writer::writeVCard(const QString &vcardTempXml)
{
    if (!vcardTempXml.isEmpty())
        writeFragment(&m_writer, vcardTempXml, kPie);
}

void Xep0227Writer::writePep(const QList<PepNodeSnapshot> &nodes)
{
    if (nodes.isEmpty())
        return;
    const QString owner = QStringLiteral("http://jabber.org/protocol/pubsub#owner");
    m_writer.writeStartElement(QStringLiteral("pubsub"));
    m_writer.writeDefaultNamespace(owner);
    for (const PepNodeSnapshot &n : nodes) {
        m_writer.writeStartElement(QStringLiteral("configure"));
        m_writer.writeAttribute(QStringLiteral("node"), n.node);
        writeFragment(&m_writer, n.configXml, owner);
        m_writer.writeEndElement();
    }
    m_writer.writeEndElement();
    const QString pubsub = QStringLiteral("http://jabber.org/protocol/pubsub");
    m_writer.writeStartElement(QStringLiteral("pubsub"));
    m_writer.writeDefaultNamespace(pubsub);
    for (const PepNodeSnapshot &n : nodes) {
        m_writer.writeStartElement(QStringLiteral("items"));
        m_writer.writeAttribute(QStringLiteral("node"), n.node);
        for (const PepNodeSnapshot::Item &item : n.items) {
            m_writer.writeStartElement(QStringLiteral("item"));
            m_writer.writeAttribute(QStringLiteral("id"), item.id);
            if (!item.payloadXml.isEmpty())
                writeFragment(&m_writer, item.payloadXml, pubsub);
            m_writer.writeEndElement();
        }
        m_writer.writeEndElement();
    }
    m_writer.writeEndElement();
}

void Xep0227Writer::writeBlocklist(const QStringList &jids)
{
    m_writer.writeStartElement(QStringLiteral("blocklist"));
    m_writer.writeDefaultNamespace(QStringLiteral("urn:xmpp:blocking"));
    for (const QString &jid : jids) {
        m_writer.writeStartElement(QStringLiteral("item"));
        m_writer.writeAttribute(QStringLiteral("jid"), jid);
        m_writer.writeEndElement();
    }
    m_writer.writeEndElement();
}

void Xep0227Writer::beginArchive()
{
    m_writer.writeStartElement(QStringLiteral("archive"));
    m_writer.writeDefaultNamespace(QStringLiteral("urn:xmpp:pie:0#mam"));
}

void Xep0227Writer::writeResult(QXmlStreamWriter *w, const ArchivedMessage &m)
{
    w->writeStartElement(QStringLiteral("result"));
    w->writeDefaultNamespace(QStringLiteral("urn:xmpp:mam:2"));
    w->writeAttribute(QStringLiteral("id"), m.archiveId);
    w->writeStartElement(QStringLiteral("forwarded"));
    w->writeDefaultNamespace(QStringLiteral("urn:xmpp:forward:0"));
    w->writeStartElement(QStringLiteral("delay"));
    w->writeDefaultNamespace(QStringLiteral("urn:xmpp:delay"));
    w->writeAttribute(QStringLiteral("stamp"), MicroblogCodec::formatDate(m.stamp));
    w->writeEndElement();
    w->writeStartElement(QStringLiteral("message"));
    w->writeDefaultNamespace(QStringLiteral("jabber:client"));
    w->writeAttribute(QStringLiteral("from"), m.from);
    w->writeAttribute(QStringLiteral("to"), m.to);
    w->writeAttribute(QStringLiteral("type"), m.type);
    if (!m.id.isEmpty())
        w->writeAttribute(QStringLiteral("id"), m.id);
    if (!m.body.isEmpty())
        w->writeTextElement(QStringLiteral("body"), m.body);
    if (!m.originId.isEmpty()) {
        w->writeStartElement(QStringLiteral("origin-id"));
        w->writeDefaultNamespace(QStringLiteral("urn:xmpp:sid:0"));
        w->writeAttribute(QStringLiteral("id"), m.originId);
        w->writeEndElement();
    }
    if (!m.replyTo.isEmpty()) {
        w->writeStartElement(QStringLiteral("reply"));
        w->writeDefaultNamespace(QStringLiteral("urn:xmpp:reply:0"));
        w->writeAttribute(QStringLiteral("id"), m.replyTo);
        if (!m.replyToJid.isEmpty())
            w->writeAttribute(QStringLiteral("to"), m.replyToJid);
        w->writeEndElement();
    }
    if (!m.oobUrl.isEmpty()) {
        w->writeStartElement(QStringLiteral("x"));
        w->writeDefaultNamespace(QStringLiteral("jabber:x:oob"));
        w->writeTextElement(QStringLiteral("url"), m.oobUrl);
        w->writeEndElement();
    }
    if (m.edited || m.retracted) {
        // What the history shows was corrected or withdrawn (the original
        // correction and retraction stanzas are not kept).
        w->writeStartElement(QStringLiteral("state"));
        w->writeDefaultNamespace(kHearth);
        if (m.edited)
            w->writeAttribute(QStringLiteral("edited"), QStringLiteral("true"));
        if (m.retracted)
            w->writeAttribute(QStringLiteral("retracted"), QStringLiteral("true"));
        w->writeEndElement();
    }
    w->writeEndElement(); // message
    w->writeEndElement(); // forwarded
    w->writeEndElement(); // result
}

void Xep0227Writer::writeArchived(const ArchivedMessage &message)
{
    writeResult(&m_writer, message);
}

void Xep0227Writer::endArchive()
{
    m_writer.writeEndElement();
}

bool Xep0227Writer::end()
{
    m_writer.writeEndElement(); // user
    m_writer.writeEndElement(); // host
    m_writer.writeEndElement(); // server-data
    m_writer.writeEndDocument();
    return !m_writer.hasError();
}

} // namespace Hearth
