#pragma once

#include <QMutex>
#include <QQuickImageProvider>
#include <QString>

#include <memory>

// The pictures of an export opened in the offline browser
// (image://exportmedia/<sha256>.<ext>), read from the export file when a
// view shows one, on Qt Quick's loader thread, and checked against the hash
// that names them: nothing is extracted to disk, and opening a large export
// does not wait for its media.
class ExportMediaProvider : public QQuickImageProvider
{
public:
    // Where the export's zip is (the opened copy of a sealed one), set once it is open.
    struct Source
    {
        QMutex lock;
        QString zipPath;
    };

    explicit ExportMediaProvider(std::shared_ptr<Source> source);
    QImage requestImage(const QString &id, QSize *size, const QSize &requestedSize) override;

    // Reads and checks one picture; a null image (with why) when it cannot.
    static QImage read(const QString &zipPath, const QString &id, const QSize &requestedSize, QString *error);

private:
    std::shared_ptr<Source> m_source;
};
