#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace shopcrm {

class Database;

// Two customers that are likely one, and why.
struct DuplicatePair
{
    enum Reason
    {
        SamePhone = 1,
        SameEmail = 2,
        SameWeChat = 4,
        SameName = 8,
        SoundsAlike = 16
    };
    qint64 first = 0; // the lower id
    qint64 second = 0;
    QString firstName;
    QString secondName;
    int reasons = 0;
    QStringList details; // what they share: "138 1234 5678", "华彩广告"…
    // Phone, e-mail and WeChat weigh 3 each, the same name 2, names that read alike 1.
    int score() const;
};

// Finds likely duplicate customers among those the user may see (archived ones left out): the
// same phone number (as normalised digits), the same e-mail or WeChat, the same name once common
// suffixes (有限公司, 工作室, 店…) and region prefixes (广州市, 广东省…) are removed, or names
// that read the same in pinyin (鑫源 and 新源, a wrong pick in the input method).
class DuplicateFinder final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::DuplicateFinder)
public:
    // The part of a name that tells a shop from another: case folded, without punctuation, text in
    // brackets, legal-form suffixes and leading region names (the customer's own region words, the
    // provinces and the larger cities). region, when given, receives the region taken off ("深圳").
    static QString nameCore(const QString& name, const QStringList& regionWords = {},
                            QString* region = nullptr);
    // Best pairs first. progress(step, steps) may cancel by returning false (StoreError).
    static QList<DuplicatePair> find(const Database& db, const std::function<bool(int, int)>& progress = {});
    // The shop says these two are different customers: find() no longer offers the pair.
    static void dismiss(Database& db, qint64 first, qint64 second);
    static QString reasonText(int reasons);
};

} // namespace shopcrm
