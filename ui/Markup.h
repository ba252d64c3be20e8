#pragma once

#include <QObject>
#include <QQmlEngine>

// For the few places where Qt shows a string as AutoText and Hearth cannot
// choose the format (a text field's placeholder, an attached tooltip):
// literal(text) is the text itself when Qt would show it plainly, else the
// escaped text in a span, so the markup in a name is shown, never obeyed.
class Markup : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
public:
    using QObject::QObject;

    Q_INVOKABLE static QString literal(const QString &text);
};
