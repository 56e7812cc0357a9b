"""The numbers written as words ("two", "forty-one") that count days, weeks, months and
years in a relative date ("two days later", "forty-one years ago")."""

from __future__ import annotations

__all__ = ("NUMBER_PATTERN", "NUMBER_WORDS")

NUMBER_WORDS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
}  # fmt: skip
# "forty-one": the tens and a unit, joined by a hyphen.
NUMBER_WORDS |= {
    f"{tens}{joint}{unit}": NUMBER_WORDS[tens] + NUMBER_WORDS[unit]
    for tens in ("twenty", "thirty", "forty", "fifty")
    for unit in ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
    for joint in ("-", " ")
}
# The number words above, longest first, for the grammar's patterns; never the end of a
# longer word or of a hyphenated number ("forty-one" is no "one").
NUMBER_PATTERN = rf"(?<![\w-])(?:{'|'.join(sorted(NUMBER_WORDS, key=len, reverse=True))})"
