#include "MessageDialogs.h"

#include "BackgroundTask.h"
#include "domain/MergeTemplate.h"
#include "ErrorReporter.h"
#include "FormGrid.h"
#include "MergeFieldButton.h"
#include "services/Mailer.h"
#include "services/SmsGateway.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace shopcrm {

namespace {

// Saves an account through `save`, with the secret typed in `secret` (none typed: the saved one is
// kept), which is then cleared; what is wrong shows in `issue`, and the window stays.
bool saveAccount(QLineEdit* secret, QLabel* issue,
                 const std::function<void(const std::optional<QString>&)>& save)
{
    try {
        save(secret->text().isEmpty() ? std::nullopt : std::optional<QString>(secret->text()));
        secret->clear();
        secret->setPlaceholderText(
            QCoreApplication::translate("shopcrm::MailSettingsDialog", "(saved; type to change)"));
        return true;
    } catch (const StoreError& e) {
        issue->setStyleSheet(QStringLiteral("color: #b02020"));
        issue->setText(e.message());
    }
    return false;
}

// A test message's outcome: green when it went, red with the reason when not.
void showOutcome(QLabel* issue, const QString& error, const QString& success)
{
    issue->setStyleSheet(error.isEmpty() ? QStringLiteral("color: #2e7d32")
                                         : QStringLiteral("color: #b02020"));
    issue->setText(error.isEmpty() ? success : error);
}

} // namespace

// ---- the mail account ----

