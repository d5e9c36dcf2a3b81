#include "CustomerListPage.h"

#include "ErrorReporter.h"
#include "MailMergeDialog.h"
#include "MessageDialogs.h"
#include "store/CampaignRepository.h"
#include "store/CatalogRepository.h"
#include "store/CustomerPool.h"
#include <QInputDialog>

#include "CustomerEditorDialog.h"
#include "BackgroundTask.h"
#include "CustomerListModel.h"
#include "SearchHighlight.h"
#include "DuplicatesDialog.h"
#include "FollowUpDialog.h"
#include "ImportWizard.h"
#include "ImportsDialog.h"
#include "ListViews.h"
#include "services/Exports.h"
#include "store/CustomerRepository.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QToolButton>
#include <QMenu>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QDate>
#include <QSettings>
#include <QShortcut>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace shopcrm {

CustomerListPage::CustomerListPage(Database& db, QWidget* parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("customerListPage"));
    m_model = new CustomerListModel(db, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchLineEdit"));
    m_search->setPlaceholderText(tr("Search by name, contact, phone, address or pinyin (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->installEventFilter(this);
    m_showArchived = new QCheckBox(tr("Show &archived"), this);
    m_showArchived->setObjectName(QStringLiteral("showArchivedCheckBox"));
    auto* add = new QPushButton(tr("&New customer"), this);
    add->setObjectName(QStringLiteral("newCustomerButton"));
    add->setToolTip(tr("New customer (Ctrl+N)"));
    auto* open = new QPushButton(tr("&Open"), this);
    open->setObjectName(QStringLiteral("openCustomerButton"));
    auto* more = new QToolButton(this);
    more->setObjectName(QStringLiteral("customerMoreButton"));
    more->setText(tr("&More"));
    more->setPopupMode(QToolButton::InstantPopup);
    auto* moreMenu = new QMenu(more);
    const Access& access = db.access();
    if (access.can(Module::Customers, Action::Create))
        moreMenu->addAction(tr("&Import…"), this, &CustomerListPage::importCustomers)
            ->setObjectName(QStringLiteral("importCustomersAction"));
    if (access.can(Module::Customers, Action::Export))
        moreMenu->addAction(tr("&Export the list…"), this, [this] { exportTo(); })
            ->setObjectName(QStringLiteral("exportCustomersAction"));
    if (access.can(Module::Customers, Action::Export))
        moreMenu->addAction(tr("Export the &contacts as vCard…"), this, [this] { exportContacts(); })
            ->setObjectName(QStringLiteral("exportContactsAction"));
    if (access.can(Module::Customers, Action::Edit) && access.can(Module::Customers, Action::Delete))
        moreMenu->addAction(tr("Find &duplicates…"), this, &CustomerListPage::findDuplicates)
            ->setObjectName(QStringLiteral("findDuplicatesAction"));
    if (access.can(Module::Customers, Action::Create))
        moreMenu->addAction(tr("Imports and &undo…"), this, &CustomerListPage::showImports)
            ->setObjectName(QStringLiteral("showImportsAction"));
    if (access.can(Module::Printing, Action::Print))
        moreMenu->addAction(tr("&Labels, envelopes and letters…"), this, &CustomerListPage::printLabels)
            ->setObjectName(QStringLiteral("labelsAction"));
    if (access.can(Module::FollowUps, Action::Create))
        moreMenu->addAction(tr("Send an e-&mail or text message…"), this, &CustomerListPage::sendMessage)
            ->setObjectName(QStringLiteral("sendMessageAction"));
    if (access.can(Module::Sales, Action::Edit))
        moreMenu->addAction(tr("Add to a campai&gn's list…"), this, &CustomerListPage::addToCampaign)
            ->setObjectName(QStringLiteral("addToCampaignAction"));
    if (access.can(Module::Customers, Action::Edit)) {
        moreMenu->addSeparator();
        moreMenu->addAction(tr("C&laim from the pool"), this, &CustomerListPage::claimCurrent)
            ->setObjectName(QStringLiteral("claimCustomerAction"));
        moreMenu->addAction(tr("&Release to the pool…"), this, &CustomerListPage::releaseCurrent)
            ->setObjectName(QStringLiteral("releaseCustomerAction"));
    }
    more->setMenu(moreMenu);
    more->setVisible(!moreMenu->isEmpty());
    auto* followUp = new QPushButton(tr("Fo&llow-up…"), this);
    followUp->setObjectName(QStringLiteral("customerFollowUpButton"));
    add->setVisible(db.access().can(Module::Customers, Action::Create));
    followUp->setVisible(db.access().can(Module::FollowUps, Action::Create));
    followUp->setToolTip(tr("Record a contact with the selected customer (Ctrl+Shift+F)"));
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("customerCountLabel"));
    m_contactFilter = new QComboBox(this);
    m_contactFilter->setObjectName(QStringLiteral("contactFilterComboBox"));
    m_contactFilter->addItem(tr("All customers"), static_cast<int>(ContactFilter::Any));
    m_contactFilter->addItem(tr("Follow-up due or overdue"), static_cast<int>(ContactFilter::FollowUpDue));
    m_contactFilter->addItem(tr("No follow-up planned"), static_cast<int>(ContactFilter::NothingPlanned));
    m_contactFilter->addItem(tr("Not contacted for"), static_cast<int>(ContactFilter::NotContactedFor));
    m_ownerFilter = new QComboBox(this);
    m_ownerFilter->setObjectName(QStringLiteral("ownerFilterComboBox"));
    m_ownerFilter->addItem(tr("Everyone's"), static_cast<int>(OwnerFilter::Any));
    m_ownerFilter->addItem(tr("Public pool"), static_cast<int>(OwnerFilter::Pool));
    if (!access.staffName.isEmpty()) {
        m_ownerFilter->addItem(tr("Mine"), static_cast<int>(OwnerFilter::Mine));
        m_ownerFilter->addItem(tr("Others'"), static_cast<int>(OwnerFilter::Others));
    } else {
        m_ownerFilter->addItem(tr("Owned"), static_cast<int>(OwnerFilter::Others));
    }
    m_ownerFilter->setToolTip(tr("Customers in the public pool (公海), yours, or other people's"));
    m_notContactedDays = new QSpinBox(this);
    m_notContactedDays->setObjectName(QStringLiteral("notContactedDaysSpinBox"));
    m_notContactedDays->setRange(1, 3650);
    m_notContactedDays->setValue(QSettings().value(QStringLiteral("customerList/notContactedDays"), 30).toInt());
    m_notContactedDays->setSuffix(tr(" days"));
    m_notContactedDays->setVisible(false);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("customerTableView"));
    m_view->setModel(m_model);
    m_highlight = new HighlightDelegate(m_view);
    m_view->setItemDelegate(m_highlight);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    setUpLargeListView(m_view, {260, 90, 130, 190, 60, 150, 130, 130, 100}, QStringLiteral("customerList/header"));
    QHeaderView* header = m_view->horizontalHeader();
    header->setSortIndicator(CustomerListModel::NameColumn, Qt::AscendingOrder);
    m_view->installEventFilter(this);

    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_ownerFilter);
    top->addWidget(m_contactFilter);
    top->addWidget(m_notContactedDays);
    top->addWidget(m_showArchived);
    top->addWidget(open);
    top->addWidget(followUp);
    top->addWidget(add);
    top->addWidget(more);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_countLabel);

    // A short pause after typing, so a fast typist triggers one search rather than five.
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(120);
    connect(m_search, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this, [this] {
        applySearch();
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
    });
    connect(m_showArchived, &QCheckBox::toggled, m_model, &CustomerListModel::setIncludeArchived);
    connect(add, &QPushButton::clicked, this, &CustomerListPage::newCustomer);
    connect(followUp, &QPushButton::clicked, this, &CustomerListPage::followUpCurrent);
    auto applyContactFilter = [this] {
        const auto filter = static_cast<ContactFilter>(m_contactFilter->currentData().toInt());
        m_notContactedDays->setVisible(filter == ContactFilter::NotContactedFor);
        QSettings().setValue(QStringLiteral("customerList/notContactedDays"), m_notContactedDays->value());
        m_model->setContactFilter(filter, m_notContactedDays->value());
        if (m_model->rowCount() > 0)
            m_view->selectRow(0);
    };
    connect(m_contactFilter, &QComboBox::currentIndexChanged, this, applyContactFilter);
    connect(m_ownerFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setOwnerFilter(static_cast<OwnerFilter>(m_ownerFilter->currentData().toInt()),
                                m_db.access().staffName);
        if (m_model->rowCount() > 0) m_view->selectRow(0);
    });
    connect(m_notContactedDays, &QSpinBox::valueChanged, this, applyContactFilter);
    auto* followUpShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this);
    followUpShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(followUpShortcut, &QShortcut::activated, this, &CustomerListPage::followUpCurrent);
    connect(open, &QPushButton::clicked, this, &CustomerListPage::openCurrent);
    connect(m_view, &QTableView::doubleClicked, this, &CustomerListPage::openCurrent);
    connect(m_model, &CustomerListModel::countChanged, this, [this](qint64 count) {
        // Search results come ranked, not sorted: the header's arrow would claim otherwise.
        m_view->horizontalHeader()->setSortIndicatorShown(!m_model->isSearching());
        if (m_model->counting())
            m_countLabel->setText(tr("Counting the customers…"));
        else
            m_countLabel->setText(m_model->isSearching()
                                      ? tr("%Ln match(es)", nullptr, static_cast<int>(count))
                                      : tr("%Ln customer(s)", nullptr, static_cast<int>(count)));
    });
    m_countLabel->setText(m_model->counting() ? tr("Counting the customers…")
                                              : tr("%Ln customer(s)", nullptr, m_model->rowCount()));
    auto* newShortcut = new QShortcut(QKeySequence::New, this);
    newShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(newShortcut, &QShortcut::activated, this, &CustomerListPage::newCustomer);
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
}

