#pragma once

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace shopcrm {

class Database;

// The imports made so far, newest first, and their undo: the customers an import added are
// removed and what it changed is put back, except records edited since (they are named and kept).
class ImportsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ImportsDialog)
public:
    explicit ImportsDialog(Database& db, QWidget* parent = nullptr);
    bool revertedAny() const { return m_reverted; }
    void revertSelected();

private:
    void reload();

    Database& m_db;
    QTableWidget* m_table = nullptr;
    QPushButton* m_revert = nullptr;
    bool m_reverted = false;
};

} // namespace shopcrm
