#include "DocumentPrintDialog.h"

#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPageLayout>
#include <QPdfWriter>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPrinterInfo>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace shopcrm {

namespace {
const QString kPdfChoice = QStringLiteral("\x01pdf");
} // namespace

DocumentPrintDialog::DocumentPrintDialog(Database& db, OutgoingDocument document, QWidget* parent)
    : QDialog(parent), m_db(db), m_outgoing(std::move(document))
{
    setObjectName(QStringLiteral("documentPrintDialog"));
    setWindowTitle(tr("Print %1 %2").arg(m_outgoing.document.title, m_outgoing.document.number));
    m_template = DocumentTemplate::load(db, m_outgoing.raw.kind);
    buildUi();
    loadTemplateEditor();
    refresh();
}

void DocumentPrintDialog::buildUi()
{
    resize(1200, 820);
    const QString kind = m_outgoing.raw.kind;
    QSettings settings;
    m_printer = new QComboBox(this);
    m_printer->setObjectName(QStringLiteral("printerComboBox"));
    for (const QString& name : QPrinterInfo::availablePrinterNames())
        m_printer->addItem(name, name);
    m_printer->addItem(tr("PDF file"), kPdfChoice);
    const QString remembered = settings.value(QStringLiteral("printing/%1/printer").arg(kind),
                                              QPrinterInfo::defaultPrinterName()).toString();
    m_printer->setCurrentIndex(std::max(0, m_printer->findData(remembered)));
    m_form = new QComboBox(this);
    m_form->setObjectName(QStringLiteral("formComboBox"));
    for (const PageFormat& f : PageFormat::all())
        m_form->addItem(f.name(), f.code);
    m_form->setCurrentIndex(std::max(0, m_form->findData(settings.value(QStringLiteral("printing/%1/form").arg(kind),
                                                                        QStringLiteral("a4")))));
    m_copies = new QSpinBox(this);
    m_copies->setObjectName(QStringLiteral("copiesSpinBox"));
    m_copies->setRange(1, 20);
    m_copies->setValue(settings.value(QStringLiteral("printing/%1/copies").arg(kind), 1).toInt());
    m_copies->setToolTip(tr("On A4 or A5 with several copies, each copy carries the next ply label."));
    m_offsetX = new QDoubleSpinBox(this);
    m_offsetY = new QDoubleSpinBox(this);
    for (QDoubleSpinBox* box : {m_offsetX, m_offsetY}) {
        box->setRange(-30, 30);
        box->setDecimals(1);
        box->setSingleStep(0.5);
        box->setSuffix(tr(" mm"));
    }
    m_offsetX->setObjectName(QStringLiteral("offsetXSpinBox"));
    m_offsetY->setObjectName(QStringLiteral("offsetYSpinBox"));
    auto* grid = new QPushButton(tr("Print test &grid"), this);
    grid->setObjectName(QStringLiteral("testGridButton"));

    auto* printerBox = new QGroupBox(tr("Printer and paper"), this);
    auto* printerForm = new QFormLayout(printerBox);
    printerForm->addRow(tr("Prin&ter"), m_printer);
    printerForm->addRow(tr("P&aper"), m_form);
    printerForm->addRow(tr("&Copies"), m_copies);
    printerForm->addRow(tr("Offset &right"), m_offsetX);
    printerForm->addRow(tr("Offset &down"), m_offsetY);
    printerForm->addRow(grid);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("templateTitleLineEdit"));
    m_title->setPlaceholderText(m_outgoing.raw.title);
    m_footer = new QLineEdit(this);
    m_footer->setObjectName(QStringLiteral("templateFooterLineEdit"));
    m_footer->setPlaceholderText(tr("The shop's footer line"));
    m_columns = new QTableWidget(0, 3, this);
    m_columns->setObjectName(QStringLiteral("templateColumnsTable"));
    m_columns->setHorizontalHeaderLabels({tr("Column"), tr("Title"), tr("Width")});
    m_columns->verticalHeader()->hide();
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_fields = new QTableWidget(0, 1, this);
    m_fields->setObjectName(QStringLiteral("templateFieldsTable"));
    m_fields->setHorizontalHeaderLabels({tr("Header fields")});
    m_fields->verticalHeader()->hide();
    m_fields->horizontalHeader()->setStretchLastSection(true);
    auto* saveTemplate = new QPushButton(tr("Save as the shop's %1 template").arg(DocumentTemplate::kindName(m_outgoing.raw.kind)), this);
    saveTemplate->setObjectName(QStringLiteral("saveTemplateButton"));
    auto* resetTemplate = new QPushButton(tr("Back to the standard layout"), this);
    resetTemplate->setObjectName(QStringLiteral("resetTemplateButton"));
    saveTemplate->setEnabled(!m_db.isReadOnly());
    resetTemplate->setEnabled(!m_db.isReadOnly());
    auto* templateBox = new QGroupBox(tr("Layout of this kind of document"), this);
    auto* templateLayout = new QVBoxLayout(templateBox);
    auto* templateForm = new QFormLayout;
    templateForm->addRow(tr("T&itle"), m_title);
    templateForm->addRow(tr("&Footer"), m_footer);
    templateLayout->addLayout(templateForm);
    templateLayout->addWidget(new QLabel(tr("Columns (untick to hide; order as listed):"), this));
    templateLayout->addWidget(m_columns, 2);
    auto* up = new QPushButton(tr("Move up"), this);
    up->setObjectName(QStringLiteral("columnUpButton"));
    auto* down = new QPushButton(tr("Move down"), this);
    down->setObjectName(QStringLiteral("columnDownButton"));
    auto* moveRow = new QHBoxLayout;
    moveRow->addWidget(up);
    moveRow->addWidget(down);
    moveRow->addStretch(1);
    templateLayout->addLayout(moveRow);
    auto move = [this](int delta) {
        const int row = m_columns->currentRow();
        const int target = row + delta;
        if (row < 0 || target < 0 || target >= m_columns->rowCount())
            return;
        m_loading = true;
        for (int c = 0; c < m_columns->columnCount(); ++c) {
            QTableWidgetItem* a = m_columns->takeItem(row, c);
            QTableWidgetItem* b = m_columns->takeItem(target, c);
            m_columns->setItem(row, c, b);
            m_columns->setItem(target, c, a);
        }
        m_loading = false;
        m_columns->setCurrentCell(target, m_columns->currentColumn());
        refresh();
    };
    connect(up, &QPushButton::clicked, this, [move] { move(-1); });
    connect(down, &QPushButton::clicked, this, [move] { move(1); });
    templateLayout->addWidget(m_fields, 1);
    templateLayout->addWidget(saveTemplate);
    templateLayout->addWidget(resetTemplate);

    auto* side = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(printerBox);
    sideLayout->addWidget(templateBox, 1);

    m_preview = new QPrintPreviewWidget(this);
    m_preview->setObjectName(QStringLiteral("printPreview"));
    m_preview->fitInView();
    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_preview);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("printStatusLabel"));
    m_status->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(this);
    QPushButton* printButton = buttons->addButton(tr("&Print"), QDialogButtonBox::AcceptRole);
    printButton->setObjectName(QStringLiteral("printButton"));
    QPushButton* pdf = buttons->addButton(tr("&Export PDF…"), QDialogButtonBox::ActionRole);
    pdf->setObjectName(QStringLiteral("exportPdfButton"));
    buttons->addButton(QDialogButtonBox::Close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);

    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &DocumentPrintDialog::paintPreview);
    auto changed = [this] {
        if (!m_loading)
            refresh();
    };
    connect(m_form, &QComboBox::currentIndexChanged, this, changed);
    connect(m_printer, &QComboBox::currentIndexChanged, this, [this, changed] {
        m_loading = true;
        QSettings s;
        m_offsetX->setValue(s.value(calibrationKey() + QStringLiteral("/x"), 0.0).toDouble());
        m_offsetY->setValue(s.value(calibrationKey() + QStringLiteral("/y"), 0.0).toDouble());
        m_loading = false;
        changed();
    });
    emit m_printer->currentIndexChanged(m_printer->currentIndex());
    for (QDoubleSpinBox* box : {m_offsetX, m_offsetY})
        connect(box, &QDoubleSpinBox::valueChanged, this, changed);
    connect(m_copies, &QSpinBox::valueChanged, this, changed);
    connect(m_title, &QLineEdit::textChanged, this, changed);
    connect(m_footer, &QLineEdit::textChanged, this, changed);
    connect(m_columns, &QTableWidget::itemChanged, this, changed);
    connect(m_fields, &QTableWidget::itemChanged, this, changed);
    connect(grid, &QPushButton::clicked, this, &DocumentPrintDialog::printTestGrid);
    connect(saveTemplate, &QPushButton::clicked, this, &DocumentPrintDialog::saveTemplate);
    connect(resetTemplate, &QPushButton::clicked, this, &DocumentPrintDialog::resetTemplate);
    connect(printButton, &QPushButton::clicked, this, &DocumentPrintDialog::print);
    connect(pdf, &QPushButton::clicked, this, [this] {
        const QString suggested = QDir::home().filePath(m_outgoing.document.title + QLatin1Char('-') +
                                                        m_outgoing.document.number + QStringLiteral(".pdf"));
        const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), suggested, tr("PDF files (*.pdf)"));
        if (!path.isEmpty())
            exportPdf(path);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

