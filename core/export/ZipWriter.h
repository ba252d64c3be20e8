#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QIODevice>
#include <QSaveFile>
#include <QString>

#include <archive.h>

namespace Hearth {

// Writes a zip file with libarchive, one entry after the other, streaming:
// an entry's data goes to disk as it is written, so memory stays bounded
// whatever the archive's size. The file is a QSaveFile: it is written under
// a temporary name beside the target and appears, flushed, under its name
// only when commit() succeeds; a failure or abort() leaves nothing.
// Entries carry a fixed time and no owner, so the same content gives the
// same bytes.
class ZipWriter
{
public:
    enum class Compression { Deflate, Store };

    ZipWriter();
    ~ZipWriter();
    ZipWriter(const ZipWriter &) = delete;
    ZipWriter &operator=(const ZipWriter &) = delete;

    bool open(const QString &path);
    // size: the entry's size when known (-1: written with a data descriptor).
    bool beginEntry(const QString &name, Compression compression = Compression::Deflate, qint64 size = -1);
    bool write(const char *data, qint64 size);
    bool write(const QByteArray &data) { return write(data.constData(), data.size()); }
    bool endEntry();
    // beginEntry + write + endEntry.
    bool addEntry(const QString &name, const QByteArray &data, Compression compression = Compression::Deflate);
    // Closes the archive and moves it into place.
    bool commit();
    // Drops everything written (the target is untouched).
    void abort();

    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] qint64 bytesWritten() const { return m_bytes; }
    [[nodiscard]] bool isOpen() const { return m_archive != nullptr; }
    // The last finished entry: its SHA-256 (hex) and uncompressed size.
    [[nodiscard]] QString lastSha256() const { return m_lastSha256; }
    [[nodiscard]] qint64 lastSize() const { return m_lastSize; }

    // The entries' time: the zip epoch (1980-01-01 UTC).
    static constexpr qint64 kEntryTime = 315532800;

private:
    static la_ssize_t writeCallback(struct archive *, void *self, const void *buffer, size_t length);
    bool fail(const QString &what);

    QSaveFile m_file;
    struct archive *m_archive = nullptr;
    bool m_inEntry = false;
    qint64 m_bytes = 0;
    QString m_entry;
    QCryptographicHash m_hash{QCryptographicHash::Sha256};
    qint64 m_entrySize = 0;
    QString m_lastSha256;
    qint64 m_lastSize = 0;
    QString m_error;
    QString m_writeError; // why the file took no more (errno's text)
};

// A QIODevice over the writer's current entry, for QXmlStreamWriter.
class ZipEntryDevice : public QIODevice
{
public:
    explicit ZipEntryDevice(ZipWriter *writer);
    [[nodiscard]] bool isSequential() const override { return true; }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override;

private:
    ZipWriter *m_writer;
};

} // namespace Hearth
