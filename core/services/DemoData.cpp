#include "DemoData.h"

#include "store/CalendarRepository.h"
#include "store/CatalogRepository.h"
#include "store/CustomerRepository.h"
#include "store/CustomerSearchIndex.h"
#include "store/Database.h"
#include "store/FollowUpRepository.h"
#include "store/OpportunityRepository.h"
#include "store/OrderRepository.h"
#include "store/PaymentRepository.h"
#include "store/RowSupport.h"
#include "store/TaskRepository.h"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <QtConcurrent/QtConcurrentRun>

#include <cmath>

namespace shopcrm {

namespace {

// Generated records written 2,000 at a time through a bulk path: make(i) builds record i,
// write(batch) writes a batch in one transaction; progress(done, count) may stop it early.
template <typename T>
qint64 inBulk(qint64 count, const std::function<bool(qint64, qint64)>& progress, const std::function<T(qint64)>& make,
              const std::function<void(QList<T>&)>& write)
{
    constexpr qint64 kBatch = 2000;
    qint64 done = 0;
    while (done < count) {
        QList<T> batch;
        for (qint64 i = done; i < std::min(count, done + kBatch); ++i)
            batch.append(make(i));
        write(batch);
        done += batch.size();
        if (progress && !progress(done, count)) break;
    }
    return done;
}

// The customers generated records go to, with their primary contact; `none` when there are none.
QList<std::pair<qint64, QString>> customersFor(Database& db, const QString& none)
{
    QList<std::pair<qint64, QString>> customers;
    Sql q(db, QStringLiteral("SELECT id, contact_name FROM customers WHERE archived = 0 ORDER BY id"));
    q.exec();
    while (q.next())
        customers.append({q.value(0).toLongLong(), q.value(1).toString()});
    if (customers.isEmpty()) throw StoreError(StoreError::Kind::Validation, none);
    return customers;
}

const char* const kSurnames[] = {
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭",
    "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾",
    "肖", "田", "董", "袁", "潘", "蒋", "蔡", "余", "杜", "叶", "程", "苏", "魏", "吕", "丁", "沈",
    "姚", "卢", "钟", "谭", "陆", "汪", "范", "金", "廖", "夏", "方", "白", "邹", "熊", "秦", "江",
    "薛", "段", "雷", "侯", "龙", "贺", "单", "曾", "乐", "查", "解", "区", "仇", "盖"};
const char* const kGiven[] = {"伟",   "芳",   "娜",   "敏",   "静",   "丽",   "强",   "磊",   "军",   "洋",
                              "勇",   "艳",   "杰",   "娟",   "涛",   "明",   "超",   "秀英", "霞",   "平",
                              "刚",   "桂英", "建华", "晓东", "海燕", "志强", "文",   "斌",   "婷",   "宇",
                              "浩",   "鑫",   "佳怡", "子涵", "俊杰", "雪",   "长青", "重阳", "乐乐", "行健",
                              "家乐", "国庆", "春花", "丹",   "亮",   "红梅", "建国", "晨"};
const char* const kBrand[] = {"华彩",   "鑫源",   "宏达",   "金辉", "长城", "乐行", "盛世",   "恒通",
                              "嘉禾",   "永兴",   "新视界", "美家", "百味", "顺发", "银河",   "天成",
                              "博雅",   "红星",   "汇丰",   "大众", "万家", "福临", "创意",   "精工",
                              "锦绣",   "蓝天",   "东方",   "佳艺", "重信", "和乐", "长荣",   "兴旺",
                              "好运来", "老街坊", "一品",   "悦来", "众诚", "华夏", "新时代", "鼎盛"};
const char* const kTrade[] = {"广告",     "文化传媒", "装饰工程", "餐饮", "科技", "房地产",   "教育培训",
                              "服饰",     "医药",     "汽车服务", "酒店", "超市", "物业管理", "印务",
                              "展览展示", "美容美发", "建材",     "茶业", "烘焙", "健身"};
const char* const kSuffix[] = {"有限公司", "有限公司", "有限公司", "店",
                               "工作室",   "连锁店",   "分公司",   "中心"};
const char* const kIndustry[] = {"餐饮", "零售",     "房地产", "教育",     "医疗", "汽车",
                                 "酒店", "政府机关", "制造业", "广告同行", "婚庆", "展会"};
const char* const kTags[] = {"门头", "喷绘", "写真", "名片",   "展会",   "长期客户", "月结",
                             "加急", "安装", "灯箱", "发光字", "不干胶", "画册",     "易拉宝"};
const char* const kSource[] = {"老客户介绍", "路过进店", "网络搜索", "美团",
                               "抖音",       "电话咨询", "展会",     "地推"};
const char* const kOwner[] = {"李明", "王芳", "张伟", "陈静"};
const char* const kGrade[] = {"A", "B", "B", "C", "C", "C", "VIP"};
const char* const kTitle[] = {"经理", "老板", "行政", "采购", "店长", "市场部", "设计", "前台"};
const char* const kRoad[] = {"人民路", "解放路", "中山路",   "建设路",   "长江路",
                             "和平路", "新华路", "工业大道", "科技园路", "滨海大道",
                             "文化路", "长安街", "朝阳路",   "青年路",   "东风路"};

struct Region
{
    const char* province;
    const char* city;
    const char* districts[4];
    const char* areaCode;
};
const Region kRegions[] = {
    {"广东省", "深圳市", {"南山区", "福田区", "宝安区", "龙岗区"}, "0755"},
    {"广东省", "广州市", {"天河区", "越秀区", "海珠区", "白云区"}, "020"},
    {"广东省", "东莞市", {"南城街道", "东城街道", "长安镇", "虎门镇"}, "0769"},
    {"广东省", "佛山市", {"禅城区", "南海区", "顺德区", "三水区"}, "0757"},
    {"湖南省", "长沙市", {"岳麓区", "芙蓉区", "天心区", "开福区"}, "0731"},
    {"重庆市", "重庆市", {"渝中区", "江北区", "沙坪坝区", "九龙坡区"}, "023"},
    {"福建省", "厦门市", {"思明区", "湖里区", "集美区", "海沧区"}, "0592"},
    {"浙江省", "杭州市", {"西湖区", "上城区", "拱墅区", "滨江区"}, "0571"},
    {"北京市", "北京市", {"朝阳区", "海淀区", "东城区", "丰台区"}, "010"},
    {"上海市", "上海市", {"浦东新区", "徐汇区", "静安区", "长宁区"}, "021"},
    {"四川省", "成都市", {"锦江区", "青羊区", "武侯区", "成华区"}, "028"},
    {"湖北省", "武汉市", {"江汉区", "武昌区", "洪山区", "汉阳区"}, "027"},
};
const char* const kMobilePrefix[] = {"130", "131", "132", "135", "136", "137", "138", "139", "150",
                                     "151", "152", "155", "157", "158", "159", "166", "176", "177",
                                     "180", "181", "186", "187", "188", "189", "191", "199"};

QString u(const char* s)
{
    return QString::fromUtf8(s);
}

struct DemoProduct
{
    const char* category;
    const char* name;
    const char* spec;
    const char* unit; // nullptr: m², priced by area
    qint64 priceFen;
    qint64 costFen;
    int minQuantity;
    int maxQuantity;
};

const DemoProduct kProducts[] = {
    {"喷绘写真", "户外喷绘布", "440g 灯布", nullptr, 2500, 900, 1, 4},
    {"喷绘写真", "室内写真", "PP背胶 哑膜", nullptr, 3500, 1400, 1, 6},
    {"喷绘写真", "车身贴", "3M 车贴", nullptr, 6000, 2600, 1, 2},
    {"喷绘写真", "灯箱片", "透光灯片", nullptr, 4500, 1800, 1, 4},
    {"标识招牌", "门头招牌", "铝塑板 + 钢结构", nullptr, 42000, 21000, 1, 1},
    {"标识招牌", "发光字", "不锈钢边 亚克力面", "个", 28000, 12000, 2, 12},
    {"标识招牌", "亚克力水晶字", "10mm 亚克力", "个", 8000, 3000, 3, 20},
    {"标识招牌", "不锈钢标牌", "拉丝 腐蚀填色", "块", 15000, 6000, 1, 10},
    {"印刷品", "名片", "300g 铜版纸 覆膜", "盒", 3850, 900, 2, 20},
    {"印刷品", "宣传单页", "157g 铜版纸 A4 双面", "张", 18, 6, 1000, 20000},
    {"印刷品", "画册", "大16开 骑马钉", "本", 1200, 500, 100, 2000},
    {"印刷品", "不干胶贴纸", "铜版不干胶 模切", "张", 80, 25, 500, 10000},
    {"印刷品", "海报", "200g 铜版纸", "张", 1500, 400, 10, 200},
    {"展示展览", "易拉宝", "80×200 铝合金", "个", 9000, 3500, 1, 20},
    {"展示展览", "X展架", "60×160", "个", 6000, 2200, 1, 20},
    {"展示展览", "KT板展板", "5mm KT板 写真", nullptr, 6000, 2000, 1, 10},
    {"展示展览", "背景墙", "桁架 + 喷绘", nullptr, 12000, 5500, 1, 1},
    {"设计安装", "设计费", "平面设计", "项", 30000, 0, 1, 1},
    {"设计安装", "高空安装", "含吊车", "次", 50000, 20000, 1, 1},
    {"设计安装", "送货安装", "市内", "次", 10000, 4000, 1, 1},
};

struct DemoStaff
{
    const char* name;
    StaffRole role;
    const char* phone;
};

const DemoStaff kStaff[] = {
    {"李明", StaffRole::Designer, "138 0013 8001"},   {"陈静", StaffRole::Designer, "139 0013 9002"},
    {"王芳", StaffRole::Sales, "137 0013 7003"},      {"张伟", StaffRole::Production, "136 0013 6004"},
    {"赵磊", StaffRole::Production, "135 0013 5005"}, {"刘强", StaffRole::Installer, "133 0013 3006"},
};

// Order titles that fit the first line's category.
struct DemoTitles
{
    const char* category;
    const char* titles[3];
};
const DemoTitles kTitles[] = {
    {"喷绘写真", {"店内装饰", "促销活动", "楼盘广告"}},
    {"标识招牌", {"门头招牌", "导视标识", "店铺开业物料"}},
    {"印刷品", {"宣传资料", "印刷物料", "企业画册"}},
    {"展示展览", {"展会物料", "年会背景", "促销活动"}},
    {"设计安装", {"门头招牌", "店铺开业物料", "年会背景"}},
};
// What a print shop's staff write after a contact, by method, with the outcome it usually had.
struct DemoContact
{
    ContactMethod method;
    const char* details;
    const char* outcome;
    const char* nextAction; // empty: nothing planned
};
const DemoContact kContacts[] = {
    {ContactMethod::Phone, "询问门头招牌价格，发了几个样式参考", "有意向", "发报价单"},
    {ContactMethod::Phone, "客户确认设计稿，约好下周二安装", "已下单", ""},
    {ContactMethod::Phone, "催上月对账款，答应月底前转账", "约回电", "月底再确认到账"},
    {ContactMethod::Phone, "打了两次没人接", "未接通", "明天再打"},
    {ContactMethod::Phone, "问展会易拉宝能不能三天出货", "已报价", "确认数量和尺寸"},
    {ContactMethod::Visit, "上门量尺寸：门头 6.2m × 1.2m，墙面是瓷砖", "已报价", "出设计初稿"},
    {ContactMethod::Visit, "送货时顺便看了新店面，需要做橱窗贴和灯箱", "有意向", "做橱窗贴方案"},
    {ContactMethod::Visit, "回访安装效果，客户满意，介绍了隔壁奶茶店", "已下单", ""},
    {ContactMethod::WeChat, "发了设计初稿，客户要把字体改成红色", "有意向", "改稿后再发"},
    {ContactMethod::WeChat, "客户发来 LOGO 源文件和门店照片", "已下单", ""},
    {ContactMethod::WeChat, "发了报价单：喷绘 + 安装，含税", "已报价", "问报价意见"},
    {ContactMethod::WeChat, "客户说预算不够，先不做了", "无意向", ""},
    {ContactMethod::QQ, "传了印刷文件，提醒出血 3mm", "已下单", ""},
    {ContactMethod::Email, "发了年度合作报价和样品册", "已报价", "电话跟进合作意向"},
    {ContactMethod::Sms, "短信通知货已做好，可以来取", "已下单", ""},
};

const char* const kNotes[] = {"",        "", "", "加急", "客户自提", "送货上门", "需要开票", "先出小样确认",
                              "周末安装"};
const char* const kCancelReasons[] = {"客户取消", "设计未确认", "价格未谈拢", "重复下单"};
const int kSizes[] = {600, 800, 900, 1200, 1500, 1800, 2000, 2400, 3000, 4000, 5000, 6000};

} // namespace

QString DemoData::personName()
{
    return u(pick(kSurnames)) + u(pick(kGiven));
}

QString DemoData::mobile()
{
    return u(pick(kMobilePrefix)) +
           QStringLiteral("%1").arg(m_random.bounded(100000000u), 8, 10, QLatin1Char('0'));
}

Customer DemoData::nextCustomer()
{
    Customer c;
    const Region& region = pick(kRegions);
    const QString city = u(region.city).chopped(1); // "深圳"
    const bool company = m_random.bounded(100u) < 80;
    c.kind = company ? CustomerKind::Company : CustomerKind::Individual;
    if (company) {
        const QString brand = u(pick(kBrand));
        const QString trade = u(pick(kTrade));
        const QString suffix = u(pick(kSuffix));
        const bool registered = suffix == u("有限公司") || suffix == u("分公司");
        c.name = QString(registered ? city : QString()) + brand + trade + suffix;
        c.shortName = brand + trade.left(2);
    } else {
        c.name = personName();
    }
    c.grade = u(pick(kGrade));
    const int tagCount = static_cast<int>(m_random.bounded(3u));
    for (int i = 0; i < tagCount; ++i)
        c.tags.append(u(pick(kTags)));
    c.industry = u(pick(kIndustry));
    c.province = u(region.province);
    c.city = u(region.city);
    c.district = u(region.districts[m_random.bounded(4u)]);
    c.address = c.district + u(pick(kRoad)) + QString::number(m_random.bounded(1u, 999u)) + u("号");
    if (m_random.bounded(3u) == 0)
        c.address += QString::number(m_random.bounded(1u, 30u)) + u("楼") +
                     QString::number(m_random.bounded(1u, 20u)) +
                     QStringLiteral("%1").arg(m_random.bounded(1u, 30u), 2, 10, QLatin1Char('0')) + u("室");
    if (company && m_random.bounded(2u) == 0)
        c.phones.append(u(region.areaCode) + QLatin1Char('-') +
                        QString::number(m_random.bounded(20000000u, 89999999u)));
    else
        c.phones.append(mobile());
    c.source = u(pick(kSource));
    c.owner = u(pick(kOwner));
    if (company && m_random.bounded(3u) == 0) {
        c.paymentTerms = PaymentTerms::MonthlyAccount;
        c.paymentDays = 30;
    }
    const int contacts = company ? static_cast<int>(m_random.bounded(1u, 4u)) : 1;
    for (int i = 0; i < contacts; ++i) {
        Contact k;
        k.name = company || i > 0 ? personName() : c.name;
        k.title = company ? u(pick(kTitle)) : QString();
        k.mobile = mobile();
        if (m_random.bounded(4u) == 0)
            k.wechat = QStringLiteral("wx_%1").arg(m_random.bounded(100000u, 999999u));
        if (m_random.bounded(5u) == 0)
            k.birthday = QDate(1960 + static_cast<int>(m_random.bounded(45u)),
                               1 + static_cast<int>(m_random.bounded(12u)),
                               1 + static_cast<int>(m_random.bounded(28u)));
        k.primary = i == 0;
        c.contacts.append(k);
    }
    return c;
}

qint64 DemoData::insertCustomers(Database& db, qint64 count,
                                 const std::function<bool(qint64, qint64)>& progress)
{
    CustomerRepository repository(db);
    constexpr qint64 kBatch = 2000;
    // The next batch is generated and prepared (phones, pinyin, search keys) on another thread
    // while this one is written: the two halves take about as long as each other.
    auto prepareNext = [this](qint64 size) {
        return QtConcurrent::run([this, size] {
            QList<Customer> customers;
            customers.reserve(size);
            for (qint64 i = 0; i < size; ++i)
                customers.append(nextCustomer());
            return CustomerRepository::prepareMany(std::move(customers));
        });
    };
    qint64 done = 0;
    QFuture<CustomerRepository::Prepared> next = prepareNext(std::min(kBatch, count));
    while (done < count) {
        CustomerRepository::Prepared batch = next.takeResult();
        const qint64 size = batch.customers.size();
        const qint64 remaining = count - done - size;
        if (remaining > 0) next = prepareNext(std::min(kBatch, remaining));
        repository.writePrepared(batch);
        done += size;
        if (progress && !progress(done, count)) {
            if (remaining > 0) next.waitForFinished();
            break;
        }
    }
    CustomerSearchIndex(db).compactAfterBulk(done);
    return done;
}

void DemoData::insertCatalog(Database& db)
{
    CatalogRepository catalog(db);
    db.write([&] {
        if (catalog.products(true).isEmpty()) {
            for (const DemoProduct& d : kProducts) {
                Product p;
                p.categoryId = catalog.categoryNamed(u(d.category));
                p.name = u(d.name);
                p.spec = u(d.spec);
                p.pricing = d.unit ? PricingMode::PerUnit : PricingMode::PerArea;
                p.unit = d.unit ? u(d.unit) : CatalogRules::areaUnit();
                p.unitPrice = Money::fromFen(d.priceFen);
                if (d.costFen > 0) p.cost = Money::fromFen(d.costFen);
                catalog.createProduct(p);
            }
        }
        if (catalog.staff(true).isEmpty()) {
            for (const DemoStaff& d : kStaff) {
                StaffMember s;
                s.name = u(d.name);
                s.role = d.role;
                s.phone = u(d.phone);
                catalog.createStaff(s);
            }
        }
    });
}

qint64 DemoData::insertOrders(Database& db, qint64 count, const std::function<bool(qint64, qint64)>& progress)
{
    if (count <= 0) return 0;
    insertCatalog(db);
    CatalogRepository catalog(db);
    const QList<Product> products = catalog.products();
    // The demo's own facts about each catalog product (quantities, category), looked up once.
    QHash<qint64, const DemoProduct*> demoFacts;
    for (const Product& p : products)
        for (const DemoProduct& candidate : kProducts)
            if (u(candidate.name) == p.name) demoFacts.insert(p.meta.id, &candidate);
    const QList<StaffMember> staff = catalog.staff();
    struct Buyer
    {
        Order defaults; // contact, phone and delivery address as the order editor fills them in
        int discountPercent;
    };
    QList<Buyer> buyers;
    {
        Sql q(db, QStringLiteral("SELECT id, contact_name, phone, province, city, district, address, grade "
                                 "FROM customers WHERE archived = 0 ORDER BY id"));
        q.exec();
        while (q.next()) {
            Customer c;
            c.meta.id = q.value(0).toLongLong();
            c.phones = {q.value(2).toString()};
            c.province = q.value(3).toString();
            c.city = q.value(4).toString();
            c.district = q.value(5).toString();
            c.address = q.value(6).toString();
            Order defaults;
            defaults.contactName = q.value(1).toString();
            OrderRules::applyCustomerDefaults(defaults, c);
            const QString grade = q.value(7).toString();
            buyers.append({defaults, grade == QLatin1String("VIP") ? 15
                                     : grade == QLatin1String("A") ? 8
                                                                   : 0});
        }
    }
    if (buyers.isEmpty())
        throw StoreError(StoreError::Kind::Validation,
                         Database::tr("Demo orders need customers; add some first."));

    // Order times over the past two years within opening hours (8:00–19:00), oldest first so
    // numbers follow times as they do when orders are entered one by one.
    const QDateTime now = QDateTime::currentDateTime();
    const QList<QDateTime> times = pastTimes(count, 8, 11);

    auto byRole = [&](StaffRole role) {
        QList<const StaffMember*> list;
        for (const StaffMember& s : staff)
            if (s.role == role) list.append(&s);
        return list;
    };
    const auto designers = byRole(StaffRole::Designer);
    const auto production = byRole(StaffRole::Production);
    const auto installers = byRole(StaffRole::Installer);
    const auto sales = byRole(StaffRole::Sales);
    auto one = [&](const QList<const StaffMember*>& list) {
        return list.isEmpty()
                   ? nullptr
                   : list.at(static_cast<int>(m_random.bounded(static_cast<quint32>(list.size()))));
    };

    const Session who = db.session();
    auto makeOrder = [&](qint64 i) {
        const QDateTime local = times.at(i);
        // A few customers order often, most now and then.
        const double r = m_random.generateDouble();
        const Buyer& buyer =
            buyers.at(static_cast<qsizetype>(r * r * r * static_cast<double>(buyers.size())));
        Order o = buyer.defaults;
        o.orderDate = local.toUTC();
        const int leadDays = 1 + static_cast<int>(m_random.bounded(10u));
        o.due = QDateTime(local.date().addDays(leadDays), QTime(m_random.bounded(2u) ? 17 : 18, 0)).toUTC();
        o.urgent = m_random.bounded(100u) < 8;
        o.notes = u(pick(kNotes));
        const int lines =
            1 + static_cast<int>(std::min(5.0, -std::log(1.0 - m_random.generateDouble()) * 1.6));
        bool needsInstaller = false;
        for (int k = 0; k < lines; ++k) {
            const Product& p =
                products.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(products.size()))));
            const DemoProduct* d = demoFacts.value(p.meta.id);
            OrderLine line;
            line.productId = p.meta.id;
            line.product = p.name;
            line.material = p.spec;
            line.unit = p.unit;
            const int lo = d ? d->minQuantity : 1;
            const int hi = d ? d->maxQuantity : 5;
            int quantity = lo + static_cast<int>(m_random.bounded(static_cast<quint32>(hi - lo + 1)));
            if (quantity >= 1000) quantity = quantity / 500 * 500;
            line.quantity = Quantity::fromUnits(quantity);
            if (p.pricing == PricingMode::PerArea) {
                line.widthMm = pick(kSizes);
                line.heightMm = pick(kSizes) / 2;
            }
            // Customers haggle: a price within ±10 % of the list price, then their grade's discount,
            // rounded to 0.5 yuan (or 0.01 for prices under one yuan).
            const qint64 list = p.unitPrice.fen();
            qint64 price = list * (90 + static_cast<qint64>(m_random.bounded(21u))) / 100 *
                           (100 - buyer.discountPercent) / 100;
            price = list >= 100 ? std::max<qint64>(50, (price + 25) / 50 * 50) : std::max<qint64>(1, price);
            line.unitPrice = Money::fromFen(price);
            if (m_random.bounded(100u) < 5) line.outsourceSupplier = u("鸿运喷绘厂");
            if (!line.outsourceSupplier.isEmpty()) line.outsourceCost = Money::fromFen(price * quantity / 2);
            if (k == 0 && d) {
                for (const DemoTitles& t : kTitles)
                    if (qstrcmp(t.category, d->category) == 0) o.title = u(t.titles[m_random.bounded(3u)]);
            }
            needsInstaller =
                needsInstaller || p.name == u("门头招牌") || p.name == u("发光字") || p.name == u("高空安装");
            o.lines.append(line);
        }
        OrderRules::normalise(o);
        if (m_random.bounded(100u) < 30) {
            const qint64 part = o.total().fen() * (m_random.bounded(2u) ? 30 : 50) / 100;
            o.deposit = Money::fromFen(part / 100 * 100);
        }
        if (const StaffMember* s = one(designers)) o.staff.append({s->meta.id, s->name, StaffRole::Designer});
        if (const StaffMember* s = one(production))
            o.staff.append({s->meta.id, s->name, StaffRole::Production});
        if (needsInstaller)
            if (const StaffMember* s = one(installers))
                o.staff.append({s->meta.id, s->name, StaffRole::Installer});
        if (m_random.bounded(3u) == 0)
            if (const StaffMember* s = one(sales)) o.staff.append({s->meta.id, s->name, StaffRole::Sales});

        // Where the order stands now, from how long ago it was due, and the steps that led there:
        // work long past due was almost always delivered; what is open is mostly recent.
        const double pastDue = static_cast<double>(o.due.secsTo(now.toUTC())) / 86400.0;
        const double ageDays = static_cast<double>(local.secsTo(now)) / 86400.0;
        const quint32 roll = m_random.bounded(1000u);
        OrderStatus status;
        if (pastDue > 7)
            status = roll < 958             ? OrderStatus::Delivered
                     : roll < 999           ? OrderStatus::Cancelled
                     : m_random.bounded(4u) ? OrderStatus::Delivered
                     : m_random.bounded(2u) ? OrderStatus::Done
                                            : OrderStatus::InProduction;
        else if (pastDue > 0)
            status = roll < 780   ? OrderStatus::Delivered
                     : roll < 820 ? OrderStatus::Cancelled
                     : roll < 930 ? OrderStatus::Done
                                  : OrderStatus::InProduction;
        else if (ageDays > 1)
            status = roll < 200   ? OrderStatus::Unscheduled
                     : roll < 700 ? OrderStatus::InProduction
                     : roll < 950 ? OrderStatus::Done
                                  : OrderStatus::Cancelled;
        else
            status = roll < 600   ? OrderStatus::Unscheduled
                     : roll < 950 ? OrderStatus::InProduction
                                  : OrderStatus::Done;
        QList<StatusChange> history;
        QDateTime at = o.orderDate;
        history.append({at, who.user, who.desk, std::nullopt, OrderStatus::Unscheduled, {}});
        auto step = [&](OrderStatus to, qint64 maxHours, const QString& reason = {}) {
            at = at.addSecs(600 +
                            static_cast<qint64>(m_random.bounded(static_cast<quint32>(maxHours * 3600))));
            // The shop moves orders on while it is open (8:00–20:00).
            QDateTime local = at.toLocalTime();
            if (local.time().hour() < 8)
                local.setTime(QTime(8, 0).addSecs(static_cast<int>(m_random.bounded(3600u))));
            else if (local.time().hour() >= 20)
                local = QDateTime(local.date().addDays(1),
                                  QTime(8, 0).addSecs(static_cast<int>(m_random.bounded(3600u))));
            at = std::min(local.toUTC(), now.toUTC());
            history.append({at, who.user, who.desk, history.constLast().to, to, reason});
        };
        if (status == OrderStatus::Cancelled) {
            step(OrderStatus::Cancelled, 48, u(pick(kCancelReasons)));
            o.cancelReason = history.constLast().reason;
        } else if (status != OrderStatus::Unscheduled) {
            step(OrderStatus::InProduction, 20);
            if (status != OrderStatus::InProduction) step(OrderStatus::Done, 24 * leadDays);
            if (status == OrderStatus::Delivered) step(OrderStatus::Delivered, 30);
        }
        o.status = status;
        return std::pair{o, history};
    };
    // Written a few thousand at a time through the bulk path; the customers' search activity
    // moves once at the end.
    OrderRepository orders(db);
    QHash<qint64, QDate> activity;
    const qint64 done = inBulk<std::pair<Order, QList<StatusChange>>>(
        count, progress, makeOrder, [&](QList<std::pair<Order, QList<StatusChange>>>& made) {
            QList<Order> batch;
            QList<QList<StatusChange>> histories;
            for (auto& [o, history] : made) {
                batch.append(std::move(o));
                histories.append(std::move(history));
            }
            orders.createMany(batch, histories, activity);
        });
    CustomerSearchIndex(db).touchMany(activity);
    return done;
}

