#include "SeededCache.h"

#include "communities/CommunityStore.h"

#include "AccountStore.h"
#include "chat/MessageStore.h"
#include "db/Database.h"
#include "feed/FollowStore.h"
#include "feed/MicroblogCodec.h"
#include "feed/PostStore.h"
#include "muc/RoomStore.h"
#include "profile/ProfileStore.h"
#include "roster/RosterStore.h"
#include "support/TestUtils.h"

namespace Hearth::Test::Seeded {

namespace {
const QString kBlog = QStringLiteral("urn:xmpp:microblog:0");

QString entry(const QString &id, const QString &title, const QString &author, const QString &text, const QString &extra,
              const QString &time)
{
    return QStringLiteral(
               "<entry xmlns='http://www.w3.org/2005/Atom' xmlns:thr='http://purl.org/syndication/thread/1.0'>"
               "<id>%1</id><title>%2</title><author><name>%3</name><uri>xmpp:%3</uri></author>"
               "<content type='text'>%4</content>%5<published>%6</published><updated>%6</updated></entry>")
        .arg(id, title.toHtmlEscaped(), author, text.toHtmlEscaped(), extra, time);
}

std::optional<Post> post(const QString &service, const QString &node, const QString &id, const QString &xml, QString *error)
{
    auto parsed = MicroblogCodec::parseXml(xml, service, node, id);
    if (!parsed.post)
        *error = QStringLiteral("entry %1: %2").arg(id, parsed.error);
    return parsed.post;
}

ChatMessage message(int n, const QString &body, bool outgoing)
{
    ChatMessage m;
    m.chatJid = kAlice;
    m.sender = outgoing ? kMe : kAlice;
    m.outgoing = outgoing;
    m.stamp = QDateTime(QDate(2026, 11, 28), QTime(9, 0), Qt::UTC).addSecs(n * 60);
    m.messageId = QStringLiteral("m%1").arg(n);
    m.originId = m.messageId;
    m.stanzaId = QStringLiteral("s%1").arg(n);
    m.state = outgoing ? ChatMessage::State::Displayed : ChatMessage::State::Received;
    m.setBody(body);
    return m;
}

template<typename T>
bool ok(const QFuture<T> &future, const QString &what, QString *error)
{
    if (!waitFor(future)) {
        *error = what + QStringLiteral(": timed out");
        return false;
    }
    if (!future.result().ok()) {
        *error = what + QStringLiteral(": ") + future.result().error;
        return false;
    }
    return true;
}
} // namespace

qint64 seed(Database &db, QString *error)
{
    AccountRecord record;
    record.settings.jid = kMe;
    auto saved = AccountStore(&db).save(record);
    if (!ok(saved, QStringLiteral("account"), error))
        return 0;
    const qint64 account = saved.result().value;

    RosterEntry alice{kAlice, QStringLiteral("Alice Martin"), RosterEntry::Subscription::Both, false, {QStringLiteral("Climbing")}};
    RosterEntry bob{QStringLiteral("bob@example.org"), {}, RosterEntry::Subscription::Both, false, {}};
    RosterEntry asking{QStringLiteral("dave@example.org"), QStringLiteral("Dave"), RosterEntry::Subscription::None, true, {}};
    if (!ok(RosterStore(&db).replace(account, {QStringLiteral("1"), {alice, bob, asking}}), QStringLiteral("roster"), error))
        return 0;
    ProfileCard card = ProfileCard::fromVCard4Xml(QStringLiteral(
        "<vcard xmlns='urn:ietf:params:xml:ns:vcard-4.0'><fn><text>Alice Martin</text></fn><note><text>Baker &amp; climber</text></note>"
        "<url><uri>https://alice.example.org</uri></url><adr><locality>Lyon</locality><country>France</country></adr></vcard>"));
    if (!ok(ProfileStore(&db).save(account, kAlice, card), QStringLiteral("profile"), error))
        return 0;
    if (!ok(FollowStore(&db).replace(account, {{kAlice, kBlog, QStringLiteral("Alice"), true},
                                               {QStringLiteral("bob@example.org"), kBlog, {}, false},
                                               {kCommunityService, kCommunityNode, QStringLiteral("Bouldering"), false}}),
            QStringLiteral("follows"), error))
        return 0;

    // Posts: a full Movim post, a long title, a shared post, comments, likes.
    QList<Post> posts;
    const QString comments = QStringLiteral("urn:xmpp:microblog:0:comments/alps-trip");
    const QList<std::tuple<QString, QString, QString>> entries = {
        {kAlice, QStringLiteral("alps-trip"),
         entry(QStringLiteral("alps-trip"), QStringLiteral("First trip to the Alps with the club"), kAlice,
               QStringLiteral("We made it to the **top**! #climbing"),
               QStringLiteral("<link rel='replies' title='comments' href='xmpp:comments.example.org?;node=%1'/>"
                              "<link rel='related' href='https://alps.example.com/route' type='text/html' title='The route' "
                              "description='Three days, two huts'/>"
                              "<link rel='enclosure' href='https://127.0.0.1:1/summit.jpg' type='image/jpeg'/>"
                              "<category term='climbing'/>").arg(comments),
               QStringLiteral("2026-11-27T09:30:00Z"))},
        {kAlice, QStringLiteral("long"),
         entry(QStringLiteral("long"), QString(QStringLiteral("A title that goes on and on ")).repeated(12), kAlice,
               QString(QStringLiteral("Words upon words, a long body that wraps. ")).repeated(40), {}, QStringLiteral("2026-11-26T09:30:00Z"))},
        {QStringLiteral("bob@example.org"), QStringLiteral("share"),
         entry(QStringLiteral("share"), QStringLiteral("Look at this"), QStringLiteral("bob@example.org"), QString(),
               QStringLiteral("<thr:in-reply-to href='%1'/>").arg(kPost.toHtmlEscaped()), QStringLiteral("2026-11-28T08:00:00Z"))},
    };
    for (const auto &[service, id, xml] : entries) {
        auto p = post(service, kBlog, id, xml, error);
        if (!p)
            return 0;
        posts << *p;
    }
    // A followed community, described, with a post.
    {
        Community c;
        c.service = kCommunityService;
        c.node = kCommunityNode;
        c.title = QStringLiteral("Bouldering <b>Lyon</b>");
        c.description = QStringLiteral("Crags & gyms");
        c.accessModel = QStringLiteral("open");
        c.publishModel = QStringLiteral("publishers");
        c.affiliation = QStringLiteral("owner"); // the reader runs it: its settings show
        if (!ok(CommunityStore(&db).save(account, c), QStringLiteral("community"), error))
            return 0;
        auto p = post(kCommunityService, kCommunityNode, QStringLiteral("crag-report"),
                      entry(QStringLiteral("crag-report"), QStringLiteral("Crag report from the gorge"), kAlice, QStringLiteral("Dry rock."), {},
                            QStringLiteral("2026-11-25T09:30:00Z")),
                      error);
        if (!p)
            return 0;
        posts << *p;
    }
    for (int n = 0; n < 3; ++n) {
        const bool like = n == 2;
        auto c = post(QStringLiteral("comments.example.org"), comments, QStringLiteral("c%1").arg(n),
                      entry(QStringLiteral("c%1").arg(n), like ? QStringLiteral("♥") : QStringLiteral("What a view! %1").arg(n),
                            n == 1 ? kMe : QStringLiteral("bob@example.org"), like ? QString() : QStringLiteral("Comment %1").arg(n), {},
                            QStringLiteral("2026-11-27T1%1:00:00Z").arg(n)),
                      error);
        if (!c)
            return 0;
        posts << *c;
    }
    if (!ok(PostStore(&db).ingest(account, posts), QStringLiteral("posts"), error))
        return 0;

    // The chat with Alice: every kind of message.
    QList<ChatMessage> chat;
    chat << message(1, QStringLiteral("Hello *Sam*, `code`, _emphasis_ and https://example.org"), false);
    chat << message(2, QStringLiteral("> a quote\nAnd an answer"), true);
    ChatMessage edited = message(3, QStringLiteral("See you at 9 (edited)"), false);
    edited.edited = true;
    ChatMessage deleted = message(4, QString(), false);
    deleted.retracted = true;
    ChatMessage reply = message(5, QStringLiteral("Yes, at the crag"), true);
    reply.replyTo = QStringLiteral("s1");
    reply.replyQuote = QStringLiteral("> Hello *Sam*");
    ChatMessage picture = message(6, QStringLiteral("https://127.0.0.1:1/topo.png"), false);
    picture.attachmentUrl = picture.body;
    picture.attachmentType = QStringLiteral("image/png");
    ChatMessage shared = message(7, QStringLiteral("First trip to the Alps with the club"), false);
    shared.attachmentUrl = kPost;
    shared.attachmentType = QString::fromLatin1(ChatMessage::kSharedPostType);
    ChatMessage failed = message(8, QStringLiteral("This one could not be sent"), true);
    failed.state = ChatMessage::State::Failed;
    failed.stanzaId.clear();
    ChatMessage pending = message(9, QStringLiteral("On its way"), true);
    pending.state = ChatMessage::State::Pending;
    pending.stanzaId.clear();
    chat << edited << deleted << reply << picture << shared << failed << pending;

    // The room: a subject, a bookmark, messages with a mention.
    QList<ChatMessage> room;
    for (int n = 0; n < 3; ++n) {
        ChatMessage m = message(20 + n, n == 1 ? QStringLiteral("reader: bring the rope?") : QStringLiteral("Room line %1").arg(n), false);
        m.chatJid = kRoom;
        m.sender = n == 2 ? QStringLiteral("reader") : QStringLiteral("carol");
        m.outgoing = n == 2;
        room << m;
    }
    RoomStore rooms(&db);
    if (!ok(rooms.saveRoom(account, {kRoom, QStringLiteral("Climbing"), QStringLiteral("reader"), QStringLiteral("Sunday plans"), {}}),
            QStringLiteral("room"), error))
        return 0;
    Bookmark bookmark;
    bookmark.jid = kRoom;
    bookmark.name = QStringLiteral("Climbing");
    bookmark.nick = QStringLiteral("reader");
    bookmark.autojoin = true;
    if (!ok(rooms.saveBookmark(account, bookmark), QStringLiteral("bookmark"), error))
        return 0;
    MessageStore messages(&db);
    if (!ok(messages.ingest(account, chat + room), QStringLiteral("messages"), error))
        return 0;
    ChatMessage reaction;
    reaction.chatJid = kAlice;
    reaction.sender = kAlice;
    reaction.stamp = QDateTime(QDate(2026, 11, 28), QTime(10, 0), Qt::UTC);
    reaction.messageId = QStringLiteral("r1");
    reaction.reactsTo = QStringLiteral("s2");
    reaction.reactionSet = {QStringLiteral("👍")};
    if (!ok(messages.amend(account, {reaction}), QStringLiteral("reaction"), error))
        return 0;
    return account;
}

} // namespace Hearth::Test::Seeded
