#pragma once

#include <QObject>

// The unread count on the taskbar or dock entry, through the Unity
// launcher API (com.canonical.Unity.LauncherEntry on the session bus),
// which KDE's task manager, Dash to Dock and Plank read.
class LauncherCount : public QObject
{
    Q_OBJECT
public:
    explicit LauncherCount(QObject *parent = nullptr);
    void setCount(int count);
    [[nodiscard]] int count() const { return m_count; }

private:
    int m_count = -1;
};
