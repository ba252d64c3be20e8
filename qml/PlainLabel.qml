import QtQuick
import QtQuick.Controls

// The one label for text: plain, always. Names, bodies, statuses, vCard
// fields and titles from the network must never be read as markup (a Label
// defaults to AutoText, which renders tags and loads <img>). Rich text is
// set explicitly only where it went through the sanitizer or message styling.
Label {
    textFormat: Text.PlainText
}
