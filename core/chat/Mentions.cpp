#include "Mentions.h"

namespace Hearth::Mentions {

bool mentions(const QString &body, const QString &nick)
{
    const QString name = nick.trimmed();
    if (name.isEmpty())
        return false;
    auto isWordChar = [](QChar c) { return c.isLetterOrNumber() || c == u'_' || c == u'-'; };
    for (qsizetype at = body.indexOf(name, 0, Qt::CaseInsensitive); at >= 0;
         at = body.indexOf(name, at + 1, Qt::CaseInsensitive)) {
        const qsizetype end = at + name.size();
        const bool startsWord = at == 0 || !isWordChar(body.at(at - 1));
        const bool endsWord = end >= body.size() || !isWordChar(body.at(end));
        if (startsWord && endsWord)
            return true;
    }
    return false;
}

} // namespace Hearth::Mentions
