#include "MessageDialogs.h"

#include "BackgroundTask.h"
#include "domain/MergeTemplate.h"
#include "ErrorReporter.h"
#include "FormGrid.h"
#include "services/Mailer.h"
#include "store/Database.h"
#include "store/Secrets.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
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
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace shopcrm {

// ---- the mail account ----

MailSettingsDialog::MailSettingsDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("mailSettingsDialog"));
    setWindowTitle(tr("Mail account"));
    MailSettings m;
    bool hasPassword = false;
    ErrorReporter::guard([&] {
        m = MailSettings::load(db);
        hasPassword = Secrets(db).has(QStringLiteral("mail.password"));
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
            error = Mailer(MailSettings::load(m_db), Secrets(m_db).get(QStringLiteral("mail.password")))
                        .send({m_from->text(), m_name->text(), tr("ShopCRM test message"),
                               tr("The shop's mail account works.")});
        });
        m_issue->setStyleSheet(error.isEmpty() ? QStringLiteral("color: #2e7d32")
                                               : QStringLiteral("color: #b02020"));
        m_issue->setText(error.isEmpty() ? tr("Sent to %1: look in that mailbox.").arg(m_from->text())
                                         : error);
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
    try {
        m.save(m_db,
               m_password->text().isEmpty() ? std::nullopt : std::optional<QString>(m_password->text()));
        m_password->clear();
        m_password->setPlaceholderText(tr("(saved; type to change)"));
        return true;
    } catch (const StoreError& e) {
        m_issue->setStyleSheet(QStringLiteral("color: #b02020"));
        m_issue->setText(e.message());
    }
    return false;
}

// ---- an e-mail to customers ----

MessageDialog::MessageDialog(Database& db, const QList<qint64>& customerIds, QWidget* parent)
    : QDialog(parent), m_db(db), m_ids(customerIds),
      m_batch(Messages::newBatch(QDateTime::currentDateTimeUtc()))
{
    setObjectName(QStringLiteral("messageDialog"));
    setWindowTitle(tr("Send an e-mail"));
    const bool chinese = QLocale().language() == QLocale::Chinese;
    m_subject = new QLineEdit(this);
    m_subject->setObjectName(QStringLiteral("messageSubjectEdit"));
    m_subject->setText(tr("A message from {shop}"));
    m_body = new QPlainTextEdit(this);
    m_body->setObjectName(QStringLiteral("messageBodyEdit"));
    m_body->setTabChangesFocus(true);
    m_body->setPlainText(tr("Dear {contact},\n\n\n\n{shop}"));
    auto* insert = new QToolButton(this);
    insert->setText(tr("&Insert field"));
    insert->setPopupMode(QToolButton::InstantPopup);
    auto* fields = new QMenu(insert);
    for (const MergeTemplate::Field& f : MergeTemplate::fields()) {
        const QString token = MergeTemplate::token(f.code, chinese);
        fields->addAction(tr("%1 — %2").arg(token, f.description()), this, [this, token] {
            if (m_subject->hasFocus())
                m_subject->insert(token);
            else
                m_body->insertPlainText(token);
        });
    }
    insert->setMenu(fields);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("messageRecipients"));
    m_table->setHorizontalHeaderLabels({tr("Customer"), tr("To"), tr("State"), tr("Fields left empty")});
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

    auto* form = new QFormLayout;
    form->addRow(tr("&Subject"), m_subject);
    form->addRow(tr("&Text"), m_body);
    form->addRow(QString(), insert);
    auto* split = new QSplitter(this);
    split->addWidget(m_table);
    split->addWidget(m_preview);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_send = buttons->addButton(tr("&Send"), QDialogButtonBox::ActionRole);
    m_send->setObjectName(QStringLiteral("messageSendButton"));
    QPushButton* account = buttons->addButton(tr("Mail &account…"), QDialogButtonBox::ActionRole);
    account->setEnabled(db.access().can(Module::Settings, Action::Edit));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(split, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    // The previews follow the typing, a moment after it pauses.
    auto* again = new QTimer(this);
    again->setSingleShot(true);
    again->setInterval(400);
    connect(again, &QTimer::timeout, this, &MessageDialog::refreshDrafts);
    connect(m_subject, &QLineEdit::textChanged, again, qOverload<>(&QTimer::start));
    connect(m_body, &QPlainTextEdit::textChanged, again, qOverload<>(&QTimer::start));
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showDraft(row); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_send, &QPushButton::clicked, this, &MessageDialog::sendAll);
    connect(account, &QPushButton::clicked, this, [this] {
        MailSettingsDialog dialog(m_db, this);
        dialog.exec();
    });
    resize(960, 700);
    refreshDrafts();
}

