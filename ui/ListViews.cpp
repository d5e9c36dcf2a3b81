#include "ListViews.h"

#include "BackgroundTask.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMenu>
#include <QMessageBox>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>

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
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    QObject::connect(header, &QHeaderView::customContextMenuRequested, view, [view, header, settingsKey](const QPoint& at) {
        QMenu menu(view);
        QAbstractItemModel* model = view->model();
        int shown = 0;
        for (int c = 0; c < header->count(); ++c)
            shown += header->isSectionHidden(c) ? 0 : 1;
        for (int v = 0; v < header->count(); ++v) {
            const int c = header->logicalIndex(v);
            QAction* action = menu.addAction(model->headerData(c, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!header->isSectionHidden(c));
            action->setEnabled(header->isSectionHidden(c) || shown > 1); // one column always stays
            QObject::connect(action, &QAction::toggled, view, [view, header, c, settingsKey](bool on) {
                header->setSectionHidden(c, !on);
                saveListLayout(view, settingsKey);
            });
        }
        menu.exec(header->mapToGlobal(at));
    });
    QObject::connect(header, &QHeaderView::sectionMoved, view, [view, settingsKey] { saveListLayout(view, settingsKey); });
}

QTableWidget* makeRecordTable(const QStringList& headers, const QString& objectName, QWidget* parent)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setObjectName(objectName);
    t->setHorizontalHeaderLabels(headers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setAlternatingRowColors(true);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}

void saveListLayout(const QTableView* view, const QString& settingsKey)
{
    QSettings().setValue(settingsKey, view->horizontalHeader()->saveState());
}

namespace {

QString lastFolder()
{
    return QSettings()
        .value(QStringLiteral("export/folder"), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
        .toString();
}

void rememberFolder(const QString& path)
{
    QSettings().setValue(QStringLiteral("export/folder"), QFileInfo(path).absolutePath());
}

} // namespace

std::optional<ExportChoice> askExport(QWidget* parent, const QString& title, const QString& baseName)
{
    const QString xlsx = QCoreApplication::translate("shopcrm::ListViews", "Excel workbook (*.xlsx)");
    const QString utf8 = QCoreApplication::translate("shopcrm::ListViews", "CSV, UTF-8 (*.csv)");
    const QString gb = QCoreApplication::translate("shopcrm::ListViews", "CSV, GB18030 for older Excel (*.csv)");
    QString selected;
    QString path = QFileDialog::getSaveFileName(parent, title, QDir(lastFolder()).filePath(baseName + QStringLiteral(".xlsx")),
                                                QStringList{xlsx, utf8, gb}.join(QStringLiteral(";;")), &selected);
    if (path.isEmpty())
        return std::nullopt;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected == xlsx ? QStringLiteral(".xlsx") : QStringLiteral(".csv");
    rememberFolder(path);
    return ExportChoice{path, selected == gb ? TextEncoding::Gb18030 : TextEncoding::Utf8Bom};
}

QString askExportPath(QWidget* parent, const QString& title, const QString& baseName)
{
    const std::optional<ExportChoice> choice = askExport(parent, title, baseName);
    return choice ? choice->path : QString();
}

QList<int> shownColumns(const QTableView* view, const QList<QList<int>>& mapping)
{
    const QHeaderView* header = view->horizontalHeader();
    QList<int> columns;
    for (int v = 0; v < header->count(); ++v) {
        const int c = header->logicalIndex(v);
        if (header->isSectionHidden(c))
            continue;
        if (mapping.isEmpty())
            columns.append(c);
        else
            columns += mapping.value(c);
    }
    return columns;
}

std::optional<qint64>
exportList(QWidget* parent, Database& db, QString& path, const QString& title, const QString& baseName,
           const QString& label, const QList<int>& columns,
           const std::function<qint64(Database&, const QString& file, const ExportOptions&)>& work)
{
    ExportOptions options;
    if (path.isEmpty()) {
        const QString base = baseName.contains(QLatin1String("%1"))
                                 ? baseName.arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")))
                                 : baseName;
        const std::optional<ExportChoice> choice = askExport(parent, title, base);
        if (!choice) return std::nullopt;
        path = choice->path;
        options.csvEncoding = choice->csvEncoding;
    }
    options.columns = columns;
    const QString file = path;
    const BackgroundResult<qint64> result = runInBackground<qint64>(
        parent, db, label,
        [options, work, file](Database& own, const std::function<bool(qint64, qint64)>& progress) {
            ExportOptions watched = options;
            watched.progress = progress;
            return work(own, file, watched);
        });
    if (result.stopped)
        return std::nullopt;
    if (!result.value) {
        QMessageBox::warning(parent, QCoreApplication::translate("shopcrm::ListViews", "Export failed"), result.error);
        return std::nullopt;
    }
    return result.value;
}

QString askPdfPath(QWidget* parent, const QString& title, const QString& baseName)
{
    QString path = QFileDialog::getSaveFileName(parent, title, QDir(lastFolder()).filePath(baseName + QStringLiteral(".pdf")),
                                                QCoreApplication::translate("shopcrm::ListViews", "PDF files (*.pdf)"));
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".pdf");
    rememberFolder(path);
    return path;
}

void refreshKeepingView(QTableView* view, const std::function<void()>& refresh,
                        const std::function<qint64(int row)>& idAt, const std::function<int(qint64 id)>& rowOfId)
{
    QItemSelectionModel* selection = view->selectionModel();
    const int currentRow = view->currentIndex().isValid() ? view->currentIndex().row() : -1;
    const int currentColumn = std::max(0, view->currentIndex().column());
    const qint64 currentId = currentRow >= 0 ? idAt(currentRow) : 0;
    QList<std::pair<int, qint64>> selected;
    if (selection)
        for (const QModelIndex& index : selection->selectedRows().mid(0, 200))
            selected.append({index.row(), idAt(index.row())});
    const int scroll = view->verticalScrollBar()->value();
    const int across = view->horizontalScrollBar()->value();

    refresh();

    // A row usually stays where it was or moves by a few places; the pages near it are cached.
    auto find = [&](int was, qint64 id) {
        const int rows = view->model()->rowCount();
        for (int delta = 0; delta <= 50; ++delta)
            for (const int row : {was - delta, was + delta})
                if (row >= 0 && row < rows && idAt(row) == id)
                    return row;
        return rowOfId ? rowOfId(id) : -1;
    };
    view->verticalScrollBar()->setValue(scroll);
    view->horizontalScrollBar()->setValue(across);
    if (!selection)
        return;
    QItemSelection restored;
    for (const auto& [row, id] : std::as_const(selected)) {
        const int now = id > 0 ? find(row, id) : -1;
        if (now >= 0)
            restored.select(view->model()->index(now, 0), view->model()->index(now, view->model()->columnCount() - 1));
    }
    if (currentId > 0) {
        const int now = find(currentRow, currentId);
        if (now >= 0)
            selection->setCurrentIndex(view->model()->index(now, currentColumn), QItemSelectionModel::NoUpdate);
    }
    selection->select(restored, QItemSelectionModel::ClearAndSelect);
}

} // namespace shopcrm
