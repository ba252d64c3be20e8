#include "TestSession.h"

#include "TestUtils.h"

#include "profile/AvatarService.h"

#include <QSignalSpy>

namespace Hearth::Test {

AccountSettings settingsFor(ProsodyServer &server, const TestUser &user, quint16 port)
{
    AccountSettings settings;
    settings.jid = user.jid;
    settings.host = server.host();
    settings.port = port != 0 ? port : server.port();
    return settings;
}

bool TestSession::login(ProsodyServer &server, const TestUser &who)
{
    user = who;
    account.avatars()->setCache(AvatarCache(dir.filePath(QStringLiteral("avatars"))));
    if (!db.path().isEmpty() || waitFor(db.open(dir.filePath(QStringLiteral("hearth.sqlite"))))) {
        QSignalSpy ready(&account, &Account::rosterReceived);
        account.connectToServer(settingsFor(server, who), who.password);
        return ready.wait(10000);
    }
    return false;
}

} // namespace Hearth::Test
