// Expands every event of an .ics file with node-ical, the parser of many node calendars
// (MagicMirror, Home Assistant's node add-ons), and prints one JSON array of
// [uid, start, end, summary] per occurrence between two dates: a day as "2024-03-04", a
// moment as its UTC instant ("2024-03-04T18:30:00Z"). Usage: node node_ical.mjs FILE.ics FIRST LAST
import ical from "node-ical";

const [file, first, last] = process.argv.slice(2);
const from = new Date(`${first}T00:00:00Z`);
const to = new Date(`${last}T00:00:00Z`);
to.setUTCDate(to.getUTCDate() + 1);

// node-ical makes a day a Date at local midnight of the process: its local fields are the day.
const pad = (number) => String(number).padStart(2, "0");
const day = (time) => `${time.getFullYear()}-${pad(time.getMonth() + 1)}-${pad(time.getDate())}`;
const text = (time, isDay) => (isDay ? day(time) : time.toISOString().replace(".000Z", "Z"));

const found = [];
for (const item of Object.values(ical.sync.parseFile(file))) {
  if (item.type !== "VEVENT") continue;
  // expandOngoing keeps an occurrence that starts before the window and ends in it, as the
  // other clients do; node-ical's `to` is inclusive, so an occurrence at `to` is dropped below.
  const instances = ical.expandRecurringEvent(item, { from, to, expandOngoing: true });
  for (const instance of instances) {
    if (instance.start >= to) continue;
    const summary = typeof instance.summary === "string" ? instance.summary : instance.summary.val;
    found.push([item.uid, text(instance.start, instance.isFullDay), text(instance.end, instance.isFullDay), summary]);
  }
}
found.sort((a, b) => (a.join("\u0000") < b.join("\u0000") ? -1 : 1));
process.stdout.write(JSON.stringify(found));