MailSettingsDialog::MailSettingsDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("mailSettingsDialog"));
    setWindowTitle(tr("Mail account"));
    MailSettings m;
    bool hasPassword = false;
    ErrorReporter::guard([&] {
        m = MailSettings::load(db);
        hasPassword = MailSettings::hasPassword(db);
    });
    m_host = new QLineEdit(m.host, this);
    m_host->setObjectName(QStringLiteral("mailHostEdit"));
    m_host->setPlaceholderText(tr("e.g. smtp.qiye.163.com"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("mailPortSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(m.port);
    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("mailSecurityCombo"));
    m_security->addItem(tr("SSL/TLS (usually port 465)"), QStringLiteral("tls"));
    m_security->addItem(tr("STARTTLS (usually port 587)"), QStringLiteral("starttls"));
    m_security->addItem(tr("None (a local relay only)"), QStringLiteral("none"));
    m_security->setCurrentIndex(std::max(0, m_security->findData(MailSettings::securityCode(m.security))));
    m_user = new QLineEdit(m.user, this);
    m_user->setObjectName(QStringLiteral("mailUserEdit"));
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("mailPasswordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(hasPassword ? tr("(saved; type to change)") : QString());
    m_from = new QLineEdit(m.fromAddress, this);
    m_from->setObjectName(QStringLiteral("mailFromEdit"));
    m_name = new QLineEdit(m.fromName, this);
    m_name->setObjectName(QStringLiteral("mailNameEdit"));
    m_issue = new QLabel(this);
    m_issue->setObjectName(QStringLiteral("issueLabel"));
    m_issue->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Server"), m_host);
    form->addRow(tr("P&ort"), m_port);
    form->addRow(tr("S&ecurity"), m_security);
    form->addRow(tr("&Account"), m_user);
    form->addRow(tr("Pass&word"), m_password);
    form->addRow(tr("Send &from"), m_from);
    form->addRow(tr("Sender's &name"), m_name);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* test = buttons->addButton(tr("Send a &test"), QDialogButtonBox::ActionRole);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_issue);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(test, &QPushButton::clicked, this, [this] {
        if (!save()) return;
        QString error;
        ErrorReporter::guard([&] {
            error =
                Mailer::fromDatabase(m_db).send({m_from->text(), m_name->text(), tr("ShopCRM test message"),
                                                 tr("The shop's mail account works.")});
        });
        showOutcome(m_issue, error, tr("Sent to %1: look in that mailbox.").arg(m_from->text()));
    });
    resize(480, 320);
}

bool MailSettingsDialog::save()
{
    MailSettings m;
    m.host = m_host->text().trimmed();
    m.port = m_port->value();
    m.security = MailSettings::securityFromCode(m_security->currentData().toString())
                     .value_or(MailSettings::Security::Tls);
    m.user = m_user->text().trimmed();
    m.fromAddress = m_from->text().trimmed();
    m.fromName = m_name->text().trimmed();
    return saveAccount(m_password, m_issue,
                       [&](const std::optional<QString>& password) { m.save(m_db, password); });
}

// ---- the text-message account ----

SmsSettingsDialog::SmsSettingsDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("smsSettingsDialog"));
    setWindowTitle(tr("SMS account"));
    SmsSettings m;
    bool hasSecret = false;
    ErrorReporter::guard([&] {
        m = SmsSettings::load(db);
        hasSecret = SmsSettings::hasSecret(db);
    });
    m_provider = new QComboBox(this);
    m_provider->setObjectName(QStringLiteral("smsProviderCombo"));
    m_provider->addItem(tr("Alibaba Cloud SMS (阿里云短信服务)"), QStringLiteral("aliyun"));
    m_keyId = new QLineEdit(m.accessKeyId, this);
    m_keyId->setObjectName(QStringLiteral("smsKeyIdEdit"));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("smsSecretEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secret->setPlaceholderText(
        hasSecret ? QCoreApplication::translate("shopcrm::MailSettingsDialog", "(saved; type to change)")
                  : QString());
    m_sign = new QLineEdit(m.signName, this);
    m_sign->setObjectName(QStringLiteral("smsSignEdit"));
    m_sign->setPlaceholderText(tr("as approved, without 【】"));
    m_endpoint = new QLineEdit(m.endpoint, this);
    m_endpoint->setObjectName(QStringLiteral("smsEndpointEdit"));
    m_endpoint->setPlaceholderText(QString::fromLatin1(AliyunSms::kEndpoint));
    m_testTo = new QLineEdit(this);
    m_testTo->setObjectName(QStringLiteral("smsTestToEdit"));
    m_testTo->setPlaceholderText(tr("a mobile number"));
    m_testCode = new QLineEdit(this);
    m_testCode->setObjectName(QStringLiteral("smsTestCodeEdit"));
    m_testCode->setPlaceholderText(tr("an approved template without fields, e.g. SMS_276395012"));
    m_issue = new QLabel(this);
    m_issue->setObjectName(QStringLiteral("issueLabel"));
    m_issue->setWordWrap(true);
    auto* explain =
        new QLabel(tr("Text messages go through an SMS provider. Each message uses a template and "
                      "a signature the provider approved; the fields of the shop's text are the "
                      "template's variables (${customer} for {customer})."),
                   this);
    explain->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Provider"), m_provider);
    form->addRow(tr("AccessKey &ID"), m_keyId);
    form->addRow(tr("AccessKey s&ecret"), m_secret);
    form->addRow(tr("&Signature"), m_sign);
    form->addRow(tr("Gateway &address"), m_endpoint);
    form->addRow(tr("Test &to"), m_testTo);
    form->addRow(tr("Test te&mplate"), m_testCode);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* test = buttons->addButton(tr("Send a &test"), QDialogButtonBox::ActionRole);
    test->setObjectName(QStringLiteral("smsTestButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(explain);
    layout->addLayout(form);
    layout->addWidget(m_issue);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(test, &QPushButton::clicked, this, [this] {
        if (!save()) return;
        SmsResult result{tr("The number is not a mobile number."), false, {}};
        const QString to = SmsGateway::mobileDigits(m_testTo->text());
        if (!to.isEmpty())
            ErrorReporter::guard([&] {
                result = SmsGateway::fromDatabase(m_db)->send({to, m_testCode->text().trimmed(), {}});
            });
        showOutcome(m_issue, result.error, tr("Sent to %1.").arg(to));
    });
    resize(560, 400);
}

bool SmsSettingsDialog::save()
{
    SmsSettings m;
    m.provider = m_provider->currentData().toString();
    m.accessKeyId = m_keyId->text().trimmed();
    m.signName = m_sign->text().trimmed();
    m.endpoint = m_endpoint->text().trimmed();
    return saveAccount(m_secret, m_issue,
                       [&](const std::optional<QString>& secret) { m.save(m_db, secret); });
}

// ---- the shop's notices ----

NoticesDialog::NoticesDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("noticesDialog"));
    setWindowTitle(tr("Notices"));
    auto* tabs = new QTabWidget(this);
    for (const Notice notice : {Notice::OrderReady, Notice::PaymentDue}) {
        MessageTemplate tpl = Messages::defaultNotice(notice);
        ErrorReporter::guard([&] { tpl = Messages::notice(db, notice); });
        Editor e{notice};
        auto* page = new QWidget(tabs);
        const QString name = notice == Notice::OrderReady ? QStringLiteral("ready") : QStringLiteral("due");
        e.subject = new QLineEdit(tpl.subject, page);
        e.subject->setObjectName(name + QStringLiteral("SubjectEdit"));
        e.body = new QPlainTextEdit(tpl.body, page);
        e.body->setObjectName(name + QStringLiteral("BodyEdit"));
        e.body->setTabChangesFocus(true);
        e.smsCode = new QLineEdit(tpl.smsCode, page);
        e.smsCode->setObjectName(name + QStringLiteral("SmsCodeEdit"));
        e.smsCode->setPlaceholderText(tr("e.g. SMS_276395012"));
        QLineEdit* subject = e.subject;
        QPlainTextEdit* body = e.body;
        QToolButton* insert = mergeFieldButton(page, [subject, body](const QString& token) {
            if (subject->hasFocus())
                subject->insert(token);
            else
                body->insertPlainText(token);
        });
        auto* reset = new QPushButton(tr("&Restore the program's text"), page);
        reset->setAutoDefault(false);
        connect(reset, &QPushButton::clicked, this, [subject, body, notice] {
            const MessageTemplate d = Messages::defaultNotice(notice);
            subject->setText(d.subject);
            body->setPlainText(d.body);
        });
        auto* row = new QHBoxLayout;
        row->addWidget(insert);
        row->addStretch(1);
        row->addWidget(reset);
        auto* form = new QFormLayout(page);
        form->addRow(tr("E-mail &subject"), e.subject);
        form->addRow(tr("&Text"), e.body);
        form->addRow(QString(), row);
        form->addRow(tr("SMS template &code"), e.smsCode);
        tabs->addTab(page, notice == Notice::OrderReady ? tr("Order ready") : tr("Payment due"));
        m_editors.append(e);
    }
    m_issue = new QLabel(this);
    m_issue->setObjectName(QStringLiteral("issueLabel"));
    m_issue->setStyleSheet(QStringLiteral("color: #b02020"));
    m_issue->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    auto* explain =
        new QLabel(tr("What the customer is sent when their order is ready, and when a payment is "
                      "due: from the order, or from the reminders."),
                   this);
    explain->setWordWrap(true);
    layout->addWidget(explain);
    layout->addWidget(tabs, 1);
    layout->addWidget(m_issue);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(620, 420);
}

