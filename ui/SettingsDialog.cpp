#include "SettingsDialog.h"

#include "store/StoreError.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace shopcrm {

SettingsDialog::SettingsDialog(QWidget* parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    QSettings settings;
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->addItem(tr("System default"), QString());
    // Language names are written in their own language, so anyone can find theirs.
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.value(QStringLiteral("ui/language")).toString())));
    const Session defaults = Session::fromEnvironment();
    m_user = new QLineEdit(settings.value(QStringLiteral("session/user"), defaults.user).toString(), this);
    m_user->setObjectName(QStringLiteral("userLineEdit"));
    m_desk = new QLineEdit(settings.value(QStringLiteral("session/desk"), defaults.desk).toString(), this);
    m_desk->setObjectName(QStringLiteral("deskLineEdit"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Language"), m_language);
    form->addRow(tr("Your &name"), m_user);
    form->addRow(tr("&Desk"), m_desk);
    auto* hint = new QLabel(tr("Your name and desk are recorded with every change you save."), this);
    hint->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(hint);
    layout->addWidget(buttons);
}

void SettingsDialog::accept()
{
    QSettings settings;
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != settings.value(QStringLiteral("ui/language")).toString();
    settings.setValue(QStringLiteral("ui/language"), language);
    if (!m_user->text().trimmed().isEmpty())
        settings.setValue(QStringLiteral("session/user"), m_user->text().trimmed());
    if (!m_desk->text().trimmed().isEmpty())
        settings.setValue(QStringLiteral("session/desk"), m_desk->text().trimmed());
    QDialog::accept();
}

} // namespace shopcrm
