#include "SettingsDialog.h"
#include <QInputDialog>

#include "BackupDialog.h"
#include "documents/DocumentRenderer.h"
#include "ErrorReporter.h"
#include "MessageDialogs.h"
#include "PoolRulesDialog.h"
#include "PriceListDialog.h"
#include "ServerConnectionDialog.h"
#include "services/Reports.h"
#include "ServiceSettingsDialog.h"
#include "StagesDialog.h"
#include "store/ChangeFeed.h"
#include "store/Database.h"
#include "store/DeskPresence.h"
#include "store/FollowUpRepository.h"
#include "store/ShopSettings.h"
#include "store/StoreError.h"
#include "store/UserRepository.h"
#include "UsersDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace shopcrm {

SettingsDialog::SettingsDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    setMinimumWidth(560);
    QSettings settings;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("System default"), QString());
    // Language names are written in their own language, so anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.value(QStringLiteral("ui/language")).toString())));
    const Session defaults = Session::fromEnvironment();
    m_user = new QLineEdit(settings.value(QStringLiteral("session/user"), defaults.user).toString(), this);
    m_user->setObjectName(QStringLiteral("userLineEdit"));
    m_desk = new QLineEdit(settings.value(QStringLiteral("session/desk"), defaults.desk).toString(), this);
    m_desk->setObjectName(QStringLiteral("deskLineEdit"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Language"), m_language);
    form->addRow(tr("Your &name"), m_user);
    form->addRow(tr("&Desk"), m_desk);
    auto* hint = new QLabel(tr("Your name and desk are recorded with every change you save."), this);
    hint->setWordWrap(true);
    // Once the shop signs in, the signed-in user is who every change records.
    if (db.access().userId > 0) {
        m_user->setText(db.access().login);
        m_user->setEnabled(false);
        hint->setText(tr("Signed in as %1 (%2). Your desk is recorded with every change you save.")
                          .arg(db.access().displayName, db.access().roleName));
    }

    const ShopProfile profile = ShopProfile::load(db);
    m_shopName = new QLineEdit(profile.name, this);
    m_shopName->setObjectName(QStringLiteral("shopNameLineEdit"));
    m_shopAddress = new QLineEdit(profile.address, this);
    m_shopAddress->setObjectName(QStringLiteral("shopAddressLineEdit"));
    m_shopPhone = new QLineEdit(profile.phone, this);
    m_shopPhone->setObjectName(QStringLiteral("shopPhoneLineEdit"));
    m_shopBank = new QLineEdit(profile.bankAccount, this);
    m_shopBank->setObjectName(QStringLiteral("shopBankLineEdit"));
    m_shopFooter = new QLineEdit(profile.footer, this);
    m_shopFooter->setObjectName(QStringLiteral("shopFooterLineEdit"));
    m_shopFooter->setPlaceholderText(tr("e.g. bank account and thanks, printed at the foot of every page"));
    m_shopLogo = new QLineEdit(profile.logoPath, this);
    m_shopLogo->setObjectName(QStringLiteral("shopLogoLineEdit"));
    auto* browse = new QPushButton(tr("Choose…"), this);
    m_logoIssue = new QLabel(this);
    m_logoIssue->setStyleSheet(QStringLiteral("color:#8a6d00"));
    auto* logoRow = new QWidget(this);
    auto* logoLayout = new QHBoxLayout(logoRow);
    logoLayout->setContentsMargins(0, 0, 0, 0);
    logoLayout->addWidget(m_shopLogo, 1);
    logoLayout->addWidget(browse);
    logoRow->setFocusProxy(m_shopLogo);
    auto* shop = new QGroupBox(tr("Shop letterhead (shared by every desk)"), this);
    auto* shopForm = new QFormLayout(shop);
    shopForm->addRow(tr("&Shop name"), m_shopName);
    shopForm->addRow(tr("&Address"), m_shopAddress);
    shopForm->addRow(tr("Phone"), m_shopPhone);
    shopForm->addRow(tr("&Bank account"), m_shopBank);
    shopForm->addRow(tr("&Footer line"), m_shopFooter);
    shopForm->addRow(tr("Lo&go"), logoRow);
    shopForm->addRow(m_logoIssue);
    const bool mayEdit = !db.isReadOnly() && db.access().can(Module::Settings, Action::Edit);
    shop->setEnabled(mayEdit);
    auto checkLogo = [this] {
        const QString path = m_shopLogo->text().trimmed();
        m_logoIssue->setText(path.isEmpty() || DocumentRenderer::logoUsable(path)
                                 ? QString()
                                 : tr("This file cannot be read as a picture; documents will print without a logo."));
    };
    connect(m_shopLogo, &QLineEdit::textChanged, this, checkLogo);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Shop logo"), m_shopLogo->text(),
                                                          tr("Pictures (*.png *.jpg *.jpeg *.bmp *.svg)"));
        if (!path.isEmpty())
            m_shopLogo->setText(path);
    });
    checkLogo();

    const ShopSettings::Numbering numbering = ShopSettings(db).numbering(QStringLiteral("order"));
    m_pattern = new QLineEdit(numbering.pattern, this);
    m_pattern->setObjectName(QStringLiteral("orderPatternLineEdit"));
    m_reset = new QComboBox(this);
    m_reset->setObjectName(QStringLiteral("orderResetComboBox"));
    for (CounterReset r : {CounterReset::Daily, CounterReset::Monthly, CounterReset::Yearly, CounterReset::Never})
        m_reset->addItem(NumberPattern::resetName(r), static_cast<int>(r));
    m_reset->setCurrentIndex(m_reset->findData(static_cast<int>(numbering.reset)));
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("orderPatternPreview"));
    auto* numbers = new QGroupBox(tr("Orders and revenue (shared by every desk)"), this);
    auto* numbersForm = new QFormLayout(numbers);
    numbersForm->addRow(tr("&Pattern"), m_pattern);
    numbersForm->addRow(tr("&Restart the count"), m_reset);
    numbersForm->addRow(tr("Next looks like"), m_preview);
    auto* patternHelp = new QLabel(tr("{yyyy} year, {yy} two-digit year, {MM} month, {dd} day, {seq:3} running number "
                                      "with 3 digits."),
                                   this);
    patternHelp->setWordWrap(true);
    numbersForm->addRow(patternHelp);
    numbers->setEnabled(mayEdit);
    connect(m_pattern, &QLineEdit::textChanged, this, &SettingsDialog::updatePreview);
    connect(m_reset, &QComboBox::currentIndexChanged, this, &SettingsDialog::updatePreview);
    updatePreview();

    // The outcomes offered on follow-ups; what was typed on earlier follow-ups stays as it was.
    m_outcomes = new QPlainTextEdit(FollowUpRepository(db).outcomeChoices().join(QLatin1Char('\n')), this);
    m_outcomes->setObjectName(QStringLiteral("followUpOutcomesEdit"));
    m_outcomes->setTabChangesFocus(true);
    m_outcomes->setMaximumHeight(96);
    m_basis = new QComboBox(this);
    m_basis->setObjectName(QStringLiteral("billingBasisComboBox"));
    m_basis->addItem(tr("By order date (when the order was taken)"), static_cast<int>(BillingBasis::OrderDate));
    m_basis->addItem(tr("By delivery date (when the order was delivered)"), static_cast<int>(BillingBasis::Delivery));
    m_basis->setCurrentIndex(m_basis->findData(static_cast<int>(Reports::basis(db))));
    m_basis->setEnabled(mayEdit);
    numbersForm->addRow(tr("Revenue counts orders"), m_basis);
    auto* outcomes = new QGroupBox(tr("Follow-up outcomes (shared by every desk)"), this);
    auto* outcomesLayout = new QVBoxLayout(outcomes);
    auto* outcomesLabel = new QLabel(tr("&Outcomes offered, one per line:"), outcomes);
    outcomesLabel->setBuddy(m_outcomes);
    outcomesLayout->addWidget(outcomesLabel);
    outcomesLayout->addWidget(m_outcomes);
    outcomes->setEnabled(mayEdit);

    auto* database = new QGroupBox(tr("Database"), this);
    auto* databaseLayout = new QVBoxLayout(database);
    m_database = new QLabel(database);
    m_database->setObjectName(QStringLiteral("databaseStatusLabel"));
    m_database->setWordWrap(true);
    m_database->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_switchMode = new QPushButton(database);
    m_switchMode->setObjectName(QStringLiteral("switchModeButton"));
    m_switchMode->setAutoDefault(false);
    auto* server = new QPushButton(tr("Connect to a ser&ver…"), database);
    server->setObjectName(QStringLiteral("serverButton"));
    server->setAutoDefault(false);
    server->setToolTip(tr("Test a PostgreSQL server's address and open it from the next start."));
    auto* databaseButtons = new QHBoxLayout;
    databaseButtons->addWidget(m_switchMode);
    databaseButtons->addWidget(server);
    databaseButtons->addStretch();
    databaseLayout->addWidget(m_database);
    databaseLayout->addLayout(databaseButtons);
    connect(m_switchMode, &QPushButton::clicked, this, &SettingsDialog::switchMode);
    connect(server, &QPushButton::clicked, this, [this] {
        ServerConnectionDialog dialog(this);
        dialog.exec();
        updateDatabase();
    });
    updateDatabase();

    auto* safety = new QGroupBox(tr("Users, backups and more"), this);
    // The shop's settings that have a window of their own, in rows of four.
    auto* more = new QGridLayout(safety);
    auto addButton = [&](const QString& text, const QString& name, const QString& tip, bool enabled) {
        auto* button = new QPushButton(text, safety);
        button->setObjectName(name);
        button->setToolTip(tip);
        button->setAutoDefault(false);
        button->setEnabled(enabled);
        const int at = more->count();
        more->addWidget(button, at / 4, at % 4);
        return button;
    };
    auto opens = [this]<typename Dialog>(QPushButton* button, Dialog*) {
        connect(button, &QPushButton::clicked, this, [this] {
            Dialog dialog(m_db, this);
            dialog.exec();
        });
    };
    // Before the first user anyone may create the owner; afterwards it is the users right.
    bool noUsers = false;
    ErrorReporter::guard([&] { noUsers = !UserRepository(db).hasUsers(); });
    QPushButton* usersButton =
        addButton(tr("&Users and roles…"), QStringLiteral("usersButton"), QString(),
                  !db.isReadOnly() && (noUsers || db.access().can(Module::Users, Action::View)));
    QPushButton* backupsButton = addButton(tr("&Backups…"), QStringLiteral("backupsButton"), QString(),
                                           db.access().can(Module::Settings, Action::Export));
    QPushButton* stagesButton = addButton(tr("Sales &stages…"), QStringLiteral("stagesButton"), QString(),
                                          db.access().can(Module::Sales, Action::View));
    const bool maySeeSettings = db.access().can(Module::Settings, Action::View);
    const bool mayEditSettings = db.access().can(Module::Settings, Action::Edit);
    QPushButton* gradePrices = addButton(tr("Prices by &grade…"), QStringLiteral("gradePricesButton"),
                                         tr("Prices agreed with every customer of a grade"),
                                         db.access().can(Module::Sales, Action::View));
    opens(addButton(tr("Public &pool rules…"), QStringLiteral("poolRulesButton"),
                    tr("When idle customers go back to the public pool (公海), and the limits on claiming"),
                    maySeeSettings),
          static_cast<PoolRulesDialog*>(nullptr));
    opens(addButton(tr("Ser&vice hours and targets…"), QStringLiteral("serviceSettingsButton"),
                    tr("When the shop is open, how soon requests must be resolved, and their types"),
                    maySeeSettings),
          static_cast<ServiceSettingsDialog*>(nullptr));
    opens(addButton(tr("&Mail account…"), QStringLiteral("mailSettingsButton"),
                    tr("The server and account the shop's e-mails to customers go through"), mayEditSettings),
          static_cast<MailSettingsDialog*>(nullptr));
    opens(addButton(tr("SMS a&ccount…"), QStringLiteral("smsSettingsButton"),
                    tr("The SMS provider and key the shop's text messages to customers go through"),
                    mayEditSettings),
          static_cast<SmsSettingsDialog*>(nullptr));
    opens(addButton(tr("No&tices…"), QStringLiteral("noticesButton"),
                    tr("What customers are sent when their order is ready and when a payment is due"),
                    mayEditSettings),
          static_cast<NoticesDialog*>(nullptr));
    connect(gradePrices, &QPushButton::clicked, this, [this] {
        // The grades customers have, and any typed here.
        QStringList grades;
        ErrorReporter::guard([&] {
            Sql q(m_db, QStringLiteral(
                            "SELECT DISTINCT grade FROM customers WHERE grade <> '' UNION "
                            "SELECT DISTINCT grade FROM negotiated_prices WHERE grade <> '' ORDER BY 1"));
            q.exec();
            while (q.next())
                grades.append(q.value(0).toString());
        });
        bool ok = false;
        const QString grade =
            QInputDialog::getItem(this, tr("Prices by grade"), tr("Grade:"), grades, 0, true, &ok).trimmed();
        if (!ok || grade.isEmpty()) return;
        PriceListFilter whose;
        whose.grade = grade;
        PriceListDialog dialog(m_db, whose, this);
        dialog.exec();
    });
    connect(usersButton, &QPushButton::clicked, this, [this] {
        UsersDialog dialog(m_db, this);
        dialog.exec();
    });
    connect(stagesButton, &QPushButton::clicked, this, [this] {
        StagesDialog dialog(m_db, this);
        dialog.exec();
    });
    connect(backupsButton, &QPushButton::clicked, this, [this] {
        BackupDialog dialog(m_db, this);
        connect(&dialog, &BackupDialog::restored, this, &SettingsDialog::restored);
        dialog.exec();
    });

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(shop);
    layout->addWidget(numbers);
    layout->addWidget(outcomes);
    layout->addWidget(database);
    layout->addWidget(safety);
    layout->addWidget(buttons);
}

