#include "ImportReader.h"

#include "XmlWriting.h"
#include "chat/ChatMessage.h"
#include "chat/ChatStanzas.h"
#include "chat/MessageArchive.h"
#include "export/ExportArchive.h"
#include "export/ZipPartReader.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QXmlStreamReader>

namespace Hearth::ImportReader {

namespace {
const QString kPubSub = QStringLiteral("http://jabber.org/protocol/pubsub");
const QString kPubSubOwner = QStringLiteral("http://jabber.org/protocol/pubsub#owner");
const QString kOrigin = QLatin1String(ExportManifest::kNamespace);

QString tr(const char *text)
{
    return QCoreApplication::translate("Hearth::ImportReader", text);
}

bool xmlError(const QString &name, QXmlStreamReader &xml, ZipReader &zip, QString *error)
{
    if (!zip.error().isEmpty())
        *error = zip.error();
    else
        *error = tr("%1 is not well-formed XML: %2 (line %3)").arg(name, xml.errorString()).arg(xml.lineNumber());
    return false;
}

RosterEntry readRosterItem(QXmlStreamReader &xml)
{
    RosterEntry e;
    const auto a = xml.attributes();
    e.jid = a.value(QLatin1String("jid")).toString().trimmed().toLower();
    e.name = a.value(QLatin1String("name")).toString();
    const auto sub = a.value(QLatin1String("subscription"));
    e.subscription = sub == QLatin1String("both") ? RosterEntry::Subscription::Both
        : sub == QLatin1String("to")              ? RosterEntry::Subscription::To
        : sub == QLatin1String("from")            ? RosterEntry::Subscription::From
                                                  : RosterEntry::Subscription::None;
    e.askPending = a.value(QLatin1String("ask")) == QLatin1String("subscribe");
    while (xml.readNextStartElement()) {
        if (xml.name() == QLatin1String("group"))
            e.groups << xml.readElementText();
        else
            xml.skipCurrentElement();
    }
    std::sort(e.groups.begin(), e.groups.end());
    return e;
}

PepNodeSnapshot &nodeOf(ImportPlan *plan, const QString &node)
{
    for (auto &n : plan->pepNodes) {
        if (n.node == node)
            return n;
    }
    plan->pepNodes.append(PepNodeSnapshot{node, {}, {}, true, {}});
    return plan->pepNodes.last();
}

bool readAccount(const QString &name, ZipReader &zip, ImportPlan *plan, QString *error, const std::atomic_bool *cancel)
{
    ZipPartReader device(&zip);
    QXmlStreamReader xml(&device);
    QString itemsNode;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (cancel->load()) {
            *error = tr("cancelled");
            return false;
        }
        const auto element = xml.name();
        const auto ns = xml.namespaceUri();
        if (element == QLatin1String("item") && ns == QLatin1String("jabber:iq:roster")) {
            const RosterEntry e = readRosterItem(xml);
            if (!e.jid.isEmpty())
                plan->contacts << e;
        } else if (element == QLatin1String("presence") && xml.attributes().value(QLatin1String("type")) == QLatin1String("subscribe")) {
            plan->incomingRequests << xml.attributes().value(QLatin1String("from")).toString();
        } else if (element == QLatin1String("query") && ns == QLatin1String("jabber:iq:private")) {
            while (xml.readNextStartElement())
                plan->privateXml << Xml::readElement(xml);
        } else if (element == QLatin1String("vCard") && ns == QLatin1String("vcard-temp")) {
            plan->vcardTempXml = Xml::readElement(xml);
        } else if (element == QLatin1String("configure") && ns == kPubSubOwner) {
            PepNodeSnapshot &node = nodeOf(plan, xml.attributes().value(QLatin1String("node")).toString());
            if (xml.readNextStartElement())
                node.configXml = Xml::readElement(xml);
        } else if (element == QLatin1String("items") && ns == kPubSub) {
            itemsNode = xml.attributes().value(QLatin1String("node")).toString();
        } else if (element == QLatin1String("item") && ns == kPubSub) {
            const QString id = xml.attributes().value(QLatin1String("id")).toString();
            if (!xml.readNextStartElement())
                continue;
            nodeOf(plan, itemsNode).items.append({id, Xml::readElement(xml)});
        } else if (element == QLatin1String("item") && ns == QLatin1String("urn:xmpp:blocking")) {
            plan->blocked << xml.attributes().value(QLatin1String("jid")).toString();
        } else if (element == QLatin1String("result") && ns == QLatin1String("urn:xmpp:mam:2")) {
            ++plan->messages;
            xml.skipCurrentElement();
        }
    }
    return !xml.hasError() || xmlError(name, xml, zip, error);
}

bool readThread(const QString &name, ZipReader &zip, ImportPlan *plan, QString *error)
{
    ZipPartReader device(&zip);
    QXmlStreamReader xml(&device);
    ImportPlan::Thread thread;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != QLatin1String("entry"))
            continue;
        const QString entry = Xml::readElement(xml);
        QDomDocument doc;
        if (!doc.setContent(entry, true))
            continue;
        const QDomElement origin = doc.documentElement().firstChildElement(QStringLiteral("origin"));
        if (origin.isNull() || origin.namespaceURI() != kOrigin || origin.attribute(QStringLiteral("item")).isEmpty()) {
            // Not replayable, and never silently dropped: the report says so.
            thread.entries.append({QString(), entry, QString()});
            continue;
        }
        thread.service = origin.attribute(QStringLiteral("service"));
        thread.node = origin.attribute(QStringLiteral("node"));
        thread.entries.append({origin.attribute(QStringLiteral("item")), entry, origin.attribute(QStringLiteral("publisher"))});
    }
    if (xml.hasError())
        return xmlError(name, xml, zip, error);
    const QString prefix = QStringLiteral("urn:xmpp:microblog:0:comments/");
    thread.parent = thread.node.startsWith(prefix) ? thread.node.mid(prefix.size()) : QString();
    if (!thread.entries.isEmpty())
        plan->threads << thread;
    return true;
}

