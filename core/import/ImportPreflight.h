#pragma once

#include "ImportPlan.h"

#include <QDomElement>
#include <QFuture>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

class QXmppClient;

namespace Hearth {

class UploadService;

// The first step of an import (PROTOCOL-NOTES §5.5 step 0): what the new
// account's server can do, and from it and the export's plan, what will
// move, what will not and why, before anything is written.
namespace ImportPreflight {

struct Abilities
{
    QString jid;                 // the account imported into
    QStringList serverFeatures;
    QStringList accountFeatures;
    bool publishOptions = false; // pubsub#publish-options on the account (PEP)
    bool rsm = false;            // pubsub#rsm
    bool bookmarksCompat = false; // urn:xmpp:bookmarks:1#compat
    bool moved = false;          // urn:xmpp:moved:1 announced
    QString commentsService;     // comments.<domain>, else the account's own PEP
    QString uploadService;       // XEP-0363; empty: none
    qint64 uploadMax = -1;       // bytes; -1: no limit stated
    // The most items one of the account's PEP nodes keeps (the range of
    // pubsub#max_items in the service's default node form; Prosody's
    // pep_max_items). -1: not stated.
    qint64 pepMaxItems = -1;
    QString error;               // discovery failed
};

// The upper bound of pubsub#max_items in a pubsub#owner <default/> reply
// (XEP-0122 <validate><range max/>), -1 when it states none.
qint64 maxItemsLimit(const QDomElement &reply);

// How many of a node's count items (oldest first) are published, newest
// kept, on a server keeping at most limit (-1: all).
inline qint64 firstKept(qint64 count, qint64 limit)
{
    return limit >= 0 && count > limit ? count - limit : 0;
}

// The ids of the blog's oldest posts that a server keeping at most limit
// items has no room for (they stay in the export, with their threads).
QSet<QString> postsOverLimit(const ImportPlan &plan, qint64 limit);

// Asks the server (disco of the account, the domain and its services, and
// the upload service) once connected.
QFuture<Abilities> discover(QXmppClient *client, UploadService *uploads);

struct Line
{
    enum class Verdict { Moves, Partly, Stays };
    QString kind;   // an ImportReport kind
    qint64 count = 0;
    Verdict verdict = Verdict::Moves;
    QString text;   // what happens to it, for the user
};

// What the import will do with each dataset of the plan on that server.
QList<Line> preview(const ImportPlan &plan, const Abilities &abilities);

} // namespace ImportPreflight
} // namespace Hearth
