#include "VCardTemp.h"

#include <QXmlStreamWriter>

namespace Hearth::VCardTemp {

QString fromProfile(const ProfileCard &card, const QByteArray &photo, const QString &photoType)
{
    QString xml;
    QXmlStreamWriter w(&xml);
    w.writeStartElement(QStringLiteral("vCard"));
    w.writeDefaultNamespace(QStringLiteral("vcard-temp"));
    auto text = [&w](const char *name, const QString &value) {
        if (!value.isEmpty())
            w.writeTextElement(QLatin1String(name), value);
    };
    text("FN", card.fullName);
    text("NICKNAME", card.nickname.isEmpty() ? card.pepNickname : card.nickname);
    text("URL", card.url);
    text("BDAY", card.birthday);
    text("DESC", card.note);
    if (!card.email.isEmpty()) {
        w.writeStartElement(QStringLiteral("EMAIL"));
        w.writeEmptyElement(QStringLiteral("INTERNET"));
        w.writeTextElement(QStringLiteral("USERID"), card.email);
        w.writeEndElement();
    }
    if (!card.locality.isEmpty() || !card.country.isEmpty()) {
        w.writeStartElement(QStringLiteral("ADR"));
        text("LOCALITY", card.locality);
        text("CTRY", card.country);
        w.writeEndElement();
    }
    if (!photo.isEmpty()) {
        w.writeStartElement(QStringLiteral("PHOTO"));
        text("TYPE", photoType);
        w.writeTextElement(QStringLiteral("BINVAL"), QString::fromLatin1(photo.toBase64()));
        w.writeEndElement();
    }
    w.writeEndElement();
    return xml;
}

} // namespace Hearth::VCardTemp
