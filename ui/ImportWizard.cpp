#include "ImportWizard.h"

#include "BackgroundTask.h"
#include "store/Database.h"

#include <QApplication>

#include <algorithm>
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
    m_kind = new QComboBox(page);
    m_kind->setObjectName(QStringLiteral("importKindComboBox"));
    m_kind->addItem(tr("Customers, from a list or contact cards"), static_cast<int>(Kind::Customers));
    m_kind->addItem(tr("Products, from a price list"), static_cast<int>(Kind::Products));
    m_kind->addItem(tr("Order history, a row an order line"), static_cast<int>(Kind::Orders));
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

    auto* kindRow = new QHBoxLayout;
    auto* kindLabel = new QLabel(tr("&What to import"), page);
    kindLabel->setBuddy(m_kind);
    kindRow->addWidget(kindLabel);
    kindRow->addWidget(m_kind);
    kindRow->addStretch(1);
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
    layout->addLayout(kindRow);
    layout->addLayout(fileRow);
    layout->addLayout(options);
    layout->addWidget(m_fileInfo);
    layout->addWidget(m_preview, 1);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QSettings().value(QStringLiteral("import/folder")).toString();
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Import customers"), folder,
            tr("Spreadsheets and contact cards (*.xlsx *.csv *.txt *.vcf);;All files (*)"));
        if (!path.isEmpty()) openFile(path);
    });
    for (QComboBox* box : {m_encoding, m_delimiter, m_sheet})
        connect(box, &QComboBox::activated, this, [this] { readFile(); });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        m_dryRunDone = false;
        setWindowTitle(kind() == Kind::Products ? tr("Import products")
                       : kind() == Kind::Orders ? tr("Import order history")
                                                : tr("Import customers"));
    });
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
    m_duplicateBox = new QWidget(page);
    auto* form = new QFormLayout(m_duplicateBox);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("A customer is &already there when it has"), m_key);
    form->addRow(tr("&Then"), m_onDuplicate);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_columns, 1);
    layout->addWidget(m_duplicateBox);
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
        for (int c = 0; c < m_table.header.size(); ++c)
            m_preview->setItem(r, c, readOnly(m_table.text(r, c)));
    }
    m_preview->setVerticalHeaderLabels(rowLabels);
}

ImportWizard::Kind ImportWizard::kind() const
{
    return static_cast<Kind>(m_kind->currentData().toInt());
}

void ImportWizard::setKind(Kind kind)
{
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(kind)));
}

QList<std::pair<QString, QString>> ImportWizard::fieldChoices() const
{
    QList<std::pair<QString, QString>> choices;
    switch (kind()) {
    case Kind::Customers:
        for (const ImportField f : CustomerImport::fields())
            choices.append({CustomerImport::fieldCode(f), CustomerImport::fieldName(f)});
        break;
    case Kind::Products:
        for (const ProductField f : ProductImport::fields())
            choices.append({ProductImport::fieldCode(f), ProductImport::fieldName(f)});
        break;
    case Kind::Orders:
        for (const OrderField f : OrderImport::fields())
            choices.append({OrderImport::fieldCode(f), OrderImport::fieldName(f)});
        break;
    }
    return choices;
}

QHash<int, QString> ImportWizard::suggestedFields() const
{
    QHash<int, QString> codes;
    switch (kind()) {
    case Kind::Customers: {
        const QHash<int, ImportField> m = CustomerImport::mappingFor(m_table);
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            codes.insert(it.key(), CustomerImport::fieldCode(it.value()));
        break;
    }
    case Kind::Products: {
        const QHash<int, ProductField> m = ProductImport::guessMapping(m_table.header);
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            codes.insert(it.key(), ProductImport::fieldCode(it.value()));
        break;
    }
    case Kind::Orders: {
        const QHash<int, OrderField> m = OrderImport::guessMapping(m_table.header);
        for (auto it = m.cbegin(); it != m.cend(); ++it)
            codes.insert(it.key(), OrderImport::fieldCode(it.value()));
        break;
    }
    }
    return codes;
}

