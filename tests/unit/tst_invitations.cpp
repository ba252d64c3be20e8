// Invitations into rooms: from people the user knows they are shown; from
// strangers they wait behind one entry, capped, and nothing is duplicated.
#include "muc/InvitationInbox.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hearth;

class TestInvitations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void knownShownStrangersCappedNoDuplicates()
    {
        InvitationInbox inbox;
        using O = InvitationInbox::Outcome;
        QCOMPARE(inbox.add({u"a@muc.example"_s, u"friend@example.org"_s, {}, {}}, true), O::Shown);
        QCOMPARE(inbox.add({u"a@muc.example"_s, u"friend@example.org"_s, {}, {}}, true), O::Duplicate);
        for (int i = 0; i < InvitationInbox::kMaxStrangers; ++i)
            QCOMPARE(inbox.add({u"spam%1@muc.example"_s.arg(i), u"spammer@example.net"_s, u"buy"_s, {}}, false), O::FromStranger);
        QCOMPARE(inbox.add({u"more@muc.example"_s, u"spammer@example.net"_s, {}, {}}, false), O::Dropped);
        QCOMPARE(inbox.add({u"spam0@muc.example"_s, u"other@example.net"_s, {}, {}}, false), O::Duplicate);
        QCOMPARE(inbox.known().size(), 1);
        QCOMPARE(inbox.strangers().size(), InvitationInbox::kMaxStrangers);
        QCOMPARE(inbox.dropped(), 1);

        // Answered: gone, and room for another.
        inbox.remove(u"spam3@muc.example"_s);
        inbox.remove(u"a@muc.example"_s);
        QVERIFY(!inbox.find(u"spam3@muc.example"_s));
        QVERIFY(inbox.known().isEmpty());
        QCOMPARE(inbox.add({u"late@muc.example"_s, u"x@example.net"_s, {}, u"secret"_s}, false), O::FromStranger);
        QCOMPARE(inbox.find(u"late@muc.example"_s)->password, u"secret"_s);
    }
};

QTEST_GUILESS_MAIN(TestInvitations)
#include "tst_invitations.moc"
