#pragma once

#include "feed/Post.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QQmlEngine>
#include <QUrl>

#include <functional>

namespace Hearth {
class FileUpload;
}

// The composer's attachments: files being uploaded (XEP-0363) with their
// progress, uploaded ones, and an edited post's existing enclosures. Each
// can be removed before publishing; links() is what the post carries.
class AttachmentListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by FeedController")

    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool uploading READ uploading NOTIFY stateChanged)
    Q_PROPERTY(bool hasFailures READ hasFailures NOTIFY stateChanged)

public:
    enum Role { NameRole = Qt::UserRole + 1, IsImageRole, PreviewRole, ProgressRole, StatusRole, ErrorRole, SizeRole };
    Q_ENUM(Role)
    enum class Status { Uploading, Done, Failed };
    Q_ENUM(Status)

    // Starts an upload of a local file, owned by owner.
    using Starter = std::function<Hearth::FileUpload *(const QString &path, QObject *owner)>;
    explicit AttachmentListModel(Starter starter, QObject *parent = nullptr);
    ~AttachmentListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    // Local files (file: URLs from a dialog or a drop) start uploading.
    Q_INVOKABLE void addFiles(const QList<QUrl> &files);
    Q_INVOKABLE void remove(int row);
    // Tries a failed upload again.
    Q_INVOKABLE void retry(int row);

    // Already uploaded enclosures (an edited post, a restored draft).
    void setLinks(const QList<Hearth::PostLink> &links);
    void clear();
    // The uploaded ones, in order, as the post's enclosure links.
    [[nodiscard]] QList<Hearth::PostLink> links() const;
    [[nodiscard]] bool uploading() const;
    [[nodiscard]] bool hasFailures() const;

Q_SIGNALS:
    void countChanged();
    void stateChanged();
    // An upload finished (the draft keeps uploaded files).
    void linksChanged();

private:
    struct Row
    {
        QPointer<Hearth::FileUpload> upload; // null for an existing link
        Hearth::PostLink link;               // filled once uploaded
        QString localPath;
    };
    void start(Row &row, const QString &path);
    void rowChanged(const Hearth::FileUpload *upload, const QList<int> &roles);
    [[nodiscard]] int rowOf(const Hearth::FileUpload *upload) const;

    Starter m_starter;
    QList<Row> m_rows;
};
