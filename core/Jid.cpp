#include "Jid.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace Hearth {

namespace {
constexpr int kMaxPartBytes = 1023; // RFC 7622 §3.3.1 / §3.2.1

bool validDomainLabel(QStringView label)
{
    if (label.isEmpty() || label.size() > 63)
        return false;
    for (QChar c : label) {
        // Internationalised labels are allowed; only ASCII punctuation is not.
        if (c.unicode() < 0x80 && !c.isLetterOrNumber() && c != u'-' && c != u'_')
            return false;
    }
    return true;
}

bool validDomain(const QString &domain)
{
    if (domain.startsWith(u'[')) // IPv6 literal
        return domain.endsWith(u']') && !QHostAddress(domain.mid(1, domain.size() - 2)).isNull();
    QString d = domain;
    if (d.endsWith(u'.'))
        d.chop(1); // a trailing dot is allowed and stripped (RFC 7622 §3.2)
    if (d.isEmpty())
        return false;
    const auto labels = QStringView(d).split(u'.');
    for (const auto &label : labels) {
        if (!validDomainLabel(label))
            return false;
    }
    return true;
}
} // namespace

bool isValidDomain(const QString &domain)
{
    return domain.toUtf8().size() <= kMaxPartBytes && validDomain(domain);
}

JidCheck JidCheck::check(const QString &input)
{
    JidCheck result;
    const QString jid = input.trimmed();
    if (jid.isEmpty())
        return result;
    for (QChar c : jid) {
        if (c.isSpace()) {
            result.m_problem = Problem::Whitespace;
            return result;
        }
    }
    const qsizetype slash = jid.indexOf(u'/');
    const QString bare = slash >= 0 ? jid.left(slash) : jid;
    const qsizetype at = bare.indexOf(u'@');
    if (at < 0) {
        result.m_problem = Problem::MissingAt;
        return result;
    }
    const QString local = bare.left(at);
    QString domain = bare.mid(at + 1);
    if (local.isEmpty()) {
        result.m_problem = Problem::EmptyLocalpart;
        return result;
    }
    if (domain.isEmpty()) {
        result.m_problem = Problem::EmptyDomain;
        return result;
    }
    if (slash >= 0) {
        result.m_problem = Problem::HasResource;
        return result;
    }
    static const QString forbidden = QStringLiteral("\"&'/:<>@");
    for (QChar c : local) {
        if (forbidden.contains(c) || c.unicode() < 0x20) {
            result.m_problem = Problem::ForbiddenCharacter;
            return result;
        }
    }
    if (local.toUtf8().size() > kMaxPartBytes || domain.toUtf8().size() > kMaxPartBytes) {
        result.m_problem = Problem::TooLong;
        return result;
    }
    if (!validDomain(domain)) {
        result.m_problem = Problem::BadDomain;
        return result;
    }
    if (domain.endsWith(u'.'))
        domain.chop(1);
    result.m_problem = Problem::None;
    result.m_localpart = local;
    result.m_domain = domain.toLower();
    result.m_bareJid = local + u'@' + result.m_domain;
    return result;
}

QString JidCheck::message() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::Empty:
        return QCoreApplication::translate("JidCheck", "Enter your address, like name@example.org.");
    case Problem::MissingAt:
        return QCoreApplication::translate("JidCheck", "An address has the form name@example.org: the “@” is missing.");
    case Problem::EmptyLocalpart:
        return QCoreApplication::translate("JidCheck", "The name before the “@” is missing.");
    case Problem::EmptyDomain:
        return QCoreApplication::translate("JidCheck", "The server after the “@” is missing.");
    case Problem::HasResource:
        return QCoreApplication::translate("JidCheck", "Leave out the “/” and what follows it: Hearth chooses the resource itself.");
    case Problem::ForbiddenCharacter:
        return QCoreApplication::translate("JidCheck", "The name before the “@” contains a character that addresses cannot contain (\" & ' / : < > @).");
    case Problem::Whitespace:
        return QCoreApplication::translate("JidCheck", "Addresses cannot contain spaces.");
    case Problem::TooLong:
        return QCoreApplication::translate("JidCheck", "This address is too long.");
    case Problem::BadDomain:
        return QCoreApplication::translate("JidCheck", "The server name after the “@” is not a valid host name.");
    }
    return {};
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

} // namespace Hearth
