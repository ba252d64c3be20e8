#include "CommunitiesController.h"

#include "AvatarPicture.h"
#include "CommunityListModel.h"
#include "PostListModel.h"
#include "Account.h"
#include "communities/CommunityService.h"
#include "feed/FeedSync.h"
#include "roster/ContactList.h"

#include <QLoggingCategory>

using namespace Hearth;

namespace {
CommunitySettings settingsFrom(const QString &title, const QString &description, bool gallery, CommunitiesController::Readers readers,
                               CommunitiesController::Posters posters)
{
    CommunitySettings s;
    s.title = title.trimmed();
    s.description = description.trimmed();
    s.type = gallery ? Community::Type::Gallery : Community::Type::Feed;
    s.readers = CommunitySettings::Readers(int(readers));
    s.posters = CommunitySettings::Posters(int(posters));
    return s;
}

// The form field as QML edits it: var, label, type, value (text, a bool, or
// lines), the choices of a list.
QVariantMap fieldToMap(const QXmppDataForm::Field &field)
{
    static const QHash<QXmppDataForm::Field::Type, QString> types = {
        {QXmppDataForm::Field::BooleanField, QStringLiteral("boolean")},
        {QXmppDataForm::Field::FixedField, QStringLiteral("fixed")},
        {QXmppDataForm::Field::HiddenField, QStringLiteral("hidden")},
        {QXmppDataForm::Field::JidMultiField, QStringLiteral("jid-multi")},
        {QXmppDataForm::Field::JidSingleField, QStringLiteral("jid-single")},
        {QXmppDataForm::Field::ListMultiField, QStringLiteral("list-multi")},
        {QXmppDataForm::Field::ListSingleField, QStringLiteral("list-single")},
        {QXmppDataForm::Field::TextMultiField, QStringLiteral("text-multi")},
        {QXmppDataForm::Field::TextPrivateField, QStringLiteral("text-private")},
        {QXmppDataForm::Field::TextSingleField, QStringLiteral("text-single")},
    };
    QVariantList options;
    for (const auto &option : field.options())
        options << QVariantMap{{QStringLiteral("label"), option.first.isEmpty() ? option.second : option.first},
                               {QStringLiteral("value"), option.second}};
    const QVariant value = field.value();
    QVariant shown;
    if (field.type() == QXmppDataForm::Field::BooleanField)
        shown = value.toBool();
    else if (value.typeId() == QMetaType::QStringList)
        shown = value.toStringList().join(u'\n');
    else
        shown = value.toString();
    return {{QStringLiteral("var"), field.key()},
            {QStringLiteral("label"), field.label().isEmpty() ? field.key() : field.label()},
            {QStringLiteral("type"), types.value(field.type(), QStringLiteral("text-single"))},
            {QStringLiteral("value"), shown},
            {QStringLiteral("options"), options}};
}
} // namespace

CommunitiesController::CommunitiesController(CommunityService *service, ContactList *contacts, QObject *parent)
    : QObject(parent)
    , m_service(service)
    , m_contacts(contacts)
    , m_mine(new CommunityListModel(this))
    , m_discovered(new CommunityListModel(this))
    , m_interesting(new CommunityListModel(this))
    , m_posts(new PostListModel(this))
{
    auto followed = [this](const QString &s, const QString &n) { return m_service->feed()->isFollowing(s, n); };
    m_discovered->setFollowedCheck(followed);
    m_interesting->setFollowedCheck(followed);
    m_reloadTimer.setSingleShot(true);
    m_reloadTimer.setInterval(100);
    connect(&m_reloadTimer, &QTimer::timeout, this, &CommunitiesController::reloadMine);
    connect(m_service, &CommunityService::changed, &m_reloadTimer, qOverload<>(&QTimer::start));
    connect(m_service->feed(), &FeedSync::followsChanged, this, [this] {
        m_discovered->refreshFollowed();
        m_interesting->refreshFollowed();
        refreshCurrent();
    });
    connect(m_service, &CommunityService::described, this, [this](const Community &c) {
        m_discovered->describe(c);
        if (c.service == currentService() && c.node == currentNode())
            setCurrent(c);
    });
    // Offline, the page shows the cache; only errors of a connected session
    // are news.
    connect(m_posts, &PostListModel::errorOccurred, this, [this](const QString &error) {
        if (online())
            Q_EMIT failed(error);
    });
    // Online again: the open community and discovery catch up.
    connect(m_service->feed()->account(), &Account::stateChanged, this, [this](Connection::State state) {
        if (state != Connection::State::Online)
            return;
        if (!currentService().isEmpty()) {
            (void)m_service->refresh(currentService(), currentNode());
            (void)m_service->feed()->catchUp(currentService(), currentNode());
        }
        if (m_discoverWanted && m_browsed.isEmpty())
            loadServices();
    });
}

