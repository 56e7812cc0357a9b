"""A log's line of weather or position, or of its entry's weekday or feast, a letter's
salutation, a bulletin's areas or an incident's figures, before what was done that day
("Wind SW 5, fine.", "Jan. 9th. Sunday.", "Christmas Day.", "Dearest Mama,", "Regions: East,
London", "Containment 65%."): no title of the day's entry."""

from __future__ import annotations

import re
from datetime import date

from kztimeline.draft.article import Article
from kztimeline.draft.daylines import an_issue_line
from kztimeline.draft.entries import day_dash_end
from kztimeline.draft.furniture import AREA_FIELD, FIELD_LINE, field_value
from kztimeline.draft.grammar import matches
from kztimeline.draft.letters import SALUTATION
from kztimeline.draft.tense import Tense, tense_of
from kztimeline.draft.verbs import clausal
from kztimeline.draft.weekdays import SHORT_WEEKDAY_PATTERN, WEEKDAY_PATTERN

__all__ = ("weather_line",)


def weather_line(
    article: Article, index: int, dated: bool = False, day: date | None = None
) -> bool:
    """Whether the sentence at ``index`` (``dated`` when it names a date) only tells a log's
    weather (or its change: "Gale moderated.") or position, or the weekday or the feast of
    its entry of ``day`` ("Jan. 9th. Sunday.", "New Year's Day."; not another day, "Sat. 23
    Aug." under "Sat. 16 Aug.", the next row's), not what was done, and more of its entry
    follows ("Wind SW 5, fine.", not "Wind dropped at noon and we sailed"); or is a
    letter's salutation or a bulletin's areas, with news after it."""
    sentences = article.sentences
    text = sentences[index].text
    text = text[day_dash_end(text) :].lstrip()  # "Sat. - Hard frost." under its "Jan. 3."
    # (a field under a bulletin's stamp, or under another: not a programme's "Opening: The
    # Iron Dragon - Teatro Filo", "All day: excursion to the museum", the entry itself)
    value = field_value(text)  # (no date of its own: not "Closure: 20:00 Saturday 15 March")
    field = value is not None and not clausal(value) and not matches(value, None)
    above = sentences[index - 1].text if index else ""
    field = field and bool(an_issue_line(above) or FIELD_LINE.fullmatch(above))
    if (SALUTATION.fullmatch(text) or AREA_FIELD.match(text) or field) and index + 1 < len(
        sentences
    ):
        # "Dearest Mama," under a letter's date line, a bulletin's "Regions: East, London"
        # or "Danger level: 3" under its stamp: the news is what follows
        return True
    found = matches(text, None)
    # (or only the day's name, its feast: "Thurs. 1st." over "New Year's Day. Mill stood.")
    date_alone = len(found) == 1 and found[0].start == 0 and not text[found[0].end :].strip(" .")
    told = found[0].first if date_alone else None
    if told and told.month and told.day and day and (told.month, told.day) != (day.month, day.day):
        date_alone = False
    day_only = date_alone or _WEEKDAY_ALONE.fullmatch(text) is not None
    done = re.search(r"\b(?:we|I|he|she|they|[a-z]{3,}ed|took|began|came|went|made)\b", text)
    no_title = not dated and _WEATHER.match(text) is not None and done is None
    # (or the weather's change, alone: "Gale moderated.", "Wind veered to N.E.")
    no_title = no_title or (not dated and _WEATHER_CHANGE.fullmatch(text) is not None)
    # (or an incident's figures, under its update's stamp: "Fire area 1,940 ha. Containment 65%.")
    if not no_title and not dated and _FIGURES.fullmatch(text) is not None:
        # (when what follows is more of them or what was done: not "Reservoir storage 41%.
        # Rain forecast at the weekend.", whose day is the figure's)
        after = sentences[index + 1].text if index + 1 < len(sentences) else ""
        no_title = _FIGURES.fullmatch(after) is not None or tense_of(after) is Tense.PAST
    return (
        index + 1 < len(sentences)
        and sentences[index + 1].paragraph == sentences[index].paragraph
        and len(text) < 90
        and ((day_only and done is None) or no_title)
    )


