#pragma once

#include <QGridLayout>
#include <QLabel>

namespace shopcrm {

// A form in two columns of label and field, filled row by row: add() puts a labelled field in
// column 0 or 1 of the current row (spanning more field columns when asked), nextRow() moves on.
class FormGrid final
{
public:
    FormGrid(QGridLayout* grid, QWidget* parent) : m_grid(grid), m_parent(parent) {}
    void add(const QString& label, QWidget* field, int column = 0, int span = 1)
    {
        auto* l = new QLabel(label, m_parent);
        l->setBuddy(field);
        m_grid->addWidget(l, m_row, column * 2);
        m_grid->addWidget(field, m_row, column * 2 + 1, 1, span);
    }
    void nextRow() { ++m_row; }
    int row() const { return m_row; }

private:
    QGridLayout* m_grid;
    QWidget* m_parent;
    int m_row = 0;
};

} // namespace shopcrm
