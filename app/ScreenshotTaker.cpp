#include "ScreenshotTaker.h"
#include "SearchModel.h"

#include "ExportController.h"
#include "ExportViewer.h"

#include "CommunitiesController.h"
#include "CommunityListModel.h"
#include "PostListModel.h"
#include "FeedController.h"
#include "PostListModel.h"
#include "chat/ChatService.h"
#include "MessageListModel.h"
#include "ChatController.h"

#include "AppController.h"
#include "TextAudit.h"

#include <QCoreApplication>
#include <QCursor>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QQuickItem>
#include <QQuickWindow>
#include <cstdio>

ScreenshotTaker::ScreenshotTaker(QQuickWindow *window, AppController *controller, QString file, QString view,
                                 int timeoutSeconds, QObject *parent)
    : QObject(parent), m_window(window), m_controller(controller), m_file(std::move(file)), m_view(std::move(view))
{
    m_poll.setInterval(100);
    connect(&m_poll, &QTimer::timeout, this, &ScreenshotTaker::check);
    m_poll.start();
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, [this] { capture(false); });
    m_timeout.start(timeoutSeconds * 1000);
}

namespace {
// Visible pictures with that Image.status (1 Ready, 2 Loading); Ready ones
// only when they have a source.
int imagesWithStatus(const QQuickItem *item, int status)
{
    int count = item->inherits("QQuickImageBase") && item->isVisible() && item->property("status").toInt() == status
            && (status != 1 || !item->property("source").toUrl().isEmpty())
        ? 1
        : 0;
    const auto children = item->childItems();
    for (const QQuickItem *child : children)
        count += imagesWithStatus(child, status);
    return count;
}
// Visible items with that objectName (post cards, message bubbles) whose
// top is inside the window: what the picture shows of a list.
int shownNamed(const QQuickItem *item, const QString &name, const QQuickItem *window)
{
    if (!item->isVisible())
        return 0;
    int count = 0;
    if (item->objectName() == name) {
        const QPointF top = item->mapToItem(window, QPointF(0, 0));
        if (top.y() >= 0 && top.y() < window->height() && item->height() > 0)
            count = 1;
    }
    const auto children = item->childItems();
    for (const QQuickItem *child : children)
        count += shownNamed(child, name, window);
    return count;
}

QQuickItem *findNamed(QQuickItem *item, const QString &name)
{
    if (item->objectName() == name && item->isVisible())
        return item;
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        if (QQuickItem *found = findNamed(child, name))
            return found;
    return nullptr;
}

// Scrolls the Flickable around the item so that the item is at its top.
void scrollTo(QQuickItem *item)
{
    for (QQuickItem *up = item->parentItem(); up; up = up->parentItem()) {
        if (!up->inherits("QQuickFlickable"))
            continue;
        auto *content = up->property("contentItem").value<QQuickItem *>();
        if (!content)
            return;
        const qreal maxY = std::max<qreal>(0, up->property("contentHeight").toReal() - up->height());
        up->setProperty("contentY", std::clamp<qreal>(item->mapToItem(content, QPointF(0, 0)).y() - 12, 0, maxY));
        return;
    }
}

int loadingImages(const QQuickItem *item)
{
    return imagesWithStatus(item, 2);
}
} // namespace

