"""Letters: the place and date line over a letter's salutation (or its day alone under the
lines of its place), the salutation and the formula that opens its news ("Dear Sir, - I have
the honour to inform you that ..."), which are no part of a title, and the ship a letter
from one names its "we" by. Patterns and text only: :mod:`kztimeline.draft.headings` asks
which sentence is a letter's date line."""

from __future__ import annotations

import re
from collections.abc import Sequence

from kztimeline.draft.cues import CAPITALS, HONORIFIC, MONTH_WORDS, ORDINAL
from kztimeline.draft.pieces import WEEKDAY_LEAD
from kztimeline.draft.weekdays import SHORT_WEEKDAY_PATTERN, WEEKDAY_PATTERN

__all__ = (
    "PLACE",
    "PLACES",
    "RIGS",
    "SALUTATION",
    "a_day_under_its_place",
    "an_address",
    "line_below",
    "over_a_salutation",
    "place_and_day",
    "ship_s_we",
    "without_the_letter_s_opening",
)

# "Kinyamba, 14th March 1887.": a place of a few capitalised words, a comma and its day
# ("Camp on the Platte River": its small words too)
PLACE = (
    rf"(?:\d{{1,4}}\s+)?[{CAPITALS}][\w'’.-]*"
    # (a particle of a place's name too: "Rio de Janeiro", "Frankfurt am Main")
    rf"(?:\s+(?:(?:on|the|of|near|at|by|upon|de|da|do|del|la|le|du|des|sur|am)\s+)*"
    rf"[{CAPITALS}][\w'’.-]*){{0,3}}"
)
# (a house's number and a day's comma: "14 Grosvenor Street, 20th May, 1883."; a ship and
# where it lies: "Barque Merrion, Valparaiso Roads, 12th March 1853", "Barque Wren, off the
# Plate, Aug. 30th 1861.", "Barque Wren, at sea, June 4th 1861.")
# (a letter's number before it too: "II. Thornleigh Hall, near Ripon, 3rd March, 1883.")
PLACES = (
    rf"(?:[IVXL]+\.\s+)?{PLACE}"
    rf"(?:,\s+(?:at\s+sea|(?:(?:near|at|off|by)\s+(?:the\s+)?)?{PLACE})){{0,2}}"
)
# (no label's colon: not a list's "Opening Day, Hall: 2 May"; its weekday first too:
# "Brussels, Monday 19th June 1815.")
_PLACE_AND_DAY = re.compile(
    rf"{PLACES},\s+(?:{WEEKDAY_LEAD})?[^,;:]{{4,20}}(?:,\s*\d{{4}})?\.?"
    # (or a full stop after the place, and the day's year: "Rouen. 14th Nov. 1916."; not a
    # diary's weekday, "Thu. Dec. 2nd 1915.", "Frid. 4th June 1762.")
    rf"|(?!(?:{WEEKDAY_PATTERN}|{SHORT_WEEKDAY_PATTERN}|(?:{MONTH_WORDS})\b)){PLACES}\.\s+"
    rf"(?=\d|(?:{MONTH_WORDS})\b)[^,;:]{{4,20}}\d{{4}}\.?"
)
# (over a salutation, with no comma before its month: "Westhaven Jany 9th" over "My Dear
# Husband,"; not a docket's "Filed June 3, 2024")
_PLACE_THEN_DAY = re.compile(
    rf"{PLACES}\s+(?=(?:{MONTH_WORDS})\.?\s+\d{{1,2}}(?!\d))[^,;]{{4,20}}\.?"
)
# A vessel's rig named before its name ("the brig Mary Ann", "Barque Wren"), and a letter's
# head line from one: "Ship Harriet Coffin, at sea," (whose "we" is the ship's company)
RIGS = r"barque|bark|brig|brigantine|schooner|sloop|ketch|whaler|steamer"
_SHIP_S_HEAD = re.compile(rf"(?i:ship|{RIGS})\s+((?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w'’-]+),")
# "Dear Sir,", "My dear Mother,", "Sir, -", "Husband,", an old clerk's "Gent.,": a letter's
# first words (not "Sir John Moore"); or a statement's to the chair ("Presiding Officer,",
# "Mr Speaker,"), whom it is made to
_DEAR = r"(?:My\s+)?[Dd]ear(?:est)?\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}"  # "My dear Mary"
SALUTATION = re.compile(
    rf"{_DEAR},\s*(?:[-–—]\s*)?|"
    # (the chair's, on a line of its own: not "Mr President, Vice-President Lee and ... met")
    r"(?:Presiding\s+Officer|(?:Mr|Madam)\s+(?:Deputy\s+)?(?:Speaker|President|Chair)),\s*$|"
    r"(?:(?:(?:Reverend|Honou?red|Worthy)\s+)?(?:Sir|Madam)|Gentlemen|Gent[ns]?\.|Husband|Wife|"
    r"Mother|"
    # (a lord's steward or a bishop's clergy: "My Lord,", "Your Grace,")
    r"Father|Brother|Sister|Darling|My\s+(?:Lord|Lady)|Your\s+(?:Grace|Lordship)),\s*(?:[-–—]\s*)?"
    # (not a list of people: "Mother, Father and the boys went to the fair")
    r"(?=$|[A-Z](?![\w.]*(?:\s+[A-Z]\w*)?\s+and\b)"
    r"(?!(?:Mother|Father|Brother|Sister|Son|Wife|Husband|Mrs?|Miss|Dr)\b))"
)
# (or its day alone, the place on the lines above it: "Ship Harriet Coffin, at sea, / Lat. 4
# deg. N. / Sept. 18th 1853." over "My dear Wife,"; its weekday first, "Laura Place, Bath.
# Tuesday 14th April 1812.", and then its year may be the letter's before: "Bath. Saturday
# 2d May.")
_DAY_ALONE = re.compile(
    rf"(?:{WEEKDAY_LEAD})?(?=\d|(?:{MONTH_WORDS})\b)[^;:]{{4,20}}\d{{4}}\.?|"
    rf"{WEEKDAY_LEAD}\d{{1,2}}{ORDINAL}?\s+(?:{MONTH_WORDS})\.?"
)
# (the place's lines end on a comma, a bearing or a state cut short: "at sea,", "Long. 27
# deg. W.", "Calumet, Mich.")
_ADDRESS_END = re.compile(r"(?:,|\b[NSEW]\.|,\s+[A-Z][a-z]{1,5}\.)\s*$")


