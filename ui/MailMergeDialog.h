#pragma once

#include "documents/MailMerge.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPagedPaintDevice;
class QPrinter;
class QRadioButton;
class QSpinBox;

namespace shopcrm {

class Database;

// Labels or envelopes for the customers chosen on the customer list: the sheet (and where on a
// half-used sheet to start) or the envelope size, then a preview, the printer or a PDF.
class MailMergeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailMergeDialog)
public:
    MailMergeDialog(Database& db, const QList<qint64>& customerIds, QWidget* parent = nullptr);
    const QList<Addressee>& addressees() const { return m_to; }
    bool envelopes() const;
    // Paints what is chosen; returns the pages.
    int paint(QPagedPaintDevice* device) const;

public slots:
    void preview();
    void print();
    void exportPdf(QString path = {});

private:
    void setUpPrinter(QPrinter& printer) const;
    void updateChoices();

    Database& m_db;
    QList<Addressee> m_to;
    QRadioButton* m_labels = nullptr;
    QRadioButton* m_envelopes = nullptr;
    QComboBox* m_sheet = nullptr;
    QSpinBox* m_start = nullptr;
    QComboBox* m_size = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace shopcrm
