#pragma once

#include "domain/Attachment.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace shopcrm {

class Database;

// The files of one kind of record, in a table of their own (follow_up_attachments,
// opportunity_attachments: id, the record's id, position, file_name, mime_type, size, data). The
// caller checks rights and runs save() inside its own write, so the files change with the record.
class AttachmentStore final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::AttachmentStore)
public:
    AttachmentStore(Database& db, const QString& table, const QString& parentColumn)
        : m_db(db), m_table(table), m_parent(parentColumn)
    {
    }
    // Makes the record's files the list given: one with an id and no data is kept (and moved to its
    // place), one with data is added (its id and size set), any other is deleted.
    void save(qint64 parentId, QList<Attachment>& attachments) const;
    // The record's files in order, without their data.
    QList<Attachment> list(qint64 parentId) const;
    // NotFound when another desk deleted it.
    QByteArray data(qint64 attachmentId) const;

private:
    Database& m_db;
    QString m_table;
    QString m_parent;
};

} // namespace shopcrm
