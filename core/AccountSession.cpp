#include "AccountSession.h"

#include "Logging.h"
#include "Promises.h"
#include "db/Database.h"

namespace Hearth {

AccountSession::AccountSession(Database *db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_contacts(db, &m_account)
    , m_feed(db, &m_account, &m_contacts)
    , m_communities(db, &m_account, &m_feed)
    , m_e2ee(db, &m_account)
    , m_chat(db, &m_account)
    , m_rooms(db, &m_account, &m_chat)
    , m_privateGroups(&m_account, &m_rooms, &m_e2ee)
{
    m_chat.setEncryption(&m_e2ee);
}

AccountSession::~AccountSession() = default;

void AccountSession::bind(qint64 accountId, const QString &jid)
{
    m_accountId = accountId;
    m_jid = jid;
    m_feed.setAccountId(accountId, jid);
    m_communities.setAccountId(accountId, jid);
    m_e2ee.setAccountId(accountId, jid);
    m_chat.setAccountId(accountId, jid);
    m_rooms.setAccountId(accountId, jid);
}

QFuture<DbStatus> AccountSession::open(qint64 accountId, const QString &jid)
{
    bind(accountId, jid);
    // OMEMO's keys and sessions before the contacts (QXmpp wants them
    // loaded before the connection that the roster's version starts).
    auto promise = startedPromise<DbStatus>();
    m_e2ee.load().then(this, [this, promise, accountId](DbStatus e2ee) {
        if (!e2ee.ok())
            qCWarning(lcE2ee) << "end-to-end encryption not loaded:" << e2ee.error;
        m_contacts.load(accountId).then(this, [promise](DbStatus contacts) { fulfil(promise, contacts); });
    });
    return promise->future();
}

void AccountSession::adopt(qint64 accountId, const QString &jid)
{
    bind(accountId, jid);
    m_e2ee.load(); // a first login: set up once the session is there
    m_contacts.adopt(accountId);
}

} // namespace Hearth
