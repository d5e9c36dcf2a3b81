#include "Migrations.h"

#include "AuditLog.h"
#include "CustomerSearchIndex.h"
#include "Database.h"
#include "RevenueSummary.h"

#include <QCoreApplication>

#include <algorithm>

namespace shopcrm {

namespace {

// Schema 1: customers, contacts, the change feed and the audit log.
const char* const kSchema1 = R"SQL(
CREATE TABLE schema_version (
    version     INTEGER PRIMARY KEY,
    description TEXT NOT NULL,
    applied_at  TEXT NOT NULL
);
CREATE TABLE customers (
    id            INTEGER PRIMARY KEY,
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL DEFAULT '',
    updated_by    TEXT NOT NULL DEFAULT '',
    name          TEXT NOT NULL CHECK (length(trim(name)) > 0),
    short_name    TEXT NOT NULL DEFAULT '',
    kind          TEXT NOT NULL DEFAULT 'company' CHECK (kind IN ('company', 'individual')),
    grade         TEXT NOT NULL DEFAULT '',
    tags          TEXT NOT NULL DEFAULT '',
    industry      TEXT NOT NULL DEFAULT '',
    province      TEXT NOT NULL DEFAULT '',
    city          TEXT NOT NULL DEFAULT '',
    district      TEXT NOT NULL DEFAULT '',
    address       TEXT NOT NULL DEFAULT '',
    phones        TEXT NOT NULL DEFAULT '',
    email         TEXT NOT NULL DEFAULT '',
    wechat        TEXT NOT NULL DEFAULT '',
    source        TEXT NOT NULL DEFAULT '',
    owner         TEXT NOT NULL DEFAULT '',
    payment_terms TEXT NOT NULL DEFAULT 'cod' CHECK (payment_terms IN ('cod', 'monthly')),
    payment_days  INTEGER NOT NULL DEFAULT 0,
    notes         TEXT NOT NULL DEFAULT '',
    archived      INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE contacts (
    id          INTEGER PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    position    INTEGER NOT NULL DEFAULT 0,
    is_primary  INTEGER NOT NULL DEFAULT 0,
    name        TEXT NOT NULL,
    title       TEXT NOT NULL DEFAULT '',
    mobile      TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT '',
    email       TEXT NOT NULL DEFAULT '',
    wechat      TEXT NOT NULL DEFAULT '',
    birthday    TEXT,
    notes       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX contacts_customer ON contacts(customer_id, position);
CREATE TABLE change_log (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    op        TEXT NOT NULL,
    desk      TEXT NOT NULL,
    at        TEXT NOT NULL
);
CREATE TABLE audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    who       TEXT NOT NULL,
    desk      TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    op        TEXT NOT NULL,
    before    TEXT,
    after     TEXT
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
)SQL";

// Schema 2: list columns kept on the customer row (so sorting happens in SQL over an index) and
// the search tables: prefix keys (B-tree), the searchable text in a plain table (scanned for
// 1–2 character queries), and an FTS5 trigram index over that table for longer substrings.
const char* const kSchema2 = R"SQL(
ALTER TABLE customers ADD COLUMN name_sort TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN name_key TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN contact_name TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN phone TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN region TEXT NOT NULL DEFAULT '';
CREATE INDEX customers_by_name ON customers(archived, name_sort, id);
CREATE INDEX customers_by_contact ON customers(archived, contact_name, id);
CREATE INDEX customers_by_phone ON customers(archived, phone, id);
CREATE INDEX customers_by_region ON customers(archived, region, id);
CREATE INDEX customers_by_grade ON customers(archived, grade, id);
CREATE INDEX customers_by_tags ON customers(archived, tags, id);
CREATE INDEX customers_by_updated ON customers(archived, updated_at, id);
CREATE INDEX customers_name_key ON customers(name_key);
CREATE TABLE customer_key (
    key         TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    kind        INTEGER NOT NULL,
    PRIMARY KEY (key, customer_id, kind)
) WITHOUT ROWID;
CREATE TABLE customer_search (
    id     INTEGER PRIMARY KEY REFERENCES customers(id) ON DELETE CASCADE,
    text   TEXT NOT NULL,
    pinyin TEXT NOT NULL,
    phones TEXT NOT NULL
);
CREATE VIRTUAL TABLE customer_fts USING fts5(text, pinyin, phones, content = 'customer_search', content_rowid = 'id',
                                             tokenize = 'trigram');
)SQL";


// Schema 3: shop settings, document counters, the catalog, staff and orders. Orders keep their
// total, staff names and their customer's sort key (kept in step when the customer is renamed) on
// the row, so the order list sorts and sums in SQL over an index.
const char* const kSchema3 = R"SQL(
CREATE TABLE settings (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
CREATE TABLE counters (
    series TEXT NOT NULL,
    period TEXT NOT NULL,
    value  INTEGER NOT NULL,
    PRIMARY KEY (series, period)
) WITHOUT ROWID;
CREATE TABLE product_categories (
    id         INTEGER PRIMARY KEY,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL DEFAULT '',
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    archived   INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX product_categories_name ON product_categories(name);
CREATE TABLE products (
    id          INTEGER PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    category_id INTEGER REFERENCES product_categories(id),
    name        TEXT NOT NULL CHECK (length(trim(name)) > 0),
    name_key    TEXT NOT NULL,
    spec        TEXT NOT NULL DEFAULT '',
    unit        TEXT NOT NULL,
    pricing     TEXT NOT NULL DEFAULT 'unit' CHECK (pricing IN ('unit', 'area')),
    unit_price  INTEGER NOT NULL DEFAULT 0,
    cost        INTEGER,
    archived    INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX products_by_key ON products(archived, name_key);
CREATE TABLE staff (
    id         INTEGER PRIMARY KEY,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL DEFAULT '',
    name       TEXT NOT NULL CHECK (length(trim(name)) > 0),
    role       TEXT NOT NULL DEFAULT 'other',
    phone      TEXT NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX staff_by_name ON staff(name);
CREATE TABLE orders (
    id               INTEGER PRIMARY KEY,
    version          INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL DEFAULT '',
    updated_by       TEXT NOT NULL DEFAULT '',
    number           TEXT NOT NULL,
    customer_id      INTEGER NOT NULL REFERENCES customers(id),
    contact_name     TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    delivery_address TEXT NOT NULL DEFAULT '',
    order_date       TEXT NOT NULL,
    due_at           TEXT,
    urgent           INTEGER NOT NULL DEFAULT 0,
    title            TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    source           TEXT NOT NULL DEFAULT '',
    status           INTEGER NOT NULL DEFAULT 0 CHECK (status BETWEEN 0 AND 4),
    status_at        TEXT NOT NULL,
    cancel_reason    TEXT NOT NULL DEFAULT '',
    total            INTEGER NOT NULL DEFAULT 0,
    deposit          INTEGER NOT NULL DEFAULT 0,
    staff_names      TEXT NOT NULL DEFAULT '',
    customer_sort    TEXT NOT NULL DEFAULT '',
    duplicated_from  INTEGER REFERENCES orders(id)
);
CREATE UNIQUE INDEX orders_number ON orders(number);
CREATE INDEX orders_by_date ON orders(order_date, id);
CREATE INDEX orders_by_status ON orders(status, order_date, id);
CREATE INDEX orders_by_due ON orders(status, due_at, id);
CREATE INDEX orders_by_customer ON orders(customer_id, order_date, id);
CREATE INDEX orders_by_total ON orders(total, id);
CREATE INDEX orders_by_customer_sort ON orders(customer_sort, id);
CREATE TABLE order_lines (
    id                  INTEGER PRIMARY KEY,
    order_id            INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    product_id          INTEGER REFERENCES products(id),
    product             TEXT NOT NULL DEFAULT '',
    product_key         TEXT NOT NULL DEFAULT '',
    description         TEXT NOT NULL DEFAULT '',
    material            TEXT NOT NULL DEFAULT '',
    width_mm            INTEGER NOT NULL DEFAULT 0,
    height_mm           INTEGER NOT NULL DEFAULT 0,
    quantity            INTEGER NOT NULL,
    unit                TEXT NOT NULL DEFAULT '',
    unit_price          INTEGER NOT NULL DEFAULT 0,
    discount            INTEGER NOT NULL DEFAULT 0,
    area                INTEGER NOT NULL DEFAULT 0,
    amount              INTEGER NOT NULL DEFAULT 0,
    outsource_supplier  TEXT NOT NULL DEFAULT '',
    outsource_cost      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX order_lines_order ON order_lines(order_id, position);
CREATE INDEX order_lines_product ON order_lines(product_id);
CREATE TABLE order_staff (
    order_id INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    staff_id INTEGER NOT NULL REFERENCES staff(id),
    role     TEXT NOT NULL DEFAULT 'other',
    PRIMARY KEY (order_id, position)
) WITHOUT ROWID;
CREATE INDEX order_staff_by_staff ON order_staff(staff_id, order_id);
CREATE TABLE order_status_history (
    id        INTEGER PRIMARY KEY,
    order_id  INTEGER NOT NULL REFERENCES orders(id) ON DELETE CASCADE,
    at        TEXT NOT NULL,
    who       TEXT NOT NULL,
    desk      TEXT NOT NULL,
    from_status INTEGER,
    to_status INTEGER NOT NULL,
    reason    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX order_status_history_order ON order_status_history(order_id, id);
)SQL";

// Schema 4: delivery slips (from one or several orders, all or part of their quantities), the
// print log (originals and reprints, shown in an order's history) and the print templates the
// shop chose.
const char* const kSchema4 = R"SQL(
CREATE TABLE delivery_slips (
    id               INTEGER PRIMARY KEY,
    version          INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL DEFAULT '',
    updated_by       TEXT NOT NULL DEFAULT '',
    number           TEXT NOT NULL,
    customer_id      INTEGER NOT NULL REFERENCES customers(id),
    contact_name     TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    delivery_address TEXT NOT NULL DEFAULT '',
    delivered_at     TEXT NOT NULL,
    notes            TEXT NOT NULL DEFAULT '',
    total            INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX delivery_slips_number ON delivery_slips(number);
CREATE INDEX delivery_slips_customer ON delivery_slips(customer_id, delivered_at);
CREATE TABLE delivery_lines (
    id            INTEGER PRIMARY KEY,
    slip_id       INTEGER NOT NULL REFERENCES delivery_slips(id) ON DELETE CASCADE,
    position      INTEGER NOT NULL,
    order_id      INTEGER NOT NULL REFERENCES orders(id),
    order_line_id INTEGER NOT NULL REFERENCES order_lines(id),
    quantity      INTEGER NOT NULL CHECK (quantity > 0),
    amount        INTEGER NOT NULL
);
CREATE INDEX delivery_lines_slip ON delivery_lines(slip_id, position);
CREATE INDEX delivery_lines_order_line ON delivery_lines(order_line_id);
CREATE INDEX delivery_lines_order ON delivery_lines(order_id);
CREATE TABLE document_prints (
    id       INTEGER PRIMARY KEY,
    document TEXT NOT NULL,
    ref_id   INTEGER NOT NULL,
    order_id INTEGER REFERENCES orders(id),
    copy     INTEGER NOT NULL,
    form     TEXT NOT NULL,
    at       TEXT NOT NULL,
    who      TEXT NOT NULL,
    desk     TEXT NOT NULL
);
CREATE INDEX document_prints_ref ON document_prints(document, ref_id);
CREATE INDEX document_prints_order ON document_prints(order_id, at);
CREATE TABLE print_templates (
    document   TEXT PRIMARY KEY,
    definition TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL DEFAULT ''
);
)SQL";

// Schema 5: follow-ups with their attachments (kept in the database so a shared file carries
// them), the customer's last contact and next planned follow-up kept on the customer row (so the
// customer list sorts and filters by them over an index), the reminders people marked done or
// snoozed, and an index for birthdays by month and day.
const char* const kSchema5 = R"SQL(
CREATE TABLE follow_ups (
    id           INTEGER PRIMARY KEY,
    version      INTEGER NOT NULL DEFAULT 1,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    created_by   TEXT NOT NULL DEFAULT '',
    updated_by   TEXT NOT NULL DEFAULT '',
    customer_id  INTEGER NOT NULL REFERENCES customers(id),
    contact_name TEXT NOT NULL DEFAULT '',
    at           TEXT NOT NULL,
    method       TEXT NOT NULL CHECK (method IN ('phone', 'visit', 'wechat', 'qq', 'email', 'sms', 'other')),
    subject      TEXT NOT NULL DEFAULT '',
    details      TEXT NOT NULL DEFAULT '',
    outcome      TEXT NOT NULL DEFAULT '',
    staff_id     INTEGER REFERENCES staff(id),
    next_date    TEXT,
    next_action  TEXT NOT NULL DEFAULT '',
    next_done    INTEGER NOT NULL DEFAULT 0,
    closed_by    INTEGER,
    order_id     INTEGER REFERENCES orders(id)
);
CREATE INDEX follow_ups_customer ON follow_ups(customer_id, at, id);
CREATE INDEX follow_ups_by_at ON follow_ups(at, id);
CREATE INDEX follow_ups_staff ON follow_ups(staff_id, at, id);
CREATE INDEX follow_ups_open_plans ON follow_ups(next_date, customer_id) WHERE next_date IS NOT NULL AND next_done = 0;
CREATE INDEX follow_ups_closed_by ON follow_ups(closed_by) WHERE closed_by IS NOT NULL;
CREATE INDEX follow_ups_order ON follow_ups(order_id) WHERE order_id IS NOT NULL;
CREATE TABLE follow_up_attachments (
    id           INTEGER PRIMARY KEY,
    follow_up_id INTEGER NOT NULL REFERENCES follow_ups(id) ON DELETE CASCADE,
    position     INTEGER NOT NULL,
    file_name    TEXT NOT NULL,
    mime_type    TEXT NOT NULL DEFAULT '',
    size         INTEGER NOT NULL,
    data         BLOB NOT NULL
);
CREATE INDEX follow_up_attachments_follow_up ON follow_up_attachments(follow_up_id, position);
ALTER TABLE customers ADD COLUMN last_contact_at TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN next_follow_up TEXT NOT NULL DEFAULT '';
CREATE INDEX customers_by_last_contact ON customers(archived, last_contact_at, id);
CREATE INDEX customers_by_next_follow_up ON customers(archived, coalesce(nullif(next_follow_up, ''), '9999'), id);
CREATE TABLE reminder_dismissals (
    kind     TEXT NOT NULL,
    ref_id   INTEGER NOT NULL,
    occasion TEXT NOT NULL,
    until    TEXT,
    at       TEXT NOT NULL,
    who      TEXT NOT NULL,
    desk     TEXT NOT NULL,
    PRIMARY KEY (kind, ref_id, occasion)
) WITHOUT ROWID;
CREATE INDEX contacts_birthday ON contacts(substr(birthday, 6)) WHERE birthday IS NOT NULL;
)SQL";

// Schema 6: payments (回款) and how they settle orders, what each order has been paid and what
// each payment left unallocated (credit) (both kept in step; the receivables read them over
// covering partial indexes), and the revenue summaries the monthly review reads instead of scanning orders: per
// month, per customer and month, per product category and month, per staff member and month —
// once by order date and once by delivery date (the month an order was delivered), as the shop
// chooses in Settings.
// Deposits already taken become payments of their orders.
const char* const kSchema6 = R"SQL(
CREATE TABLE payments (
    id          INTEGER PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    number      TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    paid_at     TEXT NOT NULL,
    amount      INTEGER NOT NULL CHECK (amount <> 0),
    method      TEXT NOT NULL CHECK (method IN ('cash', 'bank', 'wechat', 'alipay', 'cheque', 'other')),
    account     TEXT NOT NULL DEFAULT '',
    handler     TEXT NOT NULL DEFAULT '',
    reference   TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',
    deposit_of  INTEGER REFERENCES orders(id),
    unallocated INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX payments_number ON payments(number);
CREATE INDEX payments_by_date ON payments(paid_at, id);
CREATE INDEX payments_customer ON payments(customer_id, paid_at);
CREATE UNIQUE INDEX payments_deposit ON payments(deposit_of) WHERE deposit_of IS NOT NULL;
CREATE INDEX payments_credit ON payments(customer_id) WHERE unallocated <> 0;
CREATE TABLE payment_allocations (
    payment_id INTEGER NOT NULL REFERENCES payments(id) ON DELETE CASCADE,
    order_id   INTEGER NOT NULL REFERENCES orders(id),
    amount     INTEGER NOT NULL,
    PRIMARY KEY (payment_id, order_id)
) WITHOUT ROWID;
CREATE INDEX payment_allocations_order ON payment_allocations(order_id);
ALTER TABLE orders ADD COLUMN paid INTEGER NOT NULL DEFAULT 0;
CREATE INDEX orders_unpaid ON orders(customer_id, order_date, total, paid) WHERE status <> 4 AND paid < total;
CREATE TABLE summary_month (
    month    TEXT PRIMARY KEY,
    billed   INTEGER NOT NULL DEFAULT 0,
    orders   INTEGER NOT NULL DEFAULT 0,
    received INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE summary_customer_month (
    month       TEXT NOT NULL,
    customer_id INTEGER NOT NULL,
    billed      INTEGER NOT NULL DEFAULT 0,
    orders      INTEGER NOT NULL DEFAULT 0,
    received    INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, customer_id)
) WITHOUT ROWID;
CREATE INDEX summary_customer ON summary_customer_month(customer_id, month);
CREATE INDEX summary_customer_top ON summary_customer_month(month, billed);
CREATE TABLE summary_category_month (
    month       TEXT NOT NULL,
    category_id INTEGER NOT NULL,
    billed      INTEGER NOT NULL DEFAULT 0,
    orders      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, category_id)
) WITHOUT ROWID;
CREATE TABLE summary_staff_month (
    month    TEXT NOT NULL,
    staff_id INTEGER NOT NULL,
    billed   INTEGER NOT NULL DEFAULT 0,
    orders   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, staff_id)
) WITHOUT ROWID;
CREATE TABLE summary_delivered_month (
    month  TEXT PRIMARY KEY,
    billed INTEGER NOT NULL DEFAULT 0,
    orders INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE summary_delivered_customer_month (
    month       TEXT NOT NULL,
    customer_id INTEGER NOT NULL,
    billed      INTEGER NOT NULL DEFAULT 0,
    orders      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, customer_id)
) WITHOUT ROWID;
CREATE INDEX summary_delivered_customer_top ON summary_delivered_customer_month(month, billed);
CREATE TABLE summary_delivered_category_month (
    month       TEXT NOT NULL,
    category_id INTEGER NOT NULL,
    billed      INTEGER NOT NULL DEFAULT 0,
    orders      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, category_id)
) WITHOUT ROWID;
CREATE TABLE summary_delivered_staff_month (
    month    TEXT NOT NULL,
    staff_id INTEGER NOT NULL,
    billed   INTEGER NOT NULL DEFAULT 0,
    orders   INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (month, staff_id)
) WITHOUT ROWID;
INSERT INTO payments(created_at, updated_at, created_by, updated_by, number, customer_id, paid_at, amount, method,
                     deposit_of)
    SELECT created_at, updated_at, created_by, updated_by, 'DJ-' || number, customer_id, order_date, deposit, 'cash',
           id FROM orders WHERE deposit > 0;
INSERT INTO payment_allocations(payment_id, order_id, amount)
    SELECT id, deposit_of, amount FROM payments WHERE deposit_of IS NOT NULL;
UPDATE orders SET paid = deposit WHERE deposit > 0;
)SQL";


// Schema 7: several desks on one file. Each running desk says it is there (desk_presence, a beat
// every few seconds); a desk editing a record holds an advisory lease on it (edit_leases). Both
// are advisory: saving is decided by the version check.
const char* const kSchema7 = R"SQL(
CREATE TABLE desk_presence (
    id          INTEGER PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    instance    TEXT NOT NULL UNIQUE,
    desk        TEXT NOT NULL,
    user        TEXT NOT NULL,
    host        TEXT NOT NULL DEFAULT '',
    pid         INTEGER NOT NULL DEFAULT 0,
    program     TEXT NOT NULL DEFAULT 'gui',
    since       TEXT NOT NULL,
    last_seen   TEXT NOT NULL
);
CREATE INDEX desk_presence_seen ON desk_presence(last_seen);
CREATE TABLE edit_leases (
    id          INTEGER PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    entity      TEXT NOT NULL,
    entity_id   INTEGER NOT NULL,
    instance    TEXT NOT NULL,
    desk        TEXT NOT NULL,
    user        TEXT NOT NULL,
    since       TEXT NOT NULL,
    last_seen   TEXT NOT NULL,
    UNIQUE (entity, entity_id, instance)
);
CREATE INDEX edit_leases_instance ON edit_leases(instance);
CREATE INDEX change_log_at ON change_log(at);
)SQL";

// Schema 8: an audit log nobody can quietly edit. Entries keep only the fields that changed and are
// hash-chained (AuditLog); audit_chain holds the random anchor and the chain's head.
const char* const kSchema8 = R"SQL(
ALTER TABLE audit_log ADD COLUMN hash BLOB;
CREATE TABLE audit_chain (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    anchor      BLOB NOT NULL,
    head_id     INTEGER NOT NULL,
    head_hash   BLOB NOT NULL,
    entries     INTEGER NOT NULL
);
CREATE INDEX audit_log_who ON audit_log(who, id);
)SQL";

// Schema 9: users, roles and rights. The built-in roles are written by seedRoles().
const char* const kSchema9 = R"SQL(
CREATE TABLE roles (
    id                  INTEGER PRIMARY KEY,
    version             INTEGER NOT NULL DEFAULT 1,
    created_at          TEXT NOT NULL,
    updated_at          TEXT NOT NULL,
    created_by          TEXT NOT NULL DEFAULT '',
    updated_by          TEXT NOT NULL DEFAULT '',
    code                TEXT NOT NULL UNIQUE COLLATE NOCASE,
    name                TEXT NOT NULL,
    builtin             INTEGER NOT NULL DEFAULT 0,
    own_customers_only  INTEGER NOT NULL DEFAULT 0,
    rights              TEXT NOT NULL DEFAULT ''
);
CREATE TABLE users (
    id               INTEGER PRIMARY KEY,
    version          INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL DEFAULT '',
    updated_by       TEXT NOT NULL DEFAULT '',
    login            TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name     TEXT NOT NULL,
    staff_id         INTEGER REFERENCES staff(id),
    role_id          INTEGER NOT NULL REFERENCES roles(id),
    password_hash    TEXT NOT NULL,
    active           INTEGER NOT NULL DEFAULT 1,
    failed_attempts  INTEGER NOT NULL DEFAULT 0,
    locked_until     TEXT,
    last_login_at    TEXT
);
CREATE INDEX users_role ON users(role_id);
)SQL";