CommunitiesController::~CommunitiesController() = default;

void CommunitiesController::setAuthors(const PostPresenter::Authors &authors)
{
    m_posts->setAuthors(authors);
}

void CommunitiesController::setAccountId(qint64 accountId)
{
    m_accountId = accountId;
    m_services.clear();
    m_discovered->clear();
    m_interesting->clear();
    reloadMine();
    // A community opened before the account was bound (--community at
    // start) reads its page again, now from the right cache.
    if (!currentService().isEmpty())
        m_posts->setSource(m_service->feed(), FeedQuery::community(currentService(), currentNode()));
    m_service->store().servers(accountId).then(this, [this](DbResult<QStringList> servers) { addServices(servers.value); });
}

bool CommunitiesController::online() const
{
    return m_service->feed()->account()->state() == Connection::State::Online;
}

QString CommunitiesController::currentService() const
{
    return m_current.value(QStringLiteral("service")).toString();
}

QString CommunitiesController::currentNode() const
{
    return m_current.value(QStringLiteral("node")).toString();
}

void CommunitiesController::begin()
{
    if (m_busy++ == 0)
        Q_EMIT busyChanged();
}

void CommunitiesController::end()
{
    if (--m_busy == 0)
        Q_EMIT busyChanged();
}

void CommunitiesController::reloadMine()
{
    if (m_accountId == 0)
        return;
    m_service->store().mine(m_accountId).then(this, [this, id = m_accountId](DbResult<QList<CommunityEntry>> mine) {
        if (id != m_accountId)
            return;
        if (!mine.ok()) {
            Q_EMIT failed(tr("Your communities could not be read from the cache: %1").arg(mine.error));
            return;
        }
        QList<CommunityListModel::Row> rows;
        for (const CommunityEntry &entry : std::as_const(mine.value))
            rows << CommunityListModel::Row{entry, {}, true};
        m_mine->setRows(rows);
    });
}

void CommunitiesController::addServices(const QStringList &jids)
{
    bool changed = false;
    for (const QString &jid : jids) {
        if (!jid.isEmpty() && !m_services.contains(jid)) {
            m_services << jid;
            changed = true;
        }
    }
    if (changed)
        Q_EMIT servicesChanged();
}

void CommunitiesController::loadServices()
{
    if (!online())
        return;
    m_service->services().then(this, [this](const CommunityDirectory::ServicesResult &found) {
        QStringList jids;
        for (const auto &s : found.services) {
            // comments.<domain> holds threads, not communities.
            if (!s.jid.startsWith(QLatin1String("comments.")))
                jids << s.jid;
        }
        // The own server's first.
        QStringList all = jids;
        for (const QString &known : std::as_const(m_services)) {
            if (!all.contains(known))
                all << known;
        }
        m_services = all;
        Q_EMIT servicesChanged();
        if (m_browsed.isEmpty() && !m_services.isEmpty())
            browse(m_services.constFirst());
    });
}

void CommunitiesController::discover()
{
    m_discoverWanted = true;
    if (m_browsed.isEmpty() || m_services.isEmpty())
        loadServices();
}

void CommunitiesController::browse(const QString &service)
{
    stopBrowsing();
    m_discovered->clear();
    m_discovered->setFilter({});
    m_browsed = service.trimmed().toLower();
    m_browseError.clear();
    if (!online()) {
        m_browseError = tr("You are offline.");
        Q_EMIT browsingChanged();
        return;
    }
    m_listing = m_service->directory()->list(m_browsed, this);
    connect(m_listing, &NodeListing::nodesFound, m_discovered, &CommunityListModel::append);
    connect(m_listing, &NodeListing::nodeDescribed, this, [this](const Community &c, const QString &) { m_discovered->describe(c); });
    connect(m_listing, &NodeListing::finished, this, &CommunitiesController::finishBrowsing);
    Q_EMIT browsingChanged();
}

void CommunitiesController::finishBrowsing(const QString &error)
{
    m_browseError = error;
    if (m_listing)
        m_listing->deleteLater();
    m_listing = nullptr;
    Q_EMIT browsingChanged();
}

void CommunitiesController::stopBrowsing()
{
    if (!m_listing)
        return;
    // Left the page: no more requests (answers under way are dropped).
    m_listing->cancel();
    m_listing->deleteLater();
    m_listing = nullptr;
    Q_EMIT browsingChanged();
}

