#pragma once

#include "../AccountSettings.h"

#include <QObject>
#include <QProcess>
#include <QString>

namespace Hearth {

// A private Prosody 0.12 on free loopback ports, with its own config and
// data folder: the demo's server and the integration tests' fixture. Never
// touches /etc/prosody, /var/lib/prosody or the system service.
class LocalProsody : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString directory;                 // config, data and log live here
        QString domain = QStringLiteral("localhost");
        bool commentsService = true;       // a comments.<domain> pubsub component, as Movim uses
        bool registration = true;          // XEP-0077 in-band registration
        // A self-signed certificate for the domain, STARTTLS offered on the
        // c2s port and direct TLS on directTlsPort(): for certificate tests.
        bool tls = false;
        // Reuse the ports of the last run in this directory when they are
        // still free (the demo: uploaded files' URLs name the HTTP port).
        bool keepPorts = false;
        // mod_bookmarks: XEP-0402 with urn:xmpp:bookmarks:1#compat. Off, the
        // server keeps XEP-0048 private storage apart (older servers).
        bool bookmarksCompat = true;
        // How many items a node may keep (pep_max_items, pubsub_max_items;
        // Prosody's default is 256).
        int maxItems = 1024;
        // Items carry their publisher (expose_publisher on the pubsub
        // components, as servers set up for Movim do); Prosody's default
        // hides it, and so does its PEP in items results.
        bool exposePublisher = true;
        // The pubsub component takes the "authorize" access model (members
        // ask, the owner approves), as community servers do; off: stock
        // Prosody 0.12 (open and whitelist only).
        bool authorizeNodes = true;
        // A second virtual host on the same server, with its own pubsub,
        // comments, rooms and upload services (another "pod": moving an
        // account between the two, with no s2s). Its uploads are served
        // as http://localhost:<http port>/ (the first host's as 127.0.0.1).
        QString secondDomain;
        // Prosody's storage: "internal" (files, its default) or "memory"
        // (all but the accounts kept in memory only: benchmarks that time
        // Hearth, not the file store, which re-reads a whole node on each
        // publish).
        QString storage = QStringLiteral("internal");
        // How many messages a user's archive keeps before the oldest go
        // (storage_archive_item_limit); 0: Prosody's default (1,000 in
        // memory, 10,000 in files).
        int archiveItemLimit = 0;
        // The largest file the upload service takes, in bytes.
        qint64 uploadLimit = 16 * 1024 * 1024;
    };

    explicit LocalProsody(Options options, QObject *parent = nullptr);
    ~LocalProsody() override;

    // Writes the config, starts Prosody and waits until it accepts
    // connections. Ports are chosen on the first start and kept for restarts.
    bool start(QString *error = nullptr);
    // SIGTERM and wait (clients get a system-shutdown stream error).
    void stop();
    // SIGKILL: the server vanishes without closing streams.
    void kill();
    [[nodiscard]] bool isRunning() const;

    // prosodyctl register: creates or resets an account.
    bool createAccount(const QString &user, const QString &password, QString *error = nullptr);
    // On the second virtual host (Options::secondDomain), or any domain of the config.
    bool createAccount(const QString &user, const QString &domain, const QString &password, QString *error);

    [[nodiscard]] QString domain() const { return m_options.domain; }
    [[nodiscard]] const Options &options() const { return m_options; }
    // How a client reaches this server as user@domain (loopback, plain c2s).
    [[nodiscard]] AccountSettings accountSettings(const QString &user) const;
    [[nodiscard]] QString host() const { return QStringLiteral("127.0.0.1"); }
    [[nodiscard]] quint16 c2sPort() const { return m_c2sPort; }
    [[nodiscard]] quint16 httpPort() const { return m_httpPort; }
    [[nodiscard]] quint16 directTlsPort() const { return m_directTlsPort; }
    // The self-signed certificate (PEM) when Options::tls is set.
    [[nodiscard]] QString certificatePath() const;
    [[nodiscard]] qint64 pid() const;
    [[nodiscard]] QString directory() const { return m_options.directory; }
    [[nodiscard]] QString configPath() const;
    [[nodiscard]] QString logPath() const;
    // The last lines of Prosody's log, for error messages.
    [[nodiscard]] QString logTail(int lines = 20) const;

    // Picks a port that is free on 127.0.0.1 right now.
    [[nodiscard]] static quint16 freeLoopbackPort();
    // Finds prosody and prosodyctl; empty when Prosody is not installed.
    [[nodiscard]] static QString prosodyExecutable();
    [[nodiscard]] static QString prosodyctlExecutable();

private:
    bool writeConfig(QString *error);
    void choosePorts();
    bool ensureCertificate(QString *error);
    void killStaleInstance();
    bool waitUntilListening(int timeoutMs, QString *error);

    Options m_options;
    QProcess m_process;
    quint16 m_c2sPort = 0;
    quint16 m_httpPort = 0;
    quint16 m_directTlsPort = 0;
};

} // namespace Hearth
