#pragma once

#include "Customer.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace shopcrm {

// A file kept with a follow-up or an opportunity (a photo, a drawing, a screenshot). It lives in the
// database, so every desk of a shared database sees it; `data` is only read when the file is opened.
struct Attachment
{
    qint64 id = 0;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
    QByteArray data;
};

class AttachmentRules final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::AttachmentRules)
public:
    static constexpr qint64 kMaxAttachmentBytes = 10 * 1024 * 1024;
    static constexpr qint64 kMaxTotalAttachmentBytes = 25 * 1024 * 1024;
    static constexpr int kMaxAttachments = 10;

    // Too many files, one too large, or too much in all: issues on the field "attachments".
    static QList<FieldIssue> check(const QList<Attachment>& attachments);
    // Reads a file for attaching; nullopt with the reason in `error` when it is unreadable or too large.
    static std::optional<Attachment> read(const QString& path, QString* error);
    static QString formatSize(qint64 bytes);
};

} // namespace shopcrm
