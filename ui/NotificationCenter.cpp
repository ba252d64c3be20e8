#include "NotificationCenter.h"

#include "chat/Mentions.h"

#include <QSettings>

using Hearth::ChatMessage;
using Hearth::ChatSummary;

namespace {
// Messages older than this when they arrive are history being caught up
// (the archive after a night offline), shown in the chats list, not
// announced one by one.
constexpr qint64 kLiveSeconds = 300;
constexpr int kLinesShown = 3;
constexpr int kWindowNotices = 3;
constexpr int kRequestsRemembered = 500;
// A room's level (Bookmark::Notify).
constexpr int kAlways = 1;
constexpr int kOnMention = 2;
constexpr int kNever = 3;
} // namespace

NotificationCenter::NotificationCenter(QString settingsPath, NotificationSink *sink, QObject *parent)
    : QObject(parent)
    , m_settingsPath(std::move(settingsPath))
    , m_sink(sink)
{
    const QSettings settings(m_settingsPath, QSettings::IniFormat);
    m_doNotDisturb = settings.value(QStringLiteral("notifications/doNotDisturb"), false).toBool();
    m_messages = settings.value(QStringLiteral("notifications/messages"), true).toBool();
    m_mentions = settings.value(QStringLiteral("notifications/mentions"), true).toBool();
    m_invitations = settings.value(QStringLiteral("notifications/invitations"), true).toBool();
    m_requests = settings.value(QStringLiteral("notifications/requests"), true).toBool();
    m_reactions = settings.value(QStringLiteral("notifications/reactions"), true).toBool();
    m_previews = settings.value(QStringLiteral("notifications/previews"), true).toBool();
    // Servers send pending requests again at each login: each is announced once.
    const QStringList announced = settings.value(QStringLiteral("notifications/requestsAnnounced")).toStringList();
    m_requestsSeen = QSet<QString>(announced.cbegin(), announced.cend());
    if (m_sink) {
        connect(m_sink, &NotificationSink::activated, this, &NotificationCenter::activate);
        connect(m_sink, &NotificationSink::notShown, this, &NotificationCenter::showInWindow);
        connect(m_sink, &NotificationSink::replied, this, [this](const QString &key, const QString &text) {
            const QString jid = key.section(u':', 1);
            if (key.startsWith(QLatin1String("chat:")) || key.startsWith(QLatin1String("room:"))) {
                withdraw(key);
                Q_EMIT replyRequested(jid, text);
            }
        });
        // The destination is known once the desktop has answered.
        if (m_sink->metaObject()->indexOfSignal("availabilityKnown()") >= 0)
            connect(m_sink, SIGNAL(availabilityKnown()), this, SIGNAL(destinationChanged()));
    }
}

void NotificationCenter::onMessages(const QList<ChatMessage> &messages)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const ChatMessage &m : messages) {
        if (m.outgoing || m.imported || m.retracted || m.isAmendment() || m.state != ChatMessage::State::Received)
            continue;
        if (m.body.trimmed().isEmpty() && m.attachmentUrl.isEmpty())
            continue;
        if (m.stamp.isValid() && m.stamp.secsTo(now) > kLiveSeconds)
            continue;
        const bool room = m_lookups.isRoom && m_lookups.isRoom(m.chatJid);
        if (m.chatJid.compare(m_inFront, Qt::CaseInsensitive) == 0)
            continue;
        const ChatSummary chat = m_lookups.chat ? m_lookups.chat(m.chatJid) : ChatSummary{};
        if (chat.muted)
            continue;
        const QString text = m.body.trimmed().isEmpty() ? tr("Sent a file") : m.body;
        DesktopNotification n;
        n.category = QStringLiteral("im.received");
        n.canReply = true;
        if (room) {
            if (chat.notify == kNever || m.sender == chat.nick)
                continue;
            const bool mentioned = !chat.nick.isEmpty() && Hearth::Mentions::mentions(m.body, chat.nick);
            if (chat.notify == kOnMention && !mentioned)
                continue;
            if (mentioned ? !m_mentions : !m_messages)
                continue;
            const QString roomName = chat.name.isEmpty() ? m.chatJid : chat.name;
            n.key = QStringLiteral("room:") + m.chatJid;
            n.title = mentioned ? tr("%1 mentioned you in %2").arg(m.sender, roomName) : roomName;
            notify(n, mentioned ? text : tr("%1: %2").arg(m.sender, text));
        } else {
            if (!m_messages)
                continue;
            n.key = QStringLiteral("chat:") + m.chatJid;
            n.title = m_lookups.nameOf ? m_lookups.nameOf(m.chatJid) : m.chatJid;
            n.iconPath = m_lookups.avatarPath ? m_lookups.avatarPath(m.chatJid) : QString();
            notify(n, text);
        }
    }
}

void NotificationCenter::onInvitation(const QString &roomJid, const QString &inviter, const QString &reason)
{
    if (!m_invitations)
        return;
    DesktopNotification n;
    n.key = QStringLiteral("invite:") + roomJid;
    n.category = QStringLiteral("im");
    const QString who = m_lookups.nameOf ? m_lookups.nameOf(inviter) : inviter;
    n.title = tr("%1 invites you to a group chat").arg(who.isEmpty() ? inviter : who);
    notify(n, reason.trimmed().isEmpty() ? roomJid : tr("%1: %2").arg(roomJid, reason));
}