bool NoticesDialog::save()
{
    try {
        for (const Editor& e : std::as_const(m_editors))
            Messages::setNotice(m_db, e.notice,
                                {e.subject->text(), e.body->toPlainText(), e.smsCode->text()});
        return true;
    } catch (const StoreError& e) {
        m_issue->setText(e.message());
    }
    return false;
}

// ---- a message to customers ----

MessageDialog::MessageDialog(Database& db, const QList<qint64>& customerIds, QWidget* parent)
    : QDialog(parent), m_db(db), m_ids(customerIds),
      m_batch(Messages::newBatch(QDateTime::currentDateTimeUtc()))
{
    setObjectName(QStringLiteral("messageDialog"));
    setWindowTitle(tr("Send a message"));
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("messageSubjectEdit"));
    m_subject->setText(tr("A message from {shop}"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("messageBodyEdit"));
    m_body->setTabChangesFocus(true);
    m_body->setPlainText(tr("Dear {contact},\n\n\n\n{shop}"));
    QToolButton* insert = mergeFieldButton(this, [this](const QString& token) {
        if (m_subject->hasFocus())
            m_subject->insert(token);
        else
            m_body->insertPlainText(token);
    });
    bool mailSet = false;
    bool smsSet = false;
    ErrorReporter::guard([&] {
        mailSet = MailSettings::load(db).isSet();
        smsSet = SmsSettings::load(db).isSet();
    });
    m_byEmail = new QCheckBox(tr("By &e-mail"), this);
    m_byEmail->setObjectName(QStringLiteral("messageByEmailCheck"));
    m_byEmail->setChecked(mailSet || !smsSet);
    m_bySms = new QCheckBox(tr("By text &message"), this);
    m_bySms->setObjectName(QStringLiteral("messageBySmsCheck"));
    m_bySms->setChecked(smsSet && !mailSet);
    m_smsCode = new QLineEdit(this);
    m_smsCode->setObjectName(QStringLiteral("messageSmsCodeEdit"));
    m_smsCode->setPlaceholderText(tr("the provider's template code, e.g. SMS_276395012"));
    m_smsHint = new QLabel(this);
    m_smsHint->setObjectName(QStringLiteral("messageSmsHint"));
    m_smsHint->setWordWrap(true);
    m_smsHint->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("messageRecipients"));
    m_table->setHorizontalHeaderLabels(
        {tr("Customer"), tr("By"), tr("To"), tr("State"), tr("Fields left empty")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_preview = new QPlainTextEdit(this);
    m_preview->setObjectName(QStringLiteral("messagePreview"));
    m_preview->setReadOnly(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("messageSummary"));
    m_summary->setWordWrap(true);

    auto* how = new QHBoxLayout;
    how->addWidget(m_byEmail);
    how->addWidget(m_bySms);
    how->addWidget(m_smsCode, 1);
    auto* top = new QWidget(this);
    auto* form = new QFormLayout(top);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Send"), how);
    form->addRow(tr("&Subject"), m_subject);
    form->addRow(tr("&Text"), m_body);
    form->addRow(QString(), insert);
    form->addRow(QString(), m_smsHint);
    auto* split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(m_preview);
    // The text above, the recipients and a preview below; the user moves the line between them.
    auto* upDown = new QSplitter(Qt::Vertical, this);
    upDown->addWidget(top);
    upDown->addWidget(split);
    upDown->setChildrenCollapsible(false);
    upDown->setSizes({300, 380});
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::ActionRole);
    m_send->setObjectName(QStringLiteral("messageSendButton"));
    QPushButton* account = buttons->addButton(tr("Mail &account…"), QDialogButtonBox::ActionRole);
    account->setEnabled(db.access().can(Module::Settings, Action::Edit));
    QPushButton* smsAccount = buttons->addButton(tr("SMS acc&ount…"), QDialogButtonBox::ActionRole);
    smsAccount->setEnabled(db.access().can(Module::Settings, Action::Edit));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(upDown, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    // The previews follow the typing, a moment after it pauses.
    auto* again = new QTimer(this);
    again->setSingleShot(true);
    again->setInterval(400);
    connect(again, &QTimer::timeout, this, &MessageDialog::refreshDrafts);
    connect(m_subject, &QLineEdit::textChanged, again, qOverload<>(&QTimer::start));
    connect(m_body, &QPlainTextEdit::textChanged, again, qOverload<>(&QTimer::start));
    connect(m_smsCode, &QLineEdit::textChanged, again, qOverload<>(&QTimer::start));
    connect(m_byEmail, &QCheckBox::toggled, this, &MessageDialog::refreshDrafts);
    connect(m_bySms, &QCheckBox::toggled, this, &MessageDialog::refreshDrafts);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showDraft(row); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &MessageDialog::sendAll);
    connect(account, &QPushButton::clicked, this, [this] {
        MailSettingsDialog dialog(m_db, this);
        dialog.exec();
        refreshDrafts();
    });
    connect(smsAccount, &QPushButton::clicked, this, [this] {
        SmsSettingsDialog dialog(m_db, this);
        dialog.exec();
        loadRecipients();
        refreshDrafts();
    });
    resize(980, 720);
    loadRecipients();
    refreshDrafts();
}

