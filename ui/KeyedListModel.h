#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QSet>

// A list model that goes from one list of rows to the next in place: rows
// that left are removed, new ones inserted, the others moved and, when their
// content changed, announced with dataChanged. Never a reset, so a view keeps
// its delegates, its scroll position and its current item.
class KeyedListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    using QAbstractListModel::QAbstractListModel;

protected:
    // key(row) identifies a row across both lists (unique in each); same(a,
    // b) says whether a row's content is unchanged. Returns whether the
    // number of rows changed.
    template<typename T, typename Key, typename Same>
    bool replaceRows(QList<T> &rows, const QList<T> &next, Key key, Same same)
    {
        using K = std::decay_t<decltype(key(next.constFirst()))>;
        const qsizetype before = rows.size();
        QSet<K> wanted;
        wanted.reserve(next.size());
        for (const T &row : next)
            wanted.insert(key(row));
        // Rows that left, bottom up, a run at a time.
        for (qsizetype i = rows.size() - 1; i >= 0; --i) {
            if (wanted.contains(key(rows.at(i))))
                continue;
            const qsizetype last = i;
            while (i > 0 && !wanted.contains(key(rows.at(i - 1))))
                --i;
            beginRemoveRows({}, int(i), int(last));
            rows.remove(i, last - i + 1);
            endRemoveRows();
        }
        QSet<K> present;
        present.reserve(rows.size());
        for (const T &row : std::as_const(rows))
            present.insert(key(row));
        // Then every position in order: in place, moved up, or inserted.
        for (qsizetype i = 0; i < next.size(); ++i) {
            const K wantedKey = key(next.at(i));
            if (i < rows.size() && key(rows.at(i)) == wantedKey) {
                update(rows, i, next.at(i), same);
                continue;
            }
            if (present.contains(wantedKey)) {
                qsizetype from = i + 1;
                while (key(rows.at(from)) != wantedKey)
                    ++from;
                beginMoveRows({}, int(from), int(from), {}, int(i));
                rows.move(from, i);
                endMoveRows();
                update(rows, i, next.at(i), same);
                continue;
            }
            qsizetype last = i;
            while (last + 1 < next.size() && !present.contains(key(next.at(last + 1))))
                ++last;
            beginInsertRows({}, int(i), int(last));
            for (qsizetype n = i; n <= last; ++n)
                rows.insert(n, next.at(n));
            endInsertRows();
            i = last;
        }
        return rows.size() != before;
    }

private:
    template<typename T, typename Same>
    void update(QList<T> &rows, qsizetype i, const T &next, Same same)
    {
        if (same(rows.at(i), next))
            return;
        rows[i] = next;
        Q_EMIT dataChanged(index(int(i)), index(int(i)));
    }
};
