#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace Hearth {

// What the export fetched from the server, as XML text so that it can be
// handed to the writing thread: the parts of account.xml that the cache does
// not hold (PROTOCOL-NOTES §5.2).
struct PepNodeSnapshot
{
    struct Item
    {
        QString id;
        QString payloadXml; // the item's payload element, verbatim
    };
    QString node;
    QString configXml;  // the <x xmlns='jabber:x:data'> node_config form
    QList<Item> items;  // oldest first
    bool complete = true;
    QStringList notes;  // why not complete
};

struct ServerSnapshot
{
    bool online = false;
    QStringList serverFeatures;
    QStringList accountFeatures;
    QList<PepNodeSnapshot> pepNodes;
    QStringList privateXml;    // jabber:iq:private payloads, one element each
    QString vcardTempXml;      // <vCard xmlns='vcard-temp'> (derived from vCard4 when there is one)
    QStringList blocked;       // XEP-0191 blocklist
    bool blocklistKnown = false;
    QStringList incomingRequests; // pending subscription requests (bare JIDs)
    QStringList warnings;
    // MAM: what the backfill reached.
    bool archiveComplete = false;
    QString archiveNote;
    QStringList roomArchiveNotes;
    QStringList incompleteRooms;
};

} // namespace Hearth
