#pragma once

#include "domain/Customer.h"

#include <QDialog>
#include <QHash>

class QButtonGroup;
class QLabel;
class QRadioButton;

namespace shopcrm {

class Database;

// Two customer records side by side: the user picks the record that stays and, field by field,
// which value it keeps (phones and tags can keep both). What moves to the kept record is listed;
// Merge asks once more, then merges (the merge can be undone from the duplicates dialog).
class MergeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MergeDialog)
public:
    MergeDialog(Database& db, const Customer& first, const Customer& second, QWidget* parent = nullptr);
    // The kept record as picked so far (its id and version, the chosen fields).
    Customer result() const;
    qint64 droppedId() const;
    qint64 mergeId() const { return m_mergeId; }
    void accept() override;

private:
    void keepChanged();

    Database& m_db;
    Customer m_first;
    Customer m_second;
    QRadioButton* m_keepFirst = nullptr;
    QHash<QString, QButtonGroup*> m_choices; // field code → 0 first, 1 second, 2 both
    QLabel* m_moves = nullptr;
    qint64 m_mergeId = 0;
};

} // namespace shopcrm