CustomerListPage::~CustomerListPage()
{
    saveListLayout(m_view, QStringLiteral("customerList/header"));
}

bool CustomerListPage::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::KeyPress) {
        auto* key = static_cast<QKeyEvent*>(event);
        if (watched == m_search) {
            // Arrow keys move through the results without leaving the search box; Enter opens.
            if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up || key->key() == Qt::Key_PageDown ||
                key->key() == Qt::Key_PageUp) {
                if (m_searchDelay->isActive()) {
                    m_searchDelay->stop();
                    applySearch();
                }
                QCoreApplication::sendEvent(m_view, event);
                return true;
            }
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                if (m_searchDelay->isActive()) {
                    m_searchDelay->stop();
                    applySearch();
                    if (m_model->rowCount() > 0)
                        m_view->selectRow(0);
                }
                openCurrent();
                return true;
            }
            if (key->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
                m_search->clear();
                return true;
            }
        } else if (watched == m_view) {
            if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
                openCurrent();
                return true;
            }
            if (key->key() == Qt::Key_Delete) {
                archiveCurrent();
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CustomerListPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

void CustomerListPage::refresh()
{
    refreshKeepingView(
        m_view, [this] { m_model->refresh(); }, [this](int row) { return m_model->idAt(row); },
        [this](qint64 id) { return m_model->rowOfId(id); });
}

void CustomerListPage::selectId(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

void CustomerListPage::newCustomer()
{
    if (m_db.isReadOnly()) {
        QMessageBox::information(this, tr("Read-only"), tr("This database is open read-only; customers cannot be added."));
        return;
    }
    CustomerEditorDialog dialog(m_db, 0, this);
    if (!m_search->text().trimmed().isEmpty() && m_model->rowCount() == 0) {
        // Searching found nothing: the search text is most likely the new customer's name.
        auto* name = dialog.findChild<QLineEdit*>(QStringLiteral("nameLineEdit"));
        if (name)
            name->setText(m_search->text().trimmed());
    }
    const int result = dialog.exec();
    if (dialog.openInstead() > 0) {
        openCustomer(dialog.openInstead());
        return;
    }
    if (result == QDialog::Accepted) {
        m_model->refresh();
        selectId(dialog.customerId());
    }
}

void CustomerListPage::applySearch()
{
    m_highlight->setQuery(m_search->text());
    m_model->setSearch(m_search->text());
    m_view->viewport()->update();
}

QList<qint64> CustomerListPage::chooseCustomers(const QString& title)
{
    // The selected customer, or every one the list shows (up to a sheet-printing amount).
    constexpr int kMost = 5000;
    QList<qint64> ids;
    const QModelIndex current = m_view->currentIndex();
    QMessageBox ask(QMessageBox::Question, title, tr("For whom?"), QMessageBox::Cancel, this);
    QPushButton* one =
        current.isValid() ? ask.addButton(tr("The selected customer"), QMessageBox::AcceptRole) : nullptr;
    QPushButton* all =
        ask.addButton(tr("Everyone in the list (%n)", nullptr, std::min(m_model->rowCount(), kMost)),
                      QMessageBox::AcceptRole);
    ask.exec();
    if (ask.clickedButton() == one && one) {
        ids.append(m_model->idAt(current.row()));
    } else if (ask.clickedButton() == all) {
        for (int row = 0; row < std::min(m_model->rowCount(), kMost); ++row)
            ids.append(m_model->idAt(row));
    }
    return ids;
}

void CustomerListPage::printLabels()
{
    const QList<qint64> ids = chooseCustomers(tr("Labels and envelopes"));
    if (ids.isEmpty()) return;
    MailMergeDialog dialog(m_db, ids, this);
    dialog.exec();
}

void CustomerListPage::sendMessage()
{
    const QList<qint64> ids = chooseCustomers(tr("Send a message"));
    if (ids.isEmpty()) return;
    MessageDialog dialog(m_db, ids, this);
    dialog.exec();
}

void CustomerListPage::addToCampaign()
{
    QList<Campaign> campaigns;
    if (!ErrorReporter::guard([&] { campaigns = CampaignRepository(m_db).list(); })) return;
    if (campaigns.isEmpty()) {
        QMessageBox::information(this, tr("Add to a campaign's list"),
                                 tr("There is no campaign yet: make one in Sales ▸ Campaigns…"));
        return;
    }
    QStringList names;
    for (const Campaign& c : std::as_const(campaigns))
        names.append(c.name);
    bool ok = false;
    const QString name =
        QInputDialog::getItem(this, tr("Add to a campaign's list"), tr("&Campaign:"), names, 0, false, &ok);
    if (!ok) return;
    const qint64 campaign = campaigns.at(names.indexOf(name)).meta.id;
    const QList<qint64> ids = chooseCustomers(tr("Add to a campaign's list"));
    if (ids.isEmpty()) return;
    try {
        CampaignRepository repo(m_db);
        const int added = repo.addTargets(campaign, ids);
        QMessageBox::information(this, tr("Add to a campaign's list"),
                                 tr("%1: %n customer(s) added; %2 picked in all.", nullptr, added)
                                     .arg(name)
                                     .arg(repo.targets(campaign).size()));
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Not saved"), e.message());
    }
}

void CustomerListPage::openCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (current.isValid())
        openCustomer(m_model->idAt(current.row()));
}

void CustomerListPage::setContactFilter(ContactFilter filter)
{
    m_contactFilter->setCurrentIndex(std::max(0, m_contactFilter->findData(static_cast<int>(filter))));
}

void CustomerListPage::claimCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || m_db.isReadOnly()) return;
    const qint64 id = m_model->idAt(current.row());
    QString staff = m_db.access().staffName;
    if (staff.isEmpty()) {
        // Nobody signs in at this shop: say who takes it.
        QStringList names;
        ErrorReporter::guard([&] {
            for (const StaffMember& s : CatalogRepository(m_db).staff())
                names.append(s.name);
        });
        bool ok = false;
        staff = QInputDialog::getItem(this, tr("Claim from the pool"), tr("Who takes this customer?"), names,
                                      0, false, &ok);
        if (!ok || staff.isEmpty()) return;
    }
    try {
        CustomerPool::claim(m_db, id, staff);
        m_model->refresh();
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Not claimed"), e.message());
    }
}

