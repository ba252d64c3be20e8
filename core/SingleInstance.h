#pragma once

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace Hearth {

// One running Hearth per profile. The first start listens on a local
// socket named after the profile; a later start on that profile hands its
// arguments to it and quits (the running window opens the link or view),
// while another profile runs beside it. A socket left by a crashed run is
// taken over.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    enum class Outcome {
        NoneRunning, // nobody listens: this start shows the window (then listen())
        HandedOver,  // the running instance has the arguments: quit
        Failed,      // a running instance did not answer; error() says what happened
    };

    explicit SingleInstance(const QString &profileDirectory, QObject *parent = nullptr);
    ~SingleInstance() override;

    // The socket's name: in the user's runtime directory where there is
    // one (Unix), else a name the platform scopes (Windows pipes).
    [[nodiscard]] static QString socketName(const QString &profileDirectory);

    // Hands the arguments to a running instance. Blocks for at most
    // timeoutMs (a local socket: a few milliseconds when all is well); needs
    // no application object, so a hand-over never opens a display.
    Outcome handOver(const QStringList &arguments, int timeoutMs = 3000);
    // Listens for later starts (once the application exists). A socket no
    // one answers on (a crashed run's) is taken over. False with error()
    // when the name cannot be had; the run goes on without it.
    bool listen();
    [[nodiscard]] QString error() const { return m_error; }

Q_SIGNALS:
    // Another start's arguments (argv without the program), and the folder
    // it was started in (relative file names).
    void received(const QStringList &arguments, const QString &workingDirectory);

private:
    void onNewConnection();

    QString m_name;
    QString m_error;
    QLocalServer *m_server = nullptr;
};

} // namespace Hearth
