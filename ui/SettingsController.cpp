#include "SettingsController.h"

#include "BuildInfo.h"
#include "GraphicsChoice.h"

#include <QCoreApplication>
#include <algorithm>
#include <QDateTime>
#include <QFont>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QQuickWindow>
#include <QLibraryInfo>
#include <QLocale>

namespace {
const auto kThemeKey = QStringLiteral("appearance/theme");
const auto kLanguageKey = QStringLiteral("appearance/language");
const auto kGraphicsModeKey = QStringLiteral("graphics/mode");
const auto kRendererKey = QStringLiteral("graphics/probedRenderer");
const auto kProbedPlatformKey = QStringLiteral("graphics/probedPlatform");
const auto kProbedAtKey = QStringLiteral("graphics/probedAt");
Q_LOGGING_CATEGORY(lcGraphics, "hearth.ui.graphics")

GraphicsChoice::Mode toChoice(SettingsController::GraphicsMode mode)
{
    return GraphicsChoice::Mode(int(mode));
}
static_assert(int(SettingsController::GraphicsMode::Software) == int(GraphicsChoice::Mode::Software));
}

QPointer<SettingsController> SettingsController::s_instance;

SettingsController::SettingsController(const QString &settingsPath, QObject *parent)
    : QObject(parent), m_settings(settingsPath, QSettings::IniFormat)
{
    const int theme = m_settings.value(kThemeKey, 0).toInt();
    m_theme = (theme >= 0 && theme <= 2) ? Theme(theme) : Theme::System;
    m_language = m_settings.value(kLanguageKey).toString();
    m_graphicsMode = SettingsController::GraphicsMode(int(GraphicsChoice::modeFromString(m_settings.value(kGraphicsModeKey).toString())));
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        m_fontScale = fontScaleFor(QGuiApplication::font().pointSizeF(), QGuiApplication::platformName());
        if (m_fontScale != 1.0)
            qCInfo(lcGraphics).noquote() << "text scaled by" << m_fontScale << "to follow the system font of"
                                         << QGuiApplication::font().pointSizeF() << "pt";
    }
}

void SettingsController::setGraphicsMode(GraphicsMode mode)
{
    if (m_graphicsMode == mode)
        return;
    m_graphicsMode = mode;
    m_settings.setValue(kGraphicsModeKey, GraphicsChoice::modeToString(toChoice(mode)));
    Q_EMIT graphicsChanged();
}

QString SettingsController::graphicsRenderer() const
{
    // A probe on another platform (X11 then Wayland) says nothing of this one.
    if (m_settings.value(kProbedPlatformKey).toString() != QGuiApplication::platformName())
        return {};
    return m_settings.value(kRendererKey).toString();
}

void SettingsController::applyGraphics()
{
    GraphicsChoice::Mode mode = toChoice(m_graphicsMode);
    if (qEnvironmentVariableIsSet("HEARTH_GRAPHICS"))
        mode = GraphicsChoice::modeFromString(qEnvironmentVariable("HEARTH_GRAPHICS"));
    const bool probed = m_settings.value(kProbedPlatformKey).toString() == QGuiApplication::platformName();
    m_drawingInSoftware = GraphicsChoice::drawInSoftware(mode, probed, graphicsRenderer(), GraphicsChoice::environmentChose());
    if (m_drawingInSoftware) {
        qCInfo(lcGraphics).noquote() << "drawing with Qt Quick's software renderer; OpenGL here:"
                                     << (graphicsRenderer().isEmpty() ? QStringLiteral("none") : graphicsRenderer());
        QQuickWindow::setGraphicsApi(QSGRendererInterface::Software);
    }
    // What this run does, whoever chose it (QT_QUICK_BACKEND included;
    // asking QQuickWindow::graphicsApi() would set up the scene graph's
    // graphics support early, and in Qt 6.4 it does not read that variable).
    const QString backend = qEnvironmentVariable("QT_QUICK_BACKEND");
    m_drawingInSoftware = m_drawingInSoftware || backend == QLatin1String("software") || backend == QLatin1String("softwarecontext");
}

