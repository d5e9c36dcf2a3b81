#include "PipelinePage.h"

#include "CampaignsDialog.h"
#include "ErrorReporter.h"
#include "ListViews.h"
#include "OpportunityDialog.h"
#include "QuoteEditorDialog.h"
#include "SalesAnalysisView.h"
#include "StagesDialog.h"
#include "store/CatalogRepository.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QScrollArea>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace shopcrm {

namespace {

const QString kCardMime = QStringLiteral("application/x-shopcrm-opportunity");
constexpr int kClosedDays = 30;

QString closeText(const QDate& day)
{
    return day.isValid() ? day.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}

} // namespace

OpportunityListModel::OpportunityListModel(Database& db, QObject* parent)
    : PagedListModel(db, ColumnCount, parent)
{
}

QVariant OpportunityListModel::data(const QModelIndex& index, int role) const
{
    const OpportunityRow* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r) return {};
    if (role == IdRole) return r->id;
    if (role == Qt::TextAlignmentRole &&
        (index.column() == AmountColumn || index.column() == WeightedColumn ||
         index.column() == ProbabilityColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == CloseColumn && r->kind == StageKind::Open &&
        r->expectedClose.isValid() && r->expectedClose < QDate::currentDate())
        return QColor(0xb0, 0x20, 0x20); // past its expected close and still open
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case CloseColumn:
        return closeText(r->expectedClose);
    case CustomerColumn:
        return r->customer;
    case TitleColumn:
        return r->title;
    case StageColumn:
        return r->stage;
    case AmountColumn:
        return r->amount.toString();
    case ProbabilityColumn:
        return QStringLiteral("%1 %").arg(r->probability);
    case WeightedColumn:
        return r->weighted().toString();
    case OwnerColumn:
        return r->owner;
    case SourceColumn:
        return r->source;
    case NextStepColumn:
        return r->nextStep;
    default:
        return {};
    }
}

QVariant OpportunityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case CloseColumn:
        return tr("Expected close");
    case CustomerColumn:
        return tr("Customer");
    case TitleColumn:
        return tr("Opportunity");
    case StageColumn:
        return tr("Stage");
    case AmountColumn:
        return tr("Amount");
    case ProbabilityColumn:
        return tr("Probability");
    case WeightedColumn:
        return tr("Weighted");
    case OwnerColumn:
        return tr("Owner");
    case SourceColumn:
        return tr("Source");
    case NextStepColumn:
        return tr("Next step");
    default:
        return {};
    }
}

StageCardList::StageCardList(qint64 stageId, QWidget* parent) : QListWidget(parent), m_stageId(stageId)
{
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setWordWrap(true);
    setSpacing(2);
    setUniformItemSizes(false);
}

QStringList StageCardList::mimeTypes() const
{
    return {kCardMime};
}

QMimeData* StageCardList::mimeData(const QList<QListWidgetItem*>& items) const
{
    if (items.isEmpty()) return nullptr;
    auto* data = new QMimeData;
    data->setData(kCardMime, QStringLiteral("%1 %2 %3")
                                 .arg(items.first()->data(IdRole).toLongLong())
                                 .arg(items.first()->data(VersionRole).toInt())
                                 .arg(m_stageId)
                                 .toLatin1());
    return data;
}

void StageCardList::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasFormat(kCardMime)) event->acceptProposedAction();
}

void StageCardList::dragMoveEvent(QDragMoveEvent* event)
{
    if (event->mimeData()->hasFormat(kCardMime)) event->acceptProposedAction();
}

void StageCardList::dropEvent(QDropEvent* event)
{
    // The board is read again after the move; the list itself never moves items.
    event->setDropAction(Qt::IgnoreAction);
    event->accept();
    dropCard(event->mimeData());
}

bool StageCardList::dropCard(const QMimeData* data)
{
    const QStringList parts = QString::fromLatin1(data->data(kCardMime)).split(QLatin1Char(' '));
    if (parts.size() != 3 || parts.at(2).toLongLong() == m_stageId) return false;
    emit cardDropped(parts.at(0).toLongLong(), parts.at(1).toInt(), m_stageId);
    return true;
}

