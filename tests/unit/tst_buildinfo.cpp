// What the About page and --version say Hearth runs on: the libraries'
// versions as they report them, each with its licence.
#include "BuildInfo.h"

#include <QTest>
#include <QRegularExpression>
#include <QXmppGlobal.h>

using namespace Qt::StringLiterals;

class TstBuildInfo : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void librariesSayTheirVersions()
    {
        const auto libraries = Hearth::BuildInfo::libraries();
        QStringList names;
        for (const auto &library : libraries) {
            names << library.name;
            QVERIFY2(!library.licence.isEmpty(), qPrintable(library.name));
        }
        QCOMPARE(names, (QStringList{u"Qt"_s, u"QXmpp"_s, u"QCA"_s, u"libomemo-c"_s, u"QtKeychain"_s, u"SQLite"_s, u"libarchive"_s,
                                     u"libsodium"_s, u"MD4C"_s}));
        QCOMPARE(libraries.at(0).version, QString::fromLatin1(qVersion()));
        QCOMPARE(libraries.at(1).version, QString(QXmppVersion()));
        // QCA (its provider found: nothing else after the version), libarchive
        // and libsodium say theirs at run time: digits and dots.
        for (int i : {2, 6, 7})
            QVERIFY2(QRegularExpression(u"^\\d+\\.\\d+(\\.\\d+)?$"_s).match(libraries.at(i).version).hasMatch(), qPrintable(libraries.at(i).version));
        QCOMPARE(Hearth::BuildInfo::licence(), u"GPL-3.0-or-later"_s);
    }
};

QTEST_GUILESS_MAIN(TstBuildInfo)
#include "tst_buildinfo.moc"
