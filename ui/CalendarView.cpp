#include "CalendarView.h"

#include <QApplication>
#include <QHash>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QToolTip>

#include <algorithm>

namespace shopcrm {

namespace {

constexpr int kGutter = 46;     // the hours' labels
constexpr int kHeader = 26;     // the days' names
constexpr int kAllDayLine = 18; // one whole-day item
constexpr int kAllDayLines = 3;
constexpr int kMonthLine = 17;
constexpr int kSnapMinutes = 15;

QTime localTime(const QDateTime& utc)
{
    return utc.toLocalTime().time();
}

} // namespace

CalendarView::CalendarView(QWidget* parent) : QWidget(parent)
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setMinimumSize(480, 360);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

QSize CalendarView::sizeHint() const
{
    return {900, 620};
}

void CalendarView::setMode(Mode mode)
{
    m_mode = mode;
    layoutBlocks();
    update();
}

void CalendarView::setAnchor(const QDate& day)
{
    m_anchor = day;
    layoutBlocks();
    update();
}

QDate CalendarView::firstDay() const
{
    switch (m_mode) {
    case Mode::Day:
        return m_anchor;
    case Mode::Week:
        return m_anchor.addDays(1 - m_anchor.dayOfWeek());
    case Mode::Month: {
        const QDate first(m_anchor.year(), m_anchor.month(), 1);
        return first.addDays(1 - first.dayOfWeek());
    }
    }
    return m_anchor;
}

QDate CalendarView::lastDay() const
{
    switch (m_mode) {
    case Mode::Day:
        return m_anchor;
    case Mode::Week:
        return firstDay().addDays(6);
    case Mode::Month:
        return firstDay().addDays(41); // six weeks
    }
    return m_anchor;
}

void CalendarView::setItems(const QList<CalendarItem>& items)
{
    m_items = items;
    m_pressed = -1;
    m_dragging = false;
    layoutBlocks();
    update();
}

void CalendarView::select(const QString& key)
{
    if (m_selected == key) return;
    m_selected = key;
    update();
    emit selectionChanged(key);
}

int CalendarView::dayColumns() const
{
    return m_mode == Mode::Day ? 1 : 7;
}

int CalendarView::hourHeight() const
{
    const int top = kHeader + kAllDayLine * kAllDayLines + 4;
    return std::max(16, (height() - top - 2) / (kLastHour - kFirstHour));
}

QRect CalendarView::allDayRect(int column) const
{
    const int w = (width() - kGutter) / dayColumns();
    return {kGutter + column * w, kHeader, w, kAllDayLine * kAllDayLines + 4};
}

QRect CalendarView::dayRect(int column) const
{
    const int w = (width() - kGutter) / dayColumns();
    const int top = kHeader + kAllDayLine * kAllDayLines + 4;
    return {kGutter + column * w, top, w, hourHeight() * (kLastHour - kFirstHour)};
}

QRect CalendarView::monthCell(const QDate& day) const
{
    const int index = static_cast<int>(firstDay().daysTo(day));
    if (index < 0 || index >= 42) return {};
    const int w = width() / 7;
    const int h = (height() - kHeader) / 6;
    return {(index % 7) * w, kHeader + (index / 7) * h, w, h};
}

int CalendarView::yForTime(const QTime& t) const
{
    const QRect area = dayRect(0);
    const int minutes =
        std::clamp(t.hour() * 60 + t.minute(), kFirstHour * 60, kLastHour * 60) - kFirstHour * 60;
    return area.top() + minutes * hourHeight() / 60;
}

QColor CalendarView::colourOf(const CalendarItem& item) const
{
    if (item.done) return QColor(0xd8, 0xd8, 0xd8);
    switch (item.kind) {
    case CalendarItem::Kind::Appointment:
        return item.appointmentKind == AppointmentKind::Installation ||
                       item.appointmentKind == AppointmentKind::Delivery
                   ? QColor(0xc9, 0xe2, 0xf8)
                   : QColor(0xd6, 0xdc, 0xf5);
    case CalendarItem::Kind::Task:
        return QColor(0xd4, 0xee, 0xd0);
    case CalendarItem::Kind::FollowUpPlan:
        return QColor(0xfb, 0xe3, 0xc4);
    case CalendarItem::Kind::OrderDue:
        return QColor(0xe8, 0xd8, 0xf0);
    case CalendarItem::Kind::ServiceDue:
        return QColor(0xf6, 0xd5, 0xd5);
    }
    return Qt::white;
}

QString CalendarView::labelOf(const CalendarItem& item, bool withTime) const
{
    QString text = item.title;
    if (item.kind == CalendarItem::Kind::Appointment && !item.people.isEmpty())
        text += QStringLiteral(" · ") + item.people.join(QStringLiteral(", "));
    if (withTime && !item.allDay)
        text = localTime(item.start).toString(QStringLiteral("HH:mm")) + QLatin1Char(' ') + text;
    return text;
}

void CalendarView::layoutBlocks()
{
    m_blocks.clear();
    if (m_mode == Mode::Month) {
        QHash<QDate, int> used;
        for (int i = 0; i < m_items.size(); ++i) {
            const CalendarItem& it = m_items.at(i);
            const QDate day = it.allDay ? it.day : it.start.toLocalTime().date();
            const QRect cell = monthCell(day);
            if (cell.isEmpty()) continue;
            const int line = used.value(day);
            used[day] = line + 1;
            const int top = cell.top() + kMonthLine + 2 + line * kMonthLine;
            // The last line of a full cell says how many more there are (painted from the items).
            if (top + 2 * kMonthLine > cell.bottom()) continue;
            m_blocks.append({i, QRect(cell.left() + 2, top, cell.width() - 4, kMonthLine - 1)});
        }
        return;
    }
    const QDate first = firstDay();
    for (int column = 0; column < dayColumns(); ++column) {
        const QDate day = first.addDays(column);
        int allDayLine = 0;
        struct Timed
        {
            int item;
            int top;
            int bottom;
            int lane = 0;
        };
        QList<Timed> timed;
        for (int i = 0; i < m_items.size(); ++i) {
            const CalendarItem& it = m_items.at(i);
            if (it.allDay) {
                if (it.day != day) continue;
                const QRect row = allDayRect(column);
                if (allDayLine < kAllDayLines)
                    m_blocks.append({i, QRect(row.left() + 2, row.top() + 2 + allDayLine * kAllDayLine,
                                              row.width() - 4, kAllDayLine - 2)});
                ++allDayLine;
                continue;
            }
            const QDateTime start = it.start.toLocalTime();
            if (start.date() != day) continue;
            const int top = yForTime(start.time());
            int bottom = top + std::max(kAllDayLine, hourHeight() / 2);
            if (it.end > it.start) {
                const QDateTime end = it.end.toLocalTime();
                bottom = std::max(bottom, end.date() > day ? dayRect(column).bottom() : yForTime(end.time()));
            }
            timed.append({i, top, bottom});
        }
        // Overlapping blocks side by side: each takes the first lane free at its top, and a run of
        // blocks that overlap one another shares the column's width between its lanes.
        std::stable_sort(timed.begin(), timed.end(),
                         [](const Timed& a, const Timed& b) { return a.top < b.top; });
        const QRect area = dayRect(column);
        qsizetype runStart = 0;
        while (runStart < timed.size()) {
            QList<int> laneEnds;
            int runEnd = timed.at(runStart).bottom;
            qsizetype next = runStart;
            for (; next < timed.size() && (next == runStart || timed.at(next).top < runEnd); ++next) {
                Timed& t = timed[next];
                int lane = 0;
                while (lane < laneEnds.size() && laneEnds.at(lane) > t.top)
                    ++lane;
                if (lane == laneEnds.size()) laneEnds.append(0);
                laneEnds[lane] = t.bottom;
                t.lane = lane;
                runEnd = std::max(runEnd, t.bottom);
            }
            const int laneWidth = (area.width() - 4) / std::max<int>(1, static_cast<int>(laneEnds.size()));
            for (qsizetype i = runStart; i < next; ++i) {
                const Timed& t = timed.at(i);
                m_blocks.append({t.item, QRect(area.left() + 2 + t.lane * laneWidth, t.top, laneWidth - 2,
                                               std::max(kAllDayLine - 2, t.bottom - t.top - 1))});
            }
            runStart = next;
        }
    }
}

QRect CalendarView::itemRect(const QString& key) const
{
    for (const Block& b : m_blocks)
        if (m_items.at(b.item).key() == key) return b.rect;
    return {};
}

int CalendarView::blockAt(const QPoint& pos) const
{
    for (qsizetype i = m_blocks.size() - 1; i >= 0; --i)
        if (m_blocks.at(i).rect.contains(pos)) return static_cast<int>(i);
    return -1;
}

QDateTime CalendarView::timeAt(const QPoint& pos, bool allDayRow) const
{
    if (m_mode == Mode::Month) {
        for (int i = 0; i < 42; ++i) {
            const QDate day = firstDay().addDays(i);
            if (monthCell(day).contains(pos)) return QDateTime(day, QTime(9, 0));
        }
        return {};
    }
    for (int column = 0; column < dayColumns(); ++column) {
        const QRect area = dayRect(column);
        if (pos.x() < area.left() || pos.x() > area.right()) continue;
        const QDate day = firstDay().addDays(column);
        if (allDayRow || pos.y() < area.top()) return QDateTime(day, QTime(9, 0));
        const int minutes = std::clamp((pos.y() - area.top()) * 60 / hourHeight(), 0,
                                       (kLastHour - kFirstHour) * 60 - kSnapMinutes);
        const int snapped = kFirstHour * 60 + minutes / kSnapMinutes * kSnapMinutes;
        return QDateTime(day, QTime(snapped / 60, snapped % 60));
    }
    return {};
}

QDateTime CalendarView::dropTime(const CalendarItem& item, const QPoint& pos) const
{
    const QDateTime start = item.start.toLocalTime();
    if (m_mode == Mode::Month) {
        const QDateTime at = timeAt(pos);
        if (!at.isValid()) return {};
        return QDateTime(at.date(), item.allDay ? QTime(0, 0) : start.time());
    }
    const bool inAllDayRow = pos.y() < dayRect(0).top();
    if (item.allDay || inAllDayRow) {
        const QDateTime at = timeAt(pos, true);
        if (!at.isValid()) return {};
        return QDateTime(at.date(), item.allDay ? QTime(0, 0) : start.time());
    }
    // The block's top follows the pointer as it was grabbed.
    const int grab = m_pressed >= 0 ? m_pressPos.y() - m_blocks.at(m_pressed).rect.top() : 0;
    return timeAt(QPoint(pos.x(), pos.y() - grab));
}

void CalendarView::resizeEvent(QResizeEvent* event)
{
    QWidget::resizeEvent(event);
    layoutBlocks();
}

void CalendarView::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    p.setRenderHint(QPainter::Antialiasing, false);
    const QColor line = palette().mid().color();
    const QColor faint = palette().midlight().color();
    const QDate today = QDate::currentDate();
    const QLocale locale;
    QFont small = font();
    small.setPointSizeF(font().pointSizeF() * 0.9);