void MessageDialog::useNotice(Notice notice, qint64 orderId, const QString& orderNumber)
{
    MessageTemplate tpl = Messages::defaultNotice(notice);
    ErrorReporter::guard([&] { tpl = Messages::notice(m_db, notice); });
    m_orderOf.clear();
    if (orderId > 0)
        for (const qint64 id : std::as_const(m_ids))
            m_orderOf.insert(id, orderId);
    m_batch = Messages::noticeBatch(notice, orderNumber, m_ids.value(0), QDate::currentDate());
    loadRecipients();
    setWindowTitle(notice == Notice::OrderReady ? tr("Tell the customer the order is ready")
                                                : tr("Remind the customer of the payment"));
    m_subject->setText(tpl.subject);
    m_body->setPlainText(tpl.body);
    m_smsCode->setText(tpl.smsCode);
    refreshDrafts();
}

void MessageDialog::loadRecipients()
{
    m_recipients.clear();
    ErrorReporter::guard([&] {
        m_recipients = Messages::recipients(m_db, m_ids, QDate::currentDate(), m_orderOf);
        m_sms = SmsSettings::load(m_db);
    });
}

QList<Channel> MessageDialog::channels() const
{
    QList<Channel> list;
    if (m_byEmail->isChecked()) list.append(Channel::Email);
    if (m_bySms->isChecked()) list.append(Channel::Sms);
    return list;
}

