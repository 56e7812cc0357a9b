"""An old hand's "Apl." and "Sepr." before a day, its "abt" with no stop, and a log's run of
days with a stop after the first: each rule on texts of other kinds than the ones it was
found in, and the lines at its edges read as before."""

from __future__ import annotations

import pytest

from tests.drafting import dates_of, events_of


def test_an_old_hand_s_april_before_its_day_and_weekday_heads_the_entry() -> None:
    diary = (
        "FARM DIARY OF THOS. WEBB, 1851\n\n"
        "Apl. 3. Thurs. Sowed the barley in the long field.\n"
        "Apl. 7. Mon. Lambing begun, 14 ewes down.\n"
        "Sepr. 2. Tues. Carried the last of the wheat.\n"
    )
    assert dates_of(diary) == ["1851-04-03", "1851-04-07", "1851-09-02"]


def test_abt_with_no_stop_is_about() -> None:
    memoir = (
        "Notes on the mill, written by Jas. Webb\n\n"
        "My grandfather worked the mill from abt 1790 until he died in 1832.\n"
    )
    assert dates_of(memoir) == ["1790~", "1832"]


def test_a_log_s_run_of_days_with_a_stop_after_the_first_is_one_span() -> None:
    log = (
        "LIGHTHOUSE LOG, SKERRY POINT\n\n"
        "1879\n"
        "Jany. 3. Fri. Gale from the N.W.; lamp lit at 4 p.m.\n"
        "Feby. 10. to 15. Lens taken down for cleaning; the spare lamp used.\n"
    )
    assert events_of(log) == [
        ("1879-01-03", "Gale from the N.W.; lamp lit", None),
        ("1879-02-10/1879-02-15", "Lens taken down for cleaning; the spare lamp used", None),
    ]


def test_a_season_s_break_across_the_turn_is_in_its_first_year_whatever_row_came_last() -> None:
    card = (
        "HOLM CHESS CLUB\n"
        "FIXTURES - SEASON 2025/26\n\n"
        "Thu 11 Sep ..... Opening night\n"
        "Thu 16 Apr ..... Prize-giving\n\n"
        "No play from 18 December to 7 January.\n"
    )
    assert "2025-12-18/2026-01-07" in dates_of(card)


