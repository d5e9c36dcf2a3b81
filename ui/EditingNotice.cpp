#include "EditingNotice.h"

#include "ErrorReporter.h"
#include "store/ChangeFeed.h"
#include "store/Database.h"
#include "store/DeskPresence.h"

namespace shopcrm {

EditingNotice::EditingNotice(Database& db, const QString& entity, qint64 id, QWidget* parent)
    : QLabel(parent), m_db(db), m_entity(entity), m_id(id)
{
    setObjectName(QStringLiteral("editingNotice"));
    setWordWrap(true);
    setStyleSheet(QStringLiteral("background: #e8f0fe; border: 1px solid #9bb8f0; padding: 6px;"));
    hide();
    DeskPresence* presence = DeskPresence::of(db);
    if (id <= 0 || !presence || db.isReadOnly())
        return;
    ErrorReporter::guard([&] {
        const std::optional<LeaseHolder> other = presence->takeLease(entity, id);
        m_leased = true;
        if (other)
            tell(tr("This record is %1. You can look, or edit anyway: when you save, anything they saved "
                    "meanwhile is shown to merge.")
                     .arg(DeskPresence::describe(*other)));
    });
    if (ChangeFeed* feed = ChangeFeed::of(db)) {
        connect(feed, &ChangeFeed::changed, this, [this](const ChangeBatch& batch) {
            for (const ChangeEvent& e : batch) {
                if (e.entity != m_entity || !e.otherDesk || !e.ids.contains(m_id))
                    continue;
                DeskPresence* desk = DeskPresence::of(m_db);
                ErrorReporter::guard([&] {
                    const std::optional<LeaseHolder> who = desk ? desk->lastChange(m_entity, m_id) : std::nullopt;
                    const QString when = who ? who->since.toLocalTime().toString(QStringLiteral("HH:mm")) : QString();
                    tell(e.ops.contains(QStringLiteral("delete"))
                             ? tr("Another desk deleted this record.")
                             : tr("%1 at %2 saved this record at %3. When you save, you choose field by field what "
                                  "to keep.")
                                   .arg(who ? who->user : tr("Someone"), who ? who->desk : tr("another desk"), when));
                });
            }
        });
    }
}

EditingNotice::~EditingNotice()
{
    if (!m_leased)
        return;
    if (DeskPresence* presence = DeskPresence::of(m_db)) {
        try {
            presence->releaseLease(m_entity, m_id);
        } catch (const StoreError& e) {
            // The lease goes stale by itself when the share is away.
            qWarning("Releasing the edit lease failed: %s", qPrintable(e.message()));
        }
    }
}

void EditingNotice::tell(const QString& text)
{
    setText(text);
    show();
}

} // namespace shopcrm