void CommunitiesController::addServer(const QString &server)
{
    const QString jid = server.trimmed().toLower();
    if (jid.isEmpty() || !online())
        return;
    begin();
    // A server's community services, or the service itself.
    m_service->services(jid).then(this, [this, jid](const CommunityDirectory::ServicesResult &found) {
        end();
        QStringList jids;
        for (const auto &s : found.services) {
            if (!s.jid.startsWith(QLatin1String("comments.")))
                jids << s.jid;
        }
        if (jids.isEmpty()) {
            Q_EMIT failed(found.error.isEmpty() ? tr("%1 offers no communities.").arg(jid)
                                                : tr("%1 cannot be reached: %2").arg(jid, found.error));
            return;
        }
        for (const QString &s : std::as_const(jids))
            m_service->rememberServer(s);
        addServices(jids);
        browse(jids.constFirst());
    });
}

void CommunitiesController::loadInteresting()
{
    if (!online())
        return;
    QStringList contacts;
    for (const RosterEntry &entry : m_contacts->entries())
        contacts << entry.jid;
    m_service->directory()->interesting(contacts).then(this, [this](const QList<CommunityDirectory::Interesting> &found) {
        QList<CommunityListModel::Row> rows;
        for (const auto &i : found) {
            CommunityListModel::Row row;
            row.entry.community.service = i.node.service;
            row.entry.community.node = i.node.node;
            row.entry.community.title = i.node.title;
            row.entry.followed = m_service->feed()->isFollowing(i.node.service, i.node.node);
            row.sharedBy = i.sharedBy;
            rows << row;
        }
        m_interesting->setRows(rows);
    });
}

void CommunitiesController::setCurrent(const Community &c)
{
    const bool followed = m_service->feed()->isFollowing(c.service, c.node);
    bool shared = false;
    for (const FollowedNode &f : m_service->feed()->follows()) {
        if (f.service == c.service && f.node == c.node)
            shared = f.shared;
    }
    m_current = {{QStringLiteral("uri"), c.uri().toString()},
                 {QStringLiteral("service"), c.service},
                 {QStringLiteral("node"), c.node},
                 {QStringLiteral("title"), c.displayTitle()},
                 {QStringLiteral("description"), c.description},
                 {QStringLiteral("isGallery"), c.isGallery()},
                 {QStringLiteral("avatar"), CommunityListModel::avatarOf(c)},
                 {QStringLiteral("subscribers"), c.subscribers.value_or(-1)},
                 {QStringLiteral("accessModel"), c.accessModel},
                 {QStringLiteral("readers"), int(CommunitySettings::readersOf(c.accessModel))},
                 {QStringLiteral("posters"), int(CommunitySettings::postersOf(c.publishModel))},
                 {QStringLiteral("publishModelKnown"), !c.publishModel.isEmpty()},
                 {QStringLiteral("followed"), followed},
                 {QStringLiteral("shared"), shared},
                 {QStringLiteral("pending"), c.subscription == QLatin1String("pending")},
                 {QStringLiteral("affiliation"), c.affiliation},
                 {QStringLiteral("isOwner"), c.isOwner()},
                 {QStringLiteral("mayPublish"), c.mayPublish()},
                 {QStringLiteral("problem"), c.problem}};
    Q_EMIT currentChanged();
}

void CommunitiesController::refreshCurrent()
{
    if (currentService().isEmpty())
        return;
    if (const auto known = m_service->cached(currentService(), currentNode()))
        setCurrent(*known);
}

void CommunitiesController::open(const QString &uri)
{
    const XmppUri parsed = XmppUri::parse(uri);
    if (!parsed.isValid()) {
        Q_EMIT failed(tr("Not a community's address: %1").arg(uri));
        return;
    }
    Community c;
    c.service = parsed.service;
    c.node = parsed.node;
    if (const auto known = m_service->cached(c.service, c.node))
        c = *known;
    else if (const auto listed = m_discovered->find(c.service, c.node))
        c = *listed;
    else if (const auto shared = m_interesting->find(c.service, c.node))
        c = *shared;
    setCurrent(c);
    m_posts->setSource(m_service->feed(), FeedQuery::community(c.service, c.node));
    m_service->markSeen(c.service, c.node);
    if (!online())
        return;
    (void)m_service->refresh(c.service, c.node);
    // What is new since the cache (the whole first page for a community
    // never read); older posts come as the page scrolls.
    m_service->feed()->catchUp(c.service, c.node).then(this, [this, service = c.service, node = c.node](NodeCatchUp::Result result) {
        if (!result.error.isEmpty() && service == currentService() && node == currentNode())
            Q_EMIT failed(result.error);
    });
}

