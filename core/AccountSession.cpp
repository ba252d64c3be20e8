#include "AccountSession.h"

#include "db/Database.h"

namespace Hearth {

AccountSession::AccountSession(Database *db, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_contacts(db, &m_account)
    , m_feed(db, &m_account, &m_contacts)
    , m_communities(db, &m_account, &m_feed)
    , m_chat(db, &m_account)
    , m_rooms(db, &m_account, &m_chat)
{
}

AccountSession::~AccountSession() = default;

void AccountSession::bind(qint64 accountId, const QString &jid)
{
    m_accountId = accountId;
    m_jid = jid;
    m_feed.setAccountId(accountId, jid);
    m_communities.setAccountId(accountId, jid);
    m_chat.setAccountId(accountId, jid);
    m_rooms.setAccountId(accountId, jid);
}

QFuture<DbStatus> AccountSession::open(qint64 accountId, const QString &jid)
{
    bind(accountId, jid);
    return m_contacts.load(accountId);
}

void AccountSession::adopt(qint64 accountId, const QString &jid)
{
    bind(accountId, jid);
    m_contacts.adopt(accountId);
}

} // namespace Hearth
