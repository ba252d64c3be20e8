#pragma once

#include <QObject>
#include <QStringList>

class AppController;
class QQuickWindow;

// --bench-memory (benchmarks): the app's memory at the stages the memory
// benchmark compares, read by the app itself (MemoryReport) and printed as
// "memory STAGE items N rss-kib …". On the login page (no account): once,
// a settling time after the first frame. With an account: the settling
// time after logging in, on the feed; then on the chats view; then after
// opening each of the given chats in turn. Also prints "window MS" and
// "logged-in MS" (from main()) and "done" before quitting.
class MemoryDriver : public QObject
{
    Q_OBJECT
public:
    MemoryDriver(QQuickWindow *window, AppController *controller, QStringList chats, qint64 startedMs, QObject *parent = nullptr);

private:
    void poll();
    void report(const char *stage);
    void showView(const QString &view);
    void openNextChat();
    void finish();
    [[nodiscard]] qint64 sinceStart() const;

    QQuickWindow *m_window;
    AppController *m_controller;
    QStringList m_chats;
    qint64 m_startedMs;
    int m_settleMs;
    int m_nextChat = 0;
    bool m_framed = false;
    bool m_started = false;
    bool m_waitingForChat = false;
};
