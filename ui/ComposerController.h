#pragma once

#include "AccountStateStore.h"
#include "feed/Post.h"

#include <QObject>
#include <QQmlEngine>

class AttachmentListModel;

namespace Hearth {
class FeedSync;
class UploadService;
}

// The composer behind AppController.feed.composer: a new post (with a draft
// kept across restarts, attachments included), an edit of an own post (same
// item id, its pictures and files listed for removal) or a share (a quote
// of another post). Attachments upload with XEP-0363 while the user writes;
// publishing waits for them.
class ComposerController : public QObject
{
    Q_OBJECT
    Q_MOC_INCLUDE("AttachmentListModel.h")
    QML_ELEMENT
    QML_UNCREATABLE("Use AppController.feed.composer")

    Q_PROPERTY(AttachmentListModel *attachments READ attachments CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString draftTitle READ draftTitle NOTIFY draftChanged)
    Q_PROPERTY(QString draftBody READ draftBody NOTIFY draftChanged)
    Q_PROPERTY(QString target READ target NOTIFY targetChanged)
    Q_PROPERTY(QString targetTitle READ targetTitle NOTIFY targetChanged)
    Q_PROPERTY(bool targetIsGallery READ targetIsGallery NOTIFY targetChanged)

public:
    ComposerController(Hearth::Database *db, Hearth::FeedSync *sync, Hearth::UploadService *uploads,
                       QObject *parent = nullptr);

    // Loads the account's draft.
    void setAccountId(qint64 accountId);

    [[nodiscard]] AttachmentListModel *attachments() const { return m_attachments; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString draftTitle() const { return m_draftTitle; }
    [[nodiscard]] QString draftBody() const { return m_draftBody; }
    [[nodiscard]] QString target() const { return m_target; }
    [[nodiscard]] QString targetTitle() const { return m_targetTitle; }
    [[nodiscard]] bool targetIsGallery() const { return m_targetIsGallery; }

    // Where a new post goes: a community's xmpp: URI, or '' for the own blog.
    Q_INVOKABLE void setTarget(const QString &communityUri, const QString &title, bool gallery);

    // Opens the composer: editUri an own post to replace, quoteUri a post to
    // share, neither a new post (from the draft).
    Q_INVOKABLE void begin(const QString &editUri, const QString &quoteUri);
    Q_INVOKABLE void publish(const QString &title, const QString &body, bool commentsEnabled);
    // Keeps what is typed (a new post only).
    Q_INVOKABLE void saveDraft(const QString &title, const QString &body);
    Q_INVOKABLE QString previewMarkdown(const QString &markdown) const;

Q_SIGNALS:
    void busyChanged();
    void draftChanged();
    void targetChanged();
    void published(const QString &uri);
    void failed(const QString &message);

private:
    void send(Hearth::Post post, const QString &title, const QString &body, bool commentsEnabled);
    void writeDraft();
    void setBusy(bool busy);

    Hearth::FeedSync *m_sync;
    Hearth::AccountStateStore m_state;
    AttachmentListModel *m_attachments;
    qint64 m_accountId = 0;
    QString m_editUri;
    QString m_quoteUri;
    QString m_target;
    QString m_targetTitle;
    bool m_targetIsGallery = false;
    bool m_busy = false;
    QString m_draftTitle;
    QString m_draftBody;
    QList<Hearth::PostLink> m_draftLinks;
};
