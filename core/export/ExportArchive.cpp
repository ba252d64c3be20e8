#include "ExportArchive.h"

#include "ExportCipher.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSet>
#include <QFileInfo>

namespace Hearth {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Hearth::ExportArchive", text);
}
const QString kManifest = QStringLiteral("manifest.json");
} // namespace

bool ExportArchive::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool ExportArchive::readManifest(const QString &path, const Limits &limits, QByteArray *json, QString *error)
{
    ZipReader zip;
    if (!zip.open(path, limits.zip)) {
        *error = zip.error();
        return false;
    }
    ZipReader::Entry entry;
    while (zip.next(&entry)) {
        if (entry.name == kManifest) {
            if (!zip.readAll(json, limits.maxManifest)) {
                *error = zip.error();
                return false;
            }
            return true;
        }
    }
    *error = zip.error().isEmpty() ? tr("%1 is not an XMPP export: it has no manifest.json").arg(QFileInfo(path).fileName()) : zip.error();
    return false;
}

bool ExportArchive::isSealed(const QString &path, bool *sealed, QString *error, const Limits &limits)
{
    QByteArray json;
    if (!readManifest(path, limits, &json, error))
        return false;
    const QJsonObject root = QJsonDocument::fromJson(json).object();
    if (root.value(QStringLiteral("format")).toString() != QLatin1String(ExportManifest::kFormat)) {
        ExportManifest ignored;
        if (!ExportManifest::fromJson(json, &ignored, error))
            return false;
    }
    *sealed = root.contains(QStringLiteral("encrypted"));
    return true;
}

bool ExportArchive::open(const QString &path, const QString &passphrase, const QString &workDirectory, const Limits &limits)
{
    m_limits = limits;
    m_error.clear();
    m_sealed = false;
    m_needsPassphrase = false;
    m_zipPath = path;
    QByteArray json;
    if (!readManifest(path, limits, &json, &m_error))
        return false;
    const QJsonObject stub = QJsonDocument::fromJson(json).object();
    if (stub.contains(QStringLiteral("encrypted")) && stub.value(QStringLiteral("format")).toString() == QLatin1String(ExportManifest::kFormat)) {
        m_sealed = true;
        if (!unseal(path, passphrase, workDirectory, stub))
            return false;
        if (!readManifest(m_zipPath, limits, &json, &m_error))
            return false;
    }
    return ExportManifest::fromJson(json, &m_manifest, &m_error);
}

bool ExportArchive::unseal(const QString &path, const QString &passphrase, const QString &workDirectory, const QJsonObject &stub)
{
    if (passphrase.isEmpty()) {
        m_needsPassphrase = true;
        return fail(tr("this export is encrypted: it needs its passphrase"));
    }
    const QJsonObject encrypted = stub.value(QStringLiteral("encrypted")).toObject();
    ExportCipher::Params params;
    if (!ExportCipher::Params::fromJson(encrypted.value(QStringLiteral("cipher")).toObject(), &params, &m_error))
        return false;
    const QString payload = encrypted.value(QStringLiteral("payload")).toString();
    if (!ZipReader::isSafeName(payload))
        return fail(tr("manifest.json: the encrypted part's name is invalid"));
    ZipReader zip;
    if (!zip.open(path, m_limits.zip))
        return fail(zip.error());
    ZipReader::Entry entry;
    bool found = false;
    while (zip.next(&entry)) {
        if (entry.name == payload) {
            found = true;
            break;
        }
    }
    if (!found)
        return fail(zip.error().isEmpty() ? tr("the encrypted export has no %1").arg(payload) : zip.error());
    QDir().mkpath(workDirectory);
    QSaveFile out(QDir(workDirectory).filePath(QStringLiteral("opened.xmpp-export.zip")));
    if (!out.open(QIODevice::WriteOnly))
        return fail(tr("cannot open the export in %1: %2").arg(workDirectory, out.errorString()));
    QString error;
    bool wrongKey = false;
    const bool ok = ExportCipher::open([&zip](char *data, qint64 size) { return zip.read(data, size); },
                                       [&out](const char *data, qint64 size) { return out.write(data, size) == size; }, passphrase,
                                       params, &error, &wrongKey);
    if (!ok) {
        m_needsPassphrase = wrongKey && zip.error().isEmpty();
        out.cancelWriting();
        return fail(zip.error().isEmpty() ? error : zip.error());
    }
    // flush() first: Qt 6.4's commit() does not see a final flush fail (a full disk).
    if (!out.flush() || !out.commit()) {
        const QString reason = out.errorString();
        out.cancelWriting(), out.commit();
        return fail(tr("cannot open the export in %1: %2").arg(workDirectory, reason));
    }
    m_zipPath = out.fileName();
    return true;
}

