#pragma once

#include "ExportManifest.h"
#include "ZipReader.h"

#include <functional>

namespace Hearth {

// The limits an export is read with (ExportArchive::Limits).
struct ExportArchiveLimits
{
    ZipReader::Limits zip;
    qint64 maxManifest = 64 << 20; // bytes
};

// Opens an .xmpp-export.zip read-only (docs/export-format.md): finds and
// checks its manifest, opens a passphrase-sealed export into the caller's
// work folder (and nowhere else), and reads its parts with every limit of
// ZipReader, each part checked against the hash the manifest gives it. Any
// problem is an error that names the part; nothing is trusted before it is
// checked.
class ExportArchive
{
public:
    using Limits = ExportArchiveLimits;

    // Whether the file is a sealed export (its manifest stub says so); false
    // with error set when it is not an export at all.
    static bool isSealed(const QString &path, bool *sealed, QString *error, const Limits &limits = {});

    // workDirectory: where a sealed export is opened (the viewer's temporary
    // space); the passphrase is needed only then.
    bool open(const QString &path, const QString &passphrase, const QString &workDirectory, const Limits &limits = {});
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] const ExportManifest &manifest() const { return m_manifest; }
    [[nodiscard]] bool wasSealed() const { return m_sealed; }
    // open() failed for want of the right passphrase (none, or a wrong one).
    [[nodiscard]] bool needsPassphrase() const { return m_needsPassphrase; }
    // The zip that holds the export's parts (the opened copy when sealed).
    [[nodiscard]] QString zipPath() const { return m_zipPath; }

    // Reads every part in the archive's order: each() gets the part's name
    // and a reader positioned on it (read what it wants; the rest is read and
    // hashed here). A part the manifest does not list, or whose content does
    // not match its hash, fails the whole pass, naming it.
    // wants, when given, picks the parts to read: the others are only
    // checked to be there (their hashes when they are read, e.g. a picture
    // when it is shown).
    using Visitor = std::function<bool(const QString &name, ZipReader &reader)>;
    bool forEachPart(const Visitor &each, const std::function<bool(const QString &name)> &wants = {});
    // One part, whole (refused beyond maxBytes), checked against its hash.
    bool readPart(const QString &name, QByteArray *out, qint64 maxBytes);

private:
    bool fail(const QString &message);
    static bool readManifest(const QString &path, const Limits &limits, QByteArray *json, QString *error);
    bool unseal(const QString &path, const QString &passphrase, const QString &workDirectory, const QJsonObject &stub);

    Limits m_limits;
    ExportManifest m_manifest;
    QString m_zipPath;
    QString m_error;
    bool m_sealed = false;
    bool m_needsPassphrase = false;
};

} // namespace Hearth
