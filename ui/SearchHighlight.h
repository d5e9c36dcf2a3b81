#pragma once

#include "domain/TextSearch.h"

#include <QCompleter>
#include <QStyledItemDelegate>

#include <functional>

class QComboBox;
class QLineEdit;
class QStandardItemModel;

namespace shopcrm {

// Paints a cell's text with the parts that match the search in bold on a highlight.
class HighlightDelegate final : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit HighlightDelegate(QObject* parent = nullptr);
    void setQuery(const QString& typed);
    bool isActive() const { return !m_query.isEmpty(); }
    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;

private:
    SearchQuery m_query;
};

// Completes a line edit from a list searched the way customers are (any part, full pinyin,
// initials; see SearchList), best first, with the matched part highlighted. Choosing an entry puts
// its text in the line edit.
class SearchCompleter final : public QCompleter
{
    Q_OBJECT

public:
    // texts: per entry, what is shown first, then other texts it is found by (a product code).
    SearchCompleter(const QList<QStringList>& entries, QLineEdit* lineEdit, int maxShown = 12);

signals:
    void chosen(int entry);

private:
    void refresh(const QString& typed);

    QLineEdit* m_lineEdit;
    QList<QStringList> m_entries;
    SearchList m_list;
    QStandardItemModel* m_shown;
    HighlightDelegate* m_highlight;
    int m_maxShown;
};

// Lets a combo box of names (staff) be typed into and found the same way; the choice stays one of
// its items.
void makeSearchable(QComboBox* combo);

} // namespace shopcrm
