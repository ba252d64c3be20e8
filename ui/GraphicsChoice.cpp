#include "GraphicsChoice.h"

#include <QOffscreenSurface>
#include <QOpenGLContext>
#include <QOpenGLFunctions>

namespace GraphicsChoice {

Mode modeFromString(const QString &text)
{
    if (text == QLatin1String("gpu"))
        return Mode::GraphicsCard;
    if (text == QLatin1String("software"))
        return Mode::Software;
    return Mode::Automatic;
}

QString modeToString(Mode mode)
{
    switch (mode) {
    case Mode::GraphicsCard:
        return QStringLiteral("gpu");
    case Mode::Software:
        return QStringLiteral("software");
    case Mode::Automatic:
        break;
    }
    return QStringLiteral("auto");
}

bool isSoftwareRasterizer(const QString &renderer)
{
    const QString name = renderer.trimmed().toLower();
    if (name.isEmpty())
        return true;
    // Mesa (llvmpipe, softpipe, swrast, lavapipe), Google's SwiftShader,
    // Windows without a driver, macOS' fallback.
    static const char *const software[] = {"llvmpipe", "softpipe", "swrast", "software rasterizer", "lavapipe", "swiftshader",
                                           "gdi generic", "microsoft basic render", "apple software renderer"};
    for (const char *part : software) {
        if (name.contains(QLatin1String(part)))
            return true;
    }
    return false;
}

bool automaticApplies()
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS) || defined(Q_OS_ANDROID) || defined(Q_OS_IOS)
    return false;
#else
    return true;
#endif
}

bool environmentChose()
{
    return !qEnvironmentVariableIsEmpty("QT_QUICK_BACKEND") || !qEnvironmentVariableIsEmpty("QSG_RHI_BACKEND");
}

bool drawInSoftware(Mode mode, bool probed, const QString &probedRenderer, bool chosenByEnvironment)
{
    if (chosenByEnvironment)
        return false;
    switch (mode) {
    case Mode::Software:
        return true;
    case Mode::GraphicsCard:
        return false;
    case Mode::Automatic:
        break;
    }
    // Elsewhere Qt Quick draws with Direct3D or Metal, which an OpenGL
    // probe says nothing about (and which fall back on their own).
    return automaticApplies() && probed && isSoftwareRasterizer(probedRenderer);
}

QString probeRenderer()
{
    QOpenGLContext context;
    if (!context.create())
        return {};
    QOffscreenSurface surface;
    surface.setFormat(context.format());
    surface.create();
    if (!surface.isValid() || !context.makeCurrent(&surface))
        return {};
    const auto *renderer = reinterpret_cast<const char *>(context.functions()->glGetString(GL_RENDERER));
    const QString name = renderer ? QString::fromUtf8(renderer) : QString();
    context.doneCurrent();
    return name;
}

} // namespace GraphicsChoice
