<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>Cli</name>
    <message>
        <location filename="../app/CliSupport.cpp" line="+36"/>
        <source>The option --%1 needs a value.</source>
        <translation>选项 --%1 需要一个值。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--%1 takes a whole number from %2 to %3.</source>
        <translation>--%1 需要 %2 到 %3 之间的整数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown option --%1.</source>
        <translation>未知选项 --%1。</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The input is not a JSON object: %1 at byte %2.</source>
        <translation>输入不是 JSON 对象：%1（第 %2 字节）。</translation>
    </message>
    <message>
        <location filename="../app/CliBackup.cpp" line="+289"/>
        <location filename="../app/CliSupport.cpp" line="+54"/>
        <source>Password for %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="+14"/>
        <source>This shop signs in: give --user LOGIN (or SHOPCRM_USER), with the password in SHOPCRM_PASSWORD or at the prompt.</source>
        <translation>本店需要登录：请用 --user 登录名（或 SHOPCRM_USER）指定用户，密码放在 SHOPCRM_PASSWORD 中或在提示时输入。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This shop has no users yet; create the owner with `user add` first.</source>
        <translation>本店还没有用户，请先用 `user add` 创建店主。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the password of %1 in SHOPCRM_PASSWORD or run this on a terminal.</source>
        <translation>请在 SHOPCRM_PASSWORD 中提供 %1 的密码，或在终端中运行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of %1: </source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location filename="../app/CliMain.cpp" line="+35"/>
        <source>Usage: shopcrm-cli [--db PATH] [--json] COMMAND …

Commands:
  init                                   create or upgrade the database
  demo --customers N [--orders M] [--followups F] [--opportunities O] [--years Y] [--seed S]
                                         add realistic demo customers, orders and
                                         follow-ups (F defaults to M / 2)
  customer add --name N [--short S] [--phone P] [--contact C] [--address A]
               [--tags T,…] [--kind company|individual] [--grade G]
               [--email E] [--wechat W] [--postcode P] [--campaign C] [--notes N]
  customer show ID
  customer list [--limit N] [--archived]
  customer search QUERY [--limit N] [--archived]
  customer archive ID | customer restore ID
%2%4%5%12%14%15%16%17%13%18%19%20%3%6%7%8%9%10%11  bench [--scale S] [--seed S] [--samples N] [--only SCENARIO,…]

--db PATH      the database file (default: %1), or a server&apos;s
               postgresql://user@host:port/dbname (password: PGPASSWORD, ~/.pgpass or asked)
--json         machine-readable output
--language L   en or zh_CN for this run (default: the desktop program&apos;s setting)
--version      the program&apos;s version
</source>
        <translation>用法：shopcrm-cli [--db 路径] [--json] 命令 …

命令：
  init                                   创建或升级数据库
  demo --customers N [--orders M] [--followups F] [--opportunities O] [--years Y] [--seed S]
                                         添加逼真的演示客户、订单和跟进记录
                                         （F 默认为 M / 2）
  customer add --name 名称 [--short 简称] [--phone 电话] [--contact 联系人] [--address 地址]
               [--tags 标签,…] [--kind company|individual] [--grade 等级]
               [--email 邮箱] [--wechat 微信] [--postcode 邮编] [--campaign 活动] [--notes 备注]
  customer show 编号
  customer list [--limit N] [--archived]
  customer search 关键词 [--limit N] [--archived]
  customer archive 编号 | customer restore 编号
%2%4%5%12%14%15%16%17%13%18%19%20%3%6%7%8%9%10%11  bench [--scale S] [--seed S] [--samples N] [--only 场景,…]

--db 路径      数据库文件（默认：%1），或服务器的
               postgresql://用户@主机:端口/库名（密码：PGPASSWORD、~/.pgpass 或询问）
--json         输出机器可读的 JSON
--language L   本次运行的语言：en 或 zh_CN（默认：桌面程序的设置）
--version      程序的版本
   </translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+68"/>
        <source>(archived)</source>
        <translation>（已归档）</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Give the customer&apos;s id as a number.</source>
        <translation>请以数字形式给出客户编号。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--kind is company or individual.</source>
        <translation>--kind 只能是 company（单位）或 individual（个人）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Warning: customer %1 (%2) has the same name or phone number.</source>
        <translation>警告：客户 %1（%2）的名称或电话与此相同。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <source>Postcode</source>
        <translation>邮政编码</translation>
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
        <location filename="../app/CliOrders.cpp" line="+85"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/CliOrders.cpp" line="+26"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give something to search for.</source>
        <translation>请输入要搜索的内容。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Unknown customer command &quot;%1&quot;.</source>
        <translation>未知的客户命令“%1”。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Database %1 is ready (schema %2).</source>
        <translation>数据库 %1 已就绪（结构版本 %2）。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 of %2 customers</source>
        <translation>已生成 %1 / %2 个客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 orders</source>
        <translation>已生成 %1 / %2 个订单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 opportunities</source>
        <translation>%1 / %2 个销售机会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1 demo opportunities in %2 s.</source>
        <translation>已添加 %1 个演示销售机会，用时 %2 秒。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 payments</source>
        <translation>已生成 %1 / %2 笔收款</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Added %1 demo customers in %2 s.</source>
        <translation>已添加 %1 个演示客户，用时 %2 秒。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added %1 demo orders in %2 s.</source>
        <translation>已添加 %1 个演示订单，用时 %2 秒。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of %2 follow-ups</source>
        <translation>跟进记录 %1 / %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added %1 demo follow-ups in %2 s.</source>
        <translation>已添加 %1 条演示跟进记录，用时 %2 秒。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Added %1 demo payments in %2 s.</source>
        <translation>已添加 %1 笔演示收款，用时 %2 秒。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 appointments and tasks</source>
        <translation>约会和任务 %1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1 demo appointments and tasks in %2 s.</source>
        <translation>已添加 %1 个演示约会和任务，用时 %2 秒。</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>--scale takes a number above 0 and at most 100.</source>
        <translation>--scale 需要大于 0 且不超过 100 的数字。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--only takes %1.</source>
        <translation>--only 可用：%1。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>未知命令“%1”。</translation>
    </message>
    <message>
        <location filename="../app/CliOrders.cpp" line="-89"/>
        <source>  order add [--json] FILE|-                one order as JSON; prints its number
  order show NUMBER
  order list [--status S,…|all] [--from DATE] [--to DATE] [--customer ID|NAME]
             [--staff NAME] [--due today|overdue|attention|week] [--urgent] [--limit N]
  order status NUMBER unscheduled|in_production|done|delivered|cancelled [--reason R]
  order reopen NUMBER --reason R | order duplicate NUMBER
  staff add --name N [--role designer|production|installer|sales|other] [--phone P]
  staff list [--all]
  product add --name N [--unit U] [--price P] [--pricing unit|area] [--category C] [--spec S]
              [--cost C]
  product list [--all]
</source>
        <translation>  order add [--json] 文件|-                  以 JSON 读入一个订单，输出其单号
  order show 单号
  order list [--status 状态,…|all] [--from 日期] [--to 日期] [--customer 编号|名称]
             [--staff 姓名] [--due today|overdue|attention|week] [--urgent] [--limit N]
  order status 单号 unscheduled|in_production|done|delivered|cancelled [--reason 原因]
  order reopen 单号 --reason 原因 | order duplicate 单号
  staff add --name 姓名 [--role designer|production|installer|sales|other] [--phone 电话]
  staff list [--all]
  product add --name 名称 [--unit 单位] [--price 单价] [--pricing unit|area] [--category 类别] [--spec 规格]
              [--cost 成本]
  product list [--all]
</translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="-100"/>
        <source>Cannot read the standard input.</source>
        <translation>无法读取标准输入。</translation>
    </message>
    <message>
        <location filename="../app/CliImport.cpp" line="+35"/>
        <location filename="../app/CliSupport.cpp" line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="-17"/>
        <source>Give the order number.</source>
        <translation>请给出订单号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no order numbered %1.</source>
        <translation>没有订单号为 %1 的订单。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--%1 takes a date such as 2026-11-20.</source>
        <translation>--%1 需要一个日期，例如 2026-11-20。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no customer &quot;%1&quot;.</source>
        <translation>没有客户“%1”。</translation>
    </message>
    <message>
        <location filename="../app/CliOrders.cpp" line="+56"/>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URGENT</source>
        <translation>加急</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery address</source>
        <translation>送货地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>交货时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit</source>
        <translation>定金</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Give the order as a JSON file, or - to read it from the standard input.</source>
        <translation>请以 JSON 文件给出订单，或用 - 从标准输入读取。</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>未知状态“%1”。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--due is today, overdue, attention or week.</source>
        <translation>--due 只能是 today、overdue、attention 或 week。</translation>
    </message>
    <message>
        <location filename="../app/CliCalendar.cpp" line="+42"/>
        <source>--%1 takes a time such as 2027-03-02 10:00, or a day.</source>
        <translation>--%1 需要一个时间，如 2027-03-02 10:00，或一个日期。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/CliOrders.cpp" line="+7"/>
        <location filename="../app/CliSales.cpp" line="+382"/>
        <location filename="../app/CliService.cpp" line="+87"/>
        <source>There is no staff member named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的员工。</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Give the task&apos;s --title.</source>
        <translation>请用 --title 给出任务内容。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--state takes open, done or all.</source>
        <translation>--state 可为 open、done 或 all。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>[done]</source>
        <translation>[已完成]</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give the task&apos;s id.</source>
        <translation>请给出任务编号。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Unknown task command.</source>
        <translation>未知的 task 命令。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give at least --title, --start and --end.</source>
        <translation>至少给出 --title、--start 和 --end。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--kind takes meeting, visit, installation, delivery or other.</source>
        <translation>--kind 可为 meeting、visit、installation、delivery 或 other。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Booked, though these people already have something at that time:</source>
        <translation>已预约，但以下人员在该时段已有安排：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the appointment&apos;s id.</source>
        <translation>请给出约会编号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unknown appointment command.</source>
        <translation>未知的 appointment 命令。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ask for at most a year at a time.</source>
        <translation>一次最多查询一年。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>  task add --title T [--customer C] [--order NUMBER] [--due TIME] [--assignee STAFF] [--notes N]
  task list [--state open|done|all] [--assignee S] [--customer C] | task done ID [--undo]
  task delete ID
  appointment add --title T --start TIME --end TIME [--kind meeting|visit|installation|delivery|other]
              [--staff A,B] [--place P] [--customer C] [--order NUMBER]   warns of clashes
  appointment delete ID
  calendar --from DATE --to DATE [--staff S] [--ics OUT.ics]   TIME is 2027-03-02 10:00
</source>
        <translation>  task add --title 内容 [--customer 客户] [--order 订单号] [--due 时间] [--assignee 员工] [--notes 备注]
  task list [--state open|done|all] [--assignee 员工] [--customer 客户] | task done 编号 [--undo]
  task delete 编号
  appointment add --title 事项 --start 时间 --end 时间 [--kind meeting|visit|installation|delivery|other]
              [--staff 甲,乙] [--place 地点] [--customer 客户] [--order 订单号]   有冲突时提示
  appointment delete 编号
  calendar --from 日期 --to 日期 [--staff 员工] [--ics 输出.ics]   时间如 2027-03-02 10:00
</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CliOrders.cpp" line="+102"/>
        <source>%n order(s), total %1</source>
        <translation>
            <numerusform>%n 个订单，合计 %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give the new status: unscheduled, in_production, done, delivered or cancelled.</source>
        <translation>请给出新状态：unscheduled、in_production、done、delivered 或 cancelled。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown order command &quot;%1&quot;.</source>
        <translation>未知的订单命令“%1”。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--role is designer, production, installer, sales or other.</source>
        <translation>--role 只能是 designer、production、installer、sales 或 other。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown staff command &quot;%1&quot;.</source>
        <translation>未知的员工命令“%1”。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--pricing is unit or area.</source>
        <translation>--pricing 只能是 unit（按件）或 area（按面积）。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Unknown product command &quot;%1&quot;.</source>
        <translation>未知的产品命令“%1”。</translation>
    </message>
    <message>
        <location filename="../app/CliPrint.cpp" line="+23"/>
        <source>  print work-order NUMBER --pdf OUT [--form F]
  print delivery-slip NUMBER… --pdf OUT [--form F]   a new slip for what is undelivered
  print delivery-slip --slip SD… --pdf OUT [--form F]  reprint a slip
  print quote NUMBER [--revision N] --pdf OUT [--form F]
  print statement --customer ID|NAME --from DATE --to DATE --pdf OUT [--form F]
  print test-grid --pdf OUT [--form F]
  print labels [--customers ID,…] --pdf OUT [--sheet 3x8|2x7] [--start N]
  print envelopes [--customers ID,…] --pdf OUT [--size dl|c5]
  print letters --template FILE [--customers ID,…] --pdf OUT [--date D]   fields: {客户名称}…
      labels, envelopes, letters: all active customers unless --customers or
      --campaign ID|NAME (its list) is given
      F: a4 (default), a5, 241x93, 241x140, 241x279
</source>
        <translation>  print work-order 单号 --pdf 输出文件 [--form 纸型]
  print delivery-slip 单号… --pdf 输出文件 [--form 纸型]   为未送货部分新开送货单
  print delivery-slip --slip SD… --pdf 输出文件 [--form 纸型]  补打送货单
  print quote 报价单号 [--revision N] --pdf 输出文件 [--form 纸型]
  print statement --customer 编号|名称 --from 日期 --to 日期 --pdf 输出文件 [--form 纸型]
  print test-grid --pdf 输出文件 [--form 纸型]
  print labels [--customers 编号,…] --pdf 输出文件 [--sheet 3x8|2x7] [--start N]
  print envelopes [--customers 编号,…] --pdf 输出文件 [--size dl|c5]
  print letters --template 文件 [--customers 编号,…] --pdf 输出文件 [--date 日期]   字段：{客户名称}…
      标签、信封、信函：不给 --customers 或 --campaign 编号|名称（活动名单）时为全部在用客户
      纸型：a4（默认）、a5、241x93、241x140、241x279
</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>--form is a4, a5, 241x93, 241x140 or 241x279.</source>
        <translation>--form 只能是 a4、a5、241x93、241x140 或 241x279。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the PDF file to write with --pdf OUT.</source>
        <translation>请用 --pdf 输出文件 指定要写入的 PDF 文件。</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <location line="+172"/>
        <source>%1 written: %n page(s).</source>
        <translation>
            <numerusform>已写入 %1：共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Give one order number.</source>
        <translation>请给出一个订单号。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give either order numbers or --slip, not both.</source>
        <translation>请给出订单号或 --slip，不能同时给出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no delivery slip numbered %1.</source>
        <translation>没有单号为 %1 的送货单。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the numbers of the orders to deliver, or --slip to reprint a slip.</source>
        <translation>请给出要送货的订单号，或用 --slip 补打送货单。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give one quote number.</source>
        <translation>请给出一个报价单号。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/CliQuotes.cpp" line="+69"/>
        <source>There is no quote numbered %1.</source>
        <translation>没有单号为 %1 的报价单。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>--sheet is 3x8 or 2x7.</source>
        <translation>--sheet 可用 3x8 或 2x7。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--size is dl or c5.</source>
        <translation>--size 可用 dl 或 c5。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the letter&apos;s --template FILE (UTF-8 text with fields such as {客户名称}).</source>
        <translation>请用 --template 文件 给出信函内容（UTF-8 文本，可含 {客户名称} 等字段）。</translation>
    </message>
    <message>
        <location filename="../app/CliMessages.cpp" line="+71"/>
        <source>  mail settings [--host H] [--port P] [--tls none|starttls|tls] [--user U] [--from ADDRESS] [--name N]
                the password from SHOPCRM_MAIL_PASSWORD or a prompt when --user is given
  mail test --to ADDRESS                 send a test message
  sms settings [--key-id ID] [--sign SIGNATURE] [--endpoint URL]   the Alibaba Cloud SMS account; the
                secret from SHOPCRM_SMS_SECRET or a prompt when --key-id is given
  sms test --to MOBILE --code TEMPLATE-CODE [--text TEXT]   send a test text message
  message send --template FILE [--subject S] (--to SEARCH|--customers ID,…|--campaign C) [--email] [--sms
               --sms-code CODE] [--batch NAME] [--dry-run] [--rate PER-MINUTE] [--attempts N]
               each customer once per batch and channel; the same --batch again resends what failed
  message notify ready ORDER-NUMBER | due CUSTOMER  [--email] [--sms] [--dry-run]   the shop&apos;s notice
               that an order is ready or a payment is due, once per order (or customer and day)
  message list [--customer C] [--batch B] [--failed] [--limit N]
</source>
        <translation>  mail settings [--host 服务器] [--port 端口] [--tls none|starttls|tls] [--user 账户] [--from 地址] [--name 名称]
                给出 --user 时，密码取自 SHOPCRM_MAIL_PASSWORD 或提示输入
  mail test --to 地址                     发送测试邮件
  sms settings [--key-id ID] [--sign 签名] [--endpoint 网址]   阿里云短信账户；给出 --key-id 时，
                密钥取自 SHOPCRM_SMS_SECRET 或提示输入
  sms test --to 手机号 --code 模板代码 [--text 文字]   发送测试短信
  message send --template 文件 [--subject 主题] (--to 搜索条件|--customers 编号,…|--campaign 活动) [--email] [--sms
               --sms-code 代码] [--batch 名称] [--dry-run] [--rate 每分钟] [--attempts 次数]
               每位客户每批次每种方式只发一次；用相同的 --batch 再运行即可重发失败的
  message notify ready 订单号 | due 客户  [--email] [--sms] [--dry-run]   本店的通知：订单已完成或
               需要付款，每个订单（或每位客户每天）只发一次
  message list [--customer 客户] [--batch 批次] [--failed] [--limit N]
</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>--tls is none, starttls or tls.</source>
        <translation>--tls 可为 none、starttls 或 tls。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password of %1 on %2: </source>
        <translation>%2 上 %1 的密码：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the address: --to ADDRESS.</source>
        <translation>请给出收件地址：--to 地址。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ShopCRM test message</source>
        <translation>ShopCRM 测试邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop&apos;s mail account works.</source>
        <translation>本店的邮件账户可以正常使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent.</source>
        <translation>已发送。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown mail command.</source>
        <translation>未知的 mail 命令。</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Give the message&apos;s --template FILE.</source>
        <translation>请用 --template 文件 给出消息内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A message from {shop}</source>
        <translation>{店名}的消息</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/CliPrint.cpp" line="+4"/>
        <source>The template names fields there are not: %1.</source>
        <translation>模板中有不存在的字段：%1。</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Batch %1: %2 sent, %3 failed, %4 sent before, %5 without an address.</source>
        <translation>批次 %1：已发送 %2 封，失败 %3 封，之前已发送 %4 封，%5 位没有地址。</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>AccessKey secret of %1: </source>
        <translation>%1 的 AccessKey 密钥：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the number and the template: --to MOBILE --code CODE.</source>
        <translation>请给出号码和模板：--to 手机号 --code 模板代码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--to is a mobile number.</source>
        <translation>--to 应为手机号码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent (%1).</source>
        <translation>已发送（%1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown sms command.</source>
        <translation>未知的 sms 命令。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Say how to send: --email, --sms or both.</source>
        <translation>请说明发送方式：--email、--sms 或两者。</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Give the code of the text-message template the provider approved: --sms-code CODE.</source>
        <translation>请给出服务商已审核通过的短信模板代码：--sms-code 代码。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say whom to send to: --to SEARCH, --customers ID,… or --campaign C.</source>
        <translation>请说明发给谁：--to 搜索条件、--customers 编号,… 或 --campaign 活动。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say which notice: notify ready ORDER-NUMBER or notify due CUSTOMER.</source>
        <translation>请说明哪种通知：notify ready 订单号 或 notify due 客户。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Unknown message command.</source>
        <translation>未知的 message 命令。</translation>
    </message>
    <message>
        <location filename="../app/CliPrint.cpp" line="+20"/>
        <source>There are no customers to print for.</source>
        <translation>没有可打印的客户。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: nothing for %2</source>
        <translation>%1：%2 无内容</translation>
    </message>
    <message>
        <location filename="../app/CliPayments.cpp" line="+14"/>
        <source>  payment add --order NUMBER | --customer ID|NAME  --amount 100.00 --method M
              [--date DATE] [--note N] [--reason R] [--account A] [--handler H]
              [--reference R] [--credit]
      M: cash, bank, wechat, alipay, cheque, other; a negative amount is a refund (with
      --reason); --credit keeps what is more than is due as credit instead of refusing
  payment list [--customer ID|NAME] [--method M] [--from DATE] [--to DATE] [--limit N]
  report monthly --year Y [--basis order|delivery]
  report customers|products|staff --from DATE --to DATE
  report receivables [--date DATE]
  export payments FILE [--customer C] [--method M] [--from D] [--to D]
</source>
        <translation>  payment add --order 订单号 | --customer 编号|名称  --amount 100.00 --method 方式
              [--date 日期] [--note 备注] [--reason 原因] [--account 账户] [--handler 经手人]
              [--reference 凭证号] [--credit]
      方式：cash、bank、wechat、alipay、cheque、other；负数金额为退款（需 --reason）；
      --credit 把超出应收的部分留作预收款，否则拒绝
  payment list [--customer 编号|名称] [--method 方式] [--from 日期] [--to 日期] [--limit N]
  report monthly --year 年份 [--basis order|delivery]
  report customers|products|staff --from 日期 --to 日期
  report receivables [--date 日期]
  export payments 文件 [--customer 客户] [--method 方式] [--from 日期] [--to 日期]
</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+28"/>
        <source>--method takes cash, bank, wechat, alipay, cheque or other.</source>
        <translation>--method 可用 cash、bank、wechat、alipay、cheque 或 other（也可写 现金、转账、微信、支付宝、支票、其他）。</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>payment add takes --order NUMBER or --customer ID|NAME (one of them).</source>
        <translation>payment add 需要 --order 订单号 或 --customer 编号|名称（二选一）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>payment add needs --amount and --method.</source>
        <translation>payment add 需要 --amount 和 --method。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../app/CliSales.cpp" line="-291"/>
        <source>--amount: %1</source>
        <translation>--amount：%1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Add --credit to keep the difference as credit.</source>
        <translation>加上 --credit 可把差额留作预收款。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>payment takes add or list.</source>
        <translation>payment 后面应为 add 或 list。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--basis takes order or delivery.</source>
        <translation>--basis 只能是 order（按下单日期）或 delivery（按送货日期）。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>billed</source>
        <translation>开单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>received</source>
        <translation>收款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>outstanding</source>
        <translation>未收</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>report takes monthly, customers, products, staff, receivables, forecast, funnel, win-loss or sales.</source>
        <translation>report 可用 monthly、customers、products、staff、receivables、forecast、funnel、win-loss 或 sales。</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CliOrders.cpp" line="-134"/>
        <location filename="../app/CliPayments.cpp" line="-60"/>
        <location line="+22"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/CliSupport.cpp" line="-13"/>
        <source>Give the period with --from DATE --to DATE.</source>
        <translation>请用 --from 日期 --to 日期 给出期间。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--to is before --from.</source>
        <translation>--to 早于 --from。</translation>
    </message>
    <message>
        <location filename="../app/CliPayments.cpp" line="+31"/>
        <source>past due %1</source>
        <translation>逾期 %1</translation>
    </message>
    <message>
        <location filename="../app/CliPrices.cpp" line="+13"/>
        <source>  pricelist set --customer ID|NAME|--grade G --product P --price X [--unit U]
                [--from DATE] [--to DATE] [--notes N]   agree a price (or change it)
  pricelist list --customer ID|NAME|--grade G [--date D]
  pricelist remove ID
  pricelist fill --customer ID|NAME [--from DATE]   agree what the customer paid last
  pricelist price --customer ID|NAME --product P [--date D]   which price a line starts at
</source>
        <translation>  pricelist set --customer 编号|名称|--grade 等级 --product 产品 --price 价格 [--unit 单位]
                [--from 日期] [--to 日期] [--notes 备注]   约定协议价（或修改）
  pricelist list --customer 编号|名称|--grade 等级 [--date 日期]
  pricelist remove 编号
  pricelist fill --customer 编号|名称 [--from 日期]   按客户上次的价格约定协议价
  pricelist price --customer 编号|名称 --product 产品 [--date 日期]   明细按哪个价格开价
</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Give either --customer or --grade.</source>
        <translation>请给出 --customer 或 --grade（二选一）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>--price: %1</source>
        <translation>--price：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>give the price</source>
        <translation>请给出价格</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Give the price&apos;s id (pricelist list shows it).</source>
        <translation>请给出价格的编号（pricelist list 会列出）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no agreed price with id %1.</source>
        <translation>没有编号为 %1 的协议价。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/CliPrint.cpp" line="-81"/>
        <source>Give the customer with --customer ID|NAME.</source>
        <translation>请用 --customer 编号|名称 指定客户。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n price(s) agreed.</source>
        <translation>
            <numerusform>已约定 %n 个协议价。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give --customer and --product.</source>
        <translation>请给出 --customer 和 --product。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown pricelist command &quot;%1&quot;.</source>
        <translation>未知的协议价命令“%1”。</translation>
    </message>
    <message>
        <location filename="../app/CliPrint.cpp" line="+101"/>
        <source>Unknown print command &quot;%1&quot;.</source>
        <translation>未知的打印命令“%1”。</translation>
    </message>
    <message>
        <location filename="../app/CliFollowUps.cpp" line="+19"/>
        <source>  followup add --customer ID|NAME --method phone|visit|wechat|qq|email|sms|other
               --details TEXT [--at TIME] [--subject S] [--outcome O] [--contact C]
               [--staff NAME] [--next DATE] [--action A] [--order NUMBER]
  followup list [--customer ID|NAME] [--staff NAME] [--method M] [--outcome O]
                [--from DATE] [--to DATE] [--limit N]
  export followups FILE [same filters]  .csv or .xlsx by extension
  export customers FILE [--search Q] [--sort name|contact|phone|region|grade|tags|updated|
                        last-contact|next-follow-up] [--archived]
  export orders FILE [--status S,…] [--from D] [--to D] [--customer C] [--staff S] [--due D]
  export contacts FILE.vcf [--search Q] [--archived]   vCard 3.0, a card a contact
  export products FILE [--archived] | export receivables FILE
                                         every export: [--encoding utf-8|gb18030] for .csv
  reminders [--date DATE]                follow-ups and orders due, birthdays, balances,
                                         customers going back to the pool, service and tasks due
</source>
        <translation>  followup add --customer 编号|名称 --method phone|visit|wechat|qq|email|sms|other
               --details 内容 [--at 时间] [--subject 主题] [--outcome 结果] [--contact 联系人]
               [--staff 员工] [--next 日期] [--action 计划事项] [--order 订单号]
  followup list [--customer 编号|名称] [--staff 员工] [--method 方式] [--outcome 结果]
                [--from 日期] [--to 日期] [--limit N]
  export followups 文件 [同样的筛选]     按扩展名导出 .csv 或 .xlsx
  export customers 文件 [--search 关键词] [--sort name|contact|phone|region|grade|tags|updated|
                        last-contact|next-follow-up] [--archived]
  export orders 文件 [--status 状态,…] [--from 日期] [--to 日期] [--customer 客户] [--staff 员工] [--due D]
  export contacts 文件.vcf [--search 关键词] [--archived]   vCard 3.0，每个联系人一张名片
  export products 文件 [--archived] | export receivables 文件
                                         所有导出：.csv 可加 [--encoding utf-8|gb18030]
  reminders [--date 日期]                到期的跟进和订单、生日、逾期欠款、
                                         将退回公海的客户、到期的服务请求和任务
</translation>
    </message>
    <message>
        <location line="+30"/>
        <location filename="../app/CliUsers.cpp" line="+110"/>
        <source>There is no staff member &quot;%1&quot;.</source>
        <translation>没有名为“%1”的员工。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+37"/>
        <source>--method takes phone, visit, wechat, qq, email, sms or other.</source>
        <translation>--method 可用 phone、visit、wechat、qq、email、sms 或 other（也可写 电话、拜访、微信、邮件、短信、其他）。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>followup add needs --%1.</source>
        <translation>followup add 需要 --%1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--at takes a time such as 2026-11-20 14:30 or a date.</source>
        <translation>--at 需要时间，例如 2026-11-20 14:30，或一个日期。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Order %1 belongs to %2, not to this customer.</source>
        <translation>订单 %1 属于 %2，不是这个客户的。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source> (done)</source>
        <translation>（已完成）</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>followup takes add or list.</source>
        <translation>followup 后面应为 add 或 list。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>export takes customers, contacts, orders, products, followups, payments or receivables.</source>
        <translation>export 后面应为 customers、contacts、orders、products、followups、payments 或 receivables。</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <location filename="../app/CliSales.cpp" line="+381"/>
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>已写入 %n 行到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Balances past due</source>
        <translation>逾期欠款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Going back to the pool</source>
        <translation>将退回公海</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service requests due</source>
        <translation>到期的服务请求</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tasks due</source>
        <translation>到期的任务</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Give the file to write, ending in .csv or .xlsx.</source>
        <translation>请给出要写入的文件，扩展名为 .csv 或 .xlsx。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--encoding is utf-8 or gb18030.</source>
        <translation>--encoding 只能是 utf-8 或 gb18030。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--sort takes %1.</source>
        <translation>--sort 可用：%1。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Follow-ups due</source>
        <translation>到期的跟进</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orders due</source>
        <translation>到期的订单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Birthdays</source>
        <translation>生日</translation>
    </message>
    <message>
        <location filename="../app/CliShared.cpp" line="+28"/>
        <source>  shared on|off                          several desks on this file (shared) or one (single);
                                         refused while another desk has it open
  shared status                          mode, file system, locking and the desks online
</source>
        <translation>  shared on|off                          多台电脑共用此文件（共享）或只供一台使用（单机）；
                                         有其他电脑打开时拒绝切换
  shared status                          模式、文件系统、加锁方式和在线的电脑
</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>shared takes on, off or status.</source>
        <translation>shared 后面应为 on、off 或 status。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Database:    %1</source>
        <translation>数据库：    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode:        %1</source>
        <translation>模式：      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File system: %1 (%2)</source>
        <translation>文件系统：  %1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>network folder</source>
        <translation>网络共享文件夹</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this computer&apos;s disk</source>
        <translation>本机磁盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Locking:     %1</source>
        <translation>加锁方式：  %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: this folder is kept in step by %1, which may copy or replace the file while a desk has it open.</source>
        <translation>警告：此文件夹由 %1 同步，它可能在有电脑打开文件时复制或替换该文件。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No desk has it open.</source>
        <translation>没有电脑打开它。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  %1 (%2) since %3, last seen %4</source>
        <translation>  %1（%2）自 %3 起，最近一次 %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (%2, since %3)</source>
        <translation>%1（%2，自 %3 起）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mode cannot be switched while other desks have the database open: %1. Close ShopCRM there first.</source>
        <translation>其他电脑正打开此数据库，不能切换模式：%1。请先在那里关闭 ShopCRM。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The database is shared: several desks can open it from a network folder.</source>
        <translation>数据库已设为共享：多台电脑可以从网络共享文件夹打开它。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database is for a single desk.</source>
        <translation>数据库已设为单机使用。</translation>
    </message>
    <message>
        <location filename="../app/CliAudit.cpp" line="+40"/>
        <source>  audit verify                           check that no audit entry was changed, removed or
                                         moved; exit 1 at the first broken link
  audit list [--by LOGIN] [--entity E] [--id N] [--action A] [--from D] [--to D]
             [--limit N]                 newest first