// Schema 10: imports, with what each created or changed, so one can be reverted.
const char* const kSchema10 = R"SQL(
CREATE TABLE imports (
    id          INTEGER PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    kind        TEXT NOT NULL,
    file        TEXT NOT NULL DEFAULT '',
    encoding    TEXT NOT NULL DEFAULT '',
    created     INTEGER NOT NULL DEFAULT 0,
    updated     INTEGER NOT NULL DEFAULT 0,
    skipped     INTEGER NOT NULL DEFAULT 0,
    reverted_at TEXT
);
CREATE TABLE import_items (
    id            INTEGER PRIMARY KEY,
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL DEFAULT '',
    updated_by    TEXT NOT NULL DEFAULT '',
    import_id     INTEGER NOT NULL REFERENCES imports(id),
    entity        TEXT NOT NULL,
    entity_id     INTEGER NOT NULL,
    action        TEXT NOT NULL,
    version_after INTEGER NOT NULL,
    before        TEXT
);
CREATE INDEX import_items_import ON import_items(import_id);
)SQL";

// Schema 11: merged customers (with what moved, so a merge can be undone) and pairs the shop said
// are not duplicates.
const char* const kSchema11 = R"SQL(
CREATE TABLE merges (
    id                 INTEGER PRIMARY KEY,
    version            INTEGER NOT NULL DEFAULT 1,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL,
    created_by         TEXT NOT NULL DEFAULT '',
    updated_by         TEXT NOT NULL DEFAULT '',
    kept_id            INTEGER NOT NULL,
    dropped_id         INTEGER NOT NULL,
    kept_name          TEXT NOT NULL DEFAULT '',
    dropped_name       TEXT NOT NULL DEFAULT '',
    kept_before        TEXT NOT NULL,
    kept_version_after INTEGER NOT NULL,
    dropped            TEXT NOT NULL,
    moved              TEXT NOT NULL,
    undone_at          TEXT
);
CREATE INDEX merges_kept ON merges(kept_id);
CREATE TABLE duplicate_dismissals (
    id          INTEGER PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    first_id    INTEGER NOT NULL,
    second_id   INTEGER NOT NULL,
    UNIQUE (first_id, second_id)
);
)SQL";

