// OMEMO 2 and OMEMO 0.3 (issue 19) on a loopback Prosody, Hearth's engine
// on both sides: encrypting one message for 10 devices (the contact's ten),
// and decrypting one such message on one of them (as it arrives: read back
// from its XML): target < 5 ms each way, sessions already built (the first
// message, which builds them, is not timed). HEARTH_BENCH_RUNS sets the
// timed runs (50). (The catch-up of encrypted messages: bench_omemo_catchup.)
#include "BenchUtils.h"
#include "e2ee/E2eeService.h"
#include "e2ee/LegacyOmemoManager.h"
#include "support/ProsodyServer.h"
#include "support/TestSession.h"
#include "support/TestUtils.h"

#include <QDir>
#include <QDomDocument>
#include <QXmlStreamWriter>
#include <QElapsedTimer>
#include <QFile>
#include <QTest>
#include <QXmppClient.h>
#include <QXmppE2eeExtension.h>
#include <QXmppE2eeMetadata.h>
#include <QXmppMessage.h>
#include <QXmppOmemoManager.h>
#include <QXmppTask.h>
#include <memory>

using namespace Hearth;
using namespace Qt::StringLiterals;

namespace {
constexpr int kDevices = 10;

// A wrong result (or none): the figures would mean nothing.
int fail(const QString &why)
{
    return Bench::checkFailed("bench_omemo", why);
}

template<typename T>
bool finish(QXmppTask<T> &task, int timeoutMs = 20000)
{
    return QTest::qWaitFor([&] { return task.isFinished(); }, timeoutMs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = Bench::runs(50);
    Bench::announce("bench_omemo", u"%1 devices, %2 timed messages"_s.arg(kDevices).arg(runs));

    Test::ProsodyServer server;
    if (!server.start())
        return fail(server.error());
    Test::TestSession alice;
    const Test::TestUser bobUser = server.createUser(u"bob"_s);
    std::vector<std::unique_ptr<Test::TestSession>> bob;
    if (!alice.login(server, server.createUser(u"alice"_s)))
        return fail(u"alice could not log in"_s);
    // One after the other: each device adds itself to the account's device
    // list once the one before has (clients racing on it are not measured here).
    for (int i = 0; i < kDevices; ++i) {
        bob.push_back(std::make_unique<Test::TestSession>());
        if (!bob.back()->login(server, bobUser)
            || !QTest::qWaitFor([&] { return bob.back()->e2ee.isReady() && bob.back()->e2ee.legacy()->isListed(); }, 20000))
            return fail(u"bob's device %1 could not log in"_s.arg(i));
    }
    const auto ready = [&] {
        for (const auto &device : bob)
            if (!device->e2ee.isReady())
                return false;
        return alice.e2ee.isReady();
    };
    if (!QTest::qWaitFor(ready, 60000))
        return fail(u"OMEMO was not set up on every device"_s);
    // Alice sees all ten of Bob's devices, in both versions' lists.
    const auto countOf = [&](bool legacy) {
        int n = 0;
        for (const E2eeDevice &d : Test::result(alice.e2ee.devices(bobUser.jid)))
            n += d.legacy == legacy ? 1 : 0;
        return n;
    };
    const bool seen = QTest::qWaitFor([&] {
        alice.e2ee.refreshDevices(bobUser.jid);
        return countOf(false) == kDevices && countOf(true) == kDevices;
    }, 60000);
    if (!seen)
        return fail(u"alice sees %1 + %2 of bob's %3 devices"_s.arg(countOf(false)).arg(countOf(true)).arg(kDevices));

    // ---- 1. encrypt for 10 devices, decrypt on one ----------------------------
    QXmppOmemoManager *sender = alice.e2ee.manager();
    QXmppOmemoManager *receiver = bob.front()->e2ee.manager();
    const QString aliceFull = alice.account.client()->configuration().jid();
    auto encryptOne = [&](int n, double *ms) -> std::optional<QXmppMessage> {
        QXmppMessage message(QString(), bobUser.jid, u"Benchmark message %1 with a line of ordinary length, as people write."_s.arg(n));
        message.setType(QXmppMessage::Chat);
        QElapsedTimer timer;
        timer.start();
        auto task = sender->encryptMessage(std::move(message), std::nullopt);
        if (!finish(task))
            return std::nullopt;
        if (ms)
            *ms = double(timer.nsecsElapsed()) / 1e6;
        auto result = task.takeResult();
        auto *encrypted = std::get_if<std::unique_ptr<QXmppMessage>>(&result);
        if (!encrypted)
            return std::nullopt;
        // What goes on the wire (the public part), read back as received.
        QByteArray xml;
        QXmlStreamWriter writer(&xml);
        (*encrypted)->toXml(&writer, QXmpp::ScePublic);
        QDomDocument doc;
        if (!doc.setContent(xml, true))
            return std::nullopt;
        QXmppMessage out;
        out.parse(doc.documentElement(), QXmpp::ScePublic);
        out.setFrom(aliceFull);
        return out;
    };
    auto decryptOne = [&](QXmppMessage message, double *ms) -> QString {
        QElapsedTimer timer;
        timer.start();
        auto task = receiver->decryptMessage(std::move(message));
        if (!finish(task))
            return {};
        if (ms)
            *ms = double(timer.nsecsElapsed()) / 1e6;
        auto result = task.takeResult();
        auto *decrypted = std::get_if<QXmppMessage>(&result);
        return decrypted ? decrypted->body() : QString();
    };
    // The first message builds the ten sessions; the device's first read
    // completes its key exchange. Neither is timed.
    auto first = encryptOne(0, nullptr);
    if (!first || !first->body().isEmpty() || first->e2eeFallbackBody().isEmpty())
        return fail(u"the first message was not encrypted"_s);
    if (decryptOne(*first, nullptr) != u"Benchmark message 0 with a line of ordinary length, as people write."_s)
        return fail(u"the first message did not decrypt"_s);
    QList<double> encryptMs, decryptMs;
    for (int n = 1; n <= runs; ++n) {
        double ms = 0;
        auto encrypted = encryptOne(n, &ms);
        if (!encrypted)
            return fail(u"message %1 was not encrypted"_s.arg(n));
        encryptMs << ms;
        const QString body = decryptOne(*encrypted, &ms);
        if (body != u"Benchmark message %1 with a line of ordinary length, as people write."_s.arg(n))
            return fail(u"message %1 decrypted to \"%2\""_s.arg(n).arg(body));
        decryptMs << ms;
    }
    Bench::report("OMEMO 2: encrypt a message for 10 devices", encryptMs, 5);
    Bench::report("OMEMO 2: decrypt it on one of them", decryptMs, 5);

    // ---- 2. the same with OMEMO 0.3 ------------------------------------------
    LegacyOmemoManager *legacySender = alice.e2ee.legacy();
    LegacyOmemoManager *legacyReceiver = bob.front()->e2ee.legacy();
    auto encryptLegacy = [&](int n, double *ms) -> std::optional<QXmppMessage> {
        QXmppMessage message(QString(), bobUser.jid, u"Legacy message %1 with a line of ordinary length, as people write."_s.arg(n));
        message.setType(QXmppMessage::Chat);
        QElapsedTimer timer;
        timer.start();
        auto task = legacySender->encryptMessage(std::move(message));
        if (!finish(task))
            return std::nullopt;
        if (ms)
            *ms = double(timer.nsecsElapsed()) / 1e6;
        auto result = task.takeResult();
        auto *encrypted = std::get_if<std::unique_ptr<QXmppMessage>>(&result);
        if (!encrypted || !LegacyOmemoManager::isEncrypted(**encrypted))
            return std::nullopt;
        QByteArray xml;
        QXmlStreamWriter writer(&xml);
        (*encrypted)->toXml(&writer);
        QDomDocument doc;
        if (!doc.setContent(xml, true))
            return std::nullopt;
        // A key for each of Bob's ten devices, and the body nowhere in clear.
        if (doc.documentElement().elementsByTagName(u"key"_s).size() != kDevices || xml.contains("Legacy message"))
            return std::nullopt;
        QXmppMessage out;
        out.parse(doc.documentElement());
        out.setFrom(aliceFull);
        return out;
    };
    auto decryptLegacy = [&](QXmppMessage message, double *ms) -> QString {
        QElapsedTimer timer;
        timer.start();
        auto task = legacyReceiver->decryptMessage(std::move(message));
        if (!finish(task))
            return {};
        if (ms)
            *ms = double(timer.nsecsElapsed()) / 1e6;
        auto result = task.takeResult();
        auto *decrypted = std::get_if<QXmppMessage>(&result);
        return decrypted && decrypted->e2eeMetadata() ? decrypted->body() : QString();
    };
    auto firstLegacy = encryptLegacy(0, nullptr);
    if (!firstLegacy)
        return fail(u"the first OMEMO 0.3 message was not encrypted"_s);
    if (decryptLegacy(*firstLegacy, nullptr) != u"Legacy message 0 with a line of ordinary length, as people write."_s)
        return fail(u"the first OMEMO 0.3 message did not decrypt"_s);
    QList<double> legacyEncryptMs, legacyDecryptMs;
    for (int n = 1; n <= runs; ++n) {
        double ms = 0;
        auto encrypted = encryptLegacy(n, &ms);
        if (!encrypted)
            return fail(u"OMEMO 0.3 message %1 was not encrypted"_s.arg(n));
        legacyEncryptMs << ms;
        const QString body = decryptLegacy(*encrypted, &ms);
        if (body != u"Legacy message %1 with a line of ordinary length, as people write."_s.arg(n))
            return fail(u"OMEMO 0.3 message %1 decrypted to \"%2\""_s.arg(n).arg(body));
        legacyDecryptMs << ms;
    }
    Bench::report("OMEMO 0.3: encrypt a message for 10 devices", legacyEncryptMs, 5);
    Bench::report("OMEMO 0.3: decrypt it on one of them", legacyDecryptMs, 5);
    return Bench::exitCode();
}
