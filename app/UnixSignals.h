#pragma once

// Quits the application cleanly on SIGINT/SIGTERM/SIGHUP, so that owned
// child processes (the demo's Prosody) are stopped too.
void quitOnTerminationSignals();
