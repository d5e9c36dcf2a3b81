#include "ImportWizard.h"

#include "BackgroundTask.h"
#include "store/Database.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopcrm {

namespace {

constexpr int kPreviewRows = 20;

QString cellText(const QVariant& v)
{
    if (v.typeId() == QMetaType::QDate) return v.toDate().toString(Qt::ISODate);
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    return v.toString();
}

QTableWidgetItem* readOnly(const QString& text)
{
    auto* item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    return item;
}

QString mappingKey(const ImportTable& table)
{
    return QStringLiteral("import/mappings/") + table.layoutKey();
}

} // namespace

ImportWizard::ImportWizard(Database& db, QWidget* parent) : QWizard(parent), m_db(db)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import customers"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(FilePage, buildFilePage());
    setPage(MappingPage, buildMappingPage());
    setPage(DryRunPage, buildDryRunPage());
    setPage(ImportPage, buildImportPage());
    setButtonText(QWizard::CommitButton, tr("&Import"));
    resize(880, 620);
}

ImportWizard::~ImportWizard() = default;

QWizardPage* ImportWizard::buildFilePage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Choose the file"));
    page->setSubTitle(tr("A sheet from Excel (.xlsx) or a .csv file; the first row names the columns."));
    m_file = new QLineEdit(page);
    m_file->setObjectName(QStringLiteral("importFileLineEdit"));
    m_file->setReadOnly(true);
    auto* browse = new QPushButton(tr("&Choose…"), page);
    browse->setObjectName(QStringLiteral("chooseImportFileButton"));
    m_encoding = new QComboBox(page);
    m_encoding->setObjectName(QStringLiteral("importEncodingComboBox"));
    m_encoding->addItem(tr("Detect"), -1);
    m_encoding->addItem(tr("UTF-8"), static_cast<int>(TextEncoding::Utf8));
    m_encoding->addItem(tr("GB18030 / GBK (Chinese Excel)"), static_cast<int>(TextEncoding::Gb18030));
    m_delimiter = new QComboBox(page);
    m_delimiter->setObjectName(QStringLiteral("importDelimiterComboBox"));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_sheet = new QComboBox(page);
    m_sheet->setObjectName(QStringLiteral("importSheetComboBox"));
    m_fileInfo = new QLabel(page);
    m_fileInfo->setObjectName(QStringLiteral("importFileInfoLabel"));
    m_fileInfo->setWordWrap(true);
    m_preview = new QTableWidget(page);
    m_preview->setObjectName(QStringLiteral("importPreviewTable"));
    m_preview->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_preview->verticalHeader()->setDefaultSectionSize(m_preview->fontMetrics().height() + 8);

    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* options = new QHBoxLayout;
    for (const auto& [text, box] :
         {std::pair{tr("&Encoding"), m_encoding}, std::pair{tr("&Delimiter"), m_delimiter},
          std::pair{tr("&Sheet"), m_sheet}}) {
        auto* label = new QLabel(text, page);
        label->setBuddy(box);
        options->addWidget(label);
        options->addWidget(box);
    }
    options->addStretch(1);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(fileRow);
    layout->addLayout(options);
    layout->addWidget(m_fileInfo);
    layout->addWidget(m_preview, 1);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QSettings().value(QStringLiteral("import/folder")).toString();
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import customers"), folder, tr("Spreadsheets and contact cards (*.xlsx *.csv *.txt *.vcf);;All files (*)"));
        if (!path.isEmpty()) openFile(path);
    });
    for (QComboBox* box : {m_encoding, m_delimiter, m_sheet})
        connect(box, &QComboBox::activated, this, [this] { readFile(); });
    return page;
}

