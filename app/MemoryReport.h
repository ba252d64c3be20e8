#pragma once

#include <QList>
#include <QString>

// Where the process's memory is, read from /proc/self/smaps (Linux; empty
// elsewhere): resident and proportional sizes summed by kind of mapping,
// and the allocator's own view of the heap (glibc). The memory benchmark
// prints it for each stage so each saving can be seen.
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

    [[nodiscard]] static MemoryReport read();
    // Kind of one smaps mapping by its path ("" for anonymous memory).
    [[nodiscard]] static QString kindOf(const QString &path);
    // One line: "rss-kib N pss-kib N kind=rss/pss … malloc-inuse-kib N …".
    [[nodiscard]] QString toLine() const;
};
