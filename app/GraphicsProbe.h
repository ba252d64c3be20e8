#pragma once

class QObject;
class SettingsController;

// Asks a short-lived child (hearth --probe-graphics) what this display's
// OpenGL is, delayMs after the call, and records the answer in the
// settings for the next start (GraphicsChoice). Only when one is due.
void probeGraphicsLater(SettingsController *settings, QObject *owner, int delayMs);

// The child's side: prints "renderer NAME" ("renderer " with no OpenGL).
int runGraphicsProbe();
