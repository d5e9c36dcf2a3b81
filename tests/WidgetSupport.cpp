#include "WidgetSupport.h"

#include <QApplication>
#include <QInputDialog>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

namespace shopcrm::test {

void answerNextMessageBox(const QString& label)
{
    QTimer::singleShot(50, [label] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            auto* box = qobject_cast<QMessageBox*>(w);
            if (!box || !box->isVisible())
                continue;
            for (QAbstractButton* b : box->buttons())
                if (b->text().remove(QLatin1Char('&')).contains(label)) {
                    b->click();
                    return;
                }
        }
        answerNextMessageBox(label); // not open yet: look again
    });
}

void whenDialogOpens(const QString& objectName, const std::function<void(QDialog*)>& act)
{
    QTimer::singleShot(50, [objectName, act] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<QDialog*>(w);
            if (dialog && dialog->isVisible() && dialog->objectName() == objectName) {
                act(dialog);
                return;
            }
        }
        whenDialogOpens(objectName, act);
    });
}

void answerNextInputDialog(const QString& text)
{
    QTimer::singleShot(50, [text] {
        for (QWidget* w : QApplication::topLevelWidgets()) {
            auto* dialog = qobject_cast<QInputDialog*>(w);
            if (!dialog || !dialog->isVisible())
                continue;
            dialog->setTextValue(text);
            dialog->accept();
            return;
        }
        answerNextInputDialog(text);
    });
}

void type(QWidget* widget, const QString& text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
        } else {
            // An input method shows the reading while composing, then commits the character.
            QInputMethodEvent preedit(QStringLiteral("pin"), {});
            QApplication::sendEvent(widget, &preedit);
            QInputMethodEvent commit;
            commit.setCommitString(QString(c));
            QApplication::sendEvent(QApplication::focusWidget() ? QApplication::focusWidget() : widget, &commit);
        }
    }
}

void typeHere(const QString& text)
{
    for (const QChar c : text)
        type(QApplication::focusWidget(), QString(c));
}

} // namespace shopcrm::test
