#include "CustomerTimeline.h"

#include "ErrorReporter.h"

#include "FollowUpDialog.h"
#include "OpportunityDialog.h"
#include "OrderEditorDialog.h"
#include "PrintActions.h"
#include "QuoteEditorDialog.h"
#include "ServiceRequestDialog.h"
#include "services/Messages.h"
#include "store/CatalogRepository.h"
#include "store/Database.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QShortcut>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace shopcrm {

namespace {

// Two lines per event: a round badge for the kind, then "time · who · summary" over the detail.
// Every row has the same height, so the view lays out thousands of events without measuring them.
class TimelineDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const override
    {
        return {200, option.fontMetrics.height() * 2 + 14};
    }

    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        opt.text.clear();
        QApplication::style()->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        painter->save();
        const auto kind = static_cast<TimelineEvent::Kind>(index.data(TimelineModel::KindRole).toInt());
        const QRect r = option.rect.adjusted(8, 5, -8, -5);
        const int line = option.fontMetrics.height();
        const int badge = line + 6;
        const QRect circle(r.left(), r.top() + (r.height() - badge) / 2, badge, badge);
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(Qt::NoPen);
        painter->setBrush(TimelineModel::colour(kind));
        painter->drawEllipse(circle);
        painter->setPen(Qt::white);
        painter->drawText(circle, Qt::AlignCenter, TimelineModel::badge(kind));

        const bool selected = option.state & QStyle::State_Selected;
        const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        const QColor grey = selected ? text : option.palette.color(QPalette::PlaceholderText);
        const int left = circle.right() + 10;
        QRect first(left, r.top(), r.right() - left, line);
        QFont bold = option.font;
        bold.setBold(true);
        const QString when = index.data(TimelineModel::WhenRole).toString();
        painter->setFont(bold);
        painter->setPen(text);
        painter->drawText(first, Qt::AlignLeft | Qt::AlignVCenter, when);
        const int whenWidth = QFontMetrics(bold).horizontalAdvance(when) + 12;
        const QString who = index.data(TimelineModel::WhoRole).toString();
        painter->setFont(option.font);
        painter->setPen(grey);
        QRect whoRect = first.adjusted(whenWidth, 0, 0, 0);
        painter->drawText(whoRect, Qt::AlignLeft | Qt::AlignVCenter, who);
        const int whoWidth = who.isEmpty() ? 0 : option.fontMetrics.horizontalAdvance(who) + 12;
        painter->setPen(text);
        const QRect summaryRect = whoRect.adjusted(whoWidth, 0, 0, 0);
        painter->drawText(summaryRect, Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight,
                                                        summaryRect.width()));
        const QRect second(left, r.top() + line + 4, r.right() - left, line);
        painter->setPen(grey);
        painter->drawText(second, Qt::AlignLeft | Qt::AlignVCenter,
                          option.fontMetrics.elidedText(index.data(TimelineModel::DetailRole).toString(),
                                                        Qt::ElideRight, second.width()));
        painter->restore();
    }
};

} // namespace

TimelineModel::TimelineModel(Database& db, qint64 customerId, QObject* parent)
    : QAbstractListModel(parent), m_db(db), m_customerId(customerId)
{
    refresh();
}

int TimelineModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_events.size());
}

QVariant TimelineModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_events.size())
        return {};
    const TimelineEvent& e = m_events.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return e.summary;
    case Qt::ToolTipRole: return e.detail.isEmpty() ? e.summary : e.summary + QLatin1Char('\n') + e.detail;
    case KindRole: return static_cast<int>(e.kind);
    case RefIdRole: return e.refId;
    case WhoRole: return e.who;
    case WhenRole: return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case DetailRole: return e.detail;
    default: return {};
    }
}

void TimelineModel::setFilter(const TimelineFilter& filter)
{
    m_filter = filter;
    refresh();
}

void TimelineModel::refresh()
{
    beginResetModel();
    m_events.clear();
    if (m_customerId > 0)
        ErrorReporter::guard([this] { m_events = FollowUpRepository(m_db).timeline(m_customerId, m_filter); });
    endResetModel();
}

QString TimelineModel::badge(TimelineEvent::Kind kind)
{
    switch (kind) {
    case TimelineEvent::Kind::FollowUp: return tr("F", "timeline badge: follow-up");
    case TimelineEvent::Kind::OrderCreated: return tr("O", "timeline badge: order taken");
    case TimelineEvent::Kind::OrderStatus: return tr("S", "timeline badge: order status");
    case TimelineEvent::Kind::Delivery: return tr("D", "timeline badge: delivery");
    case TimelineEvent::Kind::Opportunity:
        return tr("P", "timeline badge: sales opportunity");
    case TimelineEvent::Kind::Quote:
        return tr("Q", "timeline badge: quote");
    case TimelineEvent::Kind::Service:
        return tr("V", "timeline badge: service request");
    case TimelineEvent::Kind::Message:
        return tr("M", "timeline badge: message");
    }
    return {};
}

