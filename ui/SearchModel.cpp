#include "SearchModel.h"

#include "Logging.h"
#include "search/TextMatch.h"

using namespace Hearth;

namespace {
constexpr int kPerKindInAll = 5;
constexpr int kDefaultDelayMs = 200;

std::optional<SearchKind> toCore(SearchModel::Kind kind)
{
    switch (kind) {
    case SearchModel::Kind::All:
        return std::nullopt;
    case SearchModel::Kind::Contacts:
        return SearchKind::Contact;
    case SearchModel::Kind::Communities:
        return SearchKind::Community;
    case SearchModel::Kind::Posts:
        return SearchKind::Post;
    case SearchModel::Kind::Comments:
        return SearchKind::Comment;
    case SearchModel::Kind::Messages:
        return SearchKind::Message;
    }
    return std::nullopt;
}

SearchModel::Kind fromCore(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Contact:
        return SearchModel::Kind::Contacts;
    case SearchKind::Community:
        return SearchModel::Kind::Communities;
    case SearchKind::Post:
        return SearchModel::Kind::Posts;
    case SearchKind::Comment:
        return SearchModel::Kind::Comments;
    case SearchKind::Message:
        return SearchModel::Kind::Messages;
    }
    return SearchModel::Kind::All;
}
} // namespace

SearchModel::SearchModel(Database *db, QObject *parent)
    : QAbstractListModel(parent)
    , m_search(db)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDelayMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchModel::run);
}

void SearchModel::setAccountId(qint64 id)
{
    if (m_accountId == id)
        return;
    m_accountId = id;
    // Typed before the cache was open (--search at start): searched now.
    if (id != 0 && !m_text.trimmed().isEmpty())
        searchNow();
    else
        clear();
}

void SearchModel::refresh()
{
    if (!m_text.trimmed().isEmpty())
        searchNow();
}

void SearchModel::refreshSoon()
{
    if (!m_text.trimmed().isEmpty())
        m_debounce.start();
}

void SearchModel::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    Q_EMIT queryChanged();
    restart();
}

void SearchModel::setKind(Kind kind)
{
    if (m_kind == kind)
        return;
    m_kind = kind;
    Q_EMIT queryChanged();
    // A kind chosen: at once, the text is already typed.
    m_debounce.stop();
    run();
}

void SearchModel::setPeriod(Period period)
{
    if (m_period == period)
        return;
    m_period = period;
    Q_EMIT queryChanged();
    m_debounce.stop();
    run();
}

void SearchModel::setPerson(const QString &person)
{
    const QString bare = person.trimmed();
    if (m_person == bare)
        return;
    m_person = bare;
    Q_EMIT queryChanged();
    restart();
}

void SearchModel::searchNow()
{
    m_debounce.stop();
    run();
}

void SearchModel::clear()
{
    ++m_generation;
    m_debounce.stop();
    beginResetModel();
    m_rows.clear();
    m_more = false;
    endResetModel();
    Q_EMIT countChanged();
    m_error.clear();
    m_searched = false;
    m_busy = false;
    Q_EMIT busyChanged();
}

void SearchModel::restart()
{
    if (m_text.trimmed().isEmpty()) {
        clear();
        return;
    }
    m_debounce.start();
}

SearchFilter SearchModel::filter() const
{
    SearchFilter f;
    f.text = m_text;
    f.person = m_person;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    switch (m_period) {
    case Period::Any:
        break;
    case Period::Week:
        f.since = now.addDays(-7);
        break;
    case Period::Month:
        f.since = now.addMonths(-1);
        break;
    case Period::Year:
        f.since = now.addYears(-1);
        break;
    }
    return f;
}

void SearchModel::run()
{
    const quint64 generation = ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_more = false;
    endResetModel();
    Q_EMIT countChanged();
    m_error.clear();
    if (m_text.trimmed().isEmpty() || m_accountId == 0) {
        m_searched = false;
        setBusy(false);
        Q_EMIT busyChanged();
        return;
    }
    m_searched = false;
    setBusy(true);
    if (const auto kind = toCore(m_kind)) {
        // Loading: views call fetchMore() on reset, which must wait for this page.
        m_more = false;
        m_search.search(m_accountId, filter(), *kind, {}, m_pageSize).then(this, [this, generation](DbResult<SearchPage> page) {
            if (generation != m_generation)
                return;
            if (!page.error.isEmpty())
                return fail(page.error);
            QList<Row> rows;
            for (const SearchHit &hit : page.value.hits)
                rows << Row{hit, false};
            m_more = page.value.more;
            m_searched = true;
            append(rows);
            setBusy(false);
        });
        return;
    }
    m_search.overview(m_accountId, filter(), kPerKindInAll).then(this, [this, generation](DbResult<QMap<SearchKind, SearchPage>> pages) {
        if (generation != m_generation)
            return;
        if (!pages.error.isEmpty())
            return fail(pages.error);
        QList<Row> rows;
        for (auto it = pages.value.cbegin(); it != pages.value.cend(); ++it) {
            for (const SearchHit &hit : it->hits)
                rows << Row{hit, false};
            if (it->more) {
                Row more;
                more.hit.kind = it.key();
                more.more = true;
                rows << more;
            }
        }
        m_searched = true;
        append(rows);
        setBusy(false);
    });
}