void SettingsDialog::updateDatabase()
{
    const QString chosen = Database::chosenLocation();
    const QString next =
        !chosen.isEmpty() && chosen != m_db.path()
            ? tr("From the next start: %1").arg(QDir::toNativeSeparators(Database::defaultLocation()))
            : QString();
    if (m_db.isServer()) {
        QStringList lines{tr("Server: %1").arg(m_db.path()), tr("Mode: %1").arg(m_db.modeDescription())};
        if (!next.isEmpty()) lines << next;
        m_database->setText(lines.join(QLatin1Char('\n')));
        m_switchMode->hide();
        return;
    }
    const bool shared = m_db.mode() == StorageMode::Shared;
    const FileSystemInfo& fs = m_db.fileSystem();
    QStringList lines;
    lines << tr("File: %1").arg(QDir::toNativeSeparators(m_db.path()))
          << tr("Mode: %1").arg(m_db.modeDescription())
          << tr("Folder: %1 (%2)").arg(fs.network ? tr("network folder") : tr("this computer's disk"), fs.type);
    if (!fs.cloudSync.isEmpty())
        lines << tr("Warning: %1 keeps this folder in step and may copy or replace the file while a desk has it "
                    "open. A shop's database is better in a shared folder on the shop's network.")
                     .arg(fs.cloudSync);
    if (shared) {
        QStringList names;
        ErrorReporter::guard([&] {
            if (DeskPresence* presence = DeskPresence::of(m_db))
                for (const DeskInfo& d : presence->others())
                    names.append(tr("%1 (%2)").arg(d.desk, d.user));
        });
        lines << (names.isEmpty() ? tr("No other desk has it open.") : tr("Also open at: %1").arg(names.join(QStringLiteral(", "))));
    }
    if (!next.isEmpty()) lines << next;
    m_database->setText(lines.join(QLatin1Char('\n')));
    m_switchMode->setText(shared ? tr("Use on this desk only…") : tr("Share with other desks…"));
    // A file in a network folder can only be used shared; a read-only one cannot be switched.
    m_switchMode->setEnabled(!m_db.isReadOnly() && !(shared && fs.network));
    m_switchMode->setToolTip(shared && fs.network ? tr("A database in a network folder is always shared.") : QString());
}

