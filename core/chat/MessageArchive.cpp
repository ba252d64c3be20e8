#include "MessageArchive.h"

#include "../Account.h"
#include "../Logging.h"
#include "../Promises.h"
#include "../StanzaErrors.h"

#include <QDomElement>
#include <QTimer>
#include <QXmppClient.h>
#include <QXmppDataForm.h>
#include <QXmppE2eeExtension.h>
#include <QXmppE2eeMetadata.h>
#include <QXmppMamIq.h>
#include <QXmppResultSet.h>
#include <QXmppTask.h>
#include <QXmppUtils.h>

namespace Hearth {

namespace {
const QString kMamNs = QStringLiteral("urn:xmpp:mam:2");
const QString kForwardNs = QStringLiteral("urn:xmpp:forward:0");
const QString kDelayNs = QStringLiteral("urn:xmpp:delay");

QDomElement child(const QDomElement &parent, const QString &name, const QString &ns)
{
    for (auto e = parent.firstChildElement(name); !e.isNull(); e = e.nextSiblingElement(name))
        if (e.namespaceURI() == ns)
            return e;
    return {};
}
} // namespace

MessageArchive::MessageArchive() = default;
MessageArchive::~MessageArchive() = default;

QStringList MessageArchive::discoveryFeatures() const
{
    return {kMamNs};
}

QFuture<MessageArchive::Page> MessageArchive::query(const QString &archive, const QString &with, const Range &range)
{
    auto promise = startedPromise<Page>();
    fetch(archive, with, range, [this, promise](Page page) {
        decrypt(std::move(page), [promise](Page decrypted) { fulfil(promise, std::move(decrypted)); });
    });
    return promise->future();
}

void MessageArchive::fetch(const QString &archive, const QString &with, const Range &range, std::function<void(Page)> done)
{
    if (!Account::hasSession(client())) {
        done(Page{{}, {}, {}, false, tr("You are offline.")});
        return;
    }
    QXmppMamQueryIq iq;
    iq.setType(QXmppIq::Set);
    iq.setTo(archive);
    const QString queryId = QXmppUtils::generateStanzaUuid();
    iq.setQueryId(queryId);
    QList<QXmppDataForm::Field> fields;
    QXmppDataForm::Field type(QXmppDataForm::Field::HiddenField);
    type.setKey(QStringLiteral("FORM_TYPE"));
    type.setValue(kMamNs);
    fields << type;
    if (!with.isEmpty()) {
        QXmppDataForm::Field withField;
        withField.setKey(QStringLiteral("with"));
        withField.setValue(with);
        fields << withField;
    }
    QXmppDataForm form(QXmppDataForm::Submit);
    form.setFields(fields);
    iq.setForm(form);
    QXmppResultSetQuery rsm;
    rsm.setMax(range.max);
    if (!range.after.isEmpty())
        rsm.setAfter(range.after);
    if (range.before)
        rsm.setBefore(*range.before);
    iq.setResultSetQuery(rsm);

    m_pending.insert(queryId, Pending{QXmppUtils::jidToBareJid(archive), std::move(done), {}});
    client()->sendIq(std::move(iq)).then(this, [this, queryId](QXmppClient::IqResult result) {
        Pending pending = m_pending.take(queryId);
        if (!pending.done)
            return;
        Page page;
        if (auto *error = std::get_if<QXmppError>(&result)) {
            page.error = describeError(*error);
        } else {
            QXmppMamResultIq iq;
            iq.parse(std::get<QDomElement>(result));
            page.complete = iq.complete();
            page.first = iq.resultSetReply().first();
            page.last = iq.resultSetReply().last();
            page.messages = pending.messages;
        }
        pending.done(std::move(page));
    });
}

void MessageArchive::decrypt(Page page, std::function<void(Page)> done)
{
    // End-to-end encrypted messages are decrypted before the page is
    // handed on, each in its place; one that cannot be stays as it came,
    // for the reader to mark.
    auto *e2ee = client()->encryptionExtension();
    auto encrypted = std::make_shared<QList<qsizetype>>();
    if (e2ee)
        for (qsizetype i = 0; i < page.messages.size(); ++i)
            if (e2ee->isEncrypted(page.messages.at(i).message))
                *encrypted << i;
    if (encrypted->isEmpty()) {
        done(std::move(page));
        return;
    }
    decryptFrom(std::make_shared<Page>(std::move(page)), encrypted, 0, done);
}

void MessageArchive::decryptFrom(const std::shared_ptr<Page> &page, const std::shared_ptr<QList<qsizetype>> &encrypted, qsizetype from,
                                 const std::function<void(Page)> &done)
{
    auto *e2ee = client()->encryptionExtension();
    // A slice at once (they may finish in any order), then the event loop
    // gets its turn before the next.
    const qsizetype to = std::min(from + kDecryptSlice, encrypted->size());
    auto left = std::make_shared<qsizetype>(to - from);
    for (qsizetype k = from; k < to; ++k) {
        const qsizetype i = encrypted->at(k);
        QXmppMessage copy = page->messages.at(i).message;
        e2ee->decryptMessage(std::move(copy)).then(this, [=, this](QXmppE2eeExtension::MessageDecryptResult result) {
            if (auto *decrypted = std::get_if<QXmppMessage>(&result))
                page->messages[i].message = std::move(*decrypted);
            if (--*left > 0)
                return;
            if (to == encrypted->size())
                done(std::move(*page));
            else
                QTimer::singleShot(0, this, [=, this] { decryptFrom(page, encrypted, to, done); });
        });
    }
}

struct MessageArchive::Reading
{
    QString archive;
    Range next;
    int pagesLeft = 0;
    PageHandler onPage;
    QList<std::pair<Page, bool>> fetched; // waiting to be decrypted; whether the last
    bool fetching = false;
    bool decrypting = false;
    bool ended = false; // no page to ask for after the ones fetched
};

void MessageArchive::readOn(const QString &archive, const Range &range, int maxPages, PageHandler onPage)
{
    auto reading = std::make_shared<Reading>();
    reading->archive = archive;
    reading->next = range;
    reading->pagesLeft = std::max(1, maxPages);
    reading->onPage = std::move(onPage);
    readNext(reading);
}

void MessageArchive::readNext(const std::shared_ptr<Reading> &reading)
{
    Reading &r = *reading;
    if (!r.fetching && !r.ended && r.fetched.size() < kReadAhead) {
        r.fetching = true;
        --r.pagesLeft;
        fetch(r.archive, {}, r.next, [this, reading](Page page) {
            Reading &r = *reading;
            r.fetching = false;
            const bool more = page.error.isEmpty() && !page.complete && !page.last.isEmpty() && r.pagesLeft > 0;
            r.ended = !more;
            if (more) {
                r.next.after = page.last;
                r.next.before.reset();
            }
            r.fetched.append({std::move(page), !more});
            readNext(reading);
        });
    }
    if (r.decrypting || r.fetched.isEmpty())
        return;
    r.decrypting = true;
    // After this turn of the event loop: the next page's request leaves
    // first, and the server reads it while this page is decrypted.
    QTimer::singleShot(0, this, [this, reading] {
        auto [page, last] = reading->fetched.takeFirst();
        decrypt(std::move(page), [this, reading, last = last](Page decrypted) {
            reading->decrypting = false;
            reading->onPage(decrypted, last);
            if (!last)
                readNext(reading);
        });
    });
}

bool MessageArchive::handleStanza(const QDomElement &stanza)
{
    const QDomElement result = resultOf(stanza);
    if (result.isNull())
        return false;
    const QString queryId = result.attribute(QStringLiteral("queryid"));
    const auto it = m_pending.find(queryId);
    const QString from = QXmppUtils::jidToBareJid(stanza.attribute(QStringLiteral("from")));
    const QString own = client()->configuration().jidBare();
    // Swallowed either way: an archive result is never a live message.
    if (it == m_pending.end()) {
        qCWarning(lcChat).noquote() << "dropped an archive result for no query of ours, from" << from;
        return true;
    }
    const QString expected = it->archive.isEmpty() ? own : it->archive;
    if (!from.isEmpty() && from != expected) {
        qCWarning(lcChat).noquote() << "dropped a spoofed archive result from" << from << "(asked" << expected << ")";
        return true;
    }
    auto archived = parseResult(result);
    if (!archived) {
        qCWarning(lcChat).noquote() << "dropped an archive result without a message from" << expected;
        return true;
    }
    it->messages << *archived;
    return true;
}

QDomElement MessageArchive::resultOf(const QDomElement &stanza)
{
    return stanza.tagName() == QLatin1String("message") ? child(stanza, QStringLiteral("result"), kMamNs) : QDomElement();
}

bool MessageArchive::isEncrypted(const QDomElement &message)
{
    return !child(message, QStringLiteral("encrypted"), QStringLiteral("urn:xmpp:omemo:2")).isNull();
}

std::optional<MessageArchive::Archived> MessageArchive::parseResult(const QDomElement &result)
{
    const QDomElement forwarded = child(result, QStringLiteral("forwarded"), kForwardNs);
    const QDomElement message = forwarded.firstChildElement(QStringLiteral("message"));
    if (message.isNull())
        return std::nullopt;
    Archived archived;
    // Encrypted ones keep their public fallback apart from the text
    // decryption gives (as QXmpp's client does for live messages).
    archived.message.parse(message, isEncrypted(message) ? QXmpp::ScePublic : QXmpp::SceSensitive);
    archived.archiveId = result.attribute(QStringLiteral("id"));
    const QDomElement delay = child(forwarded, QStringLiteral("delay"), kDelayNs);
    archived.stamp = QXmppUtils::datetimeFromString(delay.attribute(QStringLiteral("stamp")));
    return archived;
}

} // namespace Hearth
