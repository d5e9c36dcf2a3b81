#include "DemoData.h"

#include "store/CustomerRepository.h"
#include "store/Database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace shopcrm {

namespace {

const char* const kSurnames[] = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱",
                                 "胡", "郭", "何", "高", "林", "罗", "郑", "梁", "谢", "宋", "唐", "许", "韩", "冯",
                                 "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "蒋", "蔡", "余", "杜", "叶",
                                 "程", "苏", "魏", "吕", "丁", "沈", "姚", "卢", "钟", "谭", "陆", "汪", "范", "金",
                                 "廖", "夏", "方", "白", "邹", "熊", "秦", "江", "薛", "段", "雷", "侯", "龙", "贺",
                                 "单", "曾", "乐", "查", "解", "区", "仇", "盖"};
const char* const kGiven[] = {"伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟",
                              "涛", "明", "超", "秀英", "霞", "平", "刚", "桂英", "建华", "晓东", "海燕", "志强",
                              "文", "斌", "婷", "宇", "浩", "鑫", "佳怡", "子涵", "俊杰", "雪", "长青", "重阳",
                              "乐乐", "行健", "家乐", "国庆", "春花", "丹", "亮", "红梅", "建国", "晨"};
const char* const kBrand[] = {"华彩", "鑫源", "宏达", "金辉", "长城", "乐行", "盛世", "恒通", "嘉禾", "永兴",
                              "新视界", "美家", "百味", "顺发", "银河", "天成", "博雅", "红星", "汇丰", "大众",
                              "万家", "福临", "创意", "精工", "锦绣", "蓝天", "东方", "佳艺", "重信", "和乐",
                              "长荣", "兴旺", "好运来", "老街坊", "一品", "悦来", "众诚", "华夏", "新时代", "鼎盛"};
const char* const kTrade[] = {"广告", "文化传媒", "装饰工程", "餐饮", "科技", "房地产", "教育培训", "服饰",
                              "医药", "汽车服务", "酒店", "超市", "物业管理", "印务", "展览展示", "美容美发",
                              "建材", "茶业", "烘焙", "健身"};
const char* const kSuffix[] = {"有限公司", "有限公司", "有限公司", "店", "工作室", "连锁店", "分公司", "中心"};
const char* const kIndustry[] = {"餐饮", "零售", "房地产", "教育", "医疗", "汽车", "酒店", "政府机关", "制造业",
                                 "广告同行", "婚庆", "展会"};
const char* const kTags[] = {"门头", "喷绘", "写真", "名片", "展会", "长期客户", "月结", "加急", "安装",
                             "灯箱", "发光字", "不干胶", "画册", "易拉宝"};
const char* const kSource[] = {"老客户介绍", "路过进店", "网络搜索", "美团", "抖音", "电话咨询", "展会", "地推"};
const char* const kOwner[] = {"李明", "王芳", "张伟", "陈静"};
const char* const kGrade[] = {"A", "B", "B", "C", "C", "C", "VIP"};
const char* const kTitle[] = {"经理", "老板", "行政", "采购", "店长", "市场部", "设计", "前台"};
const char* const kRoad[] = {"人民路", "解放路", "中山路", "建设路", "长江路", "和平路", "新华路", "工业大道",
                             "科技园路", "滨海大道", "文化路", "长安街", "朝阳路", "青年路", "东风路"};

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
const char* const kMobilePrefix[] = {"130", "131", "132", "135", "136", "137", "138", "139", "150", "151", "152",
                                     "155", "157", "158", "159", "166", "176", "177", "180", "181", "186", "187",
                                     "188", "189", "191", "199"};

QString u(const char* s)
{
    return QString::fromUtf8(s);
}

} // namespace

QString DemoData::personName()
{
    return u(pick(kSurnames)) + u(pick(kGiven));
}

QString DemoData::mobile()
{
    return u(pick(kMobilePrefix)) + QStringLiteral("%1").arg(m_random.bounded(100000000u), 8, 10, QLatin1Char('0'));
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
        c.address += QString::number(m_random.bounded(1u, 30u)) + u("楼") + QString::number(m_random.bounded(1u, 20u)) +
                     QStringLiteral("%1").arg(m_random.bounded(1u, 30u), 2, 10, QLatin1Char('0')) + u("室");
    if (company && m_random.bounded(2u) == 0)
        c.phones.append(u(region.areaCode) + QLatin1Char('-') + QString::number(m_random.bounded(20000000u, 89999999u)));
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
            k.birthday = QDate(1960 + static_cast<int>(m_random.bounded(45u)), 1 + static_cast<int>(m_random.bounded(12u)),
                               1 + static_cast<int>(m_random.bounded(28u)));
        k.primary = i == 0;
        c.contacts.append(k);
    }
    return c;
}

qint64 DemoData::insertCustomers(Database& db, qint64 count, const std::function<bool(qint64, qint64)>& progress)
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
        if (remaining > 0)
            next = prepareNext(std::min(kBatch, remaining));
        repository.writePrepared(batch);
        done += size;
        if (progress && !progress(done, count)) {
            if (remaining > 0)
                next.waitForFinished();
            break;
        }
    }
    return done;
}

} // namespace shopcrm
