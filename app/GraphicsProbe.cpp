#include "GraphicsProbe.h"

#include "GraphicsChoice.h"
#include "SettingsController.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QPointer>
#include <QProcess>
#include <QTimer>
#include <cstdio>

void probeGraphicsLater(SettingsController *settings, QObject *owner, int delayMs)
{
    // No display of its own to ask about.
    const QString platform = QGuiApplication::platformName();
    if (platform == QLatin1String("offscreen") || platform == QLatin1String("minimal") || !settings->graphicsProbeDue())
        return;
    QPointer<SettingsController> target(settings);
    QTimer::singleShot(delayMs, owner, [owner, target] {
        auto *probe = new QProcess(owner);
        QObject::connect(probe, &QProcess::finished, owner, [probe, target](int code, QProcess::ExitStatus status) {
            probe->deleteLater();
            const QByteArray out = probe->readAllStandardOutput();
            // A crash or a missing answer says nothing: asked again next start.
            if (status != QProcess::NormalExit || code != 0 || !out.startsWith("renderer") || !target)
                return;
            target->recordGraphicsProbe(QString::fromUtf8(out.mid(8).trimmed()));
        });
        QTimer::singleShot(20000, probe, [probe] { probe->kill(); });
        probe->start(QCoreApplication::applicationFilePath(), {QStringLiteral("--probe-graphics")});
    });
}

int runGraphicsProbe()
{
    std::printf("renderer %s\n", qPrintable(GraphicsChoice::probeRenderer()));
    std::fflush(stdout);
    return 0;
}
