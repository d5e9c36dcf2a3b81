<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/CliMain.cpp" line="+66"/>
        <source>The option --%1 needs a value.</source>
        <translation>选项 --%1 需要一个值。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 需要 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Usage: shopcrm-cli [--db PATH] [--json] COMMAND …

Commands:
  init                                   create or upgrade the database
  demo --customers N [--seed S]          add realistic demo customers
  customer add --name N [--short S] [--phone P] [--contact C] [--address A]
               [--tags T,…] [--kind company|individual] [--grade G]
  customer show ID
  customer list [--limit N] [--archived]
  customer search QUERY [--limit N] [--archived]
  customer archive ID | customer restore ID
  bench [--scale S] [--seed S] [--samples N]

--db PATH      the database (default: %1)
--json         machine-readable output
</source>
        <translation>用法：shopcrm-cli [--db 路径] [--json] 命令 …

命令：
  init                                   创建或升级数据库
  demo --customers N [--seed S]          添加逼真的演示客户
  customer add --name 名称 [--short 简称] [--phone 电话] [--contact 联系人] [--address 地址]
               [--tags 标签,…] [--kind company|individual] [--grade 等级]
  customer show 编号
  customer list [--limit N] [--archived]
  customer search 关键词 [--limit N] [--archived]
  customer archive 编号 | customer restore 编号
  bench [--scale S] [--seed S] [--samples N]

