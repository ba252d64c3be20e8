#include "LinkController.h"

#include "XmppLink.h"

#include <QLoggingCategory>
#include <QUrl>

Q_LOGGING_CATEGORY(lcLinks, "hearth.ui.links")

using Hearth::XmppLink;

void LinkController::setViewsReady(bool ready)
{
    if (m_viewsReady == ready)
        return;
    m_viewsReady = ready;
    Q_EMIT viewsReadyChanged();
    if (!ready)
        return;
    const auto waiting = std::exchange(m_waiting, {});
    for (const auto &[what, request] : waiting)
        deliver(what, request);
}

void LinkController::deliver(const QString &what, std::function<void()> request)
{
    if (!m_viewsReady) {
        m_waiting.append({what, std::move(request)});
        return;
    }
    qCInfo(lcLinks).noquote() << "opening" << what;
    m_lastOpened = what;
    request();
    Q_EMIT opened(what);
}

bool LinkController::open(const QString &uri)
{
    const XmppLink link = XmppLink::parse(uri);
    switch (link.action) {
    case XmppLink::Action::Invalid:
        qCInfo(lcLinks).noquote() << "not opening a link:" << link.error;
        deliver(QStringLiteral("failed"), [this, error = link.error] { Q_EMIT failed(error); });
        return false;
    case XmppLink::Action::Chat:
        deliver(QStringLiteral("chat ") + link.jid, [this, link] { Q_EMIT chatRequested(link.jid, link.body); });
        return true;
    case XmppLink::Action::Join:
        deliver(QStringLiteral("join ") + link.jid, [this, link] { Q_EMIT joinRequested(link.jid, link.password); });
        return true;
    case XmppLink::Action::AddContact:
        deliver(QStringLiteral("add-contact ") + link.jid,
                [this, link] { Q_EMIT addContactRequested(link.jid, link.name, link.group); });
        return true;
    case XmppLink::Action::Profile:
        deliver(QStringLiteral("profile ") + link.jid, [this, link] { Q_EMIT profileRequested(link.jid); });
        return true;
    case XmppLink::Action::Node:
        if (link.isBlog()) // a person's blog: their profile page lists their posts
            deliver(QStringLiteral("profile ") + link.jid, [this, link] { Q_EMIT profileRequested(link.jid); });
        else
            deliver(QStringLiteral("community ") + link.pubsubUri(), [this, link] { Q_EMIT communityRequested(link.pubsubUri()); });
        return true;
    case XmppLink::Action::Post:
        deliver(QStringLiteral("post ") + link.pubsubUri(), [this, link] { Q_EMIT postRequested(link.pubsubUri()); });
        return true;
    }
    return false;
}

void LinkController::showView(const QString &view)
{
    deliver(QStringLiteral("view ") + view, [this, view] { Q_EMIT viewRequested(view); });
}

void LinkController::openConversation(const QString &jid)
{
    deliver(QStringLiteral("chat ") + jid, [this, jid] { Q_EMIT chatRequested(jid, QString()); });
}

void LinkController::search(const QString &text)
{
    deliver(QStringLiteral("search"), [this, text] { Q_EMIT searchRequested(text); });
}

void LinkController::chooseImport(const QUrl &file)
{
    deliver(QStringLiteral("import ") + file.toLocalFile(), [this, file] { Q_EMIT importRequested(file); });
}
