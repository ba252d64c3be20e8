#pragma once

#include "export/ExportData.h"
#include "export/ExportManifest.h"
#include "feed/FollowedNode.h"
#include "roster/RosterEntry.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Hearth {

// What an export holds that an import replays into another account
// (PROTOCOL-NOTES §5.5), read from the archive before anything is written:
// the preflight counts it, the importer replays it. The chat history and the
// media stay in the file (read again when they are replayed), so that the
// plan stays small however long the history is.
struct ImportPlan
{
    struct ThreadEntry
    {
        QString id;
        QString payloadXml; // the Atom entry as exported (with its x:origin)
        QString publisher;  // who published it on the old server
    };
    // A comment thread of one of the user's posts (feeds/comments/<item>.atom).
    struct Thread
    {
        QString service;
        QString node;
        QString parent; // the post's item id
        QList<ThreadEntry> entries;
    };

    ExportManifest manifest;
    QString oldJid;
    QList<RosterEntry> contacts;
    QStringList incomingRequests; // waiting on the old account: not movable
    QString vcardTempXml;
    QList<PepNodeSnapshot> pepNodes; // account.xml, oldest item first
    QStringList privateXml;          // jabber:iq:private payloads
    QStringList blocked;
    QList<Thread> threads;
    QList<FollowedNode> follows;     // the XEP-0330 lists' and the followed communities
    QList<FollowedNode> owned;       // communities the old account owns
    qint64 messages = 0;             // the one-to-one archive
    QHash<QString, qint64> roomMessages; // room → messages in its archive part

    [[nodiscard]] const PepNodeSnapshot *pepNode(const QString &node) const
    {
        for (const auto &n : pepNodes) {
            if (n.node == node)
                return &n;
        }
        return nullptr;
    }
};

} // namespace Hearth
