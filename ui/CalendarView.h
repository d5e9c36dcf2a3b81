#pragma once

#include "domain/Calendar.h"

#include <QDate>
#include <QList>
#include <QRect>
#include <QWidget>

namespace shopcrm {

// The calendar drawn as a day, a week (Monday first) or a month: items as coloured blocks by kind,
// appointments as tall as they last, late ones outlined in red, done ones grey. A click selects, a
// double click opens (or, on an empty slot, asks for a new appointment there), and dragging an item
// asks to move it: to another day in the month, to another day and quarter hour in a day or week.
class CalendarView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CalendarView)
public:
    enum class Mode
    {
        Day,
        Week,
        Month
    };
    // The hours a day or week shows; what lies outside is drawn at the edge.
    static constexpr int kFirstHour = 7;
    static constexpr int kLastHour = 21;

    explicit CalendarView(QWidget* parent = nullptr);

    void setMode(Mode mode);
    Mode mode() const { return m_mode; }
    // The day the view is about: its week or month is shown.
    void setAnchor(const QDate& day);
    QDate anchor() const { return m_anchor; }
    // The first and last day drawn (a month view shows whole weeks).
    QDate firstDay() const;
    QDate lastDay() const;
    void setItems(const QList<CalendarItem>& items);
    const QList<CalendarItem>& items() const { return m_items; }
    QString selectedKey() const { return m_selected; }
    void select(const QString& key);

    // Where an item is drawn (its first block), in widget coordinates; empty when not drawn.
    QRect itemRect(const QString& key) const;
    // The local time a point stands for: a day and quarter hour in a day or week (the day at the
    // item's own time for whole-day rows), a day in a month. Invalid outside the days.
    QDateTime timeAt(const QPoint& pos, bool allDayRow = false) const;
    // The start an item dropped at `pos` gets (local time).
    QDateTime dropTime(const CalendarItem& item, const QPoint& pos) const;

    QSize sizeHint() const override;

signals:
    void activated(const shopcrm::CalendarItem& item);
    void moveRequested(const shopcrm::CalendarItem& item, const QDateTime& newStartLocal);
    void slotActivated(const QDateTime& startLocal);
    void selectionChanged(const QString& key);

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    struct Block
    {
        int item = 0; // index in m_items
        QRect rect;
    };
    void layoutBlocks();
    int dayColumns() const;
    QRect dayRect(int column) const;    // the timed area of a day column (day and week)
    QRect allDayRect(int column) const; // the whole-day row of a day column
    QRect monthCell(const QDate& day) const;
    int hourHeight() const;
    int yForTime(const QTime& t) const;
    int blockAt(const QPoint& pos) const; // index in m_blocks, -1 none
    QColor colourOf(const CalendarItem& item) const;
    QString labelOf(const CalendarItem& item, bool withTime) const;

    Mode m_mode = Mode::Week;
    QDate m_anchor = QDate::currentDate();
    QList<CalendarItem> m_items;
    QList<Block> m_blocks;
    QString m_selected;
    // A drag in progress: the item's block, where it started, where it is now.
    int m_pressed = -1;
    QPoint m_pressPos;
    QPoint m_dragPos;
    bool m_dragging = false;
};

} // namespace shopcrm
