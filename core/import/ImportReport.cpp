#include "ImportReport.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Hearth {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Hearth::ImportReport", text);
}

QString outcomeName(ImportJournal::Outcome outcome)
{
    switch (outcome) {
    case ImportJournal::Outcome::Moved:
        return QStringLiteral("moved");
    case ImportJournal::Outcome::Skipped:
        return QStringLiteral("skipped");
    case ImportJournal::Outcome::Failed:
        return QStringLiteral("failed");
    }
    return {};
}
} // namespace

const QStringList &ImportReport::kinds()
{
    static const QStringList list = {QStringLiteral("media"),     QStringLiteral("profile"),  QStringLiteral("posts"),
                                     QStringLiteral("nodes"),     QStringLiteral("comments"), QStringLiteral("bookmarks"),
                                     QStringLiteral("blocklist"), QStringLiteral("follows"),  QStringLiteral("contacts"),
                                     QStringLiteral("history")};
    return list;
}

QString ImportReport::title(const QString &kind)
{
    if (kind == QLatin1String("account"))
        return tr("The same account");
    if (kind == QLatin1String("media"))
        return tr("Pictures and files");
    if (kind == QLatin1String("profile"))
        return tr("Profile and avatar");
    if (kind == QLatin1String("posts"))
        return tr("Posts");
    if (kind == QLatin1String("nodes"))
        return tr("Other personal data");
    if (kind == QLatin1String("comments"))
        return tr("Comments and likes");
    if (kind == QLatin1String("bookmarks"))
        return tr("Group chat bookmarks");
    if (kind == QLatin1String("blocklist"))
        return tr("Blocked addresses");
    if (kind == QLatin1String("follows"))
        return tr("Followed blogs and communities");
    if (kind == QLatin1String("contacts"))
        return tr("Contacts");
    if (kind == QLatin1String("history"))
        return tr("Chat history");
    return kind;
}

void ImportReport::add(const QString &kind, const QString &key, ImportJournal::Outcome outcome, const QString &reason, bool earlier)
{
    auto it = std::find_if(datasets.begin(), datasets.end(), [&](const Dataset &d) { return d.kind == kind; });
    if (it == datasets.end()) {
        // Kept in replay order, whatever order the steps report in.
        const auto rank = [](const QString &k) { return kinds().indexOf(k); };
        it = std::find_if(datasets.begin(), datasets.end(), [&](const Dataset &d) { return rank(d.kind) > rank(kind); });
        it = datasets.insert(it, Dataset{kind, 0, 0, 0, 0, {}});
    }
    switch (outcome) {
    case ImportJournal::Outcome::Moved:
        ++it->moved;
        break;
    case ImportJournal::Outcome::Skipped:
        ++it->skipped;
        break;
    case ImportJournal::Outcome::Failed:
        ++it->failed;
        break;
    }
    if (earlier)
        ++it->earlier;
    if (outcome != ImportJournal::Outcome::Moved)
        it->items.append({key, outcome, reason});
}

const ImportReport::Dataset *ImportReport::dataset(const QString &kind) const
{
    for (const auto &d : datasets) {
        if (d.kind == kind)
            return &d;
    }
    return nullptr;
}

int ImportReport::failedCount() const
{
    int n = 0;
    for (const auto &d : datasets)
        n += d.failed;
    return n;
}

QJsonObject ImportReport::toJson() const
{
    QJsonArray sets;
    for (const auto &d : datasets) {
        QJsonArray items;
        for (const auto &item : d.items)
            items << QJsonObject{{QStringLiteral("key"), item.key},
                                 {QStringLiteral("outcome"), outcomeName(item.outcome)},
                                 {QStringLiteral("reason"), item.reason}};
        sets << QJsonObject{{QStringLiteral("kind"), d.kind},     {QStringLiteral("moved"), d.moved},
                            {QStringLiteral("skipped"), d.skipped}, {QStringLiteral("failed"), d.failed},
                            {QStringLiteral("earlier"), d.earlier}, {QStringLiteral("items"), items}};
    }
    QJsonObject map;
    for (auto it = uriMap.cbegin(); it != uriMap.cend(); ++it)
        map.insert(it.key(), it.value());
    QJsonObject o{{QStringLiteral("from"), from},         {QStringLiteral("to"), to},         {QStringLiteral("dry_run"), dryRun},
                  {QStringLiteral("finished"), finished}, {QStringLiteral("datasets"), sets}, {QStringLiteral("uri_map"), map}};
    if (!error.isEmpty())
        o.insert(QStringLiteral("error"), error);
    return o;
}

QString ImportReport::toText() const
{
    QStringList lines;
    for (const auto &d : datasets) {
        QString line = tr("%1: %2 moved, %3 skipped, %4 failed").arg(title(d.kind)).arg(d.moved).arg(d.skipped).arg(d.failed);
        if (d.earlier > 0)
            line += tr(" (%1 by an earlier run)").arg(d.earlier);
        lines << line;
        for (const auto &item : d.items)
            lines << QStringLiteral("  %1 %2: %3").arg(outcomeName(item.outcome), item.key, item.reason);
    }
    if (!error.isEmpty())
        lines << tr("stopped: %1").arg(error);
    return lines.join(u'\n');
}

} // namespace Hearth
