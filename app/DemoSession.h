#pragma once

#include "AccountSettings.h"

#include <QObject>
#include <memory>

namespace Hearth {
class DemoPresence;
class LocalProsody;
}

// `hearth --demo`: a private Prosody on a free loopback port with seeded
// accounts, kept under the cache folder between runs, and stopped (by its
// PID) when the app quits.
class DemoSession : public QObject
{
    Q_OBJECT
public:
    explicit DemoSession(const QString &directory, QObject *parent = nullptr);
    ~DemoSession() override;

    // Starts the server (blocking, about half a second), then seeds it in the
    // background on the first run; ready() follows.
    bool start(QString *error);
    [[nodiscard]] Hearth::AccountSettings demoAccount() const;
    [[nodiscard]] QString demoPassword() const;
    [[nodiscard]] static QString defaultDirectory();
    // Before the demo's profile is opened: a folder seeded by an older
    // version of the seed (or never) is emptied, server and cache together,
    // so the new seed starts from nothing (no duplicate comments, follows
    // made again on the first login).
    static void prepareDirectory(const QString &directory);

Q_SIGNALS:
    void ready();
    void failed(const QString &error);

private:
    QString m_directory;
    std::unique_ptr<Hearth::LocalProsody> m_server;
    std::unique_ptr<Hearth::DemoPresence> m_presence;
};
