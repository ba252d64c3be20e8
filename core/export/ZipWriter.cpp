#include "ZipWriter.h"

#include <cerrno>

#include <QCoreApplication>

#include <archive.h>
#include <archive_entry.h>

namespace Hearth {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Hearth::ZipWriter", text);
}
} // namespace

ZipWriter::ZipWriter() = default;

ZipWriter::~ZipWriter()
{
    abort();
}

bool ZipWriter::open(const QString &path)
{
    abort();
    m_error.clear();
    m_writeError.clear();
    m_bytes = 0;
    m_file.setFileName(path);
    // Unbuffered: libarchive writes whole blocks already, and each write's
    // failure (a full disk) is seen at that write, not lost in a final
    // flush that Qt 6.4's QSaveFile::commit() does not check.
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Unbuffered)) {
        m_error = tr("cannot write %1: %2").arg(path, m_file.errorString());
        return false;
    }
    m_archive = archive_write_new();
    if (archive_write_set_format_zip(m_archive) != ARCHIVE_OK
        || archive_write_set_bytes_in_last_block(m_archive, 1) != ARCHIVE_OK
        || archive_write_open2(m_archive, this, nullptr, &ZipWriter::writeCallback, nullptr, nullptr) != ARCHIVE_OK)
        return fail(tr("cannot start the zip file"));
    return true;
}

la_ssize_t ZipWriter::writeCallback(struct archive *, void *self, const void *buffer, size_t length)
{
    auto *writer = static_cast<ZipWriter *>(self);
    const qint64 written = writer->m_file.write(static_cast<const char *>(buffer), qint64(length));
    if (written < 0 || (written < qint64(length) && writer->m_file.error() != QFileDevice::NoError)) {
        // The system's reason, read now (a full disk, a file-size limit):
        // by the time libarchive reports the failure errno is long gone.
        const int code = errno;
        const QString said = writer->m_file.errorString();
        writer->m_writeError = said.isEmpty() || said == QLatin1String("Unknown error") ? qt_error_string(code) : said;
        return -1;
    }
    writer->m_bytes += written;
    return written;
}

bool ZipWriter::fail(const QString &what)
{
    if (!m_writeError.isEmpty()) {
        // The file could not take more: name it and say why.
        m_error = tr("cannot write %1: %2 (%3)").arg(m_file.fileName(), m_writeError, what);
        abort();
        return false;
    }
    QString reason = m_archive ? QString::fromUtf8(archive_error_string(m_archive)) : QString();
    if (m_file.error() != QFileDevice::NoError)
        reason = m_file.errorString(); // a full disk says so here
    m_error = reason.isEmpty() ? what : tr("%1: %2").arg(what, reason);
    abort();
    return false;
}

bool ZipWriter::beginEntry(const QString &name, Compression compression, qint64 size)
{
    if (!m_archive)
        return false;
    if (m_inEntry && !endEntry())
        return false;
    const int chosen = compression == Compression::Store ? archive_write_zip_set_compression_store(m_archive)
                                                         : archive_write_zip_set_compression_deflate(m_archive);
    if (chosen != ARCHIVE_OK)
        return fail(tr("cannot set the compression of %1").arg(name));
    archive_entry *entry = archive_entry_new();
    archive_entry_set_pathname_utf8(entry, name.toUtf8().constData());
    archive_entry_set_filetype(entry, AE_IFREG);
    archive_entry_set_perm(entry, 0644);
    archive_entry_set_mtime(entry, kEntryTime, 0);
    if (size >= 0)
        archive_entry_set_size(entry, size);
    const int status = archive_write_header(m_archive, entry);
    archive_entry_free(entry);
    if (status != ARCHIVE_OK)
        return fail(tr("cannot write %1 into the zip file").arg(name));
    m_entry = name;
    m_inEntry = true;
    m_hash.reset();
    m_entrySize = 0;
    return true;
}

bool ZipWriter::write(const char *data, qint64 size)
{
    if (!m_archive || !m_inEntry)
        return false;
    m_hash.addData(QByteArrayView(data, size));
    m_entrySize += size;
    while (size > 0) {
        const la_ssize_t n = archive_write_data(m_archive, data, size_t(size));
        if (n <= 0)
            return fail(tr("cannot write %1 into the zip file").arg(m_entry));
        data += n;
        size -= n;
    }
    return true;
}

bool ZipWriter::endEntry()
{
    if (!m_archive || !m_inEntry)
        return m_archive != nullptr;
    m_inEntry = false;
    if (archive_write_finish_entry(m_archive) != ARCHIVE_OK)
        return fail(tr("cannot finish %1 in the zip file").arg(m_entry));
    m_lastSha256 = QString::fromLatin1(m_hash.result().toHex());
    m_lastSize = m_entrySize;
    return true;
}

bool ZipWriter::addEntry(const QString &name, const QByteArray &data, Compression compression)
{
    return beginEntry(name, compression, data.size()) && write(data) && endEntry();
}

bool ZipWriter::commit()
{
    if (!m_archive || !endEntry())
        return false;
    if (archive_write_close(m_archive) != ARCHIVE_OK)
        return fail(tr("cannot finish the zip file"));
    archive_write_free(m_archive);
    m_archive = nullptr;
    if (!m_writeError.isEmpty())
        return fail(tr("cannot finish the zip file"));
    if (!m_file.flush()) {
        m_error = tr("cannot write %1: %2").arg(m_file.fileName(), m_file.errorString());
        m_file.cancelWriting(), m_file.commit(); // removes the temporary file
        return false;
    }
    if (!m_file.commit()) {
        m_error = tr("cannot save %1: %2").arg(m_file.fileName(), m_file.errorString());
        return false;
    }
    return true;
}

void ZipWriter::abort()
{
    if (m_archive) {
        archive_write_free(m_archive); // closes what it can; the data is dropped below
        m_archive = nullptr;
    }
    m_inEntry = false;
    if (m_file.isOpen())
        m_file.cancelWriting(), m_file.commit(); // cancelled: removes the temporary file
}

ZipEntryDevice::ZipEntryDevice(ZipWriter *writer)
    : m_writer(writer)
{
    open(QIODevice::WriteOnly);
}

qint64 ZipEntryDevice::writeData(const char *data, qint64 size)
{
    return m_writer->write(data, size) ? size : -1;
}

} // namespace Hearth