void CustomerListPage::releaseCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid() || m_db.isReadOnly()) return;
    const qint64 id = m_model->idAt(current.row());
    bool ok = false;
    const QString reason = QInputDialog::getText(
        this, tr("Release to the pool"),
        tr("Why does %1 go back to the pool?").arg(current.siblingAtColumn(0).data().toString()),
        QLineEdit::Normal, QString(), &ok);
    if (!ok) return;
    try {
        CustomerPool::release(m_db, id, reason);
        m_model->refresh();
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Not released"), e.message());
    }
}

void CustomerListPage::followUpCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        QMessageBox::information(this, tr("Follow-up"), tr("Select the customer first."));
        return;
    }
    if (m_db.isReadOnly())
        return;
    const qint64 id = m_model->idAt(current.row());
    FollowUpDialog dialog(m_db, FollowUpDialog::New{id}, this);
    if (dialog.exec() == QDialog::Accepted) {
        m_model->refresh();
        selectId(id);
    }
}

void CustomerListPage::openCustomer(qint64 id, bool timeline)
{
    if (id <= 0)
        return;
    try {
        CustomerEditorDialog dialog(m_db, id, this);
        if (timeline)
            dialog.showTimeline();
        const int result = dialog.exec();
        if (dialog.openInstead() > 0 && dialog.openInstead() != id) {
            openCustomer(dialog.openInstead());
            return;
        }
        if (result == QDialog::Accepted || dialog.followUpsChanged()) {
            m_model->refresh();
            selectId(id);
        }
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Cannot open customer"), e.message());
        m_model->refresh();
    }
}

