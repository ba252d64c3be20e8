#pragma once

#include <QDomDocument>
#include <QString>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

// Shared by the libFuzzer targets: the input as text, its XML root, and the
// checks every target makes of what Hearth writes back.
namespace Hearth::Fuzz {

inline QString text(const uint8_t *data, size_t size)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
}

// The input's root element, namespace-aware (null when not well-formed).
inline QDomElement root(const QString &xml, QDomDocument &doc)
{
    if (!doc.setContent(xml, true))
        return {};
    return doc.documentElement();
}

// What Hearth writes must always be well-formed XML: abort otherwise, so
// libFuzzer keeps the input that did it.
inline void requireWellFormed(const QString &xml)
{
    QDomDocument doc;
    if (!doc.setContent(xml, true))
        std::abort();
}

} // namespace Hearth::Fuzz

// A property every input must keep: says which one broke, then aborts so
// that libFuzzer keeps the input.
#define FUZZ_REQUIRE(condition) \
    do { \
        if (!(condition)) { \
            std::fprintf(stderr, "%s:%d: %s does not hold\n", __FILE__, __LINE__, #condition); \
            std::abort(); \
        } \
    } while (false)
