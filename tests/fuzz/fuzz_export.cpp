// Export archives from anywhere (a file someone sent, a damaged disk):
// ZipReader with its limits over every entry, the manifest's strict
// parser, and the sealed stream's opener with a wrong key must each end in
// a result or a clear error, never a crash, a hang or unbounded memory.
#include "FuzzUtils.h"
#include "export/ExportCipher.h"
#include "export/ExportManifest.h"
#include "export/ZipReader.h"

#include <QByteArray>

using namespace Hearth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ZipReader::Limits limits;
    limits.maxEntries = 64;
    limits.maxEntrySize = 1 << 20;
    limits.maxTotalSize = 4 << 20;
    ZipReader zip;
    if (zip.openMemory(bytes, limits)) {
        ZipReader::Entry entry;
        while (zip.next(&entry)) {
            if (!ZipReader::isSafeName(entry.name))
                std::abort(); // next() must have refused it
            QByteArray content;
            if (!zip.readAll(&content, limits.maxEntrySize))
                break;
            if (content.size() > limits.maxEntrySize)
                std::abort();
            if (entry.name == QLatin1String("manifest.json")) {
                ExportManifest manifest;
                QString error;
                if (ExportManifest::fromJson(content, &manifest, &error)) {
                    for (const auto &f : manifest.files) {
                        if (!ZipReader::isSafeName(f.path))
                            std::abort();
                    }
                    ExportManifest again;
                    if (!ExportManifest::fromJson(manifest.toJson(), &again, &error))
                        std::abort(); // what it writes it must read
                } else if (error.isEmpty()) {
                    std::abort();
                }
            }
        }
    }
    // The bytes as a sealed stream: a wrong passphrase, never a crash.
    ExportCipher::Params params;
    params.salt = QByteArray(16, 's');
    params.opsLimit = 1;
    params.memLimit = 8192;
    params.chunk = 1024;
    qint64 at = 0;
    QString error;
    qint64 opened = 0;
    const bool ok = ExportCipher::open(
        [&](char *out, qint64 max) {
            const qint64 n = std::min<qint64>(max, bytes.size() - at);
            memcpy(out, bytes.constData() + at, size_t(n));
            at += n;
            return n;
        },
        [&](const char *, qint64 n) {
            opened += n;
            return true;
        },
        QStringLiteral("fuzz"), params, &error);
    if (!ok && error.isEmpty())
        std::abort();
    return 0;
}
