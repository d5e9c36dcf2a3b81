#include "AuditDialog.h"

#include "BackgroundTask.h"

#include "ErrorReporter.h"
#include "store/Database.h"
#include "store/RowSupport.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>


namespace shopcrm {

namespace {

constexpr int kPage = 200;

QString valueText(const QJsonValue& v)
{
    if (v.isUndefined() || v.isNull())
        return QStringLiteral("—");
    if (v.isBool())
        return v.toBool() ? AuditDialog::tr("yes") : AuditDialog::tr("no");
    if (v.isString())
        return v.toString();
    if (v.isDouble())
        return QString::number(v.toDouble(), 'g', 15);
    return QString::fromUtf8(QJsonDocument::fromVariant(v.toVariant()).toJson(QJsonDocument::Compact));
}

QDate pickDate(QDateEdit* edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

} // namespace

QString AuditDialog::entityName(const QString& entity)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("customer"), QT_TR_NOOP("Customer")},
        {QStringLiteral("order"), QT_TR_NOOP("Order")},
        {QStringLiteral("payment"), QT_TR_NOOP("Payment")},
        {QStringLiteral("follow_up"), QT_TR_NOOP("Follow-up")},
        {QStringLiteral("product"), QT_TR_NOOP("Product")},
        {QStringLiteral("product_category"), QT_TR_NOOP("Product category")},
        {QStringLiteral("staff"), QT_TR_NOOP("Staff member")},
        {QStringLiteral("setting"), QT_TR_NOOP("Setting")},
        {QStringLiteral("print_template"), QT_TR_NOOP("Print template")},
        {QStringLiteral("delivery_slip"), QT_TR_NOOP("Delivery slip")},
        {QStringLiteral("work_order"), QT_TR_NOOP("Work order")},
        {QStringLiteral("document"), QT_TR_NOOP("Document")},
        {QStringLiteral("receivables"), QT_TR_NOOP("Receivables")},
        {QStringLiteral("review"), QT_TR_NOOP("Revenue review")},
        {QStringLiteral("user"), QT_TR_NOOP("User")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("backup"), QT_TR_NOOP("Backup")},
    };
    const auto it = names.find(entity);
    return it == names.end() ? entity : tr(it.value());
}

QString AuditDialog::actionName(const QString& op)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("insert"), QT_TR_NOOP("created")},
        {QStringLiteral("update"), QT_TR_NOOP("changed")},
        {QStringLiteral("delete"), QT_TR_NOOP("deleted")},
        {QStringLiteral("status"), QT_TR_NOOP("status changed")},
        {QStringLiteral("reopen"), QT_TR_NOOP("reopened")},
        {QStringLiteral("archive"), QT_TR_NOOP("archived or restored")},
        {QStringLiteral("print"), QT_TR_NOOP("printed")},
        {QStringLiteral("export"), QT_TR_NOOP("exported")},
        {QStringLiteral("backup"), QT_TR_NOOP("backed up")},
        {QStringLiteral("restore"), QT_TR_NOOP("restored")},
        {QStringLiteral("login"), QT_TR_NOOP("signed in")},
        {QStringLiteral("login_failed"), QT_TR_NOOP("failed to sign in")},
        {QStringLiteral("reset_password"), QT_TR_NOOP("password reset")},
        {QStringLiteral("change_password"), QT_TR_NOOP("password changed")},
    };
    const auto it = names.find(op);
    return it == names.end() ? op : tr(it.value());
}

QString AuditDialog::fieldName(const QString& key)
{
    static const QHash<QString, const char*> names = {
        {QStringLiteral("name"), QT_TR_NOOP("name")},
        {QStringLiteral("short_name"), QT_TR_NOOP("short name")},
        {QStringLiteral("notes"), QT_TR_NOOP("notes")},
        {QStringLiteral("note"), QT_TR_NOOP("note")},
        {QStringLiteral("phone"), QT_TR_NOOP("phone")},
        {QStringLiteral("phones"), QT_TR_NOOP("phones")},
        {QStringLiteral("address"), QT_TR_NOOP("address")},
        {QStringLiteral("grade"), QT_TR_NOOP("grade")},
        {QStringLiteral("tags"), QT_TR_NOOP("tags")},
        {QStringLiteral("owner"), QT_TR_NOOP("owner")},
        {QStringLiteral("contacts"), QT_TR_NOOP("contacts")},
        {QStringLiteral("archived"), QT_TR_NOOP("archived")},
        {QStringLiteral("status"), QT_TR_NOOP("status")},
        {QStringLiteral("reason"), QT_TR_NOOP("reason")},
        {QStringLiteral("title"), QT_TR_NOOP("title")},
        {QStringLiteral("lines"), QT_TR_NOOP("lines")},
        {QStringLiteral("total"), QT_TR_NOOP("total")},
        {QStringLiteral("deposit"), QT_TR_NOOP("deposit")},
        {QStringLiteral("due"), QT_TR_NOOP("due")},
        {QStringLiteral("amount"), QT_TR_NOOP("amount")},
        {QStringLiteral("method"), QT_TR_NOOP("method")},
        {QStringLiteral("unit_price"), QT_TR_NOOP("unit price")},
        {QStringLiteral("active"), QT_TR_NOOP("active")},
        {QStringLiteral("role_id"), QT_TR_NOOP("role")},
        {QStringLiteral("rights"), QT_TR_NOOP("rights")},
        {QStringLiteral("display_name"), QT_TR_NOOP("name")},
        {QStringLiteral("login"), QT_TR_NOOP("login")},
        {QStringLiteral("file"), QT_TR_NOOP("file")},
        {QStringLiteral("rows"), QT_TR_NOOP("rows")},
        {QStringLiteral("copy"), QT_TR_NOOP("copy")},
        {QStringLiteral("form"), QT_TR_NOOP("paper")},
        {QStringLiteral("next_done"), QT_TR_NOOP("plan done")},
        {QStringLiteral("next_date"), QT_TR_NOOP("next contact")},
    };
    const auto it = names.find(key);
    return it == names.end() ? key : tr(it.value());
}

