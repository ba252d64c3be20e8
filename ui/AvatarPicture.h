#pragma once

#include <QByteArray>
#include <QFuture>
#include <QString>

// Turns a picture the user chose into an avatar: centre-cropped to a square,
// scaled to at most 512 px, PNG when it has transparency, else JPEG. Runs on
// a worker thread.
struct AvatarPicture
{
    QByteArray bytes;
    int side = 0;
    QString error;

    static constexpr int kMaxSide = 512;
    [[nodiscard]] static AvatarPicture fromFile(const QString &path);
    [[nodiscard]] static QFuture<AvatarPicture> fromFileAsync(const QString &path);
};
