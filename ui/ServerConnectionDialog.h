#pragma once

#include "store/ServerProbe.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace shopcrm {

// Settings ▸ Database ▸ Connect to a server…: an address and a password are tried without
// changing anything on the server, and the address can become the database this computer opens
// from its next start.
class ServerConnectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerConnectionDialog)
public:
    explicit ServerConnectionDialog(QWidget* parent = nullptr);
    // Tries the address (in another thread; the window stays usable). For tests: waits until done.
    void test();
    bool testing() const { return m_testing; }
    const ServerProbe& lastProbe() const { return m_probe; }

private:
    void finished(const ServerProbe& probe);
    void useIt();

    QLineEdit* m_address = nullptr;
    QLineEdit* m_password = nullptr;
    QLabel* m_result = nullptr;
    QPushButton* m_test = nullptr;
    QPushButton* m_use = nullptr;
    ServerProbe m_probe;
    QString m_probed; // the address m_probe is about
    bool m_testing = false;
};

} // namespace shopcrm
