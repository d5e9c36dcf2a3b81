#pragma once

#include "store/AuditLog.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace shopcrm {

class Database;

// The audit log for the roles with the audit right: who did what to which record and when, the
// fields before and after; filtered by user, record kind, record number, action and period, newest
// first, 200 at a time. "Verify" walks the whole hash chain off the window's thread.
class AuditDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditDialog)
public:
    explicit AuditDialog(Database& db, QWidget* parent = nullptr);
    QTableWidget* table() const { return m_table; }
    // What an entity code and an action code are called on screen.
    static QString entityName(const QString& entity);
    static QString actionName(const QString& op);
    static QString fieldName(const QString& key);
    // "field: old → new" lines of an entry.
    static QStringList changeLines(const AuditEntry& entry);

    void reload();
    void verify();

signals:
    void openRecord(const QString& entity, qint64 id);

private:
    void loadMore();
    void showDetails();
    AuditFilter filter() const;

    Database& m_db;
    QComboBox* m_user = nullptr;
    QComboBox* m_entity = nullptr;
    QComboBox* m_action = nullptr;
    QLineEdit* m_record = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QTableWidget* m_table = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QPushButton* m_more = nullptr;
    QPushButton* m_open = nullptr;
    QLabel* m_verdict = nullptr;
    QList<AuditEntry> m_entries;
};

} // namespace shopcrm
