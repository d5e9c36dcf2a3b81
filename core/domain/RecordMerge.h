#pragma once

#include "Customer.h"
#include "FollowUp.h"
#include "Order.h"
#include "Payment.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <functional>

namespace shopcrm {

// One field that differs between what a desk typed (mine) and what another desk saved meanwhile
// (theirs), with what both started from (base). A field only one side changed is not a conflict:
// that side's value is taken unless the user says otherwise.
struct MergeItem
{
    enum class Take { Mine, Theirs };
    QString key;
    QString label;
    QString base;
    QString mine;
    QString theirs;
    bool conflict = false; // both sides changed it, differently
    Take take = Take::Mine;
};

// A three-way merge of a record saved from a stale copy, field by field: items() lists what differs
// between mine and theirs with a suggested side each; result() builds the record to save from
// theirs (its version, so the save passes the version check) with the fields taken from mine.
template <typename T>
class RecordMerge
{
public:
    struct Field
    {
        QString key;
        QString label;
        std::function<QString(const T&)> text;
        std::function<void(T& into, const T& from)> copy;
    };

    RecordMerge(QList<Field> fields, const T& base, const T& mine, const T& theirs)
        : m_fields(std::move(fields)), m_mine(mine), m_theirs(theirs)
    {
        for (const Field& f : m_fields) {
            MergeItem item{f.key, f.label, f.text(base), f.text(mine), f.text(theirs)};
            if (item.mine == item.theirs)
                continue;
            item.conflict = item.mine != item.base && item.theirs != item.base;
            // What only they changed is theirs; what I changed stays mine.
            item.take = item.mine == item.base ? MergeItem::Take::Theirs : MergeItem::Take::Mine;
            m_items.append(item);
        }
    }

    const QList<MergeItem>& items() const { return m_items; }
    bool hasConflicts() const
    {
        return std::any_of(m_items.begin(), m_items.end(), [](const MergeItem& i) { return i.conflict; });
    }
    T result(const QList<MergeItem>& choices) const
    {
        T merged = m_theirs;
        for (const MergeItem& choice : choices) {
            if (choice.take != MergeItem::Take::Mine)
                continue;
            for (const Field& f : m_fields)
                if (f.key == choice.key)
                    f.copy(merged, m_mine);
        }
        return merged;
    }

private:
    QList<Field> m_fields;
    T m_mine;
    T m_theirs;
    QList<MergeItem> m_items;
};

class RecordMerges final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::RecordMerges)
public:
    static RecordMerge<Customer> customer(const Customer& base, const Customer& mine, const Customer& theirs);
    // Order lines merge one by one, matched by their id: a line changed on one side only, added
    // or removed by one side is taken from that side; a line both changed is a conflict of its own.
    static RecordMerge<Order> order(const Order& base, const Order& mine, const Order& theirs);
    static RecordMerge<FollowUp> followUp(const FollowUp& base, const FollowUp& mine, const FollowUp& theirs);
    static RecordMerge<Payment> payment(const Payment& base, const Payment& mine, const Payment& theirs);
};

} // namespace shopcrm
