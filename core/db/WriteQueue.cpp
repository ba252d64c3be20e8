#include "WriteQueue.h"

namespace Hearth {

WriteQueue::WriteQueue(Database *db, QObject *parent)
    : QObject(parent), m_db(db)
{
}

WriteQueue::~WriteQueue()
{
    // Nobody is left to tell: the writer just gets what waits.
    if (m_db && !m_pending.isEmpty())
        m_db->executeAll(take());
}

void WriteQueue::add(const QList<Statement> &statements, Done done)
{
    for (const Statement &statement : statements)
        m_pending.append({statement, {}});
    m_latest.clear();
    m_waiting.append(std::move(done));
    flush();
}

void WriteQueue::addLatest(const QString &key, std::function<Statement()> make, Done done)
{
    if (const auto it = m_latest.constFind(key); it != m_latest.cend()) {
        m_pending[*it].make = std::move(make);
    } else {
        m_latest.insert(key, m_pending.size());
        m_pending.append({{}, std::move(make)});
    }
    m_waiting.append(std::move(done));
    flush();
}

void WriteQueue::flush()
{
    if (m_writing || m_pending.isEmpty())
        return;
    m_writing = true;
    m_db->executeAll(take()).then(this, [this, waiting = std::exchange(m_waiting, {})](DbStatus status) {
        m_writing = false;
        if (!status.ok())
            Q_EMIT failed(status.error);
        for (const Done &done : waiting)
            if (done)
                done(status);
        flush();
    });
}

QList<WriteQueue::Statement> WriteQueue::take()
{
    QList<Statement> statements;
    statements.reserve(m_pending.size());
    for (const Pending &pending : std::as_const(m_pending))
        statements.append(pending.make ? pending.make() : pending.statement);
    m_pending.clear();
    m_latest.clear();
    return statements;
}

} // namespace Hearth