QuoteListModel::QuoteListModel(Database& db, QObject* parent) : PagedListModel(db, ColumnCount, parent) {}

QVariant QuoteListModel::data(const QModelIndex& index, int role) const
{
    const QuoteRow* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r) return {};
    if (role == IdRole) return r->id;
    const QDate today = QDate::currentDate();
    const bool expired = QuoteRules::isExpired(r->status, r->validUntil, today);
    if (role == Qt::TextAlignmentRole && index.column() == TotalColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && (index.column() == ValidColumn || index.column() == StateColumn) &&
        expired)
        return QColor(0xb0, 0x20, 0x20);
    if (role == Qt::ForegroundRole && index.column() == StateColumn && r->status == QuoteStatus::Declined)
        return QColor(0x77, 0x77, 0x77);
    if (role != Qt::DisplayRole) return {};
    switch (index.column()) {
    case NumberColumn:
        return r->displayNumber();
    case DateColumn:
        return QLocale().toString(r->quoteDate.toLocalTime().date(), QLocale::ShortFormat);
    case CustomerColumn:
        return r->customer;
    case TitleColumn:
        return r->title;
    case TotalColumn:
        return r->total.toString();
    case ValidColumn:
        return r->validUntil.isValid() ? QLocale().toString(r->validUntil, QLocale::ShortFormat) : QString();
    case StateColumn:
        return expired ? tr("Expired") : QuoteRules::statusName(r->status);
    case OrderColumn:
        return r->orderNumber;
    case ByColumn:
        return r->createdBy;
    default:
        return {};
    }
}

