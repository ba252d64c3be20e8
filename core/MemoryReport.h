#pragma once

#include <QList>
#include <QString>

// Where a process's memory is, read from /proc/<pid>/smaps (Linux; empty
// elsewhere): resident and proportional sizes summed by kind of mapping,
// and, for this process, the allocator's own view of the heap (glibc).
// The memory benchmarks print it so each saving can be seen.
struct MemoryReport
{
    struct Part
    {
        QString kind;
        qint64 rssKiB = 0;
        qint64 pssKiB = 0;
    };

    qint64 rssKiB = -1;
    qint64 pssKiB = -1;
    QList<Part> parts;           // by kind, largest first
    qint64 mallocInUseKiB = -1;  // allocated blocks (glibc mallinfo2)
    qint64 mallocFreeKiB = -1;   // held by the allocator, free
    qint64 mallocMmapKiB = -1;   // large blocks mapped on their own

    // This process (pid 0), or another of the same user.
    [[nodiscard]] static MemoryReport read(qint64 pid = 0);
    // Kind of one smaps mapping by its path ("" for anonymous memory).
    [[nodiscard]] static QString kindOf(const QString &path);
    // One line: "rss-kib N pss-kib N kind=rss/pss … malloc-inuse-kib N …".
    [[nodiscard]] QString toLine() const;
};
