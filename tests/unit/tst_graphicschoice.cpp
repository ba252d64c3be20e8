// How Hearth chooses to draw: which OpenGL renderers are a processor's
// (where the software renderer saves ~100 MiB), the choice from the mode,
// the probe and the environment, and the settings that keep the probe.
#include "GraphicsChoice.h"
#include "SettingsController.h"

#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TstGraphicsChoice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void softwareRasterizers_data()
    {
        QTest::addColumn<QString>("renderer");
        QTest::addColumn<bool>("software");
        // Renderer strings as drivers report them.
        QTest::newRow("llvmpipe") << u"llvmpipe (LLVM 15.0.6, 256 bits)"_s << true;
        QTest::newRow("softpipe") << u"softpipe"_s << true;
        QTest::newRow("swrast") << u"Software Rasterizer"_s << true;
        QTest::newRow("wsl without a driver") << u"D3D12 (Microsoft Basic Render Driver)"_s << true;
        QTest::newRow("windows gdi") << u"GDI Generic"_s << true;
        QTest::newRow("swiftshader") << u"Google SwiftShader"_s << true;
        QTest::newRow("no opengl") << QString() << true;
        QTest::newRow("intel") << u"Mesa Intel(R) UHD Graphics 620 (KBL GT2)"_s << false;
        // A card whose driver also uses LLVM is still a card.
        QTest::newRow("radeon") << u"AMD Radeon RX 6600 (navy_flounder, LLVM 15.0.6, DRM 3.49, 6.1.0-18-amd64)"_s << false;
        QTest::newRow("nvidia") << u"NVIDIA GeForce GTX 1060 6GB/PCIe/SSE2"_s << false;
        QTest::newRow("virgl") << u"virgl (NVIDIA GeForce RTX 3070)"_s << false;
        QTest::newRow("wsl with a card") << u"D3D12 (NVIDIA GeForce RTX 3070)"_s << false;
    }
    void softwareRasterizers()
    {
        QFETCH(QString, renderer);
        QFETCH(bool, software);
        QCOMPARE(GraphicsChoice::isSoftwareRasterizer(renderer), software);
    }

    void choice()
    {
        using GraphicsChoice::Mode;
        const QString pipe = u"llvmpipe (LLVM 15.0.6, 256 bits)"_s;
        const QString card = u"Mesa Intel(R) UHD Graphics 620 (KBL GT2)"_s;
        // Automatic follows the probe (where Qt Quick draws with OpenGL).
        QCOMPARE(GraphicsChoice::drawInSoftware(Mode::Automatic, true, pipe, false), GraphicsChoice::automaticApplies());
        QVERIFY(!GraphicsChoice::drawInSoftware(Mode::Automatic, true, card, false));
        // Never probed: Qt's default until the probe has answered.
        QVERIFY(!GraphicsChoice::drawInSoftware(Mode::Automatic, false, QString(), false));
        // The user's choice wins over the probe.
        QVERIFY(GraphicsChoice::drawInSoftware(Mode::Software, true, card, false));
        QVERIFY(!GraphicsChoice::drawInSoftware(Mode::GraphicsCard, true, pipe, false));
        // And the environment (QT_QUICK_BACKEND, QSG_RHI_BACKEND) wins over both.
        QVERIFY(!GraphicsChoice::drawInSoftware(Mode::Software, true, pipe, true));
        for (const auto mode : {Mode::Automatic, Mode::GraphicsCard, Mode::Software})
            QCOMPARE(GraphicsChoice::modeFromString(GraphicsChoice::modeToString(mode)), mode);
        QCOMPARE(GraphicsChoice::modeFromString(u"nonsense"_s), Mode::Automatic);
    }

    void settingsKeepTheProbe()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"settings.ini"_s);
        {
            SettingsController settings(path);
            QCOMPARE(settings.graphicsMode(), SettingsController::GraphicsMode::Automatic);
            QVERIFY(settings.graphicsRenderer().isEmpty());
            QCOMPARE(settings.graphicsProbeDue(), GraphicsChoice::automaticApplies() && !GraphicsChoice::environmentChose());
            settings.recordGraphicsProbe(u"llvmpipe (LLVM 15.0.6, 256 bits)"_s);
            QVERIFY(!settings.graphicsProbeDue()); // asked today on this platform
            settings.setGraphicsMode(SettingsController::GraphicsMode::Software);
        }
        SettingsController again(path);
        QCOMPARE(again.graphicsRenderer(), u"llvmpipe (LLVM 15.0.6, 256 bits)"_s);
        QCOMPARE(again.graphicsMode(), SettingsController::GraphicsMode::Software);
        // A probe made on another platform says nothing of this one.
        QSettings(path, QSettings::IniFormat).setValue(u"graphics/probedPlatform"_s, u"not-"_s + QGuiApplication::platformName());
        SettingsController elsewhere(path);
        QVERIFY(elsewhere.graphicsRenderer().isEmpty());
        QCOMPARE(elsewhere.graphicsProbeDue(), GraphicsChoice::automaticApplies() && !GraphicsChoice::environmentChose());
    }
};

QTEST_MAIN(TstGraphicsChoice)
#include "tst_graphicschoice.moc"
