#pragma once

#include "Database.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariant>

#include <functional>

namespace Hearth {

// Changes to one part of the cache, written in order on the writer thread.
// While one batch is out, what comes meanwhile waits and then goes as the
// next batch, in one transaction; a row added with a key is made only when
// its batch leaves, so a newer change of the same row takes its place (an
// OMEMO session changes with every message of a catch-up: one commit per
// message would cost more than the message). With nothing out, a change
// leaves at once. What still waits when the queue goes is written all the
// same (the writer runs queued jobs before it closes).
class WriteQueue : public QObject
{
    Q_OBJECT
public:
    using Statement = Database::Statement;
    using Done = std::function<void(const DbStatus &)>; // on this object's thread

    explicit WriteQueue(Database *db, QObject *parent = nullptr);
    ~WriteQueue() override;

    void add(const QList<Statement> &statements, Done done = {});
    // The row named key, made by make() when its batch leaves. Any other
    // add() starts keys afresh, so a deletion is never overtaken.
    void addLatest(const QString &key, std::function<Statement()> make, Done done = {});

Q_SIGNALS:
    // A batch could not be written (all of it was rolled back).
    void failed(const QString &message);

private:
    struct Pending
    {
        Statement statement;
        std::function<Statement()> make;
    };
    void flush();
    // What waits, as statements (rows made now), and the queue emptied.
    QList<Statement> take();

    QPointer<Database> m_db;
    QList<Pending> m_pending;
    QHash<QString, qsizetype> m_latest; // key -> index in m_pending
    QList<Done> m_waiting;              // told when m_pending is written
    bool m_writing = false;
};

} // namespace Hearth
