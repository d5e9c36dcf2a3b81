#include "QuoteEditorDialog.h"

#include "CustomerEditorDialog.h"
#include "CustomerPicker.h"
#include "domain/ChineseAmount.h"
#include "EditingNotice.h"
#include "ErrorReporter.h"
#include "LinesEditor.h"
#include "OrderEditorDialog.h"
#include "OrderLinesModel.h"
#include "PrintActions.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/DeliveryRepository.h"
#include "store/OpportunityRepository.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace shopcrm {

QuoteEditorDialog::QuoteEditorDialog(Database& db, qint64 id, QWidget* parent)
    : QDialog(parent), m_db(db), m_repository(db)
{
    buildUi();
    load(m_repository.get(id));
    if (auto* box = qobject_cast<QVBoxLayout*>(layout()))
        box->insertWidget(0, new EditingNotice(db, QStringLiteral("quote"), id, this));
}

QuoteEditorDialog::QuoteEditorDialog(Database& db, const New& fresh, QWidget* parent)
    : QDialog(parent), m_db(db), m_repository(db)
{
    buildUi();
    Quote q;
    q.body.orderDate = QDateTime::currentDateTimeUtc();
    q.validUntil = QDate::currentDate().addDays(QuoteRules::kDefaultValidDays);
    q.terms = QuoteRules::defaultTerms();
    q.body.lines.append(OrderLine());
    q.opportunityId = fresh.opportunityId;
    qint64 customerId = fresh.customerId;
    if (fresh.opportunityId > 0)
        ErrorReporter::guard([&] {
            q = QuoteRules::forOpportunity(OpportunityRepository(m_db).get(fresh.opportunityId),
                                           QDateTime::currentDateTimeUtc());
            customerId = q.body.customerId;
        });
    load(q);
    if (customerId > 0) {
        const QString title = q.body.title;
        const QString contact = q.body.contactName;
        customerChosen(customerId);
        if (!title.isEmpty()) m_title->setText(title);
        if (!contact.isEmpty()) m_contact->setText(contact);
        m_lines->view()->setFocus();
    }
    m_loaded = snapshot();
}

