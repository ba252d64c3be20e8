#include "RoomConfig.h"

namespace Hearth::RoomConfig {

namespace {
const QString kName = QStringLiteral("muc#roomconfig_roomname");
const QString kDescription = QStringLiteral("muc#roomconfig_roomdesc");
const QString kPublic = QStringLiteral("muc#roomconfig_publicroom");
const QString kMembersOnly = QStringLiteral("muc#roomconfig_membersonly");
const QString kPersistent = QStringLiteral("muc#roomconfig_persistentroom");
const QString kWhois = QStringLiteral("muc#roomconfig_whois");

bool isTrue(const QVariant &value)
{
    const QString text = value.toString();
    return value.toBool() || text == QLatin1String("1") || text == QLatin1String("true");
}
} // namespace

RoomSettings fromForm(const QXmppDataForm &form)
{
    RoomSettings s;
    for (const auto &field : form.fields()) {
        const QString key = field.key();
        if (key == kName)
            s.name = field.value().toString();
        else if (key == kDescription)
            s.description = field.value().toString();
        else if (key == kPublic)
            s.isPublic = isTrue(field.value());
        else if (key == kMembersOnly)
            s.membersOnly = isTrue(field.value());
        else if (key == kPersistent)
            s.persistent = isTrue(field.value());
        else if (key == kWhois)
            s.jidsVisible = field.value().toString() == QLatin1String("anyone");
    }
    return s;
}

QXmppDataForm submission(const QXmppDataForm &form, const RoomSettings &s)
{
    QXmppDataForm submit(QXmppDataForm::Submit);
    QList<QXmppDataForm::Field> fields;
    for (QXmppDataForm::Field field : form.fields()) {
        const QString key = field.key();
        if (key.isEmpty() || field.type() == QXmppDataForm::Field::FixedField)
            continue;
        field.setOptions({}); // a submission carries values only
        if (key == kName)
            field.setValue(s.name);
        else if (key == kDescription)
            field.setValue(s.description);
        else if (key == kPublic)
            field.setValue(s.isPublic);
        else if (key == kMembersOnly)
            field.setValue(s.membersOnly);
        else if (key == kPersistent)
            field.setValue(s.persistent);
        else if (key == kWhois)
            field.setValue(s.jidsVisible ? QStringLiteral("anyone") : QStringLiteral("moderators"));
        field.setLabel({});
        field.setDescription({});
        fields << field;
    }
    submit.setFields(fields);
    return submit;
}

} // namespace Hearth::RoomConfig
