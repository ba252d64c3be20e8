#include "AttachmentListModel.h"

#include "upload/FileUpload.h"

#include <QFileInfo>
#include <QLocale>

using namespace Hearth;

AttachmentListModel::AttachmentListModel(Starter starter, QObject *parent)
    : QAbstractListModel(parent), m_starter(std::move(starter))
{
}

AttachmentListModel::~AttachmentListModel() = default;

int AttachmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant AttachmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const FileUpload *upload = row.upload.data();
    const bool isImage = upload ? upload->isImage() : row.link.type.startsWith(QLatin1String("image/"));
    switch (role) {
    case NameRole:
        return upload ? upload->fileName() : row.link.title.isEmpty() ? QUrl(row.link.href).fileName() : row.link.title;
    case IsImageRole:
        return isImage;
    case PreviewRole:
        // The local file while it is at hand (no download for a thumbnail).
        if (!isImage)
            return QUrl();
        return row.localPath.isEmpty() ? QUrl(row.link.href) : QUrl::fromLocalFile(row.localPath);
    case ProgressRole:
        return upload ? upload->progress() : 1.0;
    case StatusRole:
        if (!row.link.href.isEmpty())
            return int(Status::Done);
        return int(upload && upload->state() == FileUpload::State::Uploading ? Status::Uploading
                   : upload && upload->state() == FileUpload::State::Preparing ? Status::Uploading
                                                                               : Status::Failed);
    case ErrorRole:
        return upload ? upload->error() : QString();
    case SizeRole:
        return upload ? QLocale().formattedDataSize(upload->size()) : QString();
    }
    return {};
}

QHash<int, QByteArray> AttachmentListModel::roleNames() const
{
    return {{NameRole, "name"},         {IsImageRole, "isImage"}, {PreviewRole, "preview"},
            {ProgressRole, "progress"}, {StatusRole, "status"},   {ErrorRole, "error"},
            {SizeRole, "size"}};
}

void AttachmentListModel::addFiles(const QList<QUrl> &files)
{
    QStringList paths;
    for (const QUrl &url : files) {
        const QString path = url.isLocalFile() ? url.toLocalFile() : url.toString();
        if (!path.isEmpty())
            paths << path;
    }
    if (paths.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + paths.size() - 1));
    for (const QString &path : std::as_const(paths)) {
        m_rows.append(Row{});
        start(m_rows.last(), path);
    }
    endInsertRows();
    Q_EMIT countChanged();
    Q_EMIT stateChanged();
}

void AttachmentListModel::start(Row &row, const QString &path)
{
    row.localPath = QFileInfo(path).absoluteFilePath();
    FileUpload *upload = m_starter(path, this);
    row.upload = upload;
    connect(upload, &FileUpload::progressChanged, this, [this, upload] { rowChanged(upload, {ProgressRole}); });
    connect(upload, &FileUpload::finished, this, [this, upload] {
        const int at = rowOf(upload);
        if (at < 0)
            return;
        if (upload->state() == FileUpload::State::Done) {
            m_rows[at].link = PostLink::enclosure(upload->url().toString(), upload->mimeType(), upload->fileName());
            Q_EMIT linksChanged();
        }
        rowChanged(upload, {StatusRole, ErrorRole, ProgressRole});
        Q_EMIT stateChanged();
    });
}

void AttachmentListModel::remove(int row)
{
    if (row < 0 || row >= m_rows.size())
        return;
    beginRemoveRows({}, row, row);
    const Row removed = m_rows.takeAt(row);
    endRemoveRows();
    if (removed.upload) {
        removed.upload->cancel();
        removed.upload->deleteLater();
    }
    Q_EMIT countChanged();
    Q_EMIT stateChanged();
    if (!removed.link.href.isEmpty())
        Q_EMIT linksChanged();
}

void AttachmentListModel::retry(int row)
{
    if (row < 0 || row >= m_rows.size() || !m_rows.at(row).upload
        || m_rows.at(row).upload->state() != FileUpload::State::Failed)
        return;
    Row &r = m_rows[row];
    r.upload->deleteLater();
    start(r, r.localPath);
    Q_EMIT dataChanged(index(row), index(row));
    Q_EMIT stateChanged();
}

void AttachmentListModel::setLinks(const QList<PostLink> &links)
{
    beginResetModel();
    for (const Row &row : std::as_const(m_rows))
        if (row.upload)
            row.upload->deleteLater();
    m_rows.clear();
    for (const PostLink &link : links)
        if (link.isEnclosure() && !link.href.isEmpty())
            m_rows.append(Row{nullptr, link, {}});
    endResetModel();
    Q_EMIT countChanged();
    Q_EMIT stateChanged();
}

void AttachmentListModel::clear()
{
    setLinks({});
}

QList<PostLink> AttachmentListModel::links() const
{
    QList<PostLink> out;
    for (const Row &row : m_rows)
        if (!row.link.href.isEmpty())
            out << row.link;
    return out;
}

bool AttachmentListModel::uploading() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return row.link.href.isEmpty() && row.upload && !row.upload->isFinished();
    });
}

bool AttachmentListModel::hasFailures() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row &row) {
        return row.link.href.isEmpty() && (!row.upload || row.upload->isFinished());
    });
}

void AttachmentListModel::rowChanged(const FileUpload *upload, const QList<int> &roles)
{
    const int at = rowOf(upload);
    if (at >= 0)
        Q_EMIT dataChanged(index(at), index(at), roles);
}

int AttachmentListModel::rowOf(const FileUpload *upload) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).upload == upload)
            return int(i);
    return -1;
}
