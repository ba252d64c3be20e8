#pragma once

#include <QObject>
#include <QQmlEngine>

// Which links Hearth opens, and how a link from someone else's text is put
// into rich text. Only http(s) goes to the desktop's browser; xmpp: is
// Hearth's own (the views handle it); anything else (javascript:, file:,
// smb:, custom handlers) is never opened from text on the network.
class Links : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;

    Q_INVOKABLE static bool isWeb(const QString &url);
    Q_INVOKABLE static bool isXmpp(const QString &url);
    // Opens a web link in the browser; false (and nothing opened) otherwise.
    Q_INVOKABLE static bool open(const QString &url);
    // An escaped <a> for a web link from the network (a vCard's url), for
    // a StyledText label; empty when it is not an http(s) link.
    Q_INVOKABLE static QString webLinkHtml(const QString &url);
};