void SettingsDialog::switchMode()
{
    const bool toShared = m_db.mode() != StorageMode::Shared;
    QList<DeskInfo> others;
    DeskPresence* presence = DeskPresence::of(m_db);
    if (!ErrorReporter::guard([&] {
            if (presence)
                others = presence->others();
            else
                others = DeskPresence(m_db).desks();
        }))
        return;
    if (!others.isEmpty()) {
        QStringList names;
        for (const DeskInfo& d : std::as_const(others))
            names.append(tr("%1 (%2)").arg(d.desk, d.user));
        QMessageBox::warning(this, tr("Other desks are working"),
                             tr("The database cannot be switched while other desks have it open: %1. Close ShopCRM "
                                "there first.")
                                 .arg(names.join(QStringLiteral(", "))));
        return;
    }
    const QString question =
        toShared ? tr("Share this database with other desks? Put it in a folder every desk can reach; each desk then "
                      "opens it there. Saving becomes a little slower, and every desk sees the others' changes.")
                 : tr("Use this database on this desk only? Other desks must not open it any more.");
    if (QMessageBox::question(this, tr("Database"), question) != QMessageBox::Yes)
        return;
    if (ChangeFeed* feed = ChangeFeed::of(m_db))
        feed->releaseConnection();
    try {
        m_db.setMode(toShared ? StorageMode::Shared : StorageMode::Single);
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Database"), e.message());
    }
    updateDatabase();
}

