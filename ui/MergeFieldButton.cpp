#include "MergeFieldButton.h"

#include "domain/MergeTemplate.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMenu>
#include <QToolButton>

namespace shopcrm {

QToolButton* mergeFieldButton(QWidget* parent, const std::function<void(const QString& token)>& insert)
{
    auto* button = new QToolButton(parent);
    button->setText(QCoreApplication::translate("shopcrm::MergeFieldButton", "&Insert field"));
    button->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(button);
    const bool chinese = QLocale().language() == QLocale::Chinese;
    for (const MergeTemplate::Field& f : MergeTemplate::fields()) {
        const QString token = MergeTemplate::token(f.code, chinese);
        menu->addAction(
            QCoreApplication::translate("shopcrm::MergeFieldButton", "%1 — %2").arg(token, f.description()),
            button, [insert, token] { insert(token); });
    }
    button->setMenu(menu);
    return button;
}

} // namespace shopcrm
