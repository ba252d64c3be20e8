// Profiles between real accounts: vCard4 published by one and read by a
// contact, live updates through +notify, unknown elements surviving an
// edit, the XEP-0172 nickname, and a stranger kept out.
#include "Account.h"
#include "db/Database.h"
#include "profile/ProfileService.h"
#include "roster/ContactActions.h"
#include "roster/ContactList.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hearth;
using Test::result;

namespace {
using Person = Test::TestSession;

} // namespace

class TestProfiles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void publishReadAndFollowLive()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Person alice, bob;
        QVERIFY(Test::loginFriends(server, alice, bob));

        // Alice's card with a field Hearth does not edit (as Movim writes tel).
        ProfileCard card = ProfileCard::fromVCard4Xml(
            u"<vcard xmlns='urn:ietf:params:xml:ns:vcard-4.0'><tel><uri>tel:+33-1-23</uri></tel></vcard>"_s);
        card.fullName = u"Alice Martin"_s;
        card.nickname = u"Ali"_s;
        card.pronouns = u"she/her"_s;
        card.note = u"Baker & climber"_s;
        card.url = u"https://alice.example.org"_s;
        card.email = u"alice@example.org"_s;
        card.birthday = u"1990-04-12"_s;
        card.locality = u"Lyon"_s;
        card.country = u"France"_s;
        QSignalSpy vcardPushes(bob.account.profiles(), &ProfileService::vcardPushed);
        QSignalSpy nickPushes(bob.account.profiles(), &ProfileService::nicknamePushed);
        QCOMPARE(result(alice.account.profiles()->publishOwn(card)), QString());

        // Bob reads it.
        const ProfileCard read = result(bob.account.profiles()->fetch(alice.user.jid));
        QCOMPARE(read.source, ProfileCard::Source::VCard4);
        QCOMPARE(read.fullName, u"Alice Martin"_s);
        QCOMPARE(read.nickname, u"Ali"_s);
        QCOMPARE(read.pepNickname, u"Ali"_s);
        QCOMPARE(read.pronouns, u"she/her"_s);
        QCOMPARE(read.note, u"Baker & climber"_s);
        QCOMPARE(read.url, u"https://alice.example.org"_s);
        QCOMPARE(read.email, u"alice@example.org"_s);
        QCOMPARE(read.birthday, u"1990-04-12"_s);
        QCOMPARE(read.locality, u"Lyon"_s);
        QCOMPARE(read.country, u"France"_s);
        QVERIFY(read.vcardXml.contains(u"tel:+33-1-23"_s)); // kept through the edit

        // …and sees it live (+notify in Hearth's caps).
        QTRY_VERIFY_WITH_TIMEOUT(!vcardPushes.isEmpty(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!nickPushes.isEmpty(), 10000);
        QCOMPARE(vcardPushes.last().at(0).toString(), alice.user.jid);
        QCOMPARE(vcardPushes.last().at(1).value<ProfileCard>().fullName, u"Alice Martin"_s);
        QCOMPARE(nickPushes.last().at(1).toString(), u"Ali"_s);

        // A change is pushed too.
        card = read;
        card.fullName = u"Alice M."_s;
        card.nickname = u"Al"_s;
        const int before = int(vcardPushes.size());
        QCOMPARE(result(alice.account.profiles()->publishOwn(card)), QString());
        QTRY_VERIFY_WITH_TIMEOUT(vcardPushes.size() > before, 10000);
        QCOMPARE(vcardPushes.last().at(1).value<ProfileCard>().fullName, u"Alice M."_s);
        QTRY_COMPARE_WITH_TIMEOUT(nickPushes.last().at(1).toString(), u"Al"_s, 10000);

        // Her own profile reads back the same.
        QCOMPARE(result(alice.account.profiles()->fetch(alice.user.jid)).fullName, u"Alice M."_s);
    }

    void strangersCannotRead()
    {
        Test::ProsodyServer server;
        HEARTH_START_SERVER(server);
        Person alice, bob, mallory;
        QVERIFY(Test::loginFriends(server, alice, bob));
        QVERIFY(mallory.login(server, server.createUser(u"mallory"_s)));
        ProfileCard card;
        card.fullName = u"Alice Private"_s;
        QCOMPARE(result(alice.account.profiles()->publishOwn(card)), QString());
        // Her contact reads it (so the stranger's empty answer below is the
        // node's access model at work, not a read that never happens)…
        const ProfileCard contactRead = result(bob.account.profiles()->fetch(alice.user.jid));
        QCOMPARE(contactRead.source, ProfileCard::Source::VCard4);
        QCOMPARE(contactRead.fullName, u"Alice Private"_s);
        // …and a stranger gets an answer without it.
        const ProfileCard read = result(mallory.account.profiles()->fetch(alice.user.jid));
        QVERIFY2(read.source != ProfileCard::Source::VCard4, "the vCard4 node is for contacts only");
        QVERIFY(read.fullName != u"Alice Private"_s);
    }
};

QTEST_GUILESS_MAIN(TestProfiles)
#include "tst_profiles.moc"