void CustomerListPage::archiveCurrent()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return;
    const qint64 id = m_model->idAt(current.row());
    try {
        CustomerRepository repository(m_db);
        const Customer c = repository.get(id);
        const bool archive = !c.archived;
        if (!confirmArchiveChange(this, c.name, archive))
            return;
        repository.setArchived(id, c.meta.version, archive);
        const int row = current.row();
        m_model->refresh();
        if (m_model->rowCount() > 0)
            m_view->selectRow(std::min(row, m_model->rowCount() - 1));
    } catch (const StoreError& e) {
        QMessageBox::warning(this, tr("Not saved"), e.message());
    }
}

void CustomerListPage::exportTo(QString path)
{
    const CustomerListQuery query = m_model->query();
    const QString search = m_model->isSearching() ? m_model->search() : QString();
    const std::optional<qint64> rows = exportList(
        this, m_db, path, tr("Export customers"), tr("customers-%1"), tr("Exporting customers…"),
        shownColumns(m_view), [query, search](Database& db, const QString& file, const ExportOptions& o) {
            return Exports::customers(db, query, search, file, o);
        });
    if (rows)
        m_countLabel->setText(tr("Exported %Ln customer(s) to %1.", nullptr, int(*rows)).arg(QDir::toNativeSeparators(path)));
}

