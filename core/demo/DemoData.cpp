#include "DemoData.h"

namespace Hearth::Demo {

const QList<Person> &people()
{
    using R = Person::Role;
    static const QList<Person> list = {
        {QStringLiteral("demo"), QStringLiteral("Sam Rivers"), {}, R::DemoUser, {}, {}, QStringLiteral("they/them"), QStringLiteral("Trying out Hearth, a social network on XMPP."), QStringLiteral("Brussels"), QStringLiteral("Belgium"), {}},
        {QStringLiteral("alice"), QStringLiteral("Alice Martin"), QStringLiteral("Friends"), R::Contact, QStringLiteral("online"), QStringLiteral("Baking bread today"), QStringLiteral("she/her"), QStringLiteral("Baker by day, climber by weekend. Sourdough questions welcome."), QStringLiteral("Lyon"), QStringLiteral("France"), QStringLiteral("https://alice.example.org")},
        {QStringLiteral("bob"), QStringLiteral("Bob Okafor"), QStringLiteral("Friends"), R::Contact, QStringLiteral("away"), QStringLiteral("Back in 10 minutes"), QStringLiteral("he/him"), QStringLiteral("Cyclist and amateur astronomer."), QStringLiteral("Lagos"), QStringLiteral("Nigeria"), {}},
        {QStringLiteral("carol"), QStringLiteral("Carol Nguyen"), QStringLiteral("Work"), R::Contact, QStringLiteral("dnd"), QStringLiteral("Focus time"), QStringLiteral("she/her"), QStringLiteral("Product designer. I draw little robots in the margins."), QStringLiteral("Hanoi"), QStringLiteral("Vietnam"), {}},
        {QStringLiteral("dave"), QStringLiteral("Dave Kowalski"), QStringLiteral("Work"), R::Contact, QStringLiteral("online"), {}, QStringLiteral("he/him"), QStringLiteral("Backend engineer, board-game collector."), QStringLiteral("Kraków"), QStringLiteral("Poland"), {}},
        {QStringLiteral("erin"), QStringLiteral("Erin Solberg"), QStringLiteral("Family"), R::Contact, QStringLiteral("chat"), QStringLiteral("Up for a chat!"), QStringLiteral("they/them"), QStringLiteral("Photographer. Mostly fjords."), QStringLiteral("Bergen"), QStringLiteral("Norway"), QStringLiteral("https://erin.example.net")},
        {QStringLiteral("farid"), QStringLiteral("Farid Haddad"), QStringLiteral("Friends"), R::Contact, QStringLiteral("xa"), QStringLiteral("On holiday until Monday")},
        {QStringLiteral("grace"), QStringLiteral("Grace Liu"), QStringLiteral("Work"), R::Contact, QStringLiteral("online"), QStringLiteral("Reviewing the roadmap"), QStringLiteral("she/her"), QStringLiteral("Running the roadmap. Tea over coffee."), QStringLiteral("Toronto"), QStringLiteral("Canada"), {}},
        {QStringLiteral("hugo"), QStringLiteral("Hugo Lefèvre"), QStringLiteral("Friends"), R::Contact, {}, {}},
        {QStringLiteral("ines"), QStringLiteral("Inês Carvalho"), QStringLiteral("Climbing club"), R::Contact, QStringLiteral("away"), {}},
        {QStringLiteral("jonas"), QStringLiteral("Jonas Becker"), QStringLiteral("Work"), R::Contact, {}, {}},
        {QStringLiteral("kemi"), QStringLiteral("Kemi Adeyemi"), QStringLiteral("Friends"), R::Contact, QStringLiteral("online"), QStringLiteral("Reading a good book"), QStringLiteral("she/her"), QStringLiteral("Reading 52 books this year."), QStringLiteral("Ibadan"), QStringLiteral("Nigeria"), {}},
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