void CommunitiesController::markSeen()
{
    if (!currentService().isEmpty())
        m_service->markSeen(currentService(), currentNode());
}

void CommunitiesController::follow(bool shared)
{
    if (currentService().isEmpty())
        return;
    begin();
    m_service->follow(currentService(), currentNode(), shared).then(this, [this](const QString &error) {
        end();
        if (!error.isEmpty())
            Q_EMIT failed(tr("Not followed: %1").arg(error));
        refreshCurrent();
    });
}

void CommunitiesController::unfollow()
{
    if (currentService().isEmpty())
        return;
    begin();
    m_service->unfollow(currentService(), currentNode()).then(this, [this](const QString &error) {
        end();
        if (!error.isEmpty())
            Q_EMIT failed(tr("Not unfollowed: %1").arg(error));
        refreshCurrent();
    });
}

QString CommunitiesController::slugOf(const QString &name) const
{
    return CommunityMeta::slugify(name);
}

void CommunitiesController::checkCreate(const QString &service)
{
    if (!online()) {
        Q_EMIT createChecked(service, tr("You are offline."));
        return;
    }
    begin();
    m_service->admin()->checkCreate(service).then(this, [this, service](const QString &error) {
        end();
        Q_EMIT createChecked(service, error);
    });
}

void CommunitiesController::create(const QString &service, const QString &title, const QString &description, bool gallery,
                                   Readers readers, Posters posters)
{
    begin();
    m_service->create(service, settingsFrom(title, description, gallery, readers, posters))
        .then(this, [this, service](const CommunityAdmin::Created &made) {
            end();
            if (!made.error.isEmpty()) {
                Q_EMIT failed(tr("Not created: %1").arg(made.error));
                return;
            }
            Q_EMIT created(XmppUri{service, made.node, {}}.toString());
        });
}

void CommunitiesController::loadSettings()
{
    // Offline, the page shows what the cache knows (the banner says why).
    if (currentService().isEmpty() || !online())
        return;
    begin();
    m_service->admin()->configuration(currentService(), currentNode()).then(this, [this](const CommunityAdmin::Configuration &config) {
        end();
        if (!config.error.isEmpty()) {
            Q_EMIT failed(tr("The settings could not be read: %1").arg(config.error));
            return;
        }
        const CommunitySettings s = CommunitySettings::fromForm(config.form);
        m_settings = {{QStringLiteral("title"), s.title},
                      {QStringLiteral("description"), s.description},
                      {QStringLiteral("gallery"), s.type == Community::Type::Gallery},
                      {QStringLiteral("readers"), int(s.readers)},
                      {QStringLiteral("posters"), int(s.posters)}};
        m_advanced.clear();
        for (const auto &field : config.form.fields()) {
            if (field.type() != QXmppDataForm::Field::HiddenField)
                m_advanced << fieldToMap(field);
        }
        Q_EMIT settingsChanged();
    });
}

void CommunitiesController::saveSettings(const QString &title, const QString &description, bool gallery, Readers readers,
                                         Posters posters)
{
    if (currentService().isEmpty())
        return;
    begin();
    m_service->configure(currentService(), currentNode(), settingsFrom(title, description, gallery, readers, posters))
        .then(this, [this](const QString &error) {
            end();
            if (error.isEmpty())
                Q_EMIT done(tr("Settings saved."));
            else
                Q_EMIT failed(tr("Settings not saved: %1").arg(error));
        });
}

void CommunitiesController::saveAdvanced(const QVariantList &fields)
{
    if (currentService().isEmpty())
        return;
    const QString service = currentService();
    const QString node = currentNode();
    begin();
    // The service's own form, its values replaced by the edited ones.
    m_service->admin()->configuration(service, node).then(this, [this, service, node, fields](const CommunityAdmin::Configuration &config) {
        if (!config.error.isEmpty()) {
            end();
            Q_EMIT failed(tr("Settings not saved: %1").arg(config.error));
            return;
        }
        QXmppDataForm form = config.form;
        auto list = form.fields();
        for (auto &field : list) {
            for (const QVariant &edited : fields) {
                const QVariantMap map = edited.toMap();
                if (map.value(QStringLiteral("var")).toString() != field.key())
                    continue;
                const QVariant value = map.value(QStringLiteral("value"));
                switch (field.type()) {
                case QXmppDataForm::Field::BooleanField:
                    field.setValue(value.toBool());
                    break;
                case QXmppDataForm::Field::TextMultiField:
                case QXmppDataForm::Field::JidMultiField:
                case QXmppDataForm::Field::ListMultiField:
                    field.setValue(value.toString().split(u'\n', Qt::SkipEmptyParts));
                    break;
                default:
                    field.setValue(value.toString());
                    break;
                }
            }
        }
        form.setFields(list);
        m_service->configure(service, node, form).then(this, [this](const QString &error) {
            end();
            if (error.isEmpty())
                Q_EMIT done(tr("Settings saved."));
            else
                Q_EMIT failed(tr("Settings not saved: %1").arg(error));
        });
    });
}