    if (m_mode == Mode::Month) {
        const int w = width() / 7;
        for (int d = 0; d < 7; ++d)
            p.drawText(QRect(d * w, 0, w, kHeader), Qt::AlignCenter,
                       locale.dayName(d + 1, QLocale::ShortFormat));
        QHash<QDate, int> counts;
        for (const CalendarItem& it : std::as_const(m_items))
            counts[it.allDay ? it.day : it.start.toLocalTime().date()] += 1;
        QHash<QDate, int> shown;
        for (const Block& b : std::as_const(m_blocks)) {
            const CalendarItem& it = m_items.at(b.item);
            shown[it.allDay ? it.day : it.start.toLocalTime().date()] += 1;
        }
        for (int i = 0; i < 42; ++i) {
            const QDate day = firstDay().addDays(i);
            const QRect cell = monthCell(day);
            if (day == today) p.fillRect(cell, QColor(0xff, 0xf8, 0xd6));
            p.setPen(line);
            p.drawRect(cell.adjusted(0, 0, -1, -1));
            p.setPen(day.month() == m_anchor.month() ? palette().text().color() : palette().mid().color());
            p.setFont(small);
            p.drawText(cell.adjusted(4, 1, -4, 0), Qt::AlignLeft | Qt::AlignTop,
                       day.day() == 1 ? locale.toString(day, QStringLiteral("MMM d"))
                                      : QString::number(day.day()));
            const int more = counts.value(day) - shown.value(day);
            if (more > 0) {
                p.setPen(palette().text().color());
                p.drawText(QRect(cell.left() + 4, cell.bottom() - kMonthLine, cell.width() - 8, kMonthLine),
                           Qt::AlignLeft | Qt::AlignVCenter, tr("+%n more", nullptr, more));
            }
        }
    } else {
        const QDate first = firstDay();
        for (int column = 0; column < dayColumns(); ++column) {
            const QDate day = first.addDays(column);
            const QRect area = dayRect(column);
            const QRect allDay = allDayRect(column);
            if (day == today)
                p.fillRect(QRect(area.left(), 0, area.width(), area.bottom()), QColor(0xff, 0xf8, 0xd6));
            p.setPen(palette().text().color());
            p.setFont(font());
            p.drawText(QRect(area.left(), 0, area.width(), kHeader), Qt::AlignCenter,
                       locale.toString(day, m_mode == Mode::Day ? QStringLiteral("dddd M/d")
                                                                : QStringLiteral("ddd M/d")));
            p.setPen(line);
            p.drawLine(area.left(), 0, area.left(), area.bottom());
            p.drawLine(allDay.left(), allDay.bottom(), allDay.right(), allDay.bottom());
        }
        p.setFont(small);
        for (int h = kFirstHour; h <= kLastHour; ++h) {
            const int y = dayRect(0).top() + (h - kFirstHour) * hourHeight();
            p.setPen(h == kFirstHour || h == kLastHour ? line : faint);
            p.drawLine(kGutter, y, width(), y);
            p.setPen(palette().text().color());
            if (h < kLastHour)
                p.drawText(QRect(0, y, kGutter - 4, 16), Qt::AlignRight | Qt::AlignTop,
                           QStringLiteral("%1:00").arg(h));
        }
        p.drawText(QRect(0, kHeader, kGutter - 4, kAllDayLine), Qt::AlignRight | Qt::AlignVCenter,
                   tr("All day"));
        p.setPen(line);
        p.drawLine(0, kHeader, width(), kHeader);
    }

