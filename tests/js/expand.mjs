// Expands every event of an .ics file with ical.js, the parser of Thunderbird, and prints one
// JSON array of [uid, start, end, summary] per occurrence between two dates: a day as
// "2024-03-04", a moment as its UTC instant ("2024-03-04T18:30:00Z"). Usage: node expand.mjs FILE.ics FIRST LAST
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const [file, first, last] = process.argv.slice(2);
const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
for (const zone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(zone);
}
const low = ICAL.Time.fromDateString(first);
const high = ICAL.Time.fromDateString(last);
high.adjust(1, 0, 0, 0);

const masters = new Map();
const changes = [];
for (const vevent of calendar.getAllSubcomponents("vevent")) {
  const event = new ICAL.Event(vevent);
  if (event.isRecurrenceException()) {
    changes.push(event);
  } else {
    masters.set(event.uid, event);
  }
}
for (const change of changes) {
  const master = masters.get(change.uid);
  if (master) {
    master.relateException(change);
  } else {
    masters.set(`${change.uid} ${change.recurrenceId}`, change);
  }
}

const utc = (time) => time.toUnixTime();
// A day is printed as a day; a moment as its UTC instant.
const iso = (time) =>
  time.isDate
    ? time.toString()
    : new Date(utc(time) * 1000).toISOString().replace(".000Z", "Z");
const found = [];
for (const event of masters.values()) {
  const push = (start, end, summary) => {
    if (utc(end) >= utc(low) && utc(start) < utc(high)) {
      found.push([event.uid, iso(start), iso(end), summary]);
    }
  };
  if (!event.isRecurring()) {
    push(event.startDate, event.endDate, event.summary);
    continue;
  }
  const iterator = event.iterator();
  for (let next = iterator.next(); next; next = iterator.next()) {
    if (utc(next) >= utc(high)) break;
    const details = event.getOccurrenceDetails(next);
    push(details.startDate, details.endDate, details.item.summary);
  }
}
found.sort((a, b) => (a.join("\u0000") < b.join("\u0000") ? -1 : 1));
process.stdout.write(JSON.stringify(found));