// Schema 12: customer search as keys in an FTS5 table without content, one document per field and
// kind of match, ordered by rowid (see CustomerSearchIndex); the day of each customer's latest
// activity, which orders equal matches; customer_key keeps only phone numbers. Pinyin now spells ü
// as v, so the sort keys are rebuilt with the index. This step's rebuild also fills the index and
// list columns of every older database (step 2 made the index's earlier shape). Products get a code (SKU),
// unique when given.
const char* const kSchema12 = R"SQL(
DROP TABLE customer_fts;
DROP TABLE customer_search;
DELETE FROM customer_key WHERE kind <> 4;
ALTER TABLE customers ADD COLUMN search_day INTEGER NOT NULL DEFAULT 0;
CREATE VIRTUAL TABLE search_fts USING fts5(keys, content = '', detail = none, columnsize = 0, tokenize = 'ascii');
CREATE VIRTUAL TABLE search_vocab USING fts5vocab(search_fts, 'row');
ALTER TABLE products ADD COLUMN code TEXT NOT NULL DEFAULT '';
CREATE UNIQUE INDEX products_code ON products(code) WHERE code <> '';
)SQL";

// Schema 13: each customer's yearly totals beside the monthly ones, so a year's review ranks its
// customers from one row each (a busy shop has hundreds of thousands of customer-months a year).
// Filled here from the monthly rows they add up. No index by amount: ranking a year's rows costs
// 20 ms for 300,000 customers, and such an index would add 100 bytes per customer.
const char* const kSchema13 = R"SQL(
CREATE TABLE summary_customer_year (
    year        TEXT NOT NULL,
    customer_id INTEGER NOT NULL,
    billed      INTEGER NOT NULL DEFAULT 0,
    orders      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (year, customer_id)
) WITHOUT ROWID;
CREATE TABLE summary_delivered_customer_year (
    year        TEXT NOT NULL,
    customer_id INTEGER NOT NULL,
    billed      INTEGER NOT NULL DEFAULT 0,
    orders      INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (year, customer_id)
) WITHOUT ROWID;
INSERT INTO summary_customer_year(year, customer_id, billed, orders)
    SELECT substr(month, 1, 4), customer_id, sum(billed), sum(orders) FROM summary_customer_month
    GROUP BY 1, 2 HAVING sum(billed) <> 0 OR sum(orders) <> 0;