    p.setRenderHint(QPainter::Antialiasing, true);
    p.setFont(small);
    for (int i = 0; i < m_blocks.size(); ++i) {
        const Block& b = m_blocks.at(i);
        const CalendarItem& it = m_items.at(b.item);
        const QRectF r = QRectF(b.rect).adjusted(0.5, 0.5, -0.5, -0.5);
        const QColor fill = colourOf(it);
        QPainterPath path;
        path.addRoundedRect(r, 3, 3);
        p.fillPath(path, fill);
        p.fillRect(QRectF(r.left(), r.top(), 3, r.height()), fill.darker(160));
        const bool selected = it.key() == m_selected;
        QPen pen(it.late ? QColor(0xc0, 0x20, 0x20) : fill.darker(130), selected ? 2.5 : (it.late ? 1.5 : 1));
        if (selected && !it.late) pen.setColor(palette().highlight().color());
        p.setPen(pen);
        p.drawPath(path);
        p.setPen(it.done ? palette().mid().color() : QColor(0x20, 0x20, 0x20));
        const bool tall = b.rect.height() > 2 * kMonthLine;
        const QString text = labelOf(it, m_mode == Mode::Month || !tall);
        const QRect textRect = b.rect.adjusted(6, 1, -3, -1);
        if (tall && b.rect.width() < 90) {
            // A narrow lane: the title alone, wrapped.
            p.drawText(textRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWrapAnywhere, it.title);
        } else if (tall) {
            QString body = localTime(it.start).toString(QStringLiteral("HH:mm"));
            if (it.end > it.start)
                body += QStringLiteral("–") + localTime(it.end).toString(QStringLiteral("HH:mm"));
            body += QLatin1Char('\n') + text;
            if (!it.place.isEmpty()) body += QLatin1Char('\n') + it.place;
            if (!it.customer.isEmpty()) body += QLatin1Char('\n') + it.customer;
            p.drawText(textRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, body);
        } else {
            p.drawText(textRect, Qt::AlignLeft | Qt::AlignVCenter,
                       p.fontMetrics().elidedText(text, Qt::ElideRight, textRect.width()));
        }
    }

