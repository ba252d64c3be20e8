#pragma once

#include <QString>
#include <utility>

namespace Hearth {

// The outcome of one database job: a value, or the error text that was
// logged (hearth.core.db) and reported. SQL errors never abort the app.
template<typename T>
struct DbResult
{
    T value{};
    QString error;

    [[nodiscard]] bool ok() const { return error.isEmpty(); }
    static DbResult failure(QString message) { return DbResult{T{}, std::move(message)}; }
};

using DbStatus = DbResult<bool>;

} // namespace Hearth
