#pragma once

#include <QDialog>

class QComboBox;
class QLineEdit;

namespace shopcrm {

// Language and who is working at this desk (recorded with every change).
class SettingsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SettingsDialog)
public:
    explicit SettingsDialog(QWidget* parent = nullptr);
    bool languageChanged() const { return m_languageChanged; }
    void accept() override;

private:
    QComboBox* m_language = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_desk = nullptr;
    bool m_languageChanged = false;
};

} // namespace shopcrm