void CustomerListPage::exportContacts(QString path)
{
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Export contacts"),
                                            QDir::home().filePath(tr("contacts-%1.vcf").arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd")))),
                                            tr("Contact cards (*.vcf)"));
        if (path.isEmpty())
            return;
        if (QFileInfo(path).suffix().isEmpty())
            path += QStringLiteral(".vcf");
    }
    const CustomerListQuery query = m_model->query();
    const QString search = m_model->isSearching() ? m_model->search() : QString();
    const BackgroundResult<qint64> result = runInBackground<qint64>(
        this, m_db, tr("Exporting contacts…"), [query, search, path](Database& db, const std::function<bool(qint64, qint64)>& progress) {
            return Exports::contacts(db, query, search, path, progress);
        });
    if (result.value)
        m_countLabel->setText(tr("Exported %Ln contact card(s) to %1.", nullptr, int(*result.value)).arg(QDir::toNativeSeparators(path)));
    else if (!result.stopped)
        QMessageBox::warning(this, tr("Export contacts"), result.error);
}

void CustomerListPage::importCustomers()
{
    ImportWizard wizard(m_db, this);
    wizard.exec();
    if (wizard.importedId() > 0)
        refresh();
}

void CustomerListPage::findDuplicates()
{
    DuplicatesDialog dialog(m_db, this);
    dialog.exec();
    if (dialog.changedAnything())
        refresh();
}

void CustomerListPage::showImports()
{
    ImportsDialog dialog(m_db, this);
    dialog.exec();
    if (dialog.revertedAny())
        refresh();
}

} // namespace shopcrm