void DocumentPrintDialog::loadTemplateEditor()
{
    m_loading = true;
    m_title->setText(m_template.title);
    m_footer->setText(m_template.footer);
    // Columns in the template's order, then any it does not know yet.
    QList<DocColumn> ordered;
    for (const DocumentTemplate::Column& c : m_template.columns)
        for (const DocColumn& dc : m_outgoing.raw.columns)
            if (dc.key == c.key)
                ordered.append(dc);
    for (const DocColumn& dc : m_outgoing.raw.columns)
        if (std::none_of(ordered.cbegin(), ordered.cend(), [&](const DocColumn& o) { return o.key == dc.key; }))
            ordered.append(dc);
    m_columns->setRowCount(0);
    for (const DocColumn& dc : ordered) {
        const auto chosen = std::find_if(m_template.columns.cbegin(), m_template.columns.cend(),
                                         [&](const DocumentTemplate::Column& c) { return c.key == dc.key; });
        const int row = m_columns->rowCount();
        m_columns->insertRow(row);
        auto* name = new QTableWidgetItem(dc.title);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        name->setCheckState(chosen == m_template.columns.cend() || chosen->visible ? Qt::Checked : Qt::Unchecked);
        name->setData(Qt::UserRole, dc.key);
        m_columns->setItem(row, 0, name);
        m_columns->setItem(row, 1, new QTableWidgetItem(chosen != m_template.columns.cend() ? chosen->title : QString()));
        m_columns->setItem(row, 2, new QTableWidgetItem(QString::number(
                                       chosen != m_template.columns.cend() && chosen->width > 0 ? chosen->width : dc.width)));
    }
    m_fields->setRowCount(0);
    for (const DocField& f : m_outgoing.raw.fields) {
        const int row = m_fields->rowCount();
        m_fields->insertRow(row);
        auto* item = new QTableWidgetItem(f.label);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_template.fields.value(f.key, true) ? Qt::Checked : Qt::Unchecked);
        item->setData(Qt::UserRole, f.key);
        m_fields->setItem(row, 0, item);
    }
    m_loading = false;
}

