#include "ListViews.h"

#include <QHeaderView>
#include <QSettings>
#include <QTableView>

namespace shopcrm {

void setUpLargeListView(QTableView* view, const QList<int>& widths, const QString& settingsKey)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    QHeaderView* header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    for (int c = 0; c < widths.size(); ++c)
        header->resizeSection(c, widths.at(c));
    const QByteArray saved = QSettings().value(settingsKey).toByteArray();
    if (!saved.isEmpty())
        header->restoreState(saved);
    view->setSortingEnabled(true);
}

void saveListLayout(const QTableView* view, const QString& settingsKey)
{
    QSettings().setValue(settingsKey, view->horizontalHeader()->saveState());
}

} // namespace shopcrm