QWizardPage* ImportWizard::buildMappingPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Match the columns"));
    page->setSubTitle(
        tr("Each column of the file goes into a field of the customer, or is left out. Files with the "
           "same headers are matched the same way next time."));
    m_columns = new QTableWidget(0, 3, page);
    m_columns->setObjectName(QStringLiteral("importColumnsTable"));
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("First values"), tr("Field")});
    m_columns->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_columns->horizontalHeader()->resizeSection(0, 180);
    m_columns->horizontalHeader()->resizeSection(2, 200);
    m_columns->verticalHeader()->hide();
    m_onDuplicate = new QComboBox(page);
    m_onDuplicate->setObjectName(QStringLiteral("importOnDuplicateComboBox"));
    m_onDuplicate->addItem(tr("Skip it"), static_cast<int>(OnDuplicate::Skip));
    m_onDuplicate->addItem(tr("Update it with the file's values"), static_cast<int>(OnDuplicate::Update));
    m_onDuplicate->addItem(tr("Add the row as another customer"), static_cast<int>(OnDuplicate::Create));
    m_key = new QComboBox(page);
    m_key->setObjectName(QStringLiteral("importKeyComboBox"));
    m_key->addItem(tr("The same phone number or the same name"), static_cast<int>(DuplicateKey::PhoneOrName));
    m_key->addItem(tr("The same phone number"), static_cast<int>(DuplicateKey::Phone));
    m_key->addItem(tr("The same name"), static_cast<int>(DuplicateKey::Name));
    auto* form = new QFormLayout;
    form->addRow(tr("A customer is &already there when it has"), m_key);
    form->addRow(tr("&Then"), m_onDuplicate);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_columns, 1);
    layout->addLayout(form);
    return page;
}

QWizardPage* ImportWizard::buildDryRunPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Check before importing"));
    page->setSubTitle(tr("Nothing is written yet. This is exactly what the import will do."));
    page->setCommitPage(true);
    m_dryRunSummary = new QLabel(page);
    m_dryRunSummary->setObjectName(QStringLiteral("importDryRunSummaryLabel"));
    m_dryRunSummary->setWordWrap(true);
    m_rowFilter = new QComboBox(page);
    m_rowFilter->setObjectName(QStringLiteral("importRowFilterComboBox"));
    m_rowFilter->addItem(tr("Every row"), -1);
    m_rowFilter->addItem(tr("Errors"), static_cast<int>(ImportRow::Action::Error));
    m_rowFilter->addItem(tr("New customers"), static_cast<int>(ImportRow::Action::Create));
    m_rowFilter->addItem(tr("Updates"), static_cast<int>(ImportRow::Action::Update));
    m_rowFilter->addItem(tr("Skipped"), static_cast<int>(ImportRow::Action::Skip));
    m_rows = new QTableWidget(0, 4, page);
    m_rows->setObjectName(QStringLiteral("importRowsTable"));
    m_rows->setHorizontalHeaderLabels({tr("Row"), tr("Outcome"), tr("Customer"), tr("Why")});
    m_rows->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_rows->horizontalHeader()->resizeSection(0, 60);
    m_rows->horizontalHeader()->resizeSection(1, 90);
    m_rows->horizontalHeader()->resizeSection(2, 240);
    m_rows->verticalHeader()->hide();
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto* top = new QHBoxLayout;
    top->addWidget(m_dryRunSummary, 1);
    top->addWidget(m_rowFilter);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(top);
    layout->addWidget(m_rows, 1);
    connect(m_rowFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int wanted = m_rowFilter->currentData().toInt();
        for (int r = 0; r < m_rows->rowCount(); ++r)
            m_rows->setRowHidden(r, wanted >= 0 && m_rows->item(r, 1)->data(Qt::UserRole).toInt() != wanted);
    });
    return page;
}

QWizardPage* ImportWizard::buildImportPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Import"));
    m_result = new QLabel(page);
    m_result->setObjectName(QStringLiteral("importResultLabel"));
    m_result->setWordWrap(true);
    m_undo = new QPushButton(tr("&Undo this import"), page);
    m_undo->setObjectName(QStringLiteral("undoImportButton"));
    m_undo->setToolTip(
        tr("Removes the customers it added and puts back what it changed, except records edited since"));
    m_undo->hide();
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_result);
    layout->addWidget(m_undo, 0, Qt::AlignLeft);
    layout->addStretch(1);
    connect(m_undo, &QPushButton::clicked, this, &ImportWizard::undoImport);
    return page;
}