QList<QDateTime> DemoData::pastTimes(qint64 count, int firstHour, int hours)
{
    const QDateTime now = QDateTime::currentDateTime();
    QList<QDateTime> times(count);
    for (QDateTime& t : times) {
        t = QDateTime(now.date().addDays(-static_cast<qint64>(m_random.bounded(static_cast<quint32>(m_days)))),
                      QTime(firstHour + static_cast<int>(m_random.bounded(static_cast<quint32>(hours))),
                            static_cast<int>(m_random.bounded(60u))));
        if (t > now) t = t.addDays(-1); // later today has not happened yet
    }
    std::sort(times.begin(), times.end());
    return times;
}

qint64 DemoData::insertOpportunities(Database& db, qint64 count,
                                     const std::function<bool(qint64, qint64)>& progress)
{
    if (count <= 0) return 0;
    const QList<std::pair<qint64, QString>> customers =
        customersFor(db, Database::tr("Demo opportunities need customers; add some first."));
    QStringList owners;
    for (const StaffMember& s : CatalogRepository(db).staff())
        if (s.role == StaffRole::Sales || s.role == StaffRole::Designer) owners.append(s.name);
    OpportunityRepository repository(db);
    QList<OpportunityStage> open;
    OpportunityStage won, lost;
    for (const OpportunityStage& s : repository.stages()) {
        if (s.kind == StageKind::Open)
            open.append(s);
        else if (s.kind == StageKind::Won)
            won = s;
        else
            lost = s;
    }
    static const char* const kJobs[] = {"新店门头招牌", "展会展台搭建", "企业宣传画册",   "户外广告牌更换",
                                        "车身广告贴",   "年会背景板",   "店内灯箱",       "开业易拉宝和X展架",
                                        "楼顶发光字",   "导视标识系统", "产品包装盒印刷", "名片和信封套印",
                                        "地铁灯箱广告", "围挡喷绘",     "橱窗贴"};
    const QStringList sources = OpportunityRules::defaultSources();
    const QStringList reasons = OpportunityRules::defaultLostReasons();
    const QDateTime now = QDateTime::currentDateTime();
    const int days = std::min(m_days, 730);
    auto make = [&](qint64) {
        Opportunity o;
        const double r = m_random.generateDouble();
        const auto& [customerId, contact] =
            customers.at(static_cast<qsizetype>(r * r * r * static_cast<double>(customers.size())));
        o.customerId = customerId;
        o.contactName = contact;
        o.title = u(kJobs[m_random.bounded(static_cast<quint32>(std::size(kJobs)))]);
        // From 500 to 200,000 yuan, most of them small, in whole hundreds.
        o.amount = Money::fromFen(
            static_cast<qint64>(std::pow(400.0, 1.0 + m_random.generateDouble())) / 100 * 100 * 100 + 50000);
        o.source = sources.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(sources.size()))));
        if (!owners.isEmpty())
            o.owner =
                owners.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(owners.size()))));
        QDateTime at(
            now.date().addDays(-static_cast<qint64>(m_random.bounded(static_cast<quint32>(days)))),
            QTime(9 + static_cast<int>(m_random.bounded(9u)), static_cast<int>(m_random.bounded(60u))));
        if (at > now) at = at.addDays(-1);
        const QDateTime created = at;
        QList<StageMove> path;
        qint64 stage = open.first().id;
        path.append({0, stage, {}, {}, at.toUTC(), {}});
        auto step = [&](qint64 to) {
            at = at.addDays(1 + m_random.bounded(10u)).addSecs(m_random.bounded(3600u));
            if (at > now) return false;
            path.append({stage, to, {}, {}, at.toUTC(), {}});
            stage = to;
            return true;
        };
        for (qsizetype i = 1; i < open.size() && m_random.generateDouble() < 0.7; ++i)
            if (!step(open.at(i).id)) break;
        // Older than three months: decided by now.
        if (created < now.addDays(-90)) {
            const bool win = m_random.generateDouble() < 0.1 + 0.08 * static_cast<double>(path.size());
            step(win ? won.id : lost.id);
            if (stage == lost.id)
                o.lostReason = reasons.at(
                    static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(reasons.size()))));
        }
        o.stageId = stage;
        o.probability = -1;
        o.expectedClose = created.date().addDays(15 + m_random.bounded(60u));
        // Those still open are expected from now on: overdue ones are the exception.
        if (stage != won.id && stage != lost.id && m_random.generateDouble() < 0.9)
            o.expectedClose = std::max(o.expectedClose, now.date().addDays(m_random.bounded(75u)));
        return std::pair{o, path};
    };
    const qint64 done = inBulk<std::pair<Opportunity, QList<StageMove>>>(
        count, progress, make, [&](QList<std::pair<Opportunity, QList<StageMove>>>& batch) {
            QList<Opportunity> list;
            QList<QList<StageMove>> moves;
            for (auto& [o, path] : batch) {
                list.append(o);
                moves.append(path);
            }
            repository.createMany(list, moves);
        });
    return done;
}

