#pragma once

#include "documents/DocumentOutput.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPrintPreviewWidget;
class QPrinter;
class QSpinBox;
class QTableWidget;

namespace shopcrm {

class Database;

// Preview, print and PDF export of one document, with the choices a shop makes once and keeps:
// per document type the printer, paper and copies; per printer the x/y offset (measured with a
// printed test grid); and the template (title, which fields and columns, their titles and widths,
// the footer), saved in the database for every desk. Every change shows in the preview at once.
class DocumentPrintDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentPrintDialog)
public:
    DocumentPrintDialog(Database& db, OutgoingDocument document, QWidget* parent = nullptr);

    PageFormat format() const;
    RenderOptions options() const;
    QPrintPreviewWidget* preview() const { return m_preview; }
    // Writes the PDF (logged like a print); returns false with a message shown on failure.
    bool exportPdf(const QString& path);

public slots:
    void print();
    void printTestGrid();
    void saveTemplate();
    void resetTemplate();

private:
    void buildUi();
    void loadTemplateEditor();
    DocumentTemplate templateFromEditor() const;
    void refresh();
    PrintDocument current() const; // the document with the template as edited now
    void paintPreview(QPrinter* printer);
    void remember() const;
    QString calibrationKey() const;
    void setUpPrinter(QPrinter& printer) const;

    Database& m_db;
    OutgoingDocument m_outgoing;
    DocumentTemplate m_template;
    QPrintPreviewWidget* m_preview = nullptr;
    QComboBox* m_printer = nullptr;
    QComboBox* m_form = nullptr;
    QSpinBox* m_copies = nullptr;
    QDoubleSpinBox* m_offsetX = nullptr;
    QDoubleSpinBox* m_offsetY = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_footer = nullptr;
    QTableWidget* m_columns = nullptr;
    QTableWidget* m_fields = nullptr;
    QLabel* m_status = nullptr;
    bool m_loading = false;
};

} // namespace shopcrm
