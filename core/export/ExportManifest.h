#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace Hearth {

// manifest.json of an .xmpp-export.zip (docs/export-format.md §manifest):
// what the archive holds, file by file and dataset by dataset, whether each
// dataset is complete and why not, and where each media file came from.
struct ExportManifest
{
    static constexpr auto kFormat = "urn:x-hearth:export:1";
    static constexpr auto kNamespace = "urn:x-hearth:export:0"; // foreign elements (x:origin, …)

    struct File
    {
        QString path;
        QString type;
        QString sha256;
        qint64 size = 0;
    };
    struct Dataset
    {
        QString kind; // roster, vcard, pep-node, private, blocklist, mam, muc-archive, comments, remote, owned, followed, media, profiles, settings
        QString file;
        QString view;    // a derived Atom view of the same data
        QString service; // pubsub datasets
        QString node;
        QString parent;  // comments: the post's item id
        QString with;    // archives: the room
        qint64 items = 0;
        bool complete = true;
        QStringList reasons; // why not complete, or what the numbers mean
        QJsonObject config;  // pep-node/owned: the node configuration
    };
    struct Media
    {
        QString url;
        QString file;
        QString mime;
        QString sha256;
        qint64 size = 0;
        QStringList referencedBy;
    };

    QString format = QString::fromLatin1(kFormat);
    QString account;
    QDateTime exportedAt;
    QString generator;
    QString generatorVersion;
    QString qxmppVersion;
    QStringList serverFeatures;
    QList<File> files;
    QList<Dataset> datasets;
    QList<Media> media;
    QStringList warnings;
    QStringList notExported;

    [[nodiscard]] QByteArray toJson() const;
    // Strict: an unknown format version, a missing field, a path that is
    // not safe or a hash that is not one are refused with the reason.
    static bool fromJson(const QByteArray &json, ExportManifest *manifest, QString *error);

    [[nodiscard]] const File *file(const QString &path) const;
};

} // namespace Hearth
