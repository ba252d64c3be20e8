#include "MemoryReport.h"

#include <QFile>
#include <QHash>

#include <algorithm>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

QString MemoryReport::kindOf(const QString &path)
{
    if (path.isEmpty() || path.startsWith(QLatin1String("[anon")))
        return QStringLiteral("anonymous");
    if (path == QLatin1String("[heap]"))
        return QStringLiteral("heap");
    if (path.startsWith(QLatin1String("[stack")))
        return QStringLiteral("stack");
    if (path.startsWith(u'['))
        return QStringLiteral("kernel"); // [vdso], [vvar]
    // The graphics stack: Mesa's drivers and their LLVM, GL dispatch, DRM.
    static const char *const gl[] = {"/dri/", "libLLVM", "libgallium", "libGL", "libEGL", "libglapi", "libgbm", "libdrm",
                                     "libvulkan", "libxshmfence", "/dev/dri", "libGLX", "libGLdispatch", "libOpenGL"};
    for (const char *part : gl) {
        if (path.contains(QLatin1String(part)))
            return QStringLiteral("gl-driver");
    }
    // Window pixels shared with the X server, and memfd buffers.
    if (path.startsWith(QLatin1String("/SYSV")) || path.startsWith(QLatin1String("/dev/shm")) || path.startsWith(QLatin1String("/memfd:")))
        return QStringLiteral("shared-buffers");
    if (path.contains(QLatin1String("/libQt6")))
        return QStringLiteral("qt-libraries");
    if (path.contains(QLatin1String(".so")))
        return QStringLiteral("other-libraries");
    if (path.endsWith(QLatin1String(".ttf")) || path.endsWith(QLatin1String(".otf")) || path.endsWith(QLatin1String(".ttc"))
        || path.contains(QLatin1String("/fontconfig/")))
        return QStringLiteral("fonts");
    if (path.contains(QLatin1String(".sqlite")))
        return QStringLiteral("cache-database");
    if (path.endsWith(QLatin1String(".qmlc")) || path.endsWith(QLatin1String(".jsc")))
        return QStringLiteral("qml-disk-cache");
    return QStringLiteral("other-files");
}

MemoryReport MemoryReport::read(qint64 pid)
{
    MemoryReport report;
    QFile smaps(pid > 0 ? QStringLiteral("/proc/%1/smaps").arg(pid) : QStringLiteral("/proc/self/smaps"));
    if (smaps.open(QIODevice::ReadOnly)) {
        QHash<QString, Part> byKind;
        QString kind;
        report.rssKiB = report.pssKiB = 0;
        // A mapping's header ("start-end perms offset dev inode [path]"),
        // then its "Key: value kB" lines.
        // (/proc files have no size: read to the end, not while !atEnd().)
        const QList<QByteArray> lines = smaps.readAll().split('\n');
        for (const QByteArray &raw : lines) {
            const QByteArray line = raw.trimmed();
            if (line.isEmpty())
                continue;
            const int colon = line.indexOf(':');
            const bool header = colon < 0 || line.indexOf(' ') < colon;
            if (header) {
                const QList<QByteArray> fields = line.simplified().split(' ');
                kind = kindOf(fields.size() > 5 ? QString::fromUtf8(fields.mid(5).join(' ')) : QString());
                byKind[kind].kind = kind;
                continue;
            }
            const QByteArray key = line.left(colon);
            if (key != "Rss" && key != "Pss")
                continue;
            const qint64 kib = line.mid(colon + 1).trimmed().split(' ').value(0).toLongLong();
            if (key == "Rss") {
                byKind[kind].rssKiB += kib;
                report.rssKiB += kib;
            } else {
                byKind[kind].pssKiB += kib;
                report.pssKiB += kib;
            }
        }
        for (const Part &part : std::as_const(byKind)) {
            if (part.rssKiB > 0)
                report.parts << part;
        }
        std::sort(report.parts.begin(), report.parts.end(), [](const Part &a, const Part &b) { return a.rssKiB > b.rssKiB; });
    }
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 33))
    if (pid > 0)
        return report;
    const struct mallinfo2 info = mallinfo2();
    report.mallocInUseKiB = qint64(info.uordblks / 1024);
    report.mallocFreeKiB = qint64(info.fordblks / 1024);
    report.mallocMmapKiB = qint64(info.hblkhd / 1024);
#endif
    return report;
}

QString MemoryReport::toLine() const
{
    QString line = QStringLiteral("rss-kib %1 pss-kib %2").arg(rssKiB).arg(pssKiB);
    for (const Part &part : parts)
        line += QStringLiteral(" %1=%2/%3").arg(part.kind).arg(part.rssKiB).arg(part.pssKiB);
    if (mallocInUseKiB >= 0)
        line += QStringLiteral(" malloc-inuse-kib %1 malloc-free-kib %2 malloc-mmap-kib %3").arg(mallocInUseKiB).arg(mallocFreeKiB).arg(mallocMmapKiB);
    return line;
}
