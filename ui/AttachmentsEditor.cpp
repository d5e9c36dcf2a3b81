#include "AttachmentsEditor.h"

#include "store/StoreError.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QUrl>
#include <QVBoxLayout>

namespace shopcrm {

namespace {

constexpr int kIndexRole = Qt::UserRole + 1;

} // namespace

AttachmentsEditor::AttachmentsEditor(const QString& name, ReadData readData, QWidget* parent)
    : QWidget(parent), m_readData(std::move(readData))
{
    m_list = new QListWidget(this);
    m_list->setObjectName(name + QStringLiteral("AttachmentsList"));
    auto* attach = new QPushButton(tr("&Attach file…"), this);
    attach->setObjectName(name + QStringLiteral("AttachButton"));
    auto* openFile = new QPushButton(tr("O&pen"), this);
    auto* saveFile = new QPushButton(tr("Save a&s…"), this);
    auto* removeFile = new QPushButton(tr("Re&move"), this);
    m_changing = {attach, removeFile};
    auto* buttons = new QVBoxLayout;
    buttons->addWidget(attach);
    buttons->addWidget(openFile);
    buttons->addWidget(saveFile);
    buttons->addWidget(removeFile);
    buttons->addStretch();
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);

    connect(attach, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Attach files"), QStandardPaths::writableLocation(QStandardPaths::PicturesLocation),
            tr("Photos, documents and screenshots (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf *.doc *.docx "
               "*.xls "
               "*.xlsx *.txt *.ai *.psd *.cdr);;All files (*)"));
        for (const QString& path : paths)
            if (!attachFile(path)) break;
    });
    connect(openFile, &QPushButton::clicked, this, &AttachmentsEditor::openCurrent);
    connect(m_list, &QListWidget::itemActivated, this, &AttachmentsEditor::openCurrent);
    connect(saveFile, &QPushButton::clicked, this, &AttachmentsEditor::saveCurrentAs);
    connect(removeFile, &QPushButton::clicked, this, [this] {
        if (!m_list->currentItem()) return;
        m_attachments.removeAt(m_list->currentItem()->data(kIndexRole).toInt());
        refresh();
        emit changed();
    });
}

void AttachmentsEditor::setAttachments(const QList<Attachment>& attachments)
{
    m_attachments = attachments;
    refresh();
}

void AttachmentsEditor::setReadOnly(bool readOnly)
{
    for (QPushButton* button : std::as_const(m_changing))
        button->setEnabled(!readOnly);
}

void AttachmentsEditor::refresh()
{
    m_list->clear();
    for (qsizetype i = 0; i < m_attachments.size(); ++i) {
        const Attachment& a = m_attachments.at(i);
        auto* item = new QListWidgetItem(
            QStringLiteral("%1  (%2)").arg(a.fileName, AttachmentRules::formatSize(a.size)), m_list);
        item->setData(kIndexRole, int(i));
        item->setToolTip(a.mimeType);
    }
}

bool AttachmentsEditor::attachFile(const QString& path)
{
    QString error;
    const std::optional<Attachment> a = AttachmentRules::read(path, &error);
    if (!a) {
        QMessageBox::warning(this, tr("Cannot attach"), error);
        return false;
    }
    QList<Attachment> probe = m_attachments;
    probe.append(*a);
    if (const QList<FieldIssue> issues = AttachmentRules::check(probe); !issues.isEmpty()) {
        QMessageBox::warning(this, tr("Cannot attach"), issues.constFirst().message);
        return false;
    }
    m_attachments.append(*a);
    refresh();
    m_list->setCurrentRow(m_list->count() - 1);
    emit changed();
    return true;
}

const Attachment* AttachmentsEditor::current() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? &m_attachments.at(item->data(kIndexRole).toInt()) : nullptr;
}

std::optional<QByteArray> AttachmentsEditor::dataOf(const Attachment& a, const QString& action)
{
    try {
        return a.data.isEmpty() && a.id > 0 ? m_readData(a.id) : a.data;
    } catch (const StoreError& e) {
        QMessageBox::warning(this, action, e.message());
        return std::nullopt;
    }
}

void AttachmentsEditor::openCurrent()
{
    const Attachment* a = current();
    if (!a) return;
    const std::optional<QByteArray> data = dataOf(*a, tr("Open attachment"));
    if (!data) return;
    // Opened from a private temporary folder with the viewer the desktop chooses for the type.
    const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::TempLocation))
                               .filePath(QStringLiteral("shopcrm-attachments"));
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QFileInfo(a->fileName).fileName());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size()) {
        QMessageBox::warning(this, tr("Open attachment"),
                             tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    file.close();
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        QMessageBox::information(this, tr("Open attachment"),
                                 tr("No program is set up to open this kind of file. It was saved as %1.")
                                     .arg(QDir::toNativeSeparators(path)));
}

void AttachmentsEditor::saveCurrentAs()
{
    const Attachment* a = current();
    if (!a) return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save attachment"),
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).filePath(a->fileName));
    if (path.isEmpty()) return;
    const std::optional<QByteArray> data = dataOf(*a, tr("Save attachment"));
    if (!data) return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(*data) != data->size())
        QMessageBox::warning(this, tr("Save attachment"),
                             tr("Cannot write %1: %2").arg(path, file.errorString()));
}

} // namespace shopcrm