qint64 DemoData::insertFollowUps(Database& db, qint64 count,
                                 const std::function<bool(qint64, qint64)>& progress)
{
    if (count <= 0) return 0;
    const QList<std::pair<qint64, QString>> customers =
        customersFor(db, Database::tr("Demo follow-ups need customers; add some first."));
    QList<qint64> staff;
    for (const StaffMember& s : CatalogRepository(db).staff())
        if (s.role == StaffRole::Sales || s.role == StaffRole::Designer) staff.append(s.meta.id);

    // Contacts over the past two years in working hours (9:00–19:00), oldest first, as recorded.
    const QDateTime now = QDateTime::currentDateTime();
    const QList<QDateTime> times = pastTimes(count, 9, 10);
    auto makeFollowUp = [&](qint64 i) {
        const double r = m_random.generateDouble();
        FollowUp f;
        const auto& [customerId, contact] =
            customers.at(static_cast<qsizetype>(r * r * r * static_cast<double>(customers.size())));
        f.customerId = customerId;
        f.contactName = contact;
        f.at = times.at(i).toUTC();
        const DemoContact& c = pick(kContacts);
        f.method = c.method;
        f.details = u(c.details);
        f.outcome = u(c.outcome);
        if (!staff.isEmpty())
            f.staffId =
                staff.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint32>(staff.size()))));
        if (*c.nextAction) {
            f.nextAction = u(c.nextAction);
            f.nextDate = times.at(i).date().addDays(1 + static_cast<int>(m_random.bounded(14u)));
            // Plans from more than a month ago were dealt with long since.
            f.nextDone = f.nextDate < now.date().addDays(-30);
        }
        return f;
    };
    // Through the bulk path; the customers' search activity moves once at the end.
    FollowUpRepository repository(db);
    QHash<qint64, QDate> activity;
    const qint64 done = inBulk<FollowUp>(count, progress, makeFollowUp,
                                         [&](QList<FollowUp>& batch) { repository.createMany(batch, activity); });
    CustomerSearchIndex(db).touchMany(activity);
    return done;
}

