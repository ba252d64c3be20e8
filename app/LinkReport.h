#pragma once

class AppController;
class QQuickWindow;

// --report-links (the hand-over benchmark and tests): prints
// "views-ready MS" once the main window can show links, then
// "link-shown WHAT MS" for each link (ms since the epoch) at the first frame
// where what it asked for is in place: no page still sliding in, and for a
// chat its messages read, for a post the post read.
void reportShownLinks(AppController *controller, QQuickWindow *window);
