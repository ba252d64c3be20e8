#pragma once

#include "Community.h"

#include <QFuture>
#include <QObject>
#include <QXmppDataForm.h>

class QXmppClient;
class QXmppIq;

namespace Hearth {

// What a community's owner chooses, mapped onto the node configuration
// form (XEP-0060 §8.2): who can read (open / the owner's contacts /
// approved members) and who can post.
struct CommunitySettings
{
    enum class Readers { Anyone, Contacts, Members };
    enum class Posters { Publishers, Subscribers, Anyone };

    QString title;
    QString description;
    Community::Type type = Community::Type::Feed;
    Readers readers = Readers::Anyone;
    Posters posters = Posters::Publishers;

    [[nodiscard]] static QString accessModel(Readers readers);
    [[nodiscard]] static QString publishModel(Posters posters);
    [[nodiscard]] static Readers readersOf(const QString &accessModel);
    [[nodiscard]] static Posters postersOf(const QString &publishModel);
    // Read from a node_config form (fields it lacks keep their defaults).
    [[nodiscard]] static CommunitySettings fromForm(const QXmppDataForm &form);
    // Writes these into form, keeping every other field as it is.
    void applyTo(QXmppDataForm *form) const;
};

// Running communities as their owner (MOVIM-WIRE §1.4, §2.5): create with
// Movim's configuration after checking that the service allows it,
// configure (typed settings and the raw form), affiliations, subscription
// requests, the avatar, and deletion.
class CommunityAdmin : public QObject
{
    Q_OBJECT
public:
    explicit CommunityAdmin(QXmppClient *client, QObject *parent = nullptr);

    // Whether the user may create nodes on service: as Movim, a test node
    // is created and deleted. Empty when allowed, else why not.
    QFuture<QString> checkCreate(const QString &service);
    struct Created
    {
        QString node; // the slug of the name
        QString error;
    };
    // Creates the community "name" (node id: its slug) with Movim's
    // creation configuration and these settings.
    QFuture<Created> create(const QString &service, const CommunitySettings &settings);
    // Movim's creation configuration with settings (the submitted form).
    [[nodiscard]] static QXmppDataForm creationForm(const CommunitySettings &settings);

    struct Configuration
    {
        QXmppDataForm form; // as the service sent it (every field)
        QString error;
    };
    QFuture<Configuration> configuration(const QString &service, const QString &node);
    // Submits a configuration form (the values of form's fields).
    QFuture<QString> configure(const QString &service, const QString &node, const QXmppDataForm &form);
    // Reads the form, applies the settings, submits it.
    QFuture<QString> configure(const QString &service, const QString &node, const CommunitySettings &settings);

    struct Entry
    {
        QString jid;
        QString state; // affiliation (owner, publisher, member, outcast) or subscription (subscribed, pending)
        friend bool operator==(const Entry &, const Entry &) = default;
    };
    struct Entries
    {
        QList<Entry> entries;
        QString error;
    };
    QFuture<Entries> affiliations(const QString &service, const QString &node);
    // affiliation "none" removes the JID's affiliation.
    QFuture<QString> setAffiliation(const QString &service, const QString &node, const QString &jid, const QString &affiliation);
    QFuture<Entries> subscriptions(const QString &service, const QString &node);
    // Subscription requests: approve makes the JID a member and subscribed;
    // refuse ends the subscription.
    QFuture<QString> approve(const QString &service, const QString &node, const QString &jid);
    QFuture<QString> refuse(const QString &service, const QString &node, const QString &jid);

    // The community's picture: the bytes as an urn:xmpp:avatar:data item
    // (id = SHA-1) and the metadata item urn:xmpp:avatar:metadata naming
    // them and, when given, where they are on the web (url, as Movim).
    QFuture<QString> setAvatar(const QString &service, const QString &node, const QByteArray &bytes, const QString &mimeType,
                               int width, int height, const QString &url);

    // Deletes the node and then the comment nodes of its posts.
    QFuture<QString> remove(const QString &service, const QString &node, const QList<XmppUri> &commentNodes);

private:
    QFuture<QString> send(QXmppIq &&iq);

    QXmppClient *m_client;
};

} // namespace Hearth
