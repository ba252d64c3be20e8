#pragma once

#include <QString>

// How the windows are drawn. With a graphics card, Qt Quick draws with it
// (OpenGL and the like). Where OpenGL is itself drawn by the processor
// (Mesa's llvmpipe in a VM or a remote desktop, Windows' GDI Generic),
// going through it costs ~100 MiB and a slower start for nothing Hearth
// needs, so "automatic" draws with Qt Quick's software renderer there.
// What the system's OpenGL is, is asked by a short-lived child process
// (hearth --probe-graphics) after the window is up, and kept in the
// settings for the next start: this process never loads a driver to ask.
namespace GraphicsChoice {

enum class Mode { Automatic, GraphicsCard, Software };

// "auto", "gpu", "software" (anything else: automatic).
[[nodiscard]] Mode modeFromString(const QString &text);
[[nodiscard]] QString modeToString(Mode mode);

// An OpenGL renderer string that is a processor's, not a card's; "" (no
// OpenGL at all) counts as one.
[[nodiscard]] bool isSoftwareRasterizer(const QString &renderer);

// Whether to draw in software: the mode, what the last probe found (""
// when never probed), and whether the environment already chose a backend
// (QT_QUICK_BACKEND, QSG_RHI_BACKEND: then it is left to Qt).
[[nodiscard]] bool drawInSoftware(Mode mode, bool probed, const QString &probedRenderer, bool environmentChose);
[[nodiscard]] bool environmentChose();
// Where Qt Quick draws with OpenGL by default (Linux and the BSDs): the
// only places "automatic" looks at the probe.
[[nodiscard]] bool automaticApplies();

// In the --probe-graphics child: the OpenGL renderer of this display, ""
// when no OpenGL context can be made. Needs a QGuiApplication.
[[nodiscard]] QString probeRenderer();

} // namespace GraphicsChoice