def over_a_salutation(line: str, following: str) -> bool:
    """Whether ``line`` is a place and a date over ``following``, a letter's salutation:
    "Kinyamba, 14th March 1887." over "Dear Sir, - I have ..."."""
    placed = place_and_day(line) or _PLACE_THEN_DAY.fullmatch(line) is not None
    return placed and SALUTATION.match(following) is not None


# A letter book's line to whom the letter went: "To Mr. Wm. Hartley, Lisbon", "To Messrs.
# Dacosta & Son" (of at most six words, and a comma's place)
_INSIDE_ADDRESS = re.compile(
    rf"To\s+(?:the\s+)?(?:Messrs\.?|Capt\.?|{HONORIFIC})"
    rf"(?:\s+(?:&|[{CAPITALS}][\w'’.-]*)){{1,6}}(?:,\s+{PLACE})?\.?"
)


def _inside_address(line: str, following: str) -> bool:
    """Whether ``line`` is a letter book's address over ``following``, the salutation."""
    return _INSIDE_ADDRESS.fullmatch(line) is not None and SALUTATION.match(following) is not None


def an_address(lines: Sequence[str], number: int) -> bool:
    """Whether line ``number`` (counted from 1) of ``lines`` is a letter book's address."""
    return _inside_address(lines[number - 1].strip(), line_below(lines, number))


def line_below(lines: Sequence[str], number: int) -> str:
    """The line below line ``number`` (counted from 1) of ``lines``, stripped, past a letter
    book's address: the salutation a letter's day line stands over."""
    below = lines[number].strip() if number < len(lines) else ""
    after = lines[number + 1].strip() if number + 1 < len(lines) else ""
    return after if _inside_address(below, after) else below


