#include "OpportunityDialog.h"
#include "OrderChoices.h"

#include "AttachmentsEditor.h"
#include "ErrorReporter.h"
#include "FormGrid.h"
#include "LinesEditor.h"
#include "OrderLinesModel.h"
#include "QuoteEditorDialog.h"

#include "CustomerPicker.h"
#include "store/CatalogRepository.h"
#include "store/Database.h"
#include "store/OpportunityRepository.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QTabWidget>
#include <QVBoxLayout>

namespace shopcrm {

OpportunityDialog::OpportunityDialog(Database& db, qint64 id, QWidget* parent, qint64 customerId)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("opportunityDialog"));
    buildForm();
    OpportunityRepository repo(db);
    if (id > 0) {
        m_opportunity = repo.get(id);
        setWindowTitle(tr("Opportunity: %1").arg(m_opportunity.title));
        for (const StageMove& m : repo.moves(id))
            m_history->addItem(
                tr("%1  %2  %3")
                    .arg(m.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                         m.fromName.isEmpty() ? m.toName : tr("%1 → %2").arg(m.fromName, m.toName), m.who));
    } else {
        setWindowTitle(tr("New opportunity"));
        m_opportunity.customerId = customerId;
        if (customerId > 0)
            m_opportunity.customerName = Sql(db, QStringLiteral("SELECT name FROM customers WHERE id = ?"))
                                             .bind(customerId)
                                             .scalar()
                                             .toString();
        m_opportunity.owner = db.access().staffName;
        m_opportunity.expectedClose = QDate::currentDate().addDays(30);
        const QList<OpportunityStage> stages = repo.stages();
        if (!stages.isEmpty()) m_opportunity.stageId = stages.first().id;
        m_opportunity.probability = -1;
        m_tabs->removeTab(m_tabs->indexOf(m_history));
    }
    load(m_opportunity);
    m_loaded = collect();
}

