#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QString>

struct archive;

namespace Hearth {

// Reads a zip file with libarchive, entry by entry, trusting nothing in it:
// entry names are checked (no "..", no absolute or drive paths, no
// backslashes), only regular files are accepted (a symlink or a device is
// refused), encrypted entries are refused, and declared and real sizes are
// held to limits, so a zip bomb stops at the limit instead of filling
// memory or disk. Every error names the file or the part.
class ZipReader
{
public:
    struct Limits
    {
        qint64 maxEntries = 2'000'000;
        qint64 maxEntrySize = qint64(8) << 30;  // one entry, uncompressed
        qint64 maxTotalSize = qint64(64) << 30; // all entries, uncompressed
        // An entry expanding more than this many times its compressed size
        // is treated as a bomb (real archives of XML reach ~20).
        qint64 maxRatio = 1000;
    };
    struct Entry
    {
        QString name;
        qint64 size = -1;           // declared, -1 unknown
        qint64 compressedSize = -1; // declared, -1 unknown
    };

    ZipReader();
    ~ZipReader();
    ZipReader(const ZipReader &) = delete;
    ZipReader &operator=(const ZipReader &) = delete;

    bool open(const QString &path, const Limits &limits);
    // Reads from memory (the fuzz target); data must outlive the reader.
    bool openMemory(const QByteArray &data, const Limits &limits);
    void close();

    // The next entry's header; false at the end (error() empty) or on an
    // error (error() says which entry and why).
    bool next(Entry *entry);
    // Up to size bytes of the current entry: >0 bytes, 0 at its end, -1 on
    // an error (a limit passed, corrupt data).
    qint64 read(char *buffer, qint64 size);
    // The rest of the current entry, refused beyond maxBytes.
    bool readAll(QByteArray *out, qint64 maxBytes);

    // Every byte read() returns from now on also goes into digest (the
    // current entry's; next() detaches it).
    void setDigest(QCryptographicHash *digest) { m_digest = digest; }

    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] qint64 entryCount() const { return m_entries; }

    // Whether name is a safe relative path inside the archive.
    [[nodiscard]] static bool isSafeName(const QString &name);

private:
    bool start(int status);
    bool fail(const QString &message);

    struct archive *m_archive = nullptr;
    Limits m_limits;
    QString m_source;
    QString m_error;
    Entry m_current;
    qint64 m_entries = 0;
    qint64 m_entryRead = 0;
    qint64 m_totalRead = 0;
    QCryptographicHash *m_digest = nullptr;
};

} // namespace Hearth
