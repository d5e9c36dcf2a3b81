#pragma once

#include "domain/Attachment.h"

#include <QWidget>

#include <functional>

class QListWidget;
class QPushButton;

namespace shopcrm {

// The files kept with a record (a follow-up, an opportunity): a list with Attach file…, Open, Save
// as… and Remove. Files are read when attached and written with the record; one already saved is
// read from the store (`readData`) only when it is opened or saved elsewhere. The list and the
// attach button are named <name>AttachmentsList and <name>AttachButton.
class AttachmentsEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AttachmentsEditor)
public:
    using ReadData = std::function<QByteArray(qint64 attachmentId)>;
    AttachmentsEditor(const QString& name, ReadData readData, QWidget* parent = nullptr);

    void setAttachments(const QList<Attachment>& attachments);
    const QList<Attachment>& attachments() const { return m_attachments; }
    // Adds a file (the Attach button's work); false with a message shown when it is refused.
    bool attachFile(const QString& path);
    void setReadOnly(bool readOnly);

signals:
    void changed();

private:
    void refresh();
    // The file chosen in the list, or nullptr.
    const Attachment* current() const;
    // Its bytes: those attached now, or read from the store; empty with a message shown on failure.
    std::optional<QByteArray> dataOf(const Attachment& a, const QString& action);
    void openCurrent();
    void saveCurrentAs();

    ReadData m_readData;
    QList<Attachment> m_attachments;
    QListWidget* m_list = nullptr;
    QList<QPushButton*> m_changing;
};

} // namespace shopcrm
