// Avatars between real accounts: XEP-0084 publish (data then metadata),
// a contact fetches and caches it by hash, updates arrive live, and the
// XEP-0153 hash goes out in presence.
#include "Account.h"
#include "profile/AvatarService.h"
#include "roster/ContactActions.h"
#include "roster/PresenceTracker.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QTest>
#include <QXmppClient.h>

using namespace Qt::StringLiterals;
using namespace Hearth;
using Test::result;

namespace {
QByteArray png(QColor colour)
{
    QImage image(64, 64, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

} // namespace

class TestAvatars : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void publishFetchAndUpdateLive()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QTRY_COMPARE(bob.contacts.entry(alice.user.jid).subscription, RosterEntry::Subscription::Both);

        QSignalSpy bobSees(bob.account.avatars(), &AvatarService::avatarChanged);
        const QByteArray first = png(Qt::red);
        QCOMPARE(result(alice.account.avatars()->publishOwn(first, 64, 64)), QString());
        const QString firstHash = AvatarCache::sha1(first);
        QTRY_VERIFY_WITH_TIMEOUT(!bobSees.isEmpty() && bobSees.last().at(1).toString() == firstHash, 10000);
        QCOMPARE(bobSees.last().at(0).toString(), alice.user.jid);
        QFile cached(bob.account.avatars()->cache().path(firstHash));
        QVERIFY(cached.open(QIODevice::ReadOnly));
        QCOMPARE(cached.readAll(), first);

        // A new picture replaces it live.
        const QByteArray second = png(Qt::blue);
        QCOMPARE(result(alice.account.avatars()->publishOwn(second, 64, 64)), QString());
        QTRY_VERIFY_WITH_TIMEOUT(bobSees.last().at(1).toString() == AvatarCache::sha1(second), 10000);
        QVERIFY(bob.account.avatars()->cache().contains(AvatarCache::sha1(second)));

        // A fresh session asks for the current one.
        Test::TestSession carol;
        QVERIFY(carol.login(server, server.createUser(u"carol"_s)));
        QVERIFY(Test::befriend(carol, alice));
        QSignalSpy carolSees(carol.account.avatars(), &AvatarService::avatarChanged);
        carol.account.avatars()->refresh(alice.user.jid);
        QTRY_VERIFY_WITH_TIMEOUT(!carolSees.isEmpty() && carolSees.last().at(1).toString() == AvatarCache::sha1(second), 10000);

        // XEP-0153: the hash in presence for older clients.
        QSignalSpy presences(bob.account.client(), &QXmppClient::presenceReceived);
        alice.account.presence()->setOwnPhotoHash(AvatarCache::sha1(second));
        QTRY_VERIFY_WITH_TIMEOUT(!presences.isEmpty(), 10000);
        const auto presence = presences.last().first().value<QXmppPresence>();
        QCOMPARE(QString::fromLatin1(presence.photoHash().toHex()), AvatarCache::sha1(second));
    }

    void refusesWhatIsNotAPicture()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Test::TestSession alice;
        QVERIFY(alice.login(server, server.createUser(u"alice"_s)));
        QVERIFY(!result(alice.account.avatars()->publishOwn(QByteArray("GIF89a not allowed"), 1, 1)).isEmpty());
    }
};

QTEST_MAIN(TestAvatars)
#include "tst_avatars.moc"
