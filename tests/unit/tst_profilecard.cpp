// ProfileCard: vCard4 as Movim writes it, vcard-temp, malformed input, and
// edits that keep the elements Hearth does not know.
#include "profile/ProfileCard.h"

#include <QDomDocument>
#include <QTest>
#include <QXmppVCardIq.h>

using namespace Qt::StringLiterals;
using Hearth::ProfileCard;

namespace {
// The shape of Movim's vCard4 (MOVIM-WIRE §1.7), with fields Hearth does not edit.
const QString kMovimVCard = uR"(<vcard xmlns='urn:ietf:params:xml:ns:vcard-4.0'>
  <fn><text>Alice Martin</text></fn>
  <nickname><text>alice</text></nickname>
  <pronouns><text>she/her</text></pronouns>
  <bday><date>1990-04-12</date></bday>
  <url><uri>https://alice.example.org</uri></url>
  <note><text>Baker &amp; climber.</text></note>
  <email><text>alice@example.org</text></email>
  <adr><locality>Lyon</locality><code>69001</code><country>France</country></adr>
  <tel><uri>tel:+33-1-23-45-67-89</uri></tel>
  <impp><uri>xmpp:alice@example.org</uri></impp>
</vcard>)"_s;
} // namespace

class TestProfileCard : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void readsMovimVCard()
    {
        const auto card = ProfileCard::fromVCard4Xml(kMovimVCard);
        QCOMPARE(card.source, ProfileCard::Source::VCard4);
        QCOMPARE(card.fullName, u"Alice Martin"_s);
        QCOMPARE(card.nickname, u"alice"_s);
        QCOMPARE(card.pronouns, u"she/her"_s);
        QCOMPARE(card.birthday, u"1990-04-12"_s);
        QCOMPARE(card.url, u"https://alice.example.org"_s);
        QCOMPARE(card.note, u"Baker & climber."_s);
        QCOMPARE(card.email, u"alice@example.org"_s);
        QCOMPARE(card.locality, u"Lyon"_s);
        QCOMPARE(card.country, u"France"_s);
        QCOMPARE(card.preferredName(), u"alice"_s);
    }

    void editKeepsUnknownElements()
    {
        auto card = ProfileCard::fromVCard4Xml(kMovimVCard);
        card.fullName = u"Alice M."_s;
        card.locality = u"Grenoble"_s;
        card.pronouns.clear();
        const QString xml = card.toVCard4Xml();
        const auto reread = ProfileCard::fromVCard4Xml(xml);
        QCOMPARE(reread.fullName, u"Alice M."_s);
        QCOMPARE(reread.locality, u"Grenoble"_s);
        QCOMPARE(reread.country, u"France"_s);
        QVERIFY(reread.pronouns.isEmpty());
        QVERIFY2(xml.contains(u"tel:+33-1-23-45-67-89"_s), qPrintable(xml)); // kept
        QVERIFY(xml.contains(u"xmpp:alice@example.org"_s));
        QVERIFY(xml.contains(u"69001"_s)); // the rest of the address too
        QCOMPARE(xml.count(u"<fn"_s), 1);
    }

    void newCardFromScratch()
    {
        ProfileCard card;
        card.fullName = u"Bob <Okafor>"_s;
        card.url = u"https://bob.example"_s;
        const QString xml = card.toVCard4Xml();
        QDomDocument doc;
        QVERIFY(doc.setContent(xml, true));
        QCOMPARE(doc.documentElement().namespaceURI(), u"urn:ietf:params:xml:ns:vcard-4.0"_s);
        QCOMPARE(ProfileCard::fromVCard4Xml(xml).fullName, u"Bob <Okafor>"_s);
    }

    void malformedInputKeepsWhatItCan()
    {
        QVERIFY(ProfileCard::fromVCard4Xml(u"<vcard xmlns='urn:ietf:params:xml:ns:vcard-4.0'><fn><text>Broken"_s).isEmpty());
        // Wrong nesting: text straight in the property is still read;
        // unknown structure is ignored.
        const auto card = ProfileCard::fromVCard4Xml(
            u"<vcard xmlns='urn:ietf:params:xml:ns:vcard-4.0'><fn>Plain Name</fn><note><weird><text>x</text></weird></note>"
            "<adr><country>NL</country></adr><bday><date>not a date</date></bday></vcard>"_s);
        QCOMPARE(card.fullName, u"Plain Name"_s);
        QCOMPARE(card.country, u"NL"_s);
        QCOMPARE(card.birthday, u"not a date"_s); // shown as written, never parsed into nonsense
        // Huge fields are cut.
        const auto huge = ProfileCard::fromVCard4Xml(
            u"<vcard xmlns='urn:ietf:params:xml:ns:vcard-4.0'><note><text>"_s + QString(100000, u'a') + u"</text></note></vcard>"_s);
        QCOMPARE(huge.note.size(), 4096);
    }

    void readsVCardTemp()
    {
        QXmppVCardIq vcard;
        vcard.setFullName(u"Carol Nguyen"_s);
        vcard.setNickName(u"caro"_s);
        vcard.setDescription(u"Hello"_s);
        vcard.setUrl(u"https://carol.example"_s);
        vcard.setEmail(u"carol@example.org"_s);
        vcard.setBirthday(QDate(1985, 2, 3));
        QXmppVCardAddress address;
        address.setLocality(u"Hanoi"_s);
        address.setCountry(u"Vietnam"_s);
        vcard.setAddresses({address});
        const auto card = ProfileCard::fromVCardTemp(vcard);
        QCOMPARE(card.source, ProfileCard::Source::VCardTemp);
        QCOMPARE(card.fullName, u"Carol Nguyen"_s);
        QCOMPARE(card.nickname, u"caro"_s);
        QCOMPARE(card.note, u"Hello"_s);
        QCOMPARE(card.birthday, u"1985-02-03"_s);
        QCOMPARE(card.locality, u"Hanoi"_s);
        QCOMPARE(card.country, u"Vietnam"_s);
    }
};

QTEST_GUILESS_MAIN(TestProfileCard)
#include "tst_profilecard.moc"