void ImportWizard::showMapping()
{
    // The mapping used last time for files with these headers, else the one the headers suggest.
    QHash<int, QString> mapping = suggestedFields();
    const QStringList remembered =
        QSettings().value(mappingKey(m_table) + QString::number(static_cast<int>(kind()))).toStringList();
    if (remembered.size() == m_table.header.size()) {
        mapping.clear();
        for (int c = 0; c < remembered.size(); ++c)
            if (!remembered.at(c).isEmpty()) mapping.insert(c, remembered.at(c));
    }
    m_key->setVisible(kind() == Kind::Customers);
    if (auto* form = qobject_cast<QFormLayout*>(m_duplicateBox->layout()))
        if (QWidget* label = form->labelForField(m_key)) label->setVisible(kind() == Kind::Customers);
    m_duplicateBox->setVisible(kind() != Kind::Orders);
    const QList<std::pair<QString, QString>> choices = fieldChoices();
    m_columns->setRowCount(static_cast<int>(m_table.header.size()));
    for (int c = 0; c < m_table.header.size(); ++c) {
        m_columns->setItem(c, 0, readOnly(m_table.header.at(c)));
        QStringList samples;
        for (int r = 0; r < m_table.rows.size() && samples.size() < 3; ++r) {
            const QString text = m_table.text(r, c).simplified();
            if (!text.isEmpty()) samples.append(text);
        }
        m_columns->setItem(c, 1, readOnly(samples.join(QStringLiteral(" · "))));
        auto* field = new QComboBox(m_columns);
        field->setObjectName(QStringLiteral("importFieldComboBox%1").arg(c));
        field->addItem(tr("— leave out —"), QString());
        for (const auto& [code, name] : choices)
            field->addItem(name, code);
        if (mapping.contains(c)) field->setCurrentIndex(std::max(0, field->findData(mapping.value(c))));
        connect(field, &QComboBox::currentIndexChanged, this, [this] { m_dryRunDone = false; });
        m_columns->setCellWidget(c, 2, field);
    }
}

QHash<int, QString> ImportWizard::chosenFields() const
{
    QHash<int, QString> result;
    for (int c = 0; c < m_columns->rowCount(); ++c)
        if (auto* box = qobject_cast<QComboBox*>(m_columns->cellWidget(c, 2)))
            if (!box->currentData().toString().isEmpty()) result.insert(c, box->currentData().toString());
    return result;
}

template <typename Field>
QHash<int, Field>
ImportWizard::typedMapping(const std::function<std::optional<Field>(const QString&)>& fromCode) const
{
    QHash<int, Field> result;
    const QHash<int, QString> chosen = chosenFields();
    for (auto it = chosen.cbegin(); it != chosen.cend(); ++it)
        if (const std::optional<Field> f = fromCode(it.value())) result.insert(it.key(), *f);
    return result;
}