QVariant QuoteListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    static const char* const titles[] = {QT_TR_NOOP("Number"), QT_TR_NOOP("Date"),  QT_TR_NOOP("Customer"),
                                         QT_TR_NOOP("Title"),  QT_TR_NOOP("Total"), QT_TR_NOOP("Valid until"),
                                         QT_TR_NOOP("State"),  QT_TR_NOOP("Order"), QT_TR_NOOP("Written by")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

PipelinePage::PipelinePage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("pipelinePage"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("pipelineModeComboBox"));
    m_mode->addItem(tr("Board"));
    m_mode->addItem(tr("List"));
    m_mode->addItem(tr("Quotes"));
    if (db.access().can(Module::Reports, Action::View)) m_mode->addItem(tr("Analysis"));
    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("pipelineOwnerComboBox"));
    m_owner->addItem(tr("Everyone's"), QString());
    if (!db.access().staffName.isEmpty()) m_owner->addItem(tr("Mine"), db.access().staffName);
    ErrorReporter::guard([&] {
        for (const StaffMember& s : CatalogRepository(db).staff())
            if (s.name != db.access().staffName) m_owner->addItem(s.name, s.name);
    });
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("pipelineSearchLineEdit"));
    m_search->setPlaceholderText(tr("Title, customer or what is wanted"));
    m_search->setClearButtonEnabled(true);
    m_quoteState = new QComboBox(this);
    m_quoteState->setObjectName(QStringLiteral("quoteStateComboBox"));
    m_quoteState->addItem(tr("All quotes"), int(QuoteFilter::State::Any));
    m_quoteState->addItem(tr("Open"), int(QuoteFilter::State::Open));
    m_quoteState->addItem(tr("Expired"), int(QuoteFilter::State::Expired));
    m_quoteState->addItem(tr("Accepted"), int(QuoteFilter::State::Accepted));
    m_quoteState->addItem(tr("Declined"), int(QuoteFilter::State::Declined));
    m_quoteState->addItem(tr("Made into orders"), int(QuoteFilter::State::Ordered));
    m_quoteState->setVisible(false);
    auto* addQuote = new QPushButton(tr("New &quote…"), this);
    addQuote->setObjectName(QStringLiteral("newQuoteButton"));
    addQuote->setVisible(db.access().can(Module::Sales, Action::Create) &&
                         db.access().seesMoney(Module::Sales));
    auto* campaigns = new QPushButton(tr("Ca&mpaigns…"), this);
    campaigns->setObjectName(QStringLiteral("campaignsButton"));
    campaigns->setToolTip(tr("Marketing campaigns and what each brought"));
    auto* add = new QPushButton(tr("&New opportunity…"), this);
    add->setObjectName(QStringLiteral("newOpportunityButton"));
    add->setVisible(db.access().can(Module::Sales, Action::Create));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("pipelineSummaryLabel"));
    bar->addWidget(m_mode);
    auto* ownerLabel = new QLabel(tr("Owner:"), this);
    ownerLabel->setObjectName(QStringLiteral("pipelineOwnerLabel"));
    bar->addWidget(ownerLabel);
    bar->addWidget(m_owner);
    bar->addWidget(m_quoteState);
    bar->addWidget(m_search, 1);
    bar->addStretch(); // takes the search box's room where it is hidden
    auto* stages = new QPushButton(tr("S&tages…"), this);
    stages->setObjectName(QStringLiteral("pipelineStagesButton"));
    bar->addWidget(stages);
    bar->addWidget(campaigns);
    bar->addWidget(addQuote);
    bar->addWidget(add);
    layout->addLayout(bar);
    layout->addWidget(m_summary);
    m_shownBar = new QWidget(this);
    m_shownBar->setObjectName(QStringLiteral("shownOpportunitiesBar"));
    m_shownBar->setStyleSheet(QStringLiteral("#shownOpportunitiesBar { background:#fff8e1; }"));
    auto* shownLayout = new QHBoxLayout(m_shownBar);
    shownLayout->setContentsMargins(6, 2, 6, 2);
    m_shownLabel = new QLabel(m_shownBar);
    m_shownLabel->setObjectName(QStringLiteral("shownOpportunitiesLabel"));
    auto* showAll = new QPushButton(tr("Show &all"), m_shownBar);
    showAll->setObjectName(QStringLiteral("showAllOpportunitiesButton"));
    auto* back = new QPushButton(tr("&Back to the analysis"), m_shownBar);
    back->setObjectName(QStringLiteral("backToAnalysisButton"));
    shownLayout->addWidget(m_shownLabel, 1);
    shownLayout->addWidget(back);
    shownLayout->addWidget(showAll);
    m_shownBar->hide();
    layout->addWidget(m_shownBar);
    connect(showAll, &QPushButton::clicked, this, [this] {
        m_shown.reset();
        m_shownBar->hide();
        refresh();
    });
    connect(back, &QPushButton::clicked, this, [this] { showMode(AnalysisMode); });

    m_stack = new QStackedWidget(this);
    auto* scroll = new QScrollArea(m_stack);
    scroll->setObjectName(QStringLiteral("pipelineBoardArea"));
    scroll->setWidgetResizable(true);
    m_boardWidget = new QWidget(scroll);
    m_columns = new QHBoxLayout(m_boardWidget);
    m_columns->setContentsMargins(0, 0, 0, 0);
    scroll->setWidget(m_boardWidget);
    m_stack->addWidget(scroll);
    m_model = new OpportunityListModel(db, this);
    m_view = new QTableView(m_stack);
    m_view->setObjectName(QStringLiteral("opportunitiesTableView"));
    m_view->setModel(m_model);
    setUpLargeListView(m_view, {90, 180, 220, 90, 100, 70, 100, 80, 80, 200},
                       QStringLiteral("lists/opportunities"));
    m_stack->addWidget(m_view);
    m_quotes = new QuoteListModel(db, this);
    m_quotesView = new QTableView(m_stack);
    m_quotesView->setObjectName(QStringLiteral("quotesTableView"));
    m_quotesView->setModel(m_quotes);
    setUpLargeListView(m_quotesView, {150, 90, 200, 220, 100, 90, 80, 140, 80},
                       QStringLiteral("lists/quotes"));
    m_stack->addWidget(m_quotesView);
    if (m_mode->count() > AnalysisMode) {
        m_analysis = new SalesAnalysisView(db, m_stack);
        m_stack->addWidget(m_analysis);
        connect(m_analysis, &SalesAnalysisView::showOpportunities, this, &PipelinePage::showOpportunities);
    }
    layout->addWidget(m_stack, 1);

    connect(m_mode, &QComboBox::currentIndexChanged, this, &PipelinePage::showMode);
    connect(m_quoteState, &QComboBox::currentIndexChanged, this, &PipelinePage::refresh);
    connect(addQuote, &QPushButton::clicked, this, [this] { newQuote(); });
    connect(m_quotesView, &QTableView::activated, this,
            [this](const QModelIndex& index) { openQuote(index.data(QuoteListModel::IdRole).toLongLong()); });
    connect(m_owner, &QComboBox::currentIndexChanged, this, &PipelinePage::refresh);
    connect(m_search, &QLineEdit::returnPressed, this, &PipelinePage::refresh);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString& text) {
        if (text.isEmpty()) refresh();
    });
    connect(add, &QPushButton::clicked, this, [this] { newOpportunity(); });
    connect(campaigns, &QPushButton::clicked, this, [this] {
        CampaignsDialog dialog(m_db, this);
        dialog.exec();
    });
    connect(stages, &QPushButton::clicked, this, [this] {
        StagesDialog dialog(m_db, this);
        if (dialog.exec() == QDialog::Accepted) refresh();
    });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& index) {
        openOpportunity(index.data(OpportunityListModel::IdRole).toLongLong());
    });
    auto* shortcut = new QShortcut(QKeySequence::New, this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, [this] {
        if (m_mode->currentIndex() == QuotesMode)
            newQuote();
        else
            newOpportunity();
    });
}

