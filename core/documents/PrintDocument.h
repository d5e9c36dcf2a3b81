#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace shopcrm {

class Database;

struct DocColumn
{
    QString key;
    QString title;
    int width = 10; // relative to the other columns
    Qt::Alignment align = Qt::AlignLeft;
};

struct DocField
{
    QString key;
    QString label;
    QString value;
};

// What a document says, independent of paper: built from the data (DocumentBuilder), trimmed and
// renamed by the shop's template, laid out on any page format by DocumentRenderer.
struct PrintDocument
{
    QString kind;   // work_order, delivery_slip, statement
    QString title;  // 制作单, 送货单, 对账单
    QString number;
    QString qrText; // empty: no QR code
    bool urgent = false;
    QString copyMark; // 补打 on a reprint
    QList<DocField> fields;
    QList<DocColumn> columns;
    QList<QStringList> rows;    // one cell per column
    QList<DocField> totals;     // after the table, on the last page
    QStringList notes;
    QStringList signatures;     // sign-off boxes
    QStringList plies;          // 存根 / 客户 / 记账, printed on multi-part forms
    QString footer;
};

// The shop's letterhead, shared by every desk (stored in the settings table).
struct ShopProfile
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::ShopProfile)
public:
    QString name;
    QString address;
    QString phone;
    QString bankAccount;
    QString footer;
    QString logoPath;

    static ShopProfile load(Database& db);
    void save(Database& db) const;
};

// The shop's choices for one kind of document: its title, which header fields and columns show,
// their titles and widths, and the footer line. Stored as JSON in print_templates.
struct DocumentTemplate
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::DocumentTemplate)
public:
    struct Column
    {
        QString key;
        QString title; // empty: the built-in title
        bool visible = true;
        int width = 0; // 0: the built-in width
    };
    QString kind;
    QString title;
    QString footer;
    QList<Column> columns;          // in the order they print
    QHash<QString, bool> fields;    // header fields switched off are false

    static DocumentTemplate load(Database& db, const QString& kind);
    void save(Database& db) const;
    void reset(Database& db) const;
    QJsonObject toJson() const;
    static DocumentTemplate fromJson(const QString& kind, const QJsonObject& json);
    // Applies the choices to a document built with every field and column.
    PrintDocument applyTo(PrintDocument document) const;
    static QStringList kinds();
    static QString kindName(const QString& kind);
};

} // namespace shopcrm