bool countRoom(const QString &name, ZipReader &zip, ImportPlan *plan, QString *error)
{
    ZipPartReader device(&zip);
    QXmlStreamReader xml(&device);
    QString room;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("archive")) {
            room = xml.attributes().value(QLatin1String("with")).toString();
            plan->roomMessages.insert(room, 0);
        } else if (xml.name() == QLatin1String("result")) {
            ++plan->roomMessages[room];
            xml.skipCurrentElement();
        }
    }
    return !xml.hasError() || xmlError(name, xml, zip, error);
}
} // namespace

bool readPlan(ExportArchive &archive, ImportPlan *plan, QString *error, const std::atomic_bool *cancel)
{
    plan->manifest = archive.manifest();
    plan->oldJid = plan->manifest.account;
    ImportPlan blogView; // the Atom view of the blog, for an export without the node (made offline)
    const bool ok = archive.forEachPart(
        [&](const QString &name, ZipReader &zip) -> bool {
            if (cancel->load()) {
                *error = tr("cancelled");
                return false;
            }
            if (name == QLatin1String("account.xml"))
                return readAccount(name, zip, plan, error, cancel);
            if (name.startsWith(QLatin1String("feeds/comments/")) && name.endsWith(QLatin1String(".atom")))
                return readThread(name, zip, plan, error);
            if (name == QLatin1String("feeds/microblog.atom"))
                return readThread(name, zip, &blogView, error);
            if (name.startsWith(QLatin1String("archives/muc/")))
                return countRoom(name, zip, plan, error);
            return true;
        },
        [](const QString &name) { return !name.startsWith(QLatin1String("media/")); });
    if (!ok) {
        if (error->isEmpty())
            *error = archive.error();
        return false;
    }
    // An export made offline has no PEP nodes: its posts are in the blog's view.
    const auto *blog = plan->pepNode(QStringLiteral("urn:xmpp:microblog:0"));
    if ((!blog || blog->items.isEmpty()) && !blogView.threads.isEmpty()) {
        PepNodeSnapshot &node = nodeOf(plan, QStringLiteral("urn:xmpp:microblog:0"));
        for (const auto &entry : std::as_const(blogView.threads.constFirst().entries)) {
            if (!entry.id.isEmpty())
                node.items.append({entry.id, entry.payloadXml});
        }
    }
    // What the account followed: its XEP-0330 lists, and the communities the
    // export holds (a community found in both counts once).
    auto addFollow = [plan](const FollowedNode &node, QList<FollowedNode> *into) {
        for (const auto &known : std::as_const(*into)) {
            if (known.service == node.service && known.node == node.node)
                return;
        }
        into->append(node);
    };
    for (const char *list : {"urn:xmpp:pubsub:subscription", "urn:xmpp:pubsub:movim-public-subscription"}) {
        if (const auto *node = plan->pepNode(QLatin1String(list))) {
            for (const auto &item : node->items) {
                if (auto followed = SubscriptionItem::parse(item.payloadXml)) {
                    followed->shared = QLatin1String(list) == QLatin1String("urn:xmpp:pubsub:subscription");
                    addFollow(*followed, &plan->follows);
                }
            }
        }
    }
    for (const auto &d : std::as_const(plan->manifest.datasets)) {
        const FollowedNode node{d.service, d.node, d.config.value(QStringLiteral("pubsub#title")).toString(), false};
        if (d.kind == QLatin1String("followed"))
            addFollow(node, &plan->follows);
        else if (d.kind == QLatin1String("owned"))
            addFollow(node, &plan->owned);
    }
    return true;
}

bool readHistory(ExportArchive &archive, const QString &oldJid, const HistoryVisitor &visit, QString *error, const std::atomic_bool *cancel)
{
    const bool ok = archive.forEachPart(
        [&](const QString &name, ZipReader &zip) -> bool {
            ZipPartReader device(&zip);
            QXmlStreamReader xml(&device);
            QString room, nick;
            const bool isRoom = name.startsWith(QLatin1String("archives/muc/"));
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement)
                    continue;
                if (cancel->load()) {
                    *error = tr("cancelled");
                    return false;
                }
                if (isRoom && xml.name() == QLatin1String("archive")) {
                    room = xml.attributes().value(QLatin1String("with")).toString();
                    nick = xml.attributes().value(QLatin1String("nick")).toString();
                    if (nick.isEmpty())
                        nick = oldJid.section(u'@', 0, 0);
                    if (!visit.room(room, nick))
                        return false;
                } else if (xml.name() == QLatin1String("result") && xml.namespaceUri() == QLatin1String("urn:xmpp:mam:2")) {
                    QDomDocument doc;
                    if (!doc.setContent(Xml::readElement(xml), true))
                        continue;
                    const auto archived = MessageArchive::parseResult(doc.documentElement());
                    if (!archived)
                        continue;
                    const auto message = isRoom ? ChatStanzas::fromGroupStanza(archived->message, nick, archived->archiveId, archived->stamp)
                                                : ChatStanzas::fromStanza(archived->message, oldJid, archived->archiveId, archived->stamp);
                    if (message && !message->isAmendment() && !visit.message(*message))
                        return false;
                }
            }
            return !xml.hasError() || xmlError(name, xml, zip, error);
        },
        [](const QString &name) { return name == QLatin1String("account.xml") || name.startsWith(QLatin1String("archives/muc/")); });
    if (!ok && error->isEmpty())
        *error = archive.error();
    return ok;
}

} // namespace Hearth::ImportReader