INSERT INTO summary_delivered_customer_year(year, customer_id, billed, orders)
    SELECT substr(month, 1, 4), customer_id, sum(billed), sum(orders) FROM summary_delivered_customer_month
    GROUP BY 1, 2 HAVING sum(billed) <> 0 OR sum(orders) <> 0;
)SQL";

// Schema 15: the shop's totals per local day beside the monthly ones, so a period in progress is
// compared with the same days of the period before and of a year earlier (a few thousand rows
// in ten years). Filled by the revenue summaries' rebuild after the step.
const char* const kSchema15 = R"SQL(
CREATE TABLE summary_day (
    day      TEXT PRIMARY KEY,
    billed   INTEGER NOT NULL DEFAULT 0,
    orders   INTEGER NOT NULL DEFAULT 0,
    received INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
CREATE TABLE summary_delivered_day (
    day      TEXT PRIMARY KEY,
    billed   INTEGER NOT NULL DEFAULT 0,
    orders   INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
)SQL";

// Schema 16: selling before the order. The shop's stages (a print shop's six to start with, each
// with its default probability; `code` names a built-in one, shown translated until renamed), the
// opportunities and each one's moves between stages, for the funnel and the time in each stage.
// Amounts are fen; the expected close is a local day ('' while unknown, so the list's order by
// it reads an index).
const char* const kSchema16 = R"SQL(
CREATE TABLE opportunity_stages (
    id          INTEGER PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    code        TEXT NOT NULL DEFAULT '',
    name        TEXT NOT NULL DEFAULT '',
    probability INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
    position    INTEGER NOT NULL,
    kind        TEXT NOT NULL DEFAULT 'open' CHECK (kind IN ('open', 'won', 'lost')),
    archived    INTEGER NOT NULL DEFAULT 0,
    CHECK (code <> '' OR length(trim(name)) > 0)
);
CREATE TABLE opportunities (
    id             INTEGER PRIMARY KEY,
    version        INTEGER NOT NULL DEFAULT 1,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL DEFAULT '',
    updated_by     TEXT NOT NULL DEFAULT '',
    customer_id    INTEGER NOT NULL REFERENCES customers(id),
    contact_name   TEXT NOT NULL DEFAULT '',
    title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
    wanted         TEXT NOT NULL DEFAULT '',
    amount         INTEGER NOT NULL DEFAULT 0 CHECK (amount >= 0),
    stage_id       INTEGER NOT NULL REFERENCES opportunity_stages(id),
    probability    INTEGER NOT NULL CHECK (probability BETWEEN 0 AND 100),
    expected_close TEXT NOT NULL DEFAULT '',
    source         TEXT NOT NULL DEFAULT '',
    owner          TEXT NOT NULL DEFAULT '',
    competitor     TEXT NOT NULL DEFAULT '',
    next_step      TEXT NOT NULL DEFAULT '',
    lost_reason    TEXT NOT NULL DEFAULT '',
    notes          TEXT NOT NULL DEFAULT '',
    stage_at       TEXT NOT NULL,
    closed_at      TEXT
);
CREATE INDEX opportunities_by_stage ON opportunities(stage_id, expected_close, id);
CREATE INDEX opportunities_stage_totals ON opportunities(stage_id, closed_at, amount, probability);
CREATE INDEX opportunities_by_customer ON opportunities(customer_id, id);
CREATE INDEX opportunities_by_close ON opportunities(expected_close, id);
CREATE INDEX opportunities_by_closed ON opportunities(closed_at) WHERE closed_at IS NOT NULL;
CREATE TABLE opportunity_moves (
    id             INTEGER PRIMARY KEY,
    opportunity_id INTEGER NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
    from_stage     INTEGER REFERENCES opportunity_stages(id),
    to_stage       INTEGER NOT NULL REFERENCES opportunity_stages(id),
    at             TEXT NOT NULL,
    who            TEXT NOT NULL DEFAULT '',
    desk           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX opportunity_moves_by_opportunity ON opportunity_moves(opportunity_id, at, id);
)SQL";

// Schema 17: sales targets per month or quarter, for the shop (no staff) or one staff member:
// revenue in fen, new customers or follow-ups as counts. New customers are counted by when they
// were created, hence the index.
const char* const kSchema17 = R"SQL(
CREATE TABLE sales_targets (
    id         INTEGER PRIMARY KEY,
    version    INTEGER NOT NULL DEFAULT 1,
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL DEFAULT '',
    period     TEXT NOT NULL CHECK (period GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]' OR period GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
    staff_id   INTEGER REFERENCES staff(id),
    metric     TEXT NOT NULL CHECK (metric IN ('revenue', 'new_customers', 'follow_ups')),
    target     INTEGER NOT NULL CHECK (target >= 0)
);
CREATE UNIQUE INDEX sales_targets_key ON sales_targets(period, ifnull(staff_id, 0), metric);
CREATE INDEX customers_by_created ON customers(created_at);
)SQL";

