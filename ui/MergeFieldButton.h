#pragma once

#include <QString>

#include <functional>

class QToolButton;
class QWidget;

namespace shopcrm {

// An "Insert field" button whose menu lists the merge fields, each as the program's language
// writes it ({客户名称} or {customer}) with what it holds; a pick calls `insert` with the token.
QToolButton* mergeFieldButton(QWidget* parent, const std::function<void(const QString& token)>& insert);

} // namespace shopcrm
