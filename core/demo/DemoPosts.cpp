#include "DemoPosts.h"

#include <QHash>

namespace Hearth::Demo {

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}
} // namespace

const QList<DemoPost> &posts()
{
    static const QList<DemoPost> list = {
        {s("alice"), s("sourdough-starter-day-five"), s("Sourdough starter, day five"),
         s("It finally **doubled** overnight. The trick was a warmer spot on the shelf above the oven.\n\n"
           "Feeding ratio that worked for me: 1:1:1, twice a day. #baking #sourdough"),
         20 * 24},
        {s("bob"), s("saturn-through-the-new-telescope"), s("Saturn through the new telescope"),
         s("Clear skies last night. The rings were *sharp* at 150×, and I could just make out the Cassini division.\n\n"
           "Next target: Jupiter's moons. #astronomy"),
         18 * 24},
        {s("carol"), s("little-robots-sketchbook"), s("Little robots, sketchbook page 12"),
         s("A new batch of margin robots. This one waters plants, that one only complains about the weather. #drawing"),
         16 * 24},
        {s("demo"), s("hello-from-hearth"), s("Hello from Hearth"),
         s("Trying out a social network that nobody owns. Posts live on my own XMPP server, "
           "and anyone on Movim or Hearth can follow along. #hearth #xmpp"),
         14 * 24},
        {s("erin"), s("fjord-light-in-november"), s("Fjord light in November"),
         s("Four hours of daylight, and every one of them golden. Out with the 50 mm only this week. #photography"),
         12 * 24},
        {s("dave"), s("board-game-night"), s("Board game night this Friday?"), {}, 10 * 24},
        {s("kemi"), s("book-41-of-52"), s("Book 41 of 52"),
         s("Finished *The Left Hand of Darkness*. Slow start, then I could not put it down. Recommendations for 42? #books"),
         8 * 24, {}, s("https://en.wikipedia.org/wiki/The_Left_Hand_of_Darkness"), s("The Left Hand of Darkness"),
         s("A 1969 science fiction novel by Ursula K. Le Guin.")},
        {s("bob"), s("sharing-alices-starter"), s("Look at this starter"), s("Alice's bread is the reason I own a scale now."),
         6 * 24, s("sourdough-starter-day-five")},
        {s("grace"), s("roadmap-next-quarter"), s("Roadmap for next quarter, in one sentence"),
         s("Fewer features, faster app. Details in the team chat. #work"), 4 * 24},
        {s("alice"), s("climbing-at-the-gorge"), s("Climbing at the gorge"),
         s("First outdoor day of the season. Fingers sore, heart full. #climbing"), 2 * 24},
        {s("demo"), s("my-blog-my-server"), s("My blog, my server"),
         s("Everything here can be exported to a file and taken to another server. That is the point."), 20},
        {s("erin"), s("northern-lights-tonight"), s("Northern lights tonight!"), {}, 3},
    };
    return list;
}

QStringList picturesOf(const QString &postId)
{
    static const QHash<QString, QStringList> pictures = {
        {s("sourdough-starter-day-five"), {s("sourdough.jpg")}},
        {s("saturn-through-the-new-telescope"), {s("saturn.jpg")}},
        {s("little-robots-sketchbook"), {s("robots.jpg")}},
        {s("fjord-light-in-november"), {s("fjord.jpg")}},
        {s("climbing-at-the-gorge"), {s("gorge.jpg")}},
        {s("northern-lights-tonight"), {s("northern-lights.jpg"), s("fjord.jpg")}},
    };
    QStringList paths;
    for (const QString &name : pictures.value(postId))
        paths << QStringLiteral(":/hearth/demo-pictures/") + name;
    return paths;
}

const QList<DemoReaction> &reactions()
{
    static const QList<DemoReaction> list = {
        {s("bob"), s("sourdough-starter-day-five"), s("Save me a loaf!")},
        {s("demo"), s("sourdough-starter-day-five"), s("♥")},
        {s("kemi"), s("sourdough-starter-day-five"), s("♥")},
        {s("alice"), s("saturn-through-the-new-telescope"), s("Wow, the rings! Next time call me over.")},
        {s("alice"), s("hello-from-hearth"), s("Welcome! Following you now.")},
        {s("bob"), s("hello-from-hearth"), s("♥")},
        {s("carol"), s("hello-from-hearth"), s("♥")},
        {s("erin"), s("hello-from-hearth"), s("Nice to see you here.")},
        {s("demo"), s("fjord-light-in-november"), s("Those colours!")},
        {s("dave"), s("fjord-light-in-november"), s("♥")},
        {s("carol"), s("board-game-night"), s("I'm in. Bringing snacks.")},
        {s("demo"), s("board-game-night"), s("Count me in too.")},
        {s("alice"), s("book-41-of-52"), s("The Dispossessed next, definitely.")},
        {s("grace"), s("my-blog-my-server"), s("♥")},
        {s("kemi"), s("my-blog-my-server"), s("This is why I switched.")},
        {s("bob"), s("northern-lights-tonight"), s("♥")},
    };
    return list;
}

} // namespace Hearth::Demo
