#include "ZipReader.h"

#include <QCoreApplication>
#include <QFileInfo>

#include <archive.h>
#include <archive_entry.h>

namespace Hearth {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Hearth::ZipReader", text);
}
} // namespace

ZipReader::ZipReader() = default;

ZipReader::~ZipReader()
{
    close();
}

void ZipReader::close()
{
    if (m_archive)
        archive_read_free(m_archive);
    m_archive = nullptr;
    m_entries = m_entryRead = m_totalRead = 0;
    m_current = {};
}

bool ZipReader::start(int status)
{
    if (status != ARCHIVE_OK) {
        const QString reason = QString::fromUtf8(archive_error_string(m_archive));
        close();
        m_error = tr("%1 is not a readable zip file: %2").arg(m_source, reason);
        return false;
    }
    return true;
}

bool ZipReader::open(const QString &path, const Limits &limits)
{
    close();
    m_error.clear();
    m_limits = limits;
    m_source = QFileInfo(path).fileName();
    if (!QFileInfo(path).isFile()) {
        m_error = tr("%1 is not a file").arg(path);
        return false;
    }
    m_archive = archive_read_new();
    // The seekable reader takes the central directory, as zip tools do.
    archive_read_support_format_zip_seekable(m_archive);
    return start(archive_read_open_filename(m_archive, QFile::encodeName(path).constData(), 64 * 1024));
}

bool ZipReader::openMemory(const QByteArray &data, const Limits &limits)
{
    close();
    m_error.clear();
    m_limits = limits;
    m_source = tr("the archive");
    m_archive = archive_read_new();
    archive_read_support_format_zip_seekable(m_archive);
    return start(archive_read_open_memory(m_archive, data.constData(), size_t(data.size())));
}

bool ZipReader::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ZipReader::isSafeName(const QString &name)
{
    if (name.isEmpty() || name.size() > 1024 || name.startsWith(u'/') || name.contains(u'\\') || name.contains(QChar(0)))
        return false;
    if (name.size() > 1 && name.at(1) == u':') // C:foo
        return false;
    const auto parts = name.split(u'/');
    for (const QString &part : parts) {
        if (part == QLatin1String("..") || part == QLatin1String("."))
            return false;
    }
    return !name.endsWith(u'/');
}

bool ZipReader::next(Entry *entry)
{
    if (!m_archive)
        return false;
    m_digest = nullptr;
    archive_entry *header = nullptr;
    const int status = archive_read_next_header(m_archive, &header);
    if (status == ARCHIVE_EOF)
        return false;
    if (status < ARCHIVE_WARN)
        return fail(tr("%1 is damaged after %2 entries: %3").arg(m_source).arg(m_entries).arg(QString::fromUtf8(archive_error_string(m_archive))));
    const char *utf8 = archive_entry_pathname_utf8(header);
    const QString name = utf8 ? QString::fromUtf8(utf8) : QString::fromLocal8Bit(archive_entry_pathname(header));
    if (++m_entries > m_limits.maxEntries)
        return fail(tr("%1 has more than %2 entries").arg(m_source).arg(m_limits.maxEntries));
    if (!isSafeName(name))
        return fail(tr("%1: the entry name \"%2\" points outside the archive").arg(m_source, name));
    if (archive_entry_filetype(header) != AE_IFREG)
        return fail(tr("%1: %2 is not a regular file (a link or a device)").arg(m_source, name));
    if (archive_entry_is_encrypted(header))
        return fail(tr("%1: %2 is encrypted with zip encryption, which Hearth does not read").arg(m_source, name));
    m_current = {};
    m_current.name = name;
    if (archive_entry_size_is_set(header)) {
        m_current.size = archive_entry_size(header);
        if (m_current.size < 0 || m_current.size > m_limits.maxEntrySize)
            return fail(tr("%1: %2 declares %3 bytes, beyond the limit").arg(m_source, name).arg(m_current.size));
    }
    m_entryRead = 0;
    *entry = m_current;
    return true;
}

qint64 ZipReader::read(char *buffer, qint64 size)
{
    if (!m_archive)
        return -1;
    const la_ssize_t n = archive_read_data(m_archive, buffer, size_t(size));
    if (n < 0) {
        fail(tr("%1: %2 is damaged: %3").arg(m_source, m_current.name, QString::fromUtf8(archive_error_string(m_archive))));
        return -1;
    }
    m_entryRead += n;
    m_totalRead += n;
    if (m_digest && n > 0)
        m_digest->addData(QByteArrayView(buffer, n));
    if (m_entryRead > m_limits.maxEntrySize || (m_current.size >= 0 && m_entryRead > m_current.size)) {
        fail(tr("%1: %2 is larger than it declares or than the limit").arg(m_source, m_current.name));
        return -1;
    }
    if (m_totalRead > m_limits.maxTotalSize) {
        fail(tr("%1 expands beyond %2 bytes").arg(m_source).arg(m_limits.maxTotalSize));
        return -1;
    }
    if (m_entryRead > (qint64(1) << 20)) {
        const qint64 packed = archive_filter_bytes(m_archive, -1);
        if (packed > 0 && m_totalRead / packed > m_limits.maxRatio) {
            fail(tr("%1: %2 expands more than %3 times: not read").arg(m_source, m_current.name).arg(m_limits.maxRatio));
            return -1;
        }
    }
    return n;
}

bool ZipReader::readAll(QByteArray *out, qint64 maxBytes)
{
    out->clear();
    if (m_current.size > maxBytes)
        return fail(tr("%1: %2 is %3 bytes, more than the %4 allowed for it").arg(m_source, m_current.name).arg(m_current.size).arg(maxBytes));
    char buffer[64 * 1024];
    for (;;) {
        const qint64 n = read(buffer, sizeof buffer);
        if (n < 0)
            return false;
        if (n == 0)
            return true;
        if (out->size() + n > maxBytes) {
            out->clear();
            return fail(tr("%1: %2 is more than the %3 bytes allowed for it").arg(m_source, m_current.name).arg(maxBytes));
        }
        out->append(buffer, n);
    }
}

} // namespace Hearth
