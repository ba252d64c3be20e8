#include "LocalProsody.h"

#include "../Logging.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/types.h>
#include <unistd.h>
#endif

namespace Hearth {

namespace {
QString luaString(const QString &value)
{
    QString escaped = value;
    escaped.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
    return u'"' + escaped + u'"';
}

void setError(QString *error, const QString &message)
{
    qCWarning(lcServer).noquote() << message;
    if (error)
        *error = message;
}

QString findExecutable(const QString &name)
{
    QString path = QStandardPaths::findExecutable(name);
    if (path.isEmpty())
        path = QStandardPaths::findExecutable(name, {QStringLiteral("/usr/bin"), QStringLiteral("/usr/local/bin"),
                                                     QStringLiteral("/opt/homebrew/bin")});
    return path;
}
} // namespace

LocalProsody::LocalProsody(Options options, QObject *parent)
    : QObject(parent), m_options(std::move(options))
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.setStandardOutputFile(QProcess::nullDevice());
}

LocalProsody::~LocalProsody()
{
    stop();
}

QString LocalProsody::prosodyExecutable()
{
    return findExecutable(QStringLiteral("prosody"));
}

QString LocalProsody::prosodyctlExecutable()
{
    return findExecutable(QStringLiteral("prosodyctl"));
}

AccountSettings LocalProsody::accountSettings(const QString &user) const
{
    AccountSettings settings;
    settings.jid = user + u'@' + m_options.domain;
    settings.host = host();
    settings.port = m_c2sPort;
    return settings;
}

QString LocalProsody::configPath() const
{
    return m_options.directory + QStringLiteral("/prosody.cfg.lua");
}

QString LocalProsody::certificatePath() const
{
    return m_options.directory + QStringLiteral("/certs/") + m_options.domain + QStringLiteral(".crt");
}

bool LocalProsody::ensureCertificate(QString *error)
{
    const QString key = m_options.directory + QStringLiteral("/certs/") + m_options.domain + QStringLiteral(".key");
    if (QFile::exists(certificatePath()) && QFile::exists(key))
        return true;
    QDir().mkpath(m_options.directory + QStringLiteral("/certs"));
    const QString openssl = findExecutable(QStringLiteral("openssl"));
    if (openssl.isEmpty()) {
        setError(error, tr("openssl is needed to make the test certificate."));
        return false;
    }
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(openssl, {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("rsa:2048"),
                            QStringLiteral("-nodes"), QStringLiteral("-days"), QStringLiteral("30"),
                            QStringLiteral("-subj"), QStringLiteral("/CN=") + m_options.domain,
                            QStringLiteral("-addext"), QStringLiteral("subjectAltName=DNS:") + m_options.domain,
                            QStringLiteral("-keyout"), key, QStringLiteral("-out"), certificatePath()});
    if (!process.waitForFinished(30000) || process.exitCode() != 0) {
        setError(error, tr("openssl could not make a certificate: %1").arg(QString::fromUtf8(process.readAll())));
        return false;
    }
    return true;
}

QString LocalProsody::logPath() const
{
    return m_options.directory + QStringLiteral("/prosody.log");
}

qint64 LocalProsody::pid() const
{
    return m_process.processId();
}

bool LocalProsody::isRunning() const
{
    return m_process.state() != QProcess::NotRunning;
}

quint16 LocalProsody::freeLoopbackPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

QString LocalProsody::logTail(int lines) const
{
    QFile file(logPath());
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QStringList all = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(u'\n');
}