void MessageDialog::refreshDrafts()
{
    const QStringList unknown =
        MergeTemplate::unknownFields(m_subject->text() + QLatin1Char('\n') + m_body->toPlainText());
    const QList<Channel> how = channels();
    m_subject->setEnabled(m_byEmail->isChecked());
    m_smsCode->setEnabled(m_bySms->isChecked());
    m_smsHint->setVisible(m_bySms->isChecked());
    m_drafts = Messages::draft(m_recipients, {m_subject->text(), m_body->toPlainText(), m_smsCode->text()},
                               how, m_sms);
    if (m_bySms->isChecked()) {
        // The length as the first customer's phone shows it, with the signature and the values.
        QString first;
        for (const MessageDraft& d : std::as_const(m_drafts))
            if (d.channel == Channel::Sms && first.isEmpty()) first = d.body;
        if (first.isEmpty()) first = m_body->toPlainText().trimmed();
        const int length = int(first.toUcs4().size());
        m_smsHint->setText(tr("Have the provider approve this template: %1")
                               .arg(Messages::providerTemplate(m_body->toPlainText().trimmed())) +
                           QLatin1Char('\n') +
                           tr("%n character(s) for the first customer, signature included", nullptr, length) +
                           QStringLiteral(" — ") +
                           tr("sent as %n message(s)", nullptr, SmsGateway::parts(first)));
    }
    // What the log says of this batch so far (after a send).
    QHash<QString, MessageRecord> logged;
    ErrorReporter::guard([&] {
        for (const MessageRecord& r : Messages::list(m_db, 0, m_batch, false, 100000))
            logged.insert(QString::number(r.customerId) + r.channel, r);
    });
    const bool chinese = QLocale().language() == QLocale::Chinese;
    m_table->setRowCount(int(m_drafts.size()));
    int ready = 0;
    int mail = 0;
    int sms = 0;
    for (int row = 0; row < m_drafts.size(); ++row) {
        const MessageDraft& d = m_drafts.at(row);
        QString state = d.ready() ? tr("Ready") : d.problem;
        bool failed = !d.ready();
        if (const auto it =
                logged.constFind(QString::number(d.customerId) + Messages::channelCode(d.channel));
            it != logged.cend()) {
            state = it->status == QLatin1String("sent") ? tr("Sent") : tr("Not sent: %1").arg(it->error);
            failed = it->status != QLatin1String("sent");
        }
        QStringList empty;
        for (const QString& code : d.missing)
            empty.append(MergeTemplate::token(code, chinese));
        const QString cells[] = {d.customer, d.channel == Channel::Sms ? tr("Text") : tr("E-mail"), d.address,
                                 state, empty.join(QStringLiteral(", "))};
        for (int col = 0; col < 5; ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (failed) item->setForeground(QColor(0xb0, 0x20, 0x20));
            m_table->setItem(row, col, item);
        }
        if (d.ready()) {
            ++ready;
            (d.channel == Channel::Sms ? sms : mail) += 1;
        }
    }
    m_table->resizeColumnsToContents();
    QStringList parts;
    if (m_byEmail->isChecked()) parts.append(tr("%n e-mail(s)", nullptr, mail));
    if (m_bySms->isChecked()) parts.append(tr("%n text message(s)", nullptr, sms));
    QString summary = how.isEmpty() ? tr("Choose how to send: by e-mail, by text message or both.")
                                    : tr("Ready to go to %n customer(s): %1.", nullptr, int(m_ids.size()))
                                          .arg(parts.join(QStringLiteral(", ")));
    if (!unknown.isEmpty()) summary = tr("No such field: %1").arg(unknown.join(QStringLiteral(", ")));
    m_summary->setText(summary);
    m_send->setEnabled(unknown.isEmpty() && ready > 0);
    showDraft(std::max(0, m_table->currentRow()));
}