    // Where a dragged item would go.
    if (m_dragging && m_pressed >= 0) {
        const CalendarItem& it = m_items.at(m_blocks.at(m_pressed).item);
        const QDateTime to = dropTime(it, m_dragPos);
        if (to.isValid()) {
            QRect ghost = m_blocks.at(m_pressed).rect;
            ghost.moveTopLeft(m_dragPos - (m_pressPos - ghost.topLeft()));
            p.setPen(QPen(palette().highlight().color(), 1.5, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(ghost, 3, 3);
            const QString when = it.allDay || (m_mode == Mode::Month && it.allDay)
                                     ? locale.toString(to.date(), QLocale::ShortFormat)
                                     : locale.toString(to, QStringLiteral("M/d HH:mm"));
            p.setPen(palette().highlightedText().color());
            const QRect label(ghost.left(), ghost.top() - 18, p.fontMetrics().horizontalAdvance(when) + 10,
                              17);
            p.fillRect(label, palette().highlight());
            p.drawText(label, Qt::AlignCenter, when);
        }
    }
}

bool CalendarView::event(QEvent* event)
{
    if (event->type() != QEvent::ToolTip) return QWidget::event(event);
    // The whole of an item, which a narrow block cannot show.
    auto* help = static_cast<QHelpEvent*>(event);
    const int block = blockAt(help->pos());
    if (block < 0) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    const CalendarItem& it = m_items.at(m_blocks.at(block).item);
    QStringList lines{CalendarRules::itemKindName(it.kind) + QStringLiteral(": ") + it.title};
    if (!it.allDay) {
        QString when = QLocale().toString(it.start.toLocalTime(), QStringLiteral("M/d HH:mm"));
        if (it.end > it.start)
            when += QStringLiteral("–") + localTime(it.end).toString(QStringLiteral("HH:mm"));
        lines.append(when);
    }
    for (const QString& extra : {it.people.join(QStringLiteral(", ")), it.place, it.customer, it.detail})
        if (!extra.isEmpty()) lines.append(extra);
    QToolTip::showText(help->globalPos(), lines.join(QLatin1Char('\n')), this);
    return true;
}

void CalendarView::mousePressEvent(QMouseEvent* event)
{
    setFocus(Qt::MouseFocusReason);
    if (event->button() != Qt::LeftButton) return;
    m_pressed = blockAt(event->position().toPoint());
    m_pressPos = m_dragPos = event->position().toPoint();
    m_dragging = false;
    select(m_pressed >= 0 ? m_items.at(m_blocks.at(m_pressed).item).key() : QString());
}

void CalendarView::mouseMoveEvent(QMouseEvent* event)
{
    if (m_pressed < 0 || !(event->buttons() & Qt::LeftButton)) return;
    m_dragPos = event->position().toPoint();
    if (!m_dragging && (m_dragPos - m_pressPos).manhattanLength() >= QApplication::startDragDistance())
        m_dragging = m_items.at(m_blocks.at(m_pressed).item).movable();
    if (m_dragging) update();
}

void CalendarView::mouseReleaseEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) return;
    const int pressed = m_pressed;
    const bool dragged = m_dragging;
    m_dragging = false;
    if (pressed >= 0 && dragged) {
        const CalendarItem item = m_items.at(m_blocks.at(pressed).item);
        const QDateTime to = dropTime(item, event->position().toPoint());
        m_pressed = -1;
        update();
        const QDateTime from = item.allDay ? QDateTime(item.day, QTime(0, 0)) : item.start.toLocalTime();
        if (to.isValid() && to != from) emit moveRequested(item, to);
        return;
    }
    m_pressed = -1;
    update();
}

void CalendarView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const int block = blockAt(event->position().toPoint());
    if (block >= 0) {
        emit activated(m_items.at(m_blocks.at(block).item));
        return;
    }
    const QDateTime at = timeAt(event->position().toPoint());
    if (at.isValid()) emit slotActivated(at);
}

void CalendarView::keyPressEvent(QKeyEvent* event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !m_selected.isEmpty()) {
        for (const CalendarItem& it : std::as_const(m_items))
            if (it.key() == m_selected) {
                emit activated(it);
                return;
            }
    }
    if (event->key() == Qt::Key_Right || event->key() == Qt::Key_Left) {
        // Through the items drawn, in time order.
        if (m_blocks.isEmpty()) return QWidget::keyPressEvent(event);
        int at = -1;
        for (int i = 0; i < m_blocks.size(); ++i)
            if (m_items.at(m_blocks.at(i).item).key() == m_selected) at = i;
        const int step = event->key() == Qt::Key_Right ? 1 : -1;
        const int next = at + step;
        if (next < 0 || next >= m_blocks.size()) return QWidget::keyPressEvent(event);
        select(m_items.at(m_blocks.at(next).item).key());
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace shopcrm