void ImportWizard::openFile(const QString& path)
{
    m_path = path;
    m_file->setText(QDir::toNativeSeparators(path));
    QSettings().setValue(QStringLiteral("import/folder"), QFileInfo(path).absolutePath());
    m_sheet->clear();
    m_encoding->setCurrentIndex(0);
    m_delimiter->setCurrentIndex(0);
    readFile();
}

void ImportWizard::readFile()
{
    if (m_path.isEmpty()) return;
    const bool xlsx = QFileInfo(m_path).suffix().compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0;
    std::optional<TextEncoding> encoding;
    if (m_encoding->currentData().toInt() >= 0)
        encoding = static_cast<TextEncoding>(m_encoding->currentData().toInt());
    const QString delimiter = m_delimiter->currentData().toString();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    try {
        m_table = ImportTable::fromFile(m_path, encoding, std::max(0, m_sheet->currentIndex()),
                                        delimiter.isEmpty() ? QChar() : delimiter.front());
        QApplication::restoreOverrideCursor();
    } catch (const StoreError& e) {
        QApplication::restoreOverrideCursor();
        m_table = ImportTable();
        m_fileInfo->setText(e.message());
        m_preview->clear();
        m_preview->setRowCount(0);
        m_preview->setColumnCount(0);
        return;
    }
    m_encoding->setEnabled(!xlsx);
    m_delimiter->setEnabled(!xlsx);
    m_sheet->setEnabled(xlsx && m_table.sheets.size() > 1);
    if (xlsx && m_sheet->count() != m_table.sheets.size()) {
        const QSignalBlocker block(m_sheet);
        m_sheet->clear();
        m_sheet->addItems(m_table.sheets);
    }
    m_dryRunDone = false;
    showPreview();
}

void ImportWizard::showPreview()
{
    QString how;
    if (m_table.encoding == QLatin1String("XLSX")) {
        how = tr("Excel workbook, sheet %1").arg(m_sheet->currentText());
    } else {
        const QString delimiter = m_table.delimiter == QLatin1Char(';')    ? tr("semicolons")
                                  : m_table.delimiter == QLatin1Char('\t') ? tr("tabs")
                                                                           : tr("commas");
        how = tr("Read as %1, columns split by %2").arg(m_table.encoding, delimiter);
    }
    QStringList lines{
        tr("%1: %Ln row(s) below the header.", nullptr, static_cast<int>(m_table.rows.size())).arg(how)};
    if (m_table.header.isEmpty()) lines.append(tr("The file is empty."));
    for (const QString& p : std::as_const(m_table.problems))
        lines.append(p);
    if (!m_table.fileErrors.isEmpty())
        lines.append(tr("%Ln row(s) cannot be read as they are; the check lists them.", nullptr,
                        static_cast<int>(m_table.fileErrors.size())));
    m_fileInfo->setText(lines.join(QLatin1Char('\n')));
    const int shown = static_cast<int>(std::min<qsizetype>(kPreviewRows, m_table.rows.size()));
    m_preview->clear();
    m_preview->setColumnCount(static_cast<int>(m_table.header.size()));
    m_preview->setRowCount(shown);
    m_preview->setHorizontalHeaderLabels(m_table.header);
    QStringList rowLabels;
    for (int r = 0; r < shown; ++r) {
        rowLabels.append(QString::number(m_table.rowNumbers.value(r)));
        const QVariantList& row = m_table.rows.at(r);
        for (int c = 0; c < m_table.header.size(); ++c)
            m_preview->setItem(r, c, readOnly(cellText(row.value(c))));
    }
    m_preview->setVerticalHeaderLabels(rowLabels);
}

