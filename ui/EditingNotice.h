#pragma once

#include <QLabel>

namespace shopcrm {

class Database;

// The strip at the top of an editor about the other desks: while the record is open this desk
// holds an advisory lease on it, and the strip says when someone else has it open too ("being
// edited by 王芳 at 前台2 since 10:42 — you can look, or edit anyway") or saved it meanwhile. It
// never blocks saving: the version check decides, and a stale save offers a merge.
class EditingNotice final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EditingNotice)
public:
    EditingNotice(Database& db, const QString& entity, qint64 id, QWidget* parent = nullptr);
    ~EditingNotice() override;

private:
    void tell(const QString& text);

    Database& m_db;
    QString m_entity;
    qint64 m_id = 0;
    bool m_leased = false;
};

} // namespace shopcrm
