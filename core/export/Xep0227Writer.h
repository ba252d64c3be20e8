#pragma once

#include "ExportData.h"
#include "roster/RosterEntry.h"

#include <QXmlStreamWriter>

namespace Hearth {

// Writes account.xml: a strict XEP-0227 1.1 <server-data> with one <host>
// and one <user>, without credentials, in the order and with the rules
// Prosody's importer needs (PROTOCOL-NOTES §3.4: a <configure> for every
// PEP node, items and archive oldest first, no XInclude). Streamed: the
// archive goes out message by message.
class Xep0227Writer
{
public:
    explicit Xep0227Writer(QIODevice *device);

    void begin(const QString &bareJid);
    void writeRoster(const QList<RosterEntry> &entries);
    void writeSubscriptionRequests(const QStringList &from);
    void writePrivate(const QStringList &payloads);
    void writeVCard(const QString &vcardTempXml);
    // <pubsub#owner> with a <configure> per node, then <pubsub> with their items.
    void writePep(const QList<PepNodeSnapshot> &nodes);
    // XEP-0191's list, as a foreign element (0227 has none; importers skip it).
    void writeBlocklist(const QStringList &jids);

    struct ArchivedMessage
    {
        QString archiveId;
        QDateTime stamp;
        QString from;
        QString to;
        QString type; // chat, groupchat
        QString id;
        QString originId;
        QString body;
        QString replyTo;
        QString replyToJid;
        QString oobUrl;
        bool edited = false;
        bool retracted = false;
    };
    void beginArchive();
    void writeArchived(const ArchivedMessage &message);
    void endArchive();

    bool end();
    [[nodiscard]] bool hasError() const { return m_writer.hasError(); }

    // The <result> of one archived message, for group-chat archives too.
    static void writeResult(QXmlStreamWriter *writer, const ArchivedMessage &message);
    // Writes an XML fragment (one element) verbatim; false if it is not XML.
    static bool writeFragment(QXmlStreamWriter *writer, const QString &xml, const QString &parentNamespace);

private:
    QXmlStreamWriter m_writer;
};

} // namespace Hearth
