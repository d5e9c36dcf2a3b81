#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QLineEdit;
class QPushButton;

namespace shopcrm {

class Database;

// This desk's language and who is working at it (recorded with every change), and settings the
// whole shop shares through the database: the letterhead on every document, and how order
// numbers look and when they restart.
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    explicit SettingsDialog(Database& db, QWidget* parent = nullptr);
    bool languageChanged() const { return m_languageChanged; }
    void accept() override;

    // Shares the database with other desks, or keeps it to this one (asks first; refused while
    // another desk has it open).
    void switchMode();

signals:
    // A backup was restored: everything on screen reads the database again.
    void restored();

private:
    void updatePreview();
    void updateDatabase();

    Database& m_db;
    QComboBox* m_language = nullptr;
    QLineEdit* m_shopName = nullptr;
    QLineEdit* m_shopAddress = nullptr;
    QLineEdit* m_shopPhone = nullptr;
    QLineEdit* m_shopBank = nullptr;
    QLineEdit* m_shopFooter = nullptr;
    QLineEdit* m_shopLogo = nullptr;
    QLabel* m_logoIssue = nullptr;
    QLineEdit* m_pattern = nullptr;
    QComboBox* m_reset = nullptr;
    QLabel* m_preview = nullptr;
    QPlainTextEdit* m_outcomes = nullptr;
    QComboBox* m_basis = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_desk = nullptr;
    QLabel* m_database = nullptr;
    QPushButton* m_switchMode = nullptr;
    bool m_languageChanged = false;
};

} // namespace shopcrm