qint64 DemoData::insertPayments(Database& db, const std::function<bool(qint64, qint64)>& progress)
{
    struct Open
    {
        qint64 id;
        qint64 customer;
        QDateTime ordered;
        QDateTime due;
        int status;
        qint64 dueFen;
    };
    QList<Open> open;
    {
        Sql q(db, QStringLiteral("SELECT id, customer_id, order_date, coalesce(due_at, order_date), status, total - paid "
                                 "FROM orders WHERE status <> 4 AND paid < total ORDER BY order_date, id"));
        q.exec();
        while (q.next())
            open.append({q.value(0).toLongLong(), q.value(1).toLongLong(), parseUtc(q.value(2)), parseUtc(q.value(3)),
                         q.value(4).toInt(), q.value(5).toLongLong()});
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const PaymentMethod methods[] = {PaymentMethod::WeChatPay, PaymentMethod::WeChatPay, PaymentMethod::Alipay,
                                     PaymentMethod::BankTransfer, PaymentMethod::BankTransfer, PaymentMethod::Cash};
    const char* const refundReasons[] = {"少做了一块，退差价", "颜色偏差，客户不满意退部分款", "重复付款退回"};
    // First what each customer pays and when, then the payments in time order, so their numbers
    // follow the days they came in as they would at the desk.
    QList<std::pair<Payment, qint64>> planned; // with the order it pays
    for (const Open& o : open) {
        const quint32 roll = m_random.bounded(100u);
        // Delivered work is nearly always paid; finished work often; work in hand now and then in part.
        const bool delivered = o.status == static_cast<int>(OrderStatus::Delivered);
        const bool done = o.status == static_cast<int>(OrderStatus::Done);
        // Old debts have mostly been chased in; the recent ones are still open.
        const bool old = o.due.daysTo(now) > 60;
        qint64 amount = 0;
        if ((delivered && roll < (old ? 98u : 88u)) || (done && roll < 40))
            amount = o.dueFen;
        else if ((delivered && roll < (old ? 99u : 95u)) || (done && roll < 60) || roll < 8)
            amount = o.dueFen / 2;
        if (amount <= 0)
            continue;
        QDateTime at = o.due.addSecs(3600 + static_cast<qint64>(m_random.bounded(20u * 24u * 3600u)));
        if (at > now) // recent work, paid since it was ordered
            at = o.ordered.addSecs(static_cast<qint64>(m_random.generateDouble() * double(o.ordered.secsTo(now))));
        Payment p;
        p.customerId = o.customer;
        p.paidAt = at;
        p.amount = Money::fromFen(amount);
        p.method = pick(methods);
        p.handler = db.session().user;
        planned.append({p, o.id});
        if (m_random.bounded(1000u) < 3) {
            Payment refund = p;
            refund.paidAt = std::min(at.addDays(3), now);
            refund.amount = Money::fromFen(-std::max<qint64>(100, amount / 10 / 100 * 100));
            refund.reason = u(pick(refundReasons));
            planned.append({refund, o.id});
        }
    }
    QList<qsizetype> byTime(planned.size());
    std::iota(byTime.begin(), byTime.end(), 0);
    std::stable_sort(byTime.begin(), byTime.end(),
                     [&](qsizetype a, qsizetype b) { return planned.at(a).first.paidAt < planned.at(b).first.paidAt; });
    // Each pays (or refunds) on its own order, within what is due (or was paid) there.
    PaymentRepository payments(db);
    return inBulk<Payment>(
        planned.size(), progress,
        [&](qint64 i) {
            auto [p, order] = planned.at(byTime.at(i));
            p.allocations = {{order, {}, p.amount}};
            return p;
        },
        [&](QList<Payment>& batch) { payments.createMany(batch); });
}

} // namespace shopcrm

