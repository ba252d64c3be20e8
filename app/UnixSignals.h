#pragma once

// Quits the application cleanly on SIGINT/SIGTERM/SIGHUP, so that owned
// child processes (the demo's Prosody) are stopped too.
void quitOnTerminationSignals();

// A write past a file-size limit (ulimit -f) fails with an error Hearth
// reports, as a full disk does, instead of killing the process (SIGXFSZ).
void failWritesPastFileSizeLimits();
