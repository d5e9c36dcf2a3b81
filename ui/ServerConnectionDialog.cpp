#include "ServerConnectionDialog.h"

#include "store/Database.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFutureWatcher>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QtConcurrent/QtConcurrentRun>
#include <QVBoxLayout>

namespace shopcrm {

ServerConnectionDialog::ServerConnectionDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("serverConnectionDialog"));
    setWindowTitle(tr("Connect to a database server"));
    auto* intro =
        new QLabel(tr("A shop with many desks or several branches keeps its database on a PostgreSQL "
                      "server. Give the address the server's keeper gave you; nothing is changed there by "
                      "a test."),
                   this);
    intro->setWordWrap(true);
    m_address = new QLineEdit(this);
    m_address->setObjectName(QStringLiteral("serverAddressLineEdit"));
    m_address->setPlaceholderText(QStringLiteral("postgresql://shop@192.168.1.10:5432/shopcrm"));
    const QString chosen = Database::chosenLocation();
    if (ServerAddress::isServerUrl(chosen)) m_address->setText(chosen);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("serverPasswordLineEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: from PGPASSWORD or ~/.pgpass"));
    auto* form = new QFormLayout;
    auto* addressLabel = new QLabel(tr("&Address:"), this);
    addressLabel->setBuddy(m_address);
    auto* passwordLabel = new QLabel(tr("&Password:"), this);
    passwordLabel->setBuddy(m_password);
    form->addRow(addressLabel, m_address);
    form->addRow(passwordLabel, m_password);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("serverResultLabel"));
    m_result->setWordWrap(true);
    m_result->setMinimumHeight(48);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_test = buttons->addButton(tr("&Test the connection"), QDialogButtonBox::ActionRole);
    m_test->setObjectName(QStringLiteral("testServerButton"));
    m_test->setDefault(true);
    m_use = buttons->addButton(tr("&Open it from the next start"), QDialogButtonBox::AcceptRole);
    m_use->setObjectName(QStringLiteral("useServerButton"));
    m_use->setEnabled(false);
    auto* local = buttons->addButton(tr("Open this computer's &file again"), QDialogButtonBox::ResetRole);
    local->setObjectName(QStringLiteral("useFileButton"));
    local->setVisible(!chosen.isEmpty());
    connect(m_test, &QPushButton::clicked, this, &ServerConnectionDialog::test);
    connect(m_use, &QPushButton::clicked, this, &ServerConnectionDialog::useIt);
    connect(local, &QPushButton::clicked, this, [this] {
        Database::setChosenLocation({});
        QMessageBox::information(
            this, windowTitle(),
            tr("From the next start ShopCRM opens this computer's own database file again."));
        reject();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // An address changed after its test must be tested again before it is used.
    connect(m_address, &QLineEdit::textChanged, this, [this] { m_use->setEnabled(false); });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(560, sizeHint().height());
}

void ServerConnectionDialog::test()
{
    const QString address = m_address->text().trimmed();
    QString why;
    if (!ServerAddress::parse(address, &why)) {
        m_result->setStyleSheet(QStringLiteral("color:#b00020"));
        m_result->setText(
            tr("Not a server address: %1. It looks like postgresql://user@host:5432/database.").arg(why));
        m_address->setFocus();
        return;
    }
    m_testing = true;
    m_test->setEnabled(false);
    m_use->setEnabled(false);
    m_result->setStyleSheet(QString());
    m_result->setText(tr("Connecting to %1…").arg(address));
    const QString password = m_password->text();
    auto* watcher = new QFutureWatcher<ServerProbe>(this);
    connect(watcher, &QFutureWatcher<ServerProbe>::finished, this, [this, watcher, address] {
        m_probed = address;
        finished(watcher->result());
        watcher->deleteLater();
    });
    watcher->setFuture(
        QtConcurrent::run([address, password] { return ServerProbe::look(address, password); }));
}

void ServerConnectionDialog::finished(const ServerProbe& probe)
{
    m_probe = probe;
    m_testing = false;
    m_test->setEnabled(true);
    const bool usable = probe.reached && probe.schema >= 0;
    m_result->setStyleSheet(usable ? QStringLiteral("color:#1b5e20") : QStringLiteral("color:#b00020"));
    m_result->setText(probe.summary());
    m_use->setEnabled(usable && m_probed == m_address->text().trimmed());
}

void ServerConnectionDialog::useIt()
{
    Database::setChosenLocation(m_probed);
    QMessageBox::information(
        this, windowTitle(),
        tr("From the next start ShopCRM opens %1. The password is not kept: give it at the "
           "start, or keep it in ~/.pgpass.")
            .arg(m_probed));
    accept();
}

} // namespace shopcrm