--db 路径      数据库文件（默认：%1）
--json         输出机器可读的 JSON
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>PostgreSQL server mode is not available in this version; use an SQLite file.</source>
        <translation>此版本尚不支持 PostgreSQL 服务器模式，请使用 SQLite 文件。</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+66"/>
        <source>(archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Give the customer&apos;s id as a number.</source>
        <translation>请以数字形式给出客户编号。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--kind is company or individual.</source>
        <translation>--kind 只能是 company（单位）或 individual（个人）。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Warning: customer %1 (%2) has the same name or phone number.</source>
        <translation>警告：客户 %1（%2）的名称或电话与此相同。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Primary contact</source>
        <translation>主联系人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give something to search for.</source>
        <translation>请输入要搜索的内容。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Unknown customer command &quot;%1&quot;.</source>
        <translation>未知的客户命令“%1”。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Database %1 is ready (schema %2).</source>
        <translation>数据库 %1 已就绪（结构版本 %2）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Demo orders come with the order module, which this version does not have yet.</source>
        <translation>演示订单随订单模块提供，此版本尚未包含订单模块。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 customers</source>
        <translation>已生成 %1 / %2 个客户</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Added %1 demo customers in %2 s.</source>
        <translation>已添加 %1 个演示客户，用时 %2 秒。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--scale takes a number above 0 and at most 100.</source>
        <translation>--scale 需要大于 0 且不超过 100 的数字。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+29"/>
        <source>ShopCRM, the customer desk for small shops.</source>
        <translation>ShopCRM —— 小店的客户管理台。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this database file.</source>
        <translation>打开此数据库文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>path</source>
        <translation>路径</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save a picture of the window and quit.</source>
        <translation>保存窗口截图后退出。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>png</source>
        <translation>png</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit after this many milliseconds (for checks).</source>
        <translation>在指定毫秒数后退出（用于检查）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ms</source>
        <translation>毫秒</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ShopCRM cannot open the database</source>
        <translation>ShopCRM 无法打开数据库</translation>
    </message>
</context>
<context>
    <name>shopcrm::CustomerEditorDialog</name>
    <message>
        <location filename="../ui/CustomerEditorDialog.cpp" line="+89"/>
        <source>Company or person, e.g. 华彩广告有限公司</source>
        <translation>单位或个人，例如：华彩广告有限公司</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Separate tags with commas</source>
        <translation>多个标签用逗号分隔</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Province</source>
        <translation>省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>区/县</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Several numbers: separate with commas</source>
        <translation>多个号码用逗号分隔</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Referral</source>
        <translation>老客户介绍</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Walk-in</source>
        <translation>路过进店</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Web search</source>
        <translation>网络搜索</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone enquiry</source>
        <translation>电话咨询</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trade fair</source>
        <translation>展会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social media</source>
        <translation>社交媒体</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Name *</source>
        <translation>名称(&amp;N) *</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;hort name</source>
        <translation>简称(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>类型(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Grade</source>
        <translation>等级(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tags</source>
        <translation>标签(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Industry</source>
        <translation>行业(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Region</source>
        <translation>地区(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phones</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;E-mail</source>
        <translation>电子邮件(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;WeChat</source>
        <translation>微信(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;yment terms</source>
        <translation>结算方式(&amp;Y)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>So&amp;urce</source>
        <translation>来源(&amp;U)</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Restore customer</source>
        <translation>恢复客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore %1 from the archive?</source>
        <translation>要从归档中恢复 %1 吗？</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Note&amp;s</source>
        <translation>备注(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>资料(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>职务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Primary</source>
        <translation>主联系人</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add contact</source>
        <translation>添加联系人(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make &amp;primary</source>
        <translation>设为主联系人(&amp;P)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Birthday as YYYY-MM-DD. Mobile numbers are checked and formatted on save.</source>
        <translation>生日格式为 YYYY-MM-DD。保存时会检查并规范手机号码格式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Contacts</source>
        <translation>联系人(&amp;C)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save (Ctrl+S)</source>
        <translation>保存 (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer — %1</source>
        <translation>客户 — %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Birthday &quot;%1&quot; is not a date like 1985-06-30.</source>
        <translation>生日“%1”不是有效日期，格式应如 1985-06-30。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2, %3) has the same name or phone number. Is it the same customer?</source>
        <translation>%1（%2，%3）的名称或电话与此相同。是同一个客户吗？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no contact</source>
        <translation>无联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no phone</source>
        <translation>无电话</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the existing one</source>
        <translation>打开已有客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as a new customer</source>
        <translation>另存为新客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+76"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Reload theirs (discard mine)</source>
        <translation>重新载入对方的修改（放弃我的）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep editing</source>
        <translation>继续编辑</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You changed this customer. Close without saving?</source>
        <translation>您修改了此客户，确定不保存就关闭吗？</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove contact</source>
        <translation>删除联系人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove %1 from this customer&apos;s contacts?</source>
        <translation>要从此客户的联系人中删除 %1 吗？</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this contact</source>
        <translation>此联系人</translation>
    </message>
    <message>
        <location line="-402"/>
        <source>Archive customer</source>
        <translation>归档客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive %1? Archived customers are hidden from the list and search but keep all their data; you can restore them at any time.</source>
        <translation>要归档 %1 吗？已归档的客户不会出现在列表和搜索中，但所有资料都会保留，随时可以恢复。</translation>
    </message>
</context>
<context>
    <name>shopcrm::CustomerListModel</name>
    <message>
        <location filename="../ui/CustomerListModel.cpp" line="+66"/>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
</context>
<context>
    <name>shopcrm::CustomerListPage</name>
    <message>
        <location filename="../ui/CustomerListPage.cpp" line="+31"/>
        <source>Search by name, contact, phone, address or pinyin (Ctrl+F)</source>
        <translation>按名称、联系人、电话、地址或拼音搜索 (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;archived</source>
        <translation>显示已归档(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New customer (Ctrl+N)</source>
        <translation>新建客户 (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln 条匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+2"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This database is open read-only; customers cannot be added.</source>
        <translation>此数据库以只读方式打开，不能添加客户。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Cannot open customer</source>
        <translation>无法打开客户</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>shopcrm::CustomerRepository</name>
    <message>
        <location filename="../core/store/CustomerRepository.cpp" line="+196"/>
        <source>Customer %1 of %2 (%3): %4</source>
        <translation>第 %1 个客户（共 %2 个，%3）：%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no name</source>
        <translation>无名称</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+27"/>
        <source>Customer %1 no longer exists.</source>
        <translation>客户 %1 已不存在。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Customer %1 was deleted by another desk.</source>
        <translation>客户 %1 已被其他工位删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed this customer at %2, after you opened it. Nothing was saved: reload to see their changes, then enter yours again.</source>
        <translation>在您打开此客户之后，%1 于 %2 修改了它。您的修改未保存：请重新载入查看对方的修改，然后再输入您的修改。</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>There is no customer with id %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
</context>
<context>
    <name>shopcrm::CustomerRules</name>
    <message>
        <location filename="../core/domain/Customer.cpp" line="+69"/>
        <source>Enter the customer&apos;s name.</source>
        <translation>请输入客户名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is longer than 200 characters.</source>
        <translation>名称超过 200 个字符。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is not an e-mail address.</source>
        <translation>这不是有效的电子邮件地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A monthly account needs 1 to 365 days to pay.</source>
        <translation>月结客户的账期需为 1 到 365 天。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>%1 does not look like a valid phone number.</source>
        <translation>%1 看起来不是有效的电话号码。</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Contact %1 has no name.</source>
        <translation>第 %1 个联系人没有姓名。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The e-mail address of %1 is not valid.</source>
        <translation>%1 的电子邮件地址无效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The birthday of %1 is in the future.</source>
        <translation>%1 的生日晚于今天。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Individual</source>
        <translation>个人</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cash on delivery</source>
        <translation>货到付款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly account</source>
        <translation>月结</translation>
    </message>
</context>
<context>
    <name>shopcrm::Database</name>
    <message>
        <location filename="../core/store/Database.cpp" line="+70"/>
        <source>The database is read-only; nothing was saved.</source>
        <translation>数据库为只读，未保存任何内容。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a ShopCRM database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 不是 ShopCRM 数据库（不是 SQLite 文件）。文件未被改动。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create %1: the folder is read-only.</source>
        <translation>无法创建 %1：文件夹为只读。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is damaged or not a database: %2. It was left untouched.</source>
        <translation>%1 已损坏或不是数据库：%2。文件未被改动。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is an SQLite database but not a ShopCRM database. It was left untouched.</source>
        <translation>%1 是 SQLite 数据库，但不是 ShopCRM 数据库。文件未被改动。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 was made by a newer version of ShopCRM (schema %2; this program knows up to %3). Please install the newer ShopCRM.</source>
        <translation>%1 由更新版本的 ShopCRM 创建（结构版本 %2，本程序最高支持 %3）。请安装新版 ShopCRM。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 needs an upgrade from schema %2 to %3, but it is read-only.</source>
        <translation>%1 需要从结构版本 %2 升级到 %3，但它是只读的。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The database %1 is open read-only; nothing was saved.</source>
        <translation>数据库 %1 以只读方式打开，未保存任何内容。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Single desk, read-only</source>
        <translation>单机，只读</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Single desk (local file)</source>
        <translation>单机（本地文件）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup file %1 exists already.</source>
        <translation>备份文件 %1 已存在。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup %1 failed its integrity check.</source>
        <translation>备份 %1 未通过完整性检查。</translation>
    </message>
    <message>
        <location filename="../core/store/Migrations.cpp" line="+173"/>
        <location line="+5"/>
        <source>Upgrading the database to schema %1 failed, and it was left as it was: %2</source>
        <translation>数据库升级到结构版本 %1 失败，数据库保持原样：%2</translation>
    </message>
</context>
<context>
    <name>shopcrm::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+21"/>
        <source>ShopCRM — Customers</source>
        <translation>ShopCRM — 客户</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This database is open read-only: you can look and search, but changes cannot be saved. Check the file&apos;s permissions to edit.</source>
        <translation>此数据库以只读方式打开：可以查看和搜索，但不能保存修改。如需编辑，请检查文件权限。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About ShopCRM</source>
        <translation>关于 ShopCRM(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About ShopCRM</source>
        <translation>关于 ShopCRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;ShopCRM %1&lt;/b&gt;&lt;p&gt;Customers, orders and follow-ups for small shops.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ShopCRM %1&lt;/b&gt;&lt;p&gt;小店的客户、订单与跟进管理。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>shopcrm::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+18"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your &amp;name</source>
        <translation>您的姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Desk</source>
        <translation>工位(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your name and desk are recorded with every change you save.</source>
        <translation>您保存的每一处修改都会记录您的姓名和工位。</translation>
    </message>
</context>
</TS>
