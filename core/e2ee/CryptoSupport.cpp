#include "CryptoSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QStringList>
#include <QtCrypto>

namespace Hearth::CryptoSupport {

void addPackagedPluginPath()
{
#if defined(Q_OS_LINUX)
    // Before any QCoreApplication exists (--version): the link the kernel keeps.
    const QString exe = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    const QDir bin = QFileInfo(exe).dir();
    // Laid out as in QCA's own prefix (lib/qca-qt6/crypto), so that the
    // provider's $ORIGIN/../.. RUNPATH finds libqca beside it.
    const QString packaged = QDir::cleanPath(bin.filePath(QStringLiteral("../lib/hearth/qca-qt6")));
    if (QFileInfo::exists(packaged + QStringLiteral("/crypto")))
        QCoreApplication::addLibraryPath(packaged);
#endif
}

QString qcaVersion()
{
    return QString::fromLatin1(::qcaVersionStr());
}

QString problem()
{
    // Kept for the process: the check loads the providers once.
    static QCA::Initializer initializer;
    QStringList missing;
    for (const char *feature : {"aes256-cbc-pkcs7", "hmac(sha256)", "aes256-gcm"}) {
        if (!QCA::isSupported(feature))
            missing << QString::fromLatin1(feature);
    }
    if (missing.isEmpty())
        return {};
    return QCoreApplication::translate("CryptoSupport", "QCA's OpenSSL provider (qca-ossl) is missing or lacks %1: end-to-end encryption is off")
        .arg(missing.join(QStringLiteral(", ")));
}

} // namespace Hearth::CryptoSupport
