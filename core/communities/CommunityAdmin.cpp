#include "CommunityAdmin.h"

#include "CommunityErrors.h"
#include "../Account.h"
#include "../Logging.h"
#include "../Promises.h"
#include "../feed/PubSubRequests.h"
#include "../profile/PepItem.h"

#include <QCryptographicHash>
#include <QDomElement>
#include <QRandomGenerator>
#include <QXmlStreamWriter>
#include <QXmppClient.h>
#include <QXmppTask.h>

namespace Hearth {

namespace {
const QString kPubSub = QStringLiteral("http://jabber.org/protocol/pubsub");
const QString kOwner = QStringLiteral("http://jabber.org/protocol/pubsub#owner");

using Writer = std::function<void(QXmlStreamWriter *)>;

ChildIq pubsubIq(QXmppIq::Type type, const QString &service, const QString &ns, Writer body)
{
    return ChildIq(type, service, [ns, body = std::move(body)](QXmlStreamWriter *w) {
        w->writeStartElement(QStringLiteral("pubsub"));
        w->writeDefaultNamespace(ns);
        body(w);
        w->writeEndElement();
    });
}

void setField(QXmppDataForm *form, const QString &var, const QVariant &value, QXmppDataForm::Field::Type type)
{
    auto fields = form->fields();
    for (auto &field : fields) {
        if (field.key() == var) {
            field.setValue(value);
            form->setFields(fields);
            return;
        }
    }
    QXmppDataForm::Field field(type, var, value);
    fields << field;
    form->setFields(fields);
}

QString fieldText(const QXmppDataForm &form, const QString &var)
{
    for (const auto &field : form.fields()) {
        if (field.key() == var) {
            const QVariant v = field.value();
            return v.typeId() == QMetaType::QStringList ? v.toStringList().value(0) : v.toString();
        }
    }
    return {};
}

QString errorText(const QXmppClient::IqResult &result)
{
    if (auto *error = std::get_if<QXmppError>(&result))
        return CommunityErrors::explain(*error);
    return {};
}

CommunityAdmin::Entries parseEntries(const QDomElement &iq, const QString &list, const QString &entry, const QString &attribute)
{
    CommunityAdmin::Entries out;
    const QDomElement pubsub = iq.firstChildElement(QStringLiteral("pubsub"));
    const QDomElement parent = pubsub.firstChildElement(list);
    for (QDomElement e = parent.firstChildElement(entry); !e.isNull(); e = e.nextSiblingElement(entry)) {
        const QString jid = e.attribute(QStringLiteral("jid")).trimmed();
        if (!jid.isEmpty())
            out.entries.append({jid, e.attribute(attribute)});
    }
    return out;
}
} // namespace

QString CommunitySettings::accessModel(Readers readers)
{
    switch (readers) {
    case Readers::Anyone:
        return QStringLiteral("open");
    case Readers::Contacts:
        return QStringLiteral("presence");
    case Readers::Members:
        // Anyone may ask (subscribe); the owner approves; only members read.
        return QStringLiteral("authorize");
    }
    return QStringLiteral("open");
}

QString CommunitySettings::publishModel(Posters posters)
{
    switch (posters) {
    case Posters::Publishers:
        return QStringLiteral("publishers");
    case Posters::Subscribers:
        return QStringLiteral("subscribers");
    case Posters::Anyone:
        return QStringLiteral("open");
    }
    return QStringLiteral("publishers");
}

CommunitySettings::Readers CommunitySettings::readersOf(const QString &model)
{
    if (model == QLatin1String("presence") || model == QLatin1String("roster"))
        return Readers::Contacts;
    if (model == QLatin1String("authorize") || model == QLatin1String("whitelist"))
        return Readers::Members;
    return Readers::Anyone;
}

CommunitySettings::Posters CommunitySettings::postersOf(const QString &model)
{
    if (model == QLatin1String("subscribers"))
        return Posters::Subscribers;
    if (model == QLatin1String("open"))
        return Posters::Anyone;
    return Posters::Publishers;
}

CommunitySettings CommunitySettings::fromForm(const QXmppDataForm &form)
{
    CommunitySettings s;
    s.title = fieldText(form, QStringLiteral("pubsub#title"));
    s.description = fieldText(form, QStringLiteral("pubsub#description"));
    s.type = CommunityMeta::typeOf(fieldText(form, QStringLiteral("pubsub#type")));
    s.readers = readersOf(fieldText(form, QStringLiteral("pubsub#access_model")));
    s.posters = postersOf(fieldText(form, QStringLiteral("pubsub#publish_model")));
    return s;
}

void CommunitySettings::applyTo(QXmppDataForm *form) const
{
    using T = QXmppDataForm::Field;
    setField(form, QStringLiteral("pubsub#title"), title, T::TextSingleField);
    setField(form, QStringLiteral("pubsub#description"), description, T::TextSingleField);
    setField(form, QStringLiteral("pubsub#type"),
             type == Community::Type::Gallery ? QString::fromLatin1(CommunityMeta::kGalleryType) : QString::fromLatin1(CommunityMeta::kFeedType),
             T::TextSingleField);
    setField(form, QStringLiteral("pubsub#access_model"), accessModel(readers), T::ListSingleField);
    setField(form, QStringLiteral("pubsub#publish_model"), publishModel(posters), T::ListSingleField);
}

CommunityAdmin::CommunityAdmin(QXmppClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{
}

QFuture<QString> CommunityAdmin::send(QXmppIq &&iq)
{
    if (!Account::hasSession(m_client))
        return QtFuture::makeReadyFuture(CommunityErrors::offline());
    auto promise = startedPromise<QString>();
    m_client->sendIq(std::move(iq)).then(this, [promise](QXmppClient::IqResult result) { fulfil(promise, errorText(result)); });
    return promise->future();
}

QFuture<QString> CommunityAdmin::checkCreate(const QString &service)
{
    // A throwaway node, as Movim's TestCreate: the only sure answer.
    const QString node = QStringLiteral("hearth-test-%1").arg(QRandomGenerator::global()->generate64(), 0, 36);
    auto create = pubsubIq(QXmppIq::Set, service, kPubSub, [node](QXmlStreamWriter *w) {
        w->writeEmptyElement(QStringLiteral("create"));
        w->writeAttribute(QStringLiteral("node"), node);
    });
    return send(std::move(create)).then(this, [this, service, node](const QString &error) {
        if (!error.isEmpty())
            return QtFuture::makeReadyFuture(error);
        auto remove = pubsubIq(QXmppIq::Set, service, kOwner, [node](QXmlStreamWriter *w) {
            w->writeEmptyElement(QStringLiteral("delete"));
            w->writeAttribute(QStringLiteral("node"), node);
        });
        return send(std::move(remove)).then([node](const QString &deleteError) {
            if (!deleteError.isEmpty())
                qCWarning(lcCommunities).noquote() << "test node" << node << "not deleted:" << deleteError;
            return QString();
        });
    }).unwrap();
}

QXmppDataForm CommunityAdmin::creationForm(const CommunitySettings &settings)
{
    using T = QXmppDataForm::Field;
    QXmppDataForm form(QXmppDataForm::Submit);
    setField(&form, QStringLiteral("FORM_TYPE"), QString::fromLatin1(CommunityMeta::kNodeConfigForm), T::HiddenField);
    // Movim's creation configuration (MOVIM-WIRE §2.5, PROTOCOL-NOTES §1.6).
    setField(&form, QStringLiteral("pubsub#persist_items"), true, T::BooleanField);
    setField(&form, QStringLiteral("pubsub#deliver_payloads"), false, T::BooleanField);
    setField(&form, QStringLiteral("pubsub#send_last_published_item"), QStringLiteral("on_sub"), T::ListSingleField);
    setField(&form, QStringLiteral("pubsub#max_items"), QStringLiteral("max"), T::TextSingleField);
    setField(&form, QStringLiteral("pubsub#notify_retract"), true, T::BooleanField);
    settings.applyTo(&form);
    return form;
}

QFuture<CommunityAdmin::Created> CommunityAdmin::create(const QString &service, const CommunitySettings &settings)
{
    const QString node = CommunityMeta::slugify(settings.title);
    const QString name = settings.title.trimmed();
    if (name.size() < 4 || name.size() > 80)
        return QtFuture::makeReadyFuture(Created{node, tr("A community's name has 4 to 80 characters.")});
    if (node.isEmpty())
        return QtFuture::makeReadyFuture(Created{node, tr("A community's name needs letters or digits.")});
    CommunitySettings named = settings;
    named.title = name;
    auto request = [this, service, node](const QXmppDataForm &form) {
        return send(pubsubIq(QXmppIq::Set, service, kPubSub, [node, form](QXmlStreamWriter *w) {
            w->writeEmptyElement(QStringLiteral("create"));
            w->writeAttribute(QStringLiteral("node"), node);
            w->writeStartElement(QStringLiteral("configure"));
            form.toXml(w);
            w->writeEndElement();
        }));
    };
    const QXmppDataForm form = creationForm(named);
    return request(form).then(this, [this, request, form, node, members = named.readers == CommunitySettings::Readers::Members](const QString &error) {
        if (error.isEmpty() || !members)
            return QtFuture::makeReadyFuture(Created{node, error});
        // Members only: "authorize" lets people ask to join, but some
        // services (Prosody 0.12) take only "whitelist" (members added by
        // the owner).
        QXmppDataForm whitelist = form;
        setField(&whitelist, QStringLiteral("pubsub#access_model"), QStringLiteral("whitelist"), QXmppDataForm::Field::ListSingleField);
        return request(whitelist).then([node, error](const QString &again) { return Created{node, again.isEmpty() ? again : error}; });
    }).unwrap();
}

QFuture<CommunityAdmin::Configuration> CommunityAdmin::configuration(const QString &service, const QString &node)
{
    auto promise = startedPromise<Configuration>();
    if (!Account::hasSession(m_client)) {
        fulfil(promise, Configuration{{}, CommunityErrors::offline()});
        return promise->future();
    }
    auto iq = pubsubIq(QXmppIq::Get, service, kOwner, [node](QXmlStreamWriter *w) {
        w->writeEmptyElement(QStringLiteral("configure"));
        w->writeAttribute(QStringLiteral("node"), node);
    });
    m_client->sendIq(std::move(iq)).then(this, [promise](QXmppClient::IqResult result) {
        Configuration out;
        out.error = errorText(result);
        if (out.error.isEmpty()) {
            const QDomElement configure =
                std::get<QDomElement>(result).firstChildElement(QStringLiteral("pubsub")).firstChildElement(QStringLiteral("configure"));
            const QDomElement x = configure.firstChildElement(QStringLiteral("x"));
            if (x.isNull() || x.namespaceURI() != QLatin1String("jabber:x:data"))
                out.error = tr("The service sent no configuration form.");
            else
                out.form.parse(x);
        }
        fulfil(promise, out);
    });
    return promise->future();
}

QFuture<QString> CommunityAdmin::configure(const QString &service, const QString &node, const QXmppDataForm &form)
{
    QXmppDataForm submitted = form;
    submitted.setType(QXmppDataForm::Submit);
    // A submitted form carries values only (XEP-0004 §3.2).
    auto fields = submitted.fields();
    for (auto &field : fields) {
        field.setOptions({});
        field.setLabel({});
        field.setDescription({});
    }
    submitted.setFields(fields);
    submitted.setTitle({});
    submitted.setInstructions({});
    auto iq = pubsubIq(QXmppIq::Set, service, kOwner, [node, submitted](QXmlStreamWriter *w) {
        w->writeStartElement(QStringLiteral("configure"));
        w->writeAttribute(QStringLiteral("node"), node);
        submitted.toXml(w);
        w->writeEndElement();
    });
    return send(std::move(iq));
}

QFuture<QString> CommunityAdmin::configure(const QString &service, const QString &node, const CommunitySettings &settings)
{
    return configuration(service, node).then(this, [this, service, node, settings](const Configuration &current) {
        if (!current.error.isEmpty())
            return QtFuture::makeReadyFuture(current.error);
        QXmppDataForm form = current.form;
        settings.applyTo(&form);
        return configure(service, node, form).then(this, [this, service, node, form, settings](const QString &error) {
            if (error.isEmpty() || settings.readers != CommunitySettings::Readers::Members)
                return QtFuture::makeReadyFuture(error);
            // As in create(): members only as the service offers it.
            QXmppDataForm whitelist = form;
            setField(&whitelist, QStringLiteral("pubsub#access_model"), QStringLiteral("whitelist"), QXmppDataForm::Field::ListSingleField);
            return configure(service, node, whitelist).then([error](const QString &again) { return again.isEmpty() ? again : error; });
        }).unwrap();
    }).unwrap();
}

QFuture<CommunityAdmin::Entries> CommunityAdmin::affiliations(const QString &service, const QString &node)
{
    auto promise = startedPromise<Entries>();
    if (!Account::hasSession(m_client)) {
        fulfil(promise, Entries{{}, CommunityErrors::offline()});
        return promise->future();
    }
    auto iq = pubsubIq(QXmppIq::Get, service, kOwner, [node](QXmlStreamWriter *w) {
        w->writeEmptyElement(QStringLiteral("affiliations"));
        w->writeAttribute(QStringLiteral("node"), node);
    });
    m_client->sendIq(std::move(iq)).then(this, [promise](QXmppClient::IqResult result) {
        if (const QString error = errorText(result); !error.isEmpty())
            fulfil(promise, Entries{{}, error});
        else
            fulfil(promise, parseEntries(std::get<QDomElement>(result), QStringLiteral("affiliations"), QStringLiteral("affiliation"),
                                         QStringLiteral("affiliation")));
    });
    return promise->future();
}

QFuture<QString> CommunityAdmin::setAffiliation(const QString &service, const QString &node, const QString &jid, const QString &affiliation)
{
    static const QStringList known = {QStringLiteral("owner"), QStringLiteral("publisher"), QStringLiteral("publish-only"),
                                      QStringLiteral("member"), QStringLiteral("none"), QStringLiteral("outcast")};
    if (!known.contains(affiliation))
        return QtFuture::makeReadyFuture(tr("Unknown role: %1").arg(affiliation));
    auto iq = pubsubIq(QXmppIq::Set, service, kOwner, [node, jid, affiliation](QXmlStreamWriter *w) {
        w->writeStartElement(QStringLiteral("affiliations"));
        w->writeAttribute(QStringLiteral("node"), node);
        w->writeEmptyElement(QStringLiteral("affiliation"));
        w->writeAttribute(QStringLiteral("jid"), jid);
        w->writeAttribute(QStringLiteral("affiliation"), affiliation);
        w->writeEndElement();
    });
    return send(std::move(iq));
}

QFuture<CommunityAdmin::Entries> CommunityAdmin::subscriptions(const QString &service, const QString &node)
{
    auto promise = startedPromise<Entries>();
    if (!Account::hasSession(m_client)) {
        fulfil(promise, Entries{{}, CommunityErrors::offline()});
        return promise->future();
    }
    auto iq = pubsubIq(QXmppIq::Get, service, kOwner, [node](QXmlStreamWriter *w) {
        w->writeEmptyElement(QStringLiteral("subscriptions"));
        w->writeAttribute(QStringLiteral("node"), node);
    });
    m_client->sendIq(std::move(iq)).then(this, [promise](QXmppClient::IqResult result) {
        if (const QString error = errorText(result); !error.isEmpty())
            fulfil(promise, Entries{{}, error});
        else
            fulfil(promise, parseEntries(std::get<QDomElement>(result), QStringLiteral("subscriptions"), QStringLiteral("subscription"),
                                         QStringLiteral("subscription")));
    });
    return promise->future();
}

QFuture<QString> CommunityAdmin::approve(const QString &service, const QString &node, const QString &jid)
{
    return setAffiliation(service, node, jid, QStringLiteral("member")).then(this, [this, service, node, jid](const QString &error) {
        if (!error.isEmpty())
            return QtFuture::makeReadyFuture(error);
        auto iq = pubsubIq(QXmppIq::Set, service, kOwner, [node, jid](QXmlStreamWriter *w) {
            w->writeStartElement(QStringLiteral("subscriptions"));
            w->writeAttribute(QStringLiteral("node"), node);
            w->writeEmptyElement(QStringLiteral("subscription"));
            w->writeAttribute(QStringLiteral("jid"), jid);
            w->writeAttribute(QStringLiteral("subscription"), QStringLiteral("subscribed"));
            w->writeEndElement();
        });
        return send(std::move(iq));
    }).unwrap();
}

QFuture<QString> CommunityAdmin::refuse(const QString &service, const QString &node, const QString &jid)
{
    auto iq = pubsubIq(QXmppIq::Set, service, kOwner, [node, jid](QXmlStreamWriter *w) {
        w->writeStartElement(QStringLiteral("subscriptions"));
        w->writeAttribute(QStringLiteral("node"), node);
        w->writeEmptyElement(QStringLiteral("subscription"));
        w->writeAttribute(QStringLiteral("jid"), jid);
        w->writeAttribute(QStringLiteral("subscription"), QStringLiteral("none"));
        w->writeEndElement();
    });
    return send(std::move(iq));
}

QFuture<QString> CommunityAdmin::setAvatar(const QString &service, const QString &node, const QByteArray &bytes, const QString &mimeType,
                                           int width, int height, const QString &url)
{
    const QString hash = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha1).toHex());
    QString data;
    {
        QXmlStreamWriter w(&data);
        w.writeStartElement(QStringLiteral("data"));
        w.writeDefaultNamespace(QString::fromLatin1(CommunityMeta::kAvatarData));
        w.writeCharacters(QString::fromLatin1(bytes.toBase64()));
        w.writeEndElement();
    }
    QString metadata;
    {
        QXmlStreamWriter w(&metadata);
        w.writeStartElement(QStringLiteral("metadata"));
        w.writeDefaultNamespace(QString::fromLatin1(CommunityMeta::kAvatarMetadata));
        w.writeEmptyElement(QStringLiteral("info"));
        w.writeAttribute(QStringLiteral("id"), hash);
        w.writeAttribute(QStringLiteral("bytes"), QString::number(bytes.size()));
        w.writeAttribute(QStringLiteral("type"), mimeType);
        if (width > 0 && height > 0) {
            w.writeAttribute(QStringLiteral("width"), QString::number(width));
            w.writeAttribute(QStringLiteral("height"), QString::number(height));
        }
        if (!url.isEmpty())
            w.writeAttribute(QStringLiteral("url"), url);
        w.writeEndElement();
    }
    auto publish = [service, node](const QString &id, const QString &payload) {
        return pubsubIq(QXmppIq::Set, service, kPubSub, [node, id, payload](QXmlStreamWriter *w) {
            w->writeStartElement(QStringLiteral("publish"));
            w->writeAttribute(QStringLiteral("node"), node);
            PepItem(id, payload).toXml(w);
            w->writeEndElement();
        });
    };
    // The data first: a reader that sees the new metadata finds its bytes.
    return send(publish(hash, data)).then(this, [this, publish, metadata](const QString &error) {
        if (!error.isEmpty())
            return QtFuture::makeReadyFuture(error);
        return send(publish(QString::fromLatin1(CommunityMeta::kAvatarMetadata), metadata));
    }).unwrap();
}

QFuture<QString> CommunityAdmin::remove(const QString &service, const QString &node, const QList<XmppUri> &commentNodes)
{
    if (commentNodes.isEmpty()) {
        auto iq = pubsubIq(QXmppIq::Set, service, kOwner, [node](QXmlStreamWriter *w) {
            w->writeEmptyElement(QStringLiteral("delete"));
            w->writeAttribute(QStringLiteral("node"), node);
        });
        return send(std::move(iq));
    }
    // The threads first, one at a time; one already gone or not the
    // user's is only logged (the community itself still goes).
    const XmppUri thread = commentNodes.constFirst();
    auto iq = pubsubIq(QXmppIq::Set, thread.service, kOwner, [thread](QXmlStreamWriter *w) {
        w->writeEmptyElement(QStringLiteral("delete"));
        w->writeAttribute(QStringLiteral("node"), thread.node);
    });
    return send(std::move(iq)).then(this, [this, service, node, thread, rest = commentNodes.mid(1)](const QString &error) {
        if (!error.isEmpty())
            qCInfo(lcCommunities).noquote() << "comments node" << thread.node << "not deleted:" << error;
        return remove(service, node, rest);
    }).unwrap();
}

} // namespace Hearth
