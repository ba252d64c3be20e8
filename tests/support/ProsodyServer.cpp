#include "ProsodyServer.h"

#include <QRandomGenerator>
#include <QTest>

namespace Hearth::Test {

ProsodyServer::ProsodyServer(bool commentsService, bool tls, bool bookmarksCompat)
    : m_dir(QDir::tempPath() + QStringLiteral("/hearth-prosody-XXXXXX"))
{
    LocalProsody::Options options;
    options.directory = m_dir.path();
    options.commentsService = commentsService;
    options.tls = tls;
    options.bookmarksCompat = bookmarksCompat;
    m_server = std::make_unique<LocalProsody>(options);
}

ProsodyServer::ProsodyServer(LocalProsody::Options options)
    : m_dir(QDir::tempPath() + QStringLiteral("/hearth-prosody-XXXXXX"))
{
    options.directory = m_dir.path();
    m_server = std::make_unique<LocalProsody>(options);
}

ProsodyServer::~ProsodyServer()
{
    m_server->stop();
    if (QTest::currentTestFailed())
        qWarning().noquote() << "Prosody log tail:\n" << m_server->logTail(40);
}

bool ProsodyServer::start()
{
    return m_server->start(&m_error);
}

TestUser ProsodyServer::createUser(const QString &prefix)
{
    return createUserOn(domain(), prefix);
}

TestUser ProsodyServer::createUserOn(const QString &domain, const QString &prefix)
{
    TestUser user;
    user.user = QStringLiteral("%1%2x%3").arg(prefix).arg(++m_counter).arg(QRandomGenerator::global()->bounded(100000));
    user.jid = user.user + u'@' + domain;
    user.password = QStringLiteral("pw-%1").arg(QRandomGenerator::global()->generate(), 0, 16);
    QString error;
    if (!m_server->createAccount(user.user, domain, user.password, &error))
        qWarning().noquote() << "creating" << user.jid << "failed:" << error;
    return user;
}

} // namespace Hearth::Test