void ScreenshotTaker::check()
{
    if (m_settling || !m_window)
        return;
    bool ready = false;
    if (m_view == QLatin1String("login"))
        ready = m_controller->phase() == AppController::Phase::LoginRequired;
    else
        ready = m_controller->phase() == AppController::Phase::Ready
            && (m_controller->readOnly() || m_controller->connectionState() == Hearth::Connection::State::Online);
    // An export under way (--export-to): the picture shows where it ended.
    ExportController *exporter = m_controller->dataExport();
    if (ready && (exporter->running() || (m_exporting && exporter->result().isEmpty() && exporter->error().isEmpty())))
        ready = false;
    // --import: the preview in (or, with --import-run, the report).
    if (ready && m_importPhase && m_controller->dataImport()->phase() != *m_importPhase)
        ready = false;
    // An export (--open) has no server to catch up with; it is read completely first.
    const bool live = !m_controller->readOnly();
    if (!live && m_controller->exportViewer()->loading())
        ready = false;
    // Chats: the archive caught up and the open conversation's page is in.
    if (ready && m_view == QLatin1String("chats"))
        ready = (!live || m_controller->chatService()->hasCaughtUp()) && !m_controller->chats()->messages()->loading();
    // A room: joined and its history from the room's archive in.
    const QString chat = m_controller->chats()->currentChat();
    if (ready && m_controller->chatService()->isRoom(chat))
        ready = (!live || m_controller->chatService()->hasRoomCaughtUp(chat)) && !m_controller->chats()->messages()->loading();
    // The feed: the session's sync is done and its first page is in.
    if (ready && (m_view.isEmpty() || m_view == QLatin1String("feed")) && m_controller->startPost().isEmpty())
        ready = !m_controller->feed()->syncing() && m_controller->feed()->feed()->hasFirstPage();
    // Communities: the session's sync done (descriptions follow it); the
    // discovery list fully described; a community's page with its posts.
    CommunitiesController *communities = m_controller->communities();
    if (ready && m_view == QLatin1String("communities") && m_controller->startCommunity().isEmpty())
        ready = !m_controller->feed()->syncing() && !communities->busy() && communities->mine()->rowCount() > 0;
    if (ready && m_view == QLatin1String("discover"))
        ready = !communities->browsing() && (communities->discovered()->total() > 0 || !communities->browseError().isEmpty());
    if (ready && !m_controller->startCommunity().isEmpty())
        ready = !communities->current().value(QStringLiteral("title")).toString().isEmpty() && communities->posts()->hasFirstPage()
            && !communities->posts()->loading() && !m_controller->feed()->syncing();
    // --post: the post page has found its post.
    if (ready && !m_controller->startPost().isEmpty())
        ready = !m_controller->feed()->post().isEmpty();
    // --search: its answer is in.
    if (ready && !m_controller->startSearch().isEmpty())
        ready = m_controller->search()->searched() && !m_controller->search()->busy();
    // --search-open on a message: its conversation read back to it.
    if (ready && m_controller->startSearchOpen())
        ready = !m_controller->chats()->currentChat().isEmpty() && !m_controller->chats()->messages()->loading();
    // The pictures in view are in, not blank boxes.
    if (ready && loadingImages(m_window->contentItem()) > 0)
        return;
    if (!ready)
        return;
    if (!m_scrollTo.isEmpty()) {
        QQuickItem *target = findNamed(m_window->contentItem(), m_scrollTo);
        if (!target)
            return; // not there yet
        scrollTo(target);
    }
    m_settling = true;
    m_poll.stop();
    // No hover highlight where the pointer happens to be.
    QCursor::setPos(m_window->mapToGlobal(QPoint(m_window->width() - 1, m_window->height() - 1)));
    // Let bindings, layouts and images finish before the picture.
    QTimer::singleShot(800, this, [this] {
        // Bindings that settled may have started more pictures.
        if (loadingImages(m_window->contentItem()) > 0) {
            m_settling = false;
            m_poll.start();
            return;
        }
        capture(true);
    });
}

void ScreenshotTaker::captureImportAt(const QString &kind)
{
    ImportController *importer = m_controller->dataImport();
    connect(importer, &ImportController::changed, this, [this, importer, kind] {
        if (m_settling || importer->phase() != ImportController::Phase::Running || importer->stageKind() != kind)
            return;
        // Now, synchronously: the import goes on as soon as this returns.
        m_settling = true;
        capture(true);
    });
}

