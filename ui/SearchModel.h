#pragma once

#include "search/CacheSearch.h"

#include <QAbstractListModel>
#include <QColor>
#include <QQmlEngine>
#include <QTimer>
#include <optional>

// Search everywhere in the account's cache (online, offline, or an export
// being browsed): one text field over contacts, communities, posts,
// comments and messages. "All" shows the first hits of each kind, grouped,
// each group ending in a row that shows the rest; one kind pages on as the
// view scrolls (keyset, through canFetchMore/fetchMore). Typing restarts
// the search after a short pause; answers to older text are dropped.
class SearchModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("Provided by AppController")
    Q_PROPERTY(QString text READ text WRITE setText NOTIFY queryChanged)
    Q_PROPERTY(Kind kind READ kind WRITE setKind NOTIFY queryChanged)
    Q_PROPERTY(Period period READ period WRITE setPeriod NOTIFY queryChanged)
    // Only what this JID wrote or sent ('' = anyone).
    Q_PROPERTY(QString person READ person WRITE setPerson NOTIFY queryChanged)
    Q_PROPERTY(int count READ rowCount NOTIFY countChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // The text was searched and the rows are its answer (for "nothing found").
    Q_PROPERTY(bool searched READ searched NOTIFY busyChanged)
    Q_PROPERTY(QString error READ error NOTIFY busyChanged)
    // The colour matches are drawn in (the theme's accent), beside bold.
    Q_PROPERTY(QColor matchColor READ matchColor WRITE setMatchColor NOTIFY matchColorChanged)

public:
    enum class Kind { All, Contacts, Communities, Posts, Comments, Messages };
    Q_ENUM(Kind)
    enum class Period { Any, Week, Month, Year };
    Q_ENUM(Period)

    enum Role {
        KindRole = Qt::UserRole + 1, // Kind (never All)
        GroupRole,       // the kind's heading, for ListView sections
        TitleRole,       // rich text: escaped, matches in bold
        SnippetRole,     // rich text: escaped, matches in bold
        PlainTitleRole,  // the same without highlighting (accessible names)
        PlainSnippetRole,
        PersonRole,
        PersonNameRole,
        StampRole,
        TargetRole,      // what opens: a JID or an xmpp: URI
        ItemIdRole,
        MoreRole,        // this row shows the rest of its group
        MessageRowRole,  // a message's cache row (to scroll its conversation to it)
    };
    Q_ENUM(Role)

    explicit SearchModel(Hearth::Database *db, QObject *parent = nullptr);

    void setAccountId(qint64 id);
    // Milliseconds between the last keystroke and the search (tests: 0).
    void setDelay(int ms) { m_debounce.setInterval(ms); }
    // Hits per page of one kind (tests: small, to page).
    void setPageSize(int rows) { m_pageSize = rows; }

    [[nodiscard]] QString text() const { return m_text; }
    void setText(const QString &text);
    [[nodiscard]] Kind kind() const { return m_kind; }
    void setKind(Kind kind);
    [[nodiscard]] Period period() const { return m_period; }
    void setPeriod(Period period);
    [[nodiscard]] QString person() const { return m_person; }
    void setPerson(const QString &person);
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] bool searched() const { return m_searched; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QColor matchColor() const { return m_matchColor; }
    void setMatchColor(const QColor &color);

    // Searches now (Enter), without waiting for the pause.
    Q_INVOKABLE void searchNow();
    Q_INVOKABLE void clear();
    // One row's roles by name (what a delegate's model holds).
    Q_INVOKABLE QVariantMap hit(int row) const;
    // The cache changed under the answer (an export read completely): again.
    void refresh();
    // New content came in (a sync or a catch-up ended): again after the
    // typing pause, so several endings in a row cost one search.
    void refreshSoon();
    // Rich text for a string carrying SearchHit's match markers: escaped,
    // matches in bold (and in color, when one is given).
    [[nodiscard]] static QString highlighted(const QString &marked, const QColor &color = {});

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    void queryChanged();
    void countChanged();
    void busyChanged();
    void matchColorChanged();

private:
    struct Row
    {
        Hearth::SearchHit hit;
        bool more = false;
    };
    void restart();
    void run();
    [[nodiscard]] Hearth::SearchFilter filter() const;
    void setBusy(bool busy);
    void fail(const QString &error);
    void append(const QList<Row> &rows);
    [[nodiscard]] static QString groupTitle(Hearth::SearchKind kind);
    [[nodiscard]] static QString moreTitle(Hearth::SearchKind kind);

    Hearth::CacheSearch m_search;
    qint64 m_accountId = 0;
    QString m_text;
    Kind m_kind = Kind::All;
    Period m_period = Period::Any;
    QString m_person;
    QList<Row> m_rows;
    QTimer m_debounce;
    quint64 m_generation = 0;
    bool m_busy = false;
    bool m_searched = false;
    bool m_more = false; // one kind: another page follows
    int m_pageSize = 40;
    QString m_error;
    QColor m_matchColor;
};
