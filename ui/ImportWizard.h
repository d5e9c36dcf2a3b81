#pragma once

#include "services/CustomerImport.h"
#include "services/OrderImport.h"
#include "services/ProductImport.h"

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
    enum class Kind
    {
        Customers,
        Products,
        Orders
    };
    explicit ImportWizard(Database& db, QWidget* parent = nullptr);
    ~ImportWizard() override;

    // Opens a file without the file dialog (tests, drag and drop).
    void openFile(const QString& path);
    void setKind(Kind kind);
    Kind kind() const;
    qint64 importedId() const { return m_importId; }
    const ImportTable& table() const { return m_table; }
    const ImportPlan& plan() const { return m_plan; }
    const ProductImportPlan& productPlan() const { return m_productPlan; }
    const OrderImportPlan& orderPlan() const { return m_orderPlan; }
    // The columns as matched on the mapping page: column → field code of the kind imported.
    QHash<int, QString> chosenFields() const;

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
    // The kind's fields as (code, name), and the codes its header suggests.
    QList<std::pair<QString, QString>> fieldChoices() const;
    QHash<int, QString> suggestedFields() const;
    template <typename Field>
    QHash<int, Field> typedMapping(const std::function<std::optional<Field>(const QString&)>& fromCode) const;

    Database& m_db;
    QString m_path;
    ImportTable m_table;
    ImportPlan m_plan;
    ProductImportPlan m_productPlan;
    OrderImportPlan m_orderPlan;
    struct Counts
    {
        int creates = 0;
        int updates = 0;
        int skips = 0;
        int errors = 0;
    } m_counts;
    qint64 m_importId = 0;
    bool m_dryRunDone = false;

    QComboBox* m_kind = nullptr;
    QLineEdit* m_file = nullptr;
    QComboBox* m_encoding = nullptr;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_sheet = nullptr;
    QLabel* m_fileInfo = nullptr;
    QTableWidget* m_preview = nullptr;
    QTableWidget* m_columns = nullptr;
    QComboBox* m_onDuplicate = nullptr;
    QComboBox* m_key = nullptr;
    QWidget* m_duplicateBox = nullptr;
    QLabel* m_dryRunSummary = nullptr;
    QComboBox* m_rowFilter = nullptr;
    QTableWidget* m_rows = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_undo = nullptr;
};

} // namespace shopcrm
