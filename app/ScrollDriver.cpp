#include "ScrollDriver.h"

#include <QCoreApplication>
#include <QQuickItem>
#include <QQuickWindow>
#include <cstdio>

ScrollDriver::ScrollDriver(QQuickWindow *window, int posts, QObject *parent)
    : QObject(parent), m_window(window), m_target(posts)
{
    m_timer.setInterval(16); // a frame
    connect(&m_timer, &QTimer::timeout, this, &ScrollDriver::step);
    m_timer.start();
    m_stalled.start();
}

void ScrollDriver::step()
{
    if (m_stalled.elapsed() > 30000) {
        m_timer.stop();
        std::printf("scroll stalled at %d posts\nscroll done\n", m_reported);
        std::fflush(stdout);
        QCoreApplication::exit(1);
        return;
    }
    if (!m_list) {
        m_list = m_window->findChild<QQuickItem *>(QStringLiteral("feedList"));
        if (!m_list)
            return;
    }
    const int count = m_list->property("count").toInt();
    if (count == 0)
        return;
    // Where the reader is: the row at the top of the view.
    const double contentY = m_list->property("contentY").toDouble();
    int top = -1;
    QMetaObject::invokeMethod(m_list, "indexAt", Q_RETURN_ARG(int, top), Q_ARG(qreal, 10.0), Q_ARG(qreal, contentY + 10.0));
    while (top >= m_reported + 250 && m_reported < m_target) {
        m_reported += 250;
        std::printf("scrolled %d\n", m_reported);
        std::fflush(stdout);
        m_stalled.restart();
    }
    if (m_reported >= m_target) {
        m_timer.stop();
        std::printf("scroll done\n");
        std::fflush(stdout);
        QTimer::singleShot(1500, qApp, [] { QCoreApplication::exit(0); });
        return;
    }
    // About a screen per frame; the list loads further pages as it nears its end.
    const double maxY = m_list->property("contentHeight").toDouble() - m_list->height();
    m_list->setProperty("contentY", std::min(contentY + m_list->height(), std::max(maxY, contentY)));
}