void NotificationCenter::onRequests(const QStringList &jids)
{
    QStringList fresh;
    for (const QString &jid : jids) {
        if (m_requestsSeen.contains(jid))
            continue;
        m_requestsSeen.insert(jid);
        fresh << jid;
        if (!m_requests)
            continue;
        DesktopNotification n;
        n.key = QStringLiteral("request:") + jid;
        n.category = QStringLiteral("presence");
        n.title = tr("Contact request");
        notify(n, tr("%1 wants to add you as a contact").arg(jid));
    }
    if (fresh.isEmpty())
        return;
    // Kept for the next start: the newest few hundred.
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    QStringList announced = settings.value(QStringLiteral("notifications/requestsAnnounced")).toStringList() + fresh;
    if (announced.size() > kRequestsRemembered)
        announced = announced.mid(announced.size() - kRequestsRemembered);
    settings.setValue(QStringLiteral("notifications/requestsAnnounced"), announced);
}

void NotificationCenter::onReactions(const QVariantList &reactions)
{
    QDateTime newest = m_reactionsMark;
    for (const QVariant &item : reactions) {
        const QVariantMap r = item.toMap();
        const QDateTime published = r.value(QStringLiteral("published")).toDateTime();
        if (published > newest)
            newest = published;
        if (!m_reactionsRead || !m_reactions || (m_reactionsMark.isValid() && published <= m_reactionsMark))
            continue;
        const QString postUri = r.value(QStringLiteral("postUri")).toString();
        const QString who = r.value(QStringLiteral("authorName")).toString();
        const QString postTitle = r.value(QStringLiteral("postTitle")).toString();
        DesktopNotification n;
        n.key = QStringLiteral("post:") + postUri;
        n.category = QStringLiteral("im");
        n.title = postTitle.trimmed().isEmpty() ? tr("On your post") : tr("On your post “%1”").arg(shortened(postTitle).left(60));
        n.iconPath = m_lookups.avatarPath ? m_lookups.avatarPath(r.value(QStringLiteral("authorJid")).toString()) : QString();
        notify(n, r.value(QStringLiteral("isLike")).toBool() ? tr("%1 likes it").arg(who)
                                                              : tr("%1: %2").arg(who, r.value(QStringLiteral("text")).toString()));
    }
    m_reactionsMark = newest;
    m_reactionsRead = true;
}

void NotificationCenter::notify(DesktopNotification n, const QString &line)
{
    if (m_doNotDisturb)
        return;
    QStringList &lines = m_lines[n.key];
    lines.append(shortened(line));
    while (lines.size() > kLinesShown)
        lines.removeFirst();
    // Without previews the notification says who, never what.
    n.body = m_previews ? lines.join(u'\n') : tr("New activity");
    if (m_sink)
        m_sink->show(n);
    else
        showInWindow(n);
}

void NotificationCenter::showInWindow(const DesktopNotification &n)
{
    for (qsizetype i = 0; i < m_windowNotices.size(); ++i) {
        if (m_windowNotices.at(i).toMap().value(QStringLiteral("key")) == n.key) {
            m_windowNotices.removeAt(i);
            break;
        }
    }
    m_windowNotices.prepend(QVariantMap{{QStringLiteral("key"), n.key}, {QStringLiteral("title"), n.title}, {QStringLiteral("body"), n.body}});
    while (m_windowNotices.size() > kWindowNotices)
        m_windowNotices.removeLast();
    Q_EMIT windowNoticesChanged();
    Q_EMIT attentionWanted();
}

void NotificationCenter::withdraw(const QString &key)
{
    m_lines.remove(key);
    if (m_sink)
        m_sink->withdraw(key);
    dismiss(key);
}

void NotificationCenter::activate(const QString &key)
{
    withdraw(key);
    Q_EMIT openRequested(key);
}

void NotificationCenter::dismiss(const QString &key)
{
    for (qsizetype i = 0; i < m_windowNotices.size(); ++i) {
        if (m_windowNotices.at(i).toMap().value(QStringLiteral("key")) == key) {
            m_windowNotices.removeAt(i);
            Q_EMIT windowNoticesChanged();
            return;
        }
    }
}

void NotificationCenter::setConversationInFront(const QString &jid)
{
    if (m_inFront == jid)
        return;
    m_inFront = jid;
    Q_EMIT conversationInFrontChanged();
    // What was announced about it has been seen now.
    if (!jid.isEmpty()) {
        withdraw(QStringLiteral("chat:") + jid);
        withdraw(QStringLiteral("room:") + jid);
    }
}

QString NotificationCenter::shortened(const QString &text) const
{
    QString line = text.simplified();
    if (line.size() > kMaxTextLength)
        line = line.left(kMaxTextLength - 1) + u'…';
    return line;
}

void NotificationCenter::save(const char *key, bool value)
{
    QSettings settings(m_settingsPath, QSettings::IniFormat);
    settings.setValue(QStringLiteral("notifications/") + QLatin1String(key), value);
    Q_EMIT settingsChanged();
}

void NotificationCenter::setDoNotDisturb(bool on) { if (m_doNotDisturb != on) { m_doNotDisturb = on; save("doNotDisturb", on); } }
void NotificationCenter::setMessages(bool on) { if (m_messages != on) { m_messages = on; save("messages", on); } }
void NotificationCenter::setMentions(bool on) { if (m_mentions != on) { m_mentions = on; save("mentions", on); } }
void NotificationCenter::setInvitations(bool on) { if (m_invitations != on) { m_invitations = on; save("invitations", on); } }
void NotificationCenter::setRequests(bool on) { if (m_requests != on) { m_requests = on; save("requests", on); } }
void NotificationCenter::setReactions(bool on) { if (m_reactions != on) { m_reactions = on; save("reactions", on); } }
void NotificationCenter::setPreviews(bool on) { if (m_previews != on) { m_previews = on; save("previews", on); } }
