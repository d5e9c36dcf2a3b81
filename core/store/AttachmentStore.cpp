#include "AttachmentStore.h"

#include "Database.h"
#include "StoreError.h"

namespace shopcrm {

void AttachmentStore::save(qint64 parentId, QList<Attachment>& attachments) const
{
    QStringList kept;
    for (const Attachment& a : std::as_const(attachments))
        if (a.id > 0 && a.data.isEmpty()) kept.append(QString::number(a.id));
    Sql(m_db,
        QStringLiteral("DELETE FROM %1 WHERE %2 = ?%3")
            .arg(m_table, m_parent,
                 kept.isEmpty() ? QString()
                                : QStringLiteral(" AND id NOT IN (%1)").arg(kept.join(QLatin1Char(',')))))
        .bind(parentId)
        .exec();
    int position = 0;
    for (Attachment& a : attachments) {
        if (a.id > 0 && a.data.isEmpty()) {
            Sql(m_db,
                QStringLiteral("UPDATE %1 SET position = ? WHERE id = ? AND %2 = ?").arg(m_table, m_parent))
                .bind(position++)
                .bind(a.id)
                .bind(parentId)
                .exec();
            continue;
        }
        Sql insert(m_db, QStringLiteral(
                             "INSERT INTO %1(%2, position, file_name, mime_type, size, data) VALUES (?, ?, "
                             "?, ?, ?, ?)")
                             .arg(m_table, m_parent));
        insert.bind(parentId)
            .bind(position++)
            .bind(a.fileName)
            .bind(a.mimeType)
            .bind(qint64(a.data.size()))
            .bind(a.data)
            .exec();
        a.id = insert.lastInsertId();
        a.size = a.data.size();
    }
}

QList<Attachment> AttachmentStore::list(qint64 parentId) const
{
    Sql q(m_db, QStringLiteral("SELECT id, file_name, mime_type, size FROM %1 WHERE %2 = ? ORDER BY position")
                    .arg(m_table, m_parent));
    q.bind(parentId).exec();
    QList<Attachment> result;
    while (q.next())
        result.append({q.value(0).toLongLong(),
                       q.value(1).toString(),
                       q.value(2).toString(),
                       q.value(3).toLongLong(),
                       {}});
    return result;
}

QByteArray AttachmentStore::data(qint64 attachmentId) const
{
    Sql q(m_db, QStringLiteral("SELECT data FROM %1 WHERE id = ?").arg(m_table));
    q.bind(attachmentId).exec();
    if (!q.next())
        throw StoreError(StoreError::Kind::NotFound, tr("This attachment was deleted by another desk."));
    return q.value(0).toByteArray();
}

} // namespace shopcrm
