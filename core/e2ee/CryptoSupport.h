#pragma once

#include <QString>

namespace Hearth::CryptoSupport {

// QXmpp's OMEMO does its symmetric cryptography through QCA, which loads it
// from a provider plugin (qca-ossl). A package carries that plugin beside
// its private libraries (lib/hearth/qca-qt6/crypto): this adds that place to where
// QCA looks, from the running executable's location. Call it first in main().
void addPackagedPluginPath();

// QCA's version as loaded.
[[nodiscard]] QString qcaVersion();

// "" when QCA can do what OMEMO needs (AES-256-CBC, HMAC-SHA-256, AES-256-GCM
// for files), else what is missing, for the user and the log: without it
// nothing can be encrypted or decrypted.
[[nodiscard]] QString problem();

} // namespace Hearth::CryptoSupport
