#include "DuplicateFinder.h"

#include "domain/Pinyin.h"
#include "store/AuditLog.h"
#include "store/ChangeRecorder.h"
#include "store/CustomerSearchIndex.h"
#include "store/Database.h"

#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace shopcrm {

namespace {

// A value shared by more customers than this is a placeholder ("13800000000", "无"), not a sign
// that they are one customer.
constexpr int kMaxGroup = 20;

// Legal forms, and the kinds of outlet, longest first. No library knows these; they are the
// endings a Chinese shop's customer list is full of.
const QStringList& legalForms()
{
    static const QStringList list = [] {
        QStringList l;
        for (const char* s : {"股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "分公司", "集团",
                              "公司", "coltd", "limited", "company", "corp", "ltd", "inc", "co"})
            l.append(QString::fromUtf8(s));
        return l;
    }();
    return list;
}

const QStringList& outlets()
{
    static const QStringList list = [] {
        QStringList l;
        for (const char* s :
             {"工作室", "经营部", "门市部", "专卖店", "旗舰店", "分店", "门店", "商行", "店", "厂"})
            l.append(QString::fromUtf8(s));
        return l;
    }();
    return list;
}

// Provinces and regions, and the larger cities that names often start with without "市".
const QStringList& regionStems()
{
    static const QStringList list = [] {
        QStringList l;
        for (const char* s :
             {"北京", "天津",     "上海",    "重庆", "河北", "山西", "辽宁", "吉林",   "黑龙江", "江苏",
              "浙江", "安徽",     "福建",    "江西", "山东", "河南", "湖北", "湖南",   "广东",   "海南",
              "四川", "贵州",     "云南",    "陕西", "甘肃", "青海", "台湾", "内蒙古", "广西",   "西藏",
              "宁夏", "新疆",     "香港",    "澳门", "广州", "深圳", "东莞", "佛山",   "珠海",   "惠州",
              "汕头", "江门",     "杭州",    "宁波", "温州", "南京", "苏州", "无锡",   "常州",   "成都",
              "武汉", "长沙",     "郑州",    "西安", "济南", "青岛", "厦门", "福州",   "泉州",   "合肥",
              "南昌", "昆明",     "贵阳",    "南宁", "沈阳", "大连", "长春", "哈尔滨", "石家庄", "太原",
              "兰州", "乌鲁木齐", "呼和浩特"})
            l.append(QString::fromUtf8(s));
        return l;
    }();
    return list;
}

QString stemOf(const QString& region)
{
    for (const char* end :
         {"特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市", "区", "县"}) {
        const QString e = QString::fromUtf8(end);
        if (region.endsWith(e) && region.size() > e.size() + 1) return region.chopped(e.size());
    }
    return region;
}

struct Candidate
{
    qint64 id = 0;
    QString name;
};

} // namespace

int DuplicatePair::score() const
{
    int s = 0;
    for (const int strong : {SamePhone, SameEmail, SameWeChat})
        if (reasons & strong) s += 3;
    if (reasons & SameName) s += 2;
    if (reasons & SoundsAlike) s += 1;
    return s;
}

QString DuplicateFinder::nameCore(const QString& name, const QStringList& regionWords, QString* region)
{
    static const QRegularExpression bracketed(QStringLiteral("[(（\\[【][^)）\\]】]*[)）\\]】]"));
    static const QRegularExpression province(QStringLiteral("^\\p{Han}{2,3}省"));
    static const QRegularExpression autonomous(QStringLiteral("^\\p{Han}{2,8}(自治区|自治州|特别行政区)"));
    // "深圳市…", but not "东方市场…", "新城市…" or "华联超市…" (words that end in 市).
    static const QRegularExpression city(
        QStringLiteral("^\\p{Han}(?![城超门夜菜股都花集街])\\p{Han}市(?!场)"));
    QString core;
    for (const QChar c : QString(name).remove(bracketed).toCaseFolded())
        if (c.isLetterOrNumber()) core += c;
    // Leading region names, as often as they come ("广东省深圳市…").
    QStringList stems;
    for (const QString& w : regionWords)
        if (!w.trimmed().isEmpty()) stems << w.trimmed() << stemOf(w.trimmed());
    // The last region stripped is the most precise one ("广东省深圳市…": 深圳).
    auto strip = [&](qsizetype length) {
        if (region) *region = stemOf(core.left(length));
        core.remove(0, length);
    };
    const QString cityEnd = QString::fromUtf8("市");
    bool stripped = true;
    while (stripped) {
        stripped = false;
        for (const QString& w : std::as_const(stems))
            if (w.size() >= 2 && core.startsWith(w) && core.size() - w.size() >= 2) {
                strip(w.size());
                stripped = true;
            }
        for (const QRegularExpression* re : {&autonomous, &province, &city}) {
            const QRegularExpressionMatch m = re->match(core);
            if (m.hasMatch() && core.size() - m.capturedLength() >= 2) {
                strip(m.capturedLength());
                stripped = true;
            }
        }
        // The larger cities with 市, and bare only before something that is a name on its own.
        for (const QString& w : regionStems()) {
            if (core.startsWith(w + cityEnd) && core.size() - w.size() - 1 >= 2) {
                strip(w.size() + 1);
                stripped = true;
            } else if (core.startsWith(w) && core.size() - w.size() >= 3) {
                strip(w.size());
                stripped = true;
            }
        }
    }
    // Legal forms as often as they come, then one kind of outlet (酒店, 饭店 and 书店 are trades).
    stripped = true;
    while (stripped) {
        stripped = false;
        for (const QString& s : legalForms())
            if (core.endsWith(s) && core.size() - s.size() >= 2) {
                core.chop(s.size());
                stripped = true;
                break;
            }
    }
    static const QRegularExpression trade(QStringLiteral("[酒饭书商药花]店$"));
    for (const QString& s : outlets())
        if (core.endsWith(s) && core.size() - s.size() >= 2) {
            if (s.size() == 1 && trade.match(core).hasMatch()) break;
            core.chop(s.size());
            break;
        }
    return core;
}

