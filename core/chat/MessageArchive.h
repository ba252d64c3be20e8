#pragma once

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QXmppClientExtension.h>
#include <QXmppMessage.h>

#include <memory>
#include <optional>

template<typename T>
class QPromise;

namespace Hearth {

// XEP-0313 queries with the checks QXmppMamManager leaves out: a result is
// accepted only for a query in flight, and only from the archive that was
// asked (the own bare JID, or the room); anything else is dropped and
// logged, so nobody can slip messages into the history.
class MessageArchive : public QXmppClientExtension
{
    Q_OBJECT
public:
    struct Archived
    {
        QXmppMessage message;
        QString archiveId; // the archive's stanza-id
        QDateTime stamp;   // when the archive received it
    };
    struct Page
    {
        QList<Archived> messages; // oldest first, as the archive sends them
        QString first, last;      // RSM ids of this page
        bool complete = false;    // nothing beyond this page
        QString error;
    };
    // Which page: after an id (catching up, oldest first) or before one
    // (scrolling back; an empty before asks for the newest page).
    struct Range
    {
        QString after;
        std::optional<QString> before;
        int max = 100;
    };

    MessageArchive();
    ~MessageArchive() override;

    // archive: empty for the own archive, else a room's JID; with: only the
    // conversation with this JID (empty: all).
    QFuture<Page> query(const QString &archive, const QString &with, const Range &range);

    // A <message/> carrying an archive result: its <result/> (null when
    // it is not one). What that result holds: the forwarded message, its
    // archive id and the archive's time; nothing without a message. Which
    // query and archive it answers is handleStanza's to check.
    [[nodiscard]] static QDomElement resultOf(const QDomElement &stanza);
    [[nodiscard]] static std::optional<Archived> parseResult(const QDomElement &result);
    // Whether a message carries an OMEMO 2 element.
    [[nodiscard]] static bool isEncrypted(const QDomElement &message);

    QStringList discoveryFeatures() const override;
    bool handleStanza(const QDomElement &stanza) override;

private:
    void decrypt(Page page, const std::shared_ptr<QPromise<Page>> &promise);

    struct Pending
    {
        QString archive; // the JID results must come from ('' = own)
        std::shared_ptr<QPromise<Page>> promise;
        QList<Archived> messages;
    };
    QHash<QString, Pending> m_pending; // by query id
};

} // namespace Hearth
