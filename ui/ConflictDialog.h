#pragma once

#include "domain/RecordMerge.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace shopcrm {

// Another desk saved the record while this desk edited it: every field that differs is listed with
// yours and theirs side by side, the side to keep marked (what only one desk changed is taken
// from that desk; what both changed is marked in orange and starts as yours). Click a cell, or
// press Space, to take that side; "All mine" and "All theirs" choose for every field. Nothing typed
// is lost: cancelling returns to the form as it was.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)
public:
    ConflictDialog(const QString& what, const QString& who, const QList<MergeItem>& items, QWidget* parent = nullptr);
    QList<MergeItem> choices() const { return m_items; }
    void takeAll(MergeItem::Take side);
    void take(int row, MergeItem::Take side);

private:
    void markChoice(int row);

    QList<MergeItem> m_items;
    QTableWidget* m_table = nullptr;
};

} // namespace shopcrm