bool SettingsController::graphicsProbeDue() const
{
    if (!GraphicsChoice::automaticApplies() || GraphicsChoice::environmentChose())
        return false;
    const QDateTime at = QDateTime::fromString(m_settings.value(kProbedAtKey).toString(), Qt::ISODate);
    return m_settings.value(kProbedPlatformKey).toString() != QGuiApplication::platformName() || !at.isValid()
        || at.secsTo(QDateTime::currentDateTimeUtc()) > 24 * 3600;
}

void SettingsController::recordGraphicsProbe(const QString &renderer)
{
    m_settings.setValue(kRendererKey, renderer);
    m_settings.setValue(kProbedPlatformKey, QGuiApplication::platformName());
    m_settings.setValue(kProbedAtKey, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    m_settings.sync();
    Q_EMIT graphicsChanged();
}

SettingsController::~SettingsController()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
}

void SettingsController::setInstance(SettingsController *instance)
{
    s_instance = instance;
}

SettingsController *SettingsController::create(QQmlEngine *engine, QJSEngine *)
{
    Q_ASSERT_X(s_instance, "SettingsController", "main() must create the settings before QML uses them");
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    if (!s_instance->m_engine)
        s_instance->m_engine = engine;
    return s_instance;
}

void SettingsController::setTheme(Theme theme)
{
    if (m_theme == theme)
        return;
    m_theme = theme;
    m_settings.setValue(kThemeKey, int(theme));
    Q_EMIT themeChanged();
}

double SettingsController::fontScaleFor(double systemPointSize, const QString &platform)
{
    if (systemPointSize <= 0 || platform == QLatin1String("offscreen") || platform == QLatin1String("minimal"))
        return 1.0;
#if defined(Q_OS_WIN)
    constexpr double usual = 9;
#elif defined(Q_OS_MACOS)
    constexpr double usual = 13;
#else
    constexpr double usual = 10;
#endif
    // Larger only: a smaller font is more often a bare X server's fallback
    // (Qt's generic 9 pt) than a choice, and Material's sizes are the floor.
    return std::clamp(systemPointSize / usual, 1.0, 2.0);
}

void SettingsController::setFontScale(double scale)
{
    if (qFuzzyCompare(m_fontScale, scale))
        return;
    m_fontScale = scale;
    Q_EMIT fontScaleChanged();
}

void SettingsController::setCloseToTray(bool on)
{
    if (closeToTray() == on)
        return;
    m_settings.setValue(QStringLiteral("window/closeToTray"), on);
    Q_EMIT closeToTrayChanged();
}

void SettingsController::setLanguage(const QString &language)
{
    if (m_language == language)
        return;
    m_language = language;
    m_settings.setValue(kLanguageKey, language);
    applyLanguage();
    if (m_engine)
        m_engine->retranslate();
    Q_EMIT languageChanged();
}

QVariantList SettingsController::languages() const
{
    QVariantList list;
    list.append(QVariantMap{{QStringLiteral("code"), QString()}, {QStringLiteral("name"), tr("System language")}});
    // Names in their own language, so anyone can find theirs.
    const QList<QPair<QString, QString>> shipped = {
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("fr"), QStringLiteral("Français")},
        {QStringLiteral("de"), QStringLiteral("Deutsch")},
    };
    for (const auto &[code, name] : shipped)
        list.append(QVariantMap{{QStringLiteral("code"), code}, {QStringLiteral("name"), name}});
    return list;
}

QVariantList SettingsController::libraries() const
{
    QVariantList list;
    for (const auto &library : Hearth::BuildInfo::libraries())
        list.append(QVariantMap{{QStringLiteral("name"), library.name},
                                {QStringLiteral("text"), library.version.isEmpty()
                                                             ? tr("%1 (%2)").arg(library.name, library.licence)
                                                             : tr("%1 %2 (%3)").arg(library.name, library.version, library.licence)}});
    return list;
}

void SettingsController::applyLanguage()
{
    if (m_appTranslator)
        QCoreApplication::removeTranslator(m_appTranslator.get());
    if (m_qtTranslator)
        QCoreApplication::removeTranslator(m_qtTranslator.get());
    m_appTranslator = std::make_unique<QTranslator>();
    m_qtTranslator = std::make_unique<QTranslator>();
    const QLocale locale = m_language.isEmpty() ? QLocale::system() : QLocale(m_language);
    if (m_appTranslator->load(locale, QStringLiteral("hearth"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(m_appTranslator.get());
    if (m_qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(m_qtTranslator.get());
}