void OpportunityDialog::buildForm()
{
    auto* layout = new QVBoxLayout(this);
    auto* form = new QGridLayout;
    m_customer = new CustomerPicker(m_db, this);
    m_customer->setObjectName(QStringLiteral("opportunityCustomerPicker"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("opportunityTitleLineEdit"));
    m_title->setPlaceholderText(tr("What the sale is, e.g. shop sign for the new branch"));
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(QStringLiteral("opportunityContactLineEdit"));
    m_wanted = new QPlainTextEdit(this);
    m_wanted->setObjectName(QStringLiteral("opportunityWantedEdit"));
    m_wanted->setTabChangesFocus(true);
    m_wanted->setPlaceholderText(tr("What the customer asked for: sizes, materials, quantities…"));
    m_wanted->setFixedHeight(60);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("opportunityAmountLineEdit"));
    m_amount->setPlaceholderText(QStringLiteral("0.00"));
    m_stage = new QComboBox(this);
    m_stage->setObjectName(QStringLiteral("opportunityStageComboBox"));
    for (const OpportunityStage& s : OpportunityRepository(m_db).stages(true)) {
        if (s.archived) continue;
        m_stage->addItem(s.displayName(), s.id);
        m_stage->setItemData(m_stage->count() - 1, s.probability, Qt::UserRole + 1);
        m_stage->setItemData(m_stage->count() - 1, static_cast<int>(s.kind), Qt::UserRole + 2);
    }
    m_probability = new QSpinBox(this);
    m_probability->setObjectName(QStringLiteral("opportunityProbabilitySpinBox"));
    m_probability->setRange(0, 100);
    m_probability->setSuffix(QStringLiteral(" %"));
    m_weighted = new QLabel(this);
    m_weighted->setObjectName(QStringLiteral("opportunityWeightedLabel"));
    m_hasClose = new QCheckBox(tr("Expected close"), this);
    m_hasClose->setObjectName(QStringLiteral("opportunityHasCloseCheckBox"));
    m_close = new QDateEdit(this);
    m_close->setObjectName(QStringLiteral("opportunityCloseDateEdit"));
    m_close->setCalendarPopup(true);
    m_close->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_source = new QComboBox(this);
    m_source->setObjectName(QStringLiteral("opportunitySourceComboBox"));
    m_source->setEditable(true);
    m_source->addItem(QString());
    m_source->addItems(OpportunityRepository(m_db).sourceChoices());
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("opportunityOwnerComboBox"));
    m_owner->setEditable(true);
    m_owner->addItem(QString());
    for (const StaffMember& s : CatalogRepository(m_db).staff())
        m_owner->addItem(s.name);
    m_competitor = new QLineEdit(this);
    m_competitor->setObjectName(QStringLiteral("opportunityCompetitorLineEdit"));
    m_nextStep = new QLineEdit(this);
    m_nextStep->setObjectName(QStringLiteral("opportunityNextStepLineEdit"));
    m_lostReason = new QComboBox(this);
    m_lostReason->setObjectName(QStringLiteral("opportunityLostReasonComboBox"));
    m_lostReason->setEditable(true);
    m_lostReason->addItem(QString());
    m_lostReason->addItems(OpportunityRepository(m_db).lostReasonChoices());
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("opportunityNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(50);

    FormGrid grid(form, this);
    grid.add(tr("&Customer:"), m_customer, 0, 3);
    grid.nextRow();
    grid.add(tr("&Title:"), m_title, 0, 3);
    grid.nextRow();
    grid.add(tr("Con&tact:"), m_contact);
    grid.add(tr("&Owner:"), m_owner, 1);
    grid.nextRow();
    grid.add(tr("&Wanted:"), m_wanted, 0, 3);
    grid.nextRow();
    grid.add(tr("&Amount:"), m_amount);
    grid.add(tr("&Stage:"), m_stage, 1);
    grid.nextRow();
    grid.add(tr("&Probability:"), m_probability);
    form->addWidget(m_weighted, grid.row(), 2, 1, 2);
    grid.nextRow();
    form->addWidget(m_hasClose, grid.row(), 0);
    form->addWidget(m_close, grid.row(), 1);
    grid.add(tr("So&urce:"), m_source, 1);
    grid.nextRow();
    m_campaign = new QComboBox(this);
    m_campaign->setObjectName(QStringLiteral("opportunityCampaignComboBox"));
    fillCampaignChoices(m_campaign, m_db, 0);
    grid.add(tr("Campai&gn:"), m_campaign, 0, 3);
    grid.nextRow();
    grid.add(tr("Co&mpetitor:"), m_competitor);
    grid.add(tr("&Next step:"), m_nextStep, 1);
    grid.nextRow();
    grid.add(tr("&Lost because:"), m_lostReason, 0, 3);
    grid.nextRow();
    grid.add(tr("No&tes:"), m_notes, 0, 3);
    layout->addLayout(form);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("opportunityTabs"));
    m_lines = new LinesEditor(m_db, m_tabs);
    m_lines->setObjectName(QStringLiteral("opportunityLinesEditor"));
    m_lines->setMoneyVisible(m_db.access().can(Module::Sales, Action::Money));
    m_lines->hideColumns({OrderLinesModel::SupplierColumn, OrderLinesModel::OutsourceCostColumn,
                          OrderLinesModel::DeliveredColumn});
    m_lines->setToolTip(tr("What is wanted, as products: a quote for it starts from these lines"));
    m_tabs->addTab(m_lines, QString());
    m_files = new AttachmentsEditor(
        QStringLiteral("opportunity"),
        [this](qint64 id) { return OpportunityRepository(m_db).attachmentData(id); }, m_tabs);
    m_tabs->addTab(m_files, QString());
    m_history = new QListWidget(m_tabs);
    m_history->setObjectName(QStringLiteral("opportunityHistoryList"));
    m_history->setToolTip(tr("The stages it went through"));
    m_tabs->addTab(m_history, tr("Stage &history"));
    m_tabs->setMinimumHeight(300);
    layout->addWidget(m_tabs, 1);
    m_issue = new QLabel(this);
    m_issue->setObjectName(QStringLiteral("opportunityIssueLabel"));
    m_issue->setStyleSheet(QStringLiteral("color:#b00020"));
    m_issue->setWordWrap(true);
    layout->addWidget(m_issue);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton* remove = buttons->addButton(tr("&Delete…"), QDialogButtonBox::DestructiveRole);
    remove->setObjectName(QStringLiteral("opportunityDeleteButton"));
    QPushButton* quote = buttons->addButton(tr("&Quote…"), QDialogButtonBox::ActionRole);
    quote->setObjectName(QStringLiteral("opportunityQuoteButton"));
    quote->setToolTip(tr("Write a quote for this opportunity; its amount follows the quote"));
    quote->setVisible(m_db.access().can(Module::Sales, Action::Create) &&
                      m_db.access().seesMoney(Module::Sales));
    layout->addWidget(buttons);
    connect(quote, &QPushButton::clicked, this, &OpportunityDialog::writeQuote);

    connect(buttons, &QDialogButtonBox::accepted, this, &OpportunityDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &OpportunityDialog::reject);
    connect(remove, &QPushButton::clicked, this, &OpportunityDialog::removeOpportunity);
    connect(m_stage, &QComboBox::currentIndexChanged, this, &OpportunityDialog::stageChanged);
    connect(m_probability, &QSpinBox::valueChanged, this, [this] {
        if (m_probability->hasFocus()) m_probabilityEdited = true;
        const std::optional<Money> amount = Money::parse(m_amount->text().trimmed());
        m_weighted->setText(
            amount
                ? tr("Weighted: %1").arg(OpportunityRules::weigh(*amount, m_probability->value()).toString())
                : QString());
    });
    connect(m_amount, &QLineEdit::textChanged, this,
            [this] { emit m_probability->valueChanged(m_probability->value()); });
    connect(m_hasClose, &QCheckBox::toggled, m_close, &QWidget::setEnabled);
    connect(m_customer, &CustomerPicker::customerChosen, m_lines,
            [this](qint64 id) { m_lines->setCustomer(id); });
    connect(m_lines, &LinesEditor::totalChanged, this, &OpportunityDialog::linesChanged);
    connect(m_lines, &LinesEditor::problem, m_issue, &QLabel::setText);
    connect(m_files, &AttachmentsEditor::changed, this, &OpportunityDialog::updateTabTitles);
    remove->setVisible(m_db.access().can(Module::Sales, Action::Delete));
    if (!m_db.access().can(Module::Sales, Action::Money)) {
        m_amount->setEnabled(false);
        m_amount->setToolTip(tr("Your role does not see amounts."));
    }
    resize(900, 780);
}

