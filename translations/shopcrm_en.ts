<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>Cli</name>
    <message numerus="yes">
        <location filename="../app/CliOrders.cpp" line="+256"/>
        <source>%n order(s), total %1</source>
        <translation>
            <numerusform>%n order, total %1</numerusform>
            <numerusform>%n orders, total %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CliPrint.cpp" line="+77"/>
        <location line="+172"/>
        <source>%1 written: %n page(s).</source>
        <translation>
            <numerusform>%1 written: %n page.</numerusform>
            <numerusform>%1 written: %n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CliFollowUps.cpp" line="+285"/>
        <location filename="../app/CliSales.cpp" line="+472"/>
        <source>Wrote %n row(s) to %1.</source>
        <translation>
            <numerusform>Wrote %n row to %1.</numerusform>
            <numerusform>Wrote %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CliOrders.cpp" line="+1"/>
        <location filename="../app/CliPayments.cpp" line="+183"/>
        <location line="+22"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CliBackup.cpp" line="+112"/>
        <source>Every:       %n day(s)</source>
        <translation>
            <numerusform>Every:       %n day</numerusform>
            <numerusform>Every:       %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CliImport.cpp" line="+262"/>
        <source>%n row(s) have errors; nothing was imported.</source>
        <translation>
            <numerusform>%n row has errors; nothing was imported.</numerusform>
            <numerusform>%n rows have errors; nothing was imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CliMerge.cpp" line="+85"/>
        <source>%n likely pair(s).</source>
        <translation>
            <numerusform>%n likely pair.</numerusform>
            <numerusform>%n likely pairs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CliPrices.cpp" line="+156"/>
        <source>%n price(s) agreed.</source>
        <translation>
            <numerusform>%n price agreed.</numerusform>
            <numerusform>%n prices agreed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CliPool.cpp" line="+79"/>
        <source>%n day(s) in the pool</source>
        <translation>
            <numerusform>%n day in the pool</numerusform>
            <numerusform>%n days in the pool</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+45"/>
        <source>%n customer(s) returned to the pool.</source>
        <translation>
            <numerusform>%n customer returned to the pool.</numerusform>
            <numerusform>%n customers returned to the pool.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/CliService.cpp" line="+304"/>
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::AuditDialog</name>
    <message numerus="yes">
        <location filename="../ui/AuditDialog.cpp" line="+359"/>
        <source>The chain holds: %Ln entries, none changed, removed or moved. Head %1</source>
        <translation>
            <numerusform>The chain holds: %Ln entry, not changed, removed or moved. Head %1</numerusform>
            <numerusform>The chain holds: %Ln entries, none changed, removed or moved. Head %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::CalendarPage</name>
    <message numerus="yes">
        <location filename="../ui/CalendarPage.cpp" line="+247"/>
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>%n item shown</numerusform>
            <numerusform>%n items shown</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::CalendarView</name>
    <message numerus="yes">
        <location filename="../ui/CalendarView.cpp" line="+360"/>
        <source>+%n more</source>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::CampaignEditorDialog</name>
    <message numerus="yes">
        <location filename="../ui/CampaignsDialog.cpp" line="+103"/>
        <source>Take the %n picked customer(s) off the list when the campaign is saved?</source>
        <translation>
            <numerusform>Take the %n picked customer off the list when the campaign is saved?</numerusform>
            <numerusform>Take the %n picked customers off the list when the campaign is saved?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>and %n picked customer(s)</source>
        <translation>
            <numerusform>and %n picked customer</numerusform>
            <numerusform>and %n picked customers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::CatalogPage</name>
    <message numerus="yes">
        <location filename="../ui/CatalogPage.cpp" line="+486"/>
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
        <location filename="../core/store/CatalogRepository.cpp" line="+207"/>
        <source>%1 is on %n order(s) and cannot be deleted; archive it instead.</source>
        <translation>
            <numerusform>%1 is on %n order and cannot be deleted; archive it instead.</numerusform>
            <numerusform>%1 is on %n orders and cannot be deleted; archive it instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+141"/>
        <source>%1 is assigned to %n order(s) and cannot be deleted; mark them inactive instead.</source>
        <translation>
            <numerusform>%1 is assigned to %n order and cannot be deleted; mark them inactive instead.</numerusform>
            <numerusform>%1 is assigned to %n orders and cannot be deleted; mark them inactive instead.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1 recorded %n follow-up(s) and cannot be deleted; mark them inactive instead.</source>
        <translation>
            <numerusform>%1 recorded %n follow-up and cannot be deleted; mark them inactive instead.</numerusform>
            <numerusform>%1 recorded %n follow-ups and cannot be deleted; mark them inactive instead.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::CustomerImport</name>
    <message numerus="yes">
        <location filename="../core/services/CustomerImport.cpp" line="+542"/>
        <source>%n row(s) have errors; nothing was imported. Correct them and try again.</source>
        <translation>
            <numerusform>%n row has errors; nothing was imported. Correct it and try again.</numerusform>
            <numerusform>%n rows have errors; nothing was imported. Correct them and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::CustomerListModel</name>
    <message numerus="yes">
        <location filename="../ui/CustomerListModel.cpp" line="+83"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::CustomerListPage</name>
    <message numerus="yes">
        <location filename="../ui/CustomerListPage.cpp" line="+201"/>
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+3"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln customer</numerusform>
            <numerusform>%Ln customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+119"/>
        <source>Everyone in the list (%n)</source>
        <translation>
            <numerusform>Everyone in the list (%n)</numerusform>
            <numerusform>Everyone in the list (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%1: %n customer(s) added; %2 picked in all.</source>
        <translation>
            <numerusform>%1: %n customer added; %2 picked in all.</numerusform>
            <numerusform>%1: %n customers added; %2 picked in all.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+137"/>
        <source>Exported %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln customer to %1.</numerusform>
            <numerusform>Exported %Ln customers to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Exported %Ln contact card(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln contact card to %1.</numerusform>
            <numerusform>Exported %Ln contact cards to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::CustomerMerge</name>
    <message numerus="yes">
        <location filename="../core/services/CustomerMerge.cpp" line="+176"/>
        <source>monthly account, %n day(s)</source>
        <translation>
            <numerusform>monthly account, %n day</numerusform>
            <numerusform>monthly account, %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n order(s)</source>
        <translation>
            <numerusform>%n order</numerusform>
            <numerusform>%n orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n follow-up(s)</source>
        <translation>
            <numerusform>%n follow-up</numerusform>
            <numerusform>%n follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n payment(s)</source>
        <translation>
            <numerusform>%n payment</numerusform>
            <numerusform>%n payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n delivery slip(s)</source>
        <translation>
            <numerusform>%n delivery slip</numerusform>
            <numerusform>%n delivery slips</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::CustomerPool</name>
    <message numerus="yes">
        <location filename="../core/store/CustomerPool.cpp" line="+189"/>
        <source>%1 has claimed %n customer(s) today, the most the shop allows a day.</source>
        <translation>
            <numerusform>%1 has claimed %n customer today, the most the shop allows a day.</numerusform>
            <numerusform>%1 has claimed %n customers today, the most the shop allows a day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%1 looks after %n customer(s), the most the shop allows one person.</source>
        <translation>
            <numerusform>%1 looks after %n customer, the most the shop allows one person.</numerusform>
            <numerusform>%1 looks after %n customers, the most the shop allows one person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>%n day(s) without a follow-up</source>
        <translation>
            <numerusform>%n day without a follow-up</numerusform>
            <numerusform>%n days without a follow-up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n day(s) without an order</source>
        <translation>
            <numerusform>%n day without an order</numerusform>
            <numerusform>%n days without an order</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::CustomerTimeline</name>
    <message numerus="yes">
        <location filename="../ui/CustomerTimeline.cpp" line="+276"/>
        <location line="+2"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::DocumentBuilder</name>
    <message numerus="yes">
        <location filename="../core/documents/DocumentBuilder.cpp" line="+299"/>
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
        <location filename="../ui/DocumentPrintDialog.cpp" line="+406"/>
        <source>%1 written: %n page(s).</source>
        <translation>
            <numerusform>%1 written: %n page.</numerusform>
            <numerusform>%1 written: %n pages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::DuplicatesDialog</name>
    <message numerus="yes">
        <location filename="../ui/DuplicatesDialog.cpp" line="+101"/>
        <source>%Ln likely pair(s), the surest first.</source>
        <translation>
            <numerusform>%Ln likely pair.</numerusform>
            <numerusform>%Ln likely pairs, the surest first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::FollowUpDialog</name>
    <message numerus="yes">
        <location filename="../ui/FollowUpDialog.cpp" line="+237"/>
        <source>This contact settles the planned follow-up(s) of %1</source>
        <translation>
            <numerusform>This contact settles the planned follow-up of %1</numerusform>
            <numerusform>This contact settles the planned follow-ups of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::FollowUpListModel</name>
    <message numerus="yes">
        <location filename="../ui/FollowUpListPage.cpp" line="+58"/>
        <source> [%n file(s)]</source>
        <translation>
            <numerusform> [%n file]</numerusform>
            <numerusform> [%n files]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::FollowUpListPage</name>
    <message numerus="yes">
        <location line="+129"/>
        <location line="+2"/>
        <source>%Ln follow-up(s)</source>
        <translation>
            <numerusform>%Ln follow-up</numerusform>
            <numerusform>%Ln follow-ups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>Exported %Ln follow-up(s) to %1 in %2 s.</source>
        <translation>
            <numerusform>Exported %Ln follow-up to %1 in %2 s.</numerusform>
            <numerusform>Exported %Ln follow-ups to %1 in %2 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::FollowUpRepository</name>
    <message numerus="yes">
        <location filename="../core/store/FollowUpRepository.cpp" line="+610"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::ImportWizard</name>
    <message numerus="yes">
        <location filename="../ui/ImportWizard.cpp" line="+292"/>
        <source>%1: %Ln row(s) below the header.</source>
        <translation>
            <numerusform>%1: %Ln row below the header.</numerusform>
            <numerusform>%1: %Ln rows below the header.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%Ln row(s) cannot be read as they are; the check lists them.</source>
        <translation>
            <numerusform>%Ln row cannot be read as it is; the check lists it.</numerusform>
            <numerusform>%Ln rows cannot be read as they are; the check lists them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+190"/>
        <source>%Ln row(s) have errors. Correct them in the file and open it again: nothing is imported while any row is wrong.</source>
        <translation>
            <numerusform>%Ln row has errors. Correct it in the file and open it again: nothing is imported while any row is wrong.</numerusform>
            <numerusform>%Ln rows have errors. Correct them in the file and open it again: nothing is imported while any row is wrong.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+109"/>
        <source>Orders worth %1, %2 of it paid; %Ln new customer(s).</source>
        <translation>
            <numerusform>Orders worth %1, %2 of it paid; %Ln new customer.</numerusform>
            <numerusform>Orders worth %1, %2 of it paid; %Ln new customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Importing %Ln record(s)…</source>
        <translation>
            <numerusform>Importing %Ln record…</numerusform>
            <numerusform>Importing %Ln records…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+50"/>
        <source>Remove the %Ln customer(s) this import added and put back what it changed?</source>
        <translation>
            <numerusform>Remove the %Ln customer this import added and put back what it changed?</numerusform>
            <numerusform>Remove the %Ln customers this import added and put back what it changed?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::MailMergeDialog</name>
    <message numerus="yes">
        <location filename="../ui/MailMergeDialog.cpp" line="+81"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n without a postcode</source>
        <translation>
            <numerusform>%n without a postcode</numerusform>
            <numerusform>%n without a postcode</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::MainWindow</name>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="+495"/>
        <source>%n customer(s) went back to the public pool.</source>
        <translation>
            <numerusform>%n customer went back to the public pool.</numerusform>
            <numerusform>%n customers went back to the public pool.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+69"/>
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
    <message numerus="yes">
        <location line="+150"/>
        <source>and %n more</source>
        <translation>
            <numerusform>and %n more</numerusform>
            <numerusform>and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n reminder(s) now due</source>
        <translation>
            <numerusform>%n reminder now due</numerusform>
            <numerusform>%n reminders now due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::MessageDialog</name>
    <message numerus="yes">
        <location filename="../ui/MessageDialogs.cpp" line="+492"/>
        <source>%n character(s) for the first customer, signature included</source>
        <translation>
            <numerusform>%n character for the first customer, signature included</numerusform>
            <numerusform>%n characters for the first customer, signature included</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>sent as %n message(s)</source>
        <translation>
            <numerusform>sent as %n message</numerusform>
            <numerusform>sent as %n messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n e-mail(s)</source>
        <translation>
            <numerusform>%n e-mail</numerusform>
            <numerusform>%n e-mails</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n text message(s)</source>
        <translation>
            <numerusform>%n text message</numerusform>
            <numerusform>%n text messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Ready to go to %n customer(s): %1.</source>
        <translation>
            <numerusform>Ready to go to %n customer: %1.</numerusform>
            <numerusform>Ready to go to %n customers: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Send %n message(s) now?</source>
        <translation>
            <numerusform>Send %n message now?</numerusform>
            <numerusform>Send %n messages now?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::OrderImport</name>
    <message numerus="yes">
        <location filename="../core/services/OrderImport.cpp" line="+391"/>
        <source>%n order(s) have errors; nothing was imported. Correct them and try again.</source>
        <translation>
            <numerusform>%n order has errors; nothing was imported. Correct it and try again.</numerusform>
            <numerusform>%n orders have errors; nothing was imported. Correct them and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::OrderInput</name>
    <message numerus="yes">
        <location filename="../core/services/OrderInput.cpp" line="+123"/>
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
        <location filename="../ui/OrderListPage.cpp" line="+234"/>
        <source>%Ln order(s) · total %1 · deposits %2</source>
        <translation>
            <numerusform>%Ln order · total %1 · deposits %2</numerusform>
            <numerusform>%Ln orders · total %1 · deposits %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln order</numerusform>
            <numerusform>%Ln orders</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+223"/>
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
    <message numerus="yes">
        <location line="+42"/>
        <source>Exported %Ln order(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln order to %1.</numerusform>
            <numerusform>Exported %Ln orders to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::PaymentListPage</name>
    <message numerus="yes">
        <location filename="../ui/PaymentListPage.cpp" line="+205"/>
        <location line="+2"/>
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln payment</numerusform>
            <numerusform>%Ln payments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>%Ln customer(s) owe %1, of which %2 is past due</source>
        <translation>
            <numerusform>%Ln customer owes %1, of which %2 is past due</numerusform>
            <numerusform>%Ln customers owe %1, of which %2 is past due</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+43"/>
        <source>Exported %Ln payment(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln payment to %1.</numerusform>
            <numerusform>Exported %Ln payments to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Exported %Ln customer(s) to %1.</source>
        <translation>
            <numerusform>Exported %Ln customer to %1.</numerusform>
            <numerusform>Exported %Ln customers to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::PipelinePage</name>
    <message numerus="yes">
        <location filename="../ui/PipelinePage.cpp" line="+459"/>
        <source>%n quote(s)</source>
        <translation>
            <numerusform>%n quote</numerusform>
            <numerusform>%n quotes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n opportunity(ies)</source>
        <translation>
            <numerusform>%n opportunity</numerusform>
            <numerusform>%n opportunities</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>last %n day(s)</source>
        <translation>
            <numerusform>last %n day</numerusform>
            <numerusform>last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Closed in the last %n day(s)</source>
        <translation>
            <numerusform>Closed in the last %n day</numerusform>
            <numerusform>Closed in the last %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>… and %n more: use the list</source>
        <translation>
            <numerusform>… and %n more: use the list</numerusform>
            <numerusform>… and %n more: use the list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::PriceListDialog</name>
    <message numerus="yes">
        <location filename="../ui/PriceListDialog.cpp" line="+162"/>
        <source>%n price(s) agreed from what the customer paid last.</source>
        <translation>
            <numerusform>%n price agreed from what the customer paid last.</numerusform>
            <numerusform>%n prices agreed from what the customer paid last.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::ProductImport</name>
    <message numerus="yes">
        <location filename="../core/services/ProductImport.cpp" line="+254"/>
        <source>%n row(s) have errors; nothing was imported. Correct them and try again.</source>
        <translation>
            <numerusform>%n row has errors; nothing was imported. Correct it and try again.</numerusform>
            <numerusform>%n rows have errors; nothing was imported. Correct them and try again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::QuoteEditorDialog</name>
    <message numerus="yes">
        <location filename="../ui/QuoteEditorDialog.cpp" line="+385"/>
        <source>printed %n time(s)</source>
        <translation>
            <numerusform>printed %n time</numerusform>
            <numerusform>printed %n times</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::RemindersPanel</name>
    <message numerus="yes">
        <location filename="../ui/RemindersPanel.cpp" line="+30"/>
        <location line="+6"/>
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <location line="+7"/>
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+168"/>
        <source>%n reminder(s) for today</source>
        <translation>
            <numerusform>%n reminder for today</numerusform>
            <numerusform>%n reminders for today</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::SalesAnalysisView</name>
    <message numerus="yes">
        <location filename="../ui/SalesAnalysisView.cpp" line="+264"/>
        <source>weighted ¥%1 · %n open</source>
        <translation>
            <numerusform>weighted ¥%1 · %n open</numerusform>
            <numerusform>weighted ¥%1 · %n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open</source>
        <translation>
            <numerusform>%n open</numerusform>
            <numerusform>%n open</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n more without a date</source>
        <translation>
            <numerusform>%n more without a date</numerusform>
            <numerusform>%n more without a date</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n won</source>
        <translation>
            <numerusform>%n won</numerusform>
            <numerusform>%n won</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+56"/>
        <source>Funnel of the %n created</source>
        <translation>
            <numerusform>Funnel of the one created</numerusform>
            <numerusform>Funnel of the %n created</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%1: %n reached</source>
        <translation>
            <numerusform>%1: %n reached</numerusform>
            <numerusform>%1: %n reached</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::ServerProbe</name>
    <message numerus="yes">
        <location filename="../core/store/ServerProbe.cpp" line="+76"/>
        <source>Connected to %1. It holds a ShopCRM database (schema %2) with %n customer(s).</source>
        <translation>
            <numerusform>Connected to %1. It holds a ShopCRM database (schema %2) with %n customer.</numerusform>
            <numerusform>Connected to %1. It holds a ShopCRM database (schema %2) with %n customers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::ServicePage</name>
    <message numerus="yes">
        <location filename="../ui/ServicePage.cpp" line="+183"/>
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n late</source>
        <translation>
            <numerusform>%n late</numerusform>
            <numerusform>%n late</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shopcrm::UserRepository</name>
    <message numerus="yes">
        <location filename="../core/store/UserRepository.cpp" line="+188"/>
        <source>%n user(s) have the role %1; give them another role first.</source>
        <translation>
            <numerusform>%n user has the role %1; give them another role first.</numerusform>
            <numerusform>%n users have the role %1; give them another role first.</numerusform>
        </translation>
    </message>
</context>
</TS>
