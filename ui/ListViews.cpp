#include "ListViews.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QSettings>
#include <QStandardPaths>
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

QString askExportPath(QWidget* parent, const QString& title, const QString& baseName)
{
    QString selected;
    QString path = QFileDialog::getSaveFileName(parent, title, QDir(lastFolder()).filePath(baseName + QStringLiteral(".xlsx")),
                                                QCoreApplication::translate("shopcrm::ListViews",
                                                                            "Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv)"),
                                                &selected);
    if (path.isEmpty())
        return {};
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains(QLatin1String("csv")) ? QStringLiteral(".csv") : QStringLiteral(".xlsx");
    rememberFolder(path);
    return path;
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

} // namespace shopcrm