void ImportWizard::rememberMapping() const
{
    QStringList codes;
    const QHash<int, QString> chosen = chosenFields();
    for (int c = 0; c < m_columns->rowCount(); ++c)
        codes.append(chosen.value(c));
    QSettings().setValue(mappingKey(m_table) + QString::number(static_cast<int>(kind())), codes);
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
        const QHash<int, QString> chosen = chosenFields();
        QStringList required;
        switch (kind()) {
        case Kind::Customers:
            required = {CustomerImport::fieldCode(ImportField::Name)};
            break;
        case Kind::Products:
            required = {ProductImport::fieldCode(ProductField::Name)};
            break;
        case Kind::Orders:
            required = {OrderImport::fieldCode(OrderField::Customer),
                        OrderImport::fieldCode(OrderField::Date),
                        OrderImport::fieldCode(OrderField::Product)};
            break;
        }
        QHash<QString, QString> names;
        for (const auto& [code, name] : fieldChoices())
            names.insert(code, name);
        for (const QString& code : std::as_const(required))
            if (std::find(chosen.cbegin(), chosen.cend(), code) == chosen.cend()) {
                QMessageBox::information(this, windowTitle(),
                                         tr("Choose the column that holds %1.").arg(names.value(code)));
                return false;
            }
        QSet<QString> seen;
        for (const QString& code : chosen) {
            if (seen.contains(code)) {
                QMessageBox::information(this, windowTitle(),
                                         tr("Two columns go into %1; choose one.").arg(names.value(code)));
                return false;
            }
            seen.insert(code);
        }
        rememberMapping();
        return true;
    }
    case DryRunPage:
        if (!m_dryRunDone) return false;
        if (m_counts.errors > 0) {
            QMessageBox::information(this, windowTitle(),
                                     tr("%Ln row(s) have errors. Correct them in the file and open it again: "
                                        "nothing is imported while any row is wrong.",
                                        nullptr, m_counts.errors));
            return false;
        }
        if (m_counts.creates + m_counts.updates == 0) {
            QMessageBox::information(this, windowTitle(), tr("There is nothing to add or change."));
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
    const auto onDuplicate = static_cast<OnDuplicate>(m_onDuplicate->currentData().toInt());
    const auto key = static_cast<DuplicateKey>(m_key->currentData().toInt());
    struct Shown
    {
        int row;
        ImportRow::Action action;
        QString label;
        QString message;
    };
    QList<Shown> shown;
    QString error;
    bool stopped = false;
    auto finish = [&](const auto& result) {
        stopped = result.stopped;
        error = result.error;
        return result.value.has_value();
    };
    bool ok = false;
    switch (kind()) {
    case Kind::Customers: {
        const QHash<int, ImportField> map = typedMapping<ImportField>(&CustomerImport::fieldFromCode);
        const auto result = runInBackground<ImportPlan>(
            this, m_db, tr("Checking every row…"), [table, map, onDuplicate, key](Database& db, const auto&) {
                return CustomerImport::plan(db, table, map, onDuplicate, key);
            });
        if ((ok = finish(result))) {
            m_plan = *result.value;
            m_counts = {m_plan.creates, m_plan.updates, m_plan.skips, m_plan.errors};
            for (const ImportRow& r : std::as_const(m_plan.rows))
                shown.append({r.row, r.action, r.customer.name, r.message});
        }
        break;
    }
    case Kind::Products: {
        const QHash<int, ProductField> map = typedMapping<ProductField>(&ProductImport::fieldFromCode);
        const auto result = runInBackground<ProductImportPlan>(
            this, m_db, tr("Checking every row…"), [table, map, onDuplicate](Database& db, const auto&) {
                return ProductImport::plan(db, table, map, onDuplicate);
            });
        if ((ok = finish(result))) {
            m_productPlan = *result.value;
            m_counts = {m_productPlan.creates, m_productPlan.updates, m_productPlan.skips,
                        m_productPlan.errors};
            for (const ProductImportRow& r : std::as_const(m_productPlan.rows))
                shown.append({r.row, r.action, r.product.name, r.message});
        }
        break;
    }
    case Kind::Orders: {
        const QHash<int, OrderField> map = typedMapping<OrderField>(&OrderImport::fieldFromCode);
        const auto result = runInBackground<OrderImportPlan>(
            this, m_db, tr("Checking every order…"),
            [table, map](Database& db, const auto&) { return OrderImport::plan(db, table, map); });
        if ((ok = finish(result))) {
            m_orderPlan = *result.value;
            m_counts = {m_orderPlan.creates, 0, m_orderPlan.skips, m_orderPlan.errors};
            for (const OrderImportItem& r : std::as_const(m_orderPlan.orders))
                shown.append(
                    {r.row, r.action,
                     r.order.number.isEmpty() ? r.customer : tr("%1 · %2").arg(r.order.number, r.customer),
                     r.action == ImportRow::Action::Create
                         ? tr("%1, paid %2%3")
                               .arg(r.order.total().toString(), r.paid.toString(),
                                    r.newCustomer ? tr("; a new customer") : QString())
                         : r.message});
        }
        break;
    }
    }
    if (!ok) {
        m_dryRunSummary->setText(stopped ? tr("The check was stopped.") : error);
        return;
    }
    m_dryRunDone = true;
    QString summary = tr("%1 new, %2 updated, %3 skipped, %4 with errors.")
                          .arg(m_counts.creates)
                          .arg(m_counts.updates)
                          .arg(m_counts.skips)
                          .arg(m_counts.errors);
    if (kind() == Kind::Orders && m_counts.errors == 0)
        summary += QLatin1Char(' ') + tr("Orders worth %1, %2 of it paid; %Ln new customer(s).", nullptr,
                                         m_orderPlan.newCustomers)
                                          .arg(m_orderPlan.total.toString(), m_orderPlan.paid.toString());
    m_dryRunSummary->setText(summary);
    m_dryRunSummary->setStyleSheet(m_counts.errors > 0 ? QStringLiteral("color:#b00020; font-weight:bold")
                                                       : QString());
    // Errors first, so they are seen; every row after them in file order.
    std::stable_partition(shown.begin(), shown.end(),
                          [](const Shown& r) { return r.action == ImportRow::Action::Error; });
    m_rows->setRowCount(static_cast<int>(shown.size()));
    for (int i = 0; i < shown.size(); ++i) {
        const Shown& r = shown.at(i);
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
        m_rows->setItem(i, 2, readOnly(r.label));
        m_rows->setItem(i, 3, readOnly(r.message));
    }
    m_rows->horizontalHeaderItem(2)->setText(kind() == Kind::Products ? tr("Product")
                                             : kind() == Kind::Orders ? tr("Order")
                                                                      : tr("Customer"));
    m_rowFilter->setCurrentIndex(m_counts.errors > 0 ? 1 : 0);
}

