#pragma once

#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace shopcrm {

class CustomerListModel;
class Database;

// The customer list with its search box: results follow the typing, Enter opens the selected
// customer, Ctrl+N starts a new one, Delete archives after confirmation.
class CustomerListPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerListPage)
public:
    explicit CustomerListPage(Database& db, QWidget* parent = nullptr);
    ~CustomerListPage() override;

    CustomerListModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }

public slots:
    void focusSearch();
    void newCustomer();
    void openCurrent();
    void openCustomer(qint64 id);
    void archiveCurrent();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void selectId(qint64 id);

    Database& m_db;
    CustomerListModel* m_model = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_countLabel = nullptr;
    QTimer* m_searchDelay = nullptr;
};

} // namespace shopcrm
