#pragma once

#include "documents/MailMerge.h"

#include <QDialog>

class QComboBox;
class QPlainTextEdit;
class QLabel;
class QPagedPaintDevice;
class QPrinter;
class QRadioButton;
class QSpinBox;

namespace shopcrm {

class Database;

// Labels, envelopes or letters for the customers chosen on the customer list: the sheet (and where
// on a half-used sheet to start), the envelope size, or the letter's text with merge fields ({客户名称}
// …, inserted from a menu, checked as typed), then a preview, the printer or a PDF.
class MailMergeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MailMergeDialog)
public:
    MailMergeDialog(Database& db, const QList<qint64>& customerIds, QWidget* parent = nullptr);
    const QList<Addressee>& addressees() const { return m_to; }
    bool envelopes() const;
    bool letters() const;
    QPlainTextEdit* templateEdit() const { return m_template; }
    // The letters as they will print, with the fields each one lacks (by customer name).
    QList<Letter> mergedLetters(QStringList* lacking = nullptr) const;
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
    QList<qint64> m_ids;
    QRadioButton* m_labels = nullptr;
    QRadioButton* m_envelopes = nullptr;
    QRadioButton* m_letters = nullptr;
    QPlainTextEdit* m_template = nullptr;
    QLabel* m_templateCheck = nullptr;
    QComboBox* m_sheet = nullptr;
    QSpinBox* m_start = nullptr;
    QComboBox* m_size = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace shopcrm