void MessageDialog::refreshDrafts()
{
    const QStringList unknown =
        MergeTemplate::unknownFields(m_subject->text() + QLatin1Char('\n') + m_body->toPlainText());
    m_drafts.clear();
    ErrorReporter::guard([&] {
        m_drafts =
            Messages::prepare(m_db, m_ids, m_subject->text(), m_body->toPlainText(), QDate::currentDate());
    });
    // What the log says of this batch so far (after a send).
    QHash<qint64, MessageRecord> logged;
    ErrorReporter::guard([&] {
        for (const MessageRecord& r : Messages::list(m_db, 0, m_batch, false, 100000))
            logged.insert(r.customerId, r);
    });
    const bool chinese = QLocale().language() == QLocale::Chinese;
    m_table->setRowCount(int(m_drafts.size()));
    int ready = 0;
    for (int row = 0; row < m_drafts.size(); ++row) {
        const MessageDraft& d = m_drafts.at(row);
        QString state = d.ready() ? tr("Ready") : d.problem;
        if (const auto it = logged.constFind(d.customerId); it != logged.cend())
            state = it->status == QLatin1String("sent") ? tr("Sent") : tr("Not sent: %1").arg(it->error);
        QStringList empty;
        for (const QString& code : d.missing)
            empty.append(MergeTemplate::token(code, chinese));
        const QString cells[] = {d.customer, d.address, state, empty.join(QStringLiteral(", "))};
        for (int col = 0; col < 4; ++col) {
            auto* item = new QTableWidgetItem(cells[col]);
            if (!d.ready() || state.startsWith(tr("Not sent: %1").arg(QString())))
                item->setForeground(QColor(0xb0, 0x20, 0x20));
            m_table->setItem(row, col, item);
        }
        ready += d.ready() ? 1 : 0;
    }
    m_table->resizeColumnsToContents();
    QString summary =
        tr("%1 of %n customer(s) have an e-mail address.", nullptr, int(m_drafts.size())).arg(ready);
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
    m_preview->setPlainText(tr("To: %1 <%2>\nSubject: %3\n\n%4").arg(d.toName, d.address, d.subject, d.body));
}

bool MessageDialog::sendAll()
{
    refreshDrafts();
    if (!m_send->isEnabled()) return false;
    MailSettings settings;
    QString password;
    if (!ErrorReporter::guard([&] {
            settings = MailSettings::load(m_db);
            password = Secrets(m_db).get(QStringLiteral("mail.password"));
        }))
        return false;
    if (!settings.isSet()) {
        QMessageBox::information(this, tr("Send an e-mail"),
                                 tr("Set up the shop's mail account first (Mail account…)."));
        return false;
    }
    int count = 0;
    for (const MessageDraft& d : std::as_const(m_drafts))
        count += d.ready() ? 1 : 0;
    if (QMessageBox::question(this, tr("Send an e-mail"),
                              tr("Send it to %n customer(s) now?", nullptr, count)) != QMessageBox::Yes)
        return false;
    const QList<MessageDraft> drafts = m_drafts;
    const QString batch = m_batch;
    const BackgroundResult<SendReport> result = runInBackground<SendReport>(
        this, m_db, tr("Sending…"),
        [drafts, batch, settings, password](Database& db,
                                            const std::function<bool(qint64, qint64)>& progress) {
            SendOptions options;
            options.progress = [&](int done, int total) { return progress(done, total); };
            return Messages::send(db, batch, drafts, Mailer(settings, password), options);
        });
    refreshDrafts();
    if (!result.error.isEmpty()) {
        QMessageBox::warning(this, tr("Send an e-mail"), result.error);
        return false;
    }
    const SendReport r = result.value.value_or(SendReport());
    m_summary->setText(
        tr("%1 sent, %2 not sent, %3 sent before.").arg(r.sent).arg(r.failed).arg(r.skipped) +
        (r.failed > 0 ? QStringLiteral(" ") + tr("Send again to retry those not sent.") : QString()));
    return true;
}

} // namespace shopcrm