</source>
        <translation>  audit verify                           检查操作日志有无被改动、删除或调换顺序；
                                         发现断链时以状态 1 退出并指出第一处
  audit list [--by 登录名] [--entity 对象] [--id 编号] [--action 操作] [--from 日期] [--to 日期]
             [--limit N]                 按时间倒序列出
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ok: %1 audit entries, chain head %2</source>
        <translation>正常：共 %1 条操作日志，链头 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log is broken: %1</source>
        <translation>操作日志已被破坏：%1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>audit takes verify or list.</source>
        <translation>audit 后面应为 verify 或 list。</translation>
    </message>
    <message>
        <location filename="../app/CliBackup.cpp" line="-240"/>
        <source>Backup:      %1</source>
        <translation>备份：      %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem:     %1</source>
        <translation>问题：      %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taken:       %1</source>
        <translation>备份时间：  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size:        %1 MB%2</source>
        <translation>大小：      %1 MB%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, encrypted</source>
        <translation>，已加密</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds:       %1 customers, %2 orders</source>
        <translation>内容：      %1 个客户，%2 个订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last order:  %1 of %2</source>
        <translation>最后订单：  %1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit head:  %1 (%2 entries)</source>
        <translation>日志链头：  %1（%2 条）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the backup passphrase in SHOPCRM_BACKUP_PASSPHRASE or run this on a terminal.</source>
        <translation>请用环境变量 SHOPCRM_BACKUP_PASSPHRASE 提供备份口令，或在终端中运行。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup passphrase: </source>
        <translation>备份口令：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The passphrase is empty.</source>
        <translation>口令为空。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same passphrase again: </source>
        <translation>再输入一次口令：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The two passphrases differ; nothing was done.</source>
        <translation>两次输入的口令不一致，未做任何操作。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Folder:      %1</source>
        <translation>文件夹：    %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Every:       %n day(s)</source>
        <translation>
            <numerusform>间隔：      每 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every:       never</source>
        <translation>间隔：      不自动备份</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep:        %1 daily, %2 weekly, %3 monthly</source>
        <translation>保留：      每日 %1 份，每周 %2 份，每月 %3 份</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encrypted:   %1</source>
        <translation>加密：      %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last:        %1</source>
        <translation>上次：      %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  backup OUT [--encrypt]                 a checked copy of the database into the new file OUT
  backup list [--dir D]                  the backups in the schedule&apos;s folder (or D)
  backup auto                            the scheduled backup if it is due, then pruning
  backup schedule [--dir D] [--every DAYS] [--keep-daily N] [--keep-weekly N]
                  [--keep-monthly N] [--encrypt|--plain]
  restore IN [--yes]                     show what a backup holds; with --yes replace the
                                         database with it (the current one is backed up first)
  check                                  SQLite&apos;s integrity check and the audit chain
                                         (passphrases: SHOPCRM_BACKUP_PASSPHRASE or a prompt)
  migrate-to TARGET                      copy the whole database into a new, empty one: a server&apos;s
                                         postgresql://… database or a new file; checked after
</source>
        <translation>  backup 输出文件 [--encrypt]            把数据库备份到新文件并校验
  backup list [--dir 文件夹]             列出计划备份文件夹（或指定文件夹）中的备份
  backup auto                            到期时进行计划备份，并清理过期备份
  backup schedule [--dir 文件夹] [--every 天数] [--keep-daily N] [--keep-weekly N]
                  [--keep-monthly N] [--encrypt|--plain]
  restore 备份文件 [--yes]               显示备份内容；加 --yes 则用它替换数据库
                                         （替换前先备份当前数据库）
  check                                  SQLite 完整性检查和操作日志链校验
                                         （口令：SHOPCRM_BACKUP_PASSPHRASE 或提示输入）
  migrate-to 目标                        把整个数据库复制到一个新的空数据库：服务器上的
                                         postgresql://… 数据库或新文件；复制后校验
</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>migrate-to takes the new database: postgresql://user@host/dbname or a file.</source>
        <translation>migrate-to 需要新数据库：postgresql://用户@主机/数据库名 或一个文件。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>  %1: %2 of %3 rows</source>
        <translation>  %1：%3 行中已复制 %2 行</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Copied %1 rows in %2 tables from %3 to %4 in %5 s.</source>
        <translation>已从 %3 复制 %2 个表共 %1 行到 %4，用时 %5 秒。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checked: every table&apos;s rows, orders and payments per month (%1 and %2 months), and the audit chain (%3 entries, ending where the source&apos;s ends).</source>
        <translation>已校验：每个表的行数、每月的订单和收款（%1 个月和 %2 个月），以及操作日志链（%3 条，结尾与源数据库一致）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To work on the copy: shopcrm-cli --db %1 …, or in the program Settings ▸ Database.</source>
        <translation>使用副本：shopcrm-cli --db %1 …，或在程序的 设置 ▸ 数据库 中选择。</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Give the backup file to write, or list, auto or schedule.</source>
        <translation>请给出要写入的备份文件，或 list、auto、schedule。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No backups in %1.</source>
        <translation>%1 中没有备份。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 customers, %2 orders</source>
        <translation>%1 个客户，%2 个订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>encrypted</source>
        <translation>已加密</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>No backup is due.</source>
        <translation>还没到备份时间。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Give the backup to restore.</source>
        <translation>请给出要恢复的备份文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing was changed. Add --yes to replace the database with this backup.</source>
        <translation>未做任何更改。加上 --yes 才会用此备份替换数据库。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Restored %1 (%2 customers, %3 orders). The database as it was is kept in %4.</source>
        <translation>已恢复 %1（%2 个客户，%3 个订单）。恢复前的数据库保存在 %4。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log: ok, %1 entries, head %2</source>
        <translation>操作日志：正常，共 %1 条，链头 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit log: %1</source>
        <translation>操作日志：%1</translation>
    </message>
    <message>
        <location filename="../app/CliUsers.cpp" line="-90"/>
        <source>Give the password on standard input with --password-stdin.</source>
        <translation>请加上 --password-stdin，并在标准输入中提供密码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the role.</source>
        <translation>请给出角色。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no role &quot;%1&quot;.</source>
        <translation>没有角色“%1”。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the user&apos;s login name.</source>
        <translation>请给出用户的登录名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no user &quot;%1&quot;.</source>
        <translation>没有用户“%1”。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Give the rights, such as orders.view or payments (every action of a module).</source>
        <translation>请给出权限，例如 orders.view，或 payments（该模块的全部操作）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a right: write module.action, such as orders.money.</source>
        <translation>“%1”不是权限：请写成 模块.操作，例如 orders.money。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  user add --login L --name N --role R [--staff S] --password-stdin
                                         the first user is the shop&apos;s owner
  user list | user disable L | user enable L
  user reset-password L --password-stdin
  user password --password-stdin         your own: the current and the new one, a line each
  role list | role show R | role add NAME [--like R] [--own-customers]
  role grant R RIGHT… | role revoke R RIGHT…   rights as module.action (orders.money) or module
  users on|off                           sign in, or a single-user shop without sign-in
--user L       act as this user (or SHOPCRM_USER); the password from SHOPCRM_PASSWORD
               or a prompt
</source>
        <translation>  user add --login 登录名 --name 姓名 --role 角色 [--staff 员工] --password-stdin
                                         第一个用户即为店主
  user list | user disable 登录名 | user enable 登录名
  user reset-password 登录名 --password-stdin
  user password --password-stdin         修改自己的密码：当前密码和新密码各占一行
  role list | role show 角色 | role add 名称 [--like 角色] [--own-customers]
  role grant 角色 权限… | role revoke 角色 权限…   权限写作 模块.操作（orders.money）或模块
  users on|off                           需要登录，或单人使用不需登录
--user 登录名  以此用户身份操作（或 SHOPCRM_USER）；密码取自 SHOPCRM_PASSWORD
               或提示输入
</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is the shop&apos;s owner; from now on every command signs in.</source>
        <translation>%1 是本店店主；从现在起每个命令都需要登录。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Give the current and the new password on standard input with --password-stdin.</source>
        <translation>请加上 --password-stdin，并在标准输入中依次提供当前密码和新密码。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown user command &quot;%1&quot;.</source>
        <translation>未知的 user 命令“%1”。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>own customers only</source>
        <translation>仅限自己的客户</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>nothing</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown role command &quot;%1&quot;.</source>
        <translation>未知的 role 命令“%1”。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>users takes on or off.</source>
        <translation>users 后面应为 on 或 off。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone signs in with their own user.</source>
        <translation>每个人都用自己的账号登录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single-user shop: ShopCRM starts without signing in.</source>
        <translation>单人使用：ShopCRM 启动时不需要登录。</translation>
    </message>
    <message>
        <location filename="../app/CliImport.cpp" line="+68"/>
        <source>%1 created, %2 updated, %3 skipped</source>
        <translation>新建 %1，更新 %2，跳过 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reverted</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the import&apos;s number (see import list).</source>
        <translation>请给出导入编号（见 import list）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Removed %1 customers, restored %2.</source>
        <translation>删除了 %1 个客户，恢复了 %2 个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept: %1</source>
        <translation>保留：%1</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>%1 is not a JSON object of column: field (%2).</source>
        <translation>%1 不是“列: 字段”形式的 JSON 对象（%2）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file has no column &quot;%1&quot;.</source>
        <translation>文件中没有“%1”列。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a field; fields are %2.</source>
        <translation>“%1”不是字段；可用字段：%2。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>  import customers|products|orders FILE [--encoding auto|utf-8|gb18030] [--sheet N] [--on-duplicate skip|update|create]
                  [--key phone|name|either] [--mapping FILE.json] [--dry-run]
                                         .csv, .xlsx or .vcf; exit 1 with every row&apos;s error and
                                         nothing imported when any row is wrong
  import list | import revert ID
</source>
        <translation>  import customers|products|orders 文件 [--encoding auto|utf-8|gb18030] [--sheet N] [--on-duplicate skip|update|create]
                  [--key phone|name|either] [--mapping 文件.json] [--dry-run]
                                         .csv、.xlsx 或 .vcf；任何一行有错时以状态 1 退出，
                                         列出每行的错误，什么也不导入
  import list | import revert 编号
</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>import takes customers, products, orders, list or revert.</source>
        <translation>import 后面应为 customers、products、orders、list 或 revert。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the file to import.</source>
        <translation>请给出要导入的文件。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--encoding takes auto, utf-8 or gb18030.</source>
        <translation>--encoding 可取 auto、utf-8 或 gb18030。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--on-duplicate takes skip, update or create.</source>
        <translation>--on-duplicate 可取 skip、update 或 create。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--key takes phone, name or either.</source>
        <translation>--key 可取 phone、name 或 either。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No column is the %1 (see --mapping).</source>
        <translation>没有对应“%1”的列（见 --mapping）。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No column is the product&apos;s name (headers such as 产品名称, 品名 or Product).</source>
        <translation>没有产品名称列（列名如 产品名称、品名 或 Product）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No column is the customer&apos;s name (headers such as 客户名称, 公司名称 or Name).</source>
        <translation>没有哪一列是客户名称（表头如 客户名称、公司名称 或 Name）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (%2): %3 to create, %4 to update, %5 skipped, %6 with errors.</source>
        <translation>%1（%2）：新建 %3，更新 %4，跳过 %5，有错 %6。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Row %1: %2 — %3</source>
        <translation>第 %1 行：%2 — %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Imported as import %1 (undo with: import revert %1).</source>
        <translation>已导入，导入编号 %1（撤销：import revert %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run: nothing was written.</source>
        <translation>试运行：没有写入任何数据。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n row(s) have errors; nothing was imported.</source>
        <translation>
            <numerusform>有 %n 行出错，什么也没有导入。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/CliMerge.cpp" line="+37"/>
        <source>  duplicates [--limit N]                 likely duplicate customers and why
  duplicates dismiss ID ID               these two are different customers
  merge KEEP DROP [--take FIELD,…]       DROP&apos;s contacts, orders, follow-ups, payments and
                                         slips move to KEEP, which keeps its fields (empty
                                         ones filled, phones and tags of both) except the
                                         FIELDs taken from DROP; DROP is removed
  merge list | merge undo ID
</source>
        <translation>  duplicates [--limit N]                 可能重复的客户及原因
  duplicates dismiss 编号 编号           这两个是不同的客户
  merge 保留 合并 [--take 字段,…]        “合并”的联系人、订单、跟进、收款和送货单移到“保留”，
                                         保留其字段（空字段用对方补齐，电话和标签取两者），
                                         --take 列出的字段取自“合并”；之后删除“合并”
  merge list | merge undo 编号
</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Give the two customers&apos; numbers.</source>
        <translation>请给出两个客户的编号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customers %1 and %2 are no longer offered as duplicates.</source>
        <translation>客户 %1 和 %2 不再作为重复客户列出。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>duplicates takes dismiss ID ID, or nothing.</source>
        <translation>duplicates 后面只能跟 dismiss 编号 编号，或不跟参数。</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>%n likely pair(s).</source>
        <translation>
            <numerusform>共 %n 对可能重复。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (%2) into %3 (%4)</source>
        <translation>%1（%2）并入 %3（%4）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the merge&apos;s number (see merge list).</source>
        <translation>请给出合并记录的编号（见 merge list）。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Merge %1 was undone.</source>
        <translation>合并 %1 已撤销。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Give the customer to keep and the one to merge into it.</source>
        <translation>请给出要保留的客户和要并入它的客户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--take takes fields among %1.</source>
        <translation>--take 可用的字段：%1。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Merged %1 into %2 as merge %3 (undo with: merge undo %3).</source>
        <translation>已把 %1 并入 %2，合并编号 %3（撤销：merge undo %3）。</translation>
    </message>
    <message>
        <location filename="../app/CliSales.cpp" line="-394"/>
        <source>There is no stage &quot;%1&quot;. The stages are: %2.</source>
        <translation>没有阶段“%1”。现有阶段：%2。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--lines takes a JSON array of lines, or an object with &quot;lines&quot;.</source>
        <translation>--lines 需要一个明细行的 JSON 数组，或含有 &quot;lines&quot; 的对象。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give the opportunity&apos;s id.</source>
        <translation>请给出销售机会的编号。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Stage: %1 (%2%)</source>
        <translation>阶段：%1（%2%）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount: %1, weighted %2</source>
        <translation>金额：%1，加权 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expected close: %1</source>
        <translation>预计成交：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File: %1 (%2)</source>
        <translation>附件：%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give at least --customer and --title.</source>
        <translation>至少要给出 --customer 和 --title。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--state takes open, won, lost, closed or any.</source>
        <translation>--state 可用 open、won、lost、closed 或 any。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Give the opportunity&apos;s id and the stage: opportunity stage ID STAGE.</source>
        <translation>请给出销售机会编号和阶段：opportunity stage 编号 阶段。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The pipeline has no %1 stage.</source>
        <translation>销售漏斗中没有“%1”阶段。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>  opportunity add --customer C --title T [--amount A] [--stage S] [--probability P]
              [--close DATE] [--owner STAFF] [--source S] [--contact C] [--wanted W]
              [--competitor C] [--next STEP] [--notes N] [--lines FILE|-]
  opportunity list [--state open|won|lost|closed|any] [--stage S] [--customer C]
              [--owner O] [--source S] [--from DATE] [--to DATE] [--search T] [--limit N]
  opportunity show ID | opportunity stage ID STAGE | opportunity won ID
  opportunity lost ID --reason R | opportunity edit ID [--title T] [--amount A] …
  opportunity attach ID FILE… | opportunity detach ID NAME…
  opportunity delete ID | opportunity stages
  report forecast|funnel|win-loss --from DATE --to DATE
  report sales --from DATE --to DATE FILE.xlsx|FILE.csv   all three in one table
</source>
        <translation>  opportunity add --customer 客户 --title 标题 [--amount 金额] [--stage 阶段] [--probability 概率]
              [--close 日期] [--owner 负责人] [--source 来源] [--contact 联系人] [--wanted 需求]
              [--competitor 竞争对手] [--next 下一步] [--notes 备注] [--lines 文件|-]
  opportunity list [--state open|won|lost|closed|any] [--stage 阶段] [--customer 客户]
              [--owner 负责人] [--source 来源] [--from 日期] [--to 日期] [--search 文字] [--limit N]
  opportunity show 编号 | opportunity stage 编号 阶段 | opportunity won 编号
  opportunity lost 编号 --reason 原因 | opportunity edit 编号 [--title 标题] [--amount 金额] …
  opportunity attach 编号 文件… | opportunity detach 编号 文件名…
  opportunity delete 编号 | opportunity stages
  report forecast|funnel|win-loss --from 日期 --to 日期
  report sales --from 日期 --to 日期 文件.xlsx|文件.csv   三者合在一张表里
</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Name the files to attach.</source>
        <translation>请给出要添加的文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name the files to take off.</source>
        <translation>请给出要移除的文件名。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The opportunity has no file named &quot;%1&quot;.</source>
        <translation>这个销售机会没有名为“%1”的附件。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>opportunity takes add, list, show, edit, stage, won, lost, attach, detach, delete or stages.</source>
        <translation>opportunity 可用 add、list、show、edit、stage、won、lost、attach、detach、delete 或 stages。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  target set --period 2026-12|2026-Q4 [--staff NAME] [--revenue A] [--new-customers N]
             [--follow-ups N]          the shop&apos;s (or a staff member&apos;s) targets
  target list [--period P]             each target beside what was achieved
  target remove ID
</source>
        <translation>  target set --period 2026-12|2026-Q4 [--staff 员工] [--revenue 金额] [--new-customers N]
             [--follow-ups N]          本店（或某员工）的目标
  target list [--period 期间]          各目标及完成情况
  target remove 编号
</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+44"/>
        <source>--period is a month like 2026-12 or a quarter like 2026-Q4.</source>
        <translation>--period 是月份（如 2026-12）或季度（如 2026-Q4）。</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Give at least one of --revenue, --new-customers and --follow-ups.</source>
        <translation>请至少给出 --revenue、--new-customers、--follow-ups 之一。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--revenue: %1</source>
        <translation>--revenue：%1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The shop</source>
        <translation>本店</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Give the target&apos;s id.</source>
        <translation>请给出目标的编号。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>target takes set, list or remove.</source>
        <translation>target 可用 set、list 或 remove。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name the file to write, ending in .xlsx or .csv.</source>
        <translation>请给出要写入的文件名，以 .xlsx 或 .csv 结尾。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sales analysis %1 to %2</source>
        <translation>销售分析 %1 至 %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>expected %1, weighted %2, won %3</source>
        <translation>预计 %1，加权 %2，已成交 %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>In all: expected %1, weighted %2, won %3</source>
        <translation>合计：预计 %1，加权 %2，已成交 %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 go on</source>
        <translation>%1 进入下一阶段</translation>
    </message>
    <message>
        <location filename="../app/CliCampaigns.cpp" line="+20"/>
        <source>--%1: %2</source>
        <translation>--%1：%2</translation>
    </message>
    <message>
        <location line="+35"/>
        <location filename="../app/CliSales.cpp" line="+31"/>
        <source>(no source)</source>
        <translation>（无来源）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 new customers, %2 orders, %3</source>
        <translation>新客户 %1 个，订单 %2 个，%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>cost %1, %2 per new customer, ROI %3</source>
        <translation>成本 %1，每个新客户 %2，投资回报率 %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give the campaign&apos;s id or name.</source>
        <translation>请给出营销活动的编号或名称。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no campaign named %1.</source>
        <translation>没有名为 %1 的营销活动。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>--to takes a customer search, e.g. --to 渝中区.</source>
        <translation>--to 应为客户搜索条件，如 --to 渝中区。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>  campaign add --name N --from DATE --to DATE [--channel C] [--budget A] [--cost A] [--window DAYS]
               [--filter SEARCH] [--notes N]   what it brought counts to DAYS (30) after its end
  campaign edit ID|NAME [same options] | campaign delete ID|NAME | campaign list
  campaign targets ID|NAME [--customers ID,…]   its picked customers (replaced when given)
  campaign report ID|NAME | campaign report --from DATE --to DATE   ROI; campaigns and sources
      customer add and opportunity add take --campaign ID|NAME; an order&apos;s JSON &quot;campaign_id&quot;
</source>
        <translation>  campaign add --name 名称 --from 日期 --to 日期 [--channel 渠道] [--budget 金额] [--cost 金额] [--window 天数]
               [--filter 搜索条件] [--notes 备注]   结束后 天数（默认 30）天内的效果都计入
  campaign edit 编号|名称 [同上选项] | campaign delete 编号|名称 | campaign list
  campaign targets 编号|名称 [--customers 编号,…]   活动的目标客户（给出时整体替换）
  campaign report 编号|名称 | campaign report --from 日期 --to 日期   投资回报率；各活动和客户来源对比
      customer add 和 opportunity add 可用 --campaign 编号|名称；订单 JSON 用 &quot;campaign_id&quot;
</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give at least --name, --from and --to.</source>
        <translation>至少给出 --name、--from 和 --to。</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lead sources</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown campaign command.</source>
        <translation>未知的 campaign 命令。</translation>
    </message>
    <message>
        <location filename="../app/CliSales.cpp" line="+1"/>
        <source>won %1, lost %2</source>
        <translation>成交 %1，丢单 %2</translation>
    </message>
    <message>
        <location filename="../app/CliQuotes.cpp" line="-54"/>
        <source>  quote add [--json] FILE|-                a quote as an order&apos;s JSON plus valid_until,
                                         terms and opportunity; prints its number
  quote revise NUMBER FILE|-             the next revision, from the same JSON
  quote show NUMBER [--revision N]
  quote list [--state open|expired|accepted|declined|ordered|all] [--customer ID|NAME]
             [--from DATE] [--to DATE] [--revisions] [--limit N]
  quote accept|reopen NUMBER | quote decline NUMBER [--reason R]
  quote to-order NUMBER                  makes the order; prints its number
  quote delete NUMBER                    every revision of a quote never ordered
</source>
        <translation>  quote add [--json] 文件|-               报价单：订单的 JSON 加上 valid_until（有效期）、
                                         terms（条款）和 opportunity（销售机会）；输出单号
  quote revise 单号 文件|-                由同样的 JSON 生成下一版
  quote show 单号 [--revision N]
  quote list [--state open|expired|accepted|declined|ordered|all] [--customer 编号|名称]
             [--from 日期] [--to 日期] [--revisions] [--limit N]
  quote accept|reopen 单号 | quote decline 单号 [--reason 原因]
  quote to-order 单号                     生成订单；输出订单号
  quote delete 单号                       删除未转订单的报价单（所有版本）
</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&quot;%1&quot; is not a date (use 2026-12-31).</source>
        <translation>“%1”不是日期（请写成 2026-12-31）。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give the quote&apos;s number.</source>
        <translation>请给出报价单号。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quote %1 has no revision %2.</source>
        <translation>报价单 %1 没有第 %2 版。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Valid until: %1</source>
        <translation>有效期至：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total: %1</source>
        <translation>合计：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order: %1</source>
        <translation>订单：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--state is open, expired, accepted, declined, ordered or all.</source>
        <translation>--state 取 open、expired、accepted、declined、ordered 或 all。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Give the quote&apos;s number and the revision as a JSON file, or - for the standard input.</source>
        <translation>请给出报价单号和新版本的 JSON 文件，或用 - 从标准输入读取。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the quote as a JSON file, or - to read it from the standard input.</source>
        <translation>请以 JSON 文件给出报价单，或用 - 从标准输入读取。</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Unknown quote command &quot;%1&quot;.</source>
        <translation>未知的报价单命令“%1”。</translation>
    </message>
    <message>
        <location filename="../app/CliPool.cpp" line="+12"/>
        <source>  pool list [--limit N]                  customers nobody looks after, newest first
  pool claim ID [--staff NAME] | pool release ID [--reason R]
  pool run [--date D] [--dry-run]        return idle customers as of D; prints what moved
  pool rules [--grade G] [--no-followup-days N] [--no-order-days M] [--remind-days K]
             [--reclaim-wait-days D] [--claims-per-day C] [--max-owned O]   (0: off)
  customer owner ID STAFF|-               give a customer to someone (- : the pool)
</source>
        <translation>  pool list [--limit N]                  没有负责人的客户，最近放回的在前
  pool claim 编号 [--staff 姓名] | pool release 编号 [--reason 原因]
  pool run [--date 日期] [--dry-run]     按某日执行退回规则；输出退回的客户
  pool rules [--grade 等级] [--no-followup-days N] [--no-order-days M] [--remind-days K]
             [--reclaim-wait-days D] [--claims-per-day C] [--max-owned O]   （0：关闭）
  customer owner 编号 员工|-               把客户分配给某人（-：放回公海）
</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Give the customer&apos;s id.</source>
        <translation>请给出客户编号。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give the customer&apos;s id and the staff member&apos;s name, or - for the pool.</source>
        <translation>请给出客户编号和员工姓名，或用 - 表示公海。</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n day(s) in the pool</source>
        <translation>
            <numerusform>在公海 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>never owned</source>
        <translation>从未有负责人</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Say who claims it with --staff NAME (you are not linked to a staff member).</source>
        <translation>请用 --staff 姓名 说明谁领取（您的账号没有关联员工）。</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n customer(s) returned to the pool.</source>
        <translation>
            <numerusform>%n 位客户已退回公海。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>  %1 returns on %2 (%3)</source>
        <translation>  %1 将于 %2 退回公海（%3）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Unknown pool command &quot;%1&quot;.</source>
        <translation>未知的公海命令“%1”。</translation>
    </message>
    <message>
        <location filename="../app/CliService.cpp" line="-21"/>
        <source>Give the request&apos;s number.</source>
        <translation>请给出服务请求的编号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is no service request %1.</source>
        <translation>没有服务请求 %1。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--priority takes low, medium, high or urgent.</source>
        <translation>--priority 可用 low、medium、high 或 urgent。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Due: %1</source>
        <translation>到期：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolution: %1</source>
        <translation>处理结果：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction: %1/5 %2</source>
        <translation>满意度：%1/5 %2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>  service add --customer C --type T --description D [--priority low|medium|high|urgent]
              [--order NUMBER] [--assignee STAFF] [--channel C] [--contact C]   prints the number
  service list [--state open|overdue|resolved|done|all] [--assignee S] [--type T] [--customer C]
  service show NUMBER | service status NUMBER STATUS [--note N] | service delete NUMBER
  service close NUMBER [--rating 1-5] [--comment C] [--resolution R]
  service hours [--days 1-6] [--open 09:00] [--close 18:00]   the shop&apos;s opening hours
  service targets [--low H] [--medium H] [--high H] [--urgent H]   hours to resolve
  report service --from DATE --to DATE
</source>
        <translation>  service add --customer 客户 --type 类型 --description 描述 [--priority low|medium|high|urgent]
              [--order 订单号] [--assignee 负责人] [--channel 渠道] [--contact 联系人]   输出编号
  service list [--state open|overdue|resolved|done|all] [--assignee 负责人] [--type 类型] [--customer 客户]
  service show 编号 | service status 编号 状态 [--note 备注] | service delete 编号
  service close 编号 [--rating 1-5] [--comment 评价] [--resolution 处理结果]
  service hours [--days 1-6] [--open 09:00] [--close 18:00]   营业时间
  service targets [--low 小时] [--medium 小时] [--high 小时] [--urgent 小时]   解决时限
  report service --from 日期 --to 日期
</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Give at least --customer and --description.</source>
        <translation>至少要给出 --customer 和 --description。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>--state takes open, overdue, resolved, done or all.</source>
        <translation>--state 可用 open、overdue、resolved、done 或 all。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message>
        <location filename="../app/CliCalendar.cpp" line="-129"/>
        <location line="+119"/>
        <location filename="../app/CliService.cpp" line="+1"/>
        <source>  (late)</source>
        <translation>  （已逾期）</translation>
    </message>
    <message>
        <location filename="../app/CliService.cpp" line="+19"/>
        <source>The status is new, in_progress, awaiting_customer, resolved, closed or rejected.</source>
        <translation>状态可用 new、in_progress、awaiting_customer、resolved、closed 或 rejected。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>--days takes days 1 (Monday) to 7 (Sunday), like 1-6 or 1-5,7.</source>
        <translation>--days 取 1（星期一）到 7（星期日），例如 1-6 或 1-5,7。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--%1 takes a time like 09:00.</source>
        <translation>--%1 需要像 09:00 这样的时间。</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>service takes add, list, show, status, close, delete, hours or targets.</source>
        <translation>service 可用 add、list、show、status、close、delete、hours 或 targets。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Resolved %1, %2 within target</source>
        <translation>已解决 %1 个，其中 %2 个在时限内</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main.cpp" line="+70"/>
        <source>ShopCRM, the customer desk for small shops.</source>
        <translation>ShopCRM —— 小店的客户管理台。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Open this database: a file, or a server&apos;s postgresql://user@host:port/dbname.</source>
        <translation>打开此数据库：一个文件，或服务器上的 postgresql://用户@主机:端口/库名。</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+3"/>
        <source>Print the time to the main window&apos;s first paint and quit (for the benchmark).</source>
        <translation>打印主窗口首次绘制所用的时间后退出（供性能测试使用）。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Database server</source>
        <translation>数据库服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1:</source>
        <translation>%1 的密码：</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>ShopCRM cannot open the database</source>
        <translation>ShopCRM 无法打开数据库</translation>
    </message>
</context>
<context>
    <name>shopcrm::Access</name>
    <message>
        <location filename="../core/store/Access.cpp" line="+14"/>
        <source>The role %1 does not see money in %2.</source>
        <translation>角色“%1”不能查看%2中的金额。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The role %1 may not do this: %2 ▸ %3.</source>
        <translation>角色“%1”没有此权限：%2 ▸ %3。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This customer is looked after by %1; your role sees only your own customers.</source>
        <translation>此客户由 %1 负责；您的角色只能查看自己的客户。</translation>
    </message>
</context>
<context>
    <name>shopcrm::AliyunSms</name>
    <message>
        <location filename="../core/services/SmsGateway.cpp" line="+63"/>
        <source>Choose the provider.</source>
        <translation>请选择服务商。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the AccessKey ID.</source>
        <translation>请填写 AccessKey ID。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the signature as the provider approved it: 2 to 12 characters, without 【】.</source>
        <translation>请按服务商审核通过的样子填写短信签名：2 到 12 个字，不含【】。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The address is a web address like https://dysmsapi.aliyuncs.com/.</source>
        <translation>地址应为网址，例如 https://dysmsapi.aliyuncs.com/。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Text messages are not set up (Settings ▸ SMS account…).</source>
        <translation>尚未设置短信（设置 ▸ 短信账户…）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the code of the template the provider approved (like SMS_276395012).</source>
        <translation>请填写服务商审核通过的模板代码（如 SMS_276395012）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a mobile number.</source>
        <translation>“%1”不是手机号码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{%1} is longer than %2 characters, which the provider refuses: &quot;%3&quot;</source>
        <translation>{%1} 超过 %2 个字，服务商会拒收：“%3”</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The gateway answered HTTP %1 without a result.</source>
        <translation>短信网关返回 HTTP %1，没有结果。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The gateway refused it: %1 (%2)</source>
        <translation>短信网关拒绝发送：%1（%2）</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>The web library cannot start.</source>
        <translation>网络库无法启动。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The gateway cannot be reached: %1</source>
        <translation>无法连接短信网关：%1</translation>
    </message>
