#pragma once

#include <QList>
#include <QString>

namespace Hearth::Demo {

// Who lives on the demo server. The demo user is first; contacts are in the
// demo user's roster with mutual subscriptions; requesters have asked to be
// added; the blocked account is on the demo user's block list.
struct Person
{
    enum class Role { DemoUser, Contact, Requester, Blocked };
    QString user;
    QString fullName;
    QString group;       // the demo user's roster group for contacts
    Role role = Role::Contact;
    // Presence while the demo runs: "" stays offline, else online/away/xa/dnd/chat.
    QString show;
    QString status;
    // Profile (vCard4) details; empty fields are left out.
    QString pronouns;
    QString note;
    QString locality;
    QString country;
    QString url;
};

[[nodiscard]] const QList<Person> &people();
[[nodiscard]] QString password();

} // namespace Hearth::Demo