bool LocalProsody::writeConfig(QString *error)
{
    const QDir dir(m_options.directory);
    if (!dir.mkpath(QStringLiteral("data")) || !dir.mkpath(QStringLiteral("modules"))) {
        setError(error, tr("Cannot create the server folder %1").arg(m_options.directory));
        return false;
    }
    // The node-creation module ships inside Hearth; write it out each time so
    // an updated Hearth updates it too.
    QFile module(dir.filePath(QStringLiteral("modules/mod_hearth_user_nodes.lua")));
    QFile source(QStringLiteral(":/hearth/prosody/mod_hearth_user_nodes.lua"));
    if (!source.open(QIODevice::ReadOnly) || !module.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || module.write(source.readAll()) < 0) {
        setError(error, tr("Cannot write the server module into %1").arg(dir.filePath(QStringLiteral("modules"))));
        return false;
    }
    module.close();

    const QString d = m_options.domain;
    QString cfg;
    cfg += QStringLiteral("-- Written by Hearth for a private loopback server. Do not edit: rewritten on start.\n");
    cfg += QStringLiteral("pidfile = %1\n").arg(luaString(dir.filePath(QStringLiteral("prosody.pid"))));
    cfg += QStringLiteral("data_path = %1\n").arg(luaString(dir.filePath(QStringLiteral("data"))));
    cfg += QStringLiteral("plugin_paths = { %1 }\n").arg(luaString(dir.filePath(QStringLiteral("modules"))));
    cfg += QStringLiteral("daemonize = false\n");
#ifdef Q_OS_UNIX
    // CI and the demo may run as root; the data folder is ours, not prosody's.
    if (::getuid() == 0)
        cfg += QStringLiteral("run_as_root = true\n");
#endif
    cfg += QStringLiteral("log = { { levels = { min = \"info\" }, to = \"file\", filename = %1 } }\n").arg(luaString(logPath()));
    cfg += QStringLiteral("interfaces = { \"127.0.0.1\" }\nlocal_interfaces = { \"127.0.0.1\" }\n");
    cfg += QStringLiteral("c2s_ports = { %1 }\n").arg(m_c2sPort);
    if (m_options.tls) {
        cfg += QStringLiteral("c2s_direct_tls_ports = { %1 }\n").arg(m_directTlsPort);
        cfg += QStringLiteral("ssl = { certificate = %1, key = %2 }\n")
                   .arg(luaString(certificatePath()),
                        luaString(m_options.directory + QStringLiteral("/certs/") + m_options.domain + QStringLiteral(".key")));
    } else {
        cfg += QStringLiteral("c2s_direct_tls_ports = { }\n");
    }
    cfg += QStringLiteral("s2s_ports = { }\ns2s_direct_tls_ports = { }\ncomponent_ports = { }\n");
    // On loopback a segment can hold 64 KiB, so Nagle's algorithm holds
    // back each write after the first until the client's delayed
    // acknowledgement (~40 ms): every archive page would wait that long,
    // which no server on a real network (1.5 KB segments) makes anyone wait.
    cfg += QStringLiteral("network_settings = { nagle = false }\n");
    // The memory store keeps every archived stanza in Lua's heap, which
    // the default (incremental) collector sweeps whole on each cycle: with
    // 20,000 archived messages that was two thirds of Prosody's time per
    // archive page. Lua 5.4's generational collector leaves old objects be,
    // as a server whose archive is on disk has none to sweep.
    if (m_options.storage == QLatin1String("memory"))
        cfg += QStringLiteral("gc = { mode = \"generational\" }\n");
    cfg += QStringLiteral("http_ports = { %1 }\nhttp_interfaces = { \"127.0.0.1\" }\nhttps_ports = { }\nhttps_interfaces = { }\n").arg(m_httpPort);
    cfg += QStringLiteral("http_external_url = \"http://127.0.0.1:%1/\"\n").arg(m_httpPort);
    // Requests come for 127.0.0.1, not a virtual host's name: the upload
    // component answers them (its URLs are the only ones handed out).
    cfg += QStringLiteral("http_default_host = %1\n").arg(luaString(QStringLiteral("upload.") + d));
    cfg += QStringLiteral("admin_socket = %1\n").arg(luaString(dir.filePath(QStringLiteral("admin.sock"))));
    cfg += QStringLiteral(
        "modules_enabled = { \"roster\", \"saslauth\", \"disco\", \"private\", \"vcard4\", \"vcard_legacy\",\n"
        "  \"pep\", \"blocklist\", \"carbons\", \"mam\", \"smacks\", \"register\", \"offline\",\n"
        "  \"ping\", \"time\", \"version\", \"uptime\", \"http_files\"%1%2 }\n"
        "modules_disabled = { \"s2s\" }\n"
        "authentication = \"internal_hashed\"\n%4\n"
        "c2s_require_encryption = false\ns2s_require_encryption = false\n"
        "archive_expires_after = \"never\"\nsmacks_hibernation_time = 600\n"
        "pep_max_items = %3\npubsub_max_items = %3\n")
               .arg(m_options.tls ? QStringLiteral(", \"tls\"") : QString(),
                    m_options.bookmarksCompat ? QStringLiteral(", \"bookmarks\"") : QString())
               .arg(m_options.maxItems)
               // Accounts stay in files: prosodyctl registers them from another process.
               .arg(m_options.storage == QLatin1String("internal")
                        ? QStringLiteral("storage = \"internal\"")
                        : QStringLiteral("default_storage = %1\nstorage = { accounts = \"internal\" }").arg(luaString(m_options.storage)));
    if (m_options.archiveItemLimit > 0)
        cfg += QStringLiteral("storage_archive_item_limit = %1\n").arg(m_options.archiveItemLimit);
    cfg += QStringLiteral("allow_registration = %1\n").arg(m_options.registration ? u"true" : u"false");
    const QString expose = m_options.exposePublisher ? QStringLiteral("true") : QStringLiteral("false");
    const QString authorize = m_options.authorizeNodes ? QStringLiteral("true") : QStringLiteral("false");
    auto virtualHost = [&](const QString &domain, const QString &uploadUrlHost) {
        cfg += QStringLiteral("\nVirtualHost %1\n").arg(luaString(domain));
        const QString pubsub = QStringLiteral("\nComponent %1 \"pubsub\"\n  modules_enabled = { \"hearth_user_nodes\" }\n"
                                              "  hearth_parent_host = %2\n  expose_publisher = %3\n  hearth_authorize = %4\n");
        cfg += pubsub.arg(luaString(QStringLiteral("pubsub.") + domain), luaString(domain), expose, authorize);
        if (m_options.commentsService)
            cfg += pubsub.arg(luaString(QStringLiteral("comments.") + domain), luaString(domain), expose, authorize);
        cfg += QStringLiteral("\nComponent %1 \"muc\"\n  modules_enabled = { \"muc_mam\" }\n  restrict_room_creation = \"local\"\n")
                   .arg(luaString(QStringLiteral("muc.") + domain));
        // Files are kept as long as the folder (the demo's pictures outlive a week).
        cfg += QStringLiteral("\nComponent %1 \"http_file_share\"\n  http_file_share_size_limit = %2\n"
                              "  http_file_share_expires_after = 100*365*86400\n")
                   .arg(luaString(QStringLiteral("upload.") + domain))
                   .arg(m_options.uploadLimit);
        // HTTP requests find a host by name: the second one's files are
        // asked for as localhost (the first's as 127.0.0.1, the default).
        if (!uploadUrlHost.isEmpty())
            cfg += QStringLiteral("  http_host = %1\n  http_external_url = \"http://%2:%3/\"\n")
                       .arg(luaString(uploadUrlHost), uploadUrlHost)
                       .arg(m_httpPort);
    };
    virtualHost(d, {});
    if (!m_options.secondDomain.isEmpty())
        virtualHost(m_options.secondDomain, QStringLiteral("localhost"));

    QFile file(configPath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(cfg.toUtf8()) < 0) {
        setError(error, tr("Cannot write %1").arg(configPath()));
        return false;
    }
    return true;
}

