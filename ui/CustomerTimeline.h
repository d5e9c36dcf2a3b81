#pragma once

#include "store/FollowUpRepository.h"

#include <QAbstractListModel>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListView;

namespace shopcrm {

class Database;

// A customer's timeline as a list model: one row per event, newest first.
class TimelineModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineModel)
public:
    enum Role { KindRole = Qt::UserRole + 1, RefIdRole, WhoRole, WhenRole, DetailRole };

    TimelineModel(Database& db, qint64 customerId, QObject* parent = nullptr);
    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    void setFilter(const TimelineFilter& filter);
    void refresh();
    const TimelineEvent& event(int row) const { return m_events.at(row); }
    // The one-character badge of a kind (跟, 单, 状, 送 in Chinese) and its colour.
    static QString badge(TimelineEvent::Kind kind);
    static QColor colour(TimelineEvent::Kind kind);

private:
    Database& m_db;
    qint64 m_customerId;
    TimelineFilter m_filter;
    QList<TimelineEvent> m_events;
};

// The customer's timeline with its filters and a one-line quick entry at the top: method, what
// was said, an optional next contact, Enter to add. Activating a row opens the follow-up, the
// order or the delivery slip.
class CustomerTimeline final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CustomerTimeline)
public:
    CustomerTimeline(Database& db, qint64 customerId, QWidget* parent = nullptr);
    TimelineModel* model() const { return m_model; }
    QListView* view() const { return m_view; }

public slots:
    void refresh();
    void newFollowUp();
    void focusQuickEntry();

signals:
    // A follow-up was added, changed or deleted (the customer's list columns changed).
    void followUpsChanged();

private:
    void quickAdd();
    void openEvent(const QModelIndex& index);
    void applyFilter();

    Database& m_db;
    qint64 m_customerId;
    TimelineModel* m_model = nullptr;
    QListView* m_view = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_staff = nullptr;
    QComboBox* m_method = nullptr;
    QLineEdit* m_quick = nullptr;
    QCheckBox* m_planNext = nullptr;
    QDateEdit* m_next = nullptr;
    QLabel* m_count = nullptr;
    QLabel* m_issue = nullptr;
};

} // namespace shopcrm
