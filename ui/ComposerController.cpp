#include "ComposerController.h"

#include "AttachmentListModel.h"
#include "PostPresenter.h"
#include "feed/FeedSync.h"
#include "feed/XmppUri.h"
#include "upload/UploadService.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Hearth;

namespace {
const QString kDraftKey = QStringLiteral("feed.draft");

QJsonArray toJson(const QList<PostLink> &links)
{
    QJsonArray out;
    for (const PostLink &l : links)
        out.append(QJsonObject{{QStringLiteral("href"), l.href}, {QStringLiteral("type"), l.type},
                               {QStringLiteral("title"), l.title}});
    return out;
}

QList<PostLink> linksFromJson(const QJsonArray &array)
{
    QList<PostLink> out;
    for (const auto &value : array) {
        const QJsonObject o = value.toObject();
        const QString href = o.value(QStringLiteral("href")).toString();
        if (!href.isEmpty())
            out << PostLink::enclosure(href, o.value(QStringLiteral("type")).toString(),
                                       o.value(QStringLiteral("title")).toString());
    }
    return out;
}
} // namespace

ComposerController::ComposerController(Database *db, FeedSync *sync, UploadService *uploads, QObject *parent)
    : QObject(parent)
    , m_sync(sync)
    , m_state(db)
    , m_attachments(new AttachmentListModel(
          [uploads](const QString &path, QObject *owner) { return uploads->upload(path, owner); }, this))
{
    // An uploaded file joins the draft at once: a restart does not lose it.
    connect(m_attachments, &AttachmentListModel::linksChanged, this, [this] {
        if (m_editUri.isEmpty() && m_quoteUri.isEmpty()) {
            m_draftLinks = m_attachments->links();
            writeDraft();
        }
    });
}

void ComposerController::setAccountId(qint64 accountId)
{
    m_accountId = accountId;
    m_state.value(accountId, kDraftKey).then(this, [this](DbResult<QVariant> draft) {
        const QJsonObject o = QJsonDocument::fromJson(draft.value.toByteArray()).object();
        m_draftTitle = o.value(QStringLiteral("title")).toString();
        m_draftBody = o.value(QStringLiteral("body")).toString();
        m_draftLinks = linksFromJson(o.value(QStringLiteral("attachments")).toArray());
        Q_EMIT draftChanged();
    });
}

void ComposerController::setTarget(const QString &communityUri, const QString &title, bool gallery)
{
    m_target = communityUri;
    m_targetTitle = title;
    m_targetIsGallery = gallery && !communityUri.isEmpty();
    Q_EMIT targetChanged();
}

void ComposerController::begin(const QString &editUri, const QString &quoteUri)
{
    m_editUri = editUri;
    m_quoteUri = quoteUri;
    if (!editUri.isEmpty()) {
        m_attachments->clear();
        m_sync->posts().item(m_accountId, XmppUri::parse(editUri), m_sync->ownJid()).then(
            this, [this, editUri](DbResult<std::optional<Post>> found) {
                if (found.value && m_editUri == editUri)
                    m_attachments->setLinks(found.value->links);
            });
    } else if (!quoteUri.isEmpty()) {
        m_attachments->clear();
    } else {
        m_attachments->setLinks(m_draftLinks);
    }
}

void ComposerController::publish(const QString &title, const QString &body, bool commentsEnabled)
{
    if (title.trimmed().isEmpty()) {
        Q_EMIT failed(tr("A post needs a title."));
        return;
    }
    if (m_attachments->uploading()) {
        Q_EMIT failed(tr("Wait for the uploads to finish."));
        return;
    }
    if (m_attachments->hasFailures()) {
        Q_EMIT failed(tr("Some files did not upload: try them again or remove them."));
        return;
    }
    if (m_editUri.isEmpty()) {
        send(Post{}, title, body, commentsEnabled);
        return;
    }
    // Same item id, first published date and other links kept.
    const QString editUri = m_editUri;
    m_sync->posts().item(m_accountId, XmppUri::parse(editUri), m_sync->ownJid()).then(
        this, [this, title, body, commentsEnabled](DbResult<std::optional<Post>> found) {
            if (found.value)
                send(*found.value, title, body, commentsEnabled);
            else
                Q_EMIT failed(tr("This post is no longer available."));
        });
}

void ComposerController::send(Post post, const QString &title, const QString &body, bool commentsEnabled)
{
    post.title = title.trimmed();
    post.text = body.trimmed();
    post.html.clear(); // rendered again from the Markdown
    post.updated = {};  // now: an edit shows as edited
    post.rawXml.clear();
    post.tags.clear();
    post.links.removeIf([](const PostLink &l) { return l.isEnclosure(); });
    post.links << m_attachments->links();
    if (!m_quoteUri.isEmpty())
        post.inReplyTo = XmppUri::parse(m_quoteUri);
    const bool isNew = m_editUri.isEmpty() && m_quoteUri.isEmpty();
    // A new post or share into a community (an edit stays where it is).
    if (m_editUri.isEmpty() && !m_target.isEmpty()) {
        const XmppUri target = XmppUri::parse(m_target);
        post.service = target.service;
        post.node = target.node;
    }
    setBusy(true);
    m_sync->publish(post, commentsEnabled).then(this, [this, isNew](FeedService::Published result) {
        setBusy(false);
        if (!result.error.isEmpty() && !result.queued) {
            Q_EMIT failed(tr("Not published: %1").arg(result.error));
            return;
        }
        // Queued: safe in the outbox (shown as waiting), sent at the next
        // session; the composer is done with it.
        if (result.queued)
            Q_EMIT failed(result.error.isEmpty() ? tr("You are offline: the post will be published when you are back online.")
                                                 : tr("Not published yet (%1): it will be tried again at the next connection.").arg(result.error));
        if (isNew) {
            m_draftTitle.clear();
            m_draftBody.clear();
            m_draftLinks.clear();
            writeDraft();
            Q_EMIT draftChanged();
        }
        m_attachments->clear();
        Q_EMIT published(result.post.uri().toString());
    });
}

void ComposerController::saveDraft(const QString &title, const QString &body)
{
    if (!m_editUri.isEmpty() || !m_quoteUri.isEmpty() || (title == m_draftTitle && body == m_draftBody))
        return;
    m_draftTitle = title;
    m_draftBody = body;
    Q_EMIT draftChanged();
    writeDraft();
}

void ComposerController::writeDraft()
{
    if (m_accountId <= 0)
        return;
    const QJsonObject o{{QStringLiteral("title"), m_draftTitle},
                        {QStringLiteral("body"), m_draftBody},
                        {QStringLiteral("attachments"), toJson(m_draftLinks)}};
    (void)m_state.setValue(m_accountId, kDraftKey, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString ComposerController::previewMarkdown(const QString &markdown) const
{
    return PostPresenter::previewMarkdown(markdown);
}

void ComposerController::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}
