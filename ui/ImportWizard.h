#pragma once

#include "services/CustomerImport.h"

#include <QWizard>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace shopcrm {

class Database;

// Customers from a spreadsheet in four steps: the file (encoding, delimiter and sheet shown and
// changeable, the first rows as read), the columns (matched to fields from their headers, or as
// the last file with the same headers was mapped) and what to do with customers already there, a
// dry run that lists every row's outcome and error with its row number, and the import itself on
// another thread with progress and Stop; it can be undone from its last page.
class ImportWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportWizard)
public:
    enum PageId
    {
        FilePage,
        MappingPage,
        DryRunPage,
        ImportPage
    };
    explicit ImportWizard(Database& db, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // Opens a file without the file dialog (tests, drag and drop).
    void openFile(const QString& path);
    qint64 importedId() const { return m_importId; }
    const ImportTable& table() const { return m_table; }
    const ImportPlan& plan() const { return m_plan; }
    QHash<int, ImportField> mapping() const;

    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    QWizardPage* buildFilePage();
    QWizardPage* buildMappingPage();
    QWizardPage* buildDryRunPage();
    QWizardPage* buildImportPage();
    void readFile();
    void showPreview();
    void showMapping();
    void runDryRun();
    void runImport();
    void undoImport();
    void rememberMapping() const;

    Database& m_db;
    QString m_path;
    ImportTable m_table;
    ImportPlan m_plan;
    qint64 m_importId = 0;
    bool m_dryRunDone = false;

    QLineEdit* m_file = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_sheet = nullptr;
    QLabel* m_fileInfo = nullptr;
    QTableWidget* m_preview = nullptr;
    QTableWidget* m_columns = nullptr;
    QComboBox* m_onDuplicate = nullptr;
    QComboBox* m_key = nullptr;
    QLabel* m_dryRunSummary = nullptr;
    QComboBox* m_rowFilter = nullptr;
    QTableWidget* m_rows = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_undo = nullptr;
};

} // namespace shopcrm
