#include "DemoData.h"

namespace Hearth::Demo {

const QList<Person> &people()
{
    using R = Person::Role;
    static const QList<Person> list = {
        {QStringLiteral("demo"), QStringLiteral("Sam Rivers"), {}, R::DemoUser, {}, {}},
        {QStringLiteral("alice"), QStringLiteral("Alice Martin"), QStringLiteral("Friends"), R::Contact, QStringLiteral("online"), QStringLiteral("Baking bread today")},
        {QStringLiteral("bob"), QStringLiteral("Bob Okafor"), QStringLiteral("Friends"), R::Contact, QStringLiteral("away"), QStringLiteral("Back in 10 minutes")},
        {QStringLiteral("carol"), QStringLiteral("Carol Nguyen"), QStringLiteral("Work"), R::Contact, QStringLiteral("dnd"), QStringLiteral("Focus time")},
        {QStringLiteral("dave"), QStringLiteral("Dave Kowalski"), QStringLiteral("Work"), R::Contact, QStringLiteral("online"), {}},
        {QStringLiteral("erin"), QStringLiteral("Erin Solberg"), QStringLiteral("Family"), R::Contact, QStringLiteral("chat"), QStringLiteral("Up for a chat!")},
        {QStringLiteral("farid"), QStringLiteral("Farid Haddad"), QStringLiteral("Friends"), R::Contact, QStringLiteral("xa"), QStringLiteral("On holiday until Monday")},
        {QStringLiteral("grace"), QStringLiteral("Grace Liu"), QStringLiteral("Work"), R::Contact, QStringLiteral("online"), QStringLiteral("Reviewing the roadmap")},
        {QStringLiteral("hugo"), QStringLiteral("Hugo Lefèvre"), QStringLiteral("Friends"), R::Contact, {}, {}},
        {QStringLiteral("ines"), QStringLiteral("Inês Carvalho"), QStringLiteral("Climbing club"), R::Contact, QStringLiteral("away"), {}},
        {QStringLiteral("jonas"), QStringLiteral("Jonas Becker"), QStringLiteral("Work"), R::Contact, {}, {}},
        {QStringLiteral("kemi"), QStringLiteral("Kemi Adeyemi"), QStringLiteral("Friends"), R::Contact, QStringLiteral("online"), QStringLiteral("Reading a good book")},
        {QStringLiteral("lars"), QStringLiteral("Lars Eriksson"), QStringLiteral("Climbing club"), R::Contact, {}, {}},
        {QStringLiteral("mei"), QStringLiteral("Mei Tanaka"), QStringLiteral("Family"), R::Contact, QStringLiteral("online"), {}},
        {QStringLiteral("nadia"), QStringLiteral("Nadia Popescu"), QStringLiteral("Work"), R::Contact, {}, {}},
        {QStringLiteral("omar"), QStringLiteral("Omar Farouk"), QStringLiteral("Friends"), R::Contact, {}, {}},
        {QStringLiteral("priya"), QStringLiteral("Priya Raman"), QStringLiteral("Work"), R::Contact, QStringLiteral("dnd"), QStringLiteral("In a meeting")},
        {QStringLiteral("quentin"), QStringLiteral("Quentin Moreau"), QStringLiteral("Climbing club"), R::Contact, {}, {}},
        {QStringLiteral("rosa"), QStringLiteral("Rosa Jiménez"), QStringLiteral("Family"), R::Contact, {}, {}},
        {QStringLiteral("sven"), QStringLiteral("Sven Lindqvist"), QStringLiteral("Friends"), R::Contact, {}, {}},
        {QStringLiteral("tara"), QStringLiteral("Tara O'Brien"), QStringLiteral("Friends"), R::Contact, QStringLiteral("online"), {}},
        {QStringLiteral("umar"), QStringLiteral("Umar Siddiqui"), QStringLiteral("Work"), R::Contact, {}, {}},
        {QStringLiteral("vera"), QStringLiteral("Vera Novak"), QStringLiteral("Climbing club"), R::Contact, {}, {}},
        {QStringLiteral("wen"), QStringLiteral("Wen Zhao"), QStringLiteral("Friends"), R::Contact, {}, {}},
        {QStringLiteral("ximena"), QStringLiteral("Ximena Rojas"), QStringLiteral("Work"), R::Contact, {}, {}},
        {QStringLiteral("yusuf"), QStringLiteral("Yusuf Demir"), QStringLiteral("Friends"), R::Contact, QStringLiteral("away"), QStringLiteral("Lunch")},
        {QStringLiteral("zanele"), QStringLiteral("Zanele Dlamini"), QStringLiteral("Family"), R::Contact, {}, {}},
        {QStringLiteral("anouk"), QStringLiteral("Anouk de Vries"), {}, R::Contact, {}, {}},
        {QStringLiteral("bruno"), QStringLiteral("Bruno Costa"), {}, R::Contact, {}, {}},
        {QStringLiteral("chloe"), QStringLiteral("Chloé Girard"), QStringLiteral("Friends"), R::Contact, {}, {}},
        {QStringLiteral("dmitri"), QStringLiteral("Dmitri Volkov"), QStringLiteral("Work"), R::Contact, {}, {}},
        {QStringLiteral("elif"), QStringLiteral("Elif Yılmaz"), {}, R::Requester, {}, QStringLiteral("Hi Sam, we met at the XMPP meetup!")},
        {QStringLiteral("felix"), QStringLiteral("Felix Wagner"), {}, R::Requester, {}, {}},
        {QStringLiteral("spammer"), QStringLiteral("Cheap Watches"), {}, R::Blocked, {}, {}},
    };
    return list;
}

QString password()
{
    return QStringLiteral("hearth-demo");
}

} // namespace Hearth::Demo
