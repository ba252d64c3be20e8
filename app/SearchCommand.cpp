#include "SearchCommand.h"

#include "Await.h"
#include "search/CacheSearch.h"
#include "search/TextMatch.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace Hearth;

namespace SearchCommand {

namespace {
const QList<std::pair<SearchKind, QString>> kNames = {
    {SearchKind::Contact, QStringLiteral("contacts")}, {SearchKind::Community, QStringLiteral("communities")},
    {SearchKind::Post, QStringLiteral("posts")},       {SearchKind::Comment, QStringLiteral("comments")},
    {SearchKind::Message, QStringLiteral("messages")},
};

QString nameOf(SearchKind kind)
{
    for (const auto &[k, name] : kNames) {
        if (k == kind)
            return name;
    }
    return {};
}

int fail(const QString &message)
{
    std::fprintf(stderr, "hearth: %s\n", qPrintable(message));
    return 1;
}

// A terminal shows matches between brackets.
QString bracketed(const QString &marked)
{
    QString out = marked;
    out.replace(QChar(SearchHit::kMatchStart), u'[').replace(QChar(SearchHit::kMatchEnd), u']');
    out.replace(u'\n', u' ');
    return out;
}

QJsonObject toJson(const SearchHit &hit)
{
    QJsonObject o{{QStringLiteral("kind"), nameOf(hit.kind)},
                  {QStringLiteral("title"), TextMatch::stripMarkers(hit.title)},
                  {QStringLiteral("snippet"), TextMatch::stripMarkers(hit.snippet)},
                  {QStringLiteral("target"), hit.target}};
    if (!hit.person.isEmpty())
        o.insert(QStringLiteral("person"), hit.person);
    if (!hit.personName.isEmpty())
        o.insert(QStringLiteral("personName"), hit.personName);
    if (hit.stamp.isValid())
        o.insert(QStringLiteral("stamp"), hit.stamp.toString(Qt::ISODate));
    if (!hit.itemId.isEmpty())
        o.insert(QStringLiteral("itemId"), hit.itemId);
    return o;
}
} // namespace

std::optional<SearchKind> parseKind(const QString &name)
{
    for (const auto &[kind, known] : kNames) {
        if (known == name)
            return kind;
    }
    return std::nullopt;
}

int run(Database &db, qint64 accountId, const Options &options)
{
    CacheSearch search(&db);
    QList<SearchHit> hits;
    QList<SearchKind> truncated;
    if (options.kind) {
        auto page = search.search(accountId, options.filter, *options.kind, {}, options.limit);
        if (!Await::finished(page, 60000))
            return fail(QCoreApplication::translate("SearchCommand", "the search did not finish in 60 s"));
        if (!page.result().ok())
            return fail(page.result().error);
        hits = page.result().value.hits;
        if (page.result().value.more)
            truncated << *options.kind;
    } else {
        auto pages = search.overview(accountId, options.filter, options.limit);
        if (!Await::finished(pages, 60000))
            return fail(QCoreApplication::translate("SearchCommand", "the search did not finish in 60 s"));
        if (!pages.result().ok())
            return fail(pages.result().error);
        for (auto it = pages.result().value.cbegin(); it != pages.result().value.cend(); ++it) {
            hits += it->hits;
            if (it->more)
                truncated << it.key();
        }
    }
    if (options.json) {
        QJsonArray out;
        for (const SearchHit &hit : std::as_const(hits))
            out << toJson(hit);
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    } else {
        for (const SearchHit &hit : std::as_const(hits)) {
            const QString who = hit.personName.isEmpty() ? hit.person : hit.personName;
            std::printf("%s\t%s\t%s\t%s\t%s\t%s\n", qPrintable(nameOf(hit.kind)),
                        qPrintable(hit.stamp.isValid() ? hit.stamp.toString(Qt::ISODate) : QString()), qPrintable(who),
                        qPrintable(bracketed(hit.title)), qPrintable(bracketed(hit.snippet)), qPrintable(hit.target));
        }
    }
    // More than --limit: said on stderr, so that scripts reading stdout get the hits only.
    for (const SearchKind kind : std::as_const(truncated))
        std::fprintf(stderr, "%s\n",
                     qPrintable(QCoreApplication::translate("SearchCommand", "more %1 match: raise --limit or narrow the search")
                                    .arg(nameOf(kind))));
    return 0;
}

} // namespace SearchCommand
