#pragma once

#include "services/DuplicateFinder.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace shopcrm {

class Database;

// Customers that are likely one, with the reason (the same phone, e-mail or WeChat, the same name
// without 有限公司 and the city, names that read alike), to merge or to mark as different; and the
// merges made so far, each of which can be undone.
class DuplicatesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DuplicatesDialog)
public:
    explicit DuplicatesDialog(Database& db, QWidget* parent = nullptr);
    bool changedAnything() const { return m_changed; }
    const QList<DuplicatePair>& pairs() const { return m_pairs; }
    void mergeSelected();
    void dismissSelected();
    void undoSelectedMerge();
    void find();

private:
    void showPairs();
    void loadMerges();
    const DuplicatePair* selectedPair() const;

    Database& m_db;
    QList<DuplicatePair> m_pairs;
    QTableWidget* m_table = nullptr;
    QTableWidget* m_merges = nullptr;
    QLabel* m_summary = nullptr;
    QPushButton* m_merge = nullptr;
    QPushButton* m_dismiss = nullptr;
    QPushButton* m_undo = nullptr;
    bool m_changed = false;
};

} // namespace shopcrm