StageCardList* PipelinePage::column(qint64 stageId) const
{
    for (StageCardList* list : m_lists)
        if (list->stageId() == stageId) return list;
    return nullptr;
}

OpportunityFilter PipelinePage::filter() const
{
    OpportunityFilter f;
    if (m_shown && m_mode->currentIndex() == ListMode) f = *m_shown;
    if (const QString owner = m_owner->currentData().toString(); !owner.isEmpty() && !f.owner)
        f.owner = owner;
    f.text = m_search->text().trimmed();
    // The board's won and lost columns show the recent ones; the list shows everything.
    if (m_mode->currentIndex() == 0) f.closedSince = QDate::currentDate().addDays(-kClosedDays);
    return f;
}

void PipelinePage::showEvent(QShowEvent* event)
{
    // Read when shown, and again each time it comes back (changes made while hidden).
    QWidget::showEvent(event);
    refresh();
}

void PipelinePage::showMode(int mode)
{
    if (m_mode->currentIndex() != mode) {
        m_mode->setCurrentIndex(mode); // comes back here
        return;
    }
    m_stack->setCurrentIndex(mode);
    if (mode != ListMode) {
        m_shown.reset();
        m_shownBar->hide();
    }
    const bool lists = mode != QuotesMode && mode != AnalysisMode;
    m_owner->setVisible(lists);
    if (auto* label = findChild<QLabel*>(QStringLiteral("pipelineOwnerLabel"))) label->setVisible(lists);
    m_search->setVisible(mode != AnalysisMode);
    m_summary->setVisible(mode != AnalysisMode);
    m_quoteState->setVisible(mode == QuotesMode);
    m_search->setPlaceholderText(mode == QuotesMode ? tr("Number, title or customer")
                                                    : tr("Title, customer or what is wanted"));
    refresh();
}

void PipelinePage::showOpportunities(const OpportunityFilter& filter, const QString& what)
{
    showMode(ListMode);
    m_shown = filter;
    m_shownLabel->setText(tr("Showing the opportunities %1.").arg(what));
    m_shownBar->findChild<QPushButton*>(QStringLiteral("backToAnalysisButton"))
        ->setVisible(m_analysis != nullptr);
    m_shownBar->show();
    refresh();
}