void CommunitiesController::loadMembers()
{
    if (currentService().isEmpty() || !online())
        return;
    const QString service = currentService();
    const QString node = currentNode();
    begin();
    m_service->admin()->affiliations(service, node).then(this, [this, service, node](const CommunityAdmin::Entries &affiliations) {
        m_service->admin()->subscriptions(service, node).then(this, [this, affiliations](const CommunityAdmin::Entries &subscriptions) {
            end();
            if (!affiliations.error.isEmpty()) {
                Q_EMIT failed(tr("The members could not be read: %1").arg(affiliations.error));
                return;
            }
            const bool membersOnly = m_current.value(QStringLiteral("readers")).toInt() == int(CommunitySettings::Readers::Members);
            QMap<QString, QVariantMap> byJid;
            for (const auto &a : affiliations.entries)
                byJid[a.jid] = {{QStringLiteral("jid"), a.jid}, {QStringLiteral("affiliation"), a.state}, {QStringLiteral("subscription"), QString()}};
            for (const auto &s : subscriptions.entries) {
                const QString bare = s.jid.section(u'/', 0, 0);
                QVariantMap &row = byJid[bare];
                row.insert(QStringLiteral("jid"), bare);
                row.insert(QStringLiteral("subscription"), s.state);
                if (!row.contains(QStringLiteral("affiliation")))
                    row.insert(QStringLiteral("affiliation"), QStringLiteral("none"));
            }
            m_members.clear();
            for (QVariantMap row : std::as_const(byJid)) {
                const QString affiliation = row.value(QStringLiteral("affiliation")).toString();
                const QString subscription = row.value(QStringLiteral("subscription")).toString();
                // A request: pending approval, or subscribed to a members-only
                // community without being a member.
                row.insert(QStringLiteral("request"), subscription == QLatin1String("pending")
                                                          || (membersOnly && subscription == QLatin1String("subscribed")
                                                              && (affiliation == QLatin1String("none") || affiliation.isEmpty())));
                m_members << row;
            }
            Q_EMIT membersChanged();
        });
    });
}

void CommunitiesController::setRole(const QString &jid, const QString &affiliation)
{
    begin();
    m_service->admin()->setAffiliation(currentService(), currentNode(), jid.trimmed(), affiliation).then(this, [this](const QString &error) {
        end();
        if (!error.isEmpty())
            Q_EMIT failed(tr("Not changed: %1").arg(error));
        loadMembers();
    });
}

void CommunitiesController::approve(const QString &jid)
{
    begin();
    m_service->admin()->approve(currentService(), currentNode(), jid).then(this, [this](const QString &error) {
        end();
        if (!error.isEmpty())
            Q_EMIT failed(tr("Not approved: %1").arg(error));
        loadMembers();
    });
}

void CommunitiesController::refuse(const QString &jid)
{
    begin();
    m_service->admin()->refuse(currentService(), currentNode(), jid).then(this, [this](const QString &error) {
        end();
        if (!error.isEmpty())
            Q_EMIT failed(tr("Not refused: %1").arg(error));
        loadMembers();
    });
}

void CommunitiesController::setAvatar(const QUrl &file)
{
    const QString service = currentService();
    const QString node = currentNode();
    if (service.isEmpty())
        return;
    begin();
    AvatarPicture::fromFileAsync(file.toLocalFile()).then(this, [this, service, node](const AvatarPicture &picture) {
        if (!picture.error.isEmpty()) {
            end();
            Q_EMIT failed(picture.error);
            return;
        }
        m_service->setAvatar(service, node, picture.bytes, picture.side, picture.side).then(this, [this](const QString &error) {
            end();
            if (error.isEmpty())
                Q_EMIT done(tr("Picture saved."));
            else
                Q_EMIT failed(tr("The picture could not be published: %1").arg(error));
        });
    });
}

void CommunitiesController::remove()
{
    const QString service = currentService();
    const QString node = currentNode();
    if (service.isEmpty())
        return;
    begin();
    m_service->remove(service, node).then(this, [this](const QString &error) {
        end();
        if (!error.isEmpty()) {
            Q_EMIT failed(tr("Not deleted: %1").arg(error));
            return;
        }
        m_current.clear();
        Q_EMIT currentChanged();
        Q_EMIT removed();
    });
}
