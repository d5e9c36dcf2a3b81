#pragma once

#include <QList>
#include <QString>

class QTableView;

namespace shopcrm {

// Sets up a table view over a large, SQL-paged model: whole-row selection, fixed row heights and
// interactive column widths (measuring contents would read every row), the saved column layout
// from QSettings under settingsKey, sorting in the model.
void setUpLargeListView(QTableView* view, const QList<int>& widths, const QString& settingsKey);
void saveListLayout(const QTableView* view, const QString& settingsKey);

} // namespace shopcrm