QString PipelinePage::shownText() const
{
    return m_shown ? m_shownLabel->text() : QString();
}

void PipelinePage::newQuote(qint64 customerId, qint64 opportunityId)
{
    QuoteEditorDialog dialog(m_db, QuoteEditorDialog::New{customerId, opportunityId}, this);
    dialog.exec();
    if (dialog.changed()) refresh();
}

void PipelinePage::openQuote(qint64 id)
{
    if (id <= 0) return;
    std::unique_ptr<QuoteEditorDialog> dialog;
    if (!ErrorReporter::guard([&] { dialog = std::make_unique<QuoteEditorDialog>(m_db, id, this); })) return;
    dialog->exec();
    if (dialog->changed()) refresh();
}

void PipelinePage::refresh()
{
    if (m_mode->currentIndex() == AnalysisMode) {
        m_analysis->refresh();
        return;
    }
    if (m_mode->currentIndex() == QuotesMode) {
        QuoteFilter f;
        f.state = static_cast<QuoteFilter::State>(m_quoteState->currentData().toInt());
        f.text = m_search->text().trimmed();
        refreshKeepingView(
            m_quotesView, [&] { m_quotes->setFilter(f); },
            [this](int row) { return m_quotes->index(row, 0).data(QuoteListModel::IdRole).toLongLong(); });
        m_summary->setText(tr("%n quote(s)", nullptr, static_cast<int>(m_quotes->rowCount())));
        return;
    }
    if (m_mode->currentIndex() == ListMode) {
        const OpportunityFilter f = filter();
        refreshKeepingView(
            m_view, [&] { m_model->setFilter(f); },
            [this](int row) {
                return m_model->index(row, 0).data(OpportunityListModel::IdRole).toLongLong();
            });
        m_summary->setText(tr("%n opportunity(ies)", nullptr, static_cast<int>(m_model->rowCount())));
        return;
    }
    readBoard();
}