void OpportunityDialog::linesChanged()
{
    // The amount follows the lines while they are edited; typed by hand afterwards, it stays.
    if (m_loadingLines || m_lines->lines().isEmpty()) {
        updateTabTitles();
        return;
    }
    if (m_amount->isEnabled()) m_amount->setText(m_lines->total().toPlainString());
    updateTabTitles();
}

void OpportunityDialog::updateTabTitles()
{
    const int lines = int(m_lines->lines().size());
    m_tabs->setTabText(0, lines > 0 ? tr("&Products (%1)").arg(lines) : tr("&Products"));
    const int files = int(m_files->attachments().size());
    m_tabs->setTabText(1, files > 0 ? tr("&Files (%1)").arg(files) : tr("&Files"));
}

void OpportunityDialog::load(const Opportunity& o)
{
    if (o.customerId > 0) m_customer->setCustomer(o.customerId, o.customerName);
    m_title->setText(o.title);
    m_contact->setText(o.contactName);
    m_wanted->setPlainText(o.wanted);
    m_amount->setText(o.amount.isZero() && o.meta.id == 0 ? QString() : o.amount.toPlainString());
    const int stage = m_stage->findData(o.stageId);
    if (stage < 0 && o.stageId > 0) // an archived stage stays shown for the one in it
        m_stage->addItem(o.stageName, o.stageId);
    m_stage->setCurrentIndex(m_stage->findData(o.stageId));
    m_probability->setValue(o.probability >= 0 ? o.probability
                                               : m_stage->currentData(Qt::UserRole + 1).toInt());
    m_probabilityEdited = o.meta.id > 0 && o.probability != m_stage->currentData(Qt::UserRole + 1).toInt();
    m_hasClose->setChecked(o.expectedClose.isValid());
    m_close->setEnabled(o.expectedClose.isValid());
    m_close->setDate(o.expectedClose.isValid() ? o.expectedClose : QDate::currentDate().addDays(30));
    m_source->setCurrentText(o.source);
    fillCampaignChoices(m_campaign, m_db, o.campaignId);
    m_owner->setCurrentText(o.owner);
    m_competitor->setText(o.competitor);
    m_nextStep->setText(o.nextStep);
    m_lostReason->setCurrentText(o.lostReason);
    m_notes->setPlainText(o.notes);
    m_loadingLines = true;
    m_lines->setCustomer(o.customerId);
    m_lines->setLines(o.lines.isEmpty() ? QList<OrderLine>{OrderLine()} : o.lines);
    m_loadingLines = false;
    m_files->setAttachments(o.attachments);
    updateTabTitles();
    stageChanged();
    emit m_probability->valueChanged(m_probability->value());
}

void OpportunityDialog::stageChanged()
{
    const auto kind = static_cast<StageKind>(m_stage->currentData(Qt::UserRole + 2).toInt());
    // The probability follows the stage until someone sets it by hand.
    if (!m_probabilityEdited) m_probability->setValue(m_stage->currentData(Qt::UserRole + 1).toInt());
    m_lostReason->setEnabled(kind == StageKind::Lost);
}

