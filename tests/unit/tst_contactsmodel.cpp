// ContactsModel under QAbstractItemModelTester: order (presence, then
// name), live presence moves, accent-insensitive filtering, grouping,
// removal, and the requests model. Roster and presence are injected as the
// server would deliver them, without a network.
#include "Account.h"
#include "ContactsModel.h"
#include "RequestsModel.h"
#include "db/Database.h"
#include "roster/ContactList.h"
#include "roster/RosterService.h"
#include "support/TestUtils.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppPresence.h>

using namespace Qt::StringLiterals;
using namespace Hearth;

namespace {
RosterEntry entry(const QString &jid, const QString &name, QStringList groups = {})
{
    RosterEntry e;
    e.jid = jid;
    e.name = name;
    e.subscription = RosterEntry::Subscription::Both;
    e.groups = groups;
    return e;
}

QStringList column(const QAbstractItemModel &model, int role)
{
    QStringList values;
    for (int row = 0; row < model.rowCount(); ++row)
        values << model.data(model.index(row, 0), role).toString();
    return values;
}

// The model applies changes once per event-loop turn: deliver that turn.
void settle(QObject &model)
{
    QCoreApplication::sendPostedEvents(&model, QEvent::MetaCall);
}

void presence(Account &account, const QString &from, QXmppPresence::Type type,
              QXmppPresence::AvailableStatusType show = QXmppPresence::Online, const QString &status = {})
{
    QXmppPresence p(type);
    p.setFrom(from);
    p.setAvailableStatusType(show);
    p.setStatusText(status);
    Q_EMIT account.client()->presenceReceived(p);
}
} // namespace