void LocalProsody::killStaleInstance()
{
#ifdef Q_OS_LINUX
    // A previous demo that crashed may have left its server running.
    QFile pidFile(m_options.directory + QStringLiteral("/prosody.pid"));
    if (!pidFile.open(QIODevice::ReadOnly))
        return;
    bool ok = false;
    const qint64 stalePid = pidFile.readAll().trimmed().toLongLong(&ok);
    pidFile.close();
    if (!ok || stalePid <= 1)
        return;
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(stalePid));
    if (!cmdline.open(QIODevice::ReadOnly))
        return;
    const QByteArray command = cmdline.readAll();
    if (command.contains("prosody") && command.contains(configPath().toUtf8())) {
        qCInfo(lcServer) << "stopping a stale Prosody, pid" << stalePid;
        ::kill(pid_t(stalePid), SIGTERM);
        for (int i = 0; i < 50 && QFile::exists(QStringLiteral("/proc/%1").arg(stalePid)); ++i)
            QThread::msleep(100);
    }
#endif
}

bool LocalProsody::start(QString *error)
{
    if (isRunning())
        return true;
    const QString prosody = prosodyExecutable();
    if (prosody.isEmpty()) {
        setError(error, tr("Prosody is not installed (the Debian package \"prosody\" provides it)."));
        return false;
    }
    killStaleInstance();
    if (m_c2sPort == 0)
        choosePorts();
    if (m_options.tls && m_directTlsPort == 0) {
        m_directTlsPort = freeLoopbackPort();
        while (m_directTlsPort == m_c2sPort || m_directTlsPort == m_httpPort)
            m_directTlsPort = freeLoopbackPort();
    }
    if (m_options.tls && !ensureCertificate(error))
        return false;
    if (m_c2sPort == 0 || m_httpPort == 0) {
        setError(error, tr("No free port on 127.0.0.1."));
        return false;
    }
    if (!writeConfig(error))
        return false;

    m_process.setProgram(prosody);
    m_process.setArguments({QStringLiteral("--config"), configPath()});
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        setError(error, tr("Prosody did not start: %1").arg(m_process.errorString()));
        return false;
    }
    if (!waitUntilListening(20000, error)) {
        kill();
        return false;
    }
    qCInfo(lcServer) << "Prosody" << m_options.domain << "listening on 127.0.0.1:" << m_c2sPort << "pid" << pid();
    return true;
}

