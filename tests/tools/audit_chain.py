#!/usr/bin/env python3
"""An independent reading of ShopCRM's audit chain, for the tests: recomputes every entry's hash
with hashlib from the documented serialisation, reading a file with Python's sqlite3 or a server
database (a postgresql:// address) with psycopg2, and prints either "ok <entries> <head hex>" or
"broken <entry id>"."""
import hashlib
import sqlite3
import sys


def field(value):
    if value is None or value == "":
        return b"-:"
    data = str(value).encode("utf-8")
    return str(len(data)).encode() + b":" + data


def rows(path, query):
    if path.startswith("postgresql://"):
        import psycopg2

        db = psycopg2.connect(path)
        cursor = db.cursor()
        cursor.execute(query)
        # bytea arrives as a memoryview; text and integers as in sqlite3.
        return [tuple(bytes(v) if isinstance(v, memoryview) else v for v in row) for row in cursor]
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    return db.execute(query).fetchall()


def main(path):
    anchor, head_id, head_hash = rows(path, "SELECT anchor, head_id, head_hash FROM audit_chain WHERE id = 1")[0]
    previous = anchor
    count = 0
    last = 0
    for row in rows(path, "SELECT id, at, who, desk, entity, entity_id, op, before, after, hash FROM audit_log ORDER BY id"):
        text = b"shopcrm-audit-1:" + b"".join(field(v) for v in row[:9])
        digest = hashlib.sha256(previous + text).digest()
        if digest != row[9]:
            print(f"broken {row[0]}")
            return
        previous = digest
        last = row[0]
        count += 1
    if last != head_id or previous != head_hash:
        print(f"broken {last + 1}")
        return
    print(f"ok {count} {previous.hex()}")


main(sys.argv[1])