// Schema 18: quotes (报价单). Every revision is a row with its own lines under the quote's number;
// `latest` marks the one that can still be answered or made into an order. The lines have the
// shape of an order's, so an order is made from them as they are. An order remembers the quote it
// came from. The validity is a local day ('' when none).
const char* const kSchema18 = R"SQL(
CREATE TABLE quotes (
    id               INTEGER PRIMARY KEY,
    version          INTEGER NOT NULL DEFAULT 1,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    created_by       TEXT NOT NULL DEFAULT '',
    updated_by       TEXT NOT NULL DEFAULT '',
    number           TEXT NOT NULL,
    revision         INTEGER NOT NULL DEFAULT 1 CHECK (revision >= 1),
    latest           INTEGER NOT NULL DEFAULT 1,
    customer_id      INTEGER NOT NULL REFERENCES customers(id),
    opportunity_id   INTEGER REFERENCES opportunities(id),
    contact_name     TEXT NOT NULL DEFAULT '',
    phone            TEXT NOT NULL DEFAULT '',
    delivery_address TEXT NOT NULL DEFAULT '',
    title            TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    terms            TEXT NOT NULL DEFAULT '',
    quote_date       TEXT NOT NULL,
    valid_until      TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'declined')),
    status_at        TEXT NOT NULL,
    decline_reason   TEXT NOT NULL DEFAULT '',
    order_id         INTEGER REFERENCES orders(id),
    total            INTEGER NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX quotes_number ON quotes(number, revision);
CREATE UNIQUE INDEX quotes_latest ON quotes(number) WHERE latest = 1;
CREATE INDEX quotes_by_date ON quotes(latest, quote_date, id);
CREATE INDEX quotes_by_customer ON quotes(customer_id, quote_date, id);
CREATE INDEX quotes_by_opportunity ON quotes(opportunity_id, id) WHERE opportunity_id IS NOT NULL;
CREATE TABLE quote_lines (
    id                  INTEGER PRIMARY KEY,
    quote_id            INTEGER NOT NULL REFERENCES quotes(id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    product_id          INTEGER REFERENCES products(id),
    product             TEXT NOT NULL DEFAULT '',
    product_key         TEXT NOT NULL DEFAULT '',
    description         TEXT NOT NULL DEFAULT '',
    material            TEXT NOT NULL DEFAULT '',
    width_mm            INTEGER NOT NULL DEFAULT 0,
    height_mm           INTEGER NOT NULL DEFAULT 0,
    quantity            INTEGER NOT NULL,
    unit                TEXT NOT NULL DEFAULT '',
    unit_price          INTEGER NOT NULL DEFAULT 0,
    discount            INTEGER NOT NULL DEFAULT 0,
    area                INTEGER NOT NULL DEFAULT 0,
    amount              INTEGER NOT NULL DEFAULT 0,
    outsource_supplier  TEXT NOT NULL DEFAULT '',
    outsource_cost      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX quote_lines_quote ON quote_lines(quote_id, position);
)SQL";

// Schema 19: prices agreed with a customer, or with every customer of a grade (协议价), by product
// (its folded name, as order lines are matched for last prices) and period ('' for an open end).
const char* const kSchema19 = R"SQL(
CREATE TABLE negotiated_prices (
    id          INTEGER PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    customer_id INTEGER REFERENCES customers(id),
    grade       TEXT NOT NULL DEFAULT '',
    product_id  INTEGER REFERENCES products(id),
    product     TEXT NOT NULL CHECK (length(trim(product)) > 0),
    product_key TEXT NOT NULL,
    unit        TEXT NOT NULL DEFAULT '',
    unit_price  INTEGER NOT NULL CHECK (unit_price >= 0),
    valid_from  TEXT NOT NULL DEFAULT '',
    valid_to    TEXT NOT NULL DEFAULT '',
    notes       TEXT NOT NULL DEFAULT '',
    CHECK ((customer_id IS NULL) <> (grade = ''))
);
CREATE UNIQUE INDEX negotiated_prices_key ON negotiated_prices(ifnull(customer_id, 0), grade, product_key, valid_from);
CREATE INDEX negotiated_prices_by_product ON negotiated_prices(product_key, customer_id);
)SQL";

// Schema 20: the public pool (公海). A customer without an owner is in the pool; since when, and who
// had it last, are kept on the row (the pool list sorts by them), when the owner took it too (the
// return rules count from it). Every move is a row in pool_moves: claims per day and a former
// owner's waiting period are read from it.
const char* const kSchema20 = R"SQL(
ALTER TABLE customers ADD COLUMN owner_since TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN pool_since TEXT NOT NULL DEFAULT '';
ALTER TABLE customers ADD COLUMN previous_owner TEXT NOT NULL DEFAULT '';
CREATE INDEX customers_by_owner ON customers(archived, owner, id);
CREATE INDEX customers_in_pool ON customers(archived, owner, pool_since, id);
CREATE TABLE pool_moves (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    at          TEXT NOT NULL,
    op          TEXT NOT NULL CHECK (op IN ('claim', 'release', 'return', 'assign')),
    from_owner  TEXT NOT NULL DEFAULT '',
    to_owner    TEXT NOT NULL DEFAULT '',
    who         TEXT NOT NULL DEFAULT '',
    desk        TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX pool_moves_by_customer ON pool_moves(customer_id, at);
CREATE INDEX pool_moves_claims ON pool_moves(to_owner, op, at);
)SQL";

