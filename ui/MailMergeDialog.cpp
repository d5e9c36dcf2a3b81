#include "MailMergeDialog.h"

#include "domain/MergeTemplate.h"
#include "ErrorReporter.h"
#include "ListViews.h"
#include "MergeFieldButton.h"
#include "services/MergeFields.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"
#include "store/StoreError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPrintPreviewDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace shopcrm {

MailMergeDialog::MailMergeDialog(Database& db, const QList<qint64>& customerIds, QWidget* parent)
    : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("mailMergeDialog"));
    setWindowTitle(tr("Labels, envelopes and letters"));
    ErrorReporter::guard([&] {
        CustomerRepository customers(db);
        for (const qint64 id : customerIds)
            if (const std::optional<Customer> c = customers.find(id)) {
                m_to.append(Addressee::of(*c));
                m_ids.append(id);
            }
    });
    m_labels = new QRadioButton(tr("Address &labels"), this);
    m_labels->setObjectName(QStringLiteral("mailMergeLabelsRadio"));
    m_labels->setChecked(true);
    m_envelopes = new QRadioButton(tr("&Envelopes"), this);
    m_envelopes->setObjectName(QStringLiteral("mailMergeEnvelopesRadio"));
    m_letters = new QRadioButton(tr("Le&tters"), this);
    m_letters->setObjectName(QStringLiteral("mailMergeLettersRadio"));
    m_template = new QPlainTextEdit(this);
    m_template->setObjectName(QStringLiteral("mailMergeTemplateEdit"));
    m_template->setTabChangesFocus(true);
    m_template->setMinimumHeight(160);
    m_template->setPlainText(
        tr("Dear {customer},\n\nThank you for working with us this year. Our shop stays open over "
           "the New Year: signs, banners and prints are made as usual.\n\nBest wishes for the "
           "New Year,\n{shop}"));
    QToolButton* insert =
        mergeFieldButton(this, [this](const QString& token) { m_template->insertPlainText(token); });
    insert->setObjectName(QStringLiteral("mailMergeInsertFieldButton"));
    m_templateCheck = new QLabel(this);
    m_templateCheck->setObjectName(QStringLiteral("mailMergeTemplateCheck"));
    m_templateCheck->setWordWrap(true);
    m_sheet = new QComboBox(this);
    m_sheet->setObjectName(QStringLiteral("mailMergeSheetComboBox"));
    m_sheet->addItem(tr("3 × 8 on A4 (70 × 37 mm)"), QStringLiteral("3x8"));
    m_sheet->addItem(tr("2 × 7 on A4 (99.1 × 38.1 mm)"), QStringLiteral("2x7"));
    m_start = new QSpinBox(this);
    m_start->setObjectName(QStringLiteral("mailMergeStartSpinBox"));
    m_start->setToolTip(tr("On a half-used sheet: the first free label, counted across then down"));
    m_size = new QComboBox(this);
    m_size->setObjectName(QStringLiteral("mailMergeSizeComboBox"));
    m_size->addItem(tr("DL (220 × 110 mm)"), QStringLiteral("dl"));
    m_size->addItem(tr("C5 (229 × 162 mm)"), QStringLiteral("c5"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("mailMergeSummaryLabel"));
    m_summary->setWordWrap(true);
    int noPostcode = 0;
    for (const Addressee& a : std::as_const(m_to))
        noPostcode += a.postcode.isEmpty() ? 1 : 0;
    QString summary = tr("%n customer(s)", nullptr, int(m_to.size()));
    if (noPostcode > 0) summary += QStringLiteral("; ") + tr("%n without a postcode", nullptr, noPostcode);
    m_summary->setText(summary);

    auto* form = new QFormLayout;
    form->addRow(m_labels);
    form->addRow(tr("&Sheet"), m_sheet);
    form->addRow(tr("Start at &label"), m_start);
    form->addRow(m_envelopes);
    form->addRow(tr("Si&ze"), m_size);
    form->addRow(m_letters);
    form->addRow(tr("Te&xt"), m_template);
    form->addRow(insert, m_templateCheck);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton* previewButton = buttons->addButton(tr("Pre&view…"), QDialogButtonBox::ActionRole);
    previewButton->setObjectName(QStringLiteral("mailMergePreviewButton"));
    QPushButton* printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton* pdfButton = buttons->addButton(tr("P&DF…"), QDialogButtonBox::ActionRole);
    for (QPushButton* b : {previewButton, printButton, pdfButton})
        b->setEnabled(!m_to.isEmpty());
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(previewButton, &QPushButton::clicked, this, &MailMergeDialog::preview);
    connect(printButton, &QPushButton::clicked, this, &MailMergeDialog::print);
    connect(pdfButton, &QPushButton::clicked, this, [this] { exportPdf(); });
    connect(m_labels, &QRadioButton::toggled, this, &MailMergeDialog::updateChoices);
    connect(m_letters, &QRadioButton::toggled, this, &MailMergeDialog::updateChoices);
    connect(m_template, &QPlainTextEdit::textChanged, this, &MailMergeDialog::updateChoices);
    connect(m_sheet, &QComboBox::currentIndexChanged, this, &MailMergeDialog::updateChoices);
    updateChoices();
}

