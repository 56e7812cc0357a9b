<?php
// Expands every event of an .ics file with sabre/vobject, the parser of Nextcloud and Baikal,
// and prints one JSON array of [uid, start, end, summary] per occurrence between two dates: a
// day as "2024-03-04", a moment as its UTC instant ("2024-03-04T18:30:00Z").
// Usage: php expand.php FILE.ics FIRST LAST
foreach (['/usr/share/php/Sabre/VObject/autoload.php', 'vendor/autoload.php'] as $loader) {
    if (is_file($loader)) { require_once $loader; break; }
}
use Sabre\VObject;

[$script, $file, $first, $last] = $argv;
$utc = new DateTimeZone('UTC');
$calendar = VObject\Reader::read(file_get_contents($file));
$low = new DateTime($first, $utc);
$high = new DateTime($last, $utc);
$high->modify('+1 day');
$calendar->expand($low, $high);

function text($time, $isDate) {
    if ($isDate) {
        return $time->format('Y-m-d');
    }
    $time = clone $time;
    $time->setTimezone(new DateTimeZone('UTC'));
    return $time->format('Y-m-d\TH:i:s\Z');
}

// sabre/vobject 2 (Debian 12) leaves the escapes of a TEXT value in it; later versions do not.
function unescaped($text) {
    return preg_replace_callback('/\\\\(.)/', fn($m) => $m[1] === 'n' || $m[1] === 'N' ? "\n" : $m[1], $text);
}

$found = [];
foreach ($calendar->select('VEVENT') as $event) {
    $isDate = $event->DTSTART->getDateType() === VObject\Property\DateTime::DATE;
    $start = $event->DTSTART->getDateTime();
    if (isset($event->DTEND)) {
        $end = $event->DTEND->getDateTime();
    } else {
        $end = clone $start;
        if (isset($event->DURATION)) {
            $end->add(VObject\DateTimeParser::parse((string)$event->DURATION));
        } elseif ($isDate) {
            $end->modify('+1 day');
        }
    }
    $found[] = [(string)$event->UID, text($start, $isDate), text($end, $isDate), unescaped((string)$event->SUMMARY)];
}
usort($found, fn($a, $b) => strcmp(implode("\0", $a), implode("\0", $b)));
echo json_encode($found, JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_SLASHES);
