#pragma once

#include "PagedListModel.h"
#include "store/OpportunityRepository.h"
#include "store/QuoteRepository.h"

#include <QListWidget>
#include <QWidget>

class QComboBox;
class QMimeData;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace shopcrm {

class Database;
class SalesAnalysisView;

// The opportunities as a list, paged like the other large lists.
class OpportunityListModel final
    : public PagedListModel<OpportunityRepository, OpportunityRow, OpportunityFilter>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpportunityListModel)
public:
    enum Column
    {
        CloseColumn,
        CustomerColumn,
        TitleColumn,
        StageColumn,
        AmountColumn,
        ProbabilityColumn,
        WeightedColumn,
        OwnerColumn,
        SourceColumn,
        NextStepColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };
    explicit OpportunityListModel(Database& db, QObject* parent = nullptr);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

// The quotes as a list, newest first, one line per quote (its latest revision).
class QuoteListModel final : public PagedListModel<QuoteRepository, QuoteRow, QuoteFilter>
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(QuoteListModel)
public:
    enum Column
    {
        NumberColumn,
        DateColumn,
        CustomerColumn,
        TitleColumn,
        TotalColumn,
        ValidColumn,
        StateColumn,
        OrderColumn,
        ByColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1
    };
    explicit QuoteListModel(Database& db, QObject* parent = nullptr);
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
};

// One column of the board: its cards, which can be dragged to another column.
class StageCardList final : public QListWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StageCardList)
public:
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        VersionRole
    };
    StageCardList(qint64 stageId, QWidget* parent = nullptr);
    qint64 stageId() const { return m_stageId; }
    // What a drop of this card data does: a card from another column asks to move here.
    bool dropCard(const QMimeData* data);

signals:
    // A card from another column was dropped here.
    void cardDropped(qint64 id, int version, qint64 stageId);

protected:
    QStringList mimeTypes() const override;
    QMimeData* mimeData(const QList<QListWidgetItem*>& items) const override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragMoveEvent(QDragMoveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    qint64 m_stageId;
};

// The sales pipeline: a board with a column per stage (count, total and weighted total on top;
// drag a card to move it, a lost one asks why) or a list with the same filters, the quotes, and
// the sales analysis (whose bars list the opportunities behind them here).
// Enter or a double click opens an opportunity or quote; Ctrl+N records a new one. Won and lost
// show those closed in the last 30 days.
class PipelinePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PipelinePage)
public:
    explicit PipelinePage(Database& db, QWidget* parent = nullptr);
    enum Mode
    {
        BoardMode,
        ListMode,
        QuotesMode,
        AnalysisMode
    };
    OpportunityListModel* model() const { return m_model; }
    QuoteListModel* quotesModel() const { return m_quotes; }
    QTableView* quotesView() const { return m_quotesView; }
    QTableView* view() const { return m_view; }
    StageCardList* column(qint64 stageId) const;
    const QList<StageColumn>& board() const { return m_board; }
    SalesAnalysisView* analysisView() const { return m_analysis; }
    // What the list shows beyond its usual filters ("won in 2026-11"); empty when nothing.
    QString shownText() const;

public slots:
    void refresh();
    void newOpportunity(qint64 customerId = 0);
    void openOpportunity(qint64 id);
    void newQuote(qint64 customerId = 0, qint64 opportunityId = 0);
    void openQuote(qint64 id);
    // Board, list, quotes or the analysis.
    void showMode(int mode);
    // The list of just these (the analysis' click-through), until "Show all" or another view.
    void showOpportunities(const shopcrm::OpportunityFilter& filter, const QString& what);
    // Moves a card as a drop on a column does (asks for the reason when the stage is lost).
    bool moveCard(qint64 id, int version, qint64 stageId);

signals:
    void boardShown();

protected:
    void showEvent(QShowEvent* event) override;

private:
    OpportunityFilter filter() const;
    void readBoard();

    Database& m_db;
    QStackedWidget* m_stack = nullptr;
    QComboBox* m_mode = nullptr;
    QComboBox* m_owner = nullptr;
    QLineEdit* m_search = nullptr;
    QLabel* m_summary = nullptr;
    QWidget* m_boardWidget = nullptr;
    QHBoxLayout* m_columns = nullptr;
    QList<StageColumn> m_board;
    QList<StageCardList*> m_lists;
    OpportunityListModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    QComboBox* m_quoteState = nullptr;
    QuoteListModel* m_quotes = nullptr;
    QTableView* m_quotesView = nullptr;
    SalesAnalysisView* m_analysis = nullptr;
    std::optional<OpportunityFilter> m_shown;
    QWidget* m_shownBar = nullptr;
    QLabel* m_shownLabel = nullptr;
};

} // namespace shopcrm