DocumentTemplate DocumentPrintDialog::templateFromEditor() const
{
    DocumentTemplate t;
    t.kind = m_outgoing.raw.kind;
    t.title = m_title->text().trimmed();
    t.footer = m_footer->text().trimmed();
    for (int r = 0; r < m_columns->rowCount(); ++r) {
        const QTableWidgetItem* name = m_columns->item(r, 0);
        const int width = m_columns->item(r, 2) ? m_columns->item(r, 2)->text().toInt() : 0;
        t.columns.append({name->data(Qt::UserRole).toString(), m_columns->item(r, 1) ? m_columns->item(r, 1)->text() : QString(),
                          name->checkState() == Qt::Checked, std::clamp(width, 0, 100)});
    }
    for (int r = 0; r < m_fields->rowCount(); ++r) {
        const QTableWidgetItem* item = m_fields->item(r, 0);
        if (item->checkState() != Qt::Checked)
            t.fields.insert(item->data(Qt::UserRole).toString(), false);
    }
    return t;
}

PrintDocument DocumentPrintDialog::current() const
{
    return templateFromEditor().applyTo(m_outgoing.raw);
}

PageFormat DocumentPrintDialog::format() const
{
    return PageFormat::fromCode(m_form->currentData().toString()).value_or(PageFormat::a4());
}

RenderOptions DocumentPrintDialog::options() const
{
    RenderOptions o;
    o.format = format();
    o.offsetMm = QPointF(m_offsetX->value(), m_offsetY->value());
    return o;
}

QString DocumentPrintDialog::calibrationKey() const
{
    QString printer = m_printer->currentData().toString();
    printer.replace(QLatin1Char('/'), QLatin1Char('_'));
    return QStringLiteral("printing/calibration/") + (printer == kPdfChoice ? QStringLiteral("pdf") : printer);
}

void DocumentPrintDialog::remember() const
{
    QSettings s;
    const QString kind = m_outgoing.raw.kind;
    s.setValue(QStringLiteral("printing/%1/printer").arg(kind), m_printer->currentData().toString());
    s.setValue(QStringLiteral("printing/%1/form").arg(kind), format().code);
    s.setValue(QStringLiteral("printing/%1/copies").arg(kind), m_copies->value());
    s.setValue(calibrationKey() + QStringLiteral("/x"), m_offsetX->value());
    s.setValue(calibrationKey() + QStringLiteral("/y"), m_offsetY->value());
}

void DocumentPrintDialog::setUpPrinter(QPrinter& printer) const
{
    const PageFormat f = format();
    printer.setFullPage(true);
    printer.setPageLayout(QPageLayout(QPageSize(f.sizeMm, QPageSize::Millimeter, f.name()), QPageLayout::Portrait, {},
                                      QPageLayout::Millimeter));
}