QStringList AuditDialog::changeLines(const AuditEntry& e)
{
    const QJsonObject before = QJsonDocument::fromJson(e.before.toUtf8()).object();
    const QJsonObject after = QJsonDocument::fromJson(e.after.toUtf8()).object();
    QStringList keys = before.keys();
    for (const QString& key : after.keys())
        if (!keys.contains(key))
            keys.append(key);
    // A change shows old → new (an empty side as —); a removal what was removed; an event
    // (a print, an export, a sign-in) its details.
    static const QStringList changes = {QStringLiteral("update"), QStringLiteral("status"), QStringLiteral("reopen"),
                                        QStringLiteral("archive")};
    const bool change = changes.contains(e.op);
    QStringList lines;
    for (const QString& key : std::as_const(keys)) {
        const QString field = e.entity == QLatin1String("setting") ? key : fieldName(key);
        if (change)
            lines.append(tr("%1: %2 → %3").arg(field, valueText(before.value(key)), valueText(after.value(key))));
        else
            lines.append(tr("%1: %2").arg(field, valueText(before.contains(key) ? before.value(key) : after.value(key))));
    }
    return lines;
}

AuditDialog::AuditDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("auditDialog"));
    setWindowTitle(tr("Audit log"));
    resize(1000, 640);

    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUserComboBox"));
    m_user->addItem(tr("Everybody"), QString());
    ErrorReporter::guard([&] {
        for (const QString& who : AuditLog::people(db))
            m_user->addItem(who, who);
    });
    m_entity = new QComboBox(this);
    m_entity->setObjectName(QStringLiteral("auditEntityComboBox"));
    m_entity->addItem(tr("Every kind of record"), QString());
    for (const char* e : {"customer", "order", "payment", "follow_up", "product", "staff", "delivery_slip", "work_order",
                          "setting", "user", "role", "backup"})
        m_entity->addItem(entityName(QString::fromLatin1(e)), QString::fromLatin1(e));
    m_action = new QComboBox(this);
    m_action->setObjectName(QStringLiteral("auditActionComboBox"));
    m_action->addItem(tr("Every action"), QString());
    for (const char* a : {"insert", "update", "delete", "status", "print", "export", "backup", "restore", "login",
                          "login_failed"})
        m_action->addItem(actionName(QString::fromLatin1(a)), QString::fromLatin1(a));
    m_record = new QLineEdit(this);
    m_record->setObjectName(QStringLiteral("auditRecordLineEdit"));
    m_record->setPlaceholderText(tr("record no."));
    m_record->setValidator(nullptr);
    m_record->setMaximumWidth(90);
    auto dateEdit = [this](const QString& name) {
        auto* edit = new QDateEdit(this);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setMinimumDate(QDate(2000, 1, 1));
        edit->setSpecialValueText(tr("any day"));
        edit->setDate(edit->minimumDate());
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        return edit;
    };
    m_from = dateEdit(QStringLiteral("auditFromDateEdit"));
    m_to = dateEdit(QStringLiteral("auditToDateEdit"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(m_user);
    filters->addWidget(m_entity);
    filters->addWidget(m_record);
    filters->addWidget(m_action);
    filters->addWidget(new QLabel(tr("from"), this));
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addStretch(1);

    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("auditTableWidget"));
    m_table->setHorizontalHeaderLabels({tr("Time"), tr("User"), tr("Desk"), tr("Record"), tr("Action"), tr("Changes")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(0, 140);
    m_table->setColumnWidth(3, 150);
    m_table->setColumnWidth(4, 110);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("auditDetailsTextEdit"));
    m_details->setReadOnly(true);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_table);
    split->addWidget(m_details);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    m_more = new QPushButton(tr("Show &older entries"), this);
    m_more->setObjectName(QStringLiteral("auditMoreButton"));
    m_open = new QPushButton(tr("&Open the record"), this);
    m_open->setObjectName(QStringLiteral("auditOpenButton"));
    m_open->setEnabled(false);
    auto* verifyButton = new QPushButton(tr("&Verify the chain"), this);
    verifyButton->setObjectName(QStringLiteral("auditVerifyButton"));
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("auditVerdictLabel"));
    m_verdict->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_more);
    bottom->addWidget(m_open);
    bottom->addWidget(verifyButton);
    bottom->addWidget(m_verdict, 1);
    bottom->addWidget(buttons);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);
    layout->addLayout(bottom);

    for (QComboBox* combo : {m_user, m_entity, m_action})
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditDialog::reload);
    connect(m_record, &QLineEdit::editingFinished, this, &AuditDialog::reload);
    connect(m_from, &QDateEdit::dateChanged, this, &AuditDialog::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &AuditDialog::reload);
    connect(m_more, &QPushButton::clicked, this, &AuditDialog::loadMore);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AuditDialog::showDetails);
    connect(m_open, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row >= 0 && row < m_entries.size())
            emit openRecord(m_entries.at(row).entity, m_entries.at(row).entityId);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, m_open, &QPushButton::click);
    connect(verifyButton, &QPushButton::clicked, this, &AuditDialog::verify);
    reload();
}

