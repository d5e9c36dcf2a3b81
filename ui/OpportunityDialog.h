#pragma once

#include "domain/Opportunity.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

namespace shopcrm {

class AttachmentsEditor;
class CustomerPicker;
class Database;
class LinesEditor;

// Records or edits one opportunity. The probability follows the stage until it is changed by
// hand; a lost stage asks for its reason. Under the form, tabs hold its product lines (priced as an
// order's; the amount follows their total while they change, and a quote starts from them), its
// files and its stage history. Enter saves, Esc asks before dropping what was typed; a conflict
// with another desk keeps what was typed.
class OpportunityDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OpportunityDialog)
public:
    // id 0: a new one (for customerId when given).
    OpportunityDialog(Database& db, qint64 id, QWidget* parent = nullptr, qint64 customerId = 0);
    const Opportunity& opportunity() const { return m_opportunity; }
    LinesEditor* lines() const { return m_lines; }
    AttachmentsEditor* files() const { return m_files; }
    bool deleted() const { return m_deleted; }

public slots:
    void save();
    void reject() override;

private:
    void buildForm();
    void load(const Opportunity& o);
    Opportunity collect() const;
    void stageChanged();
    void removeOpportunity();
    void writeQuote();
    void linesChanged();
    void updateTabTitles();

    Database& m_db;
    Opportunity m_opportunity;
    Opportunity m_loaded;
    bool m_deleted = false;
    bool m_probabilityEdited = false;
    bool m_loadingLines = false;
    CustomerPicker* m_customer = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_contact = nullptr;
    QPlainTextEdit* m_wanted = nullptr;
    QLineEdit* m_amount = nullptr;
    QComboBox* m_stage = nullptr;
    QSpinBox* m_probability = nullptr;
    QLabel* m_weighted = nullptr;
    QCheckBox* m_hasClose = nullptr;
    QDateEdit* m_close = nullptr;
    QComboBox* m_source = nullptr;
    QComboBox* m_campaign = nullptr;
    QComboBox* m_owner = nullptr;
    QLineEdit* m_competitor = nullptr;
    QLineEdit* m_nextStep = nullptr;
    QComboBox* m_lostReason = nullptr;
    QPlainTextEdit* m_notes = nullptr;
    QTabWidget* m_tabs = nullptr;
    LinesEditor* m_lines = nullptr;
    AttachmentsEditor* m_files = nullptr;
    QListWidget* m_history = nullptr;
    QLabel* m_issue = nullptr;
};

} // namespace shopcrm