void DocumentPrintDialog::refresh()
{
    const PageFormat f = format();
    m_status->setText(f.continuous && !m_outgoing.raw.plies.isEmpty()
                          ? tr("Continuous multi-part paper: every ply is printed at once, so the plies are named in the "
                               "right margin.")
                          : QString());
    m_preview->updatePreview();
}

void DocumentPrintDialog::paintPreview(QPrinter* printer)
{
    setUpPrinter(*printer);
    RenderOptions o = options();
    o.offsetMm = {}; // the preview shows the page as it should come out
    DocumentRenderer(current(), ShopProfile::load(m_db), o).paint(printer);
}

void DocumentPrintDialog::print()
{
    const QString printerName = m_printer->currentData().toString();
    if (printerName == kPdfChoice) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF"), QString(), tr("PDF files (*.pdf)"));
        if (!path.isEmpty() && exportPdf(path))
            accept();
        return;
    }
    const QPrinterInfo info = QPrinterInfo::printerInfo(printerName);
    if (info.isNull()) {
        QMessageBox::warning(this, tr("Printer not available"),
                             tr("The printer \"%1\" is not available. Choose another printer or export a PDF.")
                                 .arg(printerName));
        return;
    }
    try {
        DocumentOutput::markCopy(m_db, m_outgoing);
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Not printed"), e.message());
        return;
    }
    remember();
    const PrintDocument document = current();
    const ShopProfile shop = ShopProfile::load(m_db);
    const PageFormat f = format();
    // Continuous multi-part forms carry every ply in one print; on single sheets each copy is
    // one ply and says which.
    const int jobs = f.continuous ? 1 : m_copies->value();
    for (int i = 0; i < jobs; ++i) {
        QPrinter printer(info, QPrinter::HighResolution);
        setUpPrinter(printer);
        printer.setDocName(document.title + QLatin1Char(' ') + document.number);
        if (f.continuous)
            printer.setCopyCount(m_copies->value());
        RenderOptions o = options();
        if (!f.continuous && m_copies->value() > 1)
            o.ply = document.plies.value(i);
        if (DocumentRenderer(document, shop, o).paint(&printer) == 0 || printer.printerState() == QPrinter::Error) {
            QMessageBox::warning(this, tr("Not printed"), tr("The printer \"%1\" reported an error.").arg(printerName));
            return;
        }
    }
    // Logged only once it went to the printer: a failed print does not make the next one a reprint.
    try {
        DocumentOutput::logPrint(m_db, m_outgoing, f);
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Printed, not logged"),
                             tr("The document was sent to the printer, but the print could not be logged: %1")
                                 .arg(e.message()));
    }
    accept();
}

bool DocumentPrintDialog::exportPdf(const QString& path)
{
    try {
        DocumentOutput::markCopy(m_db, m_outgoing);
        remember();
        RenderOptions o = options();
        o.offsetMm = {};
        const int pages = DocumentOutput::writePdf(current(), ShopProfile::load(m_db), o, path);
        DocumentOutput::logPrint(m_db, m_outgoing, o.format);
        m_status->setText(tr("%1 written: %n page(s).", nullptr, pages).arg(QDir::toNativeSeparators(path)));
        return true;
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("PDF not written"), e.message());
        return false;
    }
}

void DocumentPrintDialog::printTestGrid()
{
    const QString printerName = m_printer->currentData().toString();
    if (printerName == kPdfChoice) {
        const QString path = QFileDialog::getSaveFileName(this, tr("Test grid as PDF"), QString(), tr("PDF files (*.pdf)"));
        if (path.isEmpty())
            return;
        QPdfWriter writer(path);
        DocumentRenderer::preparePdf(writer, format());
        DocumentRenderer::paintTestGrid(&writer, format(), options().offsetMm);
        return;
    }
    const QPrinterInfo info = QPrinterInfo::printerInfo(printerName);
    if (info.isNull()) {
        QMessageBox::warning(this, tr("Printer not available"), tr("The printer \"%1\" is not available.").arg(printerName));
        return;
    }
    QPrinter printer(info, QPrinter::HighResolution);
    setUpPrinter(printer);
    DocumentRenderer::paintTestGrid(&printer, format(), options().offsetMm);
    remember();
}

void DocumentPrintDialog::saveTemplate()
{
    try {
        m_template = templateFromEditor();
        m_template.save(m_db);
        m_status->setText(tr("Saved: every desk now prints this kind of document this way."));
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Not saved"), e.message());
    }
}

void DocumentPrintDialog::resetTemplate()
{
    if (QMessageBox::question(this, tr("Standard layout"),
                              tr("Forget the shop's choices for this kind of document and use the standard layout?")) !=
        QMessageBox::Yes)
        return;
    try {
        m_template.reset(m_db);
        m_template = DocumentTemplate::load(m_db, m_outgoing.raw.kind);
        loadTemplateEditor();
        refresh();
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Not saved"), e.message());
    }
}

} // namespace shopcrm