bool ExportArchive::readPart(const QString &name, QByteArray *out, qint64 maxBytes)
{
    const ExportManifest::File *file = m_manifest.file(name);
    QString expected = file ? file->sha256 : QString();
    for (const auto &m : m_manifest.media) {
        if (m.file == name)
            expected = m.sha256;
    }
    if (expected.isEmpty())
        return fail(tr("%1 is not listed in the export's manifest").arg(name));
    ZipReader zip;
    if (!zip.open(m_zipPath, m_limits.zip))
        return fail(zip.error());
    ZipReader::Entry entry;
    while (zip.next(&entry)) {
        if (entry.name != name)
            continue;
        QCryptographicHash hash(QCryptographicHash::Sha256);
        zip.setDigest(&hash);
        if (!zip.readAll(out, maxBytes))
            return fail(zip.error());
        if (QString::fromLatin1(hash.result().toHex()) != expected)
            return fail(tr("%1 does not match its hash in the manifest: the archive is damaged or was changed").arg(name));
        return true;
    }
    return fail(zip.error().isEmpty() ? tr("%1 is listed in the manifest but missing from the archive").arg(name) : zip.error());
}

bool ExportArchive::forEachPart(const Visitor &each, const std::function<bool(const QString &name)> &wants)
{
    ZipReader zip;
    if (!zip.open(m_zipPath, m_limits.zip))
        return fail(zip.error());
    // What the manifest promises each part holds.
    QHash<QString, QString> expected;
    for (const auto &f : m_manifest.files)
        expected.insert(f.path, f.sha256);
    for (const auto &m : m_manifest.media)
        expected.insert(m.file, m.sha256);
    ZipReader::Entry entry;
    QSet<QString> seen;
    while (zip.next(&entry)) {
        if (entry.name == kManifest)
            continue;
        if (!expected.contains(entry.name))
            return fail(tr("%1 is in the archive but not in its manifest").arg(entry.name));
        if (seen.contains(entry.name))
            return fail(tr("%1 is in the archive twice").arg(entry.name));
        seen.insert(entry.name);
        if (wants && !wants(entry.name))
            continue; // not read: the next header skips its data
        // Whatever the visitor reads is hashed, and so is the rest.
        QCryptographicHash hash(QCryptographicHash::Sha256);
        zip.setDigest(&hash);
        if (each && !each(entry.name, zip))
            return fail(zip.error().isEmpty() ? tr("%1 could not be read").arg(entry.name) : zip.error());
        char buffer[64 * 1024];
        for (qint64 n; (n = zip.read(buffer, sizeof buffer)) != 0;) {
            if (n < 0)
                return fail(zip.error());
        }
        if (QString::fromLatin1(hash.result().toHex()) != expected.value(entry.name))
            return fail(tr("%1 does not match its hash in the manifest: the archive is damaged or was changed").arg(entry.name));
    }
    if (!zip.error().isEmpty())
        return fail(zip.error());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
        if (!seen.contains(it.key()))
            return fail(tr("%1 is listed in the manifest but missing from the archive").arg(it.key()));
    }
    return true;
}

} // namespace Hearth
