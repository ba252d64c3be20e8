#pragma once

#include <QMetaType>
#include <QString>

class QDomElement;
class QXmppVCardIq;

namespace Hearth {

// A person's profile as Movim shows it (MOVIM-WIRE §1.7): the vCard4
// fields (XEP-0292) plus the XEP-0172 nickname. The original vCard4 XML is
// kept so that an edit preserves elements other clients wrote.
struct ProfileCard
{
    enum class Source { None, VCard4, VCardTemp };

    QString fullName;
    QString nickname;    // vCard's own nickname
    QString pepNickname; // XEP-0172, what the person calls themselves now
    QString pronouns;
    QString note;        // "about"
    QString url;
    QString email;
    QString birthday;    // ISO date as written (YYYY-MM-DD or --MM-DD)
    QString locality;
    QString country;
    QString vcardXml;    // the vCard4 <vcard/> as received or last published
    Source source = Source::None;

    [[nodiscard]] bool isEmpty() const;
    // The best name this card offers: XEP-0172 nickname, vCard nickname, full name.
    [[nodiscard]] QString preferredName() const;

    // Reads what it can; malformed or unknown parts are skipped, never fatal.
    [[nodiscard]] static ProfileCard fromVCard4(const QDomElement &vcard);
    [[nodiscard]] static ProfileCard fromVCard4Xml(const QString &xml);
    [[nodiscard]] static ProfileCard fromVCardTemp(const QXmppVCardIq &vcard);
    // The <vcard/> to publish: the kept XML with the known fields replaced.
    [[nodiscard]] QString toVCard4Xml() const;

    friend bool operator==(const ProfileCard &, const ProfileCard &) = default;
};

} // namespace Hearth

Q_DECLARE_METATYPE(Hearth::ProfileCard)
