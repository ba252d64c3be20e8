// The composer's attachment list (uploads driven by hand, no network) and
// the rule for which remote files may be fetched or sent without asking.

#include "AttachmentListModel.h"
#include "WebUrls.h"
#include "upload/FileUpload.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Hearth;

class TestAttachments : public QObject
{
    Q_OBJECT

    QList<QPointer<FileUpload>> m_started;

    AttachmentListModel *makeModel()
    {
        auto *model = new AttachmentListModel(
            [this](const QString &path, QObject *owner) {
                const bool image = path.endsWith(u".jpg"_s);
                auto *upload = new FileUpload(path, QUrl::fromLocalFile(path).fileName(),
                                              image ? u"image/jpeg"_s : u"text/plain"_s, 2048, owner);
                m_started << upload;
                return upload;
            },
            this);
        new QAbstractItemModelTester(model, QAbstractItemModelTester::FailureReportingMode::QtTest, model);
        return model;
    }

    static QVariant role(const AttachmentListModel *model, int row, AttachmentListModel::Role r)
    {
        return model->data(model->index(row), r);
    }

private Q_SLOTS:
    void init() { m_started.clear(); }

    void uploadsThenLinks()
    {
        auto *model = makeModel();
        QSignalSpy links(model, &AttachmentListModel::linksChanged);
        model->addFiles({QUrl::fromLocalFile(u"/tmp/a/photo.jpg"_s), QUrl::fromLocalFile(u"/tmp/a/notes.txt"_s)});
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(m_started.size(), 2);
        QVERIFY(model->uploading());
        QVERIFY(model->links().isEmpty());
        QCOMPARE(role(model, 0, AttachmentListModel::NameRole).toString(), u"photo.jpg"_s);
        QCOMPARE(role(model, 0, AttachmentListModel::IsImageRole).toBool(), true);
        // A picture's thumbnail is the local file, not a download.
        QCOMPARE(role(model, 0, AttachmentListModel::PreviewRole).toUrl(), QUrl::fromLocalFile(u"/tmp/a/photo.jpg"_s));
        QCOMPARE(role(model, 1, AttachmentListModel::PreviewRole).toUrl(), QUrl());
        QCOMPARE(role(model, 0, AttachmentListModel::StatusRole).toInt(), int(AttachmentListModel::Status::Uploading));

        m_started.at(1)->succeed(QUrl(u"https://files.example/b/notes.txt"_s));
        m_started.at(0)->succeed(QUrl(u"https://files.example/a/photo.jpg"_s));
        QCOMPARE(links.size(), 2);
        QVERIFY(!model->uploading());
        QVERIFY(!model->hasFailures());
        // In the order attached, not the order finished, as Movim writes them.
        const auto out = model->links();
        QCOMPARE(out.size(), 2);
        QCOMPARE(out.at(0), PostLink::enclosure(u"https://files.example/a/photo.jpg"_s, u"image/jpeg"_s, u"photo.jpg"_s));
        QCOMPARE(out.at(1).type, u"text/plain"_s);
        QCOMPARE(role(model, 0, AttachmentListModel::StatusRole).toInt(), int(AttachmentListModel::Status::Done));
        QCOMPARE(role(model, 0, AttachmentListModel::ProgressRole).toDouble(), 1.0);

        // Removed before publishing: gone from the links.
        model->remove(0);
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(model->links().size(), 1);
        QCOMPARE(model->links().constFirst().title, u"notes.txt"_s);
    }

    void failureRetryAndCancel()
    {
        auto *model = makeModel();
        model->addFiles({QUrl::fromLocalFile(u"/tmp/a/photo.jpg"_s), QUrl::fromLocalFile(u"/tmp/a/big.jpg"_s)});
        m_started.at(1)->fail(u"too large"_s);
        QVERIFY(model->hasFailures());
        QVERIFY(model->uploading());
        QCOMPARE(role(model, 1, AttachmentListModel::StatusRole).toInt(), int(AttachmentListModel::Status::Failed));
        QCOMPARE(role(model, 1, AttachmentListModel::ErrorRole).toString(), u"too large"_s);

        // Try again: a new upload of the same file.
        model->retry(1);
        QCOMPARE(m_started.size(), 3);
        QCOMPARE(m_started.at(2)->localPath(), u"/tmp/a/big.jpg"_s);
        QVERIFY(!model->hasFailures());
        m_started.at(2)->succeed(QUrl(u"https://files.example/big.jpg"_s));
        QCOMPARE(model->links().size(), 1);
        model->retry(1); // not failed: nothing happens
        QCOMPARE(m_started.size(), 3);

        // Removing an upload on its way cancels it.
        QPointer<FileUpload> pending = m_started.at(0);
        model->remove(0);
        QTRY_VERIFY(pending.isNull() || pending->state() == FileUpload::State::Cancelled);
        QVERIFY(!model->uploading());
        QCOMPARE(model->rowCount(), 1);
    }

    void existingLinksForAnEdit()
    {
        auto *model = makeModel();
        const QList<PostLink> links = {
            PostLink::enclosure(u"https://files.example/a.png"_s, u"image/png"_s, u"a.png"_s),
            {u"related"_s, u"https://example.org/"_s, u"text/html"_s, u"A page"_s, {}, {}},
            PostLink::enclosure(u"https://files.example/c.pdf"_s, u"application/pdf"_s, {}),
        };
        model->setLinks(links);
        // Only enclosures are attachments; a link preview is not.
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(role(model, 0, AttachmentListModel::PreviewRole).toUrl(), QUrl(u"https://files.example/a.png"_s));
        QCOMPARE(role(model, 1, AttachmentListModel::NameRole).toString(), u"c.pdf"_s);
        QCOMPARE(model->links().size(), 2);
        model->clear();
        QCOMPARE(model->rowCount(), 0);
        QVERIFY(model->links().isEmpty());
    }

    void secureTransfers_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << u"https://upload.example.org/f/a.jpg"_s << true;
        QTest::newRow("http remote") << u"http://upload.example.org/f/a.jpg"_s << false;
        QTest::newRow("http loopback v4") << u"http://127.0.0.1:5280/f/a.jpg"_s << true;
        QTest::newRow("http loopback 127/8") << u"http://127.1.2.3/f/a.jpg"_s << true;
        QTest::newRow("http loopback v6") << u"http://[::1]:5280/f/a.jpg"_s << true;
        QTest::newRow("http localhost") << u"http://localhost:5280/a.jpg"_s << true;
        QTest::newRow("http lan") << u"http://192.168.1.2/a.jpg"_s << false;
        QTest::newRow("http localhost lookalike") << u"http://localhost.evil.example/a.jpg"_s << false;
        QTest::newRow("file") << u"file:///etc/passwd"_s << false;
        QTest::newRow("javascript") << u"javascript:alert(1)"_s << false;
        QTest::newRow("no host") << u"https:///a.jpg"_s << false;
    }

    void secureTransfers()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        WebUrls::setServerOnLoopback(true);
        QCOMPARE(WebUrls::isSecureTransfer(QUrl(url)), allowed);
        // A server elsewhere: nothing on this machine is fetched over http.
        WebUrls::setServerOnLoopback(false);
        QCOMPARE(WebUrls::isSecureTransfer(QUrl(url)), allowed && QUrl(url).scheme() == u"https"_s);
    }
};

QTEST_MAIN(TestAttachments)
#include "tst_attachments.moc"