# A log's line of weather or position before what was done that day: "Wind SW 5, fine.",
# "Light airs.", "Lat 24.12 S, Lon 108.40 W.", "Lying at Salonika.", an observer's "Seeing
# 3/5, transparency good."
_WEATHER = re.compile(
    r"\s*(?:Winds?\s+(?:[NSEW]{1,3}\b|[NSEW]\.|north|south|east|west|light|calm|variable|"
    r"force|\d+)|Light airs|(?:Light|Fresh|Strong|Moderate|Gentle)\s+(?:breezes?|winds?|gales?)|"
    r"Calm|(?:Heavy|Long|Moderate)\s+swell|Sea\s+(?:slight|moderate|rough|calm|smooth|heavy|"
    r"high|very)|Barometer\s+[\d.]+|Weather\s+(?:fair|fine|clear|dull|overcast|wet|squally|"
    r"unsettled)|Fog\b(?!\s+signal)|Overcast|Lat(?:itude|\.)?\s+\d+|Lying\s+(?:at|in|off)|"
    r"Seeing\s+\d+|Transparency\s+(?:good|poor|fair|excellent|moderate)|"
    r"(?:Hard|Sharp|Heavy|Slight|White|Ground|Very\s+(?:hard|sharp|heavy))\s+frost|"
    r"(?:Much|Heavy|High|Great)\s+sea(?=\s*\.?$)|"  # "Much sea."
    # a whaler's day: "Begins with light airs from the N.W.", "Pleasant.", "Moderate."
    r"(?:Begins|Commences|Ends)\s+with\s+(?:light|fresh|strong|moderate|gentle|calm|thick|"
    r"pleasant|fine|squally|heavy|cloudy|foggy|rainy)\b|"
    r"(?:Pleasant|Moderate|Squally|Fine|Fair|Rain|Snow|Sleet|Hail)(?=\s*\.?$)|"
    # a field diary's sky: "Cold NE wind.", "Sunny, still." (not "Snow overnight.", news;
    # nor "Bright yellow brimstone", "Grey seals", "Dry stone wall")
    # (or an old diary's "Clear & cold.", "Stormy.", "Thaw.", "Very cold.", alone: not
    # "Stormy night, the barn roof blew off")
    r"(?:Very\s+)?(?:Clear|Stormy|Rainy|Showery|Thaw)(?=\s*\.?\s*$|\s+(?:&|and)\s+(?:very\s+)?(?:"
    r"cold|warm|mild|hot|wet|dry|windy|frosty|cloudy|clear|fine|fair|bright|dull|foggy|calm)\b)|"
    r"(?:Very\s+)?(?:Cold|Warm|Mild|Hot|Sunny|Dull|Wet|Dry|Bright|Grey|Foggy|Misty|Frosty|Windy|"
    r"Cloudy)"
    r"(?=\s*[,.]|\s+(?:and|but|with|[NSEW]{1,3}|wind|winds|breeze|day|morning|"
    r"afternoon|evening|night|all|again|still|spell|weather|sky|skies|start)\b))\b"
)
# A log's line of the weather's change alone: "Gale moderated.", "Wind veered to N.E." (not
# "Wind dropped at noon and we sailed", which goes on to what was done)
_WEATHER_CHANGE = re.compile(
    r"\s*(?:(?:Whole\s+)?[Gg]ale|Wind|Sea|Swell|Storm|Fog|Rain|Snow|Frost|Thaw)\s+(?:moderated|abated|"
    r"increased|freshened|veered|backed|eased|died\s+away|cleared|lifted|continued|continues)"
    r"(?:\s+(?:to|from)\s+[NSEW.]{1,6}|\s+(?:a\s+little|somewhat|slightly|again))?\s*\.?\s*"
)
# "Fire area 1,610 ha.", "Containment 20%.", "310 personnel, 4 helicopters."
# (what is measured named by a measure's noun, "Fire area", "Containment": not a diary's
# "Ran 10 km.", "Long run 32 km."; and counts of what is at work, not of the dead)
_FIGURES = re.compile(
    r"\s*(?:(?:[A-Z][a-z]+\s+(?:area|storage|level|levels|size|extent|depth|height|flow|total)|"
    r"[A-Z][a-z]+(?:ment|tion|sion|ity|ness|age|ance|ence|ery|ure)|Size|Area|Level|Rate|Depth):?"
    r"\s+\d[\d.,]*\s*(?:%|(?:ha|hectares|acres|km|miles|m|kg|t|tonnes|mm|cm|MW)\b)|"
    r"\d[\d.,]*\s+(?!dead|injured|killed|missing|hurt)[a-z]+"
    r"(?:,\s*\d[\d.,]*\s+(?!dead|injured|killed|missing|hurt)[a-z]+)+)\s*\.?\s*"
)
_WEEKDAY_ALONE = re.compile(  # "Sat.", "Sabbath."
    rf"\s*(?:{WEEKDAY_PATTERN}\.?|{SHORT_WEEKDAY_PATTERN}|Sabbath\.?|Lord[’']s\s+Day\.?)\s*"
)
