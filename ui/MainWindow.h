#pragma once

#include <QMainWindow>

namespace shopcrm {

class CustomerListPage;
class Database;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)
public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);
    CustomerListPage* customerPage() const { return m_customers; }

signals:
    // The user changed the language; the application restarts its window to apply it.
    void restartRequested();

private:
    void openSettings();

    Database& m_db;
    CustomerListPage* m_customers = nullptr;
};

} // namespace shopcrm