// Schema 21: an opportunity's product lines (the shape of order_lines, so the order form's line
// table and a quote made from it take them as they are) and its files (as follow-ups keep theirs).
// Both belong to their opportunity: its version and audit cover them.
const char* const kSchema21 = R"SQL(
CREATE TABLE opportunity_lines (
    id                  INTEGER PRIMARY KEY,
    opportunity_id      INTEGER NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
    position            INTEGER NOT NULL,
    product_id          INTEGER REFERENCES products(id),
    product             TEXT NOT NULL DEFAULT '',
    product_key         TEXT NOT NULL DEFAULT '',
    description         TEXT NOT NULL DEFAULT '',
    material            TEXT NOT NULL DEFAULT '',
    width_mm            INTEGER NOT NULL DEFAULT 0,
    height_mm           INTEGER NOT NULL DEFAULT 0,
    quantity            INTEGER NOT NULL,
    unit                TEXT NOT NULL DEFAULT '',
    unit_price          INTEGER NOT NULL DEFAULT 0,
    discount            INTEGER NOT NULL DEFAULT 0,
    area                INTEGER NOT NULL DEFAULT 0,
    amount              INTEGER NOT NULL DEFAULT 0,
    outsource_supplier  TEXT NOT NULL DEFAULT '',
    outsource_cost      INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX opportunity_lines_opportunity ON opportunity_lines(opportunity_id, position);
CREATE TABLE opportunity_attachments (
    id             INTEGER PRIMARY KEY,
    opportunity_id INTEGER NOT NULL REFERENCES opportunities(id) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    file_name      TEXT NOT NULL,
    mime_type      TEXT NOT NULL DEFAULT '',
    size           INTEGER NOT NULL,
    data           BLOB NOT NULL
);
CREATE INDEX opportunity_attachments_opportunity ON opportunity_attachments(opportunity_id, position);
)SQL";

// Schema 22: service requests and complaints (售后服务), numbered from their own counter, each step
// of their progress a row in service_moves, their files as follow-ups keep theirs.
const char* const kSchema22 = R"SQL(
CREATE TABLE service_requests (
    id                   INTEGER PRIMARY KEY,
    version              INTEGER NOT NULL DEFAULT 1,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    created_by           TEXT NOT NULL DEFAULT '',
    updated_by           TEXT NOT NULL DEFAULT '',
    number               TEXT NOT NULL UNIQUE,
    customer_id          INTEGER NOT NULL REFERENCES customers(id),
    contact_name         TEXT NOT NULL DEFAULT '',
    order_id             INTEGER REFERENCES orders(id),
    type                 TEXT NOT NULL,
    priority             TEXT NOT NULL CHECK (priority IN ('low', 'medium', 'high', 'urgent')),
    channel              TEXT NOT NULL DEFAULT '',
    description          TEXT NOT NULL,
    assignee             TEXT NOT NULL DEFAULT '',
    status               TEXT NOT NULL CHECK (status IN ('new', 'in_progress', 'awaiting_customer', 'resolved',
                                                         'closed', 'rejected')),
    opened_at            TEXT NOT NULL,
    due_at               TEXT,
    resolution           TEXT NOT NULL DEFAULT '',
    resolved_at          TEXT,
    closed_at            TEXT,
    satisfaction         INTEGER NOT NULL DEFAULT 0 CHECK (satisfaction BETWEEN 0 AND 5),
    satisfaction_comment TEXT NOT NULL DEFAULT ''
);
CREATE INDEX service_requests_by_opened ON service_requests(opened_at, id);
CREATE INDEX service_requests_by_status ON service_requests(status, due_at, id);
CREATE INDEX service_requests_by_customer ON service_requests(customer_id, opened_at);
CREATE INDEX service_requests_by_order ON service_requests(order_id) WHERE order_id IS NOT NULL;
CREATE INDEX service_requests_by_assignee ON service_requests(assignee, status, due_at);
CREATE INDEX service_requests_by_resolved ON service_requests(resolved_at) WHERE resolved_at IS NOT NULL;
CREATE TABLE service_moves (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES service_requests(id) ON DELETE CASCADE,
    from_status TEXT,
    to_status   TEXT NOT NULL,
    at          TEXT NOT NULL,
    who         TEXT NOT NULL DEFAULT '',
    desk        TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX service_moves_by_request ON service_moves(request_id, at);
CREATE TABLE service_attachments (
    id         INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES service_requests(id) ON DELETE CASCADE,
    position   INTEGER NOT NULL,
    file_name  TEXT NOT NULL,
    mime_type  TEXT NOT NULL DEFAULT '',
    size       INTEGER NOT NULL,
    data       BLOB NOT NULL
);
CREATE INDEX service_attachments_by_request ON service_attachments(request_id, position);
)SQL";

// Schema 24: tasks and appointments (日历): what is to be done by when, and time booked for staff,
// each about a customer and one of their orders, opportunities or service requests.
const char* const kSchema24 = R"SQL(
CREATE TABLE tasks (
    id             INTEGER PRIMARY KEY,
    version        INTEGER NOT NULL DEFAULT 1,
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL DEFAULT '',
    updated_by     TEXT NOT NULL DEFAULT '',
    title          TEXT NOT NULL CHECK (length(trim(title)) > 0),
    notes          TEXT NOT NULL DEFAULT '',
    customer_id    INTEGER REFERENCES customers(id),
    order_id       INTEGER REFERENCES orders(id),
    opportunity_id INTEGER REFERENCES opportunities(id),
    service_id     INTEGER REFERENCES service_requests(id),
    assignee       TEXT NOT NULL DEFAULT '',
    due_at         TEXT,
    done_at        TEXT,
    done_by        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tasks_by_due ON tasks(due_at, id) WHERE due_at IS NOT NULL;
CREATE INDEX tasks_open ON tasks(assignee, due_at) WHERE done_at IS NULL;
CREATE INDEX tasks_by_customer ON tasks(customer_id) WHERE customer_id IS NOT NULL;
CREATE INDEX tasks_by_order ON tasks(order_id) WHERE order_id IS NOT NULL;
CREATE INDEX tasks_by_opportunity ON tasks(opportunity_id) WHERE opportunity_id IS NOT NULL;
CREATE INDEX tasks_by_service ON tasks(service_id) WHERE service_id IS NOT NULL;
CREATE TABLE appointments (
    id          INTEGER PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    title       TEXT NOT NULL CHECK (length(trim(title)) > 0),
    kind        TEXT NOT NULL CHECK (kind IN ('meeting', 'visit', 'installation', 'delivery', 'other')),
    starts_at   TEXT NOT NULL,
    ends_at     TEXT NOT NULL CHECK (ends_at > starts_at),
    place       TEXT NOT NULL DEFAULT '',
    customer_id INTEGER REFERENCES customers(id),
    order_id    INTEGER REFERENCES orders(id),
    service_id  INTEGER REFERENCES service_requests(id),
    notes       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX appointments_by_start ON appointments(starts_at, ends_at);
CREATE INDEX appointments_by_customer ON appointments(customer_id) WHERE customer_id IS NOT NULL;
CREATE INDEX appointments_by_order ON appointments(order_id) WHERE order_id IS NOT NULL;
CREATE INDEX appointments_by_service ON appointments(service_id) WHERE service_id IS NOT NULL;
CREATE TABLE appointment_people (
    appointment_id INTEGER NOT NULL REFERENCES appointments(id) ON DELETE CASCADE,
    staff          TEXT NOT NULL,
    PRIMARY KEY (appointment_id, staff)
) WITHOUT ROWID;
CREATE INDEX appointment_people_by_staff ON appointment_people(staff, appointment_id);
)SQL";

// Schema 25: marketing campaigns (营销活动), their target lists, and the campaign customers,
// opportunities and orders came from. The links are plain columns kept by the repositories (a
// campaign in use is not deleted), so an older file upgraded in place needs no table rebuilt.
const char* const kSchema25 = R"SQL(
CREATE TABLE campaigns (
    id            INTEGER PRIMARY KEY,
    version       INTEGER NOT NULL DEFAULT 1,
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL DEFAULT '',
    updated_by    TEXT NOT NULL DEFAULT '',
    name          TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
    channel       TEXT NOT NULL DEFAULT '',
    starts_on     TEXT NOT NULL,
    ends_on       TEXT NOT NULL CHECK (ends_on >= starts_on),
    budget        INTEGER NOT NULL DEFAULT 0 CHECK (budget >= 0),
    cost          INTEGER NOT NULL DEFAULT 0 CHECK (cost >= 0),
    window_days   INTEGER NOT NULL DEFAULT 30 CHECK (window_days BETWEEN 0 AND 365),
    target_filter TEXT NOT NULL DEFAULT '',
    notes         TEXT NOT NULL DEFAULT ''
);
CREATE INDEX campaigns_by_start ON campaigns(starts_on, ends_on);
CREATE TABLE campaign_targets (
    campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE,
    customer_id INTEGER NOT NULL REFERENCES customers(id) ON DELETE CASCADE,
    PRIMARY KEY (campaign_id, customer_id)
) WITHOUT ROWID;
CREATE INDEX campaign_targets_by_customer ON campaign_targets(customer_id);
)SQL";

