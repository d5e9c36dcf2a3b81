#include "Attachment.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QMimeDatabase>

namespace shopcrm {

QList<FieldIssue> AttachmentRules::check(const QList<Attachment>& attachments)
{
    QList<FieldIssue> issues;
    if (attachments.size() > kMaxAttachments)
        issues.append(
            {QStringLiteral("attachments"), tr("At most %1 files can be attached.").arg(kMaxAttachments)});
    qint64 total = 0;
    for (const Attachment& a : attachments) {
        total += a.size;
        if (a.size > kMaxAttachmentBytes)
            issues.append({QStringLiteral("attachments"),
                           tr("%1 is %2; an attachment can be at most %3.")
                               .arg(a.fileName, formatSize(a.size), formatSize(kMaxAttachmentBytes))});
    }
    if (total > kMaxTotalAttachmentBytes)
        issues.append({QStringLiteral("attachments"),
                       tr("The attachments come to %1; at most %2 can be attached in all.")
                           .arg(formatSize(total), formatSize(kMaxTotalAttachmentBytes))});
    return issues;
}

std::optional<Attachment> AttachmentRules::read(const QString& path, QString* error)
{
    const QFileInfo info(path);
    auto fail = [&](const QString& message) {
        if (error) *error = message;
        return std::nullopt;
    };
    if (!info.exists() || !info.isFile()) return fail(tr("%1 does not exist or is not a file.").arg(path));
    // The size is checked before reading, so a huge file is refused without loading it.
    if (info.size() > kMaxAttachmentBytes)
        return fail(
            tr("%1 is %2; an attachment can be at most %3. Attach a smaller copy (a photo can be resized "
               "or a PDF printed smaller).")
                .arg(info.fileName(), formatSize(info.size()), formatSize(kMaxAttachmentBytes)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1 cannot be read: %2").arg(info.fileName(), file.errorString()));
    Attachment a;
    a.data = file.readAll();
    if (a.data.size() != info.size() && file.error() != QFileDevice::NoError)
        return fail(tr("%1 cannot be read: %2").arg(info.fileName(), file.errorString()));
    a.fileName = info.fileName();
    a.size = a.data.size();
    a.mimeType = QMimeDatabase().mimeTypeForFileNameAndData(path, a.data).name();
    return a;
}

QString AttachmentRules::formatSize(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace shopcrm