QList<DuplicatePair> DuplicateFinder::find(const Database& db, const std::function<bool(int, int)>& progress)
{
    db.access().require(Module::Customers, Action::View);
    constexpr int kSteps = 4;
    auto step = [&](int done) {
        if (progress && !progress(done, kSteps))
            throw StoreError(StoreError::Kind::Validation, tr("The search for duplicates was stopped."));
    };
    step(0);
    const QString visible =
        QStringLiteral("c.archived = 0") + db.access().ownerEquals(QStringLiteral("c.owner"));
    QHash<qint64, QString> names;
    QHash<QString, QList<qint64>> byName;
    QHash<QString, QList<qint64>> bySound;
    QHash<qint64, QString> coreOf;
    QHash<qint64, QString> regionOf; // the city field, or the region the name starts with
    {
        Sql q(db,
              QStringLiteral("SELECT c.id, c.name, c.province, c.city, c.district FROM customers c WHERE %1")
                  .arg(visible));
        q.exec();
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            const QString name = q.value(1).toString();
            names.insert(id, name);
            QString region;
            const QString core = nameCore(
                name, {q.value(2).toString(), q.value(3).toString(), q.value(4).toString()}, &region);
            const QString city = q.value(3).toString().trimmed();
            if (!city.isEmpty() || !region.isEmpty())
                regionOf.insert(id, city.isEmpty() ? region : stemOf(city));
            if (core.size() < 2) continue;
            coreOf.insert(id, core);
            byName[core].append(id);
        }
    }
    // Names that read alike: the main reading of cores with Chinese in them.
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        const bool han = std::any_of(it.key().cbegin(), it.key().cend(),
                                     [](QChar c) { return Pinyin::isHan(c.unicode()); });
        if (!han) continue;
        const Pinyin::Keys keys = Pinyin::keys(it.key(), 1);
        if (!keys.full.isEmpty() && keys.full.constFirst().size() >= 4)
            bySound[keys.full.constFirst()] += it.value();
    }
    step(1);

    QHash<QPair<qint64, qint64>, DuplicatePair> pairs;
    auto addGroup = [&](const QList<qint64>& group, DuplicatePair::Reason reason, const QString& detail) {
        QList<qint64> ids = group;
        std::sort(ids.begin(), ids.end());
        ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
        if (ids.size() < 2 || ids.size() > kMaxGroup) return;
        for (qsizetype i = 0; i < ids.size(); ++i)
            for (qsizetype j = i + 1; j < ids.size(); ++j) {
                if (!names.contains(ids.at(i)) || !names.contains(ids.at(j))) continue;
                // Names that read alike only where the names themselves differ.
                if (reason == DuplicatePair::SoundsAlike &&
                    coreOf.value(ids.at(i)) == coreOf.value(ids.at(j)))
                    continue;
                // The same name in two different cities is two branches, unless more is shared.
                const bool byName = reason == DuplicatePair::SameName || reason == DuplicatePair::SoundsAlike;
                const QString ri = regionOf.value(ids.at(i));
                const QString rj = regionOf.value(ids.at(j));
                if (byName && !ri.isEmpty() && !rj.isEmpty() && ri != rj) continue;
                DuplicatePair& p = pairs[{ids.at(i), ids.at(j)}];
                p.first = ids.at(i);
                p.second = ids.at(j);
                if (!(p.reasons & reason) && !p.details.contains(detail)) p.details.append(detail);
                p.reasons |= reason;
            }
    };
    for (auto it = byName.cbegin(); it != byName.cend(); ++it)
        addGroup(it.value(), DuplicatePair::SameName, it.key());
    for (auto it = bySound.cbegin(); it != bySound.cend(); ++it)
        addGroup(it.value(), DuplicatePair::SoundsAlike, it.key());
    step(2);

    // Phones: customer_key holds every customer's and contact's number as digits.
    {
        Sql q(db,
              QStringLiteral(
                  "SELECT k.key, group_concat(DISTINCT k.customer_id) FROM customer_key k "
                  "JOIN customers c ON c.id = k.customer_id WHERE k.kind = ? AND length(k.key) >= 7 AND %1 "
                  "GROUP BY k.key HAVING count(DISTINCT k.customer_id) > 1")
                  .arg(visible));
        q.bind(CustomerSearchIndex::PhoneKey).exec();
        while (q.next()) {
            QList<qint64> ids;
            for (const QString& id : q.value(1).toString().split(QLatin1Char(',')))
                ids.append(id.toLongLong());
            addGroup(ids, DuplicatePair::SamePhone, q.value(0).toString());
        }
    }
    // E-mail and WeChat, the customer's own and its contacts', compared without case.
    for (const auto& [column, reason] : {std::pair{QStringLiteral("email"), DuplicatePair::SameEmail},
                                         std::pair{QStringLiteral("wechat"), DuplicatePair::SameWeChat}}) {
        Sql q(db, QStringLiteral("SELECT v, group_concat(DISTINCT id) FROM ("
                                 " SELECT lower(trim(c.%1)) AS v, c.id AS id FROM customers c WHERE %2"
                                 " UNION ALL SELECT lower(trim(k.%1)), c.id FROM contacts k JOIN customers c "
                                 " ON c.id = k.customer_id WHERE %2) WHERE length(v) >= 3 "
                                 "GROUP BY v HAVING count(DISTINCT id) > 1")
                      .arg(column, visible));
        q.exec();
        while (q.next()) {
            QList<qint64> ids;
            for (const QString& id : q.value(1).toString().split(QLatin1Char(',')))
                ids.append(id.toLongLong());
            addGroup(ids, reason, q.value(0).toString());
        }
    }
    step(3);

    Sql dismissed(db, QStringLiteral("SELECT first_id, second_id FROM duplicate_dismissals"));
    dismissed.exec();
    while (dismissed.next())
        pairs.remove({dismissed.value(0).toLongLong(), dismissed.value(1).toLongLong()});
    QList<DuplicatePair> result;
    result.reserve(pairs.size());
    for (DuplicatePair& p : pairs) {
        p.firstName = names.value(p.first);
        p.secondName = names.value(p.second);
        result.append(std::move(p));
    }
    std::sort(result.begin(), result.end(), [](const DuplicatePair& a, const DuplicatePair& b) {
        if (a.score() != b.score()) return a.score() > b.score();
        return std::pair(a.first, a.second) < std::pair(b.first, b.second);
    });
    step(kSteps);
    return result;
}