void QuoteEditorDialog::buildUi()
{
    setObjectName(QStringLiteral("quoteEditorDialog"));
    resize(1120, 740);
    m_customer = new CustomerPicker(m_db, this);
    m_customer->setObjectName(QStringLiteral("quoteCustomerPicker"));
    m_newCustomer = new QPushButton(tr("Ne&w customer…"), this);
    m_newCustomer->setAutoDefault(false);
    m_number = new QLabel(this);
    m_number->setObjectName(QStringLiteral("quoteNumberLabel"));
    QFont big = m_number->font();
    big.setPointSizeF(big.pointSizeF() * 1.25);
    big.setBold(true);
    m_number->setFont(big);
    m_contact = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_address = new QLineEdit(this);
    m_date = new QDateEdit(this);
    m_date->setObjectName(QStringLiteral("quoteDateEdit"));
    m_validUntil = new QDateEdit(this);
    m_validUntil->setObjectName(QStringLiteral("validUntilEdit"));
    m_validUntil->setToolTip(tr("The last day the prices hold"));
    for (QDateEdit* edit : {m_date, m_validUntil}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("quoteTitleLineEdit"));
    m_title->setPlaceholderText(tr("What the job is, e.g. shop sign"));
    m_opportunity = new QComboBox(this);
    m_opportunity->setObjectName(QStringLiteral("quoteOpportunityComboBox"));
    m_opportunity->setToolTip(tr("The opportunity this quote is for: its amount follows the quote"));

    auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto* header = new QGridLayout;
    header->addWidget(label(tr("&Customer"), m_customer), 0, 0);
    auto* customerRow = new QHBoxLayout;
    customerRow->addWidget(m_customer, 1);
    customerRow->addWidget(m_newCustomer);
    header->addLayout(customerRow, 0, 1, 1, 3);
    header->addWidget(m_number, 0, 4, 1, 2, Qt::AlignRight);
    header->addWidget(label(tr("Con&tact"), m_contact), 1, 0);
    header->addWidget(m_contact, 1, 1);
    header->addWidget(label(tr("&Phone"), m_phone), 1, 2);
    header->addWidget(m_phone, 1, 3);
    header->addWidget(label(tr("&Date"), m_date), 1, 4);
    header->addWidget(m_date, 1, 5);
    header->addWidget(label(tr("Deli&very address"), m_address), 2, 0);
    header->addWidget(m_address, 2, 1, 1, 3);
    header->addWidget(label(tr("&Valid until"), m_validUntil), 2, 4);
    header->addWidget(m_validUntil, 2, 5);
    header->addWidget(label(tr("T&itle"), m_title), 3, 0);
    header->addWidget(m_title, 3, 1);
    header->addWidget(label(tr("Opport&unity"), m_opportunity), 3, 2);
    header->addWidget(m_opportunity, 3, 3, 1, 3);
    header->setColumnStretch(1, 3);
    header->setColumnStretch(3, 2);

    m_lines = new LinesEditor(m_db, this);
    m_lines->setMoneyVisible(true);
    // Outsourcing and deliveries are the order's business.
    m_lines->hideColumns({OrderLinesModel::SupplierColumn, OrderLinesModel::OutsourceCostColumn,
                          OrderLinesModel::DeliveredColumn});

    m_terms = new QPlainTextEdit(this);
    m_terms->setObjectName(QStringLiteral("termsEdit"));
    m_terms->setTabChangesFocus(true);
    auto* termsBox = new QGroupBox(tr("&Terms"), this);
    (new QVBoxLayout(termsBox))->addWidget(m_terms);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("quoteNotesEdit"));
    m_notes->setTabChangesFocus(true);
    auto* notesBox = new QGroupBox(tr("&Notes"), this);
    (new QVBoxLayout(notesBox))->addWidget(m_notes);

    m_total = new QLabel(this);
    m_total->setObjectName(QStringLiteral("quoteTotalLabel"));
    m_total->setFont(big);
    m_total->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_words = new QLabel(this);
    m_words->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("quoteStateLabel"));
    m_state->setWordWrap(true);
    m_revisions = new QListWidget(this);
    m_revisions->setObjectName(QStringLiteral("revisionsListWidget"));
    m_revisions->setToolTip(tr("Every revision of this quote; double-click one to see it"));
    auto* stateBox = new QGroupBox(tr("Amount and answer"), this);
    auto* stateLayout = new QVBoxLayout(stateBox);
    stateLayout->addWidget(m_total);
    stateLayout->addWidget(m_words);
    stateLayout->addWidget(m_state);
    auto* answers = new QHBoxLayout;
    m_accept = new QPushButton(tr("&Accepted"), this);
    m_accept->setObjectName(QStringLiteral("acceptQuoteButton"));
    m_decline = new QPushButton(tr("Declined…"), this);
    m_decline->setObjectName(QStringLiteral("declineQuoteButton"));
    m_reopen = new QPushButton(tr("Reopen"), this);
    m_reopen->setObjectName(QStringLiteral("reopenQuoteButton"));
    m_order = new QPushButton(tr("Make &order"), this);
    m_order->setObjectName(QStringLiteral("makeOrderButton"));
    m_order->setToolTip(tr("Create the order from this quote in one step (Ctrl+Shift+O)"));
    for (QPushButton* b : {m_accept, m_decline, m_reopen, m_order}) {
        b->setAutoDefault(false);
        answers->addWidget(b);
    }
    stateLayout->addLayout(answers);
    stateLayout->addWidget(m_revisions, 1);

    auto* bottom = new QHBoxLayout;
    bottom->addWidget(termsBox, 3);
    bottom->addWidget(notesBox, 2);
    bottom->addWidget(stateBox, 3);

    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("quoteNotice"));
    m_notice->setStyleSheet(
        QStringLiteral("background:#fff4ce; color:#5c4400; padding:6px; border-radius:3px"));
    m_notice->setWordWrap(true);
    m_issues = new QLabel(this);
    m_issues->setObjectName(QStringLiteral("quoteIssuesLabel"));
    m_issues->setStyleSheet(QStringLiteral("color:#b00020"));
    m_issues->setWordWrap(true);

    auto* buttons = new QDialogButtonBox(this);
    m_saveClose = buttons->addButton(tr("Save and close"), QDialogButtonBox::AcceptRole);
    m_saveClose->setObjectName(QStringLiteral("quoteSaveCloseButton"));
    m_saveClose->setToolTip(tr("Enter or Ctrl+Return"));
    m_saveClose->setDefault(true);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("quoteSaveButton"));
    m_save->setToolTip(tr("Save and keep the quote open (Ctrl+S)"));
    m_save->setAutoDefault(false);
    m_revise = buttons->addButton(tr("Save as new re&vision"), QDialogButtonBox::ActionRole);
    m_revise->setObjectName(QStringLiteral("saveRevisionButton"));
    m_revise->setToolTip(
        tr("Keep this revision as the customer saw it and save the changes as the next one"));
    m_revise->setAutoDefault(false);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printQuoteButton"));
    m_print->setToolTip(tr("Print the quote or save it as PDF to send (Ctrl+P)"));
    m_print->setAutoDefault(false);
    QPushButton* close = buttons->addButton(QDialogButtonBox::Close);
    close->setAutoDefault(false);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addLayout(header);
    layout->addWidget(m_lines, 3);
    layout->addLayout(bottom, 2);
    layout->addWidget(m_issues);
    layout->addWidget(buttons);

    m_editors << m_customer << m_newCustomer << m_contact << m_phone << m_address << m_date << m_validUntil
              << m_title << m_opportunity << m_terms << m_notes;

    connect(m_customer, &CustomerPicker::customerChosen, this, &QuoteEditorDialog::customerChosen);
    connect(m_customer, &CustomerPicker::unknownName, this, &QuoteEditorDialog::offerNewCustomer);
    connect(m_newCustomer, &QPushButton::clicked, this, [this] { offerNewCustomer(QString()); });
    connect(m_lines, &LinesEditor::totalChanged, this, &QuoteEditorDialog::updateTotal);
    connect(m_lines, &LinesEditor::problem, m_issues, &QLabel::setText);
    connect(m_saveClose, &QPushButton::clicked, this, &QuoteEditorDialog::saveAndClose);
    connect(m_save, &QPushButton::clicked, this, &QuoteEditorDialog::save);
    connect(m_revise, &QPushButton::clicked, this, &QuoteEditorDialog::saveRevision);
    connect(m_print, &QPushButton::clicked, this, &QuoteEditorDialog::print);
    connect(close, &QPushButton::clicked, this, &QuoteEditorDialog::reject);
    connect(m_accept, &QPushButton::clicked, this, [this] { setStatus(QuoteStatus::Accepted); });
    connect(m_decline, &QPushButton::clicked, this, [this] { setStatus(QuoteStatus::Declined); });
    connect(m_reopen, &QPushButton::clicked, this, [this] { setStatus(QuoteStatus::Open); });
    connect(m_order, &QPushButton::clicked, this, &QuoteEditorDialog::makeOrder);
    connect(m_revisions, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        if (id == m_quote.meta.id) return;
        std::unique_ptr<QuoteEditorDialog> other;
        if (ErrorReporter::guard([&] { other = std::make_unique<QuoteEditorDialog>(m_db, id, this); }))
            other->exec();
    });
    auto shortcut = [this](const QKeySequence& key, auto slot) {
        connect(new QShortcut(key, this), &QShortcut::activated, this, slot);
    };
    shortcut(QKeySequence::Save, [this] { save(); });
    shortcut(QKeySequence::Print, [this] { print(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O), [this] { makeOrder(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { saveAndClose(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { saveAndClose(); });
}

void QuoteEditorDialog::load(const Quote& quote)
{
    m_quote = quote;
    m_revising = false;
    if (quote.body.customerId > 0)
        m_customer->setCustomer(quote.body.customerId, quote.body.customerName);
    else
        m_customer->clearCustomer();
    m_number->setText(quote.number.isEmpty() ? tr("New quote — numbered when saved") : quote.displayNumber());
    setWindowTitle(quote.number.isEmpty() ? tr("New quote") : tr("Quote %1").arg(quote.displayNumber()));
    m_contact->setText(quote.body.contactName);
    m_phone->setText(quote.body.phone);
    m_address->setText(quote.body.deliveryAddress);
    m_date->setDate(quote.body.orderDate.toLocalTime().date());
    m_validUntil->setDate(quote.validUntil.isValid() ? quote.validUntil : m_date->date());
    m_title->setText(quote.body.title);
    fillOpportunities();
    m_lines->setLines(quote.body.lines);
    m_lines->setCustomer(quote.body.customerId);
    m_terms->setPlainText(quote.terms);
    m_notes->setPlainText(quote.body.notes);
    m_revisions->clear();
    if (!quote.number.isEmpty()) {
        for (const QuoteRow& r : m_repository.revisions(quote.number)) {
            auto* item = new QListWidgetItem(
                tr("%1 · %2 · ¥%3 · %4")
                    .arg(r.displayNumber(),
                         QLocale().toString(r.quoteDate.toLocalTime().date(), QLocale::ShortFormat),
                         r.total.toString(), r.latest ? QuoteRules::statusName(r.status) : tr("Revised")),
                m_revisions);
            item->setData(Qt::UserRole, r.id);
            if (r.id == quote.meta.id) {
                QFont f = item->font();
                f.setBold(true);
                item->setFont(f);
            }
        }
    }
    m_issues->clear();
    updateState();
    updateTotal();
    if (quote.body.customerId == 0) m_customer->setFocus();
    m_loaded = snapshot();
}

void QuoteEditorDialog::reload()
{
    ErrorReporter::guard([&] { load(m_repository.get(m_quote.meta.id)); });
}

void QuoteEditorDialog::fillOpportunities()
{
    m_opportunity->clear();
    m_opportunity->addItem(tr("(none)"), 0);
    const qint64 customer = m_customer->customerId();
    if (customer > 0 && m_db.access().can(Module::Sales, Action::View)) {
        OpportunityFilter filter;
        filter.customerId = customer;
        ErrorReporter::guard([&] {
            for (const OpportunityRow& o : OpportunityRepository(m_db).page(filter, 0, 200))
                if (o.kind == StageKind::Open || o.id == m_quote.opportunityId)
                    m_opportunity->addItem(tr("%1 (%2)").arg(o.title, o.stage), o.id);
        });
    }
    m_opportunity->setCurrentIndex(std::max(0, m_opportunity->findData(m_quote.opportunityId)));
}

bool QuoteEditorDialog::editable() const
{
    const Access& access = m_db.access();
    if (m_db.isReadOnly() || !access.seesMoney(Module::Sales)) return false;
    if (m_quote.meta.id == 0) return access.can(Module::Sales, Action::Create);
    if (!m_quote.latest || m_quote.orderId > 0 || !access.can(Module::Sales, Action::Edit)) return false;
    return m_quote.status == QuoteStatus::Open || m_revising;
}

void QuoteEditorDialog::updateState()
{
    const bool canEdit = editable();
    const bool saved = m_quote.meta.id > 0;
    const Access& access = m_db.access();
    const bool mayChange = !m_db.isReadOnly() && access.can(Module::Sales, Action::Edit);
    const bool answerable = saved && m_quote.latest && m_quote.orderId == 0 && mayChange;
    for (QWidget* w : m_editors)
        w->setEnabled(canEdit);
    m_lines->setReadOnly(!canEdit);
    m_save->setEnabled(canEdit);
    m_saveClose->setEnabled(canEdit);
    m_saveClose->setVisible(canEdit);
    m_revise->setVisible(saved);
    m_revise->setEnabled(answerable && access.seesMoney(Module::Sales));
    m_revise->setText(canEdit ? tr("Save as new re&vision") : tr("Re&vise…"));
    m_print->setEnabled(access.can(Module::Printing, Action::Print) && (saved || !m_db.isReadOnly()));
    m_accept->setVisible(saved);
    m_decline->setVisible(saved);
    m_reopen->setVisible(saved && m_quote.status != QuoteStatus::Open);
    m_accept->setEnabled(answerable && m_quote.status != QuoteStatus::Accepted);
    m_decline->setEnabled(answerable && m_quote.status != QuoteStatus::Declined);
    m_reopen->setEnabled(answerable);
    m_order->setVisible(saved);
    m_order->setEnabled(answerable && m_quote.status != QuoteStatus::Declined &&
                        access.can(Module::Orders, Action::Create));

    const QDate today = QDate::currentDate();
    QString state;
    if (!saved) {
        state = tr("New");
    } else {
        state = tr("State: %1").arg(QuoteRules::stateName(m_quote, today));
        if (m_quote.status == QuoteStatus::Declined && !m_quote.declineReason.isEmpty())
            state += QStringLiteral(" (") + m_quote.declineReason + QLatin1Char(')');
        if (m_quote.orderId > 0) state += QStringLiteral(" · ") + tr("order %1").arg(m_quote.orderNumber);
        state += QStringLiteral(" · ") + tr("written by %1").arg(m_quote.meta.createdBy);
        int prints = 0;
        ErrorReporter::guard(
            [&] { prints = PrintLog::printsSoFar(m_db, QStringLiteral("quote"), m_quote.meta.id); });
        if (prints > 0) state += QStringLiteral(" · ") + tr("printed %n time(s)", "", prints);
    }
    m_state->setText(state);
    m_state->setStyleSheet(saved && QuoteRules::isExpired(m_quote, today)
                               ? QStringLiteral("color:#8a1c1c; font-weight:bold")
                               : QString());
    QString notice;
    if (m_db.isReadOnly())
        notice = tr("The database is open read-only; this quote cannot be changed.");
    else if (!access.seesMoney(Module::Sales) || (!saved && !access.can(Module::Sales, Action::Create)))
        notice = tr("Your role (%1) may not write quotes.").arg(access.roleName);
    else if (saved && !m_quote.latest)
        notice = tr("This is an earlier revision, kept as it was sent. The latest is open in the list.");
    else if (m_quote.orderId > 0)
        notice = tr("Order %1 was made from this quote; it is kept as it was.").arg(m_quote.orderNumber);
    else if (m_revising)
        notice = tr("Changes are saved as revision %1; revision %2 stays as the customer saw it.")
                     .arg(m_quote.revision + 1)
                     .arg(m_quote.revision);
    else if (saved && m_quote.status != QuoteStatus::Open)
        notice = tr("This quote is %1. Reopen it, or revise it to send the customer a new one.")
                     .arg(QuoteRules::statusName(m_quote.status));
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

void QuoteEditorDialog::updateTotal()
{
    const Money total = m_lines->total();
    m_total->setText(tr("¥%1").arg(total.toString()));
    m_words->setText(ChineseAmount::words(total));
}

Quote QuoteEditorDialog::quoteFromForm() const
{
    Quote q = m_quote;
    Order& b = q.body;
    b.customerId = m_customer->customerId();
    b.customerName = m_customer->text().trimmed();
    b.contactName = m_contact->text();
    b.phone = m_phone->text();
    b.deliveryAddress = m_address->text();
    // The quote's day at the time of day it was first written (or now, for a new one).
    const QTime time =
        m_quote.body.orderDate.isValid() ? m_quote.body.orderDate.toLocalTime().time() : QTime::currentTime();
    b.orderDate = QDateTime(m_date->date(), time).toUTC();
    q.validUntil = m_validUntil->date();
    b.title = m_title->text();
    b.notes = m_notes->toPlainText();
    q.terms = m_terms->toPlainText();
    q.opportunityId = m_opportunity->currentData().toLongLong();
    b.lines = m_lines->lines();
    return q;
}

QString QuoteEditorDialog::snapshot() const
{
    return QString::fromUtf8(
        QJsonDocument(QuoteJson::toJson(quoteFromForm())).toJson(QJsonDocument::Compact));
}

bool QuoteEditorDialog::isModified() const
{
    return snapshot() != m_loaded;
}

void QuoteEditorDialog::customerChosen(qint64 id)
{
    try {
        const Customer c = CustomerRepository(m_db).get(id);
        Order o;
        OrderRules::applyCustomerDefaults(o, c);
        m_contact->setText(o.contactName);
        m_phone->setText(o.phone);
        m_address->setText(o.deliveryAddress);
        m_customer->setCustomer(id, c.name);
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Customer"), e.message());
    }
    fillOpportunities();
    m_lines->setCustomer(m_customer->customerId());
}

void QuoteEditorDialog::offerNewCustomer(const QString& name)
{
    if (const qint64 id = CustomerEditorDialog::offerNew(m_db, name, this); id > 0) customerChosen(id);
}

void QuoteEditorDialog::loadFromOrder(const Order& order)
{
    Quote q = QuoteRules::fromOrder(order, QDateTime::currentDateTimeUtc());
    load(q);
    m_lines->setCustomer(order.customerId);
    m_loaded.clear(); // unsaved work
}

void QuoteEditorDialog::showIssues(const QList<FieldIssue>& issues)
{
    QStringList messages;
    for (const FieldIssue& issue : issues)
        messages.append(issue.message);
    m_issues->setText(messages.join(QLatin1Char('\n')));
    m_lines->showIssues(issues);
    if (issues.isEmpty()) return;
    const QString field = issues.constFirst().field;
    if (field == QLatin1String("customer"))
        m_customer->setFocus();
    else if (field == QLatin1String("valid_until"))
        m_validUntil->setFocus();
    else if (field == QLatin1String("opportunity"))
        m_opportunity->setFocus();
}

bool QuoteEditorDialog::store(bool asRevision)
{
    m_lines->view()->setFocus(); // commits a cell still being edited
    if (m_customer->customerId() == 0 && !m_customer->text().trimmed().isEmpty()) {
        showIssues(
            {{QStringLiteral("customer"), tr("Pick \"%1\" from the list, or create it as a new customer.")
                                              .arg(m_customer->text().trimmed())}});
        return false;
    }
    Quote q = quoteFromForm();
    try {
        if (q.meta.id == 0)
            m_repository.create(q);
        else if (asRevision)
            m_repository.revise(q);
        else
            m_repository.update(q);
    } catch (const ValidationError& e) {
        showIssues(e.issues());
        return false;
    } catch (const StoreError& e) {
        // What was typed stays in the form; a conflict says who saved and what to do.
        QMessageBox::warning(this, tr("Not saved"), e.message());
        return false;
    }
    m_changed = true;
    ErrorReporter::guard([&] { load(m_repository.get(q.meta.id)); });
    return true;
}

bool QuoteEditorDialog::save()
{
    if (!editable()) return false;
    return store(m_revising);
}

bool QuoteEditorDialog::saveRevision()
{
    if (m_quote.meta.id == 0) return false;
    if (!editable()) {
        // An answered quote: the form opens for the next revision.
        m_revising = true;
        updateState();
        m_lines->view()->setFocus();
        return false;
    }
    return store(true);
}

void QuoteEditorDialog::saveAndClose()
{
    if (!editable()) {
        QDialog::reject();
        return;
    }
    if (save()) accept();
}

void QuoteEditorDialog::reject()
{
    if (editable() && isModified() &&
        QMessageBox::question(this, tr("Discard changes?"),
                              tr("This quote has changes that are not saved. Close it and lose them?")) !=
            QMessageBox::Yes)
        return;
    QDialog::reject();
}

bool QuoteEditorDialog::saveFirst()
{
    if (m_quote.meta.id == 0 || (editable() && isModified())) return save();
    return true;
}

void QuoteEditorDialog::setStatus(QuoteStatus status)
{
    if (!saveFirst()) return;
    QString reason;
    if (status == QuoteStatus::Declined) {
        bool ok = false;
        reason =
            QInputDialog::getText(this, tr("Quote declined"),
                                  tr("Why did the customer decline quote %1?").arg(m_quote.displayNumber()),
                                  QLineEdit::Normal, QString(), &ok)
                .trimmed();
        if (!ok) return;
    }
    try {
        m_repository.setStatus(m_quote.meta.id, m_quote.meta.version, status, reason);
        m_changed = true;
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Not changed"), e.message());
    }
    reload();
}

bool QuoteEditorDialog::makeOrder()
{
    if (!m_order->isEnabled() || !saveFirst()) return false;
    if (QMessageBox::question(this, tr("Make order"),
                              tr("Make an order of quote %1 for %2, ¥%3?")
                                  .arg(m_quote.displayNumber(), m_quote.body.customerName,
                                       m_quote.total().toString())) != QMessageBox::Yes)
        return false;
    try {
        m_orderMade = m_repository.makeOrder(m_quote.meta.id, m_quote.meta.version);
        m_changed = true;
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("No order made"), e.message());
        reload();
        return false;
    }
    reload();
    // The order opens to add what a quote does not have: due date, staff, deposit.
    std::unique_ptr<OrderEditorDialog> order;
    if (ErrorReporter::guard([&] { order = std::make_unique<OrderEditorDialog>(m_db, m_orderMade, this); }))
        order->exec();
    return true;
}

void QuoteEditorDialog::print()
{
    if (!m_print->isEnabled() || !saveFirst()) return;
    PrintActions::quote(this, m_db, m_quote.meta.id);
    updateState();
}

} // namespace shopcrm