namespace {
bool isFree(quint16 port)
{
    QTcpServer probe;
    return port != 0 && probe.listen(QHostAddress::LocalHost, port);
}
} // namespace

void LocalProsody::choosePorts()
{
    const QString remembered = QDir(m_options.directory).filePath(QStringLiteral("ports"));
    if (m_options.keepPorts) {
        QFile file(remembered);
        if (file.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> ports = file.readAll().simplified().split(' ');
            const quint16 c2s = ports.value(0).toUShort();
            const quint16 http = ports.value(1).toUShort();
            if (c2s != http && isFree(c2s) && isFree(http)) {
                m_c2sPort = c2s;
                m_httpPort = http;
                return;
            }
            qCWarning(lcServer) << "the ports of the last run," << c2s << http << ", are taken: choosing others";
        }
    }
    m_c2sPort = freeLoopbackPort();
    m_httpPort = freeLoopbackPort();
    while (m_httpPort == m_c2sPort)
        m_httpPort = freeLoopbackPort();
    if (m_options.keepPorts) {
        QDir().mkpath(m_options.directory);
        QFile file(remembered);
        if (file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            file.write(QByteArray::number(m_c2sPort) + ' ' + QByteArray::number(m_httpPort) + '\n');
    }
}

bool LocalProsody::waitUntilListening(int timeoutMs, QString *error)
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_process.state() == QProcess::NotRunning) {
            setError(error, tr("Prosody exited (code %1). Its log ends with:\n%2").arg(m_process.exitCode()).arg(logTail()));
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_c2sPort);
        if (probe.waitForConnected(200)) {
            probe.abort();
            return true;
        }
        m_process.waitForFinished(50);
    }
    setError(error, tr("Prosody did not listen on port %1 in time. Its log ends with:\n%2").arg(m_c2sPort).arg(logTail()));
    return false;
}

void LocalProsody::stop()
{
    if (!isRunning())
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(10000)) {
        qCWarning(lcServer) << "Prosody did not stop in time; killing it";
        kill();
    }
}

void LocalProsody::kill()
{
    if (!isRunning())
        return;
    m_process.kill();
    m_process.waitForFinished(5000);
}

bool LocalProsody::createAccount(const QString &user, const QString &password, QString *error)
{
    return createAccount(user, m_options.domain, password, error);
}

bool LocalProsody::createAccount(const QString &user, const QString &domain, const QString &password, QString *error)
{
    const QString prosodyctl = prosodyctlExecutable();
    if (prosodyctl.isEmpty()) {
        setError(error, tr("prosodyctl is not installed."));
        return false;
    }
    if (!QFile::exists(configPath()) && !writeConfig(error))
        return false;
    QProcess ctl;
    ctl.setProcessChannelMode(QProcess::MergedChannels);
    ctl.start(prosodyctl, {QStringLiteral("--config"), configPath(), QStringLiteral("register"), user, domain, password});
    if (!ctl.waitForFinished(30000) || ctl.exitStatus() != QProcess::NormalExit || ctl.exitCode() != 0) {
        setError(error, tr("prosodyctl register %1 failed: %2").arg(user, QString::fromUtf8(ctl.readAll()).trimmed()));
        return false;
    }
    return true;
}

} // namespace Hearth
