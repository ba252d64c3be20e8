#pragma once

#include <QObject>
#include <QPointer>
#include <QVideoFrame>
#include <QVideoSink>
#include <QtQml/qqmlregistration.h>

// Reads QR codes from a camera, for verifying a contact's OMEMO keys by
// scanning the code their device shows (as Conversations, Dino and Kaidan
// do). It watches the frames a VideoOutput's sink receives and reads them
// on a worker thread, one at a time: frames that arrive meanwhile are let go,
// so a slow read never queues frames or holds the window. The first code
// found ends the scan.
class QrScanner : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVideoSink *videoSink READ videoSink WRITE setVideoSink NOTIFY videoSinkChanged)
    // Looking at frames; set again to scan for another code.
    Q_PROPERTY(bool scanning READ isScanning WRITE setScanning NOTIFY scanningChanged)
    // Frames looked at so far in this scan (the window says it is looking).
    Q_PROPERTY(int framesRead READ framesRead NOTIFY framesReadChanged)
public:
    explicit QrScanner(QObject *parent = nullptr);

    QVideoSink *videoSink() const { return m_sink; }
    void setVideoSink(QVideoSink *sink);
    bool isScanning() const { return m_scanning; }
    void setScanning(bool scanning);
    int framesRead() const { return m_framesRead; }

Q_SIGNALS:
    void videoSinkChanged();
    void scanningChanged();
    void framesReadChanged();
    // The text of the code, once per scan.
    void found(const QString &text);

private:
    void onFrame(const QVideoFrame &frame);
    void finishRead(const QString &text);

    QPointer<QVideoSink> m_sink;
    QMetaObject::Connection m_frames;
    bool m_scanning = true;
    bool m_busy = false;
    int m_framesRead = 0;
};
