#pragma once

#include <QFuture>
#include <QObject>
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

// Gives the promise its result on home's thread (work done on another thread
// hands its result back this way). Qt 6.4 keeps a continuation after running
// it, so a future that finishes on one thread while then() attaches on another
// can run the continuation twice, the second time on a moved-from promise (a
// crash seen in CI). Finishing where continuations attach closes that window.
// If home is gone first, the promise is dropped unfinished: the future cancels.
template<typename T, typename V>
void fulfilOn(QObject *home, std::shared_ptr<QPromise<T>> promise, V &&value)
{
    QMetaObject::invokeMethod(
        home,
        [promise = std::move(promise), value = T(std::forward<V>(value))]() mutable {
            promise->addResult(std::move(value));
            promise->finish();
        },
        Qt::QueuedConnection);
}

} // namespace Hearth
