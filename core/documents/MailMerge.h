#pragma once

#include "domain/Customer.h"
#include "PrintDocument.h"

#include <QCoreApplication>
#include <QList>
#include <QRectF>
#include <QString>

#include <optional>

class QPagedPaintDevice;

namespace shopcrm {

// Who a label or an envelope goes to: the customer, the person to hand it to, the address as
// the post reads it (region, then street), and the postcode.
struct Addressee
{
    QString name;
    QString contact;
    QString address;
    QString postcode;
    static Addressee of(const Customer& customer);
};

// An A4 sheet of address labels: how many across and down, each label's size, where the first one
// starts and the gaps between them, all in millimetres.
struct LabelSheet
{
    QString code; // "3x8", "2x7"
    int columns = 0;
    int rows = 0;
    double widthMm = 0;
    double heightMm = 0;
    double leftMm = 0;
    double topMm = 0;
    double columnGapMm = 0;
    double rowGapMm = 0;
    int perSheet() const { return columns * rows; }
    // The label at `index` on its sheet (0 top left, across then down).
    QRectF labelMm(int index) const;
    static std::optional<LabelSheet> fromCode(const QString& code);
    static QStringList codes();
};

// A Chinese standard envelope (DL 220 × 110 mm, C5 229 × 162 mm).
struct EnvelopeSize
{
    QString code; // "dl", "c5"
    double widthMm = 0;
    double heightMm = 0;
    static std::optional<EnvelopeSize> fromCode(const QString& code);
    static QStringList codes();
    // The six postcode boxes at the top left, as the national envelope standard places them:
    // 8 × 10 mm each, 2 mm apart, the first 20 mm from the left and 10 mm from the top.
    static QRectF postcodeBoxMm(int index);
};

// A letter to one customer: who it goes to and its text, its merge fields already filled in.
struct Letter
{
    Addressee to;
    QString body;
};

// Address labels, envelopes and letters for a list of customers, painted with QPainter on any paged device
// (the printer, a PDF), in millimetres from the page's corner.
class MailMerge final
{
    Q_DECLARE_TR_FUNCTIONS(shopcrm::MailMerge)
public:
    // Labels from position `start` (1 = top left) of the first sheet, for a half-used sheet.
    // Returns the pages painted.
    static int paintLabels(QPagedPaintDevice* device, const QList<Addressee>& to, const LabelSheet& sheet,
                           int start = 1);
    // One envelope a page: the postcode in its boxes, the address and the addressee, the shop as
    // the sender at the bottom right.
    static int paintEnvelopes(QPagedPaintDevice* device, const QList<Addressee>& to, const EnvelopeSize& size,
                              const ShopProfile& sender);
    // The same into a PDF file; StoreError (Open) when it cannot be written.
    static int writeLabels(const QString& path, const QList<Addressee>& to, const LabelSheet& sheet,
                           int start = 1);
    static int writeEnvelopes(const QString& path, const QList<Addressee>& to, const EnvelopeSize& size,
                              const ShopProfile& sender);
    // Letters on A4, each starting on a new page: the shop's letterhead, the date, the addressee
    // (postcode, address, name and contact) and the text, carried over to more pages at line
    // boundaries when long. Returns the pages painted.
    static int paintLetters(QPagedPaintDevice* device, const QList<Letter>& letters,
                            const ShopProfile& sender, const QDate& date);
    static int writeLetters(const QString& path, const QList<Letter>& letters, const ShopProfile& sender,
                            const QDate& date);
};

} // namespace shopcrm
