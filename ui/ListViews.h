#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include "services/TableExport.h"

#include <functional>
#include <optional>

class QTableView;
class QTableWidget;
class QWidget;

namespace shopcrm {

class Database;

// Sets up a table view over a large, SQL-paged model: whole-row selection, fixed row heights and
// interactive column widths (measuring contents would read every row), the saved column layout
// from QSettings under settingsKey, sorting in the model. Columns can be moved, and hidden or
// shown again from the header's context menu.
void setUpLargeListView(QTableView* view, const QList<int>& widths, const QString& settingsKey);
void saveListLayout(const QTableView* view, const QString& settingsKey);

// Reads a list again without losing the user's place: the selected rows and the current one are
// found again by their id (near where they were, or through rowOfId when the list moved a lot),
// and the scroll position is kept. idAt and rowOfId are the model's own; rowOfId may be empty.
void refreshKeepingView(QTableView* view, const std::function<void()>& refresh,
                        const std::function<qint64(int row)>& idAt,
                        const std::function<int(qint64 id)>& rowOfId = {});

// A small table of records (a catalog, a list in a dialog): whole rows selected one at a time,
// not editable in place, alternating colours, the last column stretched.
QTableWidget* makeRecordTable(const QStringList& headers, const QString& objectName, QWidget* parent);

// Asks where to export a table: .xlsx (the default), .csv in UTF-8, or .csv in GB18030 for older
// Excel, starting in the folder used last time; the extension follows the chosen type when none is
// typed. Empty when cancelled.
struct ExportChoice
{
    QString path;
    TextEncoding csvEncoding = TextEncoding::Utf8Bom;
};
std::optional<ExportChoice> askExport(QWidget* parent, const QString& title, const QString& baseName);
QString askExportPath(QWidget* parent, const QString& title, const QString& baseName);
// The columns a list shows, as the user arranged them: logical indices in visual order, hidden
// ones left out. mapping, when given, turns each list column into the export's columns.
QList<int> shownColumns(const QTableView* view, const QList<QList<int>>& mapping = {});
// A list's Export…: asks where to write (unless path is given; it is set to the file chosen;
// "%1" in baseName becomes today's date), then runs work on a connection of its own in another
// thread, with a progress dialog whose Stop leaves no file behind. columns: the list's shown
// columns, or empty for all. Returns the rows written, or nothing when it was cancelled, failed
// (the message was shown) or was stopped.
std::optional<qint64>
exportList(QWidget* parent, Database& db, QString& path, const QString& title, const QString& baseName,
           const QString& label, const QList<int>& columns,
           const std::function<qint64(Database&, const QString& file, const ExportOptions&)>& work);
// Asks where to write a PDF, starting in the same folder. Empty when cancelled.
QString askPdfPath(QWidget* parent, const QString& title, const QString& baseName);

} // namespace shopcrm
