#include "SearchHighlight.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPainter>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTextLayout>

namespace shopcrm {

namespace {
constexpr int kEntryRole = Qt::UserRole + 1;
} // namespace

HighlightDelegate::HighlightDelegate(QObject* parent) : QStyledItemDelegate(parent) {}

void HighlightDelegate::setQuery(const QString& typed)
{
    m_query = SearchQuery(typed);
}

void HighlightDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                              const QModelIndex& index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    const QList<TextMatch> parts = m_query.isEmpty() ? QList<TextMatch>() : m_query.highlights(opt.text);
    if (parts.isEmpty()) {
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    const QString text = opt.text;
    opt.text.clear();
    const QWidget* widget = opt.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget); // background, selection, focus
    const QRect area = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget).adjusted(3, 0, -3, 0);

    QTextLayout layout(text, opt.font);
    QTextCharFormat strong;
    strong.setFontWeight(QFont::Bold);
    if (!(opt.state & QStyle::State_Selected))
        strong.setBackground(QColor(255, 230, 140)); // a marker's yellow, readable on white and grey rows
    QList<QTextLayout::FormatRange> formats;
    for (const TextMatch& m : parts)
        formats.append({static_cast<int>(m.from), static_cast<int>(m.length), strong});
    layout.setFormats(formats);
    layout.beginLayout();
    QTextLine line = layout.createLine();
    line.setLineWidth(1e6);
    layout.endLayout();

    painter->save();
    const QPalette::ColorGroup group =
        (opt.state & QStyle::State_Enabled) ? QPalette::Normal : QPalette::Disabled;
    painter->setPen(opt.palette.color(group, (opt.state & QStyle::State_Selected) ? QPalette::HighlightedText
                                                                                  : QPalette::Text));
    painter->setClipRect(area);
    layout.draw(painter, QPointF(area.left(), area.top() + (area.height() - line.height()) / 2));
    painter->restore();
}

SearchCompleter::SearchCompleter(const QList<QStringList>& entries, QLineEdit* lineEdit, int maxShown)
    : QCompleter(lineEdit), m_lineEdit(lineEdit), m_entries(entries), m_maxShown(maxShown)
{
    for (const QStringList& texts : entries)
        m_list.add(texts);
    m_shown = new QStandardItemModel(this);
    setModel(m_shown);
    // The search has chosen and ranked the entries: show them as they are.
    setCompletionMode(QCompleter::UnfilteredPopupCompletion);
    setWidget(lineEdit);
    m_highlight = new HighlightDelegate(this);
    popup()->setItemDelegate(m_highlight);
    connect(lineEdit, &QLineEdit::textEdited, this, &SearchCompleter::refresh);
    connect(this, qOverload<const QModelIndex&>(&QCompleter::activated), this,
            [this](const QModelIndex& index) {
                const int entry = index.data(kEntryRole).toInt();
                m_lineEdit->setText(m_entries.value(entry).value(0));
                emit chosen(entry);
            });
}

void SearchCompleter::refresh(const QString& typed)
{
    m_shown->clear();
    m_highlight->setQuery(typed);
    for (const int entry : m_list.find(typed, m_maxShown)) {
        const QStringList& texts = m_entries.at(entry);
        QString label = texts.value(0);
        // What else it was found by (a code) is shown after the name.
        const QStringList others = texts.mid(1).filter(QRegularExpression(QStringLiteral("\\S")));
        if (!others.isEmpty()) label += QStringLiteral("  ") + others.join(QLatin1Char(' '));
        auto* item = new QStandardItem(label);
        item->setData(entry, kEntryRole);
        m_shown->appendRow(item);
    }
    if (m_shown->rowCount() == 0 || typed.trimmed().isEmpty()) {
        popup()->hide();
        return;
    }
    // As wide as the entries need: a product cell is narrower than a product's name and spec.
    QRect area = m_lineEdit->rect();
    area.setWidth(std::max(area.width(), popup()->sizeHintForColumn(0) +
                                             popup()->verticalScrollBar()->sizeHint().width() +
                                             2 * popup()->frameWidth() + 8));
    complete(area);
}

void makeSearchable(QComboBox* combo)
{
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    QList<QStringList> names;
    for (int i = 0; i < combo->count(); ++i)
        names.append({combo->itemText(i)});
    auto* completer = new SearchCompleter(names, combo->lineEdit());
    QObject::connect(completer, &SearchCompleter::chosen, combo, [combo](int entry) {
        combo->setCurrentIndex(entry);
        emit combo->activated(entry);
    });
    // A name typed in full is chosen; anything else gives way to the item that was chosen.
    QObject::connect(combo->lineEdit(), &QLineEdit::editingFinished, combo, [combo] {
        const int typed = combo->findText(combo->currentText());
        if (typed < 0) {
            combo->setEditText(combo->itemText(combo->currentIndex()));
        } else if (typed != combo->currentIndex()) {
            combo->setCurrentIndex(typed);
            emit combo->activated(typed);
        }
    });
}

} // namespace shopcrm
