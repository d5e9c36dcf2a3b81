<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/CliOrders.cpp" line="+232"/>
        <source>%n order(s), total %1</source>
        <translation>
            <numerusform>%n order, total %1</numerusform>
            <numerusform>%n orders, total %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CliPrint.cpp" line="+63"/>
        <source>%1 written: %n page(s).</source>
        <translation>
            <numerusform>%1 written: %n page.</numerusform>
            <numerusform>%1 written: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::CatalogPage</name>
    <message numerus="yes">
        <location filename="../ui/CatalogPage.cpp" line="+411"/>
        <source>%1 is on %n order(s) and cannot be deleted; archive it instead.</source>
        <translation>
            <numerusform>%1 is on %n order and cannot be deleted; archive it instead.</numerusform>
            <numerusform>%1 is on %n orders and cannot be deleted; archive it instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::CatalogRepository</name>
    <message numerus="yes">
        <location filename="../core/store/CatalogRepository.cpp" line="+196"/>
        <source>%1 is on %n order(s) and cannot be deleted; archive it instead.</source>
        <translation>
            <numerusform>%1 is on %n order and cannot be deleted; archive it instead.</numerusform>
            <numerusform>%1 is on %n orders and cannot be deleted; archive it instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+118"/>
        <source>%1 is assigned to %n order(s) and cannot be deleted; mark them inactive instead.</source>
        <translation>
            <numerusform>%1 is assigned to %n order and cannot be deleted; mark them inactive instead.</numerusform>
            <numerusform>%1 is assigned to %n orders and cannot be deleted; mark them inactive instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::CustomerListPage</name>
    <message numerus="yes">
        <location filename="../ui/CustomerListPage.cpp" line="+81"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+2"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::DocumentBuilder</name>
    <message numerus="yes">
        <location filename="../core/documents/DocumentBuilder.cpp" line="+200"/>
        <source>Orders placed in the period: %n, worth ¥%1.</source>
        <translation>
            <numerusform>Orders placed in the period: %n, worth ¥%1.</numerusform>
            <numerusform>Orders placed in the period: %n, worth ¥%1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::DocumentPrintDialog</name>
    <message numerus="yes">
        <location filename="../ui/DocumentPrintDialog.cpp" line="+397"/>
        <source>%1 written: %n page(s).</source>
        <translation>
            <numerusform>%1 written: %n page.</numerusform>
            <numerusform>%1 written: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+145"/>
        <source>%Ln order(s) due today</source>
        <translation>
            <numerusform>%Ln order due today</numerusform>
            <numerusform>%Ln orders due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln overdue</source>
        <translation>
            <numerusform>%Ln overdue</numerusform>
            <numerusform>%Ln overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::OrderInput</name>
    <message numerus="yes">
        <location filename="../core/services/OrderInput.cpp" line="+66"/>
        <source>%n customers are named &quot;%1&quot;; give the customer&apos;s id instead.</source>
        <translation>
            <numerusform>%n customer is named &quot;%1&quot;; give the customer&apos;s id instead.</numerusform>
            <numerusform>%n customers are named &quot;%1&quot;; give the customer&apos;s id instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::OrderListPage</name>
    <message numerus="yes">
        <location filename="../ui/OrderListPage.cpp" line="+163"/>
        <source>%Ln order(s) · total %1 · deposits %2</source>
        <translation>
            <numerusform>%Ln order · total %1 · deposits %2</numerusform>
            <numerusform>%Ln orders · total %1 · deposits %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+196"/>
        <source>Why are %n order(s) cancelled?</source>
        <translation>
            <numerusform>Why are %n order cancelled?</numerusform>
            <numerusform>Why are %n orders cancelled?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Set %n order(s) to &quot;%1&quot;?</source>
        <translation>
            <numerusform>Set %n order to &quot;%1&quot;?</numerusform>
            <numerusform>Set %n orders to &quot;%1&quot;?</numerusform>
        </translation>
    </message>
</context>
</TS>