def a_day_under_its_place(line: str, before: str, following: str) -> bool:
    """Whether ``line`` is a letter's day alone under the lines of its place (``before``,
    "Ship Harriet Coffin, at sea, Lat. 4 deg. 10 min. N.") and over its salutation
    (``following``, "My dear Wife,"); not a day over "Dear Sir," quoted in a report."""
    # (a street's with its house's number: "14, Fore Street, Penhallow.")
    before = re.sub(r"^((?:[IVXL]+\.\s+)?)\d{1,4}[A-Za-z]?,?\s+(?=[A-Z])", r"\1", before)
    address = (re.match(rf"{PLACES},", before) is not None and _ADDRESS_END.search(before)) or (
        re.fullmatch(rf"{PLACES}\.", before)  # (or its place's full stop: "Bath.")
    )
    return (
        bool(address)
        and _DAY_ALONE.fullmatch(line) is not None
        and bool(SALUTATION.match(following))
    )


def place_and_day(line: str) -> bool:
    """Whether ``line`` has the shape of a letter's place and day ("Kalinde Station, 5th
    April 1893."); whether its end is a day is the grammar's to say."""
    return _PLACE_AND_DAY.fullmatch(line) is not None


def ship_s_we(earlier: Sequence[str], rest: str) -> str | None:
    """The ship a letter's "we" stands for ("The Harriet Coffin"), when the letter is headed
    from one (a sentence of ``earlier``: "Ship Harriet Coffin, at sea,") and ``rest``, what
    follows "We", tells what a ship's company does ("took our first whale", "crossed the
    Line"; not a passenger's "went ashore at Aden")."""
    head = next(filter(None, map(_SHIP_S_HEAD.match, reversed(earlier))), None)
    return f"The {head[1]}" if head and _SHIP_DOES.match(rest) else None


_SHIP_DOES = re.compile(
    r"\s*(?:sailed|sail|spoke|crossed|passed|anchored|weighed|took|raised|arrived|left|made|"
    r"touched|doubled|rounded|expect|reached|reach)\b"
)


def without_the_letter_s_opening(text: str) -> str:
    """``text`` without a letter's salutation ("Dear Sir, - ") and the formula before its
    news ("It is my painful duty to report that Mr Lowe died ..." is "Mr Lowe died ...")."""
    text = SALUTATION.sub("", text, count=1) if SALUTATION.match(text) else text
    # (its "My dear Mary," left before the news when the date after it went: "My dear Mary,
    # we raised a large school", of "My dear Mary, On the 27th ult. we raised ...")
    text = _DEAR_BEFORE_NEWS.sub("", text, count=1)
    formula = _TOLD_THAT.match(text)
    if formula is None or len(text) - formula.end() <= _NEWS:
        return text
    rest = text[formula.end() :]
    return rest[:1].upper() + rest[1:]


# A letter's formula before the news it tells: "I have the happiness to inform you that",
# "It is my painful duty to report that", "You will rejoice to hear that".
_TOLD_THAT = re.compile(
    r"^(?:I\s+have\s+the\s+(?:honou?r|happiness|pleasure|satisfaction)|It\s+is\s+my\s+"
    r"(?:\w+\s+)?duty|I\s+am\s+(?:glad|happy|sorry|pleased|grieved)|You\s+will\s+(?:rejoice|"
    r"be\s+(?:glad|pleased|sorry))|I\s+regret|It\s+(?:grieves|pains|saddens|grieved|pained)\s+"
    r"me)\s+to\s+(?:inform\s+you|report|tell\s+you|say|hear|write|acquaint\s+you)\s+that\s+"
    # (or with its feeling first: "It is with great concern I acquaint you that")
    r"|^It\s+is\s+with\s+(?:\w+\s+){1,2}(?:that\s+)?I\s+(?:acquaint|inform|tell)\s+you\s+that\s+"
)
_DEAR_BEFORE_NEWS = re.compile(rf"^{_DEAR},?\s+(?=(?:we|I|they|he|she|it|our|my)\b)")
_NEWS = 12  # the fewest characters of news worth the formula's cut
