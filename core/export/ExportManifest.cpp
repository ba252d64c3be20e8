#include "ExportManifest.h"

#include "ZipReader.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace Hearth {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Hearth::ExportManifest", text);
}

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringsOf(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue &v : value.toArray())
        out << v.toString();
    return out;
}

void put(QJsonObject &o, const char *key, const QString &value)
{
    if (!value.isEmpty())
        o.insert(QLatin1String(key), value);
}

bool isSha256(const QString &hash)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
    return hex.match(hash).hasMatch();
}
} // namespace

QByteArray ExportManifest::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("format"), format);
    root.insert(QStringLiteral("generator"),
                QJsonObject{{QStringLiteral("name"), generator}, {QStringLiteral("version"), generatorVersion}, {QStringLiteral("qxmpp"), qxmppVersion}});
    root.insert(QStringLiteral("account"), account);
    root.insert(QStringLiteral("exported_at"), exportedAt.toUTC().toString(Qt::ISODate));
    root.insert(QStringLiteral("source"), QJsonObject{{QStringLiteral("features"), strings(serverFeatures)}});
    QJsonArray fileList;
    for (const File &f : files)
        fileList << QJsonObject{{QStringLiteral("path"), f.path}, {QStringLiteral("type"), f.type}, {QStringLiteral("sha256"), f.sha256}, {QStringLiteral("size"), f.size}};
    root.insert(QStringLiteral("files"), fileList);
    QJsonArray sets;
    for (const Dataset &d : datasets) {
        QJsonObject o{{QStringLiteral("kind"), d.kind}, {QStringLiteral("items"), d.items}, {QStringLiteral("complete"), d.complete}};
        put(o, "file", d.file);
        put(o, "view", d.view);
        put(o, "service", d.service);
        put(o, "node", d.node);
        put(o, "parent", d.parent);
        put(o, "with", d.with);
        if (!d.reasons.isEmpty())
            o.insert(QStringLiteral("notes"), strings(d.reasons));
        if (!d.config.isEmpty())
            o.insert(QStringLiteral("config"), d.config);
        sets << o;
    }
    root.insert(QStringLiteral("datasets"), sets);
    QJsonArray mediaList;
    for (const Media &m : media)
        mediaList << QJsonObject{{QStringLiteral("url"), m.url},         {QStringLiteral("file"), m.file},
                                 {QStringLiteral("mime"), m.mime},       {QStringLiteral("size"), m.size},
                                 {QStringLiteral("sha256"), m.sha256},   {QStringLiteral("referenced_by"), strings(m.referencedBy)}};
    root.insert(QStringLiteral("media"), mediaList);
    root.insert(QStringLiteral("uri_map"), QJsonObject());
    root.insert(QStringLiteral("warnings"), strings(warnings));
    root.insert(QStringLiteral("not_exported"), strings(notExported));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ExportManifest::fromJson(const QByteArray &json, ExportManifest *manifest, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject()) {
        *error = tr("manifest.json is not valid JSON: %1 (at byte %2)").arg(parseError.errorString()).arg(parseError.offset);
        return false;
    }
    const QJsonObject root = doc.object();
    ExportManifest m;
    m.format = root.value(QStringLiteral("format")).toString();
    if (m.format != QLatin1String(kFormat)) {
        *error = m.format.startsWith(QLatin1String("urn:x-hearth:export:"))
            ? tr("manifest.json: the export format %1 is newer than this Hearth reads (%2)").arg(m.format, QLatin1String(kFormat))
            : tr("manifest.json: not a Hearth export (format \"%1\")").arg(m.format);
        return false;
    }
    m.account = root.value(QStringLiteral("account")).toString();
    m.exportedAt = QDateTime::fromString(root.value(QStringLiteral("exported_at")).toString(), Qt::ISODate);
    if (m.account.isEmpty() || !m.account.contains(u'@') || !m.exportedAt.isValid()) {
        *error = tr("manifest.json: the account or the export time is missing or invalid");
        return false;
    }
    const QJsonObject generator = root.value(QStringLiteral("generator")).toObject();
    m.generator = generator.value(QStringLiteral("name")).toString();
    m.generatorVersion = generator.value(QStringLiteral("version")).toString();
    m.qxmppVersion = generator.value(QStringLiteral("qxmpp")).toString();
    m.serverFeatures = stringsOf(root.value(QStringLiteral("source")).toObject().value(QStringLiteral("features")));
    for (const QJsonValue &v : root.value(QStringLiteral("files")).toArray()) {
        const QJsonObject o = v.toObject();
        File f{o.value(QStringLiteral("path")).toString(), o.value(QStringLiteral("type")).toString(),
               o.value(QStringLiteral("sha256")).toString(), qint64(o.value(QStringLiteral("size")).toDouble(-1))};
        if (!ZipReader::isSafeName(f.path) || !isSha256(f.sha256) || f.size < 0) {
            *error = tr("manifest.json: the file entry \"%1\" is invalid").arg(f.path);
            return false;
        }
        m.files << f;
    }
    for (const QJsonValue &v : root.value(QStringLiteral("datasets")).toArray()) {
        const QJsonObject o = v.toObject();
        Dataset d;
        d.kind = o.value(QStringLiteral("kind")).toString();
        d.file = o.value(QStringLiteral("file")).toString();
        d.view = o.value(QStringLiteral("view")).toString();
        d.service = o.value(QStringLiteral("service")).toString();
        d.node = o.value(QStringLiteral("node")).toString();
        d.parent = o.value(QStringLiteral("parent")).toString();
        d.with = o.value(QStringLiteral("with")).toString();
        d.items = qint64(o.value(QStringLiteral("items")).toDouble());
        d.complete = o.value(QStringLiteral("complete")).toBool(true);
        d.reasons = stringsOf(o.value(QStringLiteral("notes")));
        d.config = o.value(QStringLiteral("config")).toObject();
        if (d.kind.isEmpty() || (!d.file.isEmpty() && !ZipReader::isSafeName(d.file))) {
            *error = tr("manifest.json: a dataset entry is invalid (%1 %2)").arg(d.kind, d.file);
            return false;
        }
        m.datasets << d;
    }
    for (const QJsonValue &v : root.value(QStringLiteral("media")).toArray()) {
        const QJsonObject o = v.toObject();
        Media md{o.value(QStringLiteral("url")).toString(), o.value(QStringLiteral("file")).toString(),
                 o.value(QStringLiteral("mime")).toString(), o.value(QStringLiteral("sha256")).toString(),
                 qint64(o.value(QStringLiteral("size")).toDouble(-1)), stringsOf(o.value(QStringLiteral("referenced_by")))};
        if (!ZipReader::isSafeName(md.file) || !md.file.startsWith(QLatin1String("media/")) || !isSha256(md.sha256)) {
            *error = tr("manifest.json: the media entry for %1 is invalid").arg(md.url);
            return false;
        }
        m.media << md;
    }
    m.warnings = stringsOf(root.value(QStringLiteral("warnings")));
    m.notExported = stringsOf(root.value(QStringLiteral("not_exported")));
    *manifest = m;
    return true;
}

const ExportManifest::File *ExportManifest::file(const QString &path) const
{
    for (const File &f : files) {
        if (f.path == path)
            return &f;
    }
    return nullptr;
}

} // namespace Hearth