void ScreenshotTaker::capture(bool complete)
{
    m_poll.stop();
    m_timeout.stop();
    int code = complete ? 0 : 3;
    if (!m_window) {
        std::fprintf(stderr, "hearth: no window to capture\n");
        QCoreApplication::exit(4);
        return;
    }
    const QImage image = m_window->grabWindow();
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    if (image.isNull() || !image.save(m_file)) {
        std::fprintf(stderr, "hearth: could not save the screenshot to %s\n", qPrintable(m_file));
        code = 4;
    } else if (!complete) {
        std::fprintf(stderr, "hearth: timed out waiting for the view's data; saved what was shown to %s (%s%s)\n",
                     qPrintable(m_file), qPrintable(m_controller->connectionStateText()),
                     m_controller->feed()->syncing() ? ", the feed still syncing" : "");
    } else {
        std::printf("hearth: screenshot saved to %s\n", qPrintable(m_file));
        if (m_controller->readOnly())
            std::printf("hearth: %s\n", qPrintable(m_controller->connectionStateText()));
        if (m_exporting)
            std::printf("hearth: export %s\n", qPrintable(m_controller->dataExport()->result().isEmpty()
                                                               ? QStringLiteral("failed: ") + m_controller->dataExport()->error()
                                                               : QStringLiteral("saved as ") + m_controller->dataExport()->result()));
    }
    std::printf("hearth: communities: %d shown\n", shownNamed(m_window->contentItem(), QStringLiteral("communityRow"), m_window->contentItem()));
    std::printf("hearth: posts: %d shown\n", shownNamed(m_window->contentItem(), QStringLiteral("postCard"), m_window->contentItem()));
    if (m_importPhase)
        std::printf("hearth: import: %d preview lines, %d stage lines, %d report lines shown; %s\n",
                    shownNamed(m_window->contentItem(), QStringLiteral("importPreviewLine"), m_window->contentItem()),
                    shownNamed(m_window->contentItem(), QStringLiteral("importStageLine"), m_window->contentItem()),
                    shownNamed(m_window->contentItem(), QStringLiteral("importReportLine"), m_window->contentItem()),
                    qPrintable(m_controller->dataImport()->outcome()));
    if (!m_controller->startSearch().isEmpty())
        std::printf("hearth: search: %d hits shown\n", shownNamed(m_window->contentItem(), QStringLiteral("searchHit"), m_window->contentItem()));
    if (m_controller->startSearchOpen())
        std::printf("hearth: revealed messages: %d shown\n",
                    shownNamed(m_window->contentItem(), QStringLiteral("revealedMessage"), m_window->contentItem()));
    std::printf("hearth: pictures: %d shown, %d loading\n", imagesWithStatus(m_window->contentItem(), 1),
                loadingImages(m_window->contentItem()));
    // A test's hostile strings: each must show literally, none as markup.
    const QString marker = qEnvironmentVariable("HEARTH_TEXT_AUDIT");
    if (!marker.isEmpty()) {
        const TextAudit audit = TextAudit::of(m_window->contentItem(), marker);
        std::printf("hearth: text audit: %d shown literally, %d as markup\n", audit.literal, int(audit.asMarkup.size()));
        std::printf("hearth: text audit literal: %s\n", qPrintable(audit.literalTexts.join(QStringLiteral(" | "))));
        std::printf("hearth: text audit overlaps: %d%s%s\n", int(audit.overlaps.size()), audit.overlaps.isEmpty() ? "" : ": ",
                    qPrintable(audit.overlaps.join(QStringLiteral(" | "))));
        for (const QString &item : audit.asMarkup)
            std::printf("hearth: markup shown as rich text in %s\n", qPrintable(item));
        if (!audit.asMarkup.isEmpty() && code == 0)
            code = 5;
    }
    if (m_view == QLatin1String("chats") && !m_controller->chats()->currentChat().isEmpty())
        std::printf("hearth: the conversation with %s shows %d messages\n", qPrintable(m_controller->chats()->currentChat()),
                    m_controller->chats()->messages()->rowCount());
    QCoreApplication::exit(code);
}