Opportunity OpportunityDialog::collect() const
{
    Opportunity o = m_opportunity;
    o.customerId = m_customer->customerId();
    o.title = m_title->text();
    o.contactName = m_contact->text();
    o.wanted = m_wanted->toPlainText();
    o.amount = Money::parse(m_amount->text().trimmed())
                   .value_or(m_amount->text().trimmed().isEmpty() ? Money() : o.amount);
    o.stageId = m_stage->currentData().toLongLong();
    o.probability = m_probability->value();
    o.expectedClose = m_hasClose->isChecked() ? m_close->date() : QDate();
    o.source = m_source->currentText();
    o.campaignId = m_campaign->currentData().toLongLong();
    o.owner = m_owner->currentText();
    o.competitor = m_competitor->text();
    o.nextStep = m_nextStep->text();
    o.lostReason = m_lostReason->isEnabled() ? m_lostReason->currentText() : QString();
    o.notes = m_notes->toPlainText();
    o.lines = m_lines->lines();
    o.attachments = m_files->attachments();
    return o;
}

void OpportunityDialog::save()
{
    QString error;
    if (!m_amount->text().trimmed().isEmpty() && !Money::parse(m_amount->text().trimmed(), &error)) {
        m_issue->setText(tr("Amount: %1").arg(error));
        m_amount->setFocus();
        return;
    }
    Opportunity o = collect();
    OpportunityRepository repo(m_db);
    try {
        if (o.meta.id > 0)
            repo.update(o);
        else
            repo.create(o);
        m_opportunity = o;
        QDialog::accept();
    } catch (const ValidationError& e) {
        m_issue->setText(e.message());
        const QString field = e.issues().value(0).field;
        if (field == QLatin1String("customer"))
            m_customer->setFocus();
        else if (field == QLatin1String("title"))
            m_title->setFocus();
        else if (field == QLatin1String("lost_reason"))
            m_lostReason->setFocus();
        else if (field == QLatin1String("amount"))
            m_amount->setFocus();
        else if (field.startsWith(QLatin1String("line"))) {
            m_tabs->setCurrentWidget(m_lines);
            m_lines->showIssues(e.issues());
        }
    } catch (const StoreError& e) {
        // A conflict or a store that went away: what was typed stays in the form.
        m_issue->setText(e.message());
    }
}

void OpportunityDialog::writeQuote()
{
    // The quote is for the opportunity as saved: a new one is saved first, changes are kept.
    Opportunity o = collect();
    OpportunityRepository repo(m_db);
    try {
        if (o.meta.id > 0)
            repo.update(o);
        else
            repo.create(o);
    } catch (const StoreError& e) {
        m_issue->setText(e.message());
        return;
    }
    QuoteEditorDialog dialog(m_db, QuoteEditorDialog::New{0, o.meta.id}, this);
    dialog.exec();
    ErrorReporter::guard([&] { m_opportunity = repo.get(o.meta.id); });
    load(m_opportunity);
    m_loaded = collect();
}

void OpportunityDialog::removeOpportunity()
{
    if (QMessageBox::question(
            this, tr("Delete opportunity?"),
            tr("Delete the opportunity \"%1\" and its stage history? The audit log keeps a copy.")
                .arg(m_opportunity.title)) != QMessageBox::Yes)
        return;
    try {
        OpportunityRepository(m_db).remove(m_opportunity.meta.id, m_opportunity.meta.version);
        m_deleted = true;
        QDialog::accept();
    } catch (const StoreError& e) {
        m_issue->setText(e.message());
    }
}

void OpportunityDialog::reject()
{
    const Opportunity now = collect();
    const bool modified =
        now.title != m_loaded.title || now.customerId != m_loaded.customerId ||
        now.amount != m_loaded.amount || now.stageId != m_loaded.stageId || now.wanted != m_loaded.wanted ||
        now.notes != m_loaded.notes || now.nextStep != m_loaded.nextStep ||
        now.campaignId != m_loaded.campaignId || now.expectedClose != m_loaded.expectedClose ||
        now.lines.size() != m_loaded.lines.size() || now.linesTotal() != m_loaded.linesTotal() ||
        now.attachments.size() != m_loaded.attachments.size();
    if (modified && QMessageBox::question(
                        this, tr("Discard changes?"),
                        tr("This opportunity has changes that are not saved. Close it and lose them?")) !=
                        QMessageBox::Yes)
        return;
    QDialog::reject();
}

} // namespace shopcrm