// Schema 26: messages sent to customers (e-mail now, text messages later), one row a customer and
// channel in each send, so sending a batch again never sends twice; the text as it went out.
const char* const kSchema26 = R"SQL(
CREATE TABLE messages (
    id          INTEGER PRIMARY KEY,
    version     INTEGER NOT NULL DEFAULT 1,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL DEFAULT '',
    updated_by  TEXT NOT NULL DEFAULT '',
    batch       TEXT NOT NULL,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    channel     TEXT NOT NULL CHECK (channel IN ('email', 'sms')),
    address     TEXT NOT NULL,
    subject     TEXT NOT NULL DEFAULT '',
    body        TEXT NOT NULL,
    status      TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'failed')),
    attempts    INTEGER NOT NULL DEFAULT 0,
    error       TEXT NOT NULL DEFAULT '',
    sent_at     TEXT,
    UNIQUE (batch, customer_id, channel)
);
CREATE INDEX messages_by_customer ON messages(customer_id, created_at);
CREATE INDEX messages_by_status ON messages(status, batch);
)SQL";

// The stages a print shop starts with.
void seedStages(Database& db)
{
    const QString now = Database::nowUtc();
    struct Seed
    {
        const char* code;
        int probability;
        const char* kind;
    };
    const Seed seeds[] = {{"first_contact", 10, "open"}, {"needs_confirmed", 30, "open"},
                          {"quoted", 50, "open"},        {"negotiation", 70, "open"},
                          {"won", 100, "won"},           {"lost", 0, "lost"}};
    int position = 0;
    for (const Seed& s : seeds)
        Sql(db,
            QStringLiteral(
                "INSERT INTO opportunity_stages(created_at, updated_at, code, probability, position, kind) "
                "VALUES (?, ?, ?, ?, ?, ?)"))
            .bind(now)
            .bind(now)
            .bind(QString::fromLatin1(s.code))
            .bind(s.probability)
            .bind(position++)
            .bind(QString::fromLatin1(s.kind))
            .exec();
}

// Roles saved before the sales module existed gain what their built-in preset gives it (the
// owner everything); roles a shop made itself gain nothing until the owner ticks it.
void grantSales(Database& db)
{
    Sql roles(db, QStringLiteral("SELECT id, code, rights FROM roles WHERE builtin = 1"));
    roles.exec();
    QList<std::pair<qint64, QString>> updates;
    while (roles.next()) {
        Rights rights = Rights::fromText(roles.value(2).toString());
        const Rights preset = Rights::preset(roles.value(1).toString());
        for (Action a : Rights::actions())
            if (preset.has(Module::Sales, a)) rights.grant(Module::Sales, a);
        updates.append({roles.value(0).toLongLong(), rights.toText()});
    }
    for (const auto& [id, text] : updates)
        Sql(db, QStringLiteral("UPDATE roles SET rights = ? WHERE id = ?")).bind(text).bind(id).exec();
}

// The four roles every shop starts with; their names are shown translated, the rights are the
// shop's to change (except the owner's).
void seedRoles(Database& db)
{
    const QString now = Database::nowUtc();
    for (const QString& code : Rights::builtinRoles())
        Sql(db, QStringLiteral("INSERT INTO roles(created_at, updated_at, code, name, builtin, rights) VALUES (?, ?, ?, ?, 1, ?)"))
            .bind(now)
            .bind(now)
            .bind(code)
            .bind(code)
            .bind(Rights::preset(code).toText())
            .exec();
}

} // namespace

void Migrations::execScript(Database& db, const QString& script)
{
    for (const QString& statement : script.split(QStringLiteral(";\n"), Qt::SkipEmptyParts))
        if (!statement.trimmed().isEmpty())
            for (const QString& part : Dialect::script(db.engine(), statement.trimmed()))
                db.exec(part);
}

