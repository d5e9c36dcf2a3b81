#pragma once

#include "store/CustomerRepository.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QSpinBox;
class QLabel;
class QLineEdit;
class QTableView;
class QTimer;

namespace shopcrm {

class HighlightDelegate;

class CustomerListModel;
class Database;

// The customer list with its search box: results follow the typing, Enter opens the selected
// customer, Ctrl+N starts a new one, Ctrl+Shift+F records a follow-up with the selected one, Delete
// archives after confirmation. Quick filters find customers whose follow-up is due or who were not
// contacted for a while.
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
    // Runs the typed search and highlights what it matched.
    void applySearch();
    // Opens the customer window, on the timeline when asked.
    void openCustomer(qint64 id, bool timeline = false);
    void followUpCurrent();
    // The selected customer: taken from the public pool by the signed-in staff member (or one
    // chosen), or given back to it with a reason.
    void claimCurrent();
    void releaseCurrent();
    void setContactFilter(ContactFilter filter);
    void archiveCurrent();
    // Reads the list again in place (after a change at this or another desk).
    void refresh();
    // The list as it shows (search, filters, sort, visible columns) into a file; asks where
    // when path is empty.
    void exportTo(QString path = {});
    // The contacts of the listed customers as vCard; asks where when path is empty.
    void exportContacts(QString path = {});
    void importCustomers();
    void findDuplicates();
    void showImports();
    // Labels or envelopes for the selected customer or everyone the list shows.
    void printLabels();
    // An e-mail from a template to the selected customer or everyone the list shows.
    void sendMessage();
    // Adds the selected customer, or everyone listed, to a campaign's picked customers.
    void addToCampaign();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void selectId(qint64 id);
    // The selected customer or everyone listed, as the user picks (empty: cancelled).
    QList<qint64> chooseCustomers(const QString& title);

    Database& m_db;
    CustomerListModel* m_model = nullptr;
    HighlightDelegate* m_highlight = nullptr;
    QLineEdit* m_search = nullptr;
    QCheckBox* m_showArchived = nullptr;
    QComboBox* m_contactFilter = nullptr;
    QComboBox* m_ownerFilter = nullptr;
    QSpinBox* m_notContactedDays = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_countLabel = nullptr;
    QTimer* m_searchDelay = nullptr;
};

} // namespace shopcrm
