#include "ShellFixture.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Hearth::Test {

namespace {
QtMessageHandler s_previous = nullptr;

void collectWarnings(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString category = QString::fromLatin1(context.category ? context.category : "");
    // QML and JavaScript warnings, and anything Qt Quick complains about,
    // except a picture's host being unreachable: the seeded pictures point
    // at a closed loopback port, and a failed download is drawn as such.
    // Nor the engine's note that the test destroyed it while list delegates
    // were still being created asynchronously (the test's teardown, not a
    // fault of a view). Nor Qt Multimedia's note, when the camera dialog
    // looks for devices, that the machine has no sound server (a headless
    // test machine).
    static const QRegularExpression unreachable(
        u"QQuickImage: (Connection refused|Host .* not found)|items in the process of being created at engine destruction"
        u"|^PulseAudioService: pa_context_connect\\(\\) failed$"_s);
    if (type >= QtWarningMsg && !category.startsWith(u"hearth."_s) && !unreachable.match(message).hasMatch())
        qmlWarnings() << category + u": "_s + message;
    if (s_previous)
        s_previous(type, context, message);
}
} // namespace

QStringList &qmlWarnings()
{
    static QStringList warnings;
    return warnings;
}

void collectQmlWarnings()
{
    if (!s_previous)
        s_previous = qInstallMessageHandler(collectWarnings);
}

} // namespace Hearth::Test
