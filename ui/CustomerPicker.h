#pragma once

#include <QLineEdit>

class QCompleter;
class QStandardItemModel;
class QTimer;

namespace shopcrm {

class HighlightDelegate;

class Database;

// A line edit that finds customers while typing, with the customer list's search (name, short
// name, contact, phone, pinyin, initials): the matches drop down, arrows and Enter pick one.
// Enter on a name nothing matches emits unknownName, so the caller can offer to create it.
class CustomerPicker final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerPicker)
public:
    explicit CustomerPicker(Database& db, QWidget* parent = nullptr);

    qint64 customerId() const { return m_id; }
    void setCustomer(qint64 id, const QString& name);
    void clearCustomer();
    // Runs the pending search now (tests, and Enter typed faster than the pause).
    void searchNow();

signals:
    void customerChosen(qint64 id);
    void customerCleared();
    void unknownName(const QString& name);

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void choose(const QModelIndex& index);

    Database& m_db;
    qint64 m_id = 0;
    QCompleter* m_completer = nullptr;
    QStandardItemModel* m_matches = nullptr;
    QTimer* m_delay = nullptr;
    HighlightDelegate* m_highlight = nullptr;
};

} // namespace shopcrm
