#include "ProfileCard.h"

#include <QDomDocument>
#include <QXmppVCardIq.h>

namespace Hearth {

namespace {
const QString kVCard4Ns = QStringLiteral("urn:ietf:params:xml:ns:vcard-4.0");
constexpr int kMaxField = 4096; // a profile field longer than this is cut

QString valueOf(const QDomElement &parent, const QString &property, const QString &valueType)
{
    const QDomElement prop = parent.firstChildElement(property);
    if (prop.isNull())
        return {};
    const QDomElement value = prop.firstChildElement(valueType);
    return (value.isNull() ? prop.text() : value.text()).trimmed().left(kMaxField);
}

// Replaces <property><type>value</type></property>, or removes it when empty.
void setValue(QDomDocument &doc, QDomElement &vcard, const QString &property, const QString &valueType, const QString &value)
{
    QDomElement existing = vcard.firstChildElement(property);
    while (!existing.isNull()) {
        QDomElement next = existing.nextSiblingElement(property);
        vcard.removeChild(existing);
        existing = next;
    }
    if (value.trimmed().isEmpty())
        return;
    QDomElement prop = doc.createElementNS(kVCard4Ns, property);
    QDomElement typed = doc.createElementNS(kVCard4Ns, valueType);
    typed.appendChild(doc.createTextNode(value.trimmed()));
    prop.appendChild(typed);
    vcard.appendChild(prop);
}
} // namespace

bool ProfileCard::isEmpty() const
{
    return fullName.isEmpty() && nickname.isEmpty() && pepNickname.isEmpty() && pronouns.isEmpty() && note.isEmpty()
        && url.isEmpty() && email.isEmpty() && birthday.isEmpty() && locality.isEmpty() && country.isEmpty();
}

QString ProfileCard::preferredName() const
{
    if (!pepNickname.isEmpty())
        return pepNickname;
    if (!nickname.isEmpty())
        return nickname;
    return fullName;
}

ProfileCard ProfileCard::fromVCard4(const QDomElement &vcard)
{
    ProfileCard card;
    if (vcard.isNull())
        return card;
    card.source = Source::VCard4;
    card.fullName = valueOf(vcard, QStringLiteral("fn"), QStringLiteral("text"));
    card.nickname = valueOf(vcard, QStringLiteral("nickname"), QStringLiteral("text"));
    card.pronouns = valueOf(vcard, QStringLiteral("pronouns"), QStringLiteral("text"));
    card.note = valueOf(vcard, QStringLiteral("note"), QStringLiteral("text"));
    card.url = valueOf(vcard, QStringLiteral("url"), QStringLiteral("uri"));
    card.email = valueOf(vcard, QStringLiteral("email"), QStringLiteral("text"));
    card.birthday = valueOf(vcard, QStringLiteral("bday"), QStringLiteral("date"));
    const QDomElement adr = vcard.firstChildElement(QStringLiteral("adr"));
    card.locality = adr.firstChildElement(QStringLiteral("locality")).text().trimmed().left(kMaxField);
    card.country = adr.firstChildElement(QStringLiteral("country")).text().trimmed().left(kMaxField);
    QString xml;
    QTextStream stream(&xml);
    vcard.save(stream, -1);
    card.vcardXml = xml;
    return card;
}

ProfileCard ProfileCard::fromVCard4Xml(const QString &xml)
{
    QDomDocument doc;
    if (xml.isEmpty() || !doc.setContent(xml, true))
        return {};
    return fromVCard4(doc.documentElement());
}

ProfileCard ProfileCard::fromVCardTemp(const QXmppVCardIq &vcard)
{
    ProfileCard card;
    card.source = Source::VCardTemp;
    card.fullName = vcard.fullName().trimmed().left(kMaxField);
    card.nickname = vcard.nickName().trimmed().left(kMaxField);
    card.note = vcard.description().trimmed().left(kMaxField);
    card.url = vcard.url().trimmed().left(kMaxField);
    card.email = vcard.email().trimmed().left(kMaxField);
    if (vcard.birthday().isValid())
        card.birthday = vcard.birthday().toString(Qt::ISODate);
    if (!vcard.addresses().isEmpty()) {
        card.locality = vcard.addresses().constFirst().locality().trimmed().left(kMaxField);
        card.country = vcard.addresses().constFirst().country().trimmed().left(kMaxField);
    }
    return card;
}

QString ProfileCard::toVCard4Xml() const
{
    QDomDocument doc;
    QDomElement vcard;
    if (!vcardXml.isEmpty() && doc.setContent(vcardXml, true) && doc.documentElement().localName() == QLatin1String("vcard"))
        vcard = doc.documentElement();
    else {
        doc = QDomDocument();
        vcard = doc.createElementNS(kVCard4Ns, QStringLiteral("vcard"));
        doc.appendChild(vcard);
    }
    setValue(doc, vcard, QStringLiteral("fn"), QStringLiteral("text"), fullName);
    setValue(doc, vcard, QStringLiteral("nickname"), QStringLiteral("text"), nickname);
    setValue(doc, vcard, QStringLiteral("pronouns"), QStringLiteral("text"), pronouns);
    setValue(doc, vcard, QStringLiteral("note"), QStringLiteral("text"), note);
    setValue(doc, vcard, QStringLiteral("url"), QStringLiteral("uri"), url);
    setValue(doc, vcard, QStringLiteral("email"), QStringLiteral("text"), email);
    setValue(doc, vcard, QStringLiteral("bday"), QStringLiteral("date"), birthday);
    // adr keeps its other parts (street, code…), only locality and country change.
    QDomElement adr = vcard.firstChildElement(QStringLiteral("adr"));
    if (adr.isNull() && (!locality.isEmpty() || !country.isEmpty())) {
        adr = doc.createElementNS(kVCard4Ns, QStringLiteral("adr"));
        vcard.appendChild(adr);
    }
    if (!adr.isNull()) {
        for (const auto &[name, value] : {std::pair{QStringLiteral("locality"), locality}, std::pair{QStringLiteral("country"), country}}) {
            QDomElement old = adr.firstChildElement(name);
            if (!old.isNull())
                adr.removeChild(old);
            if (!value.trimmed().isEmpty()) {
                QDomElement part = doc.createElementNS(kVCard4Ns, name);
                part.appendChild(doc.createTextNode(value.trimmed()));
                adr.appendChild(part);
            }
        }
        if (!adr.hasChildNodes())
            vcard.removeChild(adr);
    }
    QString xml;
    QTextStream stream(&xml);
    vcard.save(stream, -1);
    return xml;
}

} // namespace Hearth
