#pragma once

#include "Community.h"
#include "../feed/FollowedNode.h"

#include <QFuture>
#include <QObject>
#include <QPointer>
#include <QQueue>
#include <QSet>
#include <QTimer>

class QDomElement;
class QXmppClient;

namespace Hearth {

class NodeListing;

// Finding communities (MOVIM-WIRE §2.5): the pubsub services of a server
// (disco#items, then disco#info for the pubsub/service identity), a
// service's nodes with their meta-data and avatar, and the communities the
// user's contacts list publicly (XEP-0330). Nothing here is stored: the
// caller keeps what it wants (CommunityStore).
class CommunityDirectory : public QObject
{
    Q_OBJECT
public:
    explicit CommunityDirectory(QXmppClient *client, QObject *parent = nullptr);

    struct Service
    {
        QString jid;
        QString name;
        bool canCreate = false; // advertises create-nodes
    };
    struct ServicesResult
    {
        QList<Service> services;
        QString error;
    };
    // The pubsub services a server offers (its own JID included when it is
    // one).
    QFuture<ServicesResult> services(const QString &server);

    struct Described
    {
        Community community;
        QByteArray avatarBytes; // the avatar's data item, when the node has one
        QString error;
        bool missing = false; // no such node
    };
    // One node's meta-data and avatar metadata.
    QFuture<Described> describe(const QString &service, const QString &node);

    struct Avatar
    {
        QByteArray bytes; // the urn:xmpp:avatar:data item, when the node has one
        CommunityMeta::AvatarInfo info;
        QString error;
    };
    // The community's picture: its metadata item and, when it names no
    // URL or the data item exists, the bytes.
    QFuture<Avatar> avatar(const QString &service, const QString &node);

    // The nodes of a service, a page at a time, then described; the listing
    // stops when deleted or cancelled (the page was left).
    NodeListing *list(const QString &service, QObject *owner);

    struct Interesting
    {
        FollowedNode node;
        QStringList sharedBy; // contacts listing it publicly
    };
    // The communities these contacts list in their public XEP-0330 list,
    // most shared first (blogs left out).
    QFuture<QList<Interesting>> interesting(const QStringList &contacts);

    [[nodiscard]] QXmppClient *client() const { return m_client; }

private:
    QXmppClient *m_client;
};

// One service's listing under way (see CommunityDirectory::list).
class NodeListing : public QObject
{
    Q_OBJECT
public:
    static constexpr int kPageSize = 200;  // disco#items page where the service pages with RSM
    static constexpr int kInFlight = 48;   // descriptions under way at once
    static constexpr int kSilenceMs = 30000; // no answer for this long: the listing fails

    NodeListing(CommunityDirectory *directory, QString service, QObject *parent);

    void start();
    void cancel();
    [[nodiscard]] bool isFinished() const { return m_finished; }
    [[nodiscard]] QString service() const { return m_service; }
    [[nodiscard]] int found() const { return m_found; }
    [[nodiscard]] int described() const { return m_described; }

Q_SIGNALS:
    // Nodes as disco#items names them (title from the item name).
    void nodesFound(const QList<Hearth::Community> &communities);
    // One node's meta-data arrived (or failed: error).
    void nodeDescribed(const Hearth::Community &community, const QString &error);
    // Every node found and described (error: the listing itself failed).
    void finished(const QString &error);

private:
    void requestPage(const QString &after);
    void onPage(const QDomElement &iq);
    void pump();
    void finish(const QString &error);

    CommunityDirectory *m_directory;
    QString m_service;
    QTimer m_watchdog; // a service that stops answering must not leave the page waiting
    QQueue<QString> m_toDescribe;
    QSet<QString> m_seen;
    int m_inFlight = 0;
    int m_found = 0;
    int m_described = 0;
    bool m_pagesDone = false;
    bool m_cancelled = false;
    bool m_finished = false;
};

} // namespace Hearth