const QList<MigrationStep>& Migrations::ladder()
{
    static const QList<MigrationStep> steps = {
        {1,
         QStringLiteral(
             QT_TRANSLATE_NOOP("shopcrm::Database", "customers, contacts, change feed, audit log")),
         [](Database& db) { execScript(db, QString::fromUtf8(kSchema1)); }},
        {2, QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "customer list columns and search index")),
         [](Database& db) { execScript(db, QString::fromUtf8(kSchema2)); }},
        {3,
         QStringLiteral(
             QT_TRANSLATE_NOOP("shopcrm::Database", "settings, counters, catalog, staff and orders")),
         [](Database& db) { execScript(db, QString::fromUtf8(kSchema3)); }},
        {4,
         QStringLiteral(
             QT_TRANSLATE_NOOP("shopcrm::Database", "delivery slips, print log and print templates")),
         [](Database& db) { execScript(db, QString::fromUtf8(kSchema4)); }},
        {5, QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "follow-ups, attachments, reminders")),
         [](Database& db) { execScript(db, QString::fromUtf8(kSchema5)); }},
        {6,
         QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "payments, allocations, revenue summaries")),
         [](Database& db) { execScript(db, QString::fromUtf8(kSchema6)); }, false, true},
        {7, QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "desk presence and edit leases")),
         [](Database& db) { execScript(db, QString::fromUtf8(kSchema7)); }},
        {8, QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "audit log as hash-chained field changes")),
         [](Database& db) {
             execScript(db, QString::fromUtf8(kSchema8));
             AuditLog::migrateToDiffs(db);
         },
         false, false, true},
        {9, QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "users, roles and rights")),
         [](Database& db) {
             execScript(db, QString::fromUtf8(kSchema9));
             seedRoles(db);
         }},
        {10, QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "imports and what they did")),
         [](Database& db) { execScript(db, QString::fromUtf8(kSchema10)); }},
        {11,
         QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "customer merges and dismissed duplicates")),
         [](Database& db) { execScript(db, QString::fromUtf8(kSchema11)); }},
        {12,
         QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database",
                                          "customer search by field, match and activity; product codes")),
         [](Database& db) { execScript(db, QString::fromUtf8(kSchema12)); }, true},
        {13, QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "customers' yearly revenue totals")),
         [](Database& db) { execScript(db, QString::fromUtf8(kSchema13)); }},
        // A search of several terms finds who holds them all in one document per customer.
        {14,
         QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "customer search by several terms at once")),
         [](Database&) {}, true},
        {15, QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "the shop's daily revenue totals")),
         [](Database& db) {
             execScript(db, QString::fromUtf8(kSchema15));
             RevenueSummary::rebuildDays(db);
         }},
        {16,
         QStringLiteral(
             QT_TRANSLATE_NOOP("shopcrm::Database", "sales opportunities, their stages and moves")),
         [](Database& db) {
             execScript(db, QString::fromUtf8(kSchema16));
             seedStages(db);
             grantSales(db);
         }},
        {17, QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "sales targets")),
         [](Database& db) { execScript(db, QString::fromUtf8(kSchema17)); }},
        {18, QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "quotes and their revisions")),
         [](Database& db) {
             execScript(db, QString::fromUtf8(kSchema18));
             // The orders' link to their quote, unless it is there: the upgrade tests make an older
             // file from a new one by dropping the later tables, and SQLite cannot drop a column
             // that a foreign key names.
             if (!db.hasColumn(QStringLiteral("orders"), QStringLiteral("quote_id")))
                 db.exec(
                     QStringLiteral("ALTER TABLE orders ADD COLUMN quote_id INTEGER REFERENCES quotes(id)"));
         }},
        {19, QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "negotiated prices")),
         [](Database& db) { execScript(db, QString::fromUtf8(kSchema19)); }},
        {20, QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "the public customer pool")),
         [](Database& db) { execScript(db, QString::fromUtf8(kSchema20)); }},
        {21, QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "opportunities' products and files")),
         [](Database& db) { execScript(db, QString::fromUtf8(kSchema21)); }},
        {22, QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "service requests")),
         [](Database& db) { execScript(db, QString::fromUtf8(kSchema22)); }},
        // Schema 23: the customer's postcode (邮政编码), for envelopes and labels.
        {23, QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "customers' postcodes")),
         [](Database& db) {
             db.exec(QStringLiteral("ALTER TABLE customers ADD COLUMN postcode TEXT NOT NULL DEFAULT ''"));
         }},
        {24, QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "tasks and appointments")),
         [](Database& db) { execScript(db, QString::fromUtf8(kSchema24)); }},
        {25, QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "marketing campaigns")),
         [](Database& db) {
             execScript(db, QString::fromUtf8(kSchema25));
             for (const char* table : {"customers", "orders", "opportunities"}) {
                 const QString t = QString::fromLatin1(table);
                 db.exec(QStringLiteral("ALTER TABLE %1 ADD COLUMN campaign_id INTEGER").arg(t));
                 db.exec(QStringLiteral(
                             "CREATE INDEX %1_by_campaign ON %1(campaign_id) WHERE campaign_id IS NOT NULL")
                             .arg(t));
             }
         }},
        {26, QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "messages sent to customers")),
         [](Database& db) { execScript(db, QString::fromUtf8(kSchema26)); }},
        // Schema 27: text messages name the provider's template and keep the provider's id for them.
        {27, QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "text messages")),
         [](Database& db) {
             db.exec(
                 QStringLiteral("ALTER TABLE messages ADD COLUMN template_code TEXT NOT NULL DEFAULT ''"));
             db.exec(QStringLiteral("ALTER TABLE messages ADD COLUMN reference TEXT NOT NULL DEFAULT ''"));
         }},
        // Schema 28: a contact's own postcode, for letters to a contact elsewhere.
        {28, QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "contacts' postcodes")),
         [](Database& db) {
             db.exec(QStringLiteral("ALTER TABLE contacts ADD COLUMN postcode TEXT NOT NULL DEFAULT ''"));
         }},
        // Schema 29: on a server, customer search reads its keys through a full-text index of them as
        // whole words (a key found at once, a prefix through the index) instead of trigrams, which
        // cannot tell one Chinese key from another and left the server re-reading most documents.
        // A file's FTS5 table is unchanged.
        {29, QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "customer search index on a server")),
         [](Database& db) {
             if (!db.isServer()) return;
             db.exec(QStringLiteral("DROP INDEX IF EXISTS search_fts_keys_trigrams"));
             db.exec(QStringLiteral(
                         "CREATE INDEX IF NOT EXISTS search_fts_keys_words ON search_fts USING gin (%1)")
                         .arg(CustomerSearchIndex::serverWords()));
         }},
        // Schema 30: on a server the keys column holds the words themselves (a tsvector) instead of
        // text parsed again for every document a search looks at, with statistics of its words at a
        // tenfold sample, and one word index per kind of document (a search reads one kind at a
        // time: a key common in addresses costs nothing in names). A file's FTS5 table is unchanged.
        {30, QStringLiteral(QT_TRANSLATE_NOOP("shopcrm::Database", "faster customer search on a server")),
         [](Database& db) {
             if (!db.isServer()) return;
             db.exec(QStringLiteral("DROP INDEX IF EXISTS search_fts_keys_words"));
             db.exec(QStringLiteral("ALTER TABLE search_fts ALTER COLUMN keys DROP DEFAULT"));
             db.exec(QStringLiteral("ALTER TABLE search_fts ALTER COLUMN keys TYPE tsvector USING %1")
                         .arg(CustomerSearchIndex::serverWords()));
             db.exec(QStringLiteral("ALTER TABLE search_fts ALTER COLUMN keys SET DEFAULT ''"));
             db.exec(QStringLiteral("ALTER TABLE search_fts ALTER COLUMN keys SET STATISTICS 1000"));
             for (const QString& index : CustomerSearchIndex::serverIndexes())
                 db.exec(index);
             db.exec(QStringLiteral("ANALYZE search_fts"));
         }},
    };
    return steps;
}

int Migrations::latestVersion(const QList<MigrationStep>& ladder)
{
    int latest = 0;
    for (const MigrationStep& step : ladder)
        latest = std::max(latest, step.version);
    return latest;
}

void Migrations::run(Database& db, const QList<MigrationStep>& ladder, int target)
{
    const int current = db.schemaVersion();
    int failedAt = 0;
    bool compact = false;
    try {
        db.write([&] {
            bool rebuildSearch = false;
            bool rebuildSummaries = false;
            compact = false;
            for (const MigrationStep& step : ladder) {
                if (step.version <= current || step.version > target)
                    continue;
                failedAt = step.version;
                if (current > 0)
                    db.reportUpgrade(Database::tr("Upgrading to schema %1 of %2: %3")
                                         .arg(step.version)
                                         .arg(target)
                                         .arg(QCoreApplication::translate(
                                             "shopcrm::Database", step.description.toUtf8().constData())));
                step.apply(db);
                rebuildSearch = rebuildSearch || step.rebuildsSearch;
                rebuildSummaries = rebuildSummaries || step.rebuildsSummaries;
                compact = compact || step.compacts;
                Sql(db, QStringLiteral("INSERT INTO schema_version(version, description, applied_at) VALUES (?, ?, ?)"))
                    .bind(step.version)
                    .bind(step.description)
                    .bind(Database::nowUtc())
                    .exec();
            }
            if (rebuildSearch) {
                db.reportUpgrade(Database::tr("Rebuilding the customer search index…"));
                CustomerSearchIndex(db).rebuildAll();
            }
            if (rebuildSummaries) {
                db.reportUpgrade(Database::tr("Rebuilding the revenue summaries…"));
                RevenueSummary::rebuild(db);
            }
        });
    } catch (const StoreError& e) {
        throw StoreError(StoreError::Kind::Migration,
                         Database::tr("Upgrading the database to schema %1 failed, and it was left as it was: %2")
                             .arg(failedAt)
                             .arg(e.message()));
    } catch (const std::exception& e) {
        throw StoreError(StoreError::Kind::Migration,
                         Database::tr("Upgrading the database to schema %1 failed, and it was left as it was: %2")
                             .arg(failedAt)
                             .arg(QString::fromUtf8(e.what())));
    }
    // Outside the transaction (VACUUM cannot run inside one). A failure leaves a larger file, not a
    // wrong one, so it is only logged.
    if (compact && current > 0) {
        db.reportUpgrade(Database::tr("Compacting the database…"));
        try {
            db.exec(QStringLiteral("VACUUM"));
        } catch (const StoreError& e) {
            qWarning("Compacting %s after the upgrade failed: %s", qPrintable(db.path()), qPrintable(e.message()));
        }
    }
}

} // namespace shopcrm
