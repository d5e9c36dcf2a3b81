#include "ServiceSettingsDialog.h"

#include "ErrorReporter.h"
#include "store/Database.h"
#include "store/ServiceRepository.h"
#include "store/StoreError.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace shopcrm {

ServiceSettingsDialog::ServiceSettingsDialog(Database& db, QWidget* parent) : QDialog(parent), m_db(db)
{
    setObjectName(QStringLiteral("serviceSettingsDialog"));
    setWindowTitle(tr("Service hours and targets"));
    OpeningHours hours;
    ServiceTargets targets;
    QStringList types = ServiceRules::defaultTypes();
    ErrorReporter::guard([&] {
        ServiceRepository repo(db);
        hours = repo.openingHours();
        targets = repo.targets();
        types = repo.typeChoices();
    });
    auto* days = new QHBoxLayout;
    for (int d = 1; d <= 7; ++d) {
        auto* box = new QCheckBox(QLocale().dayName(d, QLocale::ShortFormat), this);
        box->setObjectName(QStringLiteral("serviceDay%1").arg(d));
        box->setChecked(hours.days.contains(d));
        days->addWidget(box);
        m_days.append(box);
    }
    m_open = new QTimeEdit(hours.open, this);
    m_open->setObjectName(QStringLiteral("serviceOpenEdit"));
    m_close = new QTimeEdit(hours.close, this);
    m_close->setObjectName(QStringLiteral("serviceCloseEdit"));
    for (QTimeEdit* edit : {m_open, m_close})
        edit->setDisplayFormat(QStringLiteral("HH:mm"));
    auto* times = new QHBoxLayout;
    times->addWidget(m_open);
    times->addWidget(new QLabel(tr("to", "opening hours"), this));
    times->addWidget(m_close);
    times->addStretch();
    auto dayList = [this](const QString& name, const QList<DayException>& list, const QString& example) {
        auto* edit = new QPlainTextEdit(OpeningHours::daysText(list), this);
        edit->setObjectName(name);
        edit->setTabChangesFocus(true);
        edit->setPlaceholderText(example);
        edit->setToolTip(tr("One day or range of days a line, then what it is if you like"));
        edit->setFixedHeight(72);
        return edit;
    };
    m_closedDays = dayList(QStringLiteral("serviceClosedDaysEdit"), hours.closedDays,
                           tr("e.g. 2027-02-06..2027-02-12 Spring Festival"));
    m_extraDays = dayList(QStringLiteral("serviceExtraDaysEdit"), hours.extraDays,
                          tr("e.g. 2027-02-20 make-up working day"));
    auto* form = new QFormLayout;
    form->addRow(tr("Open on"), days);
    auto* hoursLabel = new QLabel(tr("&Hours"), this);
    hoursLabel->setBuddy(m_open); // a row holding a layout gets no buddy of its own
    form->addRow(hoursLabel, times);
    form->addRow(tr("&Closed on (holidays)"), m_closedDays);
    form->addRow(tr("Also &open on"), m_extraDays);
    for (const ServicePriority p : ServiceRules::priorities()) {
        auto* spin = new QSpinBox(this);
        spin->setObjectName(QStringLiteral("serviceTarget_%1").arg(ServiceRules::priorityCode(p)));
        spin->setRange(1, 24 * 365);
        spin->setSuffix(tr(" opening hours"));
        spin->setValue(targets.of(p));
        m_targets.append(spin);
        form->addRow(tr("Resolve %1 within").arg(ServiceRules::priorityName(p)), spin);
    }
    m_types = new QPlainTextEdit(types.join(QLatin1Char('\n')), this);
    m_types->setObjectName(QStringLiteral("serviceTypesEdit"));
    m_types->setTabChangesFocus(true);
    m_types->setToolTip(tr("One type a line, in the order the form offers them"));
    form->addRow(tr("Request &types"), m_types);
    m_issue = new QLabel(this);
    m_issue->setObjectName(QStringLiteral("serviceSettingsIssueLabel"));
    m_issue->setStyleSheet(QStringLiteral("color:#b00020"));
    m_issue->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setEnabled(db.access().can(Module::Settings, Action::Edit));
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_issue);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

OpeningHours ServiceSettingsDialog::hours() const
{
    OpeningHours h;
    h.days.clear();
    for (int d = 1; d <= 7; ++d)
        if (m_days.at(d - 1)->isChecked()) h.days.append(d);
    h.open = m_open->time();
    h.close = m_close->time();
    h.closedDays =
        OpeningHours::parseDays(m_closedDays->toPlainText(), nullptr).value_or(QList<DayException>());
    h.extraDays =
        OpeningHours::parseDays(m_extraDays->toPlainText(), nullptr).value_or(QList<DayException>());
    return h;
}

ServiceTargets ServiceSettingsDialog::targets() const
{
    ServiceTargets t;
    for (qsizetype i = 0; i < m_targets.size(); ++i)
        t.hours[i] = m_targets.at(i)->value();
    return t;
}

QStringList ServiceSettingsDialog::types() const
{
    QStringList result;
    for (const QString& line : m_types->toPlainText().split(QLatin1Char('\n')))
        if (const QString t = line.simplified(); !t.isEmpty() && !result.contains(t)) result.append(t);
    return result;
}

bool ServiceSettingsDialog::save()
{
    for (QPlainTextEdit* edit : {m_closedDays, m_extraDays}) {
        QString problem;
        if (!OpeningHours::parseDays(edit->toPlainText(), &problem)) {
            m_issue->setText(problem);
            edit->setFocus();
            return false;
        }
    }
    const OpeningHours h = hours();
    if (const QString problem = ServiceRules::checkHours(h); !problem.isNull()) {
        m_issue->setText(problem);
        return false;
    }
    try {
        ServiceRepository repo(m_db);
        m_db.write([&] {
            repo.setOpeningHours(h);
            repo.setTargets(targets());
            repo.setTypes(types());
        });
        return true;
    } catch (const StoreError& e) {
        m_issue->setText(e.message());
    }
    return false;
}

} // namespace shopcrm
