#include "CustomerPicker.h"

#include "ErrorReporter.h"
#include "SearchHighlight.h"
#include "store/CustomerRepository.h"
#include "store/CustomerSearchIndex.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QKeyEvent>
#include <QStandardItemModel>
#include <QTimer>

namespace shopcrm {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kNameRole = Qt::UserRole + 2;
} // namespace

CustomerPicker::CustomerPicker(Database& db, QWidget* parent) : QLineEdit(parent), m_db(db)
{
    setPlaceholderText(tr("Name, phone or pinyin"));
    setClearButtonEnabled(true);
    m_matches = new QStandardItemModel(this);
    m_completer = new QCompleter(m_matches, this);
    // The search has already chosen and ranked the matches: show them as they are.
    m_completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setWidget(this);
    m_completer->popup()->setObjectName(QStringLiteral("customerPickerPopup"));
    m_highlight = new HighlightDelegate(m_completer->popup());
    m_completer->popup()->setItemDelegate(m_highlight);
    m_delay = new QTimer(this);
    m_delay->setSingleShot(true);
    m_delay->setInterval(120);
    connect(this, &QLineEdit::textEdited, this, [this] {
        if (m_id != 0) {
            m_id = 0;
            emit customerCleared();
        }
        m_delay->start();
    });
    connect(m_delay, &QTimer::timeout, this, &CustomerPicker::searchNow);
    connect(m_completer, qOverload<const QModelIndex&>(&QCompleter::activated), this, &CustomerPicker::choose);
}

void CustomerPicker::searchNow()
{
    m_delay->stop();
    m_matches->clear();
    const QString query = text().trimmed();
    if (query.isEmpty() || m_id != 0) {
        m_completer->popup()->hide();
        return;
    }
    m_highlight->setQuery(query);
    // A store error (another desk busy, the share gone) is shown; what was typed stays.
    QList<CustomerRow> found;
    if (!ErrorReporter::guard([&] {
            QList<qint64> ids;
            for (const CustomerSearchIndex::Hit& hit : CustomerSearchIndex(m_db).search(query, 12))
                ids.append(hit.id);
            found = CustomerRepository(m_db).rows(ids);
        })) {
        m_completer->popup()->hide();
        return;
    }
    for (const CustomerRow& r : std::as_const(found)) {
        QString label = r.name;
        const QString detail = QStringList{r.contact, r.phone}.join(QLatin1Char(' ')).trimmed();
        if (!detail.isEmpty())
            label += QStringLiteral("  —  ") + detail;
        auto* item = new QStandardItem(label);
        item->setData(r.id, kIdRole);
        item->setData(r.name, kNameRole);
        m_matches->appendRow(item);
    }
    if (m_matches->rowCount() > 0) {
        m_completer->complete();
        m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    } else {
        m_completer->popup()->hide();
    }
}

void CustomerPicker::choose(const QModelIndex& index)
{
    const qint64 id = index.data(kIdRole).toLongLong();
    if (id <= 0)
        return;
    setCustomer(id, index.data(kNameRole).toString());
    emit customerChosen(id);
}

void CustomerPicker::setCustomer(qint64 id, const QString& name)
{
    m_delay->stop();
    m_id = id;
    setText(name);
    m_completer->popup()->hide();
}

void CustomerPicker::clearCustomer()
{
    m_id = 0;
    clear();
}

void CustomerPicker::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && m_id == 0 &&
        !text().trimmed().isEmpty()) {
        if (m_delay->isActive() || m_matches->rowCount() == 0)
            searchNow();
        if (m_matches->rowCount() > 0) {
            choose(m_completer->completionModel()->index(0, 0));
        } else {
            emit unknownName(text().trimmed());
        }
        event->accept();
        return;
    }
    if (event->key() == Qt::Key_Down && m_id == 0 && !m_completer->popup()->isVisible()) {
        searchNow();
        event->accept();
        return;
    }
    QLineEdit::keyPressEvent(event);
}

} // namespace shopcrm
