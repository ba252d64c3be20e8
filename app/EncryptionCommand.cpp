#include "EncryptionCommand.h"

#include "AccountSession.h"
#include "Await.h"
#include "db/Database.h"
#include "e2ee/E2eeService.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdio>

using namespace Hearth;

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("EncryptionCommand", text);
}

int fail(const QString &message, int code = 1)
{
    std::fprintf(stderr, "hearth: %s\n", qPrintable(message));
    return code;
}

QString trustName(E2eeDevice::Trust trust)
{
    switch (trust) {
    case E2eeDevice::Trust::Verified:
        return QStringLiteral("verified");
    case E2eeDevice::Trust::Trusted:
        return QStringLiteral("trusted");
    case E2eeDevice::Trust::Distrusted:
        return QStringLiteral("distrusted");
    case E2eeDevice::Trust::Unknown:
        break;
    }
    return QStringLiteral("undecided");
}

// A fingerprint as typed (groups, any case) to the key's bytes.
QByteArray keyOf(const QString &fingerprint)
{
    QString hex = fingerprint;
    hex.remove(u' ').remove(u':');
    return QByteArray::fromHex(hex.toLatin1());
}

QList<E2eeDevice> devicesOf(E2eeService &e2ee, const QString &jid)
{
    auto found = e2ee.devices(jid);
    Await::finished(found, 30000);
    return found.isFinished() ? found.result() : QList<E2eeDevice>();
}
} // namespace

namespace EncryptionCommand {

int run(AccountSession &session, const Options &options)
{
    E2eeService &e2ee = *session.e2ee();
    if (!Await::until([&] { return e2ee.isReady(); }, 30000))
        return fail(tr("end-to-end encryption could not be set up for %1").arg(session.jid()));
    const QString jid = options.address.isEmpty() ? session.jid() : options.address.trimmed().toLower();

    if (!options.mode.isEmpty()) {
        static const QHash<QString, E2eeService::Mode> modes = {
            {QStringLiteral("on"), E2eeService::Mode::On},
            {QStringLiteral("off"), E2eeService::Mode::Off},
            {QStringLiteral("auto"), E2eeService::Mode::Automatic}};
        if (!modes.contains(options.mode) || options.address.isEmpty())
            return fail(tr("--mode takes on, off or auto, with the conversation's address"), 2);
        e2ee.setMode(jid, modes.value(options.mode));
        // Written on the cache's one writer: a later job (this wait) sees it.
        auto done = session.database()->execute(QStringLiteral("SELECT 1"), {});
        Await::finished(done, 10000);
    }
    if (options.removeDevice != 0) {
        auto removed = e2ee.removeOwnDevice(options.removeDevice);
        if (!Await::finished(removed, 30000) || !removed.result())
            return fail(tr("Device %1 is not one of your other devices").arg(options.removeDevice), 2);
    }
    if (!options.verifyUri.isEmpty()) {
        auto verified = e2ee.verifyUri(options.verifyUri);
        if (!Await::finished(verified, 30000) || !verified.result())
            return fail(tr("%1 names no key of a device Hearth knows").arg(options.verifyUri));
    }
    const std::pair<QString, E2eeDevice::Trust> decisions[] = {{options.verifyKey, E2eeDevice::Trust::Verified},
                                                               {options.trustKey, E2eeDevice::Trust::Trusted},
                                                               {options.distrustKey, E2eeDevice::Trust::Distrusted}};
    for (const auto &[typed, trust] : decisions) {
        if (typed.isEmpty())
            continue;
        const QByteArray key = keyOf(typed);
        bool known = false;
        for (const E2eeDevice &d : devicesOf(e2ee, jid))
            known = known || (!d.own && d.keyId == key);
        if (!known)
            return fail(tr("%1 has no device with the key %2").arg(jid, typed), 2);
        e2ee.setTrust(jid, key, trust);
        const bool applied = Await::until([&] {
            for (const E2eeDevice &d : devicesOf(e2ee, jid))
                if (d.keyId == key)
                    return d.trust == trust;
            return false;
        }, 30000);
        if (!applied)
            return fail(tr("the trust of %1 could not be changed").arg(typed));
    }

    if (!options.address.isEmpty()) {
        // The answer comes as devicesChanged; a contact without OMEMO sends none.
        bool answered = false;
        QObject context;
        QObject::connect(&e2ee, &E2eeService::devicesChanged, &context, [&](const QString &who) { answered = answered || who == jid; });
        e2ee.refreshDevices(jid);
        Await::until([&] { return answered; }, 5000);
    }
    const QList<E2eeDevice> devices = devicesOf(e2ee, jid);
    if (options.json) {
        QJsonArray out;
        for (const E2eeDevice &d : devices)
            out << QJsonObject{{QStringLiteral("jid"), d.jid},
                               {QStringLiteral("fingerprint"), d.fingerprint},
                               {QStringLiteral("trust"), trustName(d.trust)},
                               {QStringLiteral("label"), d.label},
                               {QStringLiteral("own"), d.own},
                               {QStringLiteral("id"), qint64(d.id)},
                               {QStringLiteral("omemo"), d.legacy ? QStringLiteral("0.3") : QStringLiteral("2")}};
        QJsonObject result{{QStringLiteral("jid"), jid}, {QStringLiteral("devices"), out}};
        if (!options.address.isEmpty() && jid != session.jid())
            result.insert(QStringLiteral("encrypts"), e2ee.encrypts(jid));
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    } else {
        for (const E2eeDevice &d : devices)
            std::printf("%s\t%s\t%s\t%s\n", qPrintable(d.fingerprint), qPrintable(trustName(d.trust)),
                        d.legacy ? "OMEMO 0.3" : "OMEMO 2", qPrintable(d.own ? tr("this device") : d.label));
        if (devices.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(tr("%1 announces no OMEMO device").arg(jid)));
    }
    return 0;
}

} // namespace EncryptionCommand
