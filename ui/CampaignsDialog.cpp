#include "CampaignsDialog.h"

#include "ChartSupport.h"
#include "ErrorReporter.h"
#include "FormGrid.h"
#include "MailMergeDialog.h"
#include "MessageDialogs.h"
#include "store/CampaignRepository.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QToolButton>
#include <QValueAxis>
#include <QVBoxLayout>

namespace shopcrm {

namespace {

QTableWidgetItem* cell(const QString& text, bool number = false)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (number) item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

} // namespace

// ---- one campaign ----

CampaignEditorDialog::CampaignEditorDialog(Database& db, const Campaign& campaign, QWidget* parent)
    : QDialog(parent), m_db(db), m_campaign(campaign)
{
    setObjectName(QStringLiteral("campaignEditorDialog"));
    setWindowTitle(campaign.meta.id > 0 ? tr("Campaign: %1").arg(campaign.name) : tr("New campaign"));
    m_name = new QLineEdit(campaign.name, this);
    m_name->setObjectName(QStringLiteral("campaignNameEdit"));
    m_name->setPlaceholderText(tr("e.g. Flyers in the new housing estate"));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("campaignChannelCombo"));
    m_channel->setEditable(true);
    ErrorReporter::guard([&] { m_channel->addItems(CampaignRepository(db).channelChoices()); });
    m_channel->setCurrentText(campaign.channel);
    m_from = new QDateEdit(campaign.startsOn.isValid() ? campaign.startsOn : QDate::currentDate(), this);
    m_from->setObjectName(QStringLiteral("campaignFromEdit"));
    m_from->setCalendarPopup(true);
    m_to =
        new QDateEdit(campaign.endsOn.isValid() ? campaign.endsOn : QDate::currentDate().addDays(13), this);
    m_to->setObjectName(QStringLiteral("campaignToEdit"));
    m_to->setCalendarPopup(true);
    const bool money = db.access().can(Module::Sales, Action::Money);
    m_budget = new QLineEdit(campaign.budget.toPlainString(), this);
    m_budget->setObjectName(QStringLiteral("campaignBudgetEdit"));
    m_budget->setEnabled(money);
    m_cost = new QLineEdit(campaign.cost.toPlainString(), this);
    m_cost->setObjectName(QStringLiteral("campaignCostEdit"));
    m_cost->setEnabled(money);
    m_cost->setToolTip(tr("What it actually cost: printing, the stand, the messages"));
    m_window = new QSpinBox(this);
    m_window->setObjectName(QStringLiteral("campaignWindowSpin"));
    m_window->setRange(0, 365);
    m_window->setValue(campaign.windowDays);
    m_window->setSuffix(tr(" days"));
    m_window->setToolTip(tr("Orders and new customers count for the campaign until this long after it ends"));
    m_filter = new QLineEdit(campaign.targetFilter, this);
    m_filter->setObjectName(QStringLiteral("campaignFilterEdit"));
    m_filter->setPlaceholderText(tr("A customer search for its list, e.g. A or 渝中区"));
    m_picked = new QLabel(this);
    m_picked->setObjectName(QStringLiteral("campaignPickedLabel"));
    auto* clearPicked = new QPushButton(tr("Clear the &picked…"), this);
    clearPicked->setObjectName(QStringLiteral("campaignClearPickedButton"));
    clearPicked->setAutoDefault(false);
    ErrorReporter::guard([&] {
        m_pickedIds =
            campaign.meta.id > 0 ? CampaignRepository(db).targets(campaign.meta.id) : QList<qint64>();
    });
    clearPicked->setEnabled(!m_pickedIds.isEmpty());
    connect(clearPicked, &QPushButton::clicked, this, [this, clearPicked] {
        if (QMessageBox::question(
                this, windowTitle(),
                tr("Take the %n picked customer(s) off the list when the campaign is saved?", nullptr,
                   int(m_pickedIds.size()))) != QMessageBox::Yes)
            return;
        m_pickedIds.clear();
        m_clearPicked = true;
        clearPicked->setEnabled(false);
        showPicked();
    });
    showPicked();
    m_notes = new QPlainTextEdit(campaign.notes, this);
    m_notes->setObjectName(QStringLiteral("campaignNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(64);
    m_issue = new QLabel(this);
    m_issue->setObjectName(QStringLiteral("issueLabel"));
    m_issue->setStyleSheet(QStringLiteral("color: #b02020"));
    m_issue->setWordWrap(true);

    auto* form = new QGridLayout;
    FormGrid grid(form, this);
    grid.add(tr("&Name:"), m_name, 0, 3);
    grid.nextRow();
    grid.add(tr("C&hannel:"), m_channel);
    grid.add(tr("Counts &after:"), m_window, 1);
    grid.nextRow();
    grid.add(tr("&From:"), m_from);
    grid.add(tr("&To:"), m_to, 1);
    grid.nextRow();
    grid.add(tr("&Budget:"), m_budget);
    grid.add(tr("&Cost:"), m_cost, 1);
    grid.nextRow();
    grid.add(tr("&List:"), m_filter, 0, 3);
    grid.nextRow();
    auto* pickedRow = new QHBoxLayout;
    pickedRow->addWidget(m_picked, 1);
    pickedRow->addWidget(clearPicked);
    form->addLayout(pickedRow, grid.row(), 1, 1, 3);
    grid.nextRow();
    grid.add(tr("N&otes:"), m_notes, 0, 3);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_issue);
    layout->addStretch(1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, 360);
}

void CampaignEditorDialog::showPicked()
{
    m_picked->setText(
        m_pickedIds.isEmpty()
            ? tr("No customers picked (add them in the customer list: More ▸ Add to a campaign's list…).")
            : tr("and %n picked customer(s)", nullptr, int(m_pickedIds.size())));
}

bool CampaignEditorDialog::save()
{
    Campaign c = m_campaign;
    c.name = m_name->text();
    c.channel = m_channel->currentText();
    c.startsOn = m_from->date();
    c.endsOn = m_to->date();
    c.windowDays = m_window->value();
    c.targetFilter = m_filter->text();
    c.notes = m_notes->toPlainText();
    for (const auto& [edit, field] : {std::pair{m_budget, &c.budget}, std::pair{m_cost, &c.cost}}) {
        if (!edit->isEnabled()) continue;
        QString error;
        const std::optional<Money> m = edit->text().trimmed().isEmpty() ? std::optional<Money>(Money())
                                                                        : Money::parse(edit->text(), &error);
        if (!m) {
            m_issue->setText(error);
            edit->setFocus();
            return false;
        }
        *field = *m;
    }
    try {
        CampaignRepository repo(m_db);
        if (c.meta.id > 0)
            repo.update(c);
        else
            repo.create(c);
        if (m_clearPicked) repo.setTargets(c.meta.id, {});
        m_clearPicked = false;
        m_campaign = c;
        return true;
    } catch (const ValidationError& e) {
        m_issue->setText(e.message());
        if (e.issues().value(0).field == QLatin1String("name")) m_name->setFocus();
    } catch (const StoreError& e) {
        m_issue->setText(e.message());
    }
    return false;
}

// ---- the list, the comparison and the sources ----

CampaignsDialog::CampaignsDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("campaignsDialog"));
    setWindowTitle(tr("Campaigns"));
    m_from = new QDateEdit(QDate::currentDate().addMonths(-6), this);
    m_from->setObjectName(QStringLiteral("campaignsFromEdit"));
    m_from->setCalendarPopup(true);
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("campaignsToEdit"));
    m_to->setCalendarPopup(true);
    const bool canCreate = db.access().can(Module::Sales, Action::Create);
    auto* add = new QPushButton(tr("&New campaign…"), this);
    add->setObjectName(QStringLiteral("newCampaignButton"));
    add->setEnabled(canCreate);
    auto* edit = new QPushButton(tr("&Edit…"), this);
    edit->setEnabled(db.access().can(Module::Sales, Action::Edit));
    auto* remove = new QPushButton(tr("&Delete"), this);
    remove->setObjectName(QStringLiteral("deleteCampaignButton"));
    remove->setEnabled(db.access().can(Module::Sales, Action::Delete));
    auto* list = new QToolButton(this);
    list->setObjectName(QStringLiteral("campaignListButton"));
    list->setText(tr("Its &list"));
    list->setToolTip(tr("Write to everyone on the selected campaign's list: its picked customers and those "
                        "its saved search finds"));
    list->setPopupMode(QToolButton::InstantPopup);
    auto* listMenu = new QMenu(list);
    // Each opens its window for everyone on the list.
    auto forList = [this]<typename Dialog>(Dialog*) {
        return [this] {
            const QList<qint64> ids = audience();
            if (ids.isEmpty()) return;
            Dialog dialog(m_db, ids, this);
            dialog.exec();
        };
    };
    if (db.access().can(Module::FollowUps, Action::Create))
        listMenu->addAction(tr("Send an e-mail or text message…"), this,
                            forList(static_cast<MessageDialog*>(nullptr)));
    if (db.access().can(Module::Printing, Action::Print))
        listMenu->addAction(tr("Labels, envelopes and letters…"), this,
                            forList(static_cast<MailMergeDialog*>(nullptr)));
    list->setMenu(listMenu);
    list->setEnabled(!listMenu->isEmpty());
    auto* bar = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("Ran &from"), this);
    fromLabel->setBuddy(m_from);
    bar->addWidget(fromLabel);
    bar->addWidget(m_from);
    auto* toLabel = new QLabel(tr("t&o"), this);
    toLabel->setBuddy(m_to);
    bar->addWidget(toLabel);
    bar->addWidget(m_to);
    bar->addStretch(1);
    bar->addWidget(add);
    bar->addWidget(edit);
    bar->addWidget(remove);
    bar->addWidget(list);

    m_campaigns = new QTableWidget(0, 11, this);
    m_campaigns->setObjectName(QStringLiteral("campaignTable"));
    m_campaigns->setHorizontalHeaderLabels({tr("Campaign"), tr("Channel"), tr("Ran"), tr("Counted to"),
                                            tr("Budget"), tr("Cost"), tr("New customers"), tr("Orders"),
                                            tr("Revenue"), tr("Cost per new customer"), tr("ROI")});
    m_campaigns->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_campaigns->setSelectionMode(QAbstractItemView::SingleSelection);
    m_campaigns->verticalHeader()->hide();
    m_campaigns->horizontalHeader()->setStretchLastSection(true);
    m_sources = new QTableWidget(0, 4, this);
    m_sources->setObjectName(QStringLiteral("sourceTable"));
    m_sources->setHorizontalHeaderLabels(
        {tr("Lead source"), tr("New customers"), tr("Orders"), tr("Revenue")});
    m_sources->verticalHeader()->hide();
    m_sources->horizontalHeader()->setStretchLastSection(true);
    m_chart = Charts::view(this, QStringLiteral("campaignChart"));
    m_chart->setMinimumHeight(240);

    auto* lower = new QSplitter(this);
    lower->addWidget(m_chart);
    lower->addWidget(m_sources);
    lower->setStretchFactor(0, 3);
    lower->setStretchFactor(1, 2);
    auto* split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_campaigns);
    split->addWidget(lower);
    auto* note =
        new QLabel(tr("An order counts for a campaign when it names it, or names none and its customer came "
                      "from it, dated from the campaign's first day until its window after the last. "
                      "ROI = (revenue − cost) ÷ cost."),
                   this);
    note->setWordWrap(true);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(split, 1);
    layout->addWidget(note);
    layout->addWidget(close);

    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_from, &QDateEdit::dateChanged, this, &CampaignsDialog::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &CampaignsDialog::refresh);
    connect(add, &QPushButton::clicked, this, &CampaignsDialog::newCampaign);
    connect(edit, &QPushButton::clicked, this, &CampaignsDialog::editCampaign);
    connect(remove, &QPushButton::clicked, this, &CampaignsDialog::deleteCampaign);
    connect(m_campaigns, &QTableWidget::cellActivated, this, [this] { editCampaign(); });
    auto* newShortcut = new QShortcut(QKeySequence::New, this);
    connect(newShortcut, &QShortcut::activated, this, &CampaignsDialog::newCampaign);
    resize(1100, 720);
    refresh();
}