class TestContactsModel : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Account> m_account;
    std::unique_ptr<ContactList> m_list;

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        QVERIFY(Test::waitFor(m_db->open(m_dir.filePath(u"hearth.sqlite"_s))));
        m_account = std::make_unique<Account>();
        m_list = std::make_unique<ContactList>(m_db.get(), m_account.get());
    }

    void cleanup()
    {
        m_list.reset();
        m_account.reset();
        m_db.reset();
    }

    void orderFilterGroupsAndPresence()
    {
        ContactsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(m_list.get(), m_account->presence());
        QCOMPARE(model.rowCount(), 0);

        Q_EMIT m_account->roster()->rosterReplaced({u"7"_s,
                                                    {entry(u"zoe@example.org"_s, u"Zoë"_s, {u"Family"_s}),
                                                     entry(u"bob@example.org"_s, u"Bob"_s, {u"Work"_s, u"Chess"_s}),
                                                     entry(u"adam@example.org"_s, {}),
                                                     entry(u"carol@example.org"_s, u"carol"_s)}});
        QCOMPARE(model.rowCount(), 4);
        // All offline: by name, case-insensitively; a contact without a name shows its JID.
        QCOMPARE(column(model, ContactsModel::DisplayNameRole),
                 (QStringList{u"adam@example.org"_s, u"Bob"_s, u"carol"_s, u"Zoë"_s}));
        QCOMPARE(model.data(model.index(1), ContactsModel::InitialsRole).toString(), u"B"_s);

        // Online contacts come first; do-not-disturb after available.
        presence(*m_account, u"zoe@example.org/phone"_s, QXmppPresence::Available, QXmppPresence::DND, u"busy"_s);
        presence(*m_account, u"carol@example.org/laptop"_s, QXmppPresence::Available);
        settle(model);
        QCOMPARE(column(model, ContactsModel::DisplayNameRole),
                 (QStringList{u"carol"_s, u"Zoë"_s, u"adam@example.org"_s, u"Bob"_s}));
        QCOMPARE(model.data(model.index(1), ContactsModel::StatusTextRole).toString(), u"busy"_s);
        QCOMPARE(model.data(model.index(0), ContactsModel::SectionRole).toString(), u"Online"_s);
        QCOMPARE(model.data(model.index(3), ContactsModel::SectionRole).toString(), u"Offline"_s);

        // A second resource that is available beats the busy one.
        presence(*m_account, u"zoe@example.org/desk"_s, QXmppPresence::Available, QXmppPresence::Online, u"at my desk"_s);
        settle(model);
        QCOMPARE(column(model, ContactsModel::DisplayNameRole).mid(0, 2), (QStringList{u"carol"_s, u"Zoë"_s}));
        QCOMPARE(model.data(model.index(1), ContactsModel::StatusTextRole).toString(), u"at my desk"_s);
        presence(*m_account, u"zoe@example.org/desk"_s, QXmppPresence::Unavailable);
        presence(*m_account, u"zoe@example.org/phone"_s, QXmppPresence::Unavailable);
        settle(model);
        QCOMPARE(column(model, ContactsModel::DisplayNameRole),
                 (QStringList{u"carol"_s, u"adam@example.org"_s, u"Bob"_s, u"Zoë"_s}));
        QVERIFY(model.data(model.index(3), ContactsModel::LastSeenRole).toDateTime().isValid());

        // Filtering: names and addresses, without case or accents.
        model.setFilterText(u"ZOE"_s);
        QCOMPARE(column(model, ContactsModel::JidRole), QStringList{u"zoe@example.org"_s});
        model.setFilterText(u"example"_s);
        QCOMPARE(model.rowCount(), 4);
        model.setFilterText(u"nobody"_s);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.totalCount(), 4);
        model.setFilterText({});

        // Grouped: one row per group, "Not in a group" last.
        model.setGrouped(true);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(column(model, ContactsModel::SectionRole),
                 (QStringList{u"Chess"_s, u"Family"_s, u"Work"_s, u"Not in a group"_s, u"Not in a group"_s}));
        model.setGrouped(false);

        // Pushes: a rename reorders, a removal drops the row.
        Q_EMIT m_account->roster()->entryPushed(u"8"_s, entry(u"bob@example.org"_s, u"Aaron"_s), false);
        settle(model);
        QCOMPARE(column(model, ContactsModel::DisplayNameRole).mid(1, 1), QStringList{u"Aaron"_s});
        Q_EMIT m_account->roster()->entryPushed(u"9"_s, entry(u"adam@example.org"_s, {}), true);
        settle(model);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(!column(model, ContactsModel::JidRole).contains(u"adam@example.org"_s));

        // Our connection ends: everyone is offline.
        Q_EMIT m_account->client()->disconnected();
        settle(model);
        QCOMPARE(model.data(model.index(0), ContactsModel::AvailabilityRole).toInt(),
                 int(ContactPresence::Availability::Offline));
    }

    void updatesInPlace()
    {
        // 500 contacts, as in the roster benchmark; a view on the list.
        ContactsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSources(m_list.get(), m_account->presence());
        RosterSnapshot roster{u"1"_s, {}};
        for (int i = 0; i < 500; ++i)
            roster.entries << entry(u"c%1@example.org"_s.arg(i, 3, 10, QChar(u'0')), u"Contact %1"_s.arg(i, 3, 10, QChar(u'0')));
        Q_EMIT m_account->roster()->rosterReplaced(roster);
        QCOMPARE(model.rowCount(), 500);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy moves(&model, &QAbstractItemModel::rowsMoved);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        const QPersistentModelIndex watched = model.index(250);
        QCOMPARE(watched.data(ContactsModel::JidRole).toString(), u"c250@example.org"_s);

        // A rename moves one row.
        Q_EMIT m_account->roster()->entryPushed(u"2"_s, entry(u"c400@example.org"_s, u"Aardvark"_s), false);
        settle(model);
        QCOMPARE(model.data(model.index(0), ContactsModel::DisplayNameRole).toString(), u"Aardvark"_s);
        QCOMPARE(moves.count(), 1);
        QCOMPARE(changes.count(), 1);
        // Coming online moves one row; a new status text changes one row.
        presence(*m_account, u"c100@example.org/phone"_s, QXmppPresence::Available);
        settle(model);
        QCOMPARE(model.data(model.index(0), ContactsModel::JidRole).toString(), u"c100@example.org"_s);
        QCOMPARE(moves.count(), 2);
        presence(*m_account, u"c100@example.org/phone"_s, QXmppPresence::Available, QXmppPresence::Online, u"hi"_s);
        QCOMPARE(changes.count(), 3);
        // A name from a profile, a burst of pushes in one turn: one pass.
        model.setProfileName(u"c300@example.org"_s, u"Ignored: the roster name wins"_s);
        Q_EMIT m_account->roster()->entryPushed(u"3"_s, entry(u"new@example.org"_s, u"Newcomer"_s), false);
        Q_EMIT m_account->roster()->entryPushed(u"4"_s, entry(u"c007@example.org"_s, {}), true);
        settle(model);
        QCOMPARE(model.rowCount(), 500);
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(removes.count(), 1);
        // Nothing was reset or laid out again; the watched row followed.
        QCOMPARE(resets.count(), 0);
        QCOMPARE(layouts.count(), 0);
        QVERIFY(watched.isValid());
        QCOMPARE(watched.data(ContactsModel::JidRole).toString(), u"c250@example.org"_s);
        QCOMPARE(model.totalCount(), 500);
        // And the order is the one a fresh model gives.
        ContactsModel fresh;
        fresh.setSources(m_list.get(), m_account->presence());
        QCOMPARE(column(model, ContactsModel::JidRole), column(fresh, ContactsModel::JidRole));
    }

    void requests()
    {
        RequestsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(m_list.get());
        Q_EMIT m_account->roster()->rosterReplaced({u"1"_s, {entry(u"friend@example.org"_s, u"Friend"_s)}});
        presence(*m_account, u"stranger@example.org"_s, QXmppPresence::Subscribe, QXmppPresence::Online, u"hello"_s);
        presence(*m_account, u"friend@example.org"_s, QXmppPresence::Subscribe); // already approved: ignored
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.data(model.index(0), RequestsModel::JidRole).toString(), u"stranger@example.org"_s);
        QCOMPARE(model.data(model.index(0), RequestsModel::MessageRole).toString(), u"hello"_s);
        presence(*m_account, u"stranger@example.org"_s, QXmppPresence::Unsubscribe); // withdrawn
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestContactsModel)
#include "tst_contactsmodel.moc"
