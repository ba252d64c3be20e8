#include "ConnectionState.h"

#include <QRandomGenerator>
#include <algorithm>

namespace Hearth {

ConnectionStateMachine::ConnectionStateMachine(JitterSource jitter)
    : m_jitter(std::move(jitter))
{
    if (!m_jitter)
        m_jitter = [] { return QRandomGenerator::global()->generateDouble(); };
}

void ConnectionStateMachine::setBackoff(int initialMs, int maximumMs)
{
    m_initialDelayMs = std::max(1, initialMs);
    m_maximumDelayMs = std::max(m_initialDelayMs, maximumMs);
}

ConnectionStateMachine::State ConnectionStateMachine::connectRequested(bool retryTransient)
{
    m_retryTransient = retryTransient;
    m_lastError = {};
    m_retryDelayMs = -1;
    m_failedAttempts = 0;
    if (m_state != State::Online)
        m_state = m_hadSession ? State::Reconnecting : State::Connecting;
    return m_state;
}

ConnectionStateMachine::State ConnectionStateMachine::connected()
{
    m_state = State::Online;
    m_hadSession = true;
    m_failedAttempts = 0;
    m_retryDelayMs = -1;
    m_lastError = {};
    return m_state;
}

ConnectionStateMachine::State ConnectionStateMachine::disconnected(const ConnectionError &error)
{
    if (m_state == State::Offline)
        return m_state; // the close we asked for
    m_lastError = error;
    if (!error.isError()) {
        // A clean close from the server side without an error: treat it as
        // a drop when we had a session, as the end otherwise.
        if (!m_hadSession && !m_retryTransient) {
            m_state = State::Offline;
            m_retryDelayMs = -1;
            return m_state;
        }
        m_lastError = ConnectionError(ConnectionError::Kind::NetworkLost);
    }
    if (m_lastError.isTransient() && (m_hadSession || m_retryTransient)) {
        ++m_failedAttempts;
        m_state = State::Reconnecting;
        m_retryDelayMs = nextDelay();
    } else {
        m_state = State::Error;
        m_retryDelayMs = -1;
    }
    return m_state;
}

ConnectionStateMachine::State ConnectionStateMachine::retryDue()
{
    if (m_state == State::Reconnecting)
        m_retryDelayMs = -1; // attempt under way
    return m_state;
}

ConnectionStateMachine::State ConnectionStateMachine::logoutRequested()
{
    m_state = State::Offline;
    m_hadSession = false;
    m_retryTransient = false;
    m_failedAttempts = 0;
    m_retryDelayMs = -1;
    m_lastError = {};
    return m_state;
}

int ConnectionStateMachine::nextDelay()
{
    // 1 s, 2 s, 4 s … capped, each ±20 %.
    const int exponent = std::min(m_failedAttempts - 1, 16);
    const qint64 nominal = std::min<qint64>(qint64(m_initialDelayMs) << exponent, m_maximumDelayMs);
    const double factor = 0.8 + 0.4 * std::clamp(m_jitter(), 0.0, 1.0);
    return int(std::clamp<qint64>(qint64(nominal * factor), 1, m_maximumDelayMs));
}

} // namespace Hearth