QColor TimelineModel::colour(TimelineEvent::Kind kind)
{
    switch (kind) {
    case TimelineEvent::Kind::FollowUp: return QColor(0x1e, 0x88, 0xe5);
    case TimelineEvent::Kind::OrderCreated: return QColor(0x43, 0xa0, 0x47);
    case TimelineEvent::Kind::OrderStatus: return QColor(0x8d, 0x6e, 0x63);
    case TimelineEvent::Kind::Delivery: return QColor(0xfb, 0x8c, 0x00);
    case TimelineEvent::Kind::Opportunity:
        return QColor(0x8e, 0x24, 0xaa);
    case TimelineEvent::Kind::Quote:
        return QColor(0x00, 0x89, 0x7b);
    case TimelineEvent::Kind::Service:
        return QColor(0xd8, 0x1b, 0x60);
    case TimelineEvent::Kind::Message:
        return QColor(0x54, 0x6e, 0x7a);
    }
    return Qt::gray;
}

CustomerTimeline::CustomerTimeline(Database& db, qint64 customerId, QWidget* parent)
    : QWidget(parent), m_db(db), m_customerId(customerId)
{
    setObjectName(QStringLiteral("customerTimeline"));
    m_model = new TimelineModel(db, customerId, this);

    m_method = new QComboBox(this);
    m_method->setObjectName(QStringLiteral("quickMethodComboBox"));
    for (const ContactMethod method : FollowUpRules::methods())
        m_method->addItem(FollowUpRules::methodName(method), static_cast<int>(method));
    m_quick = new QLineEdit(this);
    m_quick->setObjectName(QStringLiteral("quickFollowUpLineEdit"));
    m_quick->setPlaceholderText(tr("Record a contact: what was said — Enter adds it"));
    m_planNext = new QCheckBox(tr("Ne&xt"), this);
    m_planNext->setObjectName(QStringLiteral("quickPlanNextCheckBox"));
    m_next = new QDateEdit(QDate::currentDate().addDays(3), this);
    m_next->setObjectName(QStringLiteral("quickNextDateEdit"));
    m_next->setCalendarPopup(true);
    m_next->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_next->setEnabled(false);
    auto* add = new QPushButton(tr("Add", "quick follow-up"), this);
    add->setToolTip(tr("Add this contact to the timeline (Enter)"));
    add->setObjectName(QStringLiteral("quickAddButton"));
    auto* more = new QPushButton(tr("Full form…"), this);
    more->setObjectName(QStringLiteral("newFollowUpButton"));
    more->setToolTip(tr("The full form: subject, outcome, order, attachments (Ctrl+Shift+F)"));
    auto* moreShortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), this);
    moreShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(moreShortcut, &QShortcut::activated, this, &CustomerTimeline::newFollowUp);
    auto* quick = new QHBoxLayout;
    quick->addWidget(m_method);
    quick->addWidget(m_quick, 1);
    quick->addWidget(m_planNext);
    quick->addWidget(m_next);
    quick->addWidget(add);
    quick->addWidget(more);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("timelineKindComboBox"));
    m_kind->addItem(tr("Everything"), -1);
    m_kind->addItem(tr("Follow-ups"), static_cast<int>(TimelineEvent::Kind::FollowUp));
    m_kind->addItem(tr("Orders"), static_cast<int>(TimelineEvent::Kind::OrderCreated));
    m_kind->addItem(tr("Deliveries"), static_cast<int>(TimelineEvent::Kind::Delivery));
    if (db.access().can(Module::Sales, Action::View))
        m_kind->addItem(tr("Opportunities"), static_cast<int>(TimelineEvent::Kind::Opportunity));
    if (db.access().can(Module::Sales, Action::View))
        m_kind->addItem(tr("Quotes"), static_cast<int>(TimelineEvent::Kind::Quote));
    m_kind->addItem(tr("Service requests"), static_cast<int>(TimelineEvent::Kind::Service));
    m_kind->addItem(tr("Messages"), static_cast<int>(TimelineEvent::Kind::Message));
    m_staff = new QComboBox(this);
    m_staff->setObjectName(QStringLiteral("timelineStaffComboBox"));
    m_staff->addItem(tr("All staff"), 0);
    for (const StaffMember& s : CatalogRepository(db).staff(true))
        m_staff->addItem(s.active ? s.name : tr("%1 (inactive)").arg(s.name), s.meta.id);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("timelineCountLabel"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show"), this));
    filters->addWidget(m_kind);
    filters->addWidget(m_staff);
    filters->addStretch();
    filters->addWidget(m_count);

    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("timelineView"));
    m_view->setModel(m_model);
    m_view->setItemDelegate(new TimelineDelegate(m_view));
    m_view->setUniformItemSizes(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);

    m_issue = new QLabel(this);
    m_issue->setStyleSheet(QStringLiteral("color:#b00020"));
    m_issue->setWordWrap(true);
    m_issue->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(quick);
    layout->addWidget(m_issue);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    const bool writable = !db.isReadOnly() && customerId > 0;
    for (QWidget* w : std::initializer_list<QWidget*>{m_method, m_quick, m_planNext, add, more})
        w->setEnabled(writable);
    connect(m_quick, &QLineEdit::returnPressed, this, &CustomerTimeline::quickAdd);
    connect(add, &QPushButton::clicked, this, &CustomerTimeline::quickAdd);
    connect(more, &QPushButton::clicked, this, &CustomerTimeline::newFollowUp);
    connect(m_planNext, &QCheckBox::toggled, m_next, &QWidget::setEnabled);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &CustomerTimeline::applyFilter);
    connect(m_staff, &QComboBox::currentIndexChanged, this, &CustomerTimeline::applyFilter);
    connect(m_view, &QListView::activated, this, &CustomerTimeline::openEvent);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_count->setText(tr("%n event(s)", "", m_model->rowCount()));
    });
    m_count->setText(tr("%n event(s)", "", m_model->rowCount()));
}

