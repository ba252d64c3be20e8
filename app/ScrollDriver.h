#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

class QQuickItem;
class QQuickWindow;

// --bench-scroll N (benchmarks): scrolls the feed list down through N posts
// as a reader flicking quickly would, printing "scrolled K" every 250 posts
// so a benchmark can read the process's memory there, then quits.
class ScrollDriver : public QObject
{
    Q_OBJECT
public:
    ScrollDriver(QQuickWindow *window, int posts, QObject *parent = nullptr);

private:
    void step();

    QQuickWindow *m_window;
    QPointer<QQuickItem> m_list;
    int m_target;
    int m_reported = 0;
    QTimer m_timer;
    QElapsedTimer m_stalled;
};