AuditFilter AuditDialog::filter() const
{
    AuditFilter f;
    f.who = m_user->currentData().toString();
    f.entity = m_entity->currentData().toString();
    f.op = m_action->currentData().toString();
    f.entityId = m_record->text().trimmed().toLongLong();
    if (const QDate from = pickDate(m_from); from.isValid())
        f.from = from.startOfDay().toUTC();
    if (const QDate to = pickDate(m_to); to.isValid())
        f.to = to.addDays(1).startOfDay().toUTC();
    return f;
}

void AuditDialog::reload()
{
    m_entries.clear();
    m_table->setRowCount(0);
    m_details->clear();
    loadMore();
}

void AuditDialog::loadMore()
{
    AuditFilter f = filter();
    f.beforeId = m_entries.isEmpty() ? 0 : m_entries.constLast().id;
    QList<AuditEntry> page;
    if (!ErrorReporter::guard([&] { page = AuditLog::list(m_db, f, kPage); }))
        return;
    m_more->setEnabled(page.size() == kPage);
    for (const AuditEntry& e : std::as_const(page)) {
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        const QStringList changes = changeLines(e);
        const QStringList cells = {parseUtc(e.at).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                   e.who,
                                   e.desk,
                                   e.entityId > 0 ? tr("%1 %2").arg(entityName(e.entity)).arg(e.entityId) : entityName(e.entity),
                                   actionName(e.op),
                                   changes.join(QStringLiteral("; "))};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        m_entries.append(e);
    }
}

void AuditDialog::showDetails()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_entries.size()) {
        m_details->clear();
        m_open->setEnabled(false);
        return;
    }
    const AuditEntry& e = m_entries.at(row);
    QStringList text = {tr("Entry %1, %2, by %3 at desk %4")
                            .arg(e.id)
                            .arg(parseUtc(e.at).toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")), e.who, e.desk),
                        tr("Hash %1").arg(QString::fromLatin1(e.hash.toHex()))};
    text += changeLines(e);
    m_details->setPlainText(text.join(QLatin1Char('\n')));
    m_open->setEnabled(e.entityId > 0
                       && QStringList{QStringLiteral("customer"), QStringLiteral("order"), QStringLiteral("follow_up")}.contains(e.entity)
                       && e.op != QLatin1String("delete"));
}

void AuditDialog::verify()
{
    // A million entries take seconds: the walk runs on a connection of its own in another thread.
    const BackgroundResult<AuditVerification> result = runInBackground<AuditVerification>(
        this, m_db, tr("Checking every entry of the audit log…"),
        [](Database& db, const std::function<bool(qint64, qint64)>& progress) { return AuditLog::verify(db, progress); });
    AuditVerification v;
    if (result.value)
        v = *result.value;
    else
        v.problem = result.stopped ? tr("The check was stopped.") : result.error;
    if (v.ok) {
        m_verdict->setStyleSheet(QStringLiteral("color:#2e7d32; font-weight:bold"));
        m_verdict->setText(tr("The chain holds: %Ln entries, none changed, removed or moved. Head %1", nullptr,
                              static_cast<int>(std::min<qint64>(v.entries, INT_MAX)))
                               .arg(QString::fromLatin1(v.head.toHex().left(16))));
    } else {
        m_verdict->setStyleSheet(QStringLiteral("color:#b00020; font-weight:bold"));
        m_verdict->setText(v.problem);
    }
}

} // namespace shopcrm
