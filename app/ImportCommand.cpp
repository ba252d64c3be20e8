#include "ImportCommand.h"

#include "Await.h"

#include "AccountSession.h"
#include "import/AccountImporter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <QHash>

#include <csignal>
#include <cstdio>

using namespace Hearth;

namespace ImportCommand {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("ImportCommand", text);
}

QString verdictName(ImportPreflight::Line::Verdict verdict)
{
    switch (verdict) {
    case ImportPreflight::Line::Verdict::Moves:
        return QStringLiteral("moves");
    case ImportPreflight::Line::Verdict::Partly:
        return QStringLiteral("partly");
    case ImportPreflight::Line::Verdict::Stays:
        return QStringLiteral("stays");
    }
    return {};
}

QJsonArray previewJson(const QList<ImportPreflight::Line> &lines)
{
    QJsonArray out;
    for (const auto &line : lines)
        out << QJsonObject{{QStringLiteral("kind"), line.kind},
                           {QStringLiteral("count"), line.count},
                           {QStringLiteral("verdict"), verdictName(line.verdict)},
                           {QStringLiteral("text"), line.text}};
    return out;
}
} // namespace

int run(AccountSession &session, const Options &options)
{
    AccountImporter importer(&session);
    bool prepared = false, ok = false, finished = false;
    QString error;
    ImportReport report;
    QObject::connect(&importer, &AccountImporter::prepared, &importer, [&](bool success, const QString &why) {
        prepared = true;
        ok = success;
        error = why;
    });
    QObject::connect(&importer, &AccountImporter::passphraseNeeded, &importer, [&](const QString &why) {
        prepared = true;
        error = why + u' ' + tr("(pass the passphrase with --passphrase-env)");
    });
    QObject::connect(&importer, &AccountImporter::finished, &importer, [&](const ImportReport &r) {
        finished = true;
        report = r;
    });
    QString lastKind;
    // A test hook: HEARTH_TEST_IMPORT_HALT_AT=kind:n stops the process (it
    // stops itself, for the test to kill) as the n-th step of that dataset
    // starts, the steps before it possibly still unanswered: a crash at an
    // exact point, for the journal's tests.
    const QString haltAt = qEnvironmentVariable("HEARTH_TEST_IMPORT_HALT_AT");
    QHash<QString, int> started;
    QObject::connect(&importer, &AccountImporter::progressChanged, &importer, [&](const QString &kind, int done, int total) {
        if (!haltAt.isEmpty() && !kind.isEmpty() && haltAt == kind + u':' + QString::number(++started[kind])) {
            std::fprintf(stderr, "import: halted at %s for a test\n", qPrintable(haltAt));
            std::fflush(stderr);
#ifdef Q_OS_UNIX
            ::raise(SIGSTOP);
#endif
        }
        // One line per dataset, and one every 100 steps within it.
        if (kind.isEmpty() || (kind == lastKind && done % 100 != 0))
            return;
        lastKind = kind;
        std::fprintf(stderr, "import: %s %d/%d\n", qPrintable(ImportReport::title(kind)), done, total);
    });
    importer.prepare({options.path, options.passphrase, options.workDirectory});
    if (!Await::until([&] { return prepared; }, 3600 * 1000)) {
        std::fprintf(stderr, "hearth: %s\n", qPrintable(tr("the export could not be read in time")));
        return 1;
    }
    if (!ok) {
        std::fprintf(stderr, "hearth: %s\n", qPrintable(tr("cannot import: %1").arg(error)));
        return 1;
    }
    const auto &plan = importer.plan();
    if (options.dryRun) {
        if (options.json) {
            const QJsonObject out{{QStringLiteral("from"), plan.oldJid},
                                  {QStringLiteral("to"), session.jid()},
                                  {QStringLiteral("dry_run"), true},
                                  {QStringLiteral("preview"), previewJson(importer.preview())}};
            std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
        } else {
            std::printf("%s\n", qPrintable(tr("Importing %1 into %2 would do this (nothing was written):").arg(plan.oldJid, session.jid())));
            for (const auto &line : importer.preview())
                std::printf("  [%s] %s\n", qPrintable(verdictName(line.verdict)), qPrintable(line.text));
        }
        return 0;
    }
    for (const auto &line : importer.preview())
        std::fprintf(stderr, "import: [%s] %s\n", qPrintable(verdictName(line.verdict)), qPrintable(line.text));
    importer.setAnnounceMove(options.announceMove);
    importer.run();
    // However long it takes while the server answers; the importer itself
    // stops on a lost connection.
    if (!Await::until([&] { return finished; }, 24 * 3600 * 1000)) {
        std::fprintf(stderr, "hearth: %s\n", qPrintable(tr("the import did not finish")));
        return 1;
    }
    if (options.json) {
        QJsonObject out = report.toJson();
        out.insert(QStringLiteral("preview"), previewJson(importer.preview()));
        std::printf("%s\n", QJsonDocument(out).toJson(QJsonDocument::Indented).constData());
    } else {
        std::printf("%s\n", qPrintable(report.toText()));
    }
    if (!report.finished) {
        std::fprintf(stderr, "hearth: %s\n", qPrintable(tr("the import stopped: %1 (run it again to go on)").arg(report.error)));
        return 1;
    }
    if (report.failedCount() > 0) {
        std::fprintf(stderr, "hearth: %s\n", qPrintable(tr("%1 steps failed (see the report); run the import again to retry them").arg(report.failedCount())));
        return 1;
    }
    return 0;
}

} // namespace ImportCommand
