#pragma once

#include "domain/RecordMerge.h"
#include "store/StoreError.h"

#include <QDialog>

#include <functional>
#include <optional>

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
    // "王芳 (2026/12/1 10:45)": who saved a record last, and when.
    static QString who(const RowMeta& meta);

private:
    void markChoice(int row);

    QList<MergeItem> m_items;
    QTableWidget* m_table = nullptr;
};

// Saves mine after another desk saved the record first: shows the merge against their copy and saves
// the result, again as often as they keep saving meanwhile. base is the copy the form was loaded
// from. Returns the saved record, or nothing when the user went back to the form. A store error
// other than a conflict is thrown as usual.
template <typename T>
std::optional<T> mergeAndSave(QWidget* parent, const T& base, const T& mine,
                              const std::function<T(qint64 id)>& theirs,
                              RecordMerge<T> (*merge)(const T&, const T&, const T&),
                              const std::function<void(T&)>& save, const std::function<QString(const T&)>& describe)
{
    for (;;) {
        const T current = theirs(mine.meta.id);
        const RecordMerge<T> merged = merge(base, mine, current);
        ConflictDialog dialog(describe(current), ConflictDialog::who(current.meta), merged.items(), parent);
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        T result = merged.result(dialog.choices());
        try {
            save(result);
            return result;
        } catch (const StoreError& e) {
            if (e.kind() != StoreError::Kind::Conflict)
                throw;
        }
    }
}

} // namespace shopcrm
