#pragma once

#include "TestSession.h"

#include <QObject>
#include <QStringList>
#include <QXmppClient.h>
#include <QXmppLogger.h>

namespace Hearth::Test {

// Everything a session's client writes to its stream, as XML: what went
// out in the clear can be looked for.
class Wire : public QObject
{
public:
    explicit Wire(TestSession &s)
    {
        connect(s.account.client()->logger(), &QXmppLogger::message, this, [this](QXmppLogger::MessageType type, const QString &text) {
            if (type == QXmppLogger::SentMessage)
                sent << text;
        });
    }
    [[nodiscard]] bool carries(const QString &text) const
    {
        for (const QString &xml : sent)
            if (xml.contains(text))
                return true;
        return false;
    }
    QStringList sent;
};

} // namespace Hearth::Test
