#pragma once

#include <QDateTime>
#include <QFuture>
#include <QHash>
#include <QXmppClientExtension.h>
#include <QXmppMessage.h>

#include <functional>
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
    // Reads on from range, page after page, until the archive says it is
    // complete, a page fails or maxPages were read; onPage gets each one
    // decrypted, in order, last set on the final one (an error ends it).
    // The next page is asked for while one is being decrypted (at most
    // kReadAhead wait), so the server's work and ours overlap instead of
    // taking turns, and decryption yields to the event loop every
    // kDecryptSlice messages: the UI thread is never held for a page.
    static constexpr int kReadAhead = 2;
    static constexpr int kDecryptSlice = 10;
    using PageHandler = std::function<void(const Page &page, bool last)>;
    void readOn(const QString &archive, const Range &range, int maxPages, PageHandler onPage);

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
    struct Reading;
    // The query itself: done gets the page as it came (still encrypted).
    void fetch(const QString &archive, const QString &with, const Range &range, std::function<void(Page)> done);
    // Decrypts what is encrypted, kDecryptSlice messages an event-loop turn.
    void decrypt(Page page, std::function<void(Page)> done);
    void decryptFrom(const std::shared_ptr<Page> &page, const std::shared_ptr<QList<qsizetype>> &encrypted, qsizetype from,
                     const std::function<void(Page)> &done);
    void readNext(const std::shared_ptr<Reading> &reading);

    struct Pending
    {
        QString archive; // the JID results must come from ('' = own)
        std::function<void(Page)> done;
        QList<Archived> messages;
    };
    QHash<QString, Pending> m_pending; // by query id
};

} // namespace Hearth