void SearchModel::fail(const QString &error)
{
    qCWarning(lcSearch) << "search failed:" << error;
    m_error = tr("Search failed: %1").arg(error);
    m_searched = true;
    setBusy(false);
    Q_EMIT busyChanged();
}

void SearchModel::append(const QList<Row> &rows)
{
    if (rows.isEmpty())
        return;
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + rows.size() - 1));
    m_rows += rows;
    endInsertRows();
    Q_EMIT countChanged();
}

void SearchModel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

bool SearchModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_more && !m_busy && toCore(m_kind).has_value() && !m_rows.isEmpty();
}

void SearchModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const quint64 generation = m_generation;
    setBusy(true);
    m_search.search(m_accountId, filter(), *toCore(m_kind), m_rows.constLast().hit.cursor, m_pageSize)
        .then(this, [this, generation](DbResult<SearchPage> page) {
            if (generation != m_generation)
                return;
            if (!page.error.isEmpty())
                return fail(page.error);
            QList<Row> rows;
            for (const SearchHit &hit : page.value.hits)
                rows << Row{hit, false};
            m_more = page.value.more;
            append(rows);
            setBusy(false);
        });
}

int SearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

void SearchModel::setMatchColor(const QColor &color)
{
    if (m_matchColor == color)
        return;
    m_matchColor = color;
    Q_EMIT matchColorChanged();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_rows.size()) - 1), {TitleRole, SnippetRole});
}

QString SearchModel::highlighted(const QString &marked, const QColor &color)
{
    const QString open = color.isValid() ? QStringLiteral("<b><font color=\"%1\">").arg(color.name()) : QStringLiteral("<b>");
    const QString close = color.isValid() ? QStringLiteral("</font></b>") : QStringLiteral("</b>");
    // Escaped first, so nothing in the text is ever markup; then the
    // markers, balanced, become bold.
    QString out;
    out.reserve(marked.size() + 16);
    bool inside = false;
    for (const QChar c : marked) {
        if (c == QChar(SearchHit::kMatchStart)) {
            if (!inside)
                out += open;
            inside = true;
        } else if (c == QChar(SearchHit::kMatchEnd)) {
            if (inside)
                out += close;
            inside = false;
        } else if (c == u'<') {
            out += QStringLiteral("&lt;");
        } else if (c == u'>') {
            out += QStringLiteral("&gt;");
        } else if (c == u'&') {
            out += QStringLiteral("&amp;");
        } else if (c == u'"') {
            out += QStringLiteral("&quot;");
        } else if (c == u'\n' || c == u'\r') {
            out += u' ';
        } else {
            out += c;
        }
    }
    if (inside)
        out += close;
    return out;
}

QString SearchModel::groupTitle(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Contact:
        return tr("Contacts");
    case SearchKind::Community:
        return tr("Communities");
    case SearchKind::Post:
        return tr("Posts");
    case SearchKind::Comment:
        return tr("Comments");
    case SearchKind::Message:
        return tr("Messages");
    }
    return {};
}

QString SearchModel::moreTitle(SearchKind kind)
{
    switch (kind) {
    case SearchKind::Contact:
        return tr("All matching contacts");
    case SearchKind::Community:
        return tr("All matching communities");
    case SearchKind::Post:
        return tr("All matching posts");
    case SearchKind::Comment:
        return tr("All matching comments");
    case SearchKind::Message:
        return tr("All matching messages");
    }
    return {};
}

QVariant SearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const SearchHit &hit = row.hit;
    switch (role) {
    case KindRole:
        return QVariant::fromValue(fromCore(hit.kind));
    case GroupRole:
        return groupTitle(hit.kind);
    case TitleRole:
        return row.more ? moreTitle(hit.kind).toHtmlEscaped() : highlighted(hit.title, m_matchColor);
    case Qt::DisplayRole:
    case PlainTitleRole:
        return row.more ? moreTitle(hit.kind) : TextMatch::stripMarkers(hit.title);
    case SnippetRole:
        return highlighted(hit.snippet, m_matchColor);
    case PlainSnippetRole:
        return TextMatch::stripMarkers(hit.snippet);
    case PersonRole:
        return hit.person;
    case PersonNameRole:
        return hit.personName;
    case StampRole:
        return hit.stamp.isValid() ? QVariant(hit.stamp.toLocalTime()) : QVariant();
    case TargetRole:
        return hit.target;
    case ItemIdRole:
        return hit.itemId;
    case MoreRole:
        return row.more;
    case MessageRowRole:
        return hit.kind == SearchKind::Message ? hit.cursor.id : qint64(0);
    default:
        return {};
    }
}

QVariantMap SearchModel::hit(int row) const
{
    QVariantMap out;
    if (row < 0 || row >= m_rows.size())
        return out;
    const auto roles = roleNames();
    for (auto it = roles.cbegin(); it != roles.cend(); ++it)
        out.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return out;
}

QHash<int, QByteArray> SearchModel::roleNames() const
{
    return {{KindRole, "kind"},
            {GroupRole, "group"},
            {TitleRole, "title"},
            {SnippetRole, "snippet"},
            {PlainTitleRole, "plainTitle"},
            {PlainSnippetRole, "plainSnippet"},
            {PersonRole, "person"},
            {PersonNameRole, "personName"},
            {StampRole, "stamp"},
            {TargetRole, "target"},
            {ItemIdRole, "itemId"},
            {MoreRole, "more"},
            {MessageRowRole, "messageRow"}};
}