</context>
<context>
    <name>shopcrm::AppointmentDialog</name>
    <message>
        <location filename="../ui/CalendarDialogs.cpp" line="+256"/>
        <source>e.g. put up the shop sign</source>
        <translation>如：安装门头招牌</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&amp;What:</source>
        <translation>事项(&amp;W)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Place:</source>
        <translation>地点(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Starts:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>结束(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pe&amp;ople:</source>
        <translation>人员(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Delete appointment</source>
        <translation>删除约会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the appointment &quot;%1&quot;?</source>
        <translation>删除约会“%1”？</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Appointment: %1</source>
        <translation>约会：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New appointment</source>
        <translation>新建约会</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>Already booked at that time:</source>
        <translation>该时段已有安排：</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Double booking</source>
        <translation>时间冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These people already have something at that time:
%1

Book it anyway?</source>
        <translation>以下人员在该时段已有安排：
%1

仍要预约吗？</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This appointment has changes that are not saved. Close it and lose them?</source>
        <translation>此约会有未保存的修改。关闭并放弃这些修改吗？</translation>
    </message>
</context>
<context>
    <name>shopcrm::AttachmentRules</name>
    <message>
        <location filename="../core/domain/Attachment.cpp" line="+15"/>
        <source>At most %1 files can be attached.</source>
        <translation>最多可以添加 %1 个附件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is %2; an attachment can be at most %3.</source>
        <translation>%1 大小为 %2；单个附件最大 %3。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The attachments come to %1; at most %2 can be attached in all.</source>
        <translation>附件共 %1；总共最多可以添加 %2。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 does not exist or is not a file.</source>
        <translation>%1 不存在或不是文件。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2; an attachment can be at most %3. Attach a smaller copy (a photo can be resized or a PDF printed smaller).</source>
        <translation>%1 大小为 %2；单个附件最大 %3。请附上较小的版本（照片可以缩小，PDF 可以另存为较小的文件）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>%1 cannot be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>shopcrm::AttachmentStore</name>
    <message>
        <location filename="../core/store/AttachmentStore.cpp" line="+67"/>
        <source>This attachment was deleted by another desk.</source>
        <translation>这个附件已被另一台电脑删除。</translation>
    </message>
</context>
<context>
    <name>shopcrm::AttachmentsEditor</name>
    <message>
        <location filename="../ui/AttachmentsEditor.cpp" line="+31"/>
        <source>&amp;Attach file…</source>
        <translation>添加附件(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;pen</source>
        <translation>打开(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a&amp;s…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Attach files</source>
        <translation>添加附件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos, documents and screenshots (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf *.doc *.docx *.xls *.xlsx *.txt *.ai *.psd *.cdr);;All files (*)</source>
        <translation>照片、文档和截图 (*.png *.jpg *.jpeg *.gif *.bmp *.webp *.pdf *.doc *.docx *.xls *.xlsx *.txt *.ai *.psd *.cdr);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+46"/>
        <location line="+6"/>
        <source>Cannot attach</source>
        <translation>无法添加附件</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+9"/>
        <location line="+6"/>
        <source>Open attachment</source>
        <translation>打开附件</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+23"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>No program is set up to open this kind of file. It was saved as %1.</source>
        <translation>没有设置能打开这类文件的程序。文件已保存为 %1。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>Save attachment</source>
        <translation>保存附件</translation>
    </message>
</context>
<context>
    <name>shopcrm::AuditDialog</name>
    <message>
        <location filename="../ui/AuditDialog.cpp" line="+39"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Setting</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print template</source>
        <translation>打印模板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery slip</source>
        <translation>送货单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work order</source>
        <translation>制作单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receivables</source>
        <translation>应收款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue review</source>
        <translation>营业回顾</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+150"/>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="-149"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>created</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status changed</source>
        <translation>改变状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archived or restored</source>
        <translation>归档或恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exported</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backed up</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>signed in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed to sign in</source>
        <translation>登录失败</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password reset</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>password changed</source>
        <translation>修改密码</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+25"/>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lines</source>
        <translation>明细</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deposit</source>
        <translation>定金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due</source>
        <translation>交货时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rights</source>
        <translation>权限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>file</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copy</source>
        <translation>第几份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paper</source>
        <translation>纸张</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan done</source>
        <translation>计划已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next contact</source>
        <translation>下次联系</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>The check was stopped.</source>
        <translation>检查已停止。</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everybody</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every kind of record</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every action</source>
        <translation>所有操作</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>record no.</source>
        <translation>记录编号</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>any day</source>
        <translation>不限</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>from</source>
        <translation>从</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>到</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Desk</source>
        <translation>工位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changes</source>
        <translation>改动</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Show &amp;older entries</source>
        <translation>显示更早的记录(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open the record</source>
        <translation>打开该记录(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Verify the chain</source>
        <translation>校验日志链(&amp;V)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Entry %1, %2, by %3 at desk %4</source>
        <translation>第 %1 条，%2，%3 在工位 %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hash %1</source>
        <translation>哈希 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Checking every entry of the audit log…</source>
        <translation>正在逐条校验操作日志…</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The chain holds: %Ln entries, none changed, removed or moved. Head %1</source>
        <translation>
            <numerusform>日志链完好：共 %Ln 条，没有被改动、删除或调换。链头 %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::AuditLog</name>
    <message>
        <location filename="../core/store/AuditLog.cpp" line="+156"/>
        <location line="+43"/>
        <source>The audit log has no chain anchor; the database is damaged.</source>
        <translation>操作日志缺少链起点，数据库已损坏。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>The audit log has no chain anchor.</source>
        <translation>操作日志缺少链起点。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Entry %1 does not match its chain: it was changed, or an entry before it was removed or moved.</source>
        <translation>第 %1 条日志与日志链不符：它被改过，或它之前的日志被删除或调换。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stopped after %1 entries.</source>
        <translation>检查了 %1 条后停止。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The log ends at entry %1, but its chain&apos;s head is entry %2: the newest entries were removed or the head was changed.</source>
        <translation>日志到第 %1 条结束，但链头是第 %2 条：最新的日志被删除了，或链头被改过。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The log holds %1 entries, but its chain counted %2.</source>
        <translation>日志共有 %1 条，但日志链记录的是 %2 条。</translation>
    </message>
</context>
<context>
    <name>shopcrm::BackgroundTask</name>
    <message>
        <location filename="../ui/BackgroundTask.h" line="+42"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%L1 of %L2</source>
        <translation>%L1 / %L2</translation>
    </message>
</context>
<context>
    <name>shopcrm::BackupDialog</name>
    <message>
        <location filename="../ui/BackupDialog.cpp" line="+48"/>
        <source>Taken %1; %2 customers, %3 orders.</source>
        <translation>备份于 %1；%2 个客户，%3 个订单。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last order is %1 of %2.</source>
        <translation>最后一个订单是 %1（%2）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backups</source>
        <translation>备份</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup folder</source>
        <translation>备份文件夹</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> day(s)</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>daily</source>
        <translation>每日</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weekly</source>
        <translation>每周</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly</source>
        <translation>每月</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Encrypt scheduled backups (the passphrase is asked once each day the program starts)</source>
        <translation>加密计划备份(&amp;E)（每天程序启动后询问一次口令）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save the schedule</source>
        <translation>保存备份计划(&amp;S)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Folder</source>
        <translation>文件夹(&amp;F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Back up &amp;every</source>
        <translation>备份间隔(&amp;E)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>ShopCRM backups (*.db *.dump *.enc);;All files (*)</source>
        <translation>ShopCRM 备份 (*.db *.dump *.enc);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>&amp;Keep</source>
        <translation>保留(&amp;K)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep the folder on another disk, a USB stick or another computer: a backup on the same disk does not survive that disk.</source>
        <translation>请把备份文件夹放在另一块硬盘、U 盘或另一台电脑上：与数据库在同一块硬盘上的备份，硬盘坏了就一起没了。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Taken</source>
        <translation>备份时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audit head</source>
        <translation>日志链头</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore the selected backup…</source>
        <translation>恢复选中的备份(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore from a &amp;file…</source>
        <translation>从文件恢复(&amp;F)…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The schedule is saved.</source>
        <translation>备份计划已保存。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backing up the database…</source>
        <translation>正在备份数据库…</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+29"/>
        <source>Encrypted backup</source>
        <translation>加密备份</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Passphrase for this backup:</source>
        <translation>此备份的口令：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase is empty.</source>
        <translation>口令为空。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backed up to %1 (%2 MB, checked). Audit head: %3</source>
        <translation>已备份到 %1（%2 MB，已校验）。日志链头：%3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Passphrase of %1:</source>
        <translation>%1 的口令：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Restore this backup?</source>
        <translation>恢复此备份？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace everything in the database with this backup?

%1

What the database holds now is backed up first, into %2.</source>
        <translation>用此备份替换数据库中的全部内容？

%1

当前数据库的内容会先备份到 %2。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored. The database as it was is kept in %1.</source>
        <translation>已恢复。恢复前的数据库保存在 %1。</translation>
    </message>
</context>
<context>
    <name>shopcrm::Backups</name>
    <message>
        <location filename="../core/services/Backups.cpp" line="+48"/>
        <source>The encryption library could not start.</source>
        <translation>加密库无法启动。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>内存不足，无法从口令生成密钥。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The backup could not be written to %1: %2</source>
        <translation>无法写入备份 %1：%2</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+56"/>
        <location line="+100"/>
        <location line="+237"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="-354"/>
        <location line="+119"/>
        <source>%1 is not a ShopCRM backup.</source>
        <translation>%1 不是 ShopCRM 的备份。</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>The backup %1 is damaged: its header cannot be read.</source>
        <translation>备份 %1 已损坏：无法读取文件头。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The backup %1 is encrypted: give its passphrase.</source>
        <translation>备份 %1 已加密，请提供口令。</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+21"/>
        <location line="+87"/>
        <source>The backup %1 is damaged.</source>
        <translation>备份 %1 已损坏。</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>The passphrase is wrong, or the backup %1 is damaged.</source>
        <translation>口令不对，或备份 %1 已损坏。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The backup %1 is incomplete or damaged.</source>
        <translation>备份 %1 不完整或已损坏。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 cannot be opened: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is an SQLite database, but not one of ShopCRM.</source>
        <translation>%1 是 SQLite 数据库，但不是 ShopCRM 的数据库。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup %1 is damaged: it fails SQLite&apos;s integrity check.</source>
        <translation>备份 %1 已损坏：未通过 SQLite 完整性检查。</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+45"/>
        <source>The backup %1 was made by a newer version of ShopCRM (schema %2; this program knows up to %3).</source>
        <translation>备份 %1 由更新版本的 ShopCRM 创建（结构版本 %2，本程序最高支持 %3）。</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>The backup folder %1 cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup folder %1 is read-only; choose another folder.</source>
        <translation>备份文件夹 %1 是只读的，请选择其他文件夹。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 exists already; choose another name.</source>
        <translation>%1 已存在，请换一个文件名。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The backup folder %1 is full; the backup was not made.</source>
        <translation>备份文件夹 %1 所在磁盘已满，未能备份。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it could not be renamed</source>
        <translation>无法重命名</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>There is no file %1.</source>
        <translation>文件 %1 不存在。</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other desks have the database open: %1. Close ShopCRM there before restoring.</source>
        <translation>其他工位正在使用数据库：%1。请先在那里关闭 ShopCRM 再恢复。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is a backup of a file, not of a server database. To bring a file&apos;s data to a server, use shopcrm-cli migrate-to.</source>
        <translation>%1 是数据库文件的备份，不是服务器数据库的备份。要把文件中的数据搬到服务器上，请用 shopcrm-cli migrate-to。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a backup of a server database, not of a file. Restore it on the server, or copy the server&apos;s data to a file with shopcrm-cli migrate-to.</source>
        <translation>%1 是服务器数据库的备份，不是数据库文件的备份。请在服务器上恢复它，或用 shopcrm-cli migrate-to 把服务器的数据复制到文件。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Choose a folder for the backups.</source>
        <translation>请选择备份文件夹。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back up every 1 to 31 days, or never (0).</source>
        <translation>备份间隔为 1 到 31 天，0 表示不自动备份。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep at least one daily backup.</source>
        <translation>至少保留一份每日备份。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Scheduled backups are encrypted: give the passphrase to take them.</source>
        <translation>计划备份需要加密：请提供口令才能备份。</translation>
    </message>
</context>
<context>
    <name>shopcrm::CalendarPage</name>
    <message>
        <location filename="../ui/CalendarPage.cpp" line="+50"/>
        <source>&amp;Day</source>
        <translation>日(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Week</source>
        <translation>周(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month</source>
        <translation>月(&amp;M)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Back (Alt+Left)</source>
        <translation>向前（Alt+左）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On (Alt+Right)</source>
        <translation>向后（Alt+右）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Today</source>
        <translation>今天(&amp;T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Everybody</source>
        <translation>所有人</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>S&amp;how</source>
        <translation>显示(&amp;H)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New &amp;task…</source>
        <translation>新建任务(&amp;T)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New &amp;appointment…</source>
        <translation>新建约会(&amp;A)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport .ics…</source>
        <translation>导出 .ics(&amp;X)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shown staff member&apos;s calendar from this period on, for a phone</source>
        <translation>所显示员工从本时段起的日程，可导入手机</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&lt;b&gt;Open tasks&lt;/b&gt;</source>
        <translation>&lt;b&gt;未完成任务&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tick a task when it is done; a double click opens it</source>
        <translation>完成后勾选；双击打开任务</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+105"/>
        <source>Drag an item to move it; double-click an empty slot for a new appointment.</source>
        <translation>拖动条目可改期；双击空白时段可新建约会。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>显示 %n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n 个逾期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>MMMM yyyy</source>
        <comment>the month&apos;s title, as a date format</comment>
        <translation>yyyy年M月</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Double booking</source>
        <translation>时间冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These people already have something at that time:
%1

Move it anyway?</source>
        <translation>以下人员在该时段已有安排：
%1

仍要改到这个时间吗？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not moved</source>
        <translation>未改期</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>calendar</source>
        <translation>日程</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+24"/>
        <source>Export calendar</source>
        <translation>导出日程</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar 文件 (*.ics)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1: open it on a phone to add these to its calendar.</source>
        <translation>已保存 %1：在手机上打开即可加入其日历。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>ShopCRM</source>
        <translation>ShopCRM</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>shopcrm::CalendarRepository</name>
    <message>
        <location filename="../core/store/CalendarRepository.cpp" line="+78"/>
        <source>It was deleted by another desk.</source>
        <translation>它已被另一台电脑删除。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It is not this customer&apos;s.</source>
        <translation>它不属于这个客户。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no customer with id %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <location line="+95"/>
        <location line="+343"/>
        <source>This appointment was deleted by another desk.</source>
        <translation>此约会已被另一台电脑删除。</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>There is no appointment with id %1.</source>
        <translation>没有编号为 %1 的约会。</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Follow up %1</source>
        <translation>跟进 %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Order %1 due</source>
        <translation>订单 %1 交货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order %1 due: %2</source>
        <translation>订单 %1 交货：%2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 %2 due: %3</source>
        <translation>%1 %2 到期：%3</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 was changed at another desk since the calendar was read. Nothing was moved: look again, then move it.</source>
        <translation>日历读取之后，%1 已在其他工位被修改。没有移动任何内容：请重新查看后再移动。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose the time to move it to.</source>
        <translation>请选择要改到的时间。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The task &quot;%1&quot;</source>
        <translation>任务“%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Service request %1</source>
        <translation>服务请求 %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>%1 changed this appointment at %2, after you opened it. Nothing was saved: reload to see their changes, then enter yours again.</source>
        <translation>在您打开之后，%1 于 %2 修改了此约会。未保存任何内容：请重新载入查看其修改，再输入您的修改。</translation>
    </message>
</context>
<context>
    <name>shopcrm::CalendarRules</name>
    <message>
        <location filename="../core/domain/Calendar.cpp" line="+67"/>
        <source>Meeting</source>
        <comment>appointment kind</comment>
        <translation>会面</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales visit</source>
        <comment>appointment kind</comment>
        <translation>拜访</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Installation</source>
        <comment>appointment kind</comment>
        <translation>安装</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery</source>
        <comment>appointment kind</comment>
        <translation>送货</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other</source>
        <comment>appointment kind</comment>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Appointments</source>
        <translation>约会</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned follow-ups</source>
        <translation>计划跟进</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orders due</source>
        <translation>到期的订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service requests due</source>
        <translation>到期的服务请求</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Say what is to be done.</source>
        <translation>请写明要做什么。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep the title under 200 characters; the rest goes in the notes.</source>
        <translation>标题请少于 200 字，其余写在备注里。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Say what the appointment is for.</source>
        <translation>请写明约会事项。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose when it starts.</source>
        <translation>请选择开始时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It must end after it starts.</source>
        <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An appointment lasts at most two weeks.</source>
        <translation>约会最长两周。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 %3, %4</source>
        <comment>person: kind title, when</comment>
        <translation>%1：%2 %3，%4</translation>
    </message>
</context>
<context>
    <name>shopcrm::CalendarView</name>
    <message numerus="yes">
        <location filename="../ui/CalendarView.cpp" line="+360"/>
        <source>+%n more</source>
        <translation>
            <numerusform>还有 %n 项</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>All day</source>
        <translation>全天</translation>
    </message>
</context>
<context>
    <name>shopcrm::CampaignEditorDialog</name>
    <message>
        <location filename="../ui/CampaignsDialog.cpp" line="+57"/>
        <source>Campaign: %1</source>
        <translation>营销活动：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New campaign</source>
        <translation>新建营销活动</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>e.g. Flyers in the new housing estate</source>
        <translation>如：新小区派发传单</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>What it actually cost: printing, the stand, the messages</source>
        <translation>实际花费：印刷、展位、短信等</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders and new customers count for the campaign until this long after it ends</source>
        <translation>活动结束后这么多天内的订单和新客户都算作本活动的效果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A customer search for its list, e.g. A or 渝中区</source>
        <translation>目标客户的搜索条件，如 A 或 渝中区</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Clear the &amp;picked…</source>
        <translation>清除挑选的客户(&amp;P)…</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Take the %n picked customer(s) off the list when the campaign is saved?</source>
        <translation>
            <numerusform>保存活动时，把挑选的 %n 位客户从名单中去掉吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counts &amp;after:</source>
        <translation>效果期(&amp;A)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;From:</source>
        <translation>开始(&amp;F)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>结束(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Budget:</source>
        <translation>预算(&amp;B)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cost:</source>
        <translation>实际成本(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;List:</source>
        <translation>目标名单(&amp;L)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No customers picked (add them in the customer list: More ▸ Add to a campaign&apos;s list…).</source>
        <translation>没有挑选的客户（可在客户列表中添加：更多 ▸ 加入营销活动名单…）。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>and %n picked customer(s)</source>
        <translation>
            <numerusform>另有挑选的 %n 位客户</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::CampaignRepository</name>
    <message>
        <location filename="../core/store/CampaignRepository.cpp" line="+54"/>
        <location line="+38"/>
        <source>There is already a campaign named %1.</source>
        <translation>已有名为 %1 的营销活动。</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+267"/>
        <source>This campaign was deleted by another desk.</source>
        <translation>此营销活动已被另一台电脑删除。</translation>
    </message>
    <message>
        <location line="-263"/>
        <source>%n customer(s)</source>
        <translation>%n 个客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n opportunity(ies)</source>
        <translation>%n 个销售机会</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n order(s)</source>
        <translation>%n 个订单</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 came from campaign %2, so it is kept: what it brought would be lost.</source>
        <translation>%1来自营销活动 %2，因此保留：删除会丢失它带来的效果。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>There is no campaign with id %1.</source>
        <translation>没有编号为 %1 的营销活动。</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>There is no customer with id %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>%1 changed this campaign at %2, after you opened it. Nothing was saved: reload to see their changes, then enter yours again.</source>
        <translation>在您打开之后，%1 于 %2 修改了此营销活动。未保存任何内容：请重新载入查看其修改，再输入您的修改。</translation>
    </message>
</context>
<context>
    <name>shopcrm::CampaignRules</name>
    <message>
        <location filename="../core/domain/Campaign.cpp" line="+29"/>
        <source>Flyers</source>
        <translation>传单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trade fair</source>
        <translation>展会</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Text messages</source>
        <translation>短信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referrals</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give the campaign a name.</source>
        <translation>请给营销活动起个名称。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the day it starts.</source>
        <translation>请选择开始日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>It must end on or after the day it starts.</source>
        <translation>结束日期不能早于开始日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The budget cannot be negative.</source>
        <translation>预算不能为负数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cost cannot be negative.</source>
        <translation>成本不能为负数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count what it brought for 0 to 365 days after it ends.</source>
        <translation>效果期为活动结束后 0 到 365 天。</translation>
    </message>
</context>
<context>
    <name>shopcrm::CampaignsDialog</name>
    <message>
        <location filename="../ui/CampaignsDialog.cpp" line="+49"/>
        <source>Campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New campaign…</source>
        <translation>新建营销活动(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its &amp;list</source>
        <translation>名单(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write to everyone on the selected campaign&apos;s list: its picked customers and those its saved search finds</source>
        <translation>给所选活动名单上的每位客户发送：挑选的客户及其保存的搜索找到的客户</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Send an e-mail or text message…</source>
        <translation>发送邮件或短信…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Labels, envelopes and letters…</source>
        <translation>标签、信封和信函…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ran &amp;from</source>
        <translation>活动时间从(&amp;F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>t&amp;o</source>
        <translation>至(&amp;O)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Campaign</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ran</source>
        <translation>活动时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counted to</source>
        <translation>效果统计至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>预算</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+128"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="-128"/>
        <location line="+9"/>
        <location line="+118"/>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+9"/>
        <location line="+119"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="-127"/>
        <location line="+8"/>
        <location line="+118"/>
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Cost per new customer</source>
        <translation>每个新客户成本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ROI</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>An order counts for a campaign when it names it, or names none and its customer came from it, dated from the campaign&apos;s first day until its window after the last. ROI = (revenue − cost) ÷ cost.</source>
        <translation>订单注明了该活动，或未注明活动而其客户来自该活动，且下单日期在活动首日至效果期结束之间，即计入该活动。投资回报率 =（营业额 − 成本）÷ 成本。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Choose a campaign in the list first.</source>
        <translation>请先在列表中选择一个活动。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Its list is empty: pick customers in the customer list (More ▸ Add to a campaign&apos;s list…) or give the campaign a search.</source>
        <translation>名单为空：请在客户列表中挑选客户（更多 ▸ 加入营销活动名单…），或为活动设置搜索条件。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(not recorded)</source>
        <translation>（未记录）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revenue and cost by campaign</source>
        <translation>各营销活动的营业额与成本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What each campaign brought</source>
        <translation>各营销活动的效果</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+5"/>
        <source>Delete campaign</source>
        <translation>删除营销活动</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Delete the campaign &quot;%1&quot;?</source>
        <translation>删除营销活动“%1”？</translation>
    </message>
</context>
<context>
    <name>shopcrm::CatalogPage</name>
    <message>
        <location filename="../ui/CatalogPage.cpp" line="+237"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spec / material</source>
        <translation>规格 / 材质</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pricing</source>
        <translation>计价方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default price</source>
        <translation>默认单价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show &amp;archived</source>
        <translation>显示已归档(&amp;A)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Find a product by name, pinyin, initials or code</source>
        <translation>按名称、拼音、首字母或编码查找产品</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Archive / restore</source>
        <translation>归档 / 恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>New staff member</source>
        <translation>新建员工</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products from a price list in Excel or CSV</source>
        <translation>从 Excel 或 CSV 价目表导入产品</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>piece</source>
        <translation>个</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Archive product</source>
        <translation>归档产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Archive %1? It stays on earlier orders but is no longer offered for new lines.</source>
        <translation>归档 %1？以往订单上仍保留，但新订单行不再提供此产品。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot delete</source>
        <translation>无法删除</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 is on %n order(s) and cannot be deleted; archive it instead.</source>
        <translation>
            <numerusform>%1 已用于 %n 个订单，不能删除；请改为归档。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delete product</source>
        <translation>删除产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete %1? The audit log keeps a copy.</source>
        <translation>删除 %1？审计日志会保留一份副本。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+39"/>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete staff member</source>
        <translation>删除员工</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete %1?</source>
        <translation>删除 %1？</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export products</source>
        <translation>导出产品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exporting products…</source>
        <translation>正在导出产品…</translation>
    </message>
</context>
<context>
    <name>shopcrm::CatalogRepository</name>
    <message>
        <location filename="../core/store/CatalogRepository.cpp" line="+74"/>
        <source>This record was deleted by another desk.</source>
        <translation>此记录已被其他工位删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed this record at %2, after you opened it. Nothing was saved: reload to see their changes, then enter yours again.</source>
        <translation>%1 在您打开之后于 %2 修改了此记录。未保存任何内容：请重新载入查看对方的修改，再重新输入您的修改。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A category needs a name.</source>
        <translation>类别需要名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There is already a category named %1.</source>
        <translation>已有名为 %1 的类别。</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+25"/>
        <source>There is already a product named %1.</source>
        <translation>已有名为 %1 的产品。</translation>
    </message>
    <message numerus="yes">
        <location line="+42"/>
        <source>%1 is on %n order(s) and cannot be deleted; archive it instead.</source>
        <translation>
            <numerusform>%1 已用于 %n 个订单，不能删除；请改为归档。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 already has the code %2.</source>
        <translation>%1 已使用编码 %2。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There is no product with id %1.</source>
        <translation>没有编号为 %1 的产品。</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>There is no staff member with id %1.</source>
        <translation>没有编号为 %1 的员工。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%1 is assigned to %n order(s) and cannot be deleted; mark them inactive instead.</source>
        <translation>
            <numerusform>%1 已分配到 %n 个订单，不能删除；请改为设为离职。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 recorded %n follow-up(s) and cannot be deleted; mark them inactive instead.</source>
        <translation>
            <numerusform>%1 记录过 %n 条跟进，不能删除；请改为设为停用。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::CatalogRules</name>
    <message>
        <location filename="../core/domain/Catalog.cpp" line="+17"/>
        <source>By area (m²)</source>
        <translation>按面积（m²）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By unit</source>
        <translation>按数量</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Designer</source>
        <translation>设计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production</source>
        <translation>制作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installer</source>
        <translation>安装</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales</source>
        <translation>业务</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other</source>
        <comment>staff role</comment>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>piece</source>
        <translation>个</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>sheet</source>
        <translation>张</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>set</source>
        <translation>套</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>box</source>
        <translation>盒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>metre</source>
        <translation>米</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hour</source>
        <translation>小时</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>job</source>
        <translation>项</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A product needs a name.</source>
        <translation>产品需要名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A product needs a unit (piece, sheet, m²…).</source>
        <translation>产品需要单位（个、张、m² 等）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The default price cannot be negative.</source>
        <translation>默认单价不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The cost cannot be negative.</source>
        <translation>成本不能为负数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A staff member needs a name.</source>
        <translation>员工需要姓名。</translation>
    </message>
</context>
<context>
    <name>shopcrm::ChangePasswordDialog</name>
    <message>
        <location filename="../ui/AccountDialogs.cpp" line="+186"/>
        <source>Change my password</source>
        <translation>修改我的密码</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Current password</source>
        <translation>当前密码(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password</source>
        <translation>新密码(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the new password</source>
        <translation>再输入一次新密码(&amp;R)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
</context>
<context>
    <name>shopcrm::Charts</name>
    <message>
        <location filename="../ui/ChartSupport.cpp" line="+54"/>
        <source>100 million yuan</source>
        <translation>亿元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>10,000 yuan</source>
        <translation>万元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>million yuan</source>
        <translation>百万元</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>thousand yuan</source>
        <translation>千元</translation>
    </message>
</context>
<context>
    <name>shopcrm::ConflictDialog</name>
    <message>
        <location filename="../ui/ConflictDialog.cpp" line="+23"/>
        <source>Saved at another desk meanwhile</source>
        <translation>其他电脑已先保存</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was changed by %2 after you opened it. Choose, field by field, what to keep: click a value (or press Space) to take it. Fields only one of you changed are already chosen; fields you both changed are orange.</source>
        <translation>您打开%1之后，%2修改并保存了它。请逐项选择要保留的内容：点击某个值（或按空格键）即选用它。只有一方改过的项已自动选好；双方都改过的项显示为橙色。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Field</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Yours</source>
        <translation>您的</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Both of you changed this field. It was: %1</source>
        <translation>双方都改了这一项。原来是：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>All &amp;mine</source>
        <translation>全部用我的(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All &amp;theirs</source>
        <translation>全部用对方的(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save merged</source>
        <translation>保存合并结果(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Back to the form</source>
        <translation>返回表单</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 at %2</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>shopcrm::CsvReader</name>
    <message>
        <location filename="../core/services/CsvReader.cpp" line="+211"/>
        <source>Line %1: text after a closing quote; it was kept.</source>
        <translation>第 %1 行：右引号后面还有文字，已保留。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line %1: a quote opened here is never closed; the rest of the file is in that one field.</source>
        <translation>第 %1 行：此处的引号没有结束，文件其余部分都成了这一个字段。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Row %1 (line %2) has %3 fields; the header has %4.</source>
        <translation>第 %1 条记录（第 %2 行）有 %3 个字段，表头有 %4 个。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The file is not valid %1 text; choose another encoding.</source>
        <translation>文件不是有效的 %1 文本，请选择其他编码。</translation>
    </message>
</context>
<context>
    <name>shopcrm::CustomerEditorDialog</name>
    <message>
        <location filename="../ui/CustomerEditorDialog.cpp" line="+196"/>
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
        <location line="+13"/>
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
        <location line="+13"/>
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
        <location line="+3"/>
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
        <location line="+3"/>
        <source>&amp;Owner</source>
        <translation>负责人(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;yment terms</source>
        <translation>结算方式(&amp;Y)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>So&amp;urce</source>
        <translation>来源(&amp;U)</translation>
    </message>
    <message>
        <location line="-214"/>
        <source>Restore customer</source>
        <translation>恢复客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore %1 from the archive?</source>
        <translation>要从归档中恢复 %1 吗？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Timeline</source>
        <translation>时间线</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>State&amp;ment…</source>
        <translation>对账单(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print this customer&apos;s statement of account for a period</source>
        <translation>打印该客户某一期间的对账单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agreed prices…</source>
        <translation>协议价…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The prices agreed with this customer (协议价)</source>
        <translation>与这位客户约定的价格（协议价）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recei&amp;ve payment…</source>
        <translation>收款(&amp;V)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record money from this customer, against an order or on account</source>
        <translation>记录该客户的付款，可对应某个订单或记入账户</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Billed ¥%1 · received ¥%2</source>
        <translation>开单 ¥%1 · 已收 ¥%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>owes ¥%1</source>
        <translation>欠款 ¥%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>credit ¥%1</source>
        <translation>预收 ¥%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>settled</source>
        <translation>已结清</translation>
    </message>
    <message>
        <location line="+60"/>
        <location line="+80"/>
        <source>Postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Six digits, printed in the red boxes on envelopes</source>
        <translation>六位数字，印在信封的红色方框里</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The marketing campaign that brought the customer: it counts what they buy</source>
        <translation>带来该客户的营销活动：其消费计入该活动</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Ca&amp;mpaign</source>
        <translation>营销活动(&amp;M)</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location line="+1"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Birthday</source>
        <translation>生日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+62"/>
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
        <location line="+238"/>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <location line="-157"/>
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
        <location line="+22"/>
        <location line="+23"/>
        <location line="+68"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Customer %1</source>
        <translation>客户 %1</translation>
    </message>
    <message>
        <location line="+23"/>
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
        <location line="+36"/>
        <source>There is no customer called &quot;%1&quot;. Create it now?</source>
        <translation>没有名为“%1”的客户。现在新建吗？</translation>
    </message>
    <message>
        <location line="-562"/>
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
    <name>shopcrm::CustomerImport</name>
    <message>
        <location filename="../core/services/CustomerImport.cpp" line="+176"/>
        <location line="+41"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="+49"/>
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
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>邮箱</translation>
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
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company or person</source>
        <translation>单位或个人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>it has %1 fields; the header has %2</source>
        <translation>这一行有 %1 个字段，表头有 %2 个</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the same customer as row %1</source>
        <translation>与第 %1 行是同一个客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>already there as customer %1</source>
        <translation>已有此客户（编号 %1）</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>customer %1 has these values already</source>
        <translation>客户 %1 已经是这些值</translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%n row(s) have errors; nothing was imported. Correct them and try again.</source>
        <translation>
            <numerusform>有 %n 行出错，什么也没有导入。请改正后再试。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，什么也没有导入。</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>There is no import %1.</source>
        <translation>没有编号为 %1 的导入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import %1 was reverted already.</source>
        <translation>导入 %1 已经撤销过了。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 (customer %2) was changed after the import</source>
        <translation>%1（客户 %2）在导入后被修改过</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (customer %2): %3</source>
        <translation>%1（客户 %2）：%3</translation>
    </message>
</context>
<context>
    <name>shopcrm::CustomerListModel</name>
    <message>
        <location filename="../ui/CustomerListModel.cpp" line="+65"/>
        <source>%1 (archived)</source>
        <translation>%1（已归档）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Pool</source>
        <translation>公海</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>had: %1</source>
        <translation>原负责人：%1</translation>
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
    <message>
        <location line="+1"/>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
</context>
<context>
    <name>shopcrm::CustomerListPage</name>
    <message>
        <location filename="../ui/CustomerListPage.cpp" line="+55"/>
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
    <message>
        <location line="+4"/>
        <source>&amp;More</source>
        <translation>更多(&amp;M)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export the list…</source>
        <translation>导出列表(&amp;E)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the &amp;contacts as vCard…</source>
        <translation>把联系人导出为 vCard(&amp;C)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find &amp;duplicates…</source>
        <translation>查找重复客户(&amp;D)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imports and &amp;undo…</source>
        <translation>导入记录与撤销(&amp;U)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Labels, envelopes and letters…</source>
        <translation>标签、信封和信函(&amp;L)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add to a campai&amp;gn&apos;s list…</source>
        <translation>加入营销活动名单(&amp;G)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;laim from the pool</source>
        <translation>从公海领取(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Release to the pool…</source>
        <translation>放回公海(&amp;R)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fo&amp;llow-up…</source>
        <translation>跟进(&amp;L)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record a contact with the selected customer (Ctrl+Shift+F)</source>
        <translation>为选中的客户记录一次联系（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up due or overdue</source>
        <translation>跟进今天到期或已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No follow-up planned</source>
        <translation>没有安排跟进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not contacted for</source>
        <translation>超过以下天数未联系</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone&apos;s</source>
        <translation>所有人的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public pool</source>
        <translation>公海</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Others&apos;</source>
        <translation>他人的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owned</source>
        <translation>有负责人的</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers in the public pool (公海), yours, or other people&apos;s</source>
        <translation>公海中的客户、您的客户或他人的客户</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+6"/>
        <source>Counting the customers…</source>
        <translation>正在统计客户数…</translation>
    </message>
    <message numerus="yes">
        <location line="-3"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln 条匹配</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+3"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln 个客户</numerusform>
        </translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This database is open read-only; customers cannot be added.</source>
        <translation>此数据库以只读方式打开，不能添加客户。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Labels and envelopes</source>
        <translation>标签和信封</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>For whom?</source>
        <translation>为谁打印？</translation>
    </message>
    <message>
        <location line="-230"/>
        <source>Send an e-&amp;mail or text message…</source>
        <translation>发送邮件或短信(&amp;M)…</translation>
    </message>
    <message>
        <location line="+232"/>
        <source>The selected customer</source>
        <translation>选中的客户</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Everyone in the list (%n)</source>
        <translation>
            <numerusform>列表中的所有客户（%n 个）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Send a message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+9"/>
        <location line="+3"/>
        <location line="+5"/>
        <source>Add to a campaign&apos;s list</source>
        <translation>加入营销活动名单</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>There is no campaign yet: make one in Sales ▸ Campaigns…</source>
        <translation>还没有营销活动：请在 销售 ▸ 营销活动… 中新建。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Campaign:</source>
        <translation>营销活动(&amp;C)：</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%1: %n customer(s) added; %2 picked in all.</source>
        <translation>
            <numerusform>%1：加入 %n 位客户；共挑选 %2 位。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Claim from the pool</source>
        <translation>从公海领取</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who takes this customer?</source>
        <translation>由谁领取这位客户？</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not claimed</source>
        <translation>未领取</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Release to the pool</source>
        <translation>放回公海</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why does %1 go back to the pool?</source>
        <translation>%1 为什么放回公海？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not released</source>
        <translation>未放回</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select the customer first.</source>
        <translation>请先选中客户。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot open customer</source>
        <translation>无法打开客户</translation>
    </message>
    <message>
        <location line="-96"/>
        <location line="+119"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>customers-%1</source>
        <translation>客户-%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exporting customers…</source>
        <translation>正在导出客户…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>已导出 %Ln 个客户到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+17"/>
        <source>Export contacts</source>
        <translation>导出联系人</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>contacts-%1.vcf</source>
        <translation>联系人-%1.vcf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact cards (*.vcf)</source>
        <translation>联系人名片 (*.vcf)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting contacts…</source>
        <translation>正在导出联系人…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Exported %Ln contact card(s) to %1.</source>
        <translation>
            <numerusform>已导出 %Ln 张联系人名片到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::CustomerMerge</name>
    <message>
        <location filename="../core/services/CustomerMerge.cpp" line="+134"/>
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
        <source>Company or person</source>
        <translation>单位或个人</translation>
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
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>邮政编码</translation>
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
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>company</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>person</source>
        <translation>个人</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>monthly account, %n day(s)</source>
        <translation>
            <numerusform>月结，%n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cash on delivery</source>
        <translation>货到付款</translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n 个联系人</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n 条跟进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n 笔收款</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n delivery slip(s)</source>
        <translation>
            <numerusform>%n 张送货单</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>contacts</source>
        <translation>个联系人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>orders</source>
        <translation>个订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>follow-ups</source>
        <translation>条跟进</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>payments</source>
        <translation>笔收款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivery slips</source>
        <translation>张送货单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>opportunities</source>
        <translation>销售机会</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>negotiated prices</source>
        <translation>协议价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service requests</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>appointments</source>
        <translation>约会</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose two different customers to merge.</source>
        <translation>请选择两个不同的客户进行合并。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was changed by %2 after you opened the merge. Nothing was merged: look at it again.</source>
        <translation>打开合并后，%2 修改了 %1。没有合并：请重新查看。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer %1 no longer exists.</source>
        <translation>客户 %1 已不存在。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>There is no merge %1.</source>
        <translation>没有编号为 %1 的合并。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This merge was undone already.</source>
        <translation>此合并已经撤销过了。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer number %1 is in use again; the merge cannot be undone.</source>
        <translation>客户编号 %1 已被再次使用，无法撤销此合并。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The kept customer %1 was removed since; the merge cannot be undone.</source>
        <translation>保留的客户 %1 之后已被删除，无法撤销此合并。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of the %2 %3 that moved are no longer with the kept customer and stay where they are.</source>
        <translation>移过去的 %2 %3中有 %1 个已不在保留的客户名下，保持原样。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 was changed after the merge; its fields stay as they are now.</source>
        <translation>%1 在合并后被修改过，其字段保持现状。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Payment %1 is allocated to order %2 of the other customer.</source>
        <translation>收款 %1 已核销到另一客户的订单 %2。</translation>
    </message>
</context>
<context>
    <name>shopcrm::CustomerPicker</name>
    <message>
        <location filename="../ui/CustomerPicker.cpp" line="+23"/>
        <source>Name, phone or pinyin</source>
        <translation>名称、电话或拼音</translation>
    </message>
</context>
<context>
    <name>shopcrm::CustomerPool</name>
    <message>
        <location filename="../core/store/CustomerPool.cpp" line="+89"/>
        <source>The default rule</source>
        <translation>默认规则</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The rule for grade %1</source>
        <translation>%1 级客户的规则</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a number of days is from 0 (off) to 3650.</source>
        <translation>%1：天数为 0（关闭）到 3650。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a limit cannot be negative.</source>
        <translation>%1：上限不能为负数。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There is no customer with id %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is archived.</source>
        <translation>%1 已归档。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Another desk changed this customer just now; try again.</source>
        <translation>另一台电脑刚刚修改了这位客户，请再试一次。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Say who claims the customer.</source>
        <translation>请说明由谁领取这位客户。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is yours already.</source>
        <translation>%1 已经是您的客户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 looks after this customer; it is not in the pool.</source>
        <translation>这位客户由 %1 负责，不在公海中。</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%1 has claimed %n customer(s) today, the most the shop allows a day.</source>
        <translation>
            <numerusform>%1 今天已领取 %n 位客户，达到本店每天的上限。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 looks after %n customer(s), the most the shop allows one person.</source>
        <translation>
            <numerusform>%1 已负责 %n 位客户，达到本店每人的上限。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 had this customer until %2 and may claim it again from %3.</source>
        <translation>%1 负责这位客户到 %2，%3 起才能再次领取。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This customer is in the pool already.</source>
        <translation>这位客户已在公海中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1 or a manager can release this customer.</source>
        <translation>只有 %1 或经理可以把这位客户放回公海。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Your role (%1) sees only its own customers and cannot give customers to others.</source>
        <translation>您的角色（%1）只能看到自己的客户，不能把客户分配给别人。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no staff member called %1.</source>
        <translation>没有名为 %1 的员工。</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>%n day(s) without a follow-up</source>
        <translation>
            <numerusform>%n 天未跟进</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n day(s) without an order</source>
        <translation>
            <numerusform>%n 天未下单</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::CustomerRepository</name>
    <message>
        <location filename="../core/store/CustomerRepository.cpp" line="+269"/>
        <source>Customer %1 of %2 (%3): %4</source>
        <translation>第 %1 个客户（共 %2 个，%3）：%4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no name</source>
        <translation>无名称</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+34"/>
        <location line="+21"/>
        <source>Customer %1 no longer exists.</source>
        <translation>客户 %1 已不存在。</translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+34"/>
        <source>Your role changes only your own customers.</source>
        <translation>您的角色只能修改自己的客户。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>orders</source>
        <translation>个订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-ups</source>
        <translation>条跟进记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payments</source>
        <translation>笔收款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivery slips</source>
        <translation>张送货单</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it has %1 %2 now; it was kept</source>
        <translation>它现在有 %1 %2，已保留</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Customer %1 was deleted by another desk.</source>
        <translation>客户 %1 已被其他工位删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed this customer at %2, after you opened it. Nothing was saved: reload to see their changes, then enter yours again.</source>
        <translation>在您打开此客户之后，%1 于 %2 修改了它。您的修改未保存：请重新载入查看对方的修改，然后再输入您的修改。</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>There is no customer with id %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is looked after by %2; your role sees only your own customers.</source>
        <translation>%1 由 %2 负责；您的角色只能查看自己的客户。</translation>
    </message>
</context>
<context>
    <name>shopcrm::CustomerRules</name>
    <message>
        <location filename="../core/domain/Customer.cpp" line="+70"/>
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
        <location line="+4"/>
        <location line="+17"/>
        <source>A postcode in mainland China is six digits.</source>
        <translation>中国大陆的邮政编码是六位数字。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>A monthly account needs 1 to 365 days to pay.</source>
        <translation>月结客户的账期需为 1 到 365 天。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+15"/>
        <source>%1 does not look like a valid phone number.</source>
        <translation>%1 看起来不是有效的电话号码。</translation>
    </message>
    <message>
        <location line="-9"/>
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
        <location line="+12"/>
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
    <name>shopcrm::CustomerTimeline</name>
    <message>
        <location filename="../ui/CustomerTimeline.cpp" line="+193"/>
        <source>Record a contact: what was said — Enter adds it</source>
        <translation>记录一次联系：说了什么——按回车添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt</source>
        <translation>下次(&amp;X)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add</source>
        <comment>quick follow-up</comment>
        <translation>添加</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add this contact to the timeline (Enter)</source>
        <translation>把这次联系加到时间线（回车）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full form…</source>
        <translation>完整表单…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The full form: subject, outcome, order, attachments (Ctrl+Shift+F)</source>
        <translation>完整表单：主题、结果、订单、附件（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Everything</source>
        <translation>全部</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliveries</source>
        <translation>送货</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunities</source>
        <translation>销售机会</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service requests</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All staff</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (inactive)</source>
        <translation>%1（停用）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show</source>
        <translation>显示</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <location line="+2"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+113"/>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To: %1
Subject: %2

%3</source>
        <translation>收件人：%1
主题：%2

%3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
</context>
<context>
    <name>shopcrm::Database</name>
    <message>
        <location filename="../core/store/Database.cpp" line="+202"/>
        <location line="+22"/>
        <source>The database is read-only; nothing was saved.</source>
        <translation>数据库为只读，未保存任何内容。</translation>
    </message>
    <message>
        <location line="+398"/>
        <location line="+622"/>
        <source>Cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <location line="-619"/>
        <source>%1 is not a ShopCRM database (it is not an SQLite file). It was left untouched.</source>
        <translation>%1 不是 ShopCRM 数据库（不是 SQLite 文件）。文件未被改动。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 是文件夹，不是数据库文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot create %1: the folder is read-only.</source>
        <translation>无法创建 %1：文件夹为只读。</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <location line="-587"/>
        <location line="+1038"/>
        <location line="+126"/>
        <source>Another desk is writing; retrying…</source>
        <translation>另一台电脑正在写入，正在重试…</translation>
    </message>
    <message>
        <location line="-1070"/>
        <source>The database server cannot be reached (%1); nothing was saved.</source>
        <translation>无法连接数据库服务器（%1），未保存任何内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+22"/>
        <source>Another desk is using the database and did not finish in time; nothing was saved. Please try again.</source>
        <translation>另一台电脑正在使用数据库，未能及时完成；没有保存任何内容。请再试一次。</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The database server is out of space; nothing was saved. Please tell whoever looks after the server.</source>
        <translation>数据库服务器空间已满，未保存任何内容。请告知负责服务器的人员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database server refused the sign-in: %1</source>
        <translation>数据库服务器拒绝登录：%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The disk that holds the database is full; nothing was saved. Free some space and try again.</source>
        <translation>存放数据库的磁盘已满，没有保存任何内容。请腾出空间后再试。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The database file cannot be read or written (%1); nothing was saved.</source>
        <translation>无法读写数据库文件（%1），没有保存任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database %1 is damaged: %2</source>
        <translation>数据库 %1 已损坏：%2</translation>
    </message>
    <message>
        <location line="+256"/>
        <source>%1 cannot be used: %2</source>
        <translation>无法使用 %1：%2</translation>
    </message>
    <message>
        <location line="+150"/>
        <source>%1 is a single-desk database in a network folder, where it could be damaged: open it on the computer whose disk holds it and turn on shared mode there (shopcrm-cli shared on), or copy it to this computer&apos;s disk. Nothing was changed.</source>
        <translation>%1 是单机数据库，放在网络共享文件夹中可能损坏：请在存放它的那台电脑上打开并开启共享模式（shopcrm-cli shared on），或把它复制到本机磁盘。没有做任何更改。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The PostgreSQL database %1 holds tables that are not ShopCRM&apos;s. It was left untouched.</source>
        <translation>PostgreSQL 数据库 %1 中有不属于 ShopCRM 的表，未做任何改动。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 cannot be found: the folder that holds it may be away.</source>
        <translation>找不到 %1：存放它的文件夹可能已断开。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 is damaged or not a database: %2. It was left untouched.</source>
        <translation>%1 已损坏或不是数据库：%2。文件未被改动。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is an SQLite database but not a ShopCRM database. It was left untouched.</source>
        <translation>%1 是 SQLite 数据库，但不是 ShopCRM 数据库。文件未被改动。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>A database on a server is shared by its nature; it has no single-desk or shared-file mode.</source>
        <translation>服务器上的数据库本来就是多台电脑共用的，没有单机或共享文件模式之分。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is in a network folder: it can only be used there in shared mode. Copy it to a computer&apos;s own disk to use it as a single desk.</source>
        <translation>%1 位于网络共享文件夹中，只能以共享模式使用。要单机使用，请把它复制到电脑自己的磁盘上。</translation>
    </message>
    <message>
        <location line="+198"/>
        <source>%1 was made by a newer version of ShopCRM (schema %2; this program knows up to %3). Please install the newer ShopCRM.</source>
        <translation>%1 由更新版本的 ShopCRM 创建（结构版本 %2，本程序最高支持 %3）。请安装新版 ShopCRM。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs an upgrade from schema %2 to %3, but it is read-only.</source>
        <translation>%1 需要从结构版本 %2 升级到 %3，但它是只读的。</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+11"/>
        <source>Keeping a copy of the database as it was…</source>
        <translation>正在保留数据库升级前的副本…</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The folder %1 for the copy before the upgrade cannot be made.</source>
        <translation>无法创建升级前副本的文件夹 %1。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The database %1 is open read-only; nothing was saved.</source>
        <translation>数据库 %1 以只读方式打开，未保存任何内容。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The shared folder cannot be reached; nothing was saved.</source>
        <translation>无法访问共享文件夹，没有保存任何内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database file cannot be read or written; nothing was saved.</source>
        <translation>无法读写数据库文件，没有保存任何内容。</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>PostgreSQL server, read-only</source>
        <translation>PostgreSQL 服务器，只读</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PostgreSQL server</source>
        <translation>PostgreSQL 服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared file, read-only</source>
        <translation>共享文件，只读</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared file (%1)</source>
        <translation>共享文件（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Single desk, read-only</source>
        <translation>单机，只读</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Single desk (local file)</source>
        <translation>单机（本地文件）</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 is a backup of a file, not of a server database. To bring a file&apos;s data to a server, use shopcrm-cli migrate-to.</source>
        <translation>%1 是数据库文件的备份，不是服务器数据库的备份。要把文件中的数据搬到服务器上，请用 shopcrm-cli migrate-to。</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The backup file %1 exists already.</source>
        <translation>备份文件 %1 已存在。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The backup %1 failed its integrity check.</source>
        <translation>备份 %1 未通过完整性检查。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The restore could not start: %1</source>
        <translation>无法开始恢复：%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The restore was stopped; nothing was changed.</source>
        <translation>恢复已停止，没有任何更改。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another desk kept the database busy; nothing was restored.</source>
        <translation>其他工位一直占用数据库，未能恢复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The disk is full; nothing was restored.</source>
        <translation>磁盘已满，未能恢复。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The restore failed and the database was left as it was: %1</source>
        <translation>恢复失败，数据库保持原样：%1</translation>
    </message>
    <message>
        <location filename="../core/store/Migrations.cpp" line="+1183"/>
        <source>customers, contacts, change feed, audit log</source>
        <translation>客户、联系人、变更记录、审计日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer list columns and search index</source>
        <translation>客户列表列与搜索索引</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>settings, counters, catalog, staff and orders</source>
        <translation>设置、编号计数器、产品目录、员工与订单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>delivery slips, print log and print templates</source>
        <translation>送货单、打印记录与打印模板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follow-ups, attachments, reminders</source>
        <translation>跟进记录、附件、提醒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>payments, allocations, revenue summaries</source>
        <translation>收款、核销、营收汇总</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>desk presence and edit leases</source>
        <translation>在线工位与编辑占用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>audit log as hash-chained field changes</source>
        <translation>审计日志改为哈希链式的字段变更</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>users, roles and rights</source>
        <translation>用户、角色与权限</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>imports and what they did</source>
        <translation>导入及其结果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>customer merges and dismissed duplicates</source>
        <translation>客户合并与已忽略的重复客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>customer search by field, match and activity; product codes</source>
        <translation>按字段、匹配方式和活跃度的客户搜索；产品编码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>customers&apos; yearly revenue totals</source>
        <translation>客户年度营收合计</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>customer search by several terms at once</source>
        <translation>多个关键词同时搜索客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the shop&apos;s daily revenue totals</source>
        <translation>本店每日营业额汇总</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>sales opportunities, their stages and moves</source>
        <translation>销售机会、阶段及阶段变更</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sales targets</source>
        <translation>销售目标</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quotes and their revisions</source>
        <translation>报价单及其各版本</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>negotiated prices</source>
        <translation>协议价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the public customer pool</source>
        <translation>客户公海</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>opportunities&apos; products and files</source>
        <translation>销售机会的产品明细和附件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service requests</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>customers&apos; postcodes</source>
        <translation>客户的邮政编码</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tasks and appointments</source>
        <translation>任务和约会</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>marketing campaigns</source>
        <translation>营销活动</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>messages sent to customers</source>
        <translation>发给客户的消息</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>text messages</source>
        <translation>短信</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>contacts&apos; postcodes</source>
        <translation>联系人的邮政编码</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>customer search index on a server</source>
        <translation>服务器上的客户搜索索引</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>faster customer search on a server</source>
        <translation>服务器上更快的客户搜索</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Upgrading to schema %1 of %2: %3</source>
        <translation>正在升级到第 %1 版（共 %2 版）：%3</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Rebuilding the customer search index…</source>
        <translation>正在重建客户搜索索引…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rebuilding the revenue summaries…</source>
        <translation>正在重建营收汇总…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+5"/>
        <source>Upgrading the database to schema %1 failed, and it was left as it was: %2</source>
        <translation>数据库升级到结构版本 %1 失败，数据库保持原样：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compacting the database…</source>
        <translation>正在压缩数据库…</translation>
    </message>
    <message>
        <location filename="../core/services/DemoData.cpp" line="+390"/>
        <source>Demo orders need customers; add some first.</source>
        <translation>演示订单需要客户，请先添加客户。</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>Demo opportunities need customers; add some first.</source>
        <translation>演示销售机会需要客户，请先添加客户。</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Demo follow-ups need customers; add some first.</source>
        <translation>演示跟进记录需要客户，请先添加客户。</translation>
    </message>
    <message>
        <location filename="../core/store/ShopSettings.cpp" line="+82"/>
        <source>The document counter %1 is missing.</source>
        <translation>单据计数器 %1 不存在。</translation>
    </message>
    <message>
        <location filename="../core/store/ChangeFeed.cpp" line="+104"/>
        <location line="+86"/>
        <location filename="../core/store/Database.cpp" line="-1053"/>
        <source>The shared folder cannot be reached (%1); nothing was saved.</source>
        <translation>无法访问共享文件夹（%1），没有保存任何内容。</translation>
    </message>
</context>
<context>
    <name>shopcrm::DatabaseCopy</name>
    <message>
        <location filename="../core/services/DatabaseCopy.cpp" line="+33"/>
        <source>Cannot connect to %1: %2</source>
        <translation>无法连接 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not empty: a shop&apos;s database is copied only into a new, empty database. Nothing was changed.</source>
        <translation>%1 不是空的：店铺数据库只能复制到新的空数据库。未做任何更改。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 exists already: a shop&apos;s database is copied only into a new file. Nothing was changed.</source>
        <translation>%1 已存在：店铺数据库只能复制到新文件。未做任何更改。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The folder of %1 does not exist.</source>
        <translation>%1 所在的文件夹不存在。</translation>
    </message>
    <message>
        <location line="+94"/>
        <location line="+5"/>
        <source>The copy was cancelled; the new database was removed.</source>
        <translation>复制已取消；新数据库已删除。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Other desks have the database open: %1. Close ShopCRM there first; nothing was copied.</source>
        <translation>其他工位正打开此数据库：%1。请先在那里关闭 ShopCRM；未复制任何内容。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The audit chain of %1 does not hold (%2); nothing was copied. See shopcrm-cli audit verify.</source>
        <translation>%1 的操作日志链校验不通过（%2）；未复制任何内容。请运行 shopcrm-cli audit verify 查看。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The two databases are at different schema versions (%1 and %2).</source>
        <translation>两个数据库的架构版本不同（%1 和 %2）。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The copy of %1 holds %2 rows where the source holds %3.</source>
        <translation>%1 的副本有 %2 行，而源数据库有 %3 行。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The orders or payments per month differ between the source and the copy.</source>
        <translation>源数据库和副本的每月订单或收款不一致。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The audit chain does not hold in the copy: %1</source>
        <translation>副本中的操作日志链校验不通过：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit chain of the copy ends elsewhere than the source&apos;s.</source>
        <translation>副本的操作日志链结尾与源数据库不同。</translation>
    </message>
</context>
<context>
    <name>shopcrm::DeliveryDialog</name>
    <message>
        <location filename="../ui/DeliveryDialog.cpp" line="+25"/>
        <source>New delivery slip</source>
        <translation>新建送货单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ordered</source>
        <translation>订购</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered</source>
        <translation>已送</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remaining</source>
        <translation>未送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deliver now</source>
        <translation>本次送货</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Notes on the slip, e.g. left at reception</source>
        <translation>送货单备注，例如：放在前台</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create slip and print…</source>
        <translation>开送货单并打印…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Delivery to %1. Lower &quot;Deliver now&quot; for a part delivery; what is left stays on the order.</source>
        <translation>送货给 %1。部分送货时调小“本次送货”，剩余部分保留在订单上。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
</context>
<context>
    <name>shopcrm::DeliveryRepository</name>
    <message>
        <location filename="../core/store/DeliveryRepository.cpp" line="+79"/>
        <source>Choose at least one order to deliver.</source>
        <translation>请至少选择一个要送货的订单。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Orders %1 and %2 are for different customers; a delivery slip is for one customer.</source>
        <translation>订单 %1 和 %2 属于不同客户；一张送货单只能对应一个客户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 is cancelled and cannot be delivered.</source>
        <translation>订单 %1 已取消，不能送货。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Order %1, line %2 (%3): %4 to deliver, but %5 remain.</source>
        <translation>订单 %1 第 %2 行（%3）：本次送货 %4，但只剩 %5。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Line %1 is not on these orders.</source>
        <translation>第 %1 号明细不在这些订单中。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing is left to deliver on these orders.</source>
        <translation>这些订单已没有待送货的内容。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Delivery slip %1</source>
        <translation>送货单 %1</translation>
    </message>
</context>
<context>
    <name>shopcrm::DeskPresence</name>
    <message>
        <location filename="../core/store/DeskPresence.cpp" line="+187"/>
        <source>being edited by %1 at %2 since %3</source>
        <translation>正由 %1 在 %2 编辑（%3 起）</translation>
    </message>
</context>
<context>
    <name>shopcrm::DocumentBuilder</name>
    <message>
        <location filename="../core/documents/DocumentBuilder.cpp" line="+43"/>
        <source>REPRINT</source>
        <translation>补打</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Work order</source>
        <translation>制作单</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+37"/>
        <location line="+36"/>
        <location line="+11"/>
        <location line="+26"/>
        <location line="+67"/>
        <location line="+32"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-208"/>
        <location line="+37"/>
        <location line="+47"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="-83"/>
        <location line="+37"/>
        <location line="+47"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Ordered</source>
        <translation>下单时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>交货时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <source>Job</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <location line="+44"/>
        <source>Deliver to</source>
        <translation>送货地址</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+38"/>
        <location line="+44"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+38"/>
        <location line="+44"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+205"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="-204"/>
        <source>Material / process</source>
        <translation>材质 / 工艺</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <location line="+44"/>
        <source>Size (mm)</source>
        <translation>尺寸(mm)</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+37"/>
        <location line="+44"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+37"/>
        <location line="+44"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+37"/>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Outsourced to</source>
        <translation>外协厂家</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+47"/>
        <location line="+37"/>
        <source>Notes: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Designed</source>
        <translation>设计</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Produced</source>
        <translation>制作</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked</source>
        <translation>质检</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered / installed</source>
        <translation>送货 / 安装</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Delivery slip</source>
        <translation>送货单</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+32"/>
        <location line="+15"/>
        <location line="+126"/>
        <location line="+25"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="-150"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+44"/>
        <source>Description / spec</source>
        <translation>说明 / 规格</translation>
    </message>
    <message>
        <location line="-39"/>
        <location line="+43"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="-41"/>
        <location line="+42"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+41"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+41"/>
        <source>Total in words</source>
        <translation>合计大写</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receiver&apos;s signature</source>
        <translation>收货人签字</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date received</source>
        <translation>收货日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivered by</source>
        <translation>送货人</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+37"/>
        <source>Stub</source>
        <translation>存根</translation>
    </message>
    <message>
        <location line="-76"/>
        <source>Quotation</source>
        <translation>报价单</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quoted by</source>
        <translation>报价人</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Terms: %1</source>
        <translation>条款：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer&apos;s confirmation (signature and seal)</source>
        <translation>客户确认（签字盖章）</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Accounts</source>
        <translation>记账</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delivery of %1</source>
        <translation>送货（%1）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1 delivered</source>
        <translation>订单 %1 已送货</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Deposit on order %1</source>
        <translation>订单 %1 定金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund: %1</source>
        <translation>退款：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment, %1</source>
        <translation>收款，%1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As of</source>
        <translation>截至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terms</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0–30 days</source>
        <translation>0–30 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Over 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Credit</source>
        <translation>预收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owes</source>
        <translation>欠款</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Past due</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owed in all</source>
        <translation>欠款合计</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Statement of account</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening balance</source>
        <translation>期初余额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document</source>
        <translation>单据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivered</source>
        <translation>送货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>收款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>余额</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delivered in the period</source>
        <translation>本期送货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received in the period</source>
        <translation>本期收款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing balance</source>
        <translation>期末余额</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Orders placed in the period: %n, worth ¥%1.</source>
        <translation>
            <numerusform>本期下单 %n 个，金额 ¥%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirmed by the customer</source>
        <translation>客户确认</translation>
    </message>
</context>
<context>
    <name>shopcrm::DocumentOutput</name>
    <message>
        <location filename="../core/documents/DocumentOutput.cpp" line="+38"/>
        <source>There is no delivery slip with id %1.</source>
        <translation>没有编号为 %1 的送货单。</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>shopcrm::DocumentPrintDialog</name>
    <message>
        <location filename="../ui/DocumentPrintDialog.cpp" line="+40"/>
        <source>Print %1 %2</source>
        <translation>打印 %1 %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>PDF file</source>
        <translation>PDF 文件</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>On A4 or A5 with several copies, each copy carries the next ply label.</source>
        <translation>在 A4 或 A5 上打印多份时，每份依次标注联次。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print test &amp;grid</source>
        <translation>打印测试网格(&amp;G)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printer and paper</source>
        <translation>打印机和纸张</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offset &amp;right</source>
        <translation>向右偏移(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offset &amp;down</source>
        <translation>向下偏移(&amp;D)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The shop&apos;s footer line</source>
        <translation>店铺页脚</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Header fields</source>
        <translation>表头栏目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save as the shop&apos;s %1 template</source>
        <translation>保存为本店的%1模板</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the standard layout</source>
        <translation>恢复标准格式</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Layout of this kind of document</source>
        <translation>此类单据的格式</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Prin&amp;ter</source>
        <translation>打印机(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;aper</source>
        <translation>纸张(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Copies</source>
        <translation>份数(&amp;C)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>T&amp;itle</source>
        <translation>标题(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Footer</source>
        <translation>页脚(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns (untick to hide; order as listed):</source>
        <translation>列（取消勾选即隐藏，按列表顺序打印）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export PDF…</source>
        <translation>导出 PDF(&amp;E)…</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+135"/>
        <source>Export PDF</source>
        <translation>导出 PDF</translation>
    </message>
    <message>
        <location line="-135"/>
        <location line="+135"/>
        <location line="+71"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>Continuous multi-part paper: every ply is printed at once, so the plies are named in the right margin.</source>
        <translation>连续多联纸：各联一次打出，联次标在右侧页边。</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+74"/>
        <source>Printer not available</source>
        <translation>打印机不可用</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>The printer &quot;%1&quot; is not available. Choose another printer or export a PDF.</source>
        <translation>打印机“%1”不可用。请选择其他打印机或导出 PDF。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <source>Not printed</source>
        <translation>未打印</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The printer &quot;%1&quot; reported an error.</source>
        <translation>打印机“%1”报告了错误。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Printed, not logged</source>
        <translation>已打印，未记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document was sent to the printer, but the print could not be logged: %1</source>
        <translation>单据已送到打印机，但这次打印未能记入打印记录：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>%1 written: %n page(s).</source>
        <translation>
            <numerusform>已写入 %1：共 %n 页。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PDF not written</source>
        <translation>PDF 未写入</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Test grid as PDF</source>
        <translation>测试网格存为 PDF</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The printer &quot;%1&quot; is not available.</source>
        <translation>打印机“%1”不可用。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Saved: every desk now prints this kind of document this way.</source>
        <translation>已保存：所有工位打印此类单据都将使用此格式。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+16"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Standard layout</source>
        <translation>标准格式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the shop&apos;s choices for this kind of document and use the standard layout?</source>
        <translation>放弃本店对此类单据的设置，改用标准格式吗？</translation>
    </message>
</context>
<context>
    <name>shopcrm::DocumentRenderer</name>
    <message>
        <location filename="../core/documents/DocumentRenderer.cpp" line="+243"/>
        <source>Tel. %1</source>
        <translation>电话：%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>URGENT</source>
        <translation>加急</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No. %1</source>
        <translation>No. %1</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Bank account: %1</source>
        <translation>开户行及账号：%1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Ply %1: %2</source>
        <translation>第%1联 %2</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Test grid for %1. The crosshairs should sit 20 mm from the top-left and bottom-right edges; measure how far they are off and enter that as the offset.</source>
        <translation>%1 测试网格。十字线应距左上角和右下角各 20 mm；量出偏差，填入偏移量。</translation>
    </message>
</context>
<context>
    <name>shopcrm::DocumentTemplate</name>
    <message>
        <location filename="../core/documents/PrintDocument.cpp" line="+49"/>
        <source>Work order</source>
        <translation>制作单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delivery slip</source>
        <translation>送货单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>报价单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
</context>
<context>
    <name>shopcrm::DuplicateFinder</name>
    <message>
        <location filename="../core/services/DuplicateFinder.cpp" line="+171"/>
        <source>The search for duplicates was stopped.</source>
        <translation>已停止查找重复客户。</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>same phone</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same e-mail</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same WeChat</source>
        <translation>微信相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>names read alike</source>
        <translation>名称读音相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>shopcrm::DuplicatesDialog</name>
    <message>
        <location filename="../ui/DuplicatesDialog.cpp" line="+24"/>
        <source>Duplicate customers</source>
        <translation>重复客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shared</source>
        <translation>相同之处</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Merge…</source>
        <translation>合并(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Not the same customer</source>
        <translation>不是同一客户(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Look again</source>
        <translation>重新查找(&amp;L)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Merged</source>
        <translation>被合并</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Into</source>
        <translation>并入</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Undo the merge…</source>
        <translation>撤销合并(&amp;U)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Likely duplicates</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merges</source>
        <translation>合并记录</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Comparing every customer…</source>
        <translation>正在比对所有客户…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The search was stopped.</source>
        <translation>查找已停止。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No likely duplicates.</source>
        <translation>没有发现可能重复的客户。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln likely pair(s), the surest first.</source>
        <translation>
            <numerusform>%Ln 对可能重复，最有把握的在前。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+80"/>
        <source>This merge was undone already.</source>
        <translation>此合并已经撤销过了。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <location line="+2"/>
        <source>Undo the merge</source>
        <translation>撤销合并</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Bring %1 back with its contacts, orders, follow-ups and payments?</source>
        <translation>恢复 %1 及其联系人、订单、跟进和收款？</translation>
    </message>
</context>
<context>
    <name>shopcrm::EditingNotice</name>
    <message>
        <location filename="../ui/EditingNotice.cpp" line="+24"/>
        <source>This record is %1. You can look, or edit anyway: when you save, anything they saved meanwhile is shown to merge.</source>
        <translation>此记录%1。您可以查看，也可以照常编辑：保存时，对方期间保存的内容会列出供您合并。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Another desk deleted this record.</source>
        <translation>其他电脑已删除此记录。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at %2 saved this record at %3. When you save, you choose field by field what to keep.</source>
        <translation>%1 在 %2 于 %3 保存了此记录。您保存时可逐项选择保留哪些内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Someone</source>
        <translation>有人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>another desk</source>
        <translation>其他电脑</translation>
    </message>
</context>
<context>
    <name>shopcrm::Exports</name>
    <message>
        <location filename="../core/services/Exports.cpp" line="+295"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+80"/>
        <location line="+32"/>
        <location line="+21"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-258"/>
        <location line="+206"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+32"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="-81"/>
        <location line="+81"/>
        <location line="+96"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location line="-300"/>
        <location line="+205"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Planned action</source>
        <translation>计划事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan done</source>
        <translation>计划已完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location line="-21"/>
        <location line="+33"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+112"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location line="-112"/>
        <location line="+112"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+82"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Account</source>
        <translation>收款账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handler</source>
        <translation>经手人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location line="-106"/>
        <location line="+30"/>
        <location line="+76"/>
        <location line="+44"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="-283"/>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated</source>
        <translation>更新时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last contact</source>
        <translation>上次联系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+11"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+49"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>The export was stopped; no file was written.</source>
        <translation>导出已停止，没有写入文件。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deposit</source>
        <translation>定金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>交货时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>开单人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount due</source>
        <translation>未收金额</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Spec / material</source>
        <translation>规格/材料</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pricing</source>
        <translation>计价方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Default price</source>
        <translation>默认单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archived</source>
        <translation>已归档</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Products</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+20"/>
        <source>Credit</source>
        <translation>预收</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund reason</source>
        <translation>退款原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Terms</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0–30 days</source>
        <translation>0–30 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owes</source>
        <translation>欠款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Oldest due</source>
        <translation>最早到期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days past due</source>
        <translation>逾期天数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+38"/>
        <source>Section</source>
        <translation>部分</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+38"/>
        <source>Item</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Billed</source>
        <translation>开单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outstanding</source>
        <translation>未收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average order</source>
        <translation>平均单价</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+37"/>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Previous period</source>
        <translation>上一期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same period last year</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Product category</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top customers</source>
        <translation>主要客户</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenue review</source>
        <translation>营业回顾</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Count</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Won amount</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lost amount</source>
        <translation>丢单金额</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate</source>
        <translation>比率</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average days</source>
        <translation>平均天数</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <location line="+2"/>
        <source>Forecast by month</source>
        <translation>按月预测</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>In all</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No expected close</source>
        <translation>无预计成交日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Forecast by owner</source>
        <translation>按负责人预测</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Won and lost by lead source</source>
        <translation>按线索来源的成交与丢单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no source)</source>
        <translation>（无来源）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lost reasons</source>
        <translation>丢单原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no reason)</source>
        <translation>（无原因）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sales analysis</source>
        <translation>销售分析</translation>
    </message>
</context>
<context>
    <name>shopcrm::FirstRunDialog</name>
    <message>
        <location filename="../ui/AccountDialogs.cpp" line="-109"/>
        <source>Welcome to ShopCRM</source>
        <translation>欢迎使用 ShopCRM</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Who works with ShopCRM?&lt;/b&gt;&lt;p&gt;If several people use it, create the owner&apos;s user now: everyone then signs in with their own name and sees what their role allows, and every change is recorded under their name. The owner adds the others in Settings ▸ Users.&lt;/p&gt;</source>
        <translation>&lt;b&gt;谁在使用 ShopCRM？&lt;/b&gt;&lt;p&gt;如果有几个人使用，请现在创建店主账号：之后每个人都用自己的账号登录，只能看到角色允许的内容，每次改动都记在本人名下。店主可在“设置 ▸ 用户”中添加其他人。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>for example boss</source>
        <translation>例如 boss</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner&apos;s &amp;login name</source>
        <translation>店主登录名(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner&apos;s &amp;name</source>
        <translation>店主姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Repeat the password</source>
        <translation>再输入一次密码(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the owner</source>
        <translation>创建店主</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Single-user shop, no sign-in</source>
        <translation>单人使用，不需要登录</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
</context>
<context>
    <name>shopcrm::FollowUpDialog</name>
    <message>
        <location filename="../ui/FollowUpDialog.cpp" line="+56"/>
        <source>Follow-up with %1</source>
        <translation>与 %1 的跟进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New follow-up</source>
        <translation>新建跟进</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>In a few words, e.g. &quot;quote for the shop sign&quot;</source>
        <translation>简短几个字，例如“门头招牌报价”</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What was said, asked, promised…</source>
        <translation>说了什么、问了什么、答应了什么…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Next contact on</source>
        <translation>下次联系(&amp;N)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Planned action, e.g. &quot;send the revised quote&quot;</source>
        <translation>计划事项，例如“发修改后的报价”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do&amp;ne</source>
        <translation>已完成(&amp;E)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;tact</source>
        <translation>联系人(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;When</source>
        <translation>时间(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Su&amp;bject</source>
        <translation>主题(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Details</source>
        <translation>内容(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Outcome</source>
        <translation>结果(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Staff</source>
        <translation>员工(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>下次</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>O&amp;rder</source>
        <translation>订单(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Files</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save (Ctrl+Return)</source>
        <translation>保存（Ctrl+回车）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>This contact settles the planned follow-up(s) of %1</source>
        <translation>
            <numerusform>这次联系了结 %1 计划的跟进</numerusform>
        </translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The follow-up with %1</source>
        <translation>与 %1 的跟进记录</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete follow-up?</source>
        <translation>删除跟进记录？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete this follow-up with %1 and its attachments? Plans it settled become open again. The audit log keeps a copy.</source>
        <translation>删除这条与 %1 的跟进记录及其附件？被它了结的计划会重新打开。审计日志会保留一份副本。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Discard follow-up?</source>
        <translation>放弃这条跟进？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This follow-up has text that is not saved. Close it and lose it?</source>
        <translation>这条跟进还有未保存的内容。关闭并丢弃吗？</translation>
    </message>
</context>
<context>
    <name>shopcrm::FollowUpListModel</name>
    <message numerus="yes">
        <location filename="../ui/FollowUpListPage.cpp" line="+58"/>
        <source> [%n file(s)]</source>
        <translation>
            <numerusform> [%n 个附件]</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (done)</source>
        <translation>%1（已完成）</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said</source>
        <translation>联系内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
</context>
<context>
    <name>shopcrm::FollowUpListPage</name>
    <message>
        <location line="+12"/>
        <source>Any customer</source>
        <translation>任意客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All staff</source>
        <translation>全部员工</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (inactive)</source>
        <translation>%1（停用）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any method</source>
        <translation>任意方式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any outcome</source>
        <translation>任意结果</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>最近 7 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From … to …</source>
        <translation>从 … 到 …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;New follow-up</source>
        <translation>新建跟进(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New follow-up (Ctrl+N)</source>
        <translation>新建跟进（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save the follow-ups shown as a CSV or Excel file</source>
        <translation>把显示的跟进记录保存为 CSV 或 Excel 文件</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Counting the follow-ups…</source>
        <translation>正在统计跟进记录数…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+2"/>
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln 条跟进记录</numerusform>
        </translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Cannot open follow-up</source>
        <translation>无法打开跟进记录</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export follow-ups</source>
        <translation>导出跟进记录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>follow-ups-%1</source>
        <translation>跟进记录-%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exporting follow-ups…</source>
        <translation>正在导出跟进记录…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %Ln follow-up(s) to %1 in %2 s.</source>
        <translation>
            <numerusform>已导出 %Ln 条跟进记录到 %1，用时 %2 秒。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::FollowUpRepository</name>
    <message>
        <location filename="../core/store/FollowUpRepository.cpp" line="+184"/>
        <location line="+147"/>
        <location line="+19"/>
        <source>This follow-up was deleted by another desk.</source>
        <translation>这条跟进记录已被另一台电脑删除。</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>%1 changed this follow-up at %2, after you opened it. Nothing was saved: reload to see their changes, then enter yours again.</source>
        <translation>%1 在 %2 修改了这条跟进，在您打开之后。未保存任何内容：请重新载入查看对方的修改，再输入您的修改。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attachments are added one follow-up at a time.</source>
        <translation>附件需逐条跟进记录添加。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+41"/>
        <source>There is no customer with id %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>This follow-up has no next contact planned.</source>
        <translation>这条跟进没有安排下次联系。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the day to move the next contact to.</source>
        <translation>请选择把下次联系推迟到哪一天。</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>There is no follow-up with id %1.</source>
        <translation>没有编号为 %1 的跟进记录。</translation>
    </message>
    <message>
        <location line="+156"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 with %2: %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Outcome: %1</source>
        <translation>结果：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>next contact %1</source>
        <translation>下次联系 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>next contact %1: %2</source>
        <translation>下次联系 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (done)</source>
        <translation>%1（已完成）</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n 个附件</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Order %1 taken</source>
        <translation>接单 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order %1 taken: %2</source>
        <translation>接单 %1：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total %1</source>
        <translation>合计 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1: %2</source>
        <translation>订单 %1：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delivered on slip %1</source>
        <translation>送货单 %1 已送货</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · orders %2</source>
        <translation>%1 · 订单 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>orders %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Opportunity: %1 (%2)</source>
        <translation>销售机会：%1（%2）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected %1</source>
        <translation>预计 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Opportunity %1: %2 → %3</source>
        <translation>销售机会 %1：%2 → %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Quote %1: %2</source>
        <translation>报价单 %1：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>valid until %1</source>
        <translation>有效期至 %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Quote %1 %2</source>
        <translation>报价单 %1 %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Service request %1: %2</source>
        <translation>服务请求 %1：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Service request %1 %2</source>
        <translation>服务请求 %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rated %1/5</source>
        <translation>评分 %1/5</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Text message sent: %1</source>
        <translation>短信已发送：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text message not sent: %1</source>
        <translation>短信未发出：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text message waiting to go: %1</source>
        <translation>短信等待发送：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail sent: %1</source>
        <translation>已发送邮件：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail not sent: %1</source>
        <translation>邮件未发出：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail waiting to go: %1</source>
        <translation>邮件待发送：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to %1 (%2)</source>
        <translation>发往 %1（%2）</translation>
    </message>
</context>
<context>
    <name>shopcrm::FollowUpRules</name>
    <message>
        <location filename="../core/domain/FollowUp.cpp" line="+47"/>
        <source>Phone call</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>拜访</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QQ</source>
        <translation>QQ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMS</source>
        <translation>短信</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <comment>contact method</comment>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interested</source>
        <translation>有意向</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quoted</source>
        <translation>已报价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ordered</source>
        <translation>已下单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No answer</source>
        <translation>未接通</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not interested</source>
        <translation>无意向</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Call back</source>
        <translation>约回电</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose the customer this follow-up was with.</source>
        <translation>请选择这次跟进的客户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter when the follow-up took place.</source>
        <translation>请输入跟进的时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write what was said or done (a subject or details).</source>
        <translation>请写下说了什么或做了什么（主题或内容）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next follow-up (%1) cannot be before this one (%2).</source>
        <translation>下次跟进（%1）不能早于本次跟进（%2）。</translation>
    </message>
</context>
<context>
    <name>shopcrm::ICalendar</name>
    <message>
        <location filename="../core/services/ICalendar.cpp" line="+72"/>
        <source>%1 (done)</source>
        <translation>%1（已完成）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customer: %1</source>
        <translation>客户：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>People: %1</source>
        <translation>人员：%1</translation>
    </message>
</context>
<context>
    <name>shopcrm::ImportWizard</name>
    <message>
        <location filename="../ui/ImportWizard.cpp" line="+48"/>
        <location line="+78"/>
        <location line="+10"/>
        <location line="+304"/>
        <source>Import customers</source>
        <translation>导入客户</translation>
    </message>
    <message>
        <location line="-385"/>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A sheet from Excel (.xlsx) or a .csv file; the first row names the columns.</source>
        <translation>Excel 工作表（.xlsx）或 .csv 文件；第一行为列名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers, from a list or contact cards</source>
        <translation>客户（表格或联系人名片）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products, from a price list</source>
        <translation>产品（价目表）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order history, a row an order line</source>
        <translation>历史订单（每行一个订单明细）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Detect</source>
        <translation>自动识别</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GB18030 / GBK (Chinese Excel)</source>
        <translation>GB18030 / GBK（中文 Excel）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comma</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>分号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;What to import</source>
        <translation>导入内容(&amp;W)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Encoding</source>
        <translation>编码(&amp;E)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Delimiter</source>
        <translation>分隔符(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sheet</source>
        <translation>工作表(&amp;S)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Spreadsheets and contact cards (*.xlsx *.csv *.txt *.vcf);;All files (*)</source>
        <translation>表格和联系人名片 (*.xlsx *.csv *.txt *.vcf);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import products</source>
        <translation>导入产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import order history</source>
        <translation>导入历史订单</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Match the columns</source>
        <translation>对应列</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each column of the file goes into a field of the customer, or is left out. Files with the same headers are matched the same way next time.</source>
        <translation>文件的每一列导入到客户的一个字段，或不导入。下次遇到列名相同的文件会按同样方式对应。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First values</source>
        <translation>前几个值</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Skip it</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update it with the file&apos;s values</source>
        <translation>用文件中的值更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the row as another customer</source>
        <translation>作为另一个客户添加</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The same phone number or the same name</source>
        <translation>电话相同或名称相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same phone number</source>
        <translation>电话相同</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The same name</source>
        <translation>名称相同</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A customer is &amp;already there when it has</source>
        <translation>判断客户已存在的依据(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Then</source>
        <translation>已存在时(&amp;T)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Check before importing</source>
        <translation>导入前检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is written yet. This is exactly what the import will do.</source>
        <translation>尚未写入任何数据。以下正是导入将要做的。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Every row</source>
        <translation>全部行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Row</source>
        <translation>行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+439"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="-439"/>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Undo this import</source>
        <translation>撤销本次导入(&amp;U)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Removes the customers it added and puts back what it changed, except records edited since</source>
        <translation>删除本次导入新增的客户并恢复被修改的内容，之后编辑过的记录除外</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Excel workbook, sheet %1</source>
        <translation>Excel 工作簿，工作表 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>semicolons</source>
        <translation>分号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tabs</source>
        <translation>制表符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>commas</source>
        <translation>逗号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read as %1, columns split by %2</source>
        <translation>按 %1 读取，以%2分列</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1: %Ln row(s) below the header.</source>
        <translation>
            <numerusform>%1：表头下共 %Ln 行。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file is empty.</source>
        <translation>文件是空的。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln row(s) cannot be read as they are; the check lists them.</source>
        <translation>
            <numerusform>有 %Ln 行无法按原样读取，检查页会列出。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+100"/>
        <source>— leave out —</source>
        <translation>— 不导入 —</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Choose a file first.</source>
        <translation>请先选择文件。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This file has no rows to import.</source>
        <translation>此文件没有可导入的行。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose the column that holds %1.</source>
        <translation>请选择包含“%1”的列。</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Importing %Ln record(s)…</source>
        <translation>
            <numerusform>正在导入 %Ln 条记录…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Imported: %1 new, %2 updated, %3 skipped. The import is number %4 under Customers ▸ More ▸ Imports and undo.</source>
        <translation>导入完成：新增 %1，更新 %2，跳过 %3。本次导入编号为 %4，可在 客户 ▸ 更多 ▸ 导入记录与撤销 中找到。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Undone: %1 records removed, %2 restored.</source>
        <translation>已撤销：删除 %1 条记录，恢复 %2 条。</translation>
    </message>
    <message>
        <location line="-220"/>
        <source>Two columns go into %1; choose one.</source>
        <translation>有两列都对应到“%1”，请只选一列。</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln row(s) have errors. Correct them in the file and open it again: nothing is imported while any row is wrong.</source>
        <translation>
            <numerusform>有 %Ln 行有错误。请在文件中改正后重新打开：只要有一行出错，就不会导入任何数据。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is nothing to add or change.</source>
        <translation>没有需要添加或修改的内容。</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+14"/>
        <source>Checking every row…</source>
        <translation>正在检查每一行…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Checking every order…</source>
        <translation>正在检查每个订单…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, paid %2%3</source>
        <translation>%1，已收 %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; a new customer</source>
        <translation>；新客户</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The check was stopped.</source>
        <translation>检查已停止。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 new, %2 updated, %3 skipped, %4 with errors.</source>
        <translation>新增 %1，更新 %2，跳过 %3，错误 %4。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Orders worth %1, %2 of it paid; %Ln new customer(s).</source>
        <translation>
            <numerusform>订单金额 %1，其中已收 %2；新客户 %Ln 个。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>new</source>
        <translation>新增</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>update</source>
        <translation>更新</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>skip</source>
        <translation>跳过</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>The import was stopped; nothing was imported.</source>
        <translation>导入已停止，没有导入任何数据。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+13"/>
        <source>Undo this import</source>
        <translation>撤销本次导入</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>Remove the %Ln customer(s) this import added and put back what it changed?</source>
        <translation>
            <numerusform>删除本次导入新增的 %Ln 个客户，并恢复它修改过的内容？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Kept, because they were changed since:</source>
        <translation>以下记录之后被修改过，予以保留：</translation>
    </message>
</context>
<context>
    <name>shopcrm::ImportsDialog</name>
    <message>
        <location filename="../ui/ImportsDialog.cpp" line="+19"/>
        <source>Imports</source>
        <translation>导入记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it did</source>
        <translation>导入内容</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Undone</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Undo the import…</source>
        <translation>撤销导入(&amp;U)…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 added, %2 updated, %3 skipped</source>
        <translation>新增 %1，更新 %2，跳过 %3</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+13"/>
        <location line="+2"/>
        <source>Undo the import</source>
        <translation>撤销导入</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Undo import %1 (%2)? The customers it added are removed and what it changed is put back; records edited since are kept as they are.</source>
        <translation>撤销导入 %1（%2）？它新增的客户将被删除，修改过的内容将被恢复；之后编辑过的记录保持不变。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 customers removed, %2 restored.</source>
        <translation>删除 %1 个客户，恢复 %2 个。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept, because they were changed since:</source>
        <translation>以下记录之后被修改过，予以保留：</translation>
    </message>
</context>
<context>
    <name>shopcrm::LinesEditor</name>
    <message>
        <location filename="../ui/LinesEditor.cpp" line="+161"/>
        <source>&amp;Add line</source>
        <translation>添加行(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a line</source>
        <translation>添加一行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Duplicate line</source>
        <translation>复制行</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the current line below it</source>
        <translation>将当前行复制到下方</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+239"/>
        <source>Delete line</source>
        <translation>删除行</translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Delete the current line</source>
        <translation>删除当前行</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move up</source>
        <translation>上移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the line up</source>
        <translation>将该行上移</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move down</source>
        <translation>下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the line down</source>
        <translation>将该行下移</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use &amp;last price</source>
        <translation>用上次价格(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Use the price this customer paid last time (Ctrl+L)</source>
        <translation>使用该客户上次的成交价 (Ctrl+L)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ite&amp;ms — Tab moves on, Tab after the last cell adds a line</source>
        <translation>明细(&amp;M) —— Tab 键移到下一格，在最后一格按 Tab 添加一行</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>%1: no earlier price for this customer.</source>
        <translation>%1：该客户以前没有买过。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>¥%1/%2 on %3 (%4)</source>
        <translation>¥%1/%2，%3（%4）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last prices for %1: %2 — Ctrl+L uses ¥%3</source>
        <translation>%1 的历史价格：%2 —— 按 Ctrl+L 使用 ¥%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>m² = %1</source>
        <translation>m² = %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter width and height to price by area, or the area itself as the quantity.</source>
        <translation>输入宽和高按面积计价，或直接把面积填为数量。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Unit price: %1</source>
        <translation>单价：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the agreed price is ¥%1/%2</source>
        <translation>协议价为 ¥%1/%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Delete line %1 (%2)?</source>
        <translation>删除第 %1 行（%2）？</translation>
    </message>
</context>
<context>
    <name>shopcrm::ListViews</name>
    <message>
        <location filename="../ui/ListViews.cpp" line="+101"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV，UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, GB18030 for older Excel (*.csv)</source>
        <translation>CSV，GB18030，适用于旧版 Excel (*.csv)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
</context>
<context>
    <name>shopcrm::MailMerge</name>
    <message>
        <location filename="../core/documents/MailMerge.cpp" line="+56"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="+96"/>
        <location line="+37"/>
        <location line="+70"/>
        <source>%1 %2 (recipient)</source>
        <translation>%1 %2 收</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Address labels</source>
        <translation>地址标签</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Envelopes</source>
        <translation>信封</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Letters</source>
        <translation>信函</translation>
    </message>
</context>
<context>
    <name>shopcrm::MailMergeDialog</name>
    <message>
        <location filename="../ui/MailMergeDialog.cpp" line="+34"/>
        <source>Labels, envelopes and letters</source>
        <translation>标签、信封和信函</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Address &amp;labels</source>
        <translation>地址标签(&amp;L)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Envelopes</source>
        <translation>信封(&amp;E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Le&amp;tters</source>
        <translation>信函(&amp;T)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dear {customer},

Thank you for working with us this year. Our shop stays open over the New Year: signs, banners and prints are made as usual.

Best wishes for the New Year,
{shop}</source>
        <translation>尊敬的{客户名称}：

感谢贵司一年来的支持。本店元旦期间照常营业，门头招牌、写真喷绘等照常制作。

恭祝新年快乐！
{店名}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>3 × 8 on A4 (70 × 37 mm)</source>
        <translation>A4 每张 3 × 8（70 × 37 毫米）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>2 × 7 on A4 (99.1 × 38.1 mm)</source>
        <translation>A4 每张 2 × 7（99.1 × 38.1 毫米）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>On a half-used sheet: the first free label, counted across then down</source>
        <translation>用过一部分的标签纸：第一张空白标签的位置，先横后竖数</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DL (220 × 110 mm)</source>
        <translation>DL（220 × 110 毫米）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C5 (229 × 162 mm)</source>
        <translation>C5（229 × 162 毫米）</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 个客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n without a postcode</source>
        <translation>
            <numerusform>%n 个没有邮政编码</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sheet</source>
        <translation>标签纸(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start at &amp;label</source>
        <translation>从第几张标签开始(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Si&amp;ze</source>
        <translation>尺寸(&amp;Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Te&amp;xt</source>
        <translation>正文(&amp;X)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pre&amp;view…</source>
        <translation>预览(&amp;V)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;DF…</source>
        <translation>PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>No such field: %1</source>
        <translation>没有这个字段：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Fields fine for %1.</source>
        <translation>%1 的字段都有内容。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has nothing for %2: left empty.</source>
        <translation>%1 的 %2 无内容：将留空。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Labels, envelopes and letters as PDF</source>
        <translation>标签、信封和信函存为 PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>envelopes</source>
        <translation>信封</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>labels</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>letters</source>
        <translation>信函</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>PDF not written</source>
        <translation>PDF 未写入</translation>
    </message>
</context>
<context>
    <name>shopcrm::MailSettingsDialog</name>
    <message>
        <location filename="../ui/MessageDialogs.cpp" line="+70"/>
        <source>Mail account</source>
        <translation>邮件账户</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. smtp.qiye.163.com</source>
        <translation>如 smtp.qiye.163.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SSL/TLS (usually port 465)</source>
        <translation>SSL/TLS（通常端口 465）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS (usually port 587)</source>
        <translation>STARTTLS（通常端口 587）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None (a local relay only)</source>
        <translation>不加密（仅限本地中继）</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+49"/>
        <location line="+74"/>
        <source>(saved; type to change)</source>
        <translation>（已保存；输入可更改）</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>&amp;Server</source>
        <translation>服务器(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort</source>
        <translation>端口(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;ecurity</source>
        <translation>加密方式(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word</source>
        <translation>密码(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send &amp;from</source>
        <translation>发件地址(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sender&apos;s &amp;name</source>
        <translation>发件人名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a &amp;test</source>
        <translation>发送测试邮件(&amp;T)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>ShopCRM test message</source>
        <translation>ShopCRM 测试邮件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop&apos;s mail account works.</source>
        <translation>本店的邮件账户可以正常使用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent to %1: look in that mailbox.</source>
        <translation>已发到 %1：请查看该邮箱。</translation>
    </message>
</context>
<context>
    <name>shopcrm::Mailer</name>
    <message>
        <location filename="../core/services/Mailer.cpp" line="+91"/>
        <source>Give the mail server.</source>
        <translation>请给出邮件服务器。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port is from 1 to 65535.</source>
        <translation>端口为 1 到 65535。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the address mail is sent from, like shop@example.com.</source>
        <translation>请给出发件地址，如 shop@example.com。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>The mail account is not set up (Settings ▸ Mail account…).</source>
        <translation>尚未设置邮件账户（设置 ▸ 邮件账户…）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>“%1”不是邮件地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>The mail library cannot start.</source>
        <translation>邮件组件无法启动。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The mail server did not take it: %1</source>
        <translation>邮件服务器没有接收：%1</translation>
    </message>
</context>
<context>
    <name>shopcrm::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="+63"/>
        <source>This database is open read-only: you can look and search, but changes cannot be saved. Check the file&apos;s permissions to edit.</source>
        <translation>此数据库以只读方式打开：可以查看和搜索，但不能保存修改。如需编辑，请检查文件权限。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+254"/>
        <source>ShopCRM</source>
        <translation>ShopCRM</translation>
    </message>
    <message>
        <location line="-202"/>
        <source>&amp;Customers</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+468"/>
        <source>&amp;Orders</source>
        <translation>订单(&amp;O)</translation>
    </message>
    <message>
        <location line="-468"/>
        <source>Follo&amp;w-ups</source>
        <translation>跟进(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Products &amp;&amp; staff</source>
        <translation>产品和人员(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ser&amp;vice</source>
        <translation>售后服务(&amp;V)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New &amp;customer</source>
        <translation>新建客户(&amp;C)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;order</source>
        <translation>新建订单(&amp;O)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>New follo&amp;w-up…</source>
        <translation>新建跟进(&amp;W)…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New q&amp;uote…</source>
        <translation>新建报价单(&amp;U)…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New ser&amp;vice request…</source>
        <translation>新建服务请求(&amp;V)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Find customer</source>
        <translation>查找客户(&amp;F)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products and staff</source>
        <translation>产品和人员</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Pa&amp;yments</source>
        <translation>收款(&amp;Y)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repo&amp;rts</source>
        <translation>报表(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sales</source>
        <translation>销售(&amp;S)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ca&amp;lendar</source>
        <translation>日程(&amp;L)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>New opportunit&amp;y…</source>
        <translation>新建销售机会(&amp;Y)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New &amp;task…</source>
        <translation>新建任务(&amp;T)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New &amp;appointment…</source>
        <translation>新建约会(&amp;A)…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Change my &amp;password…</source>
        <translation>修改我的密码(&amp;P)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Audit log…</source>
        <translation>操作日志(&amp;A)…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales pipeline</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Service requests</source>
        <translation>服务请求</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Calendar</source>
        <translation>日程</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Orders due today or overdue</source>
        <translation>今天到期或已逾期的订单</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+83"/>
        <location line="+5"/>
        <source>Reminders</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>&amp;Reminders</source>
        <translation>提醒(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+424"/>
        <location line="+57"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="-477"/>
        <source>Signed in: %1 (%2)</source>
        <translation>已登录：%1（%2）</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+4"/>
        <source>Reminders (%1)</source>
        <translation>提醒（%1）</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>Scheduled backup</source>
        <translation>计划备份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s backup is encrypted. Its passphrase:</source>
        <translation>今天的备份需要加密，请输入口令：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today&apos;s backup was not taken: it needs the passphrase.</source>
        <translation>今天的备份没有进行：需要口令。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The scheduled backup failed: %1</source>
        <translation>计划备份失败：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backed up to %1 (checked).</source>
        <translation>已备份到 %1（已校验）。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The pool&apos;s rules could not be applied: %1</source>
        <translation>未能执行公海规则：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n customer(s) went back to the public pool.</source>
        <translation>
            <numerusform>%n 位客户已退回公海。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>No unfinished orders are due today.</source>
        <translation>今天没有到期的未完成订单。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln order(s) due today</source>
        <translation>
            <numerusform>今天到期 %Ln 个订单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>逾期 %Ln 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ %1 — show them</source>
        <translation>⚠ %1 —— 点击查看</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Orders (%1)</source>
        <translation>订单(&amp;O)（%1）</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>The shared folder cannot be reached — retrying. Your open forms keep what you typed; save again once it is back.</source>
        <translation>无法访问共享文件夹，正在重试。已打开的表单会保留您输入的内容，恢复后请再次保存。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No other desk online</source>
        <translation>没有其他电脑在线</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also online: %1</source>
        <translation>同时在线：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open follow-up</source>
        <translation>无法打开跟进记录</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>and %n more</source>
        <translation>
            <numerusform>另外还有 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reminder(s) now due</source>
        <translation>
            <numerusform>%n 条提醒已到期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::MergeDialog</name>
    <message>
        <location filename="../ui/MergeDialog.cpp" line="+22"/>
        <source>Merge two customers</source>
        <translation>合并两个客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Keep %1 (No. %2)</source>
        <translation>保留 %1（编号 %2）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Record that stays</source>
        <translation>保留的记录</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>both</source>
        <translation>两者都要</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>&amp;Merge</source>
        <translation>合并(&amp;M)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1 has no contacts, orders, follow-ups or payments; it is removed.</source>
        <translation>%1 没有联系人、订单、跟进或收款，将被删除。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves to the record that stays: %1. Then %2 is removed.</source>
        <translation>移到保留的记录：%1。之后删除 %2。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Merge %1 into %2? You can undo it afterwards in the list of merges.</source>
        <translation>把 %1 并入 %2？之后可在合并记录中撤销。</translation>
    </message>
</context>
<context>
    <name>shopcrm::MergeFieldButton</name>
    <message>
        <location filename="../ui/MergeFieldButton.cpp" line="+15"/>
        <source>&amp;Insert field</source>
        <translation>插入字段(&amp;I)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>shopcrm::MergeTemplate</name>
    <message>
        <location filename="../core/domain/MergeTemplate.cpp" line="+27"/>
        <source>The customer&apos;s name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their main contact</source>
        <translation>主要联系人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their phone number</source>
        <translation>联系电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their address, region first</source>
        <translation>地址（省市区在前）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Their postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What they owe now</source>
        <translation>当前欠款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The order&apos;s number (their latest unfinished one)</source>
        <translation>订单号（最近一张未完成的订单）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When that order is due</source>
        <translation>该订单的交货时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>That order&apos;s total</source>
        <translation>该订单的金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today&apos;s date</source>
        <translation>今天的日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The shop&apos;s name</source>
        <translation>本店名称</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>MMMM d, yyyy</source>
        <comment>the date format of letters</comment>
        <translation>yyyy年M月d日</translation>
    </message>
</context>
<context>
    <name>shopcrm::MessageDialog</name>
    <message>
        <location filename="../ui/MessageDialogs.cpp" line="+200"/>
        <source>A message from {shop}</source>
        <translation>{店名}的消息</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dear {contact},



{shop}</source>
        <translation>{联系人}您好：



{店名}</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+300"/>
        <source>Send a message</source>
        <translation>发送消息</translation>
    </message>
    <message>
        <location line="-280"/>
        <source>By &amp;e-mail</source>
        <translation>邮件(&amp;E)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>By text &amp;message</source>
        <translation>短信(&amp;M)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the provider&apos;s template code, e.g. SMS_276395012</source>
        <translation>服务商的模板代码，如 SMS_276395012</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>收件地址</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fields left empty</source>
        <translation>空白的字段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Send</source>
        <translation>发送方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject</source>
        <translation>主题(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text</source>
        <translation>正文(&amp;T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mail &amp;account…</source>
        <translation>邮件账户(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS acc&amp;ount…</source>
        <translation>短信账户(&amp;O)…</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Tell the customer the order is ready</source>
        <translation>通知客户订单已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind the customer of the payment</source>
        <translation>提醒客户付款</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Have the provider approve this template: %1</source>
        <translation>请在服务商处报审此模板：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n character(s) for the first customer, signature included</source>
        <translation>
            <numerusform>第一位客户 %n 个字（含签名）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>sent as %n message(s)</source>
        <translation>
            <numerusform>按 %n 条计费</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ready</source>
        <translation>可发送</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent: %1</source>
        <translation>未发出：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Text</source>
        <translation>短信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>邮件</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n e-mail(s)</source>
        <translation>
            <numerusform>%n 封邮件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n text message(s)</source>
        <translation>
            <numerusform>%n 条短信</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose how to send: by e-mail, by text message or both.</source>
        <translation>请选择发送方式：邮件、短信或两者。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Ready to go to %n customer(s): %1.</source>
        <translation>
            <numerusform>可发给 %n 位客户：%1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Set up the shop&apos;s SMS account first (SMS account…).</source>
        <translation>请先设置本店的短信账户（短信账户…）。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Send %n message(s) now?</source>
        <translation>
            <numerusform>现在发送 %n 条消息吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Your role may not send messages to customers.</source>
        <translation>您的角色不能给客户发送消息。</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>No such field: %1</source>
        <translation>没有这个字段：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Text message to %1 (%2)

%3</source>
        <translation>短信发往 %1（%2）

%3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To: %1 &lt;%2&gt;
Subject: %3

%4</source>
        <translation>收件人：%1 &lt;%2&gt;
主题：%3

%4</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Set up the shop&apos;s mail account first (Mail account…).</source>
        <translation>请先设置本店的邮件账户（邮件账户…）。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 sent, %2 not sent, %3 sent before.</source>
        <translation>已发送 %1 封，未发出 %2 封，之前已发送 %3 封。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send again to retry those not sent.</source>
        <translation>再次发送即可重试未发出的。</translation>
    </message>
</context>
<context>
    <name>shopcrm::Messages</name>
    <message>
        <location filename="../core/services/Messages.cpp" line="+122"/>
        <source>Your order {order} is ready</source>
        <translation>您的订单{订单号}已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dear {contact}, your order {order} is ready. You are welcome to collect it. {shop}</source>
        <translation>{联系人}您好，您的订单{订单号}已制作完成，欢迎前来取货。{店名}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your balance with {shop}</source>
        <translation>{店名}对账提醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dear {contact}, {customer} has {balance} yuan outstanding with us. Please arrange the payment. {shop}</source>
        <translation>{联系人}您好，贵方（{客户名称}）目前尚有欠款{欠款}元，烦请安排付款。{店名}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Write the message.</source>
        <translation>请填写消息内容。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>These are no fields: %1.</source>
        <translation>以下不是字段：%1。</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>No e-mail address.</source>
        <translation>没有邮件地址。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not an e-mail address.</source>
        <translation>“%1”不是邮件地址。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No mobile number.</source>
        <translation>没有手机号码。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name the batch.</source>
        <translation>请给批次起个名称。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail is not set up.</source>
        <translation>尚未设置邮件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text messages are not set up.</source>
        <translation>尚未设置短信。</translation>
    </message>
</context>
<context>
    <name>shopcrm::Money</name>
    <message>
        <location filename="../core/domain/Money.cpp" line="+117"/>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An amount has at most two decimals (fen).</source>
        <translation>金额最多两位小数（到分）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount is larger than %1.</source>
        <translation>金额超过了 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not an amount of money.</source>
        <translation>“%1”不是有效金额。</translation>
    </message>
</context>
<context>
    <name>shopcrm::NoticesDialog</name>
    <message>
        <location filename="../ui/MessageDialogs.cpp" line="-376"/>
        <source>Notices</source>
        <translation>通知</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>e.g. SMS_276395012</source>
        <translation>如 SMS_276395012</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Restore the program&apos;s text</source>
        <translation>恢复程序自带的文字(&amp;R)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>E-mail &amp;subject</source>
        <translation>邮件主题(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text</source>
        <translation>正文(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS template &amp;code</source>
        <translation>短信模板代码(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order ready</source>
        <translation>订单完成</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Payment due</source>
        <translation>付款提醒</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the customer is sent when their order is ready, and when a payment is due: from the order, or from the reminders.</source>
        <translation>订单完成时和需要付款时发给客户的内容：可从订单或提醒中发送。</translation>
    </message>
</context>
<context>
    <name>shopcrm::NumberPattern</name>
    <message>
        <location filename="../core/domain/NumberPattern.cpp" line="+18"/>
        <source>Enter a number pattern, for example %1.</source>
        <translation>请输入编号规则，例如 %1。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Unknown part {%1} in the number pattern; use {yyyy}, {yy}, {MM}, {dd} and {seq:N}.</source>
        <translation>编号规则中有未知部分 {%1}；可用 {yyyy}、{yy}、{MM}、{dd} 和 {seq:N}。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The number pattern needs exactly one {seq} or {seq:N} for the running number.</source>
        <translation>编号规则必须包含且只包含一个流水号 {seq} 或 {seq:N}。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The number pattern has an unmatched brace.</source>
        <translation>编号规则中有不配对的大括号。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>A counter that restarts %1 needs the pattern to show that period; with this pattern numbers would repeat.</source>
        <translation>计数若%1重新开始，编号规则中必须包含相应的日期部分；按此规则编号会重复。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>every day</source>
        <translation>每天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every month</source>
        <translation>每月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every year</source>
        <translation>每年</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
</context>
<context>
    <name>shopcrm::OpportunityDialog</name>
    <message>
        <location filename="../ui/OpportunityDialog.cpp" line="+45"/>
        <source>Opportunity: %1</source>
        <translation>销售机会：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New opportunity</source>
        <translation>新建销售机会</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>What the sale is, e.g. shop sign for the new branch</source>
        <translation>这笔生意是什么，例如：新分店门头招牌</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the customer asked for: sizes, materials, quantities…</source>
        <translation>客户的需求：尺寸、材质、数量……</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Con&amp;tact:</source>
        <translation>联系人(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wanted:</source>
        <translation>需求(&amp;W)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Amount:</source>
        <translation>金额(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Stage:</source>
        <translation>阶段(&amp;S)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Probability:</source>
        <translation>概率(&amp;P)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>So&amp;urce:</source>
        <translation>来源(&amp;U)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Campai&amp;gn:</source>
        <translation>营销活动(&amp;G)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Co&amp;mpetitor:</source>
        <translation>竞争对手(&amp;M)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next step:</source>
        <translation>下一步(&amp;N)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Lost because:</source>
        <translation>丢单原因(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No&amp;tes:</source>
        <translation>备注(&amp;T)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>What is wanted, as products: a quote for it starts from these lines</source>
        <translation>以产品列出的需求：为它写报价单时从这些明细开始</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The stages it went through</source>
        <translation>经历过的阶段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage &amp;history</source>
        <translation>阶段历史(&amp;H)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quote…</source>
        <translation>报价(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a quote for this opportunity; its amount follows the quote</source>
        <translation>为这个销售机会写报价单；机会金额随报价单变化</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Weighted: %1</source>
        <translation>加权：%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Your role does not see amounts.</source>
        <translation>您的角色看不到金额。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Products (%1)</source>
        <translation>产品明细(&amp;P)（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Products</source>
        <translation>产品明细(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Files (%1)</source>
        <translation>附件(&amp;F)（%1）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Files</source>
        <translation>附件(&amp;F)</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Delete opportunity?</source>
        <translation>删除销售机会？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the opportunity &quot;%1&quot; and its stage history? The audit log keeps a copy.</source>
        <translation>删除销售机会“%1”及其阶段记录？审计日志会保留一份副本。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This opportunity has changes that are not saved. Close it and lose them?</source>
        <translation>此销售机会有未保存的修改。关闭并放弃这些修改？</translation>
    </message>
</context>
<context>
    <name>shopcrm::OpportunityListModel</name>
    <message>
        <location filename="../ui/PipelinePage.cpp" line="+94"/>
        <source>Expected close</source>
        <translation>预计成交</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opportunity</source>
        <translation>销售机会</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
</context>
<context>
    <name>shopcrm::OpportunityRepository</name>
    <message>
        <location filename="../core/store/OpportunityRepository.cpp" line="+258"/>
        <source>There is no stage with id %1.</source>
        <translation>没有编号为 %1 的阶段。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Every stage needs a name.</source>
        <translation>每个阶段都要有名称。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two stages are called &quot;%1&quot;.</source>
        <translation>有两个阶段都叫“%1”。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The probability of &quot;%1&quot; is not between 0 and 100.</source>
        <translation>“%1”的概率不在 0 到 100 之间。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The pipeline needs at least one open stage, one won stage and one lost stage.</source>
        <translation>销售漏斗至少要有一个进行中阶段、一个成交阶段和一个丢单阶段。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Another desk changed the stages after you opened them. Nothing was saved: open them again.</source>
        <translation>在您打开之后，另一台电脑修改了阶段。未保存任何内容：请重新打开。</translation>
    </message>
    <message>
        <location line="+87"/>
        <location line="+148"/>
        <location line="+16"/>
        <source>This opportunity was deleted by another desk.</source>
        <translation>此销售机会已被另一台电脑删除。</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>%1 changed this opportunity at %2, after you opened it. Nothing was saved: reload to see their changes, then enter yours again.</source>
        <translation>%1 在您打开之后于 %2 修改了此销售机会。未保存任何内容：请重新载入查看对方的修改，再输入您的修改。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>There is no customer with id %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Each opportunity needs its moves, ending in its stage.</source>
        <translation>每个销售机会都要有阶段记录，最后一条为其当前阶段。</translation>
    </message>
    <message>
        <location line="+176"/>
        <source>There is no opportunity with id %1.</source>
        <translation>没有编号为 %1 的销售机会。</translation>
    </message>
</context>
<context>
    <name>shopcrm::OpportunityRules</name>
    <message>
        <location filename="../core/domain/Opportunity.cpp" line="+50"/>
        <location line="+15"/>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+14"/>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Open</source>
        <comment>opportunity</comment>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First contact</source>
        <translation>初步接洽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Needs confirmed</source>
        <translation>需求确认</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoted</source>
        <translation>已报价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Negotiation</source>
        <translation>议价</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Price too high</source>
        <translation>价格太高</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivery too late</source>
        <translation>交期太长</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Went to a competitor</source>
        <translation>选择了竞争对手</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget cut</source>
        <translation>预算取消</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No reply</source>
        <translation>客户无回复</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Walk-in</source>
        <translation>上门</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Referral</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Website</source>
        <translation>网站</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exhibition</source>
        <translation>展会</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flyer</source>
        <translation>传单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Existing customer</source>
        <translation>老客户</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the customer.</source>
        <translation>请选择客户。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the opportunity a title, for example &quot;Shop sign for the new branch&quot;.</source>
        <translation>请给销售机会起个标题，例如“新分店门头招牌”。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The probability is a percentage from 0 to 100.</source>
        <translation>概率是 0 到 100 之间的百分数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say why it was lost: it is what the lost reasons report counts.</source>
        <translation>请写明丢单原因：丢单原因报表按此统计。</translation>
    </message>
</context>
<context>
    <name>shopcrm::OrderChoices</name>
    <message>
        <location filename="../ui/OrderChoices.h" line="+21"/>
        <location line="+20"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Campaign %1</source>
        <translation>营销活动 %1</translation>
    </message>
</context>
<context>
    <name>shopcrm::OrderEditorDialog</name>
    <message>
        <location filename="../ui/OrderEditorDialog.cpp" line="+105"/>
        <source>D&amp;ue</source>
        <translation>交货(&amp;U)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What the job is, e.g. shop sign</source>
        <translation>做什么活，例如：门头招牌</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Walk-in</source>
        <translation>进店</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returning customer</source>
        <translation>老客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Online</source>
        <translation>网络</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Con&amp;tact</source>
        <translation>联系人(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deli&amp;very address</source>
        <translation>送货地址(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Order date</source>
        <translation>下单时间(&amp;O)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>T&amp;itle</source>
        <translation>标题(&amp;I)</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+11"/>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Role</source>
        <translation>岗位</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assign staff</source>
        <translation>分配人员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unscheduled</source>
        <translation>未安排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start production</source>
        <translation>开始制作</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark done</source>
        <translation>标记完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark delivered</source>
        <translation>标记已送货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel order…</source>
        <translation>取消订单…</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Ne&amp;w customer…</source>
        <translation>新建客户(&amp;W)…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Ur&amp;gent</source>
        <translation>加急(&amp;G)</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Sourc&amp;e</source>
        <translation>来源(&amp;E)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The campaign this order came from; none: the customer&apos;s counts</source>
        <translation>此订单来自的营销活动；不选则按客户的来源活动计算</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Won &amp;by campaign</source>
        <translation>来源活动(&amp;B)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Reopen…</source>
        <translation>重新打开…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amount and status</source>
        <translation>金额和状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit &amp;received</source>
        <translation>已收定金(&amp;R)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pa&amp;yment…</source>
        <translation>收款(&amp;Y)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record money received for this order, or a refund</source>
        <translation>记录此订单的收款或退款</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Save and close</source>
        <translation>保存并关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter or Ctrl+Return</source>
        <translation>Enter 或 Ctrl+Return</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save and keep the order open (Ctrl+S)</source>
        <translation>保存并保持订单打开 (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Work order…</source>
        <translation>制作单(&amp;W)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the work order for the workshop (Ctrl+P)</source>
        <translation>打印给车间的制作单 (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deli&amp;very slip…</source>
        <translation>送货单(&amp;V)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A delivery slip for all or part of what is not delivered yet</source>
        <translation>为尚未送货的全部或部分内容开送货单</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Follow-up…</source>
        <translation>跟进…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a contact with the customer about this order (Ctrl+Shift+F)</source>
        <translation>记录一次与客户关于此订单的联系（Ctrl+Shift+F）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Duplicate as new</source>
        <translation>复制为新订单</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>New order — numbered when saved</source>
        <translation>新订单 —— 保存时生成单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New order</source>
        <translation>新建订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+242"/>
        <source>Order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>%1 printed again (copy %2)</source>
        <translation>%1 补打（第 %2 次）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 printed</source>
        <translation>已打印%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>created by %1</source>
        <translation>%1 创建</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>from quote %1</source>
        <translation>来自报价单 %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>service: %1</source>
        <translation>售后：%1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Your role (%1) may not change orders.</source>
        <translation>您的角色（%1）不能修改订单。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your role (%1) does not see prices: the order is shown without them, and its status can be changed here.</source>
        <translation>您的角色（%1）看不到价格：订单显示时不含价格，可以在这里修改订单状态。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database is open read-only; this order cannot be changed.</source>
        <translation>数据库以只读方式打开，此订单不能修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This order is %1 and read-only. Reopen it to make changes.</source>
        <translation>此订单%1，只读。如需修改，请先重新打开。</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Paid ¥%1 · cancelled, nothing due</source>
        <translation>已收 ¥%1 · 已取消，无应收</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: paid ¥%2 · due ¥%3</source>
        <translation>%1：已收 ¥%2 · 应收 ¥%3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>due after deposit ¥%1</source>
        <translation>扣除定金后应收 ¥%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Deposit: %1</source>
        <translation>定金：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pick &quot;%1&quot; from the list, or create it as a new customer.</source>
        <translation>请从列表中选择“%1”，或将其新建为客户。</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+38"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This order has changes that are not saved. Close it and lose them?</source>
        <translation>此订单有未保存的修改。关闭并放弃这些修改吗？</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cancel order</source>
        <translation>取消订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why is order %1 cancelled?</source>
        <translation>订单 %1 取消的原因？</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Status not changed</source>
        <translation>状态未更改</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reopen order</source>
        <translation>重新打开订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is order %1 reopened?</source>
        <translation>为什么重新打开订单 %1？</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not reopened</source>
        <translation>未重新打开</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Duplicate</source>
        <translation>复制</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Save the changes to this order first?</source>
        <translation>先保存对此订单的修改吗？</translation>
    </message>
</context>
<context>
    <name>shopcrm::OrderImport</name>
    <message>
        <location filename="../core/services/OrderImport.cpp" line="+40"/>
        <source>Order number</source>
        <translation>订单号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spec / material</source>
        <translation>规格/材料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Width (mm)</source>
        <translation>宽（毫米）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Height (mm)</source>
        <translation>高（毫米）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>已收</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>交货时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+178"/>
        <source>row %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the order has no date</source>
        <translation>订单没有日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a date</source>
        <translation>“%1”不是日期</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>due &quot;%1&quot; is not a date</source>
        <translation>交货时间“%1”不是日期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>status &quot;%1&quot; is not one of ours</source>
        <translation>状态“%1”无法识别</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the order names no customer</source>
        <translation>订单没有写客户</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>another customer (%1) than the order&apos;s first row</source>
        <translation>客户（%1）与订单第一行不同</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 &quot;%2&quot; is not a size in millimetres</source>
        <translation>%1“%2”不是以毫米为单位的尺寸</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>quantity &quot;%1&quot;: %2</source>
        <translation>数量“%1”：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unit price &quot;%1&quot;: %2</source>
        <translation>单价“%1”：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>amount &quot;%1&quot;: %2</source>
        <translation>金额“%1”：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the amount is %1, but the line comes to %2 at %3</source>
        <translation>金额为 %1，但按单价 %3 计算应为 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the line has no product</source>
        <translation>该行没有品名</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>paid &quot;%1&quot;: %2</source>
        <translation>已收“%1”：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>below zero</source>
        <translation>小于零</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>paid %1 is more than the order&apos;s total %2</source>
        <translation>已收 %1 超过订单合计 %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>there is an order numbered %1 already</source>
        <translation>已有订单号为 %1 的订单</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n order(s) have errors; nothing was imported. Correct them and try again.</source>
        <translation>
            <numerusform>有 %n 个订单出错，没有导入任何数据。请改正后重试。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+45"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，没有导入任何数据。</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>imported with order %1</source>
        <translation>随订单 %1 导入</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>payment %1 was changed after the import</source>
        <translation>收款 %1 在导入后被修改过</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>order %1 was changed after the import</source>
        <translation>订单 %1 在导入后被修改过</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>order %1: %2</source>
        <translation>订单 %1：%2</translation>
    </message>
</context>
<context>
    <name>shopcrm::OrderInput</name>
    <message>
        <location filename="../core/services/OrderInput.cpp" line="+111"/>
        <source>There is no customer with id %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no customer named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的客户。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n customers are named &quot;%1&quot;; give the customer&apos;s id instead.</source>
        <translation>
            <numerusform>有 %n 个客户名为“%1”，请改用客户编号。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the customer as an id or an exact name.</source>
        <translation>请以编号或准确名称给出客户。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a date and time (use 2026-11-20T10:30).</source>
        <translation>“%1”不是有效的日期时间（格式如 2026-11-20T10:30）。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no campaign with id %1.</source>
        <translation>没有编号为 %1 的营销活动。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Deposit: </source>
        <translation>定金：</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is no staff member named &quot;%1&quot;; add them first (shopcrm-cli staff add --name …).</source>
        <translation>没有名为“%1”的员工，请先添加（shopcrm-cli staff add --name …）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Unknown role &quot;%1&quot;; use designer, production, installer, sales or other.</source>
        <translation>未知岗位“%1”；可用 designer、production、installer、sales 或 other。</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
</context>
<context>
    <name>shopcrm::OrderLinesModel</name>
    <message>
        <location filename="../ui/OrderLinesModel.cpp" line="+49"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 m² = %2</source>
        <translation>%1 m² = %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>A size is a whole number of millimetres, up to 100,000.</source>
        <translation>尺寸是以毫米为单位的整数，最大 100,000。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material / process</source>
        <translation>材质 / 工艺</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Width mm</source>
        <translation>宽 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Height mm</source>
        <translation>高 mm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>优惠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>m²</source>
        <translation>m²</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outsourced to</source>
        <translation>外协厂家</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outsourcing cost</source>
        <translation>外协成本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>已送货</translation>
    </message>
</context>
<context>
    <name>shopcrm::OrderListModel</name>
    <message>
        <location filename="../ui/OrderListModel.cpp" line="+66"/>
        <source>%1 (urgent)</source>
        <translation>%1 急</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Overdue since %1</source>
        <translation>自 %1 起逾期</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 · due %2</source>
        <translation>%1 · 应收 %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit</source>
        <translation>定金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>交货时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created by</source>
        <translation>录单人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>收款</translation>
    </message>
</context>
<context>
    <name>shopcrm::OrderListPage</name>
    <message>
        <location filename="../ui/OrderListPage.cpp" line="+43"/>
        <source>Unfinished</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any due date</source>
        <translation>不限交货时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due today</source>
        <translation>今天到期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due today or overdue</source>
        <translation>今天到期或已逾期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due this week</source>
        <translation>本周到期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Urgent only</source>
        <translation>只看加急(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ordered from</source>
        <translation>下单日期从</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Every customer</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New order</source>
        <translation>新建订单(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New order (Ctrl+N)</source>
        <translation>新建订单 (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Duplicate</source>
        <translation>复制(&amp;D)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A new order with the same customer, lines and staff</source>
        <translation>按相同客户、明细和人员新建订单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change &amp;status</source>
        <translation>更改状态(&amp;S)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Print</source>
        <translation>打印(&amp;P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work order…</source>
        <translation>制作单…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delivery slip for the selected orders…</source>
        <translation>为所选订单开送货单…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Statement for this customer…</source>
        <translation>该客户的对账单…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>No&amp;tify</source>
        <translation>通知客户(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tell the customer by e-mail or text message</source>
        <translation>用邮件或短信通知客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The order is ready…</source>
        <translation>订单已完成…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payment is due…</source>
        <translation>需要付款…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The orders as listed, with the columns shown, to Excel or CSV</source>
        <translation>按当前列表及显示的列导出到 Excel 或 CSV</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order history from another program&apos;s spreadsheet</source>
        <translation>从其他软件导出的表格导入历史订单</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Counting the orders…</source>
        <translation>正在统计订单数…</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln order(s) · total %1 · deposits %2</source>
        <translation>
            <numerusform>%Ln 个订单 · 合计 %1 · 定金 %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln 个订单</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>All staff</source>
        <translation>全部人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (inactive)</source>
        <translation>%1（离职）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Showing the orders behind: %1 — click here to go back to the filters</source>
        <translation>正在显示：%1 的订单 —— 点此返回筛选</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Not allowed</source>
        <translation>没有权限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Your role (%1) does not take orders.</source>
        <translation>您的角色（%1）不能接单。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This database is open read-only; orders cannot be added.</source>
        <translation>数据库以只读方式打开，不能添加订单。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cannot open order</source>
        <translation>无法打开订单</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cannot duplicate</source>
        <translation>无法复制</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancel orders</source>
        <translation>取消订单</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Why are %n order(s) cancelled?</source>
        <translation>
            <numerusform>这 %n 个订单取消的原因？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+30"/>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Give a reason for cancelling.</source>
        <translation>请填写取消原因。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change status</source>
        <translation>更改状态</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Set %n order(s) to &quot;%1&quot;?</source>
        <translation>
            <numerusform>将 %n 个订单设为“%1”？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Some orders were left as they were</source>
        <translation>部分订单未更改</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export orders</source>
        <translation>导出订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>orders-%1</source>
        <translation>订单-%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exporting orders…</source>
        <translation>正在导出订单…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %Ln order(s) to %1.</source>
        <translation>
            <numerusform>已导出 %Ln 个订单到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::OrderRepository</name>
    <message>
        <location filename="../core/store/OrderRepository.cpp" line="+95"/>
        <source>The order has no number.</source>
        <translation>订单没有单号。</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+121"/>
        <source>There is no customer with id %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>There is an order numbered %1 already.</source>
        <translation>已有订单号为 %1 的订单。</translation>
    </message>
    <message>
        <location line="+172"/>
        <location line="+41"/>
        <source>Order %1 no longer exists.</source>
        <translation>订单 %1 已不存在。</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a deposit</source>
        <translation>定金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delivery slips</source>
        <translation>送货单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printed documents</source>
        <translation>打印记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it has %1 now; it was kept</source>
        <translation>它现在有%1，已保留</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 changed order %2 at %3, after you opened it. Nothing was saved; your entries are still in the form. Reload to see their version, or copy your changes first.</source>
        <translation>%1 在您打开之后于 %3 修改了订单 %2。未保存任何内容，您输入的内容仍在表单中。可重新载入查看对方的版本，或先复制您的修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What differs:</source>
        <translation>不同之处：</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Order %1 is %2 and cannot be changed; reopen it first.</source>
        <translation>订单 %1 %2，不能修改；请先重新打开。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Payments from %1 are recorded on order %2; it cannot move to another customer.</source>
        <translation>订单 %2 上记有 %1 的付款，不能改到其他客户名下。</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>%1 has been delivered (%2) and cannot be removed from the order.</source>
        <translation>%1 已送货（%2），不能从订单中删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: %2 were delivered already; the quantity cannot be less.</source>
        <translation>第 %1 行：已送货 %2，数量不能少于此数。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 changed order %2 at %3 (it is now %4). Nothing was changed; look at it again.</source>
        <translation>%1 于 %3 修改了订单 %2（现在为%4）。未做任何更改，请重新查看。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Order %1 is not delivered or cancelled, so there is nothing to reopen.</source>
        <translation>订单 %1 未送货也未取消，无需重新打开。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 is %2; reopen it before changing its status.</source>
        <translation>订单 %1 %2；请先重新打开再更改状态。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give a reason for cancelling the order.</source>
        <translation>请填写取消订单的原因。</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+289"/>
        <source>%1 is not on the staff list.</source>
        <translation>%1 不在员工名单中。</translation>
    </message>
    <message>
        <location line="-104"/>
        <location line="+238"/>
        <source>There is no order with id %1.</source>
        <translation>没有编号为 %1 的订单。</translation>
    </message>
</context>
<context>
    <name>shopcrm::OrderRules</name>
    <message>
        <location filename="../core/domain/Order.cpp" line="+50"/>
        <source>Unscheduled</source>
        <translation>未安排</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In production</source>
        <translation>进行中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <comment>order status</comment>
        <translation>已完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>已送货</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>width × height × quantity, rounded half up to 0.001 m²</source>
        <translation>宽 × 高 × 数量，四舍五入到 0.001 m²</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Choose the customer this order is for.</source>
        <translation>请选择此订单的客户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the order date.</source>
        <translation>请输入下单日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The due date is before the order date.</source>
        <translation>交货时间早于下单时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An order needs at least one line.</source>
        <translation>订单至少需要一行明细。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1: </source>
        <translation>第 %1 行：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enter a product or a description.</source>
        <translation>请输入产品或说明。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the quantity must be more than zero.</source>
        <translation>数量必须大于零。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a width or height cannot be negative.</source>
        <translation>宽或高不能为负数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enter both width and height for a price by area, or neither.</source>
        <translation>按面积计价请同时输入宽和高，或都不填。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unit price cannot be negative.</source>
        <translation>单价不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the discount cannot be negative.</source>
        <translation>优惠不能为负数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the outsourcing cost cannot be negative.</source>
        <translation>外协成本不能为负数。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the amount is larger than %1.</source>
        <translation>金额超过了 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the discount is larger than the line amount.</source>
        <translation>优惠大于该行金额。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order total is larger than %1.</source>
        <translation>订单合计超过了 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deposit cannot be negative.</source>
        <translation>定金不能为负数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The deposit (%1) is more than the order total (%2).</source>
        <translation>定金（%1）超过了订单合计（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give a reason for cancelling the order.</source>
        <translation>请填写取消订单的原因。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: theirs &quot;%2&quot;, yours &quot;%3&quot;</source>
        <translation>%1：对方“%2”，您“%3”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>Delivery address</source>
        <translation>送货地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>交货时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Urgent</source>
        <translation>加急</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deposit</source>
        <translation>定金</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>(no line)</source>
        <translation>（无此行）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
</context>
<context>
    <name>shopcrm::PageFormat</name>
    <message>
        <location filename="../core/documents/PageFormat.cpp" line="+34"/>
        <source>A4 portrait</source>
        <translation>A4 纵向</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A5 portrait</source>
        <translation>A5 纵向</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continuous form %1 × %2 mm</source>
        <translation>连续纸 %1 × %2 mm</translation>
    </message>
</context>
<context>
    <name>shopcrm::PaymentDialog</name>
    <message>
        <location filename="../ui/PaymentDialog.cpp" line="+95"/>
        <source>This is the deposit of an order: its amount and date change on the order.</source>
        <translation>这是订单的定金：金额和日期请在订单上修改。</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+228"/>
        <source>Payment %1</source>
        <translation>收款 %1</translation>
    </message>
    <message>
        <location line="-228"/>
        <source>New payment</source>
        <translation>新建收款</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. 1,200.00; negative for a refund</source>
        <translation>例如 1,200.00；退款填负数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The shop&apos;s account it went into, e.g. 对公 招商银行 …1234</source>
        <translation>收到本店哪个账户，例如 对公 招商银行 …1234</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Transfer or cheque number</source>
        <translation>转账流水号或支票号</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>交货时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This payment</source>
        <translation>本次收款</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>C&amp;ustomer</source>
        <translation>客户(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;gainst</source>
        <translation>对应(&amp;G)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount</source>
        <translation>金额(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method</source>
        <translation>方式(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acc&amp;ount</source>
        <translation>账户(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Handled by</source>
        <translation>经手人(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ference</source>
        <translation>凭证号(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund &amp;reason</source>
        <translation>退款原因(&amp;R)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save (Ctrl+Return)</source>
        <translation>保存（Ctrl+回车）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>On account — the oldest unpaid orders first</source>
        <translation>记入账户 —— 先冲最早的未付订单</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — due %2</source>
        <translation>%1 —— 应收 %2</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not put on any order.</source>
        <translation>未冲任何订单。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Settles: %1</source>
        <translation>冲抵：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 more than is put on orders: it stays on the account as credit.</source>
        <translation>比冲抵订单的金额多 %1：留在账户上作为预收款。</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Amount: %1</source>
        <translation>金额：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not saved: another desk changed this payment.</source>
        <translation>未保存：其他电脑修改了这笔收款。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>More than is due</source>
        <translation>超过应收金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the difference as credit?</source>
        <translation>把差额留作预收款吗？</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete payment?</source>
        <translation>删除收款？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete payment %1 of %2? The orders it settled become due again. The audit log keeps a copy.</source>
        <translation>删除收款 %1（%2）？它冲抵的订单将重新变为应收。审计日志会保留一份副本。</translation>
    </message>
</context>
<context>
    <name>shopcrm::PaymentListModel</name>
    <message>
        <location filename="../ui/PaymentListPage.cpp" line="+64"/>
        <source>%1 (deposit)</source>
        <translation>%1（定金）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refund: %1</source>
        <translation>退款：%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders settled</source>
        <translation>冲抵订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>预收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handled by</source>
        <translation>经手人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>shopcrm::PaymentListPage</name>
    <message>
        <location line="+15"/>
        <source>Any customer</source>
        <translation>任意客户</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any method</source>
        <translation>任意方式</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any time</source>
        <translation>任意时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last month</source>
        <translation>上个月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From … to …</source>
        <translation>从 … 到 …</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;New payment</source>
        <translation>新建收款(&amp;N)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record money received, or a refund (Ctrl+N)</source>
        <translation>记录收款或退款（Ctrl+N）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Terms</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>0–30 days</source>
        <translation>0–30 天</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60 days</source>
        <translation>31–60 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>61–90 days</source>
        <translation>61–90 天</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Over 90 days</source>
        <translation>90 天以上</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credit</source>
        <translation>预收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owes</source>
        <translation>欠款</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Statement…</source>
        <translation>对账单(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected customer&apos;s statement of account (Enter)</source>
        <translation>选中客户的对账单（回车）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Payments received</source>
        <translation>收款记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receivables</source>
        <translation>应收账款</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Counting the payments…</source>
        <translation>正在统计收款笔数…</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+2"/>
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln 笔收款</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Reading what customers owe…</source>
        <translation>正在读取客户欠款…</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%Ln customer(s) owe %1, of which %2 is past due</source>
        <translation>
            <numerusform>%Ln 个客户欠款 %1，其中逾期 %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot open payment</source>
        <translation>无法打开收款</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export payments</source>
        <translation>导出收款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>payments-%1</source>
        <translation>收款-%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exporting payments…</source>
        <translation>正在导出收款…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Exported %Ln payment(s) to %1.</source>
        <translation>
            <numerusform>已导出 %Ln 笔收款到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export receivables</source>
        <translation>导出应收账款</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>receivables-%1</source>
        <translation>应收账款-%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exporting receivables…</source>
        <translation>正在导出应收款…</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Exported %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>已导出 %Ln 个客户到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::PaymentRepository</name>
    <message>
        <location filename="../core/store/PaymentRepository.cpp" line="+107"/>
        <source>This payment was deleted by another desk.</source>
        <translation>这笔收款已被另一台电脑删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed this payment at %2, after you opened it. Nothing was saved: reload to see their changes, then enter yours again.</source>
        <translation>%1 在 %2 修改了这笔收款，在您打开之后。未保存任何内容：请重新载入查看对方的修改，再输入您的修改。</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>There is no order with id %1.</source>
        <translation>没有编号为 %1 的订单。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Order %1 is another customer&apos;s.</source>
        <translation>订单 %1 是其他客户的。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Order %1 is cancelled; nothing is due on it.</source>
        <translation>订单 %1 已取消，没有应收款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 has %2 due, less than the %3 put on it.</source>
        <translation>订单 %1 应收 %2，少于冲抵的 %3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only %1 was paid on order %2; %3 cannot be refunded on it.</source>
        <translation>订单 %2 只收了 %1，不能退 %3。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The payment (%1) is more than is due (%2). Keep the difference (%3) as credit on the customer&apos;s account, or correct the amount.</source>
        <translation>收款（%1）超过应收（%2）。可把差额（%3）留作客户的预收款，或改正金额。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no customer with id %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The refund (%1) is more than this customer has paid (%2).</source>
        <translation>退款（%1）超过了该客户已付的金额（%2）。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>A refund can only take back, a payment only pay.</source>
        <translation>退款只能冲回已付金额，付款只能用于支付。</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+33"/>
        <source>This is the deposit of an order; change it on the order.</source>
        <translation>这是订单的定金，请在订单上修改。</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>There is no payment with id %1.</source>
        <translation>没有编号为 %1 的收款。</translation>
    </message>
</context>
<context>
    <name>shopcrm::PaymentRules</name>
    <message>
        <location filename="../core/domain/Payment.cpp" line="+54"/>
        <source>Cash</source>
        <translation>现金</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank transfer</source>
        <translation>银行转账</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>WeChat Pay</source>
        <translation>微信支付</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alipay</source>
        <translation>支付宝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque</source>
        <translation>支票</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <comment>payment method</comment>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unpaid</source>
        <translation>未付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly paid</source>
        <translation>部分付款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>已付清</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Choose the customer who paid.</source>
        <translation>请选择付款的客户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the date the money came in.</source>
        <translation>请输入收款日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment is dated %1, which is in the future.</source>
        <translation>收款日期为 %1，是将来的日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the amount received (negative for a refund).</source>
        <translation>请输入收到的金额（退款填负数）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount is larger than %1.</source>
        <translation>金额超过了 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the reason for the refund.</source>
        <translation>请填写退款原因。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An allocation must go the same way as the payment (order %1).</source>
        <translation>冲抵金额必须与收款方向一致（订单 %1）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The allocations (%1) come to more than the payment (%2).</source>
        <translation>冲抵合计（%1）超过了收款金额（%2）。</translation>
    </message>
</context>
<context>
    <name>shopcrm::PipelinePage</name>
    <message>
        <location filename="../ui/PipelinePage.cpp" line="+116"/>
        <source>Board</source>
        <translation>看板</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>列表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotes</source>
        <translation>报价单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Analysis</source>
        <translation>分析</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone&apos;s</source>
        <translation>所有人的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+168"/>
        <source>Title, customer or what is wanted</source>
        <translation>标题、客户或需求</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>All quotes</source>
        <translation>全部报价单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>待答复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made into orders</source>
        <translation>已转订单</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;quote…</source>
        <translation>新建报价单(&amp;Q)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ca&amp;mpaigns…</source>
        <translation>营销活动(&amp;M)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Marketing campaigns and what each brought</source>
        <translation>营销活动及其效果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New opportunity…</source>
        <translation>新建销售机会(&amp;N)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner:</source>
        <translation>负责人：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>S&amp;tages…</source>
        <translation>阶段(&amp;T)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show &amp;all</source>
        <translation>显示全部(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back to the analysis</source>
        <translation>返回分析(&amp;B)</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>Number, title or customer</source>
        <translation>单号、标题或客户</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Showing the opportunities %1.</source>
        <translation>正在显示销售机会：%1。</translation>
    </message>
    <message numerus="yes">
        <location line="+41"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n 份报价单</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n opportunity(ies)</source>
        <translation>
            <numerusform>%n 个销售机会</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>last %n day(s)</source>
        <translation>
            <numerusform>近 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>weighted ¥%1</source>
        <translation>加权 ¥%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %: the probability a new one in this stage gets</source>
        <translation>%1 %：进入此阶段的销售机会默认的概率</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Closed in the last %n day(s)</source>
        <translation>
            <numerusform>近 %n 天内成交或丢单</numerusform>
        </translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Next step: %1</source>
        <translation>下一步：%1</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… and %n more: use the list</source>
        <translation>
            <numerusform>……还有 %n 个：请用列表查看</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Open: ¥%1, weighted ¥%2. Drag a card to another stage to move it.</source>
        <translation>进行中：¥%1，加权 ¥%2。把卡片拖到另一阶段即可变更阶段。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag a card to another stage to move it.</source>
        <translation>把卡片拖到另一阶段即可变更阶段。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why was it lost?</source>
        <translation>为什么丢单？</translation>
    </message>
</context>
<context>
    <name>shopcrm::PoolRulesDialog</name>
    <message>
        <location filename="../ui/PoolRulesDialog.cpp" line="+24"/>
        <source>Public pool rules</source>
        <translation>公海规则</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A customer goes back to the public pool (公海) after the days given without a follow-up or without an order; its owner is reminded before. A grade&apos;s own row replaces the default for its customers. 0 switches a rule off.</source>
        <translation>客户在给定天数内没有跟进或没有下单，就退回公海；之前会提醒负责人。某等级自己的一行对该等级客户取代默认规则。0 表示关闭该规则。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No follow-up for (days)</source>
        <translation>未跟进（天）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No order for (days)</source>
        <translation>未下单（天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind before (days)</source>
        <translation>提前提醒（天）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Former owner waits (days)</source>
        <translation>原负责人等待（天）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Claims a day</source>
        <translation>每人每天领取</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Most customers a person</source>
        <translation>每人最多客户</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add a &amp;grade…</source>
        <translation>添加等级(&amp;G)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove the grade</source>
        <translation>删除等级(&amp;R)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Add a grade</source>
        <translation>添加等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade with rules of its own:</source>
        <translation>有自己规则的等级：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade %1</source>
        <translation>%1 级</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>off</source>
        <translation>关闭</translation>
    </message>
</context>
<context>
    <name>shopcrm::PriceEditDialog</name>
    <message>
        <location filename="../ui/PriceListDialog.cpp" line="+176"/>
        <source>Agreed price of %1</source>
        <translation>%1 的协议价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New agreed price</source>
        <translation>新建协议价</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>as in the catalog</source>
        <translation>与产品目录相同</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Product</source>
        <translation>产品(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;nit</source>
        <translation>单位(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit price</source>
        <translation>单价(&amp;U)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes</source>
        <translation>备注(&amp;O)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unit price: %1</source>
        <translation>单价：%1</translation>
    </message>
</context>
<context>
    <name>shopcrm::PriceListDialog</name>
    <message>
        <location line="-195"/>
        <source>Prices agreed with %1</source>
        <translation>与 %1 的协议价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices agreed for grade %1</source>
        <translation>%1 级客户的协议价</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order and quote lines for this customer start at these prices; a price agreed for their grade applies where they have none of their own.</source>
        <translation>这位客户的订单和报价单明细按这些价格开价；客户自己没有协议价的产品，按其等级的协议价。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order and quote lines for customers of this grade start at these prices, unless a customer has their own.</source>
        <translation>这一等级客户的订单和报价单明细按这些价格开价，客户有自己的协议价时除外。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>起</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Until</source>
        <translation>止</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Change…</source>
        <translation>修改(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Fill from last prices</source>
        <translation>按上次价格填入(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agree, from today, the price this customer paid last for each product they bought</source>
        <translation>从今天起，把这位客户买过的每种产品的上次价格定为协议价</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Delete price?</source>
        <translation>删除协议价？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the agreed price of %1 (¥%2/%3)? The audit log keeps a copy.</source>
        <translation>删除 %1 的协议价（¥%2/%3）吗？审计日志会保留一份。</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n price(s) agreed from what the customer paid last.</source>
        <translation>
            <numerusform>已按客户上次的价格约定 %n 个协议价。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every product this customer bought has an agreed price already.</source>
        <translation>这位客户买过的每种产品都已有协议价。</translation>
    </message>
</context>
<context>
    <name>shopcrm::PriceListRepository</name>
    <message>
        <location filename="../core/store/PriceListRepository.cpp" line="+100"/>
        <source>This price was deleted by another desk.</source>
        <translation>这个协议价已被另一台电脑删除。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 changed this price at %2, after you opened it. Nothing was saved.</source>
        <translation>%1 在 %2 修改了这个协议价（在您打开之后）。没有保存任何内容。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 has an agreed price from %2 already; change that one.</source>
        <translation>%1 从 %2 起已有协议价，请修改那一条。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 has an agreed price already; change that one.</source>
        <translation>%1 已有协议价，请修改那一条。</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>agreed for grade %1</source>
        <translation>%1 级客户协议价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>agreed with the customer</source>
        <translation>客户协议价</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, until %2</source>
        <translation>%1，至 %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 on %2</source>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>shopcrm::PriceRules</name>
    <message>
        <location filename="../core/domain/PriceList.cpp" line="+9"/>
        <source>negotiated price</source>
        <translation>协议价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last price</source>
        <translation>上次价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>catalog price</source>
        <translation>目录价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>price typed by hand</source>
        <translation>手工价</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the customer, or the grade, the price is agreed with.</source>
        <translation>请给出约定价格的客户或等级。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A price is agreed with one customer or with a grade, not both.</source>
        <translation>协议价针对一位客户或一个等级，不能两者都有。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Give the product the price is for.</source>
        <translation>请给出价格对应的产品。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price cannot be negative.</source>
        <translation>价格不能为负数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The price is larger than %1.</source>
        <translation>价格大于 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The price ends before it starts.</source>
        <translation>结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>shopcrm::PrintActions</name>
    <message>
        <location filename="../ui/PrintActions.cpp" line="+34"/>
        <location line="+9"/>
        <location line="+28"/>
        <location line="+28"/>
        <location line="+9"/>
        <source>Cannot print</source>
        <translation>无法打印</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Read-only</source>
        <translation>只读</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This database is open read-only; delivery slips cannot be made.</source>
        <translation>数据库以只读方式打开，不能开送货单。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No delivery slip</source>
        <translation>未开送货单</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Statement period</source>
        <translation>对账期间</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To</source>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Statement</source>
        <translation>对账单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The period ends before it starts.</source>
        <translation>期间的结束日期早于开始日期。</translation>
    </message>
</context>
<context>
    <name>shopcrm::ProductDialog</name>
    <message>
        <location filename="../ui/CatalogPage.cpp" line="-475"/>
        <source>Product %1</source>
        <translation>产品 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New product</source>
        <translation>新建产品</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>optional, e.g. MP-90</source>
        <translation>可选，例如 MP-90</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name</source>
        <translation>名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cod&amp;e</source>
        <translation>编码(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Category</source>
        <translation>类别(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Spec / material</source>
        <translation>规格 / 材质(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pricing</source>
        <translation>计价方式(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unit</source>
        <translation>单位(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Default price</source>
        <translation>默认单价(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ost</source>
        <translation>成本(&amp;O)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Default price: %1</source>
        <translation>默认单价：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cost: %1</source>
        <translation>成本：%1</translation>
    </message>
</context>
<context>
    <name>shopcrm::ProductImport</name>
    <message>
        <location filename="../core/services/ProductImport.cpp" line="+57"/>
        <source>Product</source>
        <translation>产品</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spec / material</source>
        <translation>规格/材料</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pricing</source>
        <translation>计价方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>单价</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>编码</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>the product has no name</source>
        <translation>产品没有名称</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>pricing &quot;%1&quot; is neither by unit nor by area</source>
        <translation>计价方式“%1”既不是按件也不是按面积</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>piece</source>
        <translation>件</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>price &quot;%1&quot;: %2</source>
        <translation>单价“%1”：%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>below zero</source>
        <translation>小于零</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cost &quot;%1&quot;: %2</source>
        <translation>成本“%1”：%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it has %1 fields; the header has %2</source>
        <translation>该行有 %1 列，表头只有 %2 列</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the same product as row %1</source>
        <translation>与第 %1 行是同一产品</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>already in the catalog</source>
        <translation>产品目录中已有</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the catalog has these values already</source>
        <translation>产品目录中已是这些值</translation>
    </message>
    <message numerus="yes">
        <location line="+33"/>
        <source>%n row(s) have errors; nothing was imported. Correct them and try again.</source>
        <translation>
            <numerusform>有 %n 行出错，没有导入任何数据。请改正后重试。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+21"/>
        <source>The import was cancelled; nothing was imported.</source>
        <translation>导入已取消，没有导入任何数据。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 (product %2) was changed after the import</source>
        <translation>%1（产品 %2）在导入后被修改过</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (product %2): %3</source>
        <translation>%1（产品 %2）：%3</translation>
    </message>
</context>
<context>
    <name>shopcrm::Quantity</name>
    <message>
        <location filename="../core/domain/Money.cpp" line="+25"/>
        <source>Enter a quantity.</source>
        <translation>请输入数量。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A quantity has at most three decimals.</source>
        <translation>数量最多三位小数。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The quantity is larger than %1.</source>
        <translation>数量超过了 %1。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a quantity.</source>
        <translation>“%1”不是有效数量。</translation>
    </message>
</context>
<context>
    <name>shopcrm::QuoteEditorDialog</name>
    <message>
        <location filename="../ui/QuoteEditorDialog.cpp" line="+84"/>
        <source>Ne&amp;w customer…</source>
        <translation>新建客户(&amp;W)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The last day the prices hold</source>
        <translation>报价有效的最后一天</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the job is, e.g. shop sign</source>
        <translation>做什么活，例如：门头招牌</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The opportunity this quote is for: its amount follows the quote</source>
        <translation>这份报价单所属的销售机会：机会金额随报价单变化</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Con&amp;tact</source>
        <translation>联系人(&amp;T)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date</source>
        <translation>日期(&amp;D)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deli&amp;very address</source>
        <translation>送货地址(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Valid until</source>
        <translation>有效期至(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;itle</source>
        <translation>标题(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Opport&amp;unity</source>
        <translation>销售机会(&amp;U)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Terms</source>
        <translation>条款(&amp;T)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Notes</source>
        <translation>备注(&amp;N)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Every revision of this quote; double-click one to see it</source>
        <translation>这份报价单的每一版；双击查看</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount and answer</source>
        <translation>金额与答复</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Accepted</source>
        <translation>已接受(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined…</source>
        <translation>已拒绝…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopen</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Make &amp;order</source>
        <translation>转为订单(&amp;O)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the order from this quote in one step (Ctrl+Shift+O)</source>
        <translation>一步由这份报价单生成订单（Ctrl+Shift+O）</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save and close</source>
        <translation>保存并关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter or Ctrl+Return</source>
        <translation>Enter 或 Ctrl+Return</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save and keep the quote open (Ctrl+S)</source>
        <translation>保存并保持报价单打开（Ctrl+S）</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+145"/>
        <source>Save as new re&amp;vision</source>
        <translation>另存为新版本(&amp;V)</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>Keep this revision as the customer saw it and save the changes as the next one</source>
        <translation>保留客户看到的这一版，把修改存为下一版</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the quote or save it as PDF to send (Ctrl+P)</source>
        <translation>打印报价单，或存为 PDF 发给客户（Ctrl+P）</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>New quote — numbered when saved</source>
        <translation>新报价单 — 保存时编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New quote</source>
        <translation>新建报价单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quote %1</source>
        <translation>报价单 %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 · %2 · ¥%3 · %4</source>
        <translation>%1 · %2 · ¥%3 · %4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revised</source>
        <translation>已修订</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Re&amp;vise…</source>
        <translation>修订(&amp;V)…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State: %1</source>
        <translation>状态：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>order %1</source>
        <translation>订单 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written by %1</source>
        <translation>由 %1 填写</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>printed %n time(s)</source>
        <translation>
            <numerusform>已打印 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The database is open read-only; this quote cannot be changed.</source>
        <translation>数据库以只读方式打开，不能修改这份报价单。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) may not write quotes.</source>
        <translation>您的角色（%1）不能填写报价单。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is an earlier revision, kept as it was sent. The latest is open in the list.</source>
        <translation>这是较早的一版，按发出时保留。最新一版在列表中。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Order %1 was made from this quote; it is kept as it was.</source>
        <translation>已由这份报价单生成订单 %1，报价单按原样保留。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes are saved as revision %1; revision %2 stays as the customer saw it.</source>
        <translation>修改将存为第 %1 版；第 %2 版按客户看到的保留。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This quote is %1. Reopen it, or revise it to send the customer a new one.</source>
        <translation>这份报价单%1。可重新打开，或修订后给客户发新的一版。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Pick &quot;%1&quot; from the list, or create it as a new customer.</source>
        <translation>请从列表中选择“%1”，或将其新建为客户。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This quote has changes that are not saved. Close it and lose them?</source>
        <translation>这份报价单有未保存的修改。关闭并放弃修改吗？</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quote declined</source>
        <translation>报价被拒绝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why did the customer decline quote %1?</source>
        <translation>客户为什么拒绝报价单 %1？</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not changed</source>
        <translation>未更改</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Make order</source>
        <translation>转为订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make an order of quote %1 for %2, ¥%3?</source>
        <translation>把报价单 %1（%2，¥%3）转为订单吗？</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No order made</source>
        <translation>未生成订单</translation>
    </message>
</context>
<context>
    <name>shopcrm::QuoteListModel</name>
    <message>
        <location filename="../ui/PipelinePage.cpp" line="-379"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Written by</source>
        <translation>填写人</translation>
    </message>
</context>
<context>
    <name>shopcrm::QuoteRepository</name>
    <message>
        <location filename="../core/store/QuoteRepository.cpp" line="+151"/>
        <source>This quote was deleted by another desk.</source>
        <translation>这份报价单已被另一台电脑删除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 changed this quote at %2, after you opened it. Nothing was saved: reload to see their changes, then enter yours again.</source>
        <translation>%1 在 %2 修改了这份报价单（在您打开之后）。没有保存任何内容：请重新载入查看对方的修改，再输入您的修改。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>There is no opportunity with id %1.</source>
        <translation>没有编号为 %1 的销售机会。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The opportunity is another customer&apos;s.</source>
        <translation>这个销售机会属于另一位客户。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>There is no customer with id %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 was revised since; open the latest revision.</source>
        <translation>%1 之后已修订；请打开最新一版。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Order %1 was made from quote %2; the quote can no longer change.</source>
        <translation>已由报价单 %2 生成订单 %1，报价单不能再修改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Quote %1 is %2. Mark it open again, or save a new revision, to change it.</source>
        <translation>报价单 %1 %2。要修改，请重新打开或存为新版本。</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Quote %1 was declined. Mark it open or accepted first if the customer changed their mind.</source>
        <translation>报价单 %1 已被拒绝。如客户改变主意，请先标为待答复或已接受。</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Order %1 was made from quote %2; the quote is kept with it.</source>
        <translation>已由报价单 %2 生成订单 %1，报价单随订单保留。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>There is no quote with id %1.</source>
        <translation>没有编号为 %1 的报价单。</translation>
    </message>
</context>
<context>
    <name>shopcrm::QuoteRules</name>
    <message>
        <location filename="../core/domain/Quote.cpp" line="+39"/>
        <source>Open</source>
        <translation>待答复</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accepted</source>
        <translation>已接受</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Declined</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Revised</source>
        <translation>已修订</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ordered</source>
        <translation>已转订单</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 v%2</source>
        <translation>%1 第%2版</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prices include tax. Production starts once the design is confirmed and the deposit received.</source>
        <translation>以上价格含税。设计稿确认并收到定金后开始制作。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Choose the customer this quote is for.</source>
        <translation>请选择这份报价单的客户。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the quote date.</source>
        <translation>请输入报价日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A quote needs at least one line.</source>
        <translation>报价单至少需要一行。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The quote is valid until a day before its date.</source>
        <translation>有效期早于报价日期。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A revision is numbered from 1.</source>
        <translation>版本号从 1 开始。</translation>
    </message>
</context>
<context>
    <name>shopcrm::RecordMerges</name>
    <message>
        <location filename="../core/domain/RecordMerge.cpp" line="+63"/>
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
        <location line="+3"/>
        <source>Grade</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postcode</source>
        <translation>邮政编码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phones</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+40"/>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment terms</source>
        <translation>结算方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2 days</source>
        <translation>%1，%2 天</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+27"/>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+73"/>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivery address</source>
        <translation>送货地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order date</source>
        <translation>下单日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>交货时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent</source>
        <translation>加急</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deposit</source>
        <translation>定金</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>Staff</source>
        <translation>人员</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>Line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(removed)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New line %1</source>
        <translation>新增第 %1 行</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What was said</source>
        <translation>联系内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Next contact</source>
        <translation>下次联系</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(done)</source>
        <translation>（已完成）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attachments</source>
        <translation>附件</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>方式</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>收款账户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken by</source>
        <translation>经手人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>凭证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund reason</source>
        <translation>退款原因</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against orders</source>
        <translation>冲抵订单</translation>
    </message>
</context>
<context>
    <name>shopcrm::ReminderRepository</name>
    <message>
        <location filename="../core/store/ReminderRepository.cpp" line="+123"/>
        <source>back to the pool (%1)</source>
        <translation>将退回公海（%1）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Follow up (last time: %1)</source>
        <translation>跟进（上次：%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follow up on: %1</source>
        <translation>跟进：%1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Urgent: %1</source>
        <translation>加急：%1</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 past due (%2)</source>
        <translation>逾期 %1（%2）</translation>
    </message>
</context>
<context>
    <name>shopcrm::RemindersPanel</name>
    <message>
        <location filename="../ui/RemindersPanel.cpp" line="+33"/>
        <location line="+12"/>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message>
        <location line="-16"/>
        <location line="+6"/>
        <source>tomorrow</source>
        <translation>明天</translation>
    </message>
    <message numerus="yes">
        <location line="-5"/>
        <location line="+6"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>due %1</source>
        <translation>%1 到期</translation>
    </message>
    <message numerus="yes">
        <location line="-4"/>
        <location line="+7"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the follow-up, order or customer (Enter)</source>
        <translation>打开跟进、订单或客户（回车）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark the selected reminder done (Ctrl+D)</source>
        <translation>把选中的提醒标为完成（Ctrl+D）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze</source>
        <translation>稍后提醒</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Until tomorrow</source>
        <translation>明天再提醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For 3 days</source>
        <translation>3 天后再提醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a week</source>
        <translation>一周后再提醒</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell…</source>
        <translation>通知…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tell the customer by e-mail or text message that the order is ready, or that a payment is due</source>
        <translation>用邮件或短信通知客户订单已完成，或需要付款</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+61"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Reading what is due…</source>
        <translation>正在读取到期事项…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Follow-ups due</source>
        <translation>到期的跟进</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders due</source>
        <translation>到期的订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birthdays this week</source>
        <translation>本周生日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balances past due</source>
        <translation>逾期欠款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going back to the pool</source>
        <translation>将退回公海</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service requests due</source>
        <translation>到期的服务请求</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks due</source>
        <translation>到期的任务</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 turns %2</source>
        <translation>%1 满 %2 岁</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing is due today.</source>
        <translation>今天没有到期的事项。</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reminder(s) for today</source>
        <translation>
            <numerusform>今天有 %n 条提醒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+32"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Cannot open</source>
        <translation>无法打开</translation>
    </message>
</context>
<context>
    <name>shopcrm::ReportButtons</name>
    <message>
        <location filename="../ui/ChartSupport.cpp" line="+95"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;DF…</source>
        <translation>PDF(&amp;D)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The figures as an Excel workbook or CSV file</source>
        <translation>把数字导出为 Excel 工作簿或 CSV 文件</translation>
    </message>
</context>
<context>
    <name>shopcrm::ReportPages</name>
    <message>
        <location line="+42"/>
        <source>Page %1 of %2</source>
        <translation>第 %1 页 / 共 %2 页</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Printed %1</source>
        <translation>打印于 %1</translation>
    </message>
</context>
<context>
    <name>shopcrm::Reports</name>
    <message>
        <location filename="../core/services/Reports.cpp" line="+83"/>
        <source>by delivery date</source>
        <translation>按送货日期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>by order date</source>
        <translation>按下单日期</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Not in the catalog</source>
        <translation>非目录产品</translation>
    </message>
</context>
<context>
    <name>shopcrm::ReportsPage</name>
    <message>
        <location filename="../ui/ReportsPage.cpp" line="+73"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Year</source>
        <translation>年</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The period before</source>
        <translation>上一期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period after</source>
        <translation>下一期</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+212"/>
        <location line="+76"/>
        <location line="+113"/>
        <source>Billed</source>
        <translation>开单</translation>
    </message>
    <message>
        <location line="-401"/>
        <location line="+213"/>
        <location line="+188"/>
        <source>Received</source>
        <translation>已收</translation>
    </message>
    <message>
        <location line="-401"/>
        <location line="+217"/>
        <location line="+184"/>
        <source>Outstanding</source>
        <translation>未收</translation>
    </message>
    <message>
        <location line="-401"/>
        <location line="+330"/>
        <location line="+71"/>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <location line="-401"/>
        <location line="+401"/>
        <source>Average order</source>
        <translation>平均单价</translation>
    </message>
    <message>
        <location line="-295"/>
        <location line="+19"/>
        <location line="+259"/>
        <location line="+42"/>
        <location line="+50"/>
        <location line="+14"/>
        <source>Revenue review %1</source>
        <translation>营业回顾 %1</translation>
    </message>
    <message>
        <location line="-384"/>
        <source>(reading…)</source>
        <translation>（正在读取…）</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+259"/>
        <source>(billed %1)</source>
        <translation>（开单%1）</translation>
    </message>
    <message>
        <location line="-257"/>
        <source>to %1, against the same days</source>
        <translation>（截至 %1，与同期相比）</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>vs the same days before</source>
        <translation>比上期同期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs the year before</source>
        <translation>比上一年</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs the month before</source>
        <translation>比上个月</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>vs a year earlier</source>
        <translation>比去年同期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>vs the same days a year earlier</source>
        <translation>比去年同期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 so far, compared with %2 and with %3</source>
        <translation>本期 %1，对比上期 %2 和去年 %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+3"/>
        <location line="+26"/>
        <location line="+1"/>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>%1 %2: %3</source>
        <comment>targets: period, the shop or a person, figures</comment>
        <translation>%1 %2：%3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the shop</source>
        <translation>本店</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Targets: %1</source>
        <translation>目标：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last 12 months</source>
        <translation>近 12 个月</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>orders of %1</source>
        <translation>%1 的订单</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revenue by product category</source>
        <translation>各产品类别营业额</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+39"/>
        <location line="+47"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Top 10 customers</source>
        <translation>前 10 名客户</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Revenue and orders by staff member</source>
        <translation>各员工营业额和订单数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Period before</source>
        <translation>上一期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A year earlier</source>
        <translation>去年同期</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Top customers</source>
        <translation>主要客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product categories</source>
        <translation>产品类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print the revenue review</source>
        <translation>打印营业回顾</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revenue review as PDF</source>
        <translation>营业回顾存为 PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>revenue-review-%1</source>
        <translation>营业回顾-%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the revenue review</source>
        <translation>导出营业回顾</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>shopcrm::Rights</name>
    <message>
        <location filename="../core/domain/Rights.cpp" line="+53"/>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Orders</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>收款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>报表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products &amp; staff</source>
        <translation>产品与员工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit log</source>
        <translation>操作日志</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales: opportunities and quotes</source>
        <translation>销售：销售机会和报价单</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>View</source>
        <translation>查看</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete / cancel</source>
        <translation>删除/作废</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>See money</source>
        <translation>查看金额</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Owner</source>
        <translation>店主</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>经理</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Front desk</source>
        <translation>前台</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production</source>
        <translation>生产</translation>
    </message>
</context>
<context>
    <name>shopcrm::SalesAnalysisView</name>
    <message>
        <location filename="../ui/SalesAnalysisView.cpp" line="+86"/>
        <source>The months before</source>
        <translation>之前的月份</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The months after</source>
        <translation>之后的月份</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;From</source>
        <translation>从(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;to</source>
        <comment>months from … to</comment>
        <translation>至(&amp;T)</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+19"/>
        <location line="+148"/>
        <location line="+267"/>
        <source>Expected</source>
        <translation>预计金额</translation>
    </message>
    <message>
        <location line="-434"/>
        <location line="+19"/>
        <location line="+150"/>
        <location line="+87"/>
        <location line="+179"/>
        <location line="+34"/>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <location line="-469"/>
        <location line="+469"/>
        <source>Win rate</source>
        <translation>赢单率</translation>
    </message>
    <message>
        <location line="-469"/>
        <source>New opportunities</source>
        <translation>新销售机会</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+424"/>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="-424"/>
        <location line="+415"/>
        <source>Open</source>
        <translation>未结</translation>
    </message>
    <message>
        <location line="-415"/>
        <location line="+149"/>
        <location line="+267"/>
        <source>Weighted</source>
        <translation>加权金额</translation>
    </message>
    <message>
        <location line="-416"/>
        <location line="+416"/>
        <location line="+34"/>
        <source>Won amount</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <location line="-444"/>
        <source>Enter or a double click lists the owner&apos;s open opportunities</source>
        <translation>按回车或双击列出该负责人的未结销售机会</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>open ones of %1 expected %2</source>
        <translation>%1 预计在 %2 成交的未结机会</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+244"/>
        <location line="+130"/>
        <source>(nobody)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="-345"/>
        <source>%1 to %2</source>
        <comment>months</comment>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sales-%1</source>
        <translation>销售分析-%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <location line="+299"/>
        <location line="+33"/>
        <location line="+50"/>
        <location line="+14"/>
        <source>Sales %1</source>
        <translation>销售 %1</translation>
    </message>
    <message>
        <location line="-402"/>
        <source>(reading…)</source>
        <translation>（正在读取…）</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>weighted ¥%1 · %n open</source>
        <translation>
            <numerusform>加权 ¥%1 · 未结 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open</source>
        <translation>
            <numerusform>未结 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more without a date</source>
        <translation>
            <numerusform>另有 %n 个无日期</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>¥%1</source>
        <translation>¥%1</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Open opportunities expected to close in these months, as they stand and weighted by their probability</source>
        <translation>预计在这几个月成交的未结销售机会：原金额及按概率加权的金额</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n won</source>
        <translation>
            <numerusform>成交 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Won in these months</source>
        <translation>这几个月内成交的</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 won, %2 lost</source>
        <translation>成交 %1，丢单 %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Of those won or lost in these months</source>
        <translation>这几个月内成交或丢单的机会中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 won, %2 lost so far</source>
        <translation>至今成交 %1，丢单 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opportunities created in these months</source>
        <translation>这几个月内新建的销售机会</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Forecast by month of expected close</source>
        <translation>按预计成交月份的预测</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>won in %1</source>
        <translation>%1 成交的</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open, expected in %1</source>
        <translation>未结、预计 %1 成交的</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Funnel of the %n created</source>
        <translation>
            <numerusform>新建 %n 个机会的漏斗</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+246"/>
        <source>Reached</source>
        <translation>到达</translation>
    </message>
    <message numerus="yes">
        <location line="-222"/>
        <source>%1: %n reached</source>
        <translation>
            <numerusform>%1：到达 %n 个</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 went on to the next</source>
        <translation>%1 进入下一阶段</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 days in it on average</source>
        <translation>平均停留 %1 天</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>created %1 that reached %2</source>
        <translation>%1 新建且到达“%2”的</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Won and lost by lead source</source>
        <translation>按线索来源的成交与丢单</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+212"/>
        <location line="+6"/>
        <source>Lost</source>
        <translation>丢单</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+13"/>
        <location line="+186"/>
        <source>(no source)</source>
        <translation>（无来源）</translation>
    </message>
    <message>
        <location line="-183"/>
        <source>won %1 from %2</source>
        <translation>%1 成交、来源为“%2”的</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lost %1 from %2</source>
        <translation>%1 丢单、来源为“%2”的</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Why they were lost</source>
        <translation>丢单原因</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+185"/>
        <source>(no reason)</source>
        <translation>（无原因）</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>lost %1: %2</source>
        <translation>%1 丢单、原因为“%2”的</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>In all</source>
        <translation>合计</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month</source>
        <translation>月</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Went on</source>
        <translation>进入下一阶段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days in it</source>
        <translation>停留天数</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Lead source</source>
        <translation>线索来源</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lost reason</source>
        <translation>丢单原因</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Lost amount</source>
        <translation>丢单金额</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Print the sales analysis</source>
        <translation>打印销售分析</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sales analysis as PDF</source>
        <translation>销售分析存为 PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PDF not written</source>
        <translation>PDF 未写入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be written. Choose another folder or file name.</source>
        <translation>无法写入 %1。请选择其他文件夹或文件名。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export the sales analysis</source>
        <translation>导出销售分析</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
</context>
<context>
    <name>shopcrm::SalesTargetRepository</name>
    <message>
        <location filename="../core/store/SalesTargetRepository.cpp" line="+85"/>
        <source>The period is a month like 2026-12 or a quarter like 2026-Q4.</source>
        <translation>期间是月份（如 2026-12）或季度（如 2026-Q4）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A target cannot be negative.</source>
        <translation>目标不能为负数。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no staff member with id %1.</source>
        <translation>没有编号为 %1 的员工。</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>This target was removed by another desk.</source>
        <translation>此目标已被另一台电脑删除。</translation>
    </message>
</context>
<context>
    <name>shopcrm::SalesTargetRules</name>
    <message>
        <location line="-81"/>
        <source>New customers</source>
        <translation>新客户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Revenue</source>
        <translation>营业额</translation>
    </message>
</context>
<context>
    <name>shopcrm::Secrets</name>
    <message>
        <location filename="../core/store/Secrets.cpp" line="+28"/>
        <source>The encryption library cannot start.</source>
        <translation>加密组件无法启动。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The key file %1 is damaged.</source>
        <translation>密钥文件 %1 已损坏。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot make the folder for the key file %1.</source>
        <translation>无法创建密钥文件 %1 所在的文件夹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot write the key file %1: %2</source>
        <translation>无法写入密钥文件 %1：%2</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>The stored %1 cannot be read at this desk: its key file (%2) is missing or not the one it was saved with. Copy that file from the desk that saved it, or enter the %1 again in Settings.</source>
        <translation>本机无法读取已保存的 %1：它的密钥文件（%2）不存在，或不是保存时用的那个。请从保存它的电脑复制该文件，或在设置中重新输入 %1。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The stored %1 cannot be read here: the key file beside the database (%2) is missing or not the one it was saved with. Enter it again in Settings.</source>
        <translation>此处无法读取保存的 %1：数据库旁的密钥文件（%2）不存在，或不是保存时用的那个。请在设置中重新输入。</translation>
    </message>
</context>
<context>
    <name>shopcrm::ServerConnectionDialog</name>
    <message>
        <location filename="../ui/ServerConnectionDialog.cpp" line="+20"/>
        <source>Connect to a database server</source>
        <translation>连接数据库服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A shop with many desks or several branches keeps its database on a PostgreSQL server. Give the address the server&apos;s keeper gave you; nothing is changed there by a test.</source>
        <translation>桌子多或有几家分店的店铺，把数据库放在 PostgreSQL 服务器上。请填写服务器管理员给您的地址；测试不会改动服务器上的任何内容。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>empty: from PGPASSWORD or ~/.pgpass</source>
        <translation>留空：取自 PGPASSWORD 或 ~/.pgpass</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Test the connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open it from the next start</source>
        <translation>下次启动时打开它(&amp;O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open this computer&apos;s &amp;file again</source>
        <translation>改回打开本机的数据库文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From the next start ShopCRM opens this computer&apos;s own database file again.</source>
        <translation>下次启动时，ShopCRM 将重新打开本机自己的数据库文件。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not a server address: %1. It looks like postgresql://user@host:5432/database.</source>
        <translation>这不是服务器地址：%1。地址的样子是 postgresql://用户@主机:5432/数据库。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Connecting to %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>From the next start ShopCRM opens %1. The password is not kept: give it at the start, or keep it in ~/.pgpass.</source>
        <translation>下次启动时 ShopCRM 将打开 %1。密码不会保存：启动时输入，或保存在 ~/.pgpass 中。</translation>
    </message>
</context>
<context>
    <name>shopcrm::ServerDump</name>
    <message>
        <location filename="../core/store/ServerDump.cpp" line="+37"/>
        <source>PostgreSQL&apos;s %1 is not installed at this desk; it makes and restores a server database&apos;s backups. Install Debian&apos;s package postgresql-client.</source>
        <translation>本机没有安装 PostgreSQL 的 %1，服务器数据库的备份和恢复要用到它。请安装 Debian 软件包 postgresql-client。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 could not be started: %2</source>
        <translation>无法启动 %1：%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 failed: %2</source>
        <translation>%1 失败：%2</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The backup file %1 exists already.</source>
        <translation>备份文件 %1 已存在。</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The backup %1 is damaged: a row of %2 does not have its columns.</source>
        <translation>备份 %1 已损坏：%2 中有一行的列数不对。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The backup %1 cannot be read: %2</source>
        <translation>无法读取备份 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The backup %1 is not a ShopCRM database&apos;s: it holds no table %2.</source>
        <translation>备份 %1 不是 ShopCRM 数据库的备份：其中没有表 %2。</translation>
    </message>
</context>
<context>
    <name>shopcrm::ServerProbe</name>
    <message>
        <location filename="../core/store/ServerProbe.cpp" line="+18"/>
        <source>%1 is not a server address: %2</source>
        <translation>%1 不是服务器地址：%2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer lacks Qt&apos;s PostgreSQL driver (Debian package libqt6sql6-psql).</source>
        <translation>本机缺少 Qt 的 PostgreSQL 驱动（Debian 软件包 libqt6sql6-psql）。</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Not connected: %1</source>
        <translation>未能连接：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Connected to %1, but the database holds tables that are not ShopCRM&apos;s: choose an empty database or the shop&apos;s own.</source>
        <translation>已连接 %1，但该数据库中有不属于 ShopCRM 的表：请选择一个空数据库或本店自己的数据库。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected to %1. The database is empty: ShopCRM makes its tables there when it first opens it.</source>
        <translation>已连接 %1。该数据库是空的：ShopCRM 第一次打开时会在其中建表。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Connected to %1. It holds a ShopCRM database (schema %2) with %n customer(s).</source>
        <translation>
            <numerusform>已连接 %1。其中是 ShopCRM 数据库（架构 %2），有 %n 个客户。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::ServiceListModel</name>
    <message>
        <location filename="../ui/ServicePage.cpp" line="+78"/>
        <source>Number</source>
        <translation>单号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Assignee</source>
        <translation>负责人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>订单</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rating</source>
        <translation>满意度</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
</context>
<context>
    <name>shopcrm::ServicePage</name>
    <message>
        <location line="+9"/>
        <source>Open</source>
        <translation>未完成</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resolved, not closed</source>
        <translation>已解决未关闭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed or rejected</source>
        <translation>已关闭或已驳回</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All requests</source>
        <translation>全部请求</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone&apos;s</source>
        <translation>所有人的</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every type</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any priority</source>
        <translation>所有优先级</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Number, customer or description</source>
        <translation>单号、客户或描述</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New request…</source>
        <translation>新建请求(&amp;N)…</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n 个请求</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n 个逾期</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::ServiceRepository</name>
    <message>
        <location filename="../core/store/ServiceRepository.cpp" line="+122"/>
        <source>A target is from 1 hour to a year of hours.</source>
        <translation>时限为 1 小时到一年的小时数。</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+187"/>
        <source>This service request was deleted by another desk.</source>
        <translation>这个服务请求已被另一台电脑删除。</translation>
    </message>
    <message>
        <location line="-184"/>
        <source>%1 changed this service request at %2, after you opened it. Nothing was saved: reload to see their changes, then enter yours again.</source>
        <translation>%1 在 %2 修改了这个服务请求（在您打开之后）。没有保存任何内容：请重新载入查看对方的修改，然后再输入您的修改。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>There is no customer with id %1.</source>
        <translation>没有编号为 %1 的客户。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The order is not this customer&apos;s.</source>
        <translation>这个订单不是该客户的。</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>A request that is %1 cannot become %2.</source>
        <translation>“%1”的请求不能改为“%2”。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Satisfaction is rated from 1 to 5.</source>
        <translation>满意度按 1 到 5 评分。</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>There is no service request with id %1.</source>
        <translation>没有编号为 %1 的服务请求。</translation>
    </message>
</context>
<context>
    <name>shopcrm::ServiceRequestDialog</name>
    <message>
        <location filename="../ui/ServiceRequestDialog.cpp" line="+103"/>
        <source>From the priority&apos;s target in opening hours, unless you set it</source>
        <translation>按优先级的时限在营业时间内计算，除非手动设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What is wrong or what the customer asks for</source>
        <translation>出了什么问题，或客户要求什么</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>How it was resolved, or why it was rejected</source>
        <translation>如何解决的，或为什么驳回</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Con&amp;tact:</source>
        <translation>联系人(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Order:</source>
        <translation>订单(&amp;O)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Priority:</source>
        <translation>优先级(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assignee:</source>
        <translation>负责人(&amp;A)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;ue:</source>
        <translation>到期(&amp;U)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Description:</source>
        <translation>描述(&amp;D)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resolution:</source>
        <translation>处理结果(&amp;R)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Pro&amp;gress</source>
        <translation>服务进度(&amp;G)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Files</source>
        <translation>附件(&amp;F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+143"/>
        <source>S&amp;tart</source>
        <translation>开始处理(&amp;T)</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>&amp;Wait for the customer</source>
        <translation>待客户确认(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resol&amp;ved</source>
        <translation>已解决(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose with rating…</source>
        <translation>关闭并评分(&amp;L)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;ject</source>
        <translation>驳回(&amp;J)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>5 — very satisfied</source>
        <translation>5 — 非常满意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>4 — satisfied</source>
        <translation>4 — 满意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 — acceptable</source>
        <translation>3 — 一般</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>2 — dissatisfied</source>
        <translation>2 — 不满意</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 — very dissatisfied</source>
        <translation>1 — 非常不满意</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not rated</source>
        <translation>不评分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close the request</source>
        <translation>关闭请求</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How satisfied is the customer?</source>
        <translation>客户的满意度如何？</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;print order…</source>
        <translation>重印订单(&amp;P)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new order copied from the request&apos;s order, to make it again</source>
        <translation>从请求关联的订单复制一张新订单，重新制作</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Service request %1</source>
        <translation>服务请求 %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>New service request</source>
        <translation>新建服务请求</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1  %2  %3</source>
        <translation>%1  %2  %3</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>late</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rated %1/5</source>
        <translation>评分 %1/5</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re&amp;open</source>
        <translation>重新打开(&amp;O)</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>Reprint order %1</source>
        <translation>重印订单 %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This service request has changes that are not saved. Close it and lose them?</source>
        <translation>这个服务请求有未保存的修改。关闭并放弃这些修改吗？</translation>
    </message>
</context>
<context>
    <name>shopcrm::ServiceRules</name>
    <message>
        <location filename="../core/domain/ServiceRequest.cpp" line="+96"/>
        <source>Line %1 is not a day or a range of days like 2027-02-06..2027-02-12: &quot;%2&quot;</source>
        <translation>第 %1 行不是日期或日期范围（如 2027-02-06..2027-02-12）：“%2”</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>New</source>
        <comment>service status</comment>
        <translation>新建</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In progress</source>
        <comment>service status</comment>
        <translation>处理中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for the customer</source>
        <comment>service status</comment>
        <translation>待客户确认</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resolved</source>
        <comment>service status</comment>
        <translation>已解决</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <comment>service status</comment>
        <translation>已关闭</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rejected</source>
        <comment>service status</comment>
        <translation>已驳回</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Low</source>
        <comment>priority</comment>
        <translation>低</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <comment>priority</comment>
        <translation>中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <comment>priority</comment>
        <translation>高</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Urgent</source>
        <comment>priority</comment>
        <translation>加急</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Quality problem</source>
        <translation>质量问题</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delivery time</source>
        <translation>交期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Installation / repair</source>
        <translation>安装/维修</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <comment>service type</comment>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At the counter</source>
        <translation>到店</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>On site</source>
        <translation>上门</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>邮件</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Choose the customer the request is from.</source>
        <translation>请选择提出请求的客户。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose what kind of request it is.</source>
        <translation>请选择请求的类型。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe the problem or what the customer asks for.</source>
        <translation>请描述问题或客户的要求。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say how it was resolved.</source>
        <translation>请说明是如何解决的。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say why the request was rejected.</source>
        <translation>请说明驳回的原因。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Satisfaction is rated from 1 to 5.</source>
        <translation>满意度按 1 到 5 评分。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer rates a request once it is closed.</source>
        <translation>请求关闭后客户才能评分。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the days the shop is open.</source>
        <translation>请选择营业的日子。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The shop must open before it closes, on the same day.</source>
        <translation>开门时间必须早于当天的关门时间。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reprint: %1</source>
        <translation>重印：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint for service request %1 (order %2): %3</source>
        <translation>服务请求 %1 的重印（原订单 %2）：%3</translation>
    </message>
</context>
<context>
    <name>shopcrm::ServiceSettingsDialog</name>
    <message>
        <location filename="../ui/ServiceSettingsDialog.cpp" line="+25"/>
        <source>Service hours and targets</source>
        <translation>服务营业时间和时限</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>to</source>
        <comment>opening hours</comment>
        <translation>至</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One day or range of days a line, then what it is if you like</source>
        <translation>每行一个日期或日期范围，后面可写说明</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>e.g. 2027-02-06..2027-02-12 Spring Festival</source>
        <translation>如 2027-02-06..2027-02-12 春节</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. 2027-02-20 make-up working day</source>
        <translation>如 2027-02-20 调休上班</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open on</source>
        <translation>营业日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hours</source>
        <translation>营业时间(&amp;H)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Closed on (holidays)</source>
        <translation>休息日（节假日）(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also &amp;open on</source>
        <translation>调休上班日(&amp;O)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> opening hours</source>
        <translation> 营业小时</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resolve %1 within</source>
        <translation>%1优先级须在此时间内解决</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>One type a line, in the order the form offers them</source>
        <translation>每行一种类型，按表单中列出的顺序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Request &amp;types</source>
        <translation>请求类型(&amp;T)</translation>
    </message>
</context>
<context>
    <name>shopcrm::SettingsDialog</name>
    <message>
        <location filename="../ui/SettingsDialog.cpp" line="+44"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+5"/>
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
    <message>
        <location line="+21"/>
        <source>e.g. bank account and thanks, printed at the foot of every page</source>
        <translation>例如开户行账号和致谢，印在每页底部</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Shop letterhead (shared by every desk)</source>
        <translation>店铺抬头（所有工位共用）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Shop name</source>
        <translation>店名(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address</source>
        <translation>地址(&amp;A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lo&amp;go</source>
        <translation>标志(&amp;G)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Orders and revenue (shared by every desk)</source>
        <translation>订单和营业额（所有工位共用）</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Signed in as %1 (%2). Your desk is recorded with every change you save.</source>
        <translation>已登录为 %1（%2）。每次保存都会记录您的工位。</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&amp;Bank account</source>
        <translation>开户行账号(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Footer line</source>
        <translation>页脚(&amp;F)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This file cannot be read as a picture; documents will print without a logo.</source>
        <translation>无法读取此图片文件，单据将不带标志打印。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shop logo</source>
        <translation>店铺标志</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.bmp *.svg)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.svg)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Pattern</source>
        <translation>规则(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restart the count</source>
        <translation>流水号重新计数(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next looks like</source>
        <translation>下一个编号示例</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{yyyy} year, {yy} two-digit year, {MM} month, {dd} day, {seq:3} running number with 3 digits.</source>
        <translation>{yyyy} 年，{yy} 两位年份，{MM} 月，{dd} 日，{seq:3} 三位流水号。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>By order date (when the order was taken)</source>
        <translation>按下单日期（接单的时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By delivery date (when the order was delivered)</source>
        <translation>按送货日期（订单送货的时间）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenue counts orders</source>
        <translation>营业额计算订单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up outcomes (shared by every desk)</source>
        <translation>跟进结果选项（所有工位共用）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Outcomes offered, one per line:</source>
        <translation>可选的结果(&amp;O)，每行一个：</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+195"/>
        <location line="+7"/>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>Connect to a ser&amp;ver…</source>
        <translation>连接服务器(&amp;V)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test a PostgreSQL server&apos;s address and open it from the next start.</source>
        <translation>测试 PostgreSQL 服务器的地址，并从下次启动起打开它。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Users, backups and more</source>
        <translation>用户、备份及其他</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Users and roles…</source>
        <translation>用户与角色(&amp;U)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Backups…</source>
        <translation>备份(&amp;B)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales &amp;stages…</source>
        <translation>销售阶段(&amp;S)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prices by &amp;grade…</source>
        <translation>等级协议价(&amp;G)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices agreed with every customer of a grade</source>
        <translation>与某一等级全部客户约定的价格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public &amp;pool rules…</source>
        <translation>公海规则(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When idle customers go back to the public pool (公海), and the limits on claiming</source>
        <translation>闲置客户何时退回公海，以及领取的上限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ser&amp;vice hours and targets…</source>
        <translation>服务营业时间和时限(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When the shop is open, how soon requests must be resolved, and their types</source>
        <translation>店铺的营业时间、服务请求须多快解决，以及请求类型</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mail account…</source>
        <translation>邮件账户(&amp;M)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server and account the shop&apos;s e-mails to customers go through</source>
        <translation>本店发给客户的邮件所用的服务器和账户</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS a&amp;ccount…</source>
        <translation>短信账户(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SMS provider and key the shop&apos;s text messages to customers go through</source>
        <translation>本店给客户发短信所用的服务商和密钥</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No&amp;tices…</source>
        <translation>通知内容(&amp;T)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What customers are sent when their order is ready and when a payment is due</source>
        <translation>订单完成时和需要付款时发给客户的内容</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Prices by grade</source>
        <translation>等级协议价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Grade:</source>
        <translation>等级：</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>From the next start: %1</source>
        <translation>下次启动时：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File: %1</source>
        <translation>文件：%1</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Mode: %1</source>
        <translation>模式：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder: %1 (%2)</source>
        <translation>文件夹：%1（%2）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>network folder</source>
        <translation>网络共享文件夹</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>this computer&apos;s disk</source>
        <translation>本机磁盘</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: %1 keeps this folder in step and may copy or replace the file while a desk has it open. A shop&apos;s database is better in a shared folder on the shop&apos;s network.</source>
        <translation>警告：此文件夹由 %1 同步，它可能在有电脑打开文件时复制或替换该文件。店里的数据库最好放在店内网络的共享文件夹中。</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+27"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>No other desk has it open.</source>
        <translation>没有其他电脑打开它。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also open at: %1</source>
        <translation>同时打开的电脑：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use on this desk only…</source>
        <translation>改为仅本机使用…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Share with other desks…</source>
        <translation>与其他电脑共享…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A database in a network folder is always shared.</source>
        <translation>网络共享文件夹中的数据库只能以共享方式使用。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Other desks are working</source>
        <translation>其他电脑正在使用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database cannot be switched while other desks have it open: %1. Close ShopCRM there first.</source>
        <translation>其他电脑正打开此数据库，不能切换：%1。请先在那里关闭 ShopCRM。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Share this database with other desks? Put it in a folder every desk can reach; each desk then opens it there. Saving becomes a little slower, and every desk sees the others&apos; changes.</source>
        <translation>与其他电脑共享此数据库？请把它放在每台电脑都能访问的文件夹中，各台电脑从那里打开。保存会稍慢一些，每台电脑都能看到其他电脑的修改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use this database on this desk only? Other desks must not open it any more.</source>
        <translation>改为仅本机使用此数据库？其他电脑将不能再打开它。</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+10"/>
        <location line="+14"/>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
</context>
<context>
    <name>shopcrm::ShopApplication</name>
    <message>
        <location filename="../ui/ErrorReporter.cpp" line="+41"/>
        <source>Something went wrong and was not finished: %1</source>
        <translation>出现问题，操作未完成：%1</translation>
    </message>
</context>
<context>
    <name>shopcrm::SignInDialog</name>
    <message>
        <location filename="../ui/AccountDialogs.cpp" line="-117"/>
        <source>Sign in to ShopCRM</source>
        <translation>登录 ShopCRM</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Login name</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Shop database: %1</source>
        <translation>店铺数据库：%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Type your login name.</source>
        <translation>请输入登录名。</translation>
    </message>
</context>
<context>
    <name>shopcrm::SmsSettingsDialog</name>
    <message>
        <location filename="../ui/MessageDialogs.cpp" line="-138"/>
        <source>SMS account</source>
        <translation>短信账户</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Alibaba Cloud SMS (阿里云短信服务)</source>
        <translation>阿里云短信服务</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>as approved, without 【】</source>
        <translation>审核通过的签名，不含【】</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a mobile number</source>
        <translation>手机号码</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an approved template without fields, e.g. SMS_276395012</source>
        <translation>一个不含变量的已审核模板，如 SMS_276395012</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text messages go through an SMS provider. Each message uses a template and a signature the provider approved; the fields of the shop&apos;s text are the template&apos;s variables (${customer} for {customer}).</source>
        <translation>短信经由短信服务商发送。每条短信使用服务商审核通过的模板和签名；本店文字中的字段就是模板的变量（{客户名称} 对应 ${customer}）。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Provider</source>
        <translation>服务商(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AccessKey &amp;ID</source>
        <translation>AccessKey &amp;ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AccessKey s&amp;ecret</source>
        <translation>AccessKey 密钥(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Signature</source>
        <translation>短信签名(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gateway &amp;address</source>
        <translation>网关地址(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test &amp;to</source>
        <translation>测试号码(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test te&amp;mplate</source>
        <translation>测试模板(&amp;M)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send a &amp;test</source>
        <translation>发送测试短信(&amp;T)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The number is not a mobile number.</source>
        <translation>该号码不是手机号码。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent to %1.</source>
        <translation>已发送到 %1。</translation>
    </message>
</context>
<context>
    <name>shopcrm::StaffDialog</name>
    <message>
        <location filename="../ui/CatalogPage.cpp" line="+41"/>
        <source>New staff member</source>
        <translation>新建员工</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Active (can be assigned to orders)</source>
        <translation>在职(&amp;A)（可分配到订单）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>岗位(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Phone</source>
        <translation>电话(&amp;P)</translation>
    </message>
</context>
<context>
    <name>shopcrm::StagesDialog</name>
    <message>
        <location filename="../ui/StagesDialog.cpp" line="+37"/>
        <source>Sales stages</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stages an opportunity goes through, in order. A new opportunity in a stage gets its probability. Removing a stage that opportunities are in keeps it for them.</source>
        <translation>销售机会依次经历的阶段。新进入某阶段的销售机会取该阶段的概率。删除仍有销售机会的阶段时，会为这些机会保留该阶段。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
</context>
<context>
    <name>shopcrm::TableExport</name>
    <message>
        <location filename="../core/services/TableExport.cpp" line="+82"/>
        <source>%1: the file name must end in .csv or .xlsx.</source>
        <translation>%1：文件名必须以 .csv 或 .xlsx 结尾。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>There is no column %1 to export.</source>
        <translation>没有可导出的第 %1 列。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export was stopped; no file was written.</source>
        <translation>导出已停止，没有写入文件。</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+32"/>
        <location line="+100"/>
        <location line="+5"/>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Cannot write %1: the folder is not writable.</source>
        <translation>无法写入 %1：文件夹不可写。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <location line="-109"/>
        <location line="+150"/>
        <source>%1 rows do not fit in one spreadsheet; export a shorter period or use .csv.</source>
        <translation>%1 行放不进一个工作表；请缩短时间范围或导出为 .csv。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Cannot write %1: the file is in use or the folder is not writable.</source>
        <translation>无法写入 %1：文件正被使用或文件夹不可写。</translation>
    </message>
</context>
<context>
    <name>shopcrm::TaskDialog</name>
    <message>
        <location filename="../ui/CalendarDialogs.cpp" line="-373"/>
        <source>What is to be done, e.g. call about the proof</source>
        <translation>要做什么，如：打电话确认校样</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;By:</source>
        <translation>期限(&amp;B)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do&amp;ne</source>
        <translation>已完成(&amp;N)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Task:</source>
        <translation>任务(&amp;T)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Customer:</source>
        <translation>客户(&amp;C)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Order:</source>
        <translation>订单(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Assignee:</source>
        <translation>负责人(&amp;A)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete task</source>
        <translation>删除任务</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the task &quot;%1&quot;?</source>
        <translation>删除任务“%1”？</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Task: %1</source>
        <translation>任务：%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New task</source>
        <translation>新建任务</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Discard changes?</source>
        <translation>放弃修改？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This task has changes that are not saved. Close it and lose them?</source>
        <translation>此任务有未保存的修改。关闭并放弃这些修改吗？</translation>
    </message>
</context>
<context>
    <name>shopcrm::TaskRepository</name>
    <message>
        <location filename="../core/store/TaskRepository.cpp" line="+156"/>
        <location line="+97"/>
        <source>This task was deleted by another desk.</source>
        <translation>此任务已被另一台电脑删除。</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>There is no task with id %1.</source>
        <translation>没有编号为 %1 的任务。</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1 changed this task at %2, after you opened it. Nothing was saved: reload to see their changes, then enter yours again.</source>
        <translation>在您打开之后，%1 于 %2 修改了此任务。未保存任何内容：请重新载入查看其修改，再输入您的修改。</translation>
    </message>
</context>
<context>
    <name>shopcrm::TimelineModel</name>
    <message>
        <location filename="../ui/CustomerTimeline.cpp" line="-251"/>
        <source>F</source>
        <comment>timeline badge: follow-up</comment>
        <translation>跟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O</source>
        <comment>timeline badge: order taken</comment>
        <translation>单</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S</source>
        <comment>timeline badge: order status</comment>
        <translation>状</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D</source>
        <comment>timeline badge: delivery</comment>
        <translation>送</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P</source>
        <comment>timeline badge: sales opportunity</comment>
        <translation>机</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Q</source>
        <comment>timeline badge: quote</comment>
        <translation>报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>V</source>
        <comment>timeline badge: service request</comment>
        <translation>服</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>M</source>
        <comment>timeline badge: message</comment>
        <translation>信</translation>
    </message>
</context>
<context>
    <name>shopcrm::UpgradeWindow</name>
    <message>
        <location filename="../ui/UpgradeWindow.cpp" line="+19"/>
        <source>ShopCRM is upgrading %1 from schema %2 to %3. This happens once; the other desks wait until it is done.</source>
        <translation>ShopCRM 正在将 %1 从第 %2 版升级到第 %3 版。升级只需进行一次，其他工位会等待升级完成。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Upgrading the database</source>
        <translation>正在升级数据库</translation>
    </message>
</context>
<context>
    <name>shopcrm::UserRepository</name>
    <message>
        <location filename="../core/store/UserRepository.cpp" line="+58"/>
        <source>The password library could not start.</source>
        <translation>密码库无法启动。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Not enough memory to protect the password.</source>
        <translation>内存不足，无法加密保存密码。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A password needs at least %1 characters.</source>
        <translation>密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>There is no role with id %1.</source>
        <translation>没有编号为 %1 的角色。</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+21"/>
        <source>Give the role a name.</source>
        <translation>请给角色起个名字。</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>There is a role named %1 already.</source>
        <translation>已经有名为 %1 的角色。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The owner&apos;s role always has every right.</source>
        <translation>店主角色始终拥有全部权限。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Someone changed this role after you opened it. Nothing was saved: reload it first.</source>
        <translation>您打开此角色后有人修改了它。未保存：请先重新载入。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The built-in role %1 cannot be deleted.</source>
        <translation>内置角色“%1”不能删除。</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n user(s) have the role %1; give them another role first.</source>
        <translation>
            <numerusform>有 %n 个用户属于角色“%1”；请先给他们换一个角色。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+51"/>
        <source>There is no user with id %1.</source>
        <translation>没有编号为 %1 的用户。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The shop needs at least one active owner; make someone else owner first.</source>
        <translation>本店至少需要一位启用的店主；请先把别人设为店主。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>A login name is 1 to 32 characters without spaces.</source>
        <translation>登录名为 1 到 32 个字符，不能有空格。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>There is a user %1 already.</source>
        <translation>已经有用户 %1。</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Give the user a name.</source>
        <translation>请填写用户姓名。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Someone changed this user after you opened it. Nothing was saved: reload it first.</source>
        <translation>您打开此用户后有人修改了它。未保存：请先重新载入。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Nobody is signed in.</source>
        <translation>当前没有人登录。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The current password is not right.</source>
        <translation>当前密码不对。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Create the owner&apos;s user first.</source>
        <translation>请先创建店主账号。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The login name or the password is not right.</source>
        <translation>登录名或密码不对。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The user %1 is disabled; ask the owner.</source>
        <translation>用户 %1 已停用，请联系店主。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many wrong passwords: %1 is locked until %2. The owner can reset the password.</source>
        <translation>密码错误次数过多：%1 已锁定到 %2。店主可以重设密码。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Too many wrong passwords: %1 is locked for %2 minutes. The owner can reset the password.</source>
        <translation>密码错误次数过多：%1 已锁定 %2 分钟。店主可以重设密码。</translation>
    </message>
</context>
<context>
    <name>shopcrm::UsersDialog</name>
    <message>
        <location filename="../ui/UsersDialog.cpp" line="+38"/>
        <source>Users and roles</source>
        <translation>用户与角色</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone &amp;signs in with their own user (off: a single-user shop without sign-in)</source>
        <translation>每个人用自己的账号登录(&amp;S)（关闭：单人使用，不需登录）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Login</source>
        <translation>登录名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last sign-in</source>
        <translation>上次登录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Add user…</source>
        <translation>添加用户(&amp;A)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reset password…</source>
        <translation>重设密码(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Disable / enable</source>
        <translation>停用 / 启用(&amp;D)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sees only the &amp;customers whose owner is the user&apos;s staff member</source>
        <translation>只能看到负责人为本人（关联员工）的客户(&amp;C)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New &amp;role…</source>
        <translation>新建角色(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>De&amp;lete role</source>
        <translation>删除角色(&amp;L)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save role</source>
        <translation>保存角色(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role &amp;name</source>
        <translation>角色名称(&amp;N)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Users</source>
        <translation>用户(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;oles and rights</source>
        <translation>角色与权限(&amp;O)</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>disabled</source>
        <translation>已停用</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>locked until %1</source>
        <translation>锁定到 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>active</source>
        <translation>启用</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>从不</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New user</source>
        <translation>新用户</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User %1</source>
        <translation>用户 %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>May sign in</source>
        <translation>允许登录</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>at least %1 characters</source>
        <translation>至少 %1 个字符</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Login name</source>
        <translation>登录名(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>姓名(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>角色(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Staff member</source>
        <translation>关联员工(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;epeat the password</source>
        <translation>再输入一次密码(&amp;E)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The two passwords differ.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Reset password</source>
        <translation>重设密码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password (at least %1 characters); tell it to the user, who can change it in File ▸ Change my password:</source>
        <translation>新密码（至少 %1 个字符）；告诉该用户后，他可以在“文件 ▸ 修改我的密码”中自行修改：</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>New role</source>
        <translation>新建角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name of the role (it starts with the front desk&apos;s rights):</source>
        <translation>角色名称（初始权限与前台相同）：</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Delete role</source>
        <translation>删除角色</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete the role %1?</source>
        <translation>删除角色“%1”？</translation>
    </message>
</context>
<context>
    <name>shopcrm::VCard</name>
    <message>
        <location filename="../core/services/VCard.cpp" line="+231"/>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>not a vCard property</source>
        <translation>不是 vCard 属性</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>a card without END:VCARD</source>
        <translation>名片缺少 END:VCARD</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD 前没有 BEGIN:VCARD</translation>
    </message>
</context>
<context>
    <name>shopcrm::XlsxReader</name>
    <message>
        <location filename="../core/services/XlsxReader.cpp" line="+78"/>
        <source>%1 is protected with a password or is an old .xls file; open it in Excel and save it again as .xlsx without a password.</source>
        <translation>%1 设有密码保护，或是旧的 .xls 文件；请在 Excel 中打开，去掉密码后另存为 .xlsx。</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>%1 is not an Excel workbook (.xlsx).</source>
        <translation>%1 不是 Excel 工作簿（.xlsx）。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 has no sheets.</source>
        <translation>%1 里没有工作表。</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1: a formula without a saved value; open the file in Excel, save it and import again.</source>
        <translation>%1：公式没有保存计算结果；请在 Excel 中打开并保存后再导入。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: Excel shows an error (%2) here.</source>
        <translation>%1：Excel 在此处显示错误（%2）。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The sheet %1 is damaged: %2</source>
        <translation>工作表 %1 已损坏：%2</translation>
    </message>
</context>
</TS>
