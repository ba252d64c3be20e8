#include "Jid.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Hearth::JidCheck;
using Problem = JidCheck::Problem;

class TestJid : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void check_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<Problem>("problem");
        QTest::addColumn<QString>("bare");
        QTest::newRow("simple") << u"alice@example.org"_s << Problem::None << u"alice@example.org"_s;
        QTest::newRow("trimmed") << u"  alice@example.org "_s << Problem::None << u"alice@example.org"_s;
        QTest::newRow("domain lower-cased") << u"Alice@Example.ORG"_s << Problem::None << u"Alice@example.org"_s;
        QTest::newRow("trailing dot") << u"alice@example.org."_s << Problem::None << u"alice@example.org"_s;
        QTest::newRow("localhost") << u"demo@localhost"_s << Problem::None << u"demo@localhost"_s;
        QTest::newRow("ip literal") << u"bob@[::1]"_s << Problem::None << u"bob@[::1]"_s;
        QTest::newRow("unicode") << u"zoë@exämple.org"_s << Problem::None << u"zoë@exämple.org"_s;
        QTest::newRow("empty") << QString() << Problem::Empty << QString();
        QTest::newRow("blank") << u"   "_s << Problem::Empty << QString();
        QTest::newRow("no at") << u"example.org"_s << Problem::MissingAt << QString();
        QTest::newRow("no local") << u"@example.org"_s << Problem::EmptyLocalpart << QString();
        QTest::newRow("no domain") << u"alice@"_s << Problem::EmptyDomain << QString();
        QTest::newRow("resource") << u"alice@example.org/phone"_s << Problem::HasResource << QString();
        QTest::newRow("two ats") << u"a@b@example.org"_s << Problem::BadDomain << QString();
        QTest::newRow("quote") << u"a'b@example.org"_s << Problem::ForbiddenCharacter << QString();
        QTest::newRow("colon") << u"a:b@example.org"_s << Problem::ForbiddenCharacter << QString();
        QTest::newRow("space inside") << u"al ice@example.org"_s << Problem::Whitespace << QString();
        QTest::newRow("bad label") << u"alice@exa..mple.org"_s << Problem::BadDomain << QString();
        QTest::newRow("punctuation") << u"alice@exa!mple.org"_s << Problem::BadDomain << QString();
        QTest::newRow("too long") << (QString(1024, u'a') + u"@example.org"_s) << Problem::TooLong << QString();
    }

    void check()
    {
        QFETCH(QString, input);
        QFETCH(Problem, problem);
        QFETCH(QString, bare);
        const auto result = JidCheck::check(input);
        QCOMPARE(result.problem(), problem);
        QCOMPARE(result.isValid(), problem == Problem::None);
        QCOMPARE(result.bareJid(), bare);
        QCOMPARE(result.message().isEmpty(), problem == Problem::None);
    }

    void loopback()
    {
        QVERIFY(Hearth::isLoopbackHost(u"127.0.0.1"_s));
        QVERIFY(Hearth::isLoopbackHost(u"127.1.2.3"_s));
        QVERIFY(Hearth::isLoopbackHost(u"::1"_s));
        QVERIFY(Hearth::isLoopbackHost(u"localhost"_s));
        QVERIFY(!Hearth::isLoopbackHost(u"example.org"_s));
        QVERIFY(!Hearth::isLoopbackHost(u"192.168.1.2"_s));
        QVERIFY(!Hearth::isLoopbackHost(QString()));
    }
};

QTEST_GUILESS_MAIN(TestJid)
#include "tst_jid.moc"