void ImportWizard::runImport()
{
    const ImportTable table = m_table;
    const QString label = tr("Importing %Ln record(s)…", nullptr, m_counts.creates + m_counts.updates);
    BackgroundResult<qint64> result;
    switch (kind()) {
    case Kind::Customers: {
        const ImportPlan plan = m_plan;
        result =
            runInBackground<qint64>(this, m_db, label, [table, plan](Database& db, const auto& progress) {
                return CustomerImport::run(db, table, plan,
                                           [&](int done, int all) { return progress(done, all); });
            });
        break;
    }
    case Kind::Products: {
        const ProductImportPlan plan = m_productPlan;
        result =
            runInBackground<qint64>(this, m_db, label, [table, plan](Database& db, const auto& progress) {
                return ProductImport::run(db, table, plan,
                                          [&](int done, int all) { return progress(done, all); });
            });
        break;
    }
    case Kind::Orders: {
        const OrderImportPlan plan = m_orderPlan;
        result =
            runInBackground<qint64>(this, m_db, label, [table, plan](Database& db, const auto& progress) {
                return OrderImport::run(db, table, plan,
                                        [&](int done, int all) { return progress(done, all); });
            });
        break;
    }
    }
    if (!result.value) {
        QMessageBox::warning(this, windowTitle(),
                             result.stopped ? tr("The import was stopped; nothing was imported.")
                                            : result.error);
        return;
    }
    m_importId = *result.value;
    m_result->setText(tr("Imported: %1 new, %2 updated, %3 skipped. The import is number %4 under "
                         "Customers ▸ More ▸ Imports and undo.")
                          .arg(m_counts.creates)
                          .arg(m_counts.updates)
                          .arg(m_counts.skips)
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
        QString text = tr("Undone: %1 records removed, %2 restored.").arg(r.removed).arg(r.restored);
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
