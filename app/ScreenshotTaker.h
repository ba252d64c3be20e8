#pragma once

#include "ImportController.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <optional>

class AppController;
class QQuickWindow;

// --screenshot FILE: waits until the requested view has its data (logged in
// and online, or the login page), lets it settle, saves the window and
// quits. Used by the GUI smoke tests and for looking at the app headless.
class ScreenshotTaker : public QObject
{
    Q_OBJECT
public:
    ScreenshotTaker(QQuickWindow *window, AppController *controller, QString file, QString view,
                    int timeoutSeconds, QObject *parent = nullptr);

    // Also wait for the export Settings shows (--export-to) to end.
    void setWaitForExport(bool wait) { m_exporting = wait; }
    // Scroll the page holding the item with that objectName to it first
    // (what is below the fold: a profile's devices).
    void setScrollTo(const QString &name) { m_scrollTo = name; }
    // --import: the picture once the import reached this phase.
    void setWaitForImport(ImportController::Phase phase) { m_importPhase = phase; }
    // --import-stage: the picture at once when the running import starts
    // that dataset (the progress as the user sees it).
    void captureImportAt(const QString &kind);

private:
    void check();
    void capture(bool complete);

    QPointer<QQuickWindow> m_window;
    AppController *m_controller;
    QString m_file;
    QString m_view;
    QString m_scrollTo;
    QTimer m_poll;
    QTimer m_timeout;
    bool m_settling = false;
    bool m_exporting = false;
    std::optional<ImportController::Phase> m_importPhase;
};
