#include "MemoryDriver.h"

#include "AppController.h"
#include "ChatController.h"
#include "MemoryReport.h"
#include "MessageListModel.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QQuickItem>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

namespace {
int countItems(QQuickItem *item)
{
    if (!item)
        return 0;
    int n = 1;
    const auto children = item->childItems();
    for (QQuickItem *child : children)
        n += countItems(child);
    return n;
}

void say(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}
} // namespace

MemoryDriver::MemoryDriver(QQuickWindow *window, AppController *controller, QStringList chats, qint64 startedMs, QObject *parent)
    : QObject(parent), m_window(window), m_controller(controller), m_chats(std::move(chats)), m_startedMs(startedMs)
{
    bool ok = false;
    const int settle = qEnvironmentVariableIntValue("HEARTH_BENCH_SETTLE_MS", &ok);
    m_settleMs = ok && settle >= 0 ? settle : 10000;
    connect(window, &QQuickWindow::frameSwapped, this, [this] {
        if (!m_framed && m_controller->phase() != AppController::Phase::Starting) {
            m_framed = true;
            say(QStringLiteral("window %1").arg(sinceStart()));
        }
    }, Qt::QueuedConnection);
    auto *timer = new QTimer(this);
    timer->setInterval(20);
    connect(timer, &QTimer::timeout, this, [this, timer] {
        if (m_started)
            return timer->stop();
        poll();
    });
    timer->start();
    // A stage that never comes is a failure, not a figure.
    QTimer::singleShot(120000, this, [] {
        say(QStringLiteral("failed: the stages did not finish in 120 s"));
        QCoreApplication::exit(1);
    });
}

qint64 MemoryDriver::sinceStart() const
{
    return QDateTime::currentMSecsSinceEpoch() - m_startedMs;
}

void MemoryDriver::poll()
{
    if (!m_framed)
        return;
    if (m_controller->phase() == AppController::Phase::LoginRequired) {
        m_started = true;
        QTimer::singleShot(m_settleMs, this, [this] {
            report("login");
            finish();
        });
        return;
    }
    if (m_controller->phase() != AppController::Phase::Ready || m_controller->connectionStatus() != AppController::ConnectionStatus::Online)
        return;
    m_started = true;
    say(QStringLiteral("logged-in %1").arg(sinceStart()));
    QTimer::singleShot(m_settleMs, this, [this] {
        report("feed");
        showView(QStringLiteral("chats"));
        QTimer::singleShot(std::max(1000, m_settleMs / 3), this, [this] {
            report("chats");
            openNextChat();
        });
    });
}

void MemoryDriver::showView(const QString &view)
{
    auto *shell = m_window->findChild<QObject *>(QStringLiteral("mainShell"));
    if (!shell || !QMetaObject::invokeMethod(shell, "showView", Q_ARG(QVariant, view))) {
        say(QStringLiteral("failed: cannot show the view %1").arg(view));
        QCoreApplication::exit(1);
    }
}

void MemoryDriver::openNextChat()
{
    if (m_nextChat >= m_chats.size()) {
        QTimer::singleShot(std::max(1000, m_settleMs / 3), this, [this] {
            report("ten-chats");
            finish();
        });
        return;
    }
    m_controller->chats()->openChat(m_chats.at(m_nextChat));
    // Each chat shows its first page before the next one opens.
    auto *wait = new QTimer(this);
    wait->setInterval(20);
    connect(wait, &QTimer::timeout, this, [this, wait] {
        MessageListModel *messages = m_controller->chats()->messages();
        if (messages->loading() || messages->rowCount() == 0)
            return;
        wait->deleteLater();
        say(QStringLiteral("opened %1 %2").arg(m_chats.at(m_nextChat)).arg(messages->rowCount()));
        ++m_nextChat;
        QTimer::singleShot(300, this, &MemoryDriver::openNextChat);
    });
    wait->start();
}

void MemoryDriver::report(const char *stage)
{
    const MemoryReport memory = MemoryReport::read();
    say(QStringLiteral("memory %1 items %2 %3").arg(QLatin1String(stage)).arg(countItems(m_window->contentItem())).arg(memory.toLine()));
}

void MemoryDriver::finish()
{
    say(QStringLiteral("done"));
    QCoreApplication::exit(0);
}
