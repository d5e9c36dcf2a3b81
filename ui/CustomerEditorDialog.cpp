#include "CustomerEditorDialog.h"
#include "PriceListDialog.h"

#include "ConflictDialog.h"
#include "EditingNotice.h"

#include "CustomerTimeline.h"
#include "domain/CustomerJson.h"
#include "ErrorReporter.h"
#include "OrderChoices.h"
#include "OrderListPage.h"
#include "PaymentDialog.h"
#include "PrintActions.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/PaymentRepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopcrm {

namespace {

enum ContactColumn
{
    CName,
    CTitle,
    CMobile,
    CPhone,
    CEmail,
    CWechat,
    CPostcode,
    CBirthday,
    CNotes,
    CPrimary,
    CCount
};

QString jsonText(const Customer& c)
{
    QJsonObject o = CustomerJson::toJson(c);
    for (const char* volatileKey : {"version", "updated_at", "updated_by", "created_at", "created_by"})
        o.remove(QLatin1String(volatileKey));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace

bool confirmArchiveChange(QWidget* parent, const QString& name, bool archive)
{
    const QString title = archive ? CustomerEditorDialog::tr("Archive customer") : CustomerEditorDialog::tr("Restore customer");
    const QString question =
        archive ? CustomerEditorDialog::tr("Archive %1? Archived customers are hidden from the list and search but "
                                           "keep all their data; you can restore them at any time.")
                : CustomerEditorDialog::tr("Restore %1 from the archive?");
    return QMessageBox::question(parent, title, question.arg(name)) == QMessageBox::Yes;
}

CustomerEditorDialog::CustomerEditorDialog(Database& db, qint64 id, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("customerEditorDialog"));
    buildUi();
    if (id > 0) {
        load(CustomerRepository(db).get(id));
        m_timeline = new CustomerTimeline(db, id, m_tabs);
        m_tabs->addTab(m_timeline, tr("Timeline"));
        connect(m_timeline, &CustomerTimeline::followUpsChanged, this, [this] { m_followUpsChanged = true; });
        if (db.access().can(Module::Orders, Action::View)) {
            auto* orders = new OrderListPage(db, m_tabs);
            orders->lockToCustomer(id, m_customer.name);
            m_tabs->addTab(orders, tr("Orders"));
        }
        auto* buttons = findChild<QDialogButtonBox*>(QStringLiteral("editorButtonBox"));
        // A role that may not change customers sees the record without a Save button.
        if (!db.access().can(Module::Customers, Action::Edit))
            buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        QPushButton* statement = buttons->addButton(tr("State&ment…"), QDialogButtonBox::ActionRole);
        statement->setObjectName(QStringLiteral("statementButton"));
        statement->setToolTip(tr("Print this customer's statement of account for a period"));
        connect(statement, &QPushButton::clicked, this, [this, id] { PrintActions::statement(this, m_db, id); });
        if (db.access().can(Module::Sales, Action::View) && db.access().seesMoney(Module::Sales)) {
            QPushButton* prices = buttons->addButton(tr("Agreed prices…"), QDialogButtonBox::ActionRole);
            prices->setObjectName(QStringLiteral("customerPricesButton"));
            prices->setToolTip(tr("The prices agreed with this customer (协议价)"));
            connect(prices, &QPushButton::clicked, this, [this, id] {
                PriceListFilter whose;
                whose.customerId = id;
                PriceListDialog dialog(m_db, whose, this);
                dialog.exec();
            });
        }
        QPushButton* pay = buttons->addButton(tr("Recei&ve payment…"), QDialogButtonBox::ActionRole);
        pay->setObjectName(QStringLiteral("customerPaymentButton"));
        pay->setToolTip(tr("Record money from this customer, against an order or on account"));
        pay->setEnabled(!db.isReadOnly());
        connect(pay, &QPushButton::clicked, this, [this, id] {
            PaymentDialog dialog(m_db, PaymentDialog::New{id, 0}, this);
            if (dialog.exec() == QDialog::Accepted)
                updateBalance();
        });
        // What the role may not do is not offered (a button box shows every button it holds).
        const Access& access = db.access();
        if (!access.can(Module::Printing, Action::Print) || !access.seesMoney(Module::Printing)
            || !access.seesMoney(Module::Payments)) {
            buttons->removeButton(statement);
            delete statement;
        }
        if (!access.can(Module::Payments, Action::Create) || !access.seesMoney(Module::Payments)) {
            buttons->removeButton(pay);
            delete pay;
        }
        m_balance = new QLabel(this);
        m_balance->setObjectName(QStringLiteral("customerBalanceLabel"));
        if (auto* box = qobject_cast<QVBoxLayout*>(layout())) {
            box->insertWidget(0, m_balance);
            box->insertWidget(0, new EditingNotice(db, QStringLiteral("customer"), id, this));
        }
        updateBalance();
    } else {
        Customer fresh;
        fresh.owner = db.session().user;
        load(fresh);
    }
}

void CustomerEditorDialog::updateBalance()
{
    if (!m_db.access().can(Module::Payments, Action::View) || !m_db.access().seesMoney(Module::Payments)) {
        m_balance->hide();
        return;
    }
    const CustomerBalance b = PaymentRepository(m_db).balance(m_customer.meta.id);
    const Money balance = b.balance();
    QString text = tr("Billed ¥%1 · received ¥%2").arg(b.billed.toString(), b.received.toString());
    if (balance.fen() > 0)
        text += QStringLiteral(" · ") + tr("owes ¥%1").arg(balance.toString());
    else if (balance.fen() < 0)
        text += QStringLiteral(" · ") + tr("credit ¥%1").arg((-balance).toString());
    else
        text += QStringLiteral(" · ") + tr("settled");
    m_balance->setText(text);
    m_balance->setStyleSheet(balance.fen() > 0 ? QStringLiteral("color:#8a1c1c; font-weight:bold; padding:2px")
                                               : QStringLiteral("color:#2e7d32; padding:2px"));
}

void CustomerEditorDialog::showTimeline()
{
    if (!m_timeline)
        return;
    m_tabs->setCurrentWidget(m_timeline);
    m_timeline->focusQuickEntry();
}

QLabel* CustomerEditorDialog::issueLabel(const QString& objectName)
{
    auto* label = new QLabel(this);
    label->setObjectName(objectName);
    label->setStyleSheet(QStringLiteral("color: #b3261e;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void CustomerEditorDialog::buildUi()
{
    resize(760, 620);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("customerTabWidget"));

    auto* details = new QWidget;
    auto* form = new QFormLayout(details);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto lineEdit = [this](const QString& name, const QString& placeholder = {}) {
        auto* e = new QLineEdit(this);
        e->setObjectName(name);
        e->setPlaceholderText(placeholder);
        return e;
    };
    m_name = lineEdit(QStringLiteral("nameLineEdit"), tr("Company or person, e.g. 华彩广告有限公司"));
    m_nameIssue = issueLabel(QStringLiteral("nameIssueLabel"));
    m_shortName = lineEdit(QStringLiteral("shortNameLineEdit"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("kindComboBox"));
    m_kind->addItem(CustomerRules::kindName(CustomerKind::Company), CustomerRules::kindCode(CustomerKind::Company));
    m_kind->addItem(CustomerRules::kindName(CustomerKind::Individual), CustomerRules::kindCode(CustomerKind::Individual));
    m_grade = new QComboBox(this);
    m_grade->setObjectName(QStringLiteral("gradeComboBox"));
    m_grade->setEditable(true);
    m_grade->addItems({QString(), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("VIP")});
    m_tags = lineEdit(QStringLiteral("tagsLineEdit"), tr("Separate tags with commas"));
    m_industry = lineEdit(QStringLiteral("industryLineEdit"));
    m_province = lineEdit(QStringLiteral("provinceLineEdit"), tr("Province"));
    m_city = lineEdit(QStringLiteral("cityLineEdit"), tr("City"));
    m_district = lineEdit(QStringLiteral("districtLineEdit"), tr("District"));
    auto* region = new QHBoxLayout;
    region->addWidget(m_province);
    region->addWidget(m_city);
    region->addWidget(m_district);
    m_address = lineEdit(QStringLiteral("addressLineEdit"));
    m_postcode = lineEdit(QStringLiteral("postcodeLineEdit"), tr("Postcode"));
    m_postcode->setMaxLength(10);
    m_postcode->setMaximumWidth(110);
    m_postcode->setToolTip(tr("Six digits, printed in the red boxes on envelopes"));
    auto* addressRow = new QHBoxLayout;
    addressRow->addWidget(m_address, 1);
    addressRow->addWidget(m_postcode);
    m_phones = lineEdit(QStringLiteral("phonesLineEdit"), tr("Several numbers: separate with commas"));
    m_phonesIssue = issueLabel(QStringLiteral("phonesIssueLabel"));
    m_phonesIssue->setStyleSheet(QStringLiteral("color: #8a5a00;"));
    m_email = lineEdit(QStringLiteral("emailLineEdit"));
    m_emailIssue = issueLabel(QStringLiteral("emailIssueLabel"));
    m_wechat = lineEdit(QStringLiteral("wechatLineEdit"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("sourceComboBox"));
    m_source->setEditable(true);
    m_source->addItems({QString(), tr("Referral"), tr("Walk-in"), tr("Web search"), tr("Phone enquiry"), tr("Trade fair"),
                        tr("Social media")});
    m_campaign = new QComboBox(this);
    m_campaign->setObjectName(QStringLiteral("campaignComboBox"));
    m_campaign->setToolTip(tr("The marketing campaign that brought the customer: it counts what they buy"));
    fillCampaignChoices(m_campaign, m_db, 0);
    m_owner = lineEdit(QStringLiteral("ownerLineEdit"));
    m_terms = new QComboBox(this);
    m_terms->setObjectName(QStringLiteral("termsComboBox"));
    m_terms->addItem(CustomerRules::termsName(PaymentTerms::CashOnDelivery));
    m_terms->addItem(CustomerRules::termsName(PaymentTerms::MonthlyAccount));
    m_paymentDays = new QSpinBox(this);
    m_paymentDays->setObjectName(QStringLiteral("paymentDaysSpinBox"));
    m_paymentDays->setRange(0, 365);
    m_paymentDays->setSuffix(tr(" days"));
    m_daysIssue = issueLabel(QStringLiteral("paymentDaysIssueLabel"));
    auto* terms = new QHBoxLayout;
    terms->addWidget(m_terms);
    terms->addWidget(m_paymentDays);
    terms->addStretch();
    connect(m_terms, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_paymentDays->setEnabled(index == 1);
        if (index == 1 && m_paymentDays->value() == 0)
            m_paymentDays->setValue(30);
    });
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesTextEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(80);

    form->addRow(tr("&Name *"), m_name);
    form->addRow(QString(), m_nameIssue);
    form->addRow(tr("S&hort name"), m_shortName);
    form->addRow(tr("&Kind"), m_kind);
    form->addRow(tr("&Grade"), m_grade);
    form->addRow(tr("&Tags"), m_tags);
    form->addRow(tr("&Industry"), m_industry);
    // Rows that hold a layout get a label with an explicit buddy, so the mnemonic works (and shows).
    auto* regionLabel = new QLabel(tr("&Region"), this);
    regionLabel->setBuddy(m_province);
    form->addRow(regionLabel, region);
    auto* addressLabel = new QLabel(tr("&Address"), this);
    addressLabel->setBuddy(m_address);
    form->addRow(addressLabel, addressRow);
    form->addRow(tr("&Phones"), m_phones);
    form->addRow(QString(), m_phonesIssue);
    form->addRow(tr("&E-mail"), m_email);
    form->addRow(QString(), m_emailIssue);
    form->addRow(tr("&WeChat"), m_wechat);
    form->addRow(tr("So&urce"), m_source);
    form->addRow(tr("Ca&mpaign"), m_campaign);
    form->addRow(tr("&Owner"), m_owner);
    auto* termsLabel = new QLabel(tr("Pa&yment terms"), this);
    termsLabel->setBuddy(m_terms);
    form->addRow(termsLabel, terms);
    form->addRow(QString(), m_daysIssue);
    form->addRow(tr("Note&s"), m_notes);
    m_tabs->addTab(details, tr("&Details"));

    auto* contactsPage = new QWidget;
    auto* contactsLayout = new QVBoxLayout(contactsPage);
    m_contacts = new QTableWidget(0, CCount, this);
    m_contacts->setObjectName(QStringLiteral("contactsTableWidget"));
    m_contacts->setHorizontalHeaderLabels({tr("Name"), tr("Title"), tr("Mobile"), tr("Phone"), tr("E-mail"),
                                           tr("WeChat"), tr("Postcode"), tr("Birthday"), tr("Notes"),
                                           tr("Primary")});
    m_contacts->horizontalHeader()->setMinimumSectionSize(64);
    m_contacts->horizontalHeader()->setStretchLastSection(false);
    m_contacts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_contacts->setSelectionMode(QAbstractItemView::SingleSelection);
    m_contacts->verticalHeader()->hide();
    m_contactsIssue = issueLabel(QStringLiteral("contactsIssueLabel"));
    auto* contactButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add contact"), this);
    add->setObjectName(QStringLiteral("addContactButton"));
    auto* remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("removeContactButton"));
    auto* primary = new QPushButton(tr("Make &primary"), this);
    primary->setObjectName(QStringLiteral("primaryContactButton"));
    connect(add, &QPushButton::clicked, this, &CustomerEditorDialog::addContact);
    connect(remove, &QPushButton::clicked, this, &CustomerEditorDialog::removeContact);
    connect(primary, &QPushButton::clicked, this, &CustomerEditorDialog::makePrimary);
    contactButtons->addWidget(add);
    contactButtons->addWidget(remove);
    contactButtons->addWidget(primary);
    contactButtons->addStretch();
    contactsLayout->addWidget(m_contacts);
    contactsLayout->addWidget(m_contactsIssue);
    contactsLayout->addWidget(new QLabel(tr("Birthday as YYYY-MM-DD. Mobile numbers are checked and formatted on save."), this));
    contactsLayout->addLayout(contactButtons);
    m_tabs->addTab(contactsPage, tr("&Contacts"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("editorButtonBox"));
    buttons->button(QDialogButtonBox::Save)->setToolTip(tr("Save (Ctrl+S)"));
    m_archiveButton = buttons->addButton(tr("Archive"), QDialogButtonBox::ActionRole);
    m_archiveButton->setObjectName(QStringLiteral("archiveButton"));
    connect(m_archiveButton, &QPushButton::clicked, this, &CustomerEditorDialog::toggleArchived);
    connect(buttons, &QDialogButtonBox::accepted, this, &CustomerEditorDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &CustomerEditorDialog::reject);
    auto* saveShortcut = new QShortcut(QKeySequence::Save, this);
    connect(saveShortcut, &QShortcut::activated, this, &CustomerEditorDialog::save);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
}

void CustomerEditorDialog::addContactRow(const Contact& c)
{
    const int row = m_contacts->rowCount();
    m_contacts->insertRow(row);
    const QStringList values{
        c.name,  c.title,  c.mobile,   c.phone,
        c.email, c.wechat, c.postcode, c.birthday.isValid() ? c.birthday.toString(Qt::ISODate) : QString(),
        c.notes};
    for (int col = 0; col < values.size(); ++col)
        m_contacts->setItem(row, col, new QTableWidgetItem(values.at(col)));
    auto* primary = new QTableWidgetItem;
    primary->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    primary->setCheckState(c.primary ? Qt::Checked : Qt::Unchecked);
    primary->setData(Qt::UserRole, c.meta.id);
    primary->setData(Qt::UserRole + 1, c.meta.version);
    m_contacts->setItem(row, CPrimary, primary);
}

void CustomerEditorDialog::load(const Customer& c)
{
    m_customer = c;
    m_name->setText(c.name);
    m_shortName->setText(c.shortName);
    m_kind->setCurrentIndex(c.kind == CustomerKind::Company ? 0 : 1);
    m_grade->setCurrentText(c.grade);
    m_tags->setText(c.tags.join(QStringLiteral(", ")));
    m_industry->setText(c.industry);
    m_province->setText(c.province);
    m_city->setText(c.city);
    m_district->setText(c.district);
    m_address->setText(c.address);
    m_postcode->setText(c.postcode);
    m_phones->setText(c.phones.join(QStringLiteral(", ")));
    m_email->setText(c.email);
    m_wechat->setText(c.wechat);
    m_source->setCurrentText(c.source);
    fillCampaignChoices(m_campaign, m_db, c.campaignId);
    m_owner->setText(c.owner);
    m_terms->setCurrentIndex(c.paymentTerms == PaymentTerms::CashOnDelivery ? 0 : 1);
    m_paymentDays->setValue(c.paymentDays);
    m_paymentDays->setEnabled(c.paymentTerms == PaymentTerms::MonthlyAccount);
    m_notes->setPlainText(c.notes);
    m_contacts->setRowCount(0);
    for (const Contact& contact : c.contacts)
        addContactRow(contact);
    m_contacts->resizeColumnsToContents(); // a handful of rows: cheap here, unlike the main list
    for (const int col : {CName, CMobile, CPhone, CEmail, CWechat, CPostcode, CBirthday, CNotes})
        m_contacts->setColumnWidth(col, std::max(m_contacts->columnWidth(col), col == CNotes || col == CEmail ? 120 : 96));
    m_archiveButton->setVisible(c.meta.id > 0);
    m_archiveButton->setText(c.archived ? tr("Restore") : tr("Archive"));
    setWindowTitle(c.meta.id > 0 ? tr("Customer — %1").arg(c.name) : tr("New customer"));
    showIssues({});
    m_loadedJson = jsonText(customerFromForm());
    m_name->setFocus();
}

Customer CustomerEditorDialog::customerFromForm() const
{
    Customer c = m_customer;
    c.name = m_name->text();
    c.shortName = m_shortName->text();
    c.kind = m_kind->currentIndex() == 0 ? CustomerKind::Company : CustomerKind::Individual;
    c.grade = m_grade->currentText();
    c.tags = m_tags->text().split(QRegularExpression(QStringLiteral("[,，、;；]")), Qt::SkipEmptyParts);
    c.industry = m_industry->text();
    c.province = m_province->text();
    c.city = m_city->text();
    c.district = m_district->text();
    c.address = m_address->text();
    c.postcode = m_postcode->text();
    c.phones = m_phones->text().isEmpty() ? QStringList() : QStringList{m_phones->text()};
    c.email = m_email->text();
    c.wechat = m_wechat->text();
    c.source = m_source->currentText();
    c.campaignId = m_campaign->currentData().toLongLong();
    c.owner = m_owner->text();
    c.paymentTerms = m_terms->currentIndex() == 0 ? PaymentTerms::CashOnDelivery : PaymentTerms::MonthlyAccount;
    c.paymentDays = m_paymentDays->value();
    c.notes = m_notes->toPlainText();
    c.contacts.clear();
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        auto text = [&](int col) { return m_contacts->item(row, col) ? m_contacts->item(row, col)->text() : QString(); };
        Contact k;
        k.name = text(CName);
        k.title = text(CTitle);
        k.mobile = text(CMobile);
        k.phone = text(CPhone);
        k.email = text(CEmail);
        k.wechat = text(CWechat);
        k.postcode = text(CPostcode);
        k.birthday = QDate::fromString(text(CBirthday).trimmed(), Qt::ISODate);
        k.notes = text(CNotes);
        const QTableWidgetItem* primary = m_contacts->item(row, CPrimary);
        k.primary = primary && primary->checkState() == Qt::Checked;
        k.meta.id = primary ? primary->data(Qt::UserRole).toLongLong() : 0;
        k.meta.version = primary ? primary->data(Qt::UserRole + 1).toInt() : 0;
        const bool empty =
            QStringList{k.name, k.title, k.mobile, k.phone, k.email, k.wechat, k.postcode, k.notes}
                .join(QString())
                .trimmed()
                .isEmpty();
        if (!empty || !text(CBirthday).trimmed().isEmpty())
            c.contacts.append(k);
    }
    return c;
}

void CustomerEditorDialog::showIssues(const QList<FieldIssue>& issues)
{
    QHash<QLabel*, QStringList> messages;
    for (const FieldIssue& issue : issues) {
        QLabel* label = issue.field == QLatin1String("name")          ? m_nameIssue
                        : issue.field == QLatin1String("email")       ? m_emailIssue
                        : issue.field == QLatin1String("paymentDays") ? m_daysIssue
                        : issue.field == QLatin1String("phones")      ? m_phonesIssue
                                                                      : m_contactsIssue;
        messages[label].append(issue.message);
    }
    for (QLabel* label : {m_nameIssue, m_emailIssue, m_daysIssue, m_phonesIssue, m_contactsIssue}) {
        label->setText(messages.value(label).join(QLatin1Char('\n')));
        label->setVisible(messages.contains(label));
    }
}

bool CustomerEditorDialog::save()
{
    Customer c = customerFromForm();
    // Birthdays typed in a form that does not parse are caught here, before the rules run.
    for (int row = 0; row < m_contacts->rowCount(); ++row) {
        const QString birthday = m_contacts->item(row, CBirthday) ? m_contacts->item(row, CBirthday)->text().trimmed() : QString();
        if (!birthday.isEmpty() && !QDate::fromString(birthday, Qt::ISODate).isValid()) {
            showIssues({{QStringLiteral("contacts"), tr("Birthday \"%1\" is not a date like 1985-06-30.").arg(birthday)}});
            m_tabs->setCurrentIndex(1);
            return false;
        }
    }
    CustomerRules::normalise(c);
    const QList<FieldIssue> issues = CustomerRules::check(c);
    showIssues(issues);
    for (const FieldIssue& issue : issues) {
        if (!issue.blocking)
            continue;
        m_tabs->setCurrentIndex(issue.field.startsWith(QLatin1String("contacts")) ? 1 : 0);
        if (issue.field == QLatin1String("name"))
            m_name->setFocus();
        else if (issue.field == QLatin1String("email"))
            m_email->setFocus();
        else if (issue.field == QLatin1String("paymentDays"))
            m_paymentDays->setFocus();
        return false;
    }
    CustomerRepository repository(m_db);
    const bool nameOrPhonesChanged = c.meta.id == 0 || CustomerRules::nameKey(c.name) != CustomerRules::nameKey(m_customer.name) ||
                                     c.phones != m_customer.phones;
    if (nameOrPhonesChanged) {
        const QList<CustomerRow> duplicates = repository.duplicatesOf(c);
        if (!duplicates.isEmpty()) {
            const CustomerRow& first = duplicates.constFirst();
            QMessageBox box(QMessageBox::Warning, tr("Possible duplicate"),
                            tr("%1 (%2, %3) has the same name or phone number. Is it the same customer?")
                                .arg(first.name, first.contact.isEmpty() ? tr("no contact") : first.contact,
                                     first.phone.isEmpty() ? tr("no phone") : first.phone),
                            QMessageBox::NoButton, this);
            QPushButton* open = box.addButton(tr("Open the existing one"), QMessageBox::AcceptRole);
            QPushButton* saveAnyway = box.addButton(tr("Save as a new customer"), QMessageBox::DestructiveRole);
            box.addButton(QMessageBox::Cancel);
            box.setDefaultButton(open);
            if (c.meta.id > 0)
                saveAnyway->setText(tr("Save anyway"));
            box.exec();
            if (box.clickedButton() == open) {
                m_openInstead = first.id;
                QDialog::reject();
                return false;
            }
            if (box.clickedButton() != saveAnyway)
                return false;
        }
    }
    try {
        if (c.meta.id > 0)
            repository.update(c);
        else
            repository.create(c);
    } catch (const ValidationError& e) {
        showIssues(e.issues());
        return false;
    } catch (const StoreError& e) {
        if (e.kind() == StoreError::Kind::Conflict)
            return saveMerged(c);
        QMessageBox::critical(this, tr("Not saved"), e.message());
        return false;
    }
    m_customer = c;
    QDialog::accept();
    return true;
}

bool CustomerEditorDialog::saveMerged(const Customer& mine)
{
    CustomerRepository repository(m_db);
    try {
        const std::optional<Customer> saved = mergeAndSave<Customer>(
            this, m_customer, mine, [&](qint64 id) { return repository.get(id); }, &RecordMerges::customer,
            [&](Customer& c) { repository.update(c); },
            [](const Customer& c) { return tr("Customer %1").arg(c.name); });
        if (!saved)
            return false;
        m_customer = *saved;
    } catch (const ValidationError& e) {
        showIssues(e.issues());
        return false;
    } catch (const StoreError& e) {
        QMessageBox::critical(this, tr("Not saved"), e.message());
        return false;
    }
    QDialog::accept();
    return true;
}

bool CustomerEditorDialog::isModified() const
{
    return jsonText(customerFromForm()) != m_loadedJson;
}

void CustomerEditorDialog::reject()
{
    if (isModified()) {
        const auto answer = QMessageBox::question(this, tr("Discard changes?"),
                                                  tr("You changed this customer. Close without saving?"),
                                                  QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Discard)
            return;
    }
    QDialog::reject();
}

void CustomerEditorDialog::addContact()
{
    Contact c;
    c.primary = m_contacts->rowCount() == 0;
    addContactRow(c);
    m_tabs->setCurrentIndex(1);
    m_contacts->setCurrentCell(m_contacts->rowCount() - 1, CName);
    m_contacts->editItem(m_contacts->item(m_contacts->rowCount() - 1, CName));
}

void CustomerEditorDialog::removeContact()
{
    const int row = m_contacts->currentRow();
    if (row < 0)
        return;
    const QString name = m_contacts->item(row, CName) ? m_contacts->item(row, CName)->text() : QString();
    if (QMessageBox::question(this, tr("Remove contact"), tr("Remove %1 from this customer's contacts?").arg(name.isEmpty() ? tr("this contact") : name)) !=
        QMessageBox::Yes)
        return;
    m_contacts->removeRow(row);
}

void CustomerEditorDialog::makePrimary()
{
    const int current = m_contacts->currentRow();
    if (current < 0)
        return;
    for (int row = 0; row < m_contacts->rowCount(); ++row)
        m_contacts->item(row, CPrimary)->setCheckState(row == current ? Qt::Checked : Qt::Unchecked);
}

void CustomerEditorDialog::toggleArchived()
{
    if (m_customer.meta.id == 0)
        return;
    const bool archive = !m_customer.archived;
    if (!confirmArchiveChange(this, m_customer.name, archive))
        return;
    try {
        CustomerRepository repository(m_db);
        repository.setArchived(m_customer.meta.id, m_customer.meta.version, archive);
        m_customer = repository.get(m_customer.meta.id);
        QDialog::accept();
    } catch (const StoreError& e) {
        QMessageBox::critical(this, tr("Not saved"), e.message());
    }
}

qint64 CustomerEditorDialog::offerNew(Database& db, const QString& name, QWidget* parent)
{
    if (!name.isEmpty() &&
        QMessageBox::question(parent, tr("New customer"),
                              tr("There is no customer called \"%1\". Create it now?").arg(name)) !=
            QMessageBox::Yes)
        return 0;
    CustomerEditorDialog dialog(db, 0, parent);
    if (auto* field = dialog.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"))) field->setText(name);
    const int result = dialog.exec();
    if (dialog.openInstead() > 0) return dialog.openInstead();
    return result == QDialog::Accepted ? dialog.customerId() : 0;
}

} // namespace shopcrm
