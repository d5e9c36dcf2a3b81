#pragma once

#include <QList>
#include <QString>

#include <functional>

class QTableView;
class QWidget;

namespace shopcrm {

// Sets up a table view over a large, SQL-paged model: whole-row selection, fixed row heights and
// interactive column widths (measuring contents would read every row), the saved column layout
// from QSettings under settingsKey, sorting in the model.
void setUpLargeListView(QTableView* view, const QList<int>& widths, const QString& settingsKey);
void saveListLayout(const QTableView* view, const QString& settingsKey);

// Reads a list again without losing the user's place: the selected rows and the current one are
// found again by their id (near where they were, or through rowOfId when the list moved a lot),
// and the scroll position is kept. idAt and rowOfId are the model's own; rowOfId may be empty.
void refreshKeepingView(QTableView* view, const std::function<void()>& refresh,
                        const std::function<qint64(int row)>& idAt,
                        const std::function<int(qint64 id)>& rowOfId = {});

// Asks where to export a table: .xlsx (the default) or .csv, starting in the folder used last
// time; the extension follows the chosen type when none is typed. Empty when cancelled.
QString askExportPath(QWidget* parent, const QString& title, const QString& baseName);
// Asks where to write a PDF, starting in the same folder. Empty when cancelled.
QString askPdfPath(QWidget* parent, const QString& title, const QString& baseName);

} // namespace shopcrm