void CustomerTimeline::applyFilter()
{
    TimelineFilter filter;
    const int kind = m_kind->currentData().toInt();
    if (kind >= 0) {
        filter.kinds.insert(static_cast<TimelineEvent::Kind>(kind));
        if (kind == static_cast<int>(TimelineEvent::Kind::OrderCreated))
            filter.kinds.insert(TimelineEvent::Kind::OrderStatus);
    }
    filter.staffId = m_staff->currentData().toLongLong();
    m_model->setFilter(filter);
}

void CustomerTimeline::refresh()
{
    m_model->refresh();
}

void CustomerTimeline::focusQuickEntry()
{
    m_quick->setFocus();
}

void CustomerTimeline::quickAdd()
{
    const QString text = m_quick->text().trimmed();
    if (text.isEmpty()) {
        newFollowUp();
        return;
    }
    FollowUpRepository repository(m_db);
    FollowUp f = repository.prefilled(m_customerId, QDateTime::currentDateTimeUtc());
    f.method = static_cast<ContactMethod>(m_method->currentData().toInt());
    f.details = text;
    if (m_planNext->isChecked())
        f.nextDate = m_next->date();
    try {
        repository.create(f);
        m_quick->clear();
        m_planNext->setChecked(false);
        m_issue->hide();
        m_model->refresh();
        m_view->setCurrentIndex(m_model->index(0));
        emit followUpsChanged();
    } catch (const StoreError& e) {
        m_issue->setText(e.message());
        m_issue->show();
    }
}

void CustomerTimeline::newFollowUp()
{
    FollowUpDialog dialog(m_db, FollowUpDialog::New{m_customerId}, this);
    if (!m_quick->text().trimmed().isEmpty()) {
        if (auto* details = dialog.findChild<QWidget*>(QStringLiteral("followUpDetailsEdit")))
            details->setProperty("plainText", m_quick->text().trimmed());
    }
    if (dialog.exec() == QDialog::Accepted) {
        m_quick->clear();
        m_model->refresh();
        emit followUpsChanged();
    }
}

void CustomerTimeline::openEvent(const QModelIndex& index)
{
    if (!index.isValid())
        return;
    const TimelineEvent e = m_model->event(index.row());
    try {
        switch (e.kind) {
        case TimelineEvent::Kind::FollowUp: {
            FollowUpDialog dialog(m_db, e.refId, this);
            if (dialog.exec() == QDialog::Accepted) {
                m_model->refresh();
                emit followUpsChanged();
            }
            break;
        }
        case TimelineEvent::Kind::OrderCreated:
        case TimelineEvent::Kind::OrderStatus: {
            OrderEditorDialog dialog(m_db, e.refId, this);
            dialog.exec();
            if (dialog.changed())
                m_model->refresh();
            break;
        }
        case TimelineEvent::Kind::Delivery: PrintActions::reprintSlip(this, m_db, e.refId); break;
        case TimelineEvent::Kind::Opportunity: {
            OpportunityDialog dialog(m_db, e.refId, this);
            if (dialog.exec() == QDialog::Accepted) m_model->refresh();
            break;
        }
        case TimelineEvent::Kind::Quote: {
            QuoteEditorDialog dialog(m_db, e.refId, this);
            dialog.exec();
            if (dialog.changed()) m_model->refresh();
            break;
        }
        case TimelineEvent::Kind::Service: {
            ServiceRequestDialog dialog(m_db, e.refId, this);
            dialog.exec();
            if (dialog.changed()) m_model->refresh();
            break;
        }
        case TimelineEvent::Kind::Message: {
            // The message as it went out.
            for (const MessageRecord& m : Messages::list(m_db, m_customerId))
                if (m.id == e.refId)
                    QMessageBox::information(
                        this, tr("Message"),
                        tr("To: %1\nSubject: %2\n\n%3").arg(m.address, m.subject, m.body));
            break;
        }
        }
    } catch (const StoreError& err) {
        QMessageBox::warning(this, tr("Cannot open"), err.message());
        m_model->refresh();
    }
}

} // namespace shopcrm