void PipelinePage::readBoard()
{
    QList<StageColumn> board;
    if (!ErrorReporter::guard([&] { board = OpportunityRepository(m_db).board(filter()); })) return;
    m_board = board;
    m_lists.clear();
    while (QLayoutItem* item = m_columns->takeAt(0)) {
        if (QWidget* w = item->widget()) {
            w->hide();
            w->deleteLater();
        }
        delete item;
    }
    const bool money = m_db.access().can(Module::Sales, Action::Money);
    Money open;
    Money weighted;
    for (const StageColumn& c : board) {
        auto* box = new QWidget(m_boardWidget);
        auto* v = new QVBoxLayout(box);
        v->setContentsMargins(2, 0, 2, 0);
        auto* head = new QLabel(box);
        head->setObjectName(QStringLiteral("stageHeader%1").arg(c.stage.id));
        head->setWordWrap(true);
        const QString colour = c.stage.kind == StageKind::Won    ? QStringLiteral("#2e7d32")
                               : c.stage.kind == StageKind::Lost ? QStringLiteral("#8a1c1c")
                                                                 : QStringLiteral("#1e3a5f");
        QString text = QStringLiteral("<b style='color:%1'>%2</b> (%3)")
                           .arg(colour, c.stage.displayName().toHtmlEscaped())
                           .arg(c.count);
        if (c.stage.kind != StageKind::Open)
            text += QStringLiteral(" <span style='color:#777'>%1</span>")
                        .arg(tr("last %n day(s)", nullptr, kClosedDays));
        // Three lines in every column, so the cards start level.
        text += QStringLiteral("<br>") + (money ? QStringLiteral("¥") + c.total.toString() : QString());
        text +=
            QStringLiteral("<br><span style='color:#555'>%1</span>")
                .arg(money && c.stage.kind == StageKind::Open ? tr("weighted ¥%1").arg(c.weighted.toString())
                                                              : QString());
        head->setText(text);
        head->setToolTip(
            c.stage.kind == StageKind::Open
                ? tr("%1 %: the probability a new one in this stage gets").arg(c.stage.probability)
                : tr("Closed in the last %n day(s)", nullptr, kClosedDays));
        v->addWidget(head);
        auto* list = new StageCardList(c.stage.id, box);
        list->setObjectName(QStringLiteral("stageCards%1").arg(c.stage.id));
        list->setMinimumWidth(190);
        list->setStyleSheet(
            QStringLiteral("QListWidget::item { border-bottom: 1px solid #d8dde3; padding: 4px 2px; }"));
        for (const OpportunityRow& r : c.cards) {
            QStringList lines{r.title, r.customer};
            QStringList facts;
            if (money) facts.append(QStringLiteral("¥") + r.amount.toString());
            // Open: when it is expected; won or lost: when that happened.
            if (r.kind != StageKind::Open && r.stageAt.isValid())
                facts.append(closeText(r.stageAt.toLocalTime().date()));
            else if (r.expectedClose.isValid())
                facts.append(closeText(r.expectedClose));
            if (!r.owner.isEmpty()) facts.append(r.owner);
            lines.append(facts.join(QStringLiteral(" · ")));
            auto* item = new QListWidgetItem(lines.join(QLatin1Char('\n')), list);
            item->setData(StageCardList::IdRole, r.id);
            item->setData(StageCardList::VersionRole, r.version);
            item->setToolTip(r.nextStep.isEmpty() ? r.title : tr("Next step: %1").arg(r.nextStep));
            if (r.kind == StageKind::Open && r.expectedClose.isValid() &&
                r.expectedClose < QDate::currentDate())
                item->setForeground(QColor(0xb0, 0x20, 0x20));
        }
        if (c.count > c.cards.size())
            list->addItem(
                tr("… and %n more: use the list", nullptr, static_cast<int>(c.count - c.cards.size())));
        // After the drop has finished: the board is rebuilt, the column dropped on included.
        connect(
            list, &StageCardList::cardDropped, this,
            [this](qint64 id, int version, qint64 stage) {
                if (moveCard(id, version, stage))
                    QMetaObject::invokeMethod(this, &PipelinePage::refresh, Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
        connect(list, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
            if (const qint64 id = item->data(StageCardList::IdRole).toLongLong(); id > 0) openOpportunity(id);
        });
        v->addWidget(list, 1);
        m_columns->addWidget(box, 1);
        m_lists.append(list);
        if (c.stage.kind == StageKind::Open) {
            open += c.total;
            weighted += c.weighted;
        }
    }
    m_summary->setText(money ? tr("Open: ¥%1, weighted ¥%2. Drag a card to another stage to move it.")
                                   .arg(open.toString(), weighted.toString())
                             : tr("Drag a card to another stage to move it."));
    emit boardShown();
}

bool PipelinePage::moveCard(qint64 id, int version, qint64 stageId)
{
    QString reason;
    bool done = false;
    ErrorReporter::guard([&] {
        OpportunityRepository repo(m_db);
        const OpportunityStage target = repo.stage(stageId);
        if (target.kind == StageKind::Lost) {
            const QStringList reasons = repo.lostReasonChoices();
            bool ok = false;
            reason = QInputDialog::getItem(this, tr("Lost"), tr("Why was it lost?"), reasons, 0, true, &ok)
                         .trimmed();
            if (!ok || reason.isEmpty()) return;
        }
        repo.moveTo(id, version, stageId, reason);
        done = true;
    });
    return done;
}

void PipelinePage::newOpportunity(qint64 customerId)
{
    ErrorReporter::guard([&] {
        OpportunityDialog dialog(m_db, 0, this, customerId);
        if (dialog.exec() == QDialog::Accepted) refresh();
    });
}

void PipelinePage::openOpportunity(qint64 id)
{
    ErrorReporter::guard([&] {
        OpportunityDialog dialog(m_db, id, this);
        if (dialog.exec() == QDialog::Accepted) refresh();
    });
}

} // namespace shopcrm
