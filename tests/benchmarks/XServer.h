#pragma once

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QString>

namespace Hearth::Bench {

// A private X server (Xvfb) on a free display, Unix socket only.
class XServer
{
public:
    ~XServer()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            m_process.waitForFinished(5000);
        }
    }
    bool start(QString *error)
    {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        if (xvfb.isEmpty()) {
            *error = QStringLiteral("Xvfb is not installed (scripts/bootstrap.sh installs xvfb)");
            return false;
        }
        for (int display = 90; display < 190; ++display) {
            if (QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(display)) || QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(display)))
                continue;
            m_process.start(xvfb, {QStringLiteral(":%1").arg(display), QStringLiteral("-screen"), QStringLiteral("0"),
                                   QStringLiteral("1280x800x24"), QStringLiteral("-nolisten"), QStringLiteral("tcp")});
            QElapsedTimer waited;
            waited.start();
            // Ready when its socket exists (a few ms); a display taken meanwhile makes it exit.
            while (m_process.state() != QProcess::NotRunning && waited.elapsed() < 10000) {
                if (QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(display))) {
                    m_display = QStringLiteral(":%1").arg(display);
                    return true;
                }
                m_process.waitForFinished(20);
            }
            m_process.kill();
            m_process.waitForFinished(2000);
        }
        *error = QStringLiteral("Xvfb did not start: %1").arg(QString::fromUtf8(m_process.readAllStandardError().right(500)));
        return false;
    }
    [[nodiscard]] QString display() const { return m_display; }

private:
    QProcess m_process;
    QString m_display;
};

} // namespace Hearth::Bench
