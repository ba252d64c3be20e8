#pragma once

#include "ZipReader.h"

#include <QIODevice>

namespace Hearth {

// A read-only, sequential device over a ZipReader's current entry, so that
// QXmlStreamReader can read a part as it is inflated.
class ZipPartReader : public QIODevice
{
public:
    explicit ZipPartReader(ZipReader *zip)
        : m_zip(zip)
    {
        open(QIODevice::ReadOnly);
    }
    [[nodiscard]] bool isSequential() const override { return true; }

protected:
    qint64 readData(char *data, qint64 size) override
    {
        return m_zip->read(data, size); // 0 at the end, -1 on an error (the reader says which)
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    ZipReader *m_zip;
};

} // namespace Hearth
