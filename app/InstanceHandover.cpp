#include "InstanceHandover.h"

#include "CommandLine.h"
#include "LinkController.h"

#include <QDir>
#include <QFileInfo>
#include <QFileOpenEvent>
#include <QLoggingCategory>

void applyHandedOverArguments(LinkController *links, const QStringList &arguments, const QString &workingDirectory)
{
    links->raise();
    CommandLine cli;
    int exitCode = 0;
    // The other start parsed these before handing them over; a run of
    // another version may differ: then only the window comes up.
    if (!CommandLine::parse(QStringList{QStringLiteral("hearth")} + arguments, &cli, &exitCode))
        return;
    for (const QString &uri : std::as_const(cli.links))
        links->open(uri);
    if (!cli.chat.isEmpty())
        links->open(QStringLiteral("xmpp:") + cli.chat);
    if (!cli.contact.isEmpty())
        links->open(QStringLiteral("xmpp:") + cli.contact + QStringLiteral("?vcard"));
    if (!cli.post.isEmpty())
        links->open(cli.post);
    if (!cli.community.isEmpty())
        links->open(cli.community);
    if (!cli.importFile.isEmpty())
        links->chooseImport(QUrl::fromLocalFile(QFileInfo(QDir(workingDirectory), cli.importFile).absoluteFilePath()));
    if (!cli.search.isEmpty())
        links->search(cli.search);
    const bool opensSomething = !cli.links.isEmpty() || !cli.chat.isEmpty() || !cli.contact.isEmpty() || !cli.post.isEmpty()
        || !cli.community.isEmpty() || !cli.importFile.isEmpty();
    if (!cli.view.isEmpty() && !opensSomething)
        links->showView(cli.view);
}

namespace {
class OpenEventFilter : public QObject
{
public:
    OpenEventFilter(QObject *parent, LinkController *links)
        : QObject(parent)
        , m_links(links)
    {
    }
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::FileOpen) {
            const QUrl url = static_cast<QFileOpenEvent *>(event)->url();
            if (url.scheme() == QLatin1String("xmpp")) {
                m_links->raise();
                m_links->open(url.toString());
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    LinkController *m_links;
};
} // namespace

void openLinksFromOpenEvents(QObject *application, LinkController *links)
{
    application->installEventFilter(new OpenEventFilter(application, links));
}

bool isSeparateRun(const CommandLine &cli)
{
    return !cli.screenshotFile.isEmpty() || cli.reportFirstFrame || cli.benchScrollPosts > 0 || !cli.benchOpenChats.isEmpty()
        || cli.benchMemory || cli.probeGraphics || !cli.openExport.isEmpty();
}