void SettingsDialog::updatePreview()
{
    const QString pattern = m_pattern->text().trimmed();
    QString problem = NumberPattern::problem(pattern);
    if (problem.isNull())
        problem = NumberPattern::resetProblem(pattern, static_cast<CounterReset>(m_reset->currentData().toInt()));
    m_preview->setStyleSheet(problem.isNull() ? QString() : QStringLiteral("color:#b00020"));
    m_preview->setText(problem.isNull() ? NumberPattern::format(pattern, QDate::currentDate(), 1) : problem);
}

void SettingsDialog::accept()
{
    if (!m_db.isReadOnly() && m_db.access().can(Module::Settings, Action::Edit)) {
        ShopProfile profile = ShopProfile::load(m_db);
        profile.name = m_shopName->text();
        profile.address = m_shopAddress->text();
        profile.phone = m_shopPhone->text();
        profile.bankAccount = m_shopBank->text();
        profile.footer = m_shopFooter->text();
        profile.logoPath = m_shopLogo->text();
        try {
            profile.save(m_db);
        } catch (const StoreError& e) {
            QMessageBox::warning(this, tr("Not saved"), e.message());
            return;
        }
        const ShopSettings::Numbering wanted{m_pattern->text().trimmed(),
                                             static_cast<CounterReset>(m_reset->currentData().toInt())};
        const ShopSettings::Numbering current = ShopSettings(m_db).numbering(QStringLiteral("order"));
        if (wanted.pattern != current.pattern || wanted.reset != current.reset) {
            try {
                ShopSettings(m_db).setNumbering(QStringLiteral("order"), wanted);
            } catch (const StoreError& e) {
                QMessageBox::warning(this, tr("Not saved"), e.message());
                m_pattern->setFocus();
                return;
            }
        }
        const auto basis = static_cast<BillingBasis>(m_basis->currentData().toInt());
        if (basis != Reports::basis(m_db))
            Reports::setBasis(m_db, basis);
        FollowUpRepository followUps(m_db);
        const QStringList outcomes = m_outcomes->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        if (outcomes != followUps.outcomeChoices()) {
            try {
                followUps.setOutcomeChoices(outcomes);
            } catch (const StoreError& e) {
                QMessageBox::warning(this, tr("Not saved"), e.message());
                return;
            }
        }
    }
    QSettings settings;
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != settings.value(QStringLiteral("ui/language")).toString();
    settings.setValue(QStringLiteral("ui/language"), language);
    if (m_user->isEnabled() && !m_user->text().trimmed().isEmpty())
        settings.setValue(QStringLiteral("session/user"), m_user->text().trimmed());
    if (!m_desk->text().trimmed().isEmpty())
        settings.setValue(QStringLiteral("session/desk"), m_desk->text().trimmed());
    QDialog::accept();
}

} // namespace shopcrm