void MessageDialog::showDraft(int row)
{
    if (row < 0 || row >= m_drafts.size()) {
        m_preview->clear();
        return;
    }
    const MessageDraft& d = m_drafts.at(row);
    if (d.channel == Channel::Sms)
        m_preview->setPlainText(tr("Text message to %1 (%2)\n\n%3").arg(d.address, d.toName, d.body));
    else
        m_preview->setPlainText(
            tr("To: %1 <%2>\nSubject: %3\n\n%4").arg(d.toName, d.address, d.subject, d.body));
}

bool MessageDialog::sendAll()
{
    refreshDrafts();
    if (!m_send->isEnabled()) return false;
    const bool byMail = m_byEmail->isChecked();
    const bool bySms = m_bySms->isChecked();
    MailSettings mail;
    SmsSettings sms;
    QString password;
    QString secret;
    if (!ErrorReporter::guard([&] {
            if (byMail) {
                mail = MailSettings::load(m_db);
                password = MailSettings::password(m_db);
            }
            if (bySms) {
                sms = SmsSettings::load(m_db);
                secret = SmsSettings::secret(m_db);
            }
        }))
        return false;
    if (byMail && !mail.isSet()) {
        QMessageBox::information(this, windowTitle(),
                                 tr("Set up the shop's mail account first (Mail account…)."));
        return false;
    }
    if (bySms && !sms.isSet()) {
        QMessageBox::information(this, windowTitle(),
                                 tr("Set up the shop's SMS account first (SMS account…)."));
        return false;
    }
    int count = 0;
    for (const MessageDraft& d : std::as_const(m_drafts))
        count += d.ready() ? 1 : 0;
    if (QMessageBox::question(this, windowTitle(), tr("Send %n message(s) now?", nullptr, count)) !=
        QMessageBox::Yes)
        return false;
    const QList<MessageDraft> drafts = m_drafts;
    const QString batch = m_batch;
    const BackgroundResult<SendReport> result = runInBackground<SendReport>(
        this, m_db, tr("Sending…"),
        [drafts, batch, byMail, bySms, mail, password, sms,
         secret](Database& db, const std::function<bool(qint64, qint64)>& progress) {
            SendOptions options;
            options.progress = [&](int done, int total) { return progress(done, total); };
            const Mailer mailer(mail, password);
            const std::unique_ptr<SmsGateway> gateway = SmsGateway::create(sms, secret);
            return Messages::send(db, batch, drafts,
                                  {byMail ? &mailer : nullptr, bySms ? gateway.get() : nullptr}, options);
        });
    refreshDrafts();
    if (!result.error.isEmpty()) {
        QMessageBox::warning(this, windowTitle(), result.error);
        return false;
    }
    const SendReport r = result.value.value_or(SendReport());
    m_summary->setText(
        tr("%1 sent, %2 not sent, %3 sent before.").arg(r.sent).arg(r.failed).arg(r.skipped) +
        (r.failed > 0 ? QStringLiteral(" ") + tr("Send again to retry those not sent.") : QString()));
    return true;
}

void openNotice(QWidget* parent, Database& db, Notice notice, qint64 customerId, qint64 orderId,
                const QString& orderNumber)
{
    if (!db.access().can(Module::FollowUps, Action::Create)) {
        QMessageBox::information(
            parent, QCoreApplication::translate("shopcrm::MessageDialog", "Send a message"),
            QCoreApplication::translate("shopcrm::MessageDialog",
                                        "Your role may not send messages to customers."));
        return;
    }
    MessageDialog dialog(db, {customerId}, parent);
    dialog.useNotice(notice, orderId, orderNumber);
    dialog.exec();
}

} // namespace shopcrm
