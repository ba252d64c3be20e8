#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QStringList>

class AppController;
class QQuickWindow;

// --bench-open-chats JID,JID,… (benchmarks): opens each chat in turn, as a
// reader clicking through the chats list, and prints "opened JID N MS":
// its N first messages painted MS after the click (the frame after the
// page came in); then "opened all" and quits a moment later, so the
// benchmark can read the process's memory.
class ChatOpenDriver : public QObject
{
    Q_OBJECT
public:
    ChatOpenDriver(QQuickWindow *window, AppController *controller, QStringList chats, QObject *parent = nullptr);

private:
    void openNext();
    void onFrame();

    QQuickWindow *m_window;
    AppController *m_controller;
    QStringList m_chats;
    int m_next = 0;
    bool m_waiting = false;
    bool m_dataSeen = false;
    QElapsedTimer m_clock;
};