void DuplicateFinder::dismiss(Database& db, qint64 first, qint64 second)
{
    db.access().require(Module::Customers, Action::Edit);
    if (first > second) std::swap(first, second);
    db.write([&] {
        const QString now = Database::nowUtc();
        Sql insert(db, QStringLiteral(
                           "INSERT INTO duplicate_dismissals(created_at, updated_at, created_by, updated_by, "
                           "first_id, second_id) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"));
        insert.bind(now)
            .bind(now)
            .bind(db.session().user)
            .bind(db.session().user)
            .bind(first)
            .bind(second)
            .exec();
        ChangeRecorder::recordChange(db, QStringLiteral("duplicate_dismissal"), insert.lastInsertId(),
                                     QStringLiteral("insert"));
        AuditLog::append(db, QStringLiteral("customer"), first, QStringLiteral("not_duplicate"), QString(),
                         AuditLog::compact({{QStringLiteral("other"), second}}));
    });
}

QString DuplicateFinder::reasonText(int reasons)
{
    QStringList parts;
    if (reasons & DuplicatePair::SamePhone) parts << tr("same phone");
    if (reasons & DuplicatePair::SameEmail) parts << tr("same e-mail");
    if (reasons & DuplicatePair::SameWeChat) parts << tr("same WeChat");
    if (reasons & DuplicatePair::SameName) parts << tr("same name");
    if (reasons & DuplicatePair::SoundsAlike) parts << tr("names read alike");
    return parts.join(tr(", "));
}

} // namespace shopcrm
