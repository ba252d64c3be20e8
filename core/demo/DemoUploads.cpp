#include "DemoUploads.h"

#include "../upload/FileUpload.h"
#include "../upload/UploadService.h"

#include <QCoreApplication>
#include <QXmppClient.h>

namespace Hearth::Demo {

void uploadPicture(QXmppClient *client, const QString &path, QObject *context,
                   const std::function<void(const QUrl &url, const QString &error)> &done)
{
    FileUpload *upload = UploadService::of(client)->upload(path, client);
    auto settle = [upload, done] {
        if (upload->state() == FileUpload::State::Done)
            done(upload->url(), {});
        else
            done({}, QCoreApplication::translate("Hearth::Demo", "demo picture %1 not uploaded: %2").arg(upload->fileName(), upload->error()));
    };
    if (upload->isFinished())
        settle();
    else
        QObject::connect(upload, &FileUpload::finished, context, settle);
}

} // namespace Hearth::Demo
