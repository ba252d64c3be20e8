#include "ChatOpenDriver.h"

#include "AppController.h"
#include "ChatController.h"
#include "MemoryReport.h"
#include "MessageListModel.h"

#include <QCoreApplication>
#include <QQuickWindow>
#include <QTimer>
#include <cstdio>

ChatOpenDriver::ChatOpenDriver(QQuickWindow *window, AppController *controller, QStringList chats, QObject *parent)
    : QObject(parent), m_window(window), m_controller(controller), m_chats(std::move(chats))
{
    connect(window, &QQuickWindow::frameSwapped, this, &ChatOpenDriver::onFrame, Qt::QueuedConnection);
    // Once the window shows the app with its cache.
    auto *poll = new QTimer(this);
    poll->setInterval(50);
    connect(poll, &QTimer::timeout, this, [this, poll] {
        if (m_controller->phase() != AppController::Phase::Ready)
            return;
        poll->deleteLater();
        QTimer::singleShot(500, this, &ChatOpenDriver::openNext);
    });
    poll->start();
}

void ChatOpenDriver::openNext()
{
    if (m_next >= m_chats.size()) {
        std::printf("opened all\n");
        std::fflush(stdout);
        // Memory as it stays, 1.5 s after the last chat opened, read here
        // (the process is gone by the time a reader of this line looks).
        QTimer::singleShot(1500, qApp, [] {
            const qint64 kib = MemoryReport::read().rssKiB;
            std::printf("settled rss-kib %lld\n", static_cast<long long>(kib));
            std::fflush(stdout);
            QCoreApplication::exit(0);
        });
        return;
    }
    m_waiting = true;
    m_dataSeen = false;
    m_clock.start();
    m_controller->chats()->openChat(m_chats.at(m_next));
    m_window->update();
}

void ChatOpenDriver::onFrame()
{
    if (!m_waiting)
        return;
    MessageListModel *messages = m_controller->chats()->messages();
    if (messages->loading() || messages->rowCount() == 0) {
        m_window->update();
        return;
    }
    // The page came in after this frame was drawn: the next one shows it.
    if (!m_dataSeen) {
        m_dataSeen = true;
        m_window->update();
        return;
    }
    m_waiting = false;
    std::printf("opened %s %d %lld\n", qPrintable(m_chats.at(m_next)), messages->rowCount(), static_cast<long long>(m_clock.elapsed()));
    std::fflush(stdout);
    ++m_next;
    QTimer::singleShot(300, this, &ChatOpenDriver::openNext);
}