# Texts at the rules' edges, which the reviews found read worse and which must read as before:
# "Apl." and "Sepr." before a capital that starts the next entry, "abt 1900 souls", "abt 1745"
# of a war diary's hour, a citation's "Abt 1987", a season's runs that do not cross the turn
# or are next season's, and the page notices and the "we" of notices relayed on a site, which
# this round tried and took out again.
@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            (
                "Churchwardens' accounts, Holt, 1702\nPd. for ringing on the King's birthday "
                "29 May. Pd. for bread and wine at Easter 8 Apl. Pd. the glazier 14 Sepr. for "
                "mending the east window.\n"
            ),
            None,
            [
                ("1702-04-08", "Pd. for bread and wine at Easter", None),
                ("1702-05-29", "Pd. for ringing on the King's birthday", None),
                ("1702-09-14", "Pd. the glazier for mending the east window", None),
            ],
        ),
        (
            (
                "Farm diary of R. Dawes, Low Garth, 1822\n"
                "The ewes went to the ram in Sepr. The lambs came early, about the middle of "
                "Apl. We sold forty hoggets at Skipton fair on 12 May.\n"
                "Cut the first hay 2 July. Carried all by the 20th.\n"
            ),
            None,
            [
                ("../1822-07-20", "Carried all", None),
                ("1822-04", "The lambs came early", None),
                ("1822-05-12", "Authors sold forty hoggets at Skipton fair", None),
                ("1822-07-02", "Cut the first hay", None),
                ("1822-09", "The ewes went to the ram", None),
            ],
        ),
        (
            (
                "Holt Petty Sessions - minute book, 1836\n"
                "Sessions held 14 Apl. Present: Sir John Hale, the Rev. Mr Ayre. Wm. Pryce "
                "fined 5s. for drunkenness.\nSessions held 12 May. No business.\n"
            ),
            None,
            [("1836-04-14", "Sessions held", None), ("1836-05-12", "Sessions held", None)],
        ),
        (
            (
                "Visitation return, Holt parish, 1764\nThe parish contains abt 1900 souls, of "
                "which abt 40 families are dissenters. Divine service is performed twice every "
                "Lord's Day.\n"
            ),
            None,
            [],
        ),
        (
            (
                "WAR DIARY - 2nd Bn. Holt Regiment - June 1944\n"
                "7 June. Bn. landed at Gold beach. At abt 1530 hrs coy. came under shell fire "
                "near Ryes.\n8 June. Moved to concentration area. abt 1830 enemy patrol driven "
                "off.\n"
            ),
            None,
            [
                ("1944-06-07", "Holt Regiment", None),
                (
                    "1944-06-08",
                    "Moved to concentration area. abt 1830 enemy patrol driven off",
                    None,
                ),
            ],
        ),
        (
            (
                "Literature review\nEarly work on rack railways (Abt 1987; Hale 1990) treated "
                "gradients above 1 in 10 as exceptional. Later surveys (Dawes 2004) showed "
                "that the Brienz line, opened in 1892, was typical.\n"
            ),
            None,
            [("1892", "The Brienz line was opened", None)],
        ),
        (
            (
                "Letter from the Argentine, 1889\nEstancia San José, 4 March 1889.\n"
                "Dear Father, We have now abt 1700 head of cattle and the new wire fence was "
                "finished last week. We start branding on the 15th.\n"
            ),
            None,
            [
                (
                    "1889-02-25/1889-03-03",
                    "We have now abt 1700 head of cattle and the new wire fence was finished",
                    None,
                ),
                ("1889-03-15", "We start branding", "tentative"),
            ],
        ),
        (
            (
                "HOLT TOWN FC - FIXTURES - SEASON 2025/26\n"
                "Sat 9 August  Holt v Skipton\nSat 2 May  Otley v Holt\n"
                "Close season from 10 May to 1 August: the ground is shut.\n"
            ),
            None,
            [
                ("2025-08-09", "Holt v Skipton", "tentative"),
                ("2026-05-02", "Otley v Holt", "tentative"),
                ("2026-05-10/2026-08-01", "The ground is shut", "tentative"),
            ],
        ),
        (
            (
                "HOLT TOWN FC - FIXTURES - SEASON 2025/26\n"
                "Sat 9 August  Holt v Skipton\nSat 20 December  Ilkley v Holt\n"
                "Sat 18 April  Holt v Otley\nThe ground will be closed for reseeding from 1 "
                "May to 31 July.\n"
            ),
            None,
            [
                ("2025-08-09", "Holt v Skipton", "tentative"),
                ("2025-12-20", "Ilkley v Holt", "tentative"),
                ("2026-04-18", "Holt v Otley", "tentative"),
                ("2026-05-01/2026-07-31", "The ground will be closed for reseeding", "tentative"),
            ],
        ),
        (
            (
                "HOLT RUGBY CLUB - FIXTURES - SEASON 2025/26\n"
                "Sat 6 September  Holt v Wharfedale\nSat 17 January  Otley v Holt\n"
                "Sat 25 April  Holt v Ilkley\nNext season the league plans a longer winter "
                "break, from 12 December to 16 January.\n"
            ),
            None,
            [
                ("2025-09-06", "Holt v Wharfedale", "tentative"),
                ("2026-01-17", "Otley v Holt", "tentative"),
                ("2026-04-25", "Holt v Ilkley", "tentative"),
                (
                    "2026-12-12/2027-01-16",
                    "Next season the league plans a longer winter break",
                    "tentative",
                ),
            ],
        ),
        (
            (
                "ALDER THEATRE - SEASON 2025/26\nThe Nutcracker: 12 December to 4 January.\n"
                "Hamlet: 5 to 21 March.\nOur youth summer school runs from 29 June to 10 "
                "July.\n"
            ),
            None,
            [
                ("2025-12-12/2026-01-04", "The Nutcracker", "tentative"),
                ("2026-03-05/2026-03-21", "Hamlet", "tentative"),
                ("2026-06-29/2026-07-10", "Alder Theatre’s youth summer school runs", "tentative"),
            ],
        ),
        (
            (
                "<!doctype html><html><head><title>Council approves Holt bridge repairs - Holt "
                'Gazette</title><meta property="article:published_time" '
                'content="2025-03-10"></head>\n<body>\n<div class="cookie-notice"><p>We use '
                "cookies. Our privacy policy was updated on 1 February 2024.</p></div>\n"
                "<main><article>\n<h1>Council approves bridge repairs</h1><p>Holt Town Council "
                "on Monday approved repairs to the Mill Lane bridge. Work will begin on 7 "
                "April and last six weeks.</p>\n</article></main>\n"
                "\n</body></html>\n"
            ),
            None,
            [
                ("2025-03-10", "Holt Town Council approved repairs to the Mill Lane bridge", None),
                ("2025-04-07", "Work will begin and last six weeks", "tentative"),
            ],
        ),
        (
            (
                "<!doctype html><html><head><title>New opening hours | Holt "
                'Museum</title><meta property="article:published_time" '
                'content="2025-03-06"></head>\n<body>\n<div role="alert"><p>Our online shop '
                "will be unavailable on Sunday 9 March from 8am to noon for "
                "maintenance.</p></div>\n<main><article>\n"
                "<h1>New opening hours</h1><p>From 1 April the museum will open on Mondays "
                "too. We first opened in 1932 in the old grammar school.</p>\n"
                "</article></main>\n\n</body></html>\n"
            ),
            None,
            [
                ("1932", "The museum first opened in the old grammar school", None),
                ("2025-04-01", "The museum will open on Mondays too", "tentative"),
            ],
        ),
        (
            (
                "<!doctype html><html><head><title>News | Holt Greenway</title><meta "
                'property="article:published_time" '
                'content="2025-03-10"></head><body><main><article>\n'
                "<h1>Path closure</h1><p>This update is from the rangers of Holt Town Council, "
                "which owns the path.</p><p>We will close the section by the mill from 3 March "
                "to 21 March to repair the bridge.</p>\n</article></main></body></html>\n"
            ),
            None,
            [
                (
                    "2025-03-03/2025-03-21",
                    "Holt Town Council will close the section by the mill to repair the bridge",
                    "tentative",
                )
            ],
        ),
        (
            (
                "Diary of Mary Hale, pupil teacher\nI went as pupil teacher to the Holt "
                "National School in January 1871. We broke up for the harvest on 4 August and "
                "met again on 11 September.\n"
            ),
            None,
            [
                ("1871-01", "I went as pupil teacher to the Holt National School", None),
                ("1871-08-04", "Holt National School broke up for the harvest", None),
                ("1871-09-11", "Holt National School met", None),
            ],
        ),
    ],
)
def test_the_edges_the_reviews_found_read_as_before(
    text: str, published: str | None, expected: list[tuple[str, str, str | None]]
) -> None:
    assert events_of(text, published) == expected