void CampaignsDialog::setPeriod(const QDate& from, const QDate& to)
{
    const QSignalBlocker a(m_from);
    const QSignalBlocker b(m_to);
    m_from->setDate(from);
    m_to->setDate(to);
    refresh();
}

QList<qint64> CampaignsDialog::audience()
{
    const qint64 id = currentId();
    if (id <= 0) {
        QMessageBox::information(this, windowTitle(), tr("Choose a campaign in the list first."));
        return {};
    }
    QList<qint64> ids;
    if (!ErrorReporter::guard([&] { ids = CampaignRepository(m_db).audience(id); })) return {};
    if (ids.isEmpty())
        QMessageBox::information(this, windowTitle(),
                                 tr("Its list is empty: pick customers in the customer list (More ▸ Add to a "
                                    "campaign's list…) or give the campaign a search."));
    return ids;
}

qint64 CampaignsDialog::currentId() const
{
    const int row = m_campaigns->currentRow();
    return row >= 0 && row < m_results.size() ? m_results.at(row).campaignId : 0;
}

void CampaignsDialog::refresh()
{
    QList<CampaignResult> sources;
    const qint64 selected = currentId();
    if (!ErrorReporter::guard([&] {
            CampaignRepository repo(m_db);
            m_results = repo.compare(m_from->date(), m_to->date());
            sources = repo.sources(m_from->date(), m_to->date());
        }))
        return;
    const bool money = m_db.access().can(Module::Sales, Action::Money);
    m_campaigns->setRowCount(int(m_results.size()));
    for (int row = 0; row < m_results.size(); ++row) {
        const CampaignResult& r = m_results.at(row);
        const std::optional<Money> perCustomer = r.costPerNewCustomer();
        const QString cells[] = {r.name,
                                 r.channel,
                                 tr("%1 – %2").arg(QLocale().toString(r.from, QLocale::ShortFormat),
                                                   QLocale().toString(r.endsOn, QLocale::ShortFormat)),
                                 QLocale().toString(r.to, QLocale::ShortFormat),
                                 money ? r.budget.toString() : QString(),
                                 money ? r.cost.toString() : QString(),
                                 QString::number(r.newCustomers),
                                 QString::number(r.orders),
                                 money ? r.revenue.toString() : QString(),
                                 money && perCustomer ? perCustomer->toString() : QStringLiteral("—"),
                                 money ? CampaignRules::percentText(r.roiPermille()) : QString()};
        for (int col = 0; col < 11; ++col)
            m_campaigns->setItem(row, col, cell(cells[col], col >= 4));
        if (r.roiPermille() && *r.roiPermille() < 0)
            m_campaigns->item(row, 10)->setForeground(QColor(0xb0, 0x20, 0x20));
        if (r.campaignId == selected) m_campaigns->selectRow(row);
    }
    m_campaigns->resizeColumnsToContents();
    m_sources->setRowCount(int(sources.size()));
    for (int row = 0; row < sources.size(); ++row) {
        const CampaignResult& r = sources.at(row);
        m_sources->setItem(row, 0, cell(r.name.isEmpty() ? tr("(not recorded)") : r.name));
        m_sources->setItem(row, 1, cell(QString::number(r.newCustomers), true));
        m_sources->setItem(row, 2, cell(QString::number(r.orders), true));
        m_sources->setItem(row, 3, cell(money ? r.revenue.toString() : QString(), true));
    }
    m_sources->resizeColumnsToContents();

    // Revenue against cost per campaign (money), or new customers and orders (no money right).
    QChart* chart =
        Charts::fresh(m_chart, money ? tr("Revenue and cost by campaign") : tr("What each campaign brought"));
    auto* first = new QBarSet(money ? tr("Revenue") : tr("New customers"));
    auto* second = new QBarSet(money ? tr("Cost") : tr("Orders"));
    first->setColor(QColor(0x43, 0xa0, 0x47));
    second->setColor(QColor(0xe5, 0x73, 0x73));
    QStringList names;
    qreal top = 1;
    for (const CampaignResult& r : std::as_const(m_results)) {
        names.append(Charts::shortName(r.name));
        const qreal a = money ? Charts::yuan(r.revenue) : qreal(r.newCustomers);
        const qreal b = money ? Charts::yuan(r.cost) : qreal(r.orders);
        first->append(a);
        second->append(b);
        top = std::max({top, a, b});
    }
    auto* bars = new QBarSeries;
    bars->append(first);
    bars->append(second);
    chart->addSeries(bars);
    Charts::columnAxes(chart, bars, names, top, money);
}

