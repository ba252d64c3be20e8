#pragma once

#include <QObject>
#include <QPointer>
#include <QQmlEngine>
#include <QSettings>
#include <QTranslator>
#include <memory>

// Appearance and language, stored in the profile's settings file (never a
// secret there). Changing the language retranslates the running UI.
class SettingsController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    enum class Theme { System, Light, Dark };
    Q_ENUM(Theme)
    enum class GraphicsMode { Automatic, GraphicsCard, Software };
    Q_ENUM(GraphicsMode)

    Q_PROPERTY(Theme theme READ theme WRITE setTheme NOTIFY themeChanged)
    Q_PROPERTY(QString language READ language WRITE setLanguage NOTIFY languageChanged)
    // Closing the window leaves Hearth running in the tray (where there is one).
    Q_PROPERTY(bool closeToTray READ closeToTray WRITE setCloseToTray NOTIFY closeToTrayChanged)
    // Text sizes follow the system's font size: its point size against the
    // usual default of the platform (10 pt on Linux, 9 on Windows, 13 on
    // macOS), within 1–2 (larger only). 1 on the offscreen and minimal platforms
    // (tests, screenshots). Settable for tests.
    Q_PROPERTY(double fontScale READ fontScale WRITE setFontScale NOTIFY fontScaleChanged)
    // Code and native name of each language Hearth ships, "" first (system).
    Q_PROPERTY(QVariantList languages READ languages CONSTANT)
    // How windows are drawn (GraphicsChoice): the choice, what the last
    // probe found, and what this run does (a change applies at next start).
    Q_PROPERTY(GraphicsMode graphicsMode READ graphicsMode WRITE setGraphicsMode NOTIFY graphicsChanged)
    Q_PROPERTY(QString graphicsRenderer READ graphicsRenderer NOTIFY graphicsChanged)
    Q_PROPERTY(bool drawingInSoftware READ drawingInSoftware CONSTANT)
    // For the About section: the libraries Hearth runs on (name, and a
    // line with version and licence).
    Q_PROPERTY(QVariantList libraries READ libraries CONSTANT)

    explicit SettingsController(const QString &settingsPath, QObject *parent = nullptr);
    ~SettingsController() override;

    static void setInstance(SettingsController *instance);
    static SettingsController *create(QQmlEngine *, QJSEngine *);

    [[nodiscard]] Theme theme() const { return m_theme; }
    void setTheme(Theme theme);
    [[nodiscard]] double fontScale() const { return m_fontScale; }
    void setFontScale(double scale);
    [[nodiscard]] static double fontScaleFor(double systemPointSize, const QString &platform);
    [[nodiscard]] bool closeToTray() const { return m_settings.value(QStringLiteral("window/closeToTray"), false).toBool(); }
    void setCloseToTray(bool on);
    [[nodiscard]] QString language() const { return m_language; }
    void setLanguage(const QString &language);
    [[nodiscard]] QVariantList languages() const;
    [[nodiscard]] QVariantList libraries() const;

    [[nodiscard]] GraphicsMode graphicsMode() const { return m_graphicsMode; }
    void setGraphicsMode(GraphicsMode mode);
    [[nodiscard]] QString graphicsRenderer() const;
    [[nodiscard]] bool drawingInSoftware() const { return m_drawingInSoftware; }
    // Chooses the renderer for this run; call before the first window.
    // HEARTH_GRAPHICS=auto|gpu|software overrides the stored choice.
    void applyGraphics();
    // Whether the system's OpenGL should be asked about again (never for
    // this platform, or a day ago), and what it said.
    [[nodiscard]] bool graphicsProbeDue() const;
    void recordGraphicsProbe(const QString &renderer);

    // Loads the translators for the stored language; call before the UI.
    void applyLanguage();
    void setEngine(QQmlEngine *engine) { m_engine = engine; }

Q_SIGNALS:
    void themeChanged();
    void closeToTrayChanged();
    void fontScaleChanged();
    void languageChanged();
    void graphicsChanged();

private:
    static QPointer<SettingsController> s_instance;
    QSettings m_settings;
    Theme m_theme = Theme::System;
    double m_fontScale = 1.0;
    QString m_language;
    GraphicsMode m_graphicsMode = GraphicsMode::Automatic;
    bool m_drawingInSoftware = false;
    std::unique_ptr<QTranslator> m_appTranslator;
    std::unique_ptr<QTranslator> m_qtTranslator;
    QPointer<QQmlEngine> m_engine;
};