bool MailMergeDialog::envelopes() const
{
    return m_envelopes->isChecked();
}

bool MailMergeDialog::letters() const
{
    return m_letters->isChecked();
}

QList<Letter> MailMergeDialog::mergedLetters(QStringList* lacking) const
{
    QList<Letter> result;
    const QDate today = QDate::currentDate();
    ErrorReporter::guard([&] {
        const MergeFields fields(m_db, today);
        for (qsizetype i = 0; i < m_ids.size(); ++i) {
            const MergeTemplate::Result r =
                MergeTemplate::merge(m_template->toPlainText(), fields.values(m_ids.at(i)));
            result.append({m_to.at(i), r.text});
            if (lacking && !r.missing.isEmpty()) lacking->append(m_to.at(i).name);
        }
    });
    return result;
}

void MailMergeDialog::updateChoices()
{
    const LabelSheet sheet = *LabelSheet::fromCode(m_sheet->currentData().toString());
    m_start->setRange(1, sheet.perSheet());
    m_sheet->setEnabled(!envelopes());
    m_start->setEnabled(!envelopes());
    m_size->setEnabled(envelopes());
    m_template->setEnabled(letters());
    // Unknown fields are said at once; which customers lack a value, from the first few.
    const QStringList unknown = MergeTemplate::unknownFields(m_template->toPlainText());
    QString check;
    if (!unknown.isEmpty()) {
        check = QStringLiteral("<span style='color:#b02020'>%1</span>")
                    .arg(tr("No such field: %1").arg(unknown.join(QStringLiteral(", "))).toHtmlEscaped());
    } else if (letters() && !m_ids.isEmpty()) {
        QStringList fields;
        const MergeTemplate::Result first = MergeTemplate::merge(m_template->toPlainText(), [&] {
            QHash<QString, QString> v;
            ErrorReporter::guard(
                [&] { v = MergeFields::forCustomer(m_db, m_ids.first(), QDate::currentDate()); });
            return v;
        }());
        for (const QString& code : first.missing)
            fields.append(MergeTemplate::token(code, QLocale().language() == QLocale::Chinese));
        check = fields.isEmpty()
                    ? tr("Fields fine for %1.").arg(m_to.first().name.toHtmlEscaped())
                    : tr("%1 has nothing for %2: left empty.")
                          .arg(m_to.first().name.toHtmlEscaped(), fields.join(QStringLiteral(", ")));
    }
    m_templateCheck->setText(check);
}

int MailMergeDialog::paint(QPagedPaintDevice* device) const
{
    if (letters()) {
        ShopProfile sender;
        ErrorReporter::guard([&] { sender = ShopProfile::load(m_db); });
        return MailMerge::paintLetters(device, mergedLetters(), sender, QDate::currentDate());
    }
    if (envelopes()) {
        ShopProfile sender; // the sender is left off when the shop's profile cannot be read
        ErrorReporter::guard([&] { sender = ShopProfile::load(m_db); });
        return MailMerge::paintEnvelopes(device, m_to,
                                         *EnvelopeSize::fromCode(m_size->currentData().toString()), sender);
    }
    return MailMerge::paintLabels(device, m_to, *LabelSheet::fromCode(m_sheet->currentData().toString()),
                                  m_start->value());
}

void MailMergeDialog::setUpPrinter(QPrinter& printer) const
{
    printer.setFullPage(true);
    if (envelopes()) {
        const EnvelopeSize size = *EnvelopeSize::fromCode(m_size->currentData().toString());
        printer.setPageSize(QPageSize(QSizeF(size.widthMm, size.heightMm), QPageSize::Millimeter));
    } else {
        printer.setPageSize(QPageSize(QPageSize::A4));
    }
    printer.setPageOrientation(QPageLayout::Portrait);
    printer.setPageMargins(QMarginsF(0, 0, 0, 0));
}

void MailMergeDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer);
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this](QPrinter* p) { paint(p); });
    dialog.exec();
}

void MailMergeDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(printer);
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted) paint(&printer);
}

void MailMergeDialog::exportPdf(QString path)
{
    if (path.isEmpty())
        path = askPdfPath(this, tr("Labels, envelopes and letters as PDF"),
                          letters()     ? tr("letters")
                          : envelopes() ? tr("envelopes")
                                        : tr("labels"));
    if (path.isEmpty()) return;
    try {
        if (letters()) {
            if (!MergeTemplate::unknownFields(m_template->toPlainText()).isEmpty()) {
                QMessageBox::warning(this, tr("PDF not written"), m_templateCheck->text());
                return;
            }
            MailMerge::writeLetters(path, mergedLetters(), ShopProfile::load(m_db), QDate::currentDate());
        } else if (envelopes())
            MailMerge::writeEnvelopes(path, m_to, *EnvelopeSize::fromCode(m_size->currentData().toString()),
                                      ShopProfile::load(m_db));
        else
            MailMerge::writeLabels(path, m_to, *LabelSheet::fromCode(m_sheet->currentData().toString()),
                                   m_start->value());
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("PDF not written"), e.message());
    }
}

} // namespace shopcrm
