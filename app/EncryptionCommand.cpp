#include "EncryptionCommand.h"

#include "AccountSession.h"
#include "Await.h"
#include "db/Database.h"
#include "e2ee/E2eeService.h"
#include "muc/RoomService.h"

#include <QXmppClient.h>
#include <QXmppDiscoveryIq.h>
#include <QXmppDiscoveryManager.h>

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

QJsonObject deviceJson(const E2eeDevice &d)
{
    return {{QStringLiteral("jid"), d.jid},
            {QStringLiteral("fingerprint"), d.fingerprint},
            {QStringLiteral("trust"), trustName(d.trust)},
            {QStringLiteral("label"), d.label},
            {QStringLiteral("own"), d.own},
            {QStringLiteral("id"), qint64(d.id)},
            {QStringLiteral("omemo"), d.legacy ? QStringLiteral("0.3") : QStringLiteral("2")}};
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
// Whether the address is a room (its disco#info names a conference).
bool isRoomAddress(AccountSession &session, const QString &jid)
{
    auto *disco = session.account()->client()->findExtension<QXmppDiscoveryManager>();
    auto info = disco->requestDiscoInfo(jid).toFuture(&session);
    if (!Await::finished(info, 20000))
        return false;
    const auto answer = info.result();
    const auto *iq = std::get_if<QXmppDiscoveryIq>(&answer);
    if (!iq)
        return false;
    const auto identities = iq->identities();
    return std::any_of(identities.cbegin(), identities.cend(), [](const QXmppDiscoveryIq::Identity &i) { return i.category() == QLatin1String("conference"); });
}
} // namespace

namespace EncryptionCommand {

int run(AccountSession &session, const Options &options)
{
    E2eeService &e2ee = *session.e2ee();
    if (!Await::until([&] { return e2ee.isReady() || e2ee.isLocked(); }, 30000) || e2ee.isLocked())
        return fail(e2ee.isLocked() ? tr("the encryption keys of %1 are locked: the system keychain could not open them").arg(session.jid())
                                    : tr("end-to-end encryption could not be set up for %1").arg(session.jid()));
    const QString jid = options.address.isEmpty() ? session.jid() : options.address.trimmed().toLower();
    RoomService &rooms = *session.rooms();
    const bool room = !options.address.isEmpty() && (rooms.bookmarkOf(jid) || rooms.rooms().contains(jid) || isRoomAddress(session, jid));

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
    if (!options.address.isEmpty() && !room) {
        // The person's devices and keys first (what is verified or trusted
        // must be known). The answer comes as devicesChanged; a contact
        // without OMEMO sends none.
        bool answered = false;
        QObject context;
        QObject::connect(&e2ee, &E2eeService::devicesChanged, &context, [&](const QString &who) { answered = answered || who == jid; });
        e2ee.refreshDevices(jid);
        Await::until([&] { return answered; }, 5000);
        Await::until([&] {
            const auto devices = devicesOf(e2ee, jid);
            return std::all_of(devices.cbegin(), devices.cend(), [](const E2eeDevice &d) { return !d.keyId.isEmpty(); });
        }, 5000);
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

    // A room: its members' devices, once the room said whether it is a
    // private group (joined for this, unless the bookmarks did).
    if (room) {
        if (!rooms.isJoined(jid)) {
            auto joined = rooms.join(jid);
            if (!Await::finished(joined, 30000) || !joined.result().isEmpty())
                return fail(tr("%1 could not be joined: %2").arg(jid, joined.isFinished() ? joined.result() : tr("no answer")));
        }
        Await::until([&] { return e2ee.isPrivateGroup(jid) && !e2ee.groupMembers(jid).isEmpty(); }, 10000);
        const QStringList members = e2ee.groupMembers(jid);
        for (const QString &member : members)
            e2ee.refreshDevices(member);
        Await::until([&] { return e2ee.membersWithoutEncryption(jid).isEmpty(); }, 5000);
        QList<E2eeDevice> devices;
        for (const QString &member : members)
            devices << devicesOf(e2ee, member);
        const QStringList without = e2ee.membersWithoutEncryption(jid);
        if (options.json) {
            QJsonArray out;
            for (const E2eeDevice &d : devices)
                out << deviceJson(d);
            const QJsonObject result{{QStringLiteral("jid"), jid},
                                     {QStringLiteral("private"), e2ee.isPrivateGroup(jid)},
                                     {QStringLiteral("members"), QJsonArray::fromStringList(members)},
                                     {QStringLiteral("withoutEncryption"), QJsonArray::fromStringList(without)},
                                     {QStringLiteral("encrypts"), e2ee.encrypts(jid)},
                                     {QStringLiteral("devices"), out}};
            std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
        } else {
            if (!e2ee.isPrivateGroup(jid))
                std::fprintf(stderr, "%s\n", qPrintable(tr("%1 is not a private group: its messages are not encrypted").arg(jid)));
            for (const E2eeDevice &d : devices)
                std::printf("%s\t%s\t%s\t%s\t%s\n", qPrintable(d.jid), qPrintable(d.fingerprint), qPrintable(trustName(d.trust)),
                            d.legacy ? "OMEMO 0.3" : "OMEMO 2", qPrintable(d.label));
            for (const QString &member : without)
                std::fprintf(stderr, "%s\n", qPrintable(tr("%1 announces no OMEMO device and cannot read the group's encrypted messages").arg(member)));
        }
        return 0;
    }
    const QList<E2eeDevice> devices = devicesOf(e2ee, jid);
    if (options.json) {
        QJsonArray out;
        for (const E2eeDevice &d : devices)
            out << deviceJson(d);
        QJsonObject result{{QStringLiteral("jid"), jid}, {QStringLiteral("devices"), out}};
        if (!options.address.isEmpty() && jid != session.jid())
            result.insert(QStringLiteral("encrypts"), e2ee.encrypts(jid));
        if (jid == session.jid()) // whether the private keys are sealed with the keychain's key
            result.insert(QStringLiteral("keysProtected"), e2ee.protectionNote().isEmpty());
        std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Indented).constData());
    } else {
        for (const E2eeDevice &d : devices)
            std::printf("%s\t%s\t%s\t%s\n", qPrintable(d.fingerprint), qPrintable(trustName(d.trust)),
                        d.legacy ? "OMEMO 0.3" : "OMEMO 2", qPrintable(d.own ? tr("this device") : d.label));
        if (devices.isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(tr("%1 announces no OMEMO device").arg(jid)));
        if (jid == session.jid() && !e2ee.protectionNote().isEmpty())
            std::fprintf(stderr, "%s\n", qPrintable(e2ee.protectionNote()));
    }
    return 0;
}

} // namespace EncryptionCommand
