#pragma once

#include <QFuture>
#include <QPromise>
#include <memory>

namespace Hearth {

// A started promise, shared by the continuations that will fulfil it; the
// caller returns promise->future().
template<typename T>
std::shared_ptr<QPromise<T>> startedPromise()
{
    auto promise = std::make_shared<QPromise<T>>();
    promise->start();
    return promise;
}

// Gives the promise its one result and finishes it.
template<typename T, typename V>
void fulfil(const std::shared_ptr<QPromise<T>> &promise, V &&value)
{
    promise->addResult(T(std::forward<V>(value)));
    promise->finish();
}

} // namespace Hearth