void ImportWizard::showMapping()
{
    // The mapping used last time for files with these headers, else the one the headers suggest.
    QHash<int, ImportField> mapping = CustomerImport::mappingFor(m_table);
    const QStringList remembered = QSettings().value(mappingKey(m_table)).toStringList();
    if (remembered.size() == m_table.header.size()) {
        mapping.clear();
        for (int c = 0; c < remembered.size(); ++c)
            if (const std::optional<ImportField> f = CustomerImport::fieldFromCode(remembered.at(c)))
                mapping.insert(c, *f);
    }
    m_columns->setRowCount(static_cast<int>(m_table.header.size()));
    for (int c = 0; c < m_table.header.size(); ++c) {
        m_columns->setItem(c, 0, readOnly(m_table.header.at(c)));
        QStringList samples;
        for (int r = 0; r < m_table.rows.size() && samples.size() < 3; ++r) {
            const QString text = cellText(m_table.rows.at(r).value(c)).simplified();
            if (!text.isEmpty()) samples.append(text);
        }
        m_columns->setItem(c, 1, readOnly(samples.join(QStringLiteral(" · "))));
        auto* field = new QComboBox(m_columns);
        field->setObjectName(QStringLiteral("importFieldComboBox%1").arg(c));
        field->addItem(tr("— leave out —"), QString());
        for (const ImportField f : CustomerImport::fields())
            field->addItem(CustomerImport::fieldName(f), CustomerImport::fieldCode(f));
        if (mapping.contains(c))
            field->setCurrentIndex(field->findData(CustomerImport::fieldCode(mapping.value(c))));
        connect(field, &QComboBox::currentIndexChanged, this, [this] { m_dryRunDone = false; });
        m_columns->setCellWidget(c, 2, field);
    }
}

QHash<int, ImportField> ImportWizard::mapping() const
{
    QHash<int, ImportField> result;
    for (int c = 0; c < m_columns->rowCount(); ++c)
        if (auto* box = qobject_cast<QComboBox*>(m_columns->cellWidget(c, 2)))
            if (const std::optional<ImportField> f =
                    CustomerImport::fieldFromCode(box->currentData().toString()))
                result.insert(c, *f);
    return result;
}

void ImportWizard::rememberMapping() const
{
    QStringList codes;
    for (int c = 0; c < m_columns->rowCount(); ++c) {
        auto* box = qobject_cast<QComboBox*>(m_columns->cellWidget(c, 2));
        codes.append(box ? box->currentData().toString() : QString());
    }
    QSettings().setValue(mappingKey(m_table), codes);
}

bool ImportWizard::validateCurrentPage()
{
    switch (currentId()) {
    case FilePage:
        if (m_table.header.isEmpty()) {
            QMessageBox::information(this, tr("Import customers"),
                                     m_path.isEmpty() ? tr("Choose a file first.")
                                                      : tr("This file has no rows to import."));
            return false;
        }
        return true;
    case MappingPage: {
        const QHash<int, ImportField> m = mapping();
        if (std::find(m.cbegin(), m.cend(), ImportField::Name) == m.cend()) {
            QMessageBox::information(this, tr("Import customers"),
                                     tr("Choose the column that holds the customer's name."));
            return false;
        }
        QSet<ImportField> seen;
        for (const ImportField f : m) {
            if (seen.contains(f)) {
                QMessageBox::information(
                    this, tr("Import customers"),
                    tr("Two columns go into %1; choose one.").arg(CustomerImport::fieldName(f)));
                return false;
            }
            seen.insert(f);
        }
        rememberMapping();
        return true;
    }
    case DryRunPage:
        if (!m_dryRunDone) return false;
        if (m_plan.errors > 0) {
            QMessageBox::information(this, tr("Import customers"),
                                     tr("%Ln row(s) have errors. Correct them in the file and open it again: "
                                        "nothing is imported while any row is wrong.",
                                        nullptr, m_plan.errors));
            return false;
        }
        if (m_plan.creates + m_plan.updates == 0) {
            QMessageBox::information(this, tr("Import customers"), tr("There is nothing to add or change."));
            return false;
        }
        runImport();
        return m_importId > 0;
    default:
        return true;
    }
}

void ImportWizard::initializePage(int id)
{
    if (id == MappingPage)
        showMapping();
    else if (id == DryRunPage)
        runDryRun();
}

