#pragma once

#include "ConnectionError.h"

#include <QObject>
#include <functional>

namespace Hearth {

namespace Connection {
Q_NAMESPACE
enum class State {
    Offline,      // not connected, not trying (logged out, or never started)
    Connecting,   // first attempt after the user asked to connect
    Online,       // authenticated session
    Reconnecting, // lost a session (or a retry is due): waiting for the backoff timer or retrying
    Error,        // a failure that needs the user: wrong password, TLS, policy
};
Q_ENUM_NS(State)
} // namespace Connection

// The connection life cycle as a pure state machine: no sockets, no timers,
// so every transition is unit-tested. Account drives it and owns the timer.
class ConnectionStateMachine
{
public:
    using State = Connection::State;
    // Jitter in [0, 1) picks where in ±20 % of the nominal delay a retry lands,
    // so that many clients do not reconnect in lockstep after a server restart.
    using JitterSource = std::function<double()>;

    explicit ConnectionStateMachine(JitterSource jitter = {});

    // Events. Each returns the new state.
    // retryTransient: keep retrying transient failures even before the first
    // session (a saved account started offline); a login from the form
    // reports them instead.
    State connectRequested(bool retryTransient = false);
    State connected();
    // A failure or a drop. Transient failures after the first session are
    // retried; everything else stops in Error (or Offline for a clean close).
    State disconnected(const ConnectionError &error);
    State retryDue();
    State logoutRequested();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] const ConnectionError &lastError() const { return m_lastError; }
    // Milliseconds until the next attempt while Reconnecting, else -1.
    [[nodiscard]] int retryDelayMs() const { return m_retryDelayMs; }
    [[nodiscard]] int failedAttempts() const { return m_failedAttempts; }
    [[nodiscard]] bool hadSession() const { return m_hadSession; }

    void setBackoff(int initialMs, int maximumMs);

private:
    int nextDelay();

    JitterSource m_jitter;
    State m_state = State::Offline;
    ConnectionError m_lastError;
    bool m_hadSession = false;
    bool m_retryTransient = false;
    int m_failedAttempts = 0;
    int m_retryDelayMs = -1;
    int m_initialDelayMs = 1000;
    int m_maximumDelayMs = 60000;
};

} // namespace Hearth