void CampaignsDialog::newCampaign()
{
    if (!m_db.access().can(Module::Sales, Action::Create)) return;
    Campaign fresh;
    fresh.startsOn = QDate::currentDate();
    fresh.endsOn = QDate::currentDate().addDays(13);
    CampaignEditorDialog dialog(m_db, fresh, this);
    if (dialog.exec() == QDialog::Accepted) {
        if (dialog.campaign().startsOn < m_from->date()) m_from->setDate(dialog.campaign().startsOn);
        if (dialog.campaign().startsOn > m_to->date()) m_to->setDate(dialog.campaign().endsOn);
        refresh();
    }
}

void CampaignsDialog::editCampaign()
{
    const qint64 id = currentId();
    if (id <= 0 || !m_db.access().can(Module::Sales, Action::Edit)) return;
    Campaign c;
    if (!ErrorReporter::guard([&] { c = CampaignRepository(m_db).get(id); })) return;
    CampaignEditorDialog dialog(m_db, c, this);
    if (dialog.exec() == QDialog::Accepted) refresh();
}

void CampaignsDialog::deleteCampaign()
{
    const qint64 id = currentId();
    if (id <= 0) return;
    try {
        CampaignRepository repo(m_db);
        const Campaign c = repo.get(id);
        if (QMessageBox::question(this, tr("Delete campaign"),
                                  tr("Delete the campaign \"%1\"?").arg(c.name)) != QMessageBox::Yes)
            return;
        repo.remove(c.meta.id, c.meta.version);
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Delete campaign"), e.message());
    }
    refresh();
}

} // namespace shopcrm
