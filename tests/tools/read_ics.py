#!/usr/bin/env python3
"""An independent reading of an iCalendar file, for the tests: parses it with python3-vobject and
prints one JSON object per event (uid, summary, start and end as ISO text with "date:" before a
whole day, location, description, categories, alarm trigger in seconds), in file order."""
import datetime
import json
import sys

import vobject


def when(value):
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return "date:" + value.isoformat()


def main(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    calendar = vobject.readOne(text)
    events = []
    for event in calendar.contents.get("vevent", []):
        item = {
            "uid": event.uid.value,
            "summary": event.summary.value,
            "start": when(event.dtstart.value),
        }
        if hasattr(event, "dtend"):
            item["end"] = when(event.dtend.value)
        for name in ("location", "description"):
            if hasattr(event, name):
                item[name] = getattr(event, name).value
        if hasattr(event, "categories"):
            item["categories"] = list(event.categories.value)
        alarms = event.contents.get("valarm", [])
        if alarms:
            item["alarm"] = int(alarms[0].trigger.value.total_seconds())
        events.append(item)
    print(json.dumps({"name": calendar.contents["x-wr-calname"][0].value, "events": events}, ensure_ascii=False))


if __name__ == "__main__":
    main(sys.argv[1])
