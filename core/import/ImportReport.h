#pragma once

#include "ImportJournal.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

namespace Hearth {

// What an import did, dataset by dataset (moved / skipped / failed, each
// skipped or failed item with its reason), and the URL map it made. Shown
// at the end of the wizard and printed as JSON by `hearth import --json`.
struct ImportReport
{
    // The datasets in the order they are replayed (PROTOCOL-NOTES §5.5).
    static const QStringList &kinds();
    // A dataset's name as the user reads it.
    static QString title(const QString &kind);

    struct Item
    {
        QString key;
        ImportJournal::Outcome outcome = ImportJournal::Outcome::Moved;
        QString reason;
    };
    struct Dataset
    {
        QString kind;
        int moved = 0;
        int skipped = 0;
        int failed = 0;
        int earlier = 0;        // of moved and skipped: done by an earlier run of this import
        QList<Item> items;      // the skipped and failed ones
    };

    QString from;
    QString to;
    bool dryRun = false;
    bool finished = false;     // every step ran (some may have failed)
    QString error;             // why the import stopped before the end
    QList<Dataset> datasets;
    QHash<QString, QString> uriMap;

    void add(const QString &kind, const QString &key, ImportJournal::Outcome outcome, const QString &reason = {}, bool earlier = false);
    [[nodiscard]] const Dataset *dataset(const QString &kind) const;
    [[nodiscard]] int failedCount() const;
    [[nodiscard]] QJsonObject toJson() const;
    // Lines for a terminal: one per dataset, then each item not moved.
    [[nodiscard]] QString toText() const;
};

} // namespace Hearth

Q_DECLARE_METATYPE(Hearth::ImportReport)