void ImportWizard::runDryRun()
{
    m_dryRunDone = false;
    m_rows->setRowCount(0);
    const ImportTable table = m_table;
    const QHash<int, ImportField> map = mapping();
    const auto onDuplicate = static_cast<OnDuplicate>(m_onDuplicate->currentData().toInt());
    const auto key = static_cast<DuplicateKey>(m_key->currentData().toInt());
    const BackgroundResult<ImportPlan> result = runInBackground<ImportPlan>(
        this, m_db, tr("Checking every row…"),
        [table, map, onDuplicate, key](Database& db, const std::function<bool(qint64, qint64)>&) {
            return CustomerImport::plan(db, table, map, onDuplicate, key);
        });
    if (!result.value) {
        m_dryRunSummary->setText(result.error.isEmpty() ? tr("The check was stopped.") : result.error);
        return;
    }
    m_plan = *result.value;
    m_dryRunDone = true;
    m_dryRunSummary->setText(tr("%1 new, %2 updated, %3 skipped, %4 with errors.")
                                 .arg(m_plan.creates)
                                 .arg(m_plan.updates)
                                 .arg(m_plan.skips)
                                 .arg(m_plan.errors));
    m_dryRunSummary->setStyleSheet(m_plan.errors > 0 ? QStringLiteral("color:#b00020; font-weight:bold")
                                                     : QString());
    // Errors first, so they are seen; every row after them in file order.
    QList<const ImportRow*> rows;
    for (const ImportRow& r : std::as_const(m_plan.rows))
        if (r.action == ImportRow::Action::Error) rows.append(&r);
    for (const ImportRow& r : std::as_const(m_plan.rows))
        if (r.action != ImportRow::Action::Error) rows.append(&r);
    m_rows->setRowCount(static_cast<int>(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const ImportRow& r = *rows.at(i);
        QString outcome;
        switch (r.action) {
        case ImportRow::Action::Create:
            outcome = tr("new");
            break;
        case ImportRow::Action::Update:
            outcome = tr("update");
            break;
        case ImportRow::Action::Skip:
            outcome = tr("skip");
            break;
        case ImportRow::Action::Error:
            outcome = tr("error");
            break;
        }
        m_rows->setItem(i, 0, readOnly(QString::number(r.row)));
        QTableWidgetItem* what = readOnly(outcome);
        what->setData(Qt::UserRole, static_cast<int>(r.action));
        if (r.action == ImportRow::Action::Error) what->setForeground(QColor(0xb0, 0x00, 0x20));
        m_rows->setItem(i, 1, what);
        m_rows->setItem(i, 2, readOnly(r.customer.name));
        m_rows->setItem(i, 3, readOnly(r.message));
    }
    m_rowFilter->setCurrentIndex(m_plan.errors > 0 ? 1 : 0);
}

void ImportWizard::runImport()
{
    const ImportTable table = m_table;
    const ImportPlan plan = m_plan;
    const BackgroundResult<qint64> result = runInBackground<qint64>(
        this, m_db, tr("Importing %Ln customer(s)…", nullptr, m_plan.creates + m_plan.updates),
        [table, plan](Database& db, const std::function<bool(qint64, qint64)>& progress) {
            return CustomerImport::run(db, table, plan,
                                       [&](int done, int all) { return progress(done, all); });
        });
    if (!result.value) {
        QMessageBox::warning(this, tr("Import customers"),
                             result.stopped ? tr("The import was stopped; nothing was imported.")
                                            : result.error);
        return;
    }
    m_importId = *result.value;
    m_result->setText(tr("Imported: %1 new customers, %2 updated, %3 skipped. The import is number %4 under "
                         "Customers ▸ More ▸ Imports and undo.")
                          .arg(m_plan.creates)
                          .arg(m_plan.updates)
                          .arg(m_plan.skips)
                          .arg(m_importId));
    m_undo->show();
}

void ImportWizard::undoImport()
{
    if (QMessageBox::question(this, tr("Undo this import"),
                              tr("Remove the %Ln customer(s) this import added and put back what it changed?",
                                 nullptr, m_plan.creates)) != QMessageBox::Yes)
        return;
    try {
        const RevertResult r = CustomerImport::revert(m_db, m_importId);
        QString text = tr("Undone: %1 customers removed, %2 restored.").arg(r.removed).arg(r.restored);
        if (!r.kept.isEmpty())
            text += QLatin1Char('\n') + tr("Kept, because they were changed since:") + QLatin1Char('\n') +
                    r.kept.join(QLatin1Char('\n'));
        m_result->setText(text);
        m_undo->hide();
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Undo this import"), e.message());
    }
}

} // namespace shopcrm