namespace shopcrm {

qint64 DemoData::insertSchedule(Database& db)
{
    // Whom the installations and deliveries go to, and who gets the office's tasks.
    QStringList fitters;
    QStringList office;
    for (const StaffMember& s : CatalogRepository(db).staff())
        (s.role == StaffRole::Installer || s.role == StaffRole::Production ? fitters : office).append(s.name);
    if (fitters.isEmpty()) fitters = office;
    if (fitters.isEmpty()) return 0;
    // Customers with unfinished orders due soon: what is being made is what gets put up.
    struct Due
    {
        qint64 order;
        qint64 customer;
        QString title;
        QString address;
    };
    QList<Due> due;
    Sql q(db,
          QStringLiteral("SELECT o.id, o.customer_id, o.title, c.address FROM orders o JOIN customers c ON "
                         "c.id = o.customer_id WHERE o.status IN (0, 1, 2) ORDER BY o.due_at DESC LIMIT 40"));
    q.exec();
    while (q.next())
        due.append(
            {q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()});
    CalendarRepository calendar(db);
    TaskRepository tasks(db);
    qint64 made = 0;
    const QDate today = QDate::currentDate();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    // Two weeks, Monday to Saturday: each fitter has a morning and, some days, an afternoon job.
    int next = 0;
    for (int d = 0; d < 13 && !due.isEmpty(); ++d) {
        const QDate day = monday.addDays(d);
        if (day.dayOfWeek() == 7) continue;
        for (const QString& fitter : std::as_const(fitters)) {
            for (const int startHour : {9, 14}) {
                if (startHour == 14 && m_random.bounded(2) == 0) continue;
                const Due& job = due.at(next++ % due.size());
                Appointment a;
                a.kind = m_random.bounded(3) == 0 ? AppointmentKind::Delivery : AppointmentKind::Installation;
                a.title = (a.kind == AppointmentKind::Delivery ? QStringLiteral("送货：")
                                                               : QStringLiteral("安装：")) +
                          (job.title.isEmpty() ? QStringLiteral("招牌") : job.title);
                a.start = QDateTime(day, QTime(startHour, 0)).toUTC();
                a.end = a.start.addSecs(3600 * (2 + int(m_random.bounded(2))));
                a.place = job.address;
                a.people = {fitter};
                a.customerId = job.customer;
                a.orderId = job.order;
                calendar.create(a);
                ++made;
            }
        }
    }
    static const char* const kTasks[] = {"打电话确认校样", "去供应商取展架", "催收上月货款", "补打送货单",
                                         "给客户发报价",   "整理写真机耗材", "预约量尺寸",   "回访安装效果"};
    const QStringList people = office.isEmpty() ? fitters : office;
    for (int i = 0; i < int(std::size(kTasks)); ++i) {
        Task t;
        t.title = QString::fromUtf8(kTasks[i]);
        t.assignee = people.at(i % people.size());
        // From two days ago (late) to a week on, in working hours.
        t.due = QDateTime(today.addDays(i - 2), QTime(10 + i % 7, 0)).toUTC();
        if (!due.isEmpty() && i % 2 == 0) {
            t.orderId = due.at(i % due.size()).order;
            t.customerId = due.at(i % due.size()).customer;
        }
        tasks.create(t);
        ++made;
    }
    return made;
}

} // namespace shopcrm
