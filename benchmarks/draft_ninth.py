"""A ninth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: invented organisations, people and facts in the
styles of real documents, each with the events a careful reader would put in a chronology.
Facts whose date a reader could take two ways (a season, "late 1970s", "next week") are
left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("NINTH_CORPUS",)

NINTH_CORPUS: tuple[Text, ...] = (
    Text("ferry-fire", "wire story", None, """\
Ferry operator halts crossings after engine fire

PORT ELLIS, March 9, 2023 (Meridian News) - The Harlow Strait Ferry Company suspended all
crossings on Thursday after an engine fire on its vessel Maren Lys, the second such incident
in two years.

The fire broke out at about 2015 GMT on Wednesday, the company said. None of the 312
passengers was hurt.

Crossings are expected to resume on March 20, a spokeswoman said. The Maren Lys entered
service in 1998 and was refitted in 2016.

An earlier fire, on or about 14 June 2021, put a sister ship out of service for five weeks.
""", (
        expect("2023-03-09", "suspended"),
        expect("2023-03-08", "fire"),
        expect("2023-03-20", "resume", planned=True),
        expect("1998", "entered service"),
        expect("2016", "refitted"),
        expect("2021-06-14~", "fire"),
    )),
    Text("velvane", "press release", date(2024, 5, 14), """\
Velvane Biotech Reports First-Quarter Results and Names New Chief Scientist

CAMBRIDGE, England - Velvane Biotech plc (LSE: VLV) today announced its results for the
quarter ended 31 March 2024 and the appointment of Dr Ines Rautio as Chief Scientific
Officer, effective 1 June 2024.

Revenue rose 18% to £42.1 million, the highest since 2008. Dr Rautio joined Velvane in 2015
from the Halvorsen Institute, where she led the VX-2019 programme.

The phase II trial of VLV-204 is scheduled to report in the fourth quarter of 2024.
Velvane was founded in 1997 by Margaret Osei and listed in London two years later.

Velvane will hold its annual general meeting on Thursday, 27 June 2024.
""", (
        expect("2024-05-14", "results"),
        expect("2024-06-01", "Rautio", planned=True),
        expect("2015", "Rautio", "joined"),
        expect("2024-10/2024-12", "VLV-204", planned=True),
        expect("1997", "founded"),
        expect("1999", "listed"),
        expect("2024-06-27", "general meeting", planned=True),
    )),
    Text("castor-freight", "court opinion", None, """\
COURT OF APPEAL OF THE STATE OF NORTHMARCH
Docket No. 2019-0412
Decided October 3, 2019

OPINION

BRENNAN, J. The appellant, Castor Freight LLC, leased a warehouse from the respondent on
April 1, 2012, for a term of ten years. On or about November 15, 2016, the roof collapsed.
Castor Freight stopped paying rent in January 2017 and vacated the premises no later than
March 31, 2017.

The respondent sued on August 8, 2017. After a bench trial, the district court entered
judgment for the respondent on May 2, 2018, and awarded $2,014,000 in damages. Castor
Freight appealed. See Section 1998 of the Civil Code.

We affirm.
""", (
        expect("2012-04-01", "leased"),
        expect("2016-11-15~", "roof collapsed"),
        expect("2017-01", "stopped paying"),
        expect("../2017-03-31", "vacated"),
        expect("2017-08-08", "sued"),
        expect("2018-05-02", "judgment"),
    )),
    Text("orlen-canal", "encyclopedia history", None, """\
Orlen Canal

The Orlen Canal is a 64-kilometre waterway linking the river Vessa to the port of Hadley.
Construction began c. 1786 under the engineer Tobias Wren, and the canal opened to traffic
in 1794. Wren is believed to have designed the lock flight at Marrow in 1790.

Traffic peaked in the 1840s, when some 900 barges used the canal every year. The railway
reached Hadley in 1852, and the canal company was wound up in 1911.

Restoration began in the late 1970s; the full length reopened on 12 May 2001.
""", (
        expect("1786~", "construction"),
        expect("1794", "opened"),
        expect("1790?", "lock flight"),
        expect("1840/1849", "traffic peaked"),
        expect("1852", "railway"),
        expect("1911", "wound up"),
        expect("2001-05-12", "reopened"),
    )),
    Text("kestrels", "sports report", date(2022, 9, 18), """\
Kestrels hold on to claim first title since 1987

Harbourside Kestrels won the Northern Shield on Saturday, beating Ashgrove 2-1 at Pell Park
in front of 21,450 fans. It was the club's first title since 1987.

Captain Joel Amadi, 34, scored the winner in the 88th minute. Amadi joined the club in 2014
and signed a new contract last week. Ashgrove had beaten the Kestrels 3-0 in the league on
20 August.

Head coach Priya Nandakumar, appointed in June 2021, said the squad had earned its rest.
The team will begin its continental campaign on Tuesday, 4 October, away at Real Ostra.
""", (
        expect("2022-09-17", "won"),
        expect("2014", "Amadi", "joined"),
        expect("2022-08-20", "Ashgrove"),
        expect("2021-06", "Nandakumar"),
        expect("2022-10-04", "campaign", planned=True),
    )),
    Text("brindle", "company history", None, """\
Our history

Brindle & Co. began in 1952 as a two-room bakery in Leeford, opened by the brothers Arthur
and Cecil Brindle. They bought their first delivery van in 1955 and moved to the Canal
Street works in the spring of 1961.

In 1974 the firm launched Brindle Oat Crunch, still its best seller, and the following year
it began exporting to Ireland. Cecil Brindle retired in 1983; his daughter Ruth ran the
business from 1983 until 2009.

Since 2012 Brindle & Co. has been part of the Halsey Foods group.
""", (
        expect("1952", "bakery"),
        expect("1955", "van"),
        expect("1974", "Oat Crunch"),
        expect("1975", "exporting"),
        expect("1983", "retired"),
        expect("1983/2009", "Ruth"),
        expect("2012/..", "Halsey"),
    )),
    Text("tessaly", "space mission summary", None, """\
Mission summary: Tessaly-2

Tessaly-2, a lunar orbiter built by the Arvane Space Agency, was launched on 11 Nov. 2019
from the Kerro launch site aboard a Vanta-4 rocket. It entered lunar orbit on 2 December
and released its lander, Pika, on December 9. Two weeks later, on or about 23 Dec, contact
with Pika was lost.

The orbiter's primary mission ended in mid-2021 and was extended by three years. A
successor, Tessaly-3, is projected to launch no earlier than 2027.
""", (
        expect("2019-11-11", "launched"),
        expect("2019-12-02", "lunar orbit"),
        expect("2019-12-09", "released"),
        expect("2019-12-23~", "contact"),
        expect("2027/..", "Tessaly-3", planned=True),
    )),
    Text("ardle-dam", "government statement", None, """\
Ministry of Water and Coasts

Statement on the Ardle Dam inspection

Issued: 21 February 2025

The Ministry confirms that inspectors found cracks in the spillway of the Ardle Dam during
a routine survey on Tuesday 18 February. The reservoir level will be lowered by two metres
by 7 March.

The dam was completed in 1963 and last strengthened in 2009–2011. Under Section 14 of the
Reservoirs Act 2003, the owner must report such findings within 48 hours.

A public meeting is to be held in Ardle village hall on 3 March at 7 pm. The Minister,
Helena Strauss, will visit the site next week.
""", (
        expect("2025-02-18", "cracks"),
        expect("../2025-03-07", "lowered", planned=True),
        expect("1963", "completed"),
        expect("2009/2011", "strengthened"),
        expect("2025-03-03", "public meeting", planned=True),
    )),
    Text("fenmoor-gallery", "HTML page", None, """\
<html><head><title>Gallery of Fenmoor – Exhibitions</title></head><body>
<h1>Exhibitions at the Gallery of Fenmoor</h1>
<ul>
<li><b>Salt and Silver</b>: photographs of the fen fisheries, 4 Oct 2024 – 12 Jan 2025.</li>
<li><b>Weavers of Tarn</b> opened on <time datetime="2024-06-01">1 June 2024</time> and
closes on 29 September.</li>
<li>The east wing, closed since 2022 for repairs, will reopen in spring 2025.</li>
</ul>
<p>The gallery was founded in 1911 by the painter Edith Crane.</p>
<p>Page last updated 2 September 2024.</p>
</body></html>
""", (
        expect("2024-10-04/2025-01-12", "salt", "silver"),
        expect("2024-06-01", "weavers", "opened"),
        expect("2024-09-29", "closes", planned=True),
        expect("2022/..", "east wing"),
        expect("1911", "founded"),
    )),
    Text("ellory", "obituary", date(2021, 11, 3), """\
Marguerite Ellory obituary

Marguerite Ellory, who has died aged 91, was a marine biologist whose surveys of the Skerra
reefs changed how coastal waters are protected.

Born in Dunmore on 7 February 1930, she studied at Carrow University and in 1956 joined the
Fisheries Laboratory at Port Ellis. Her first reef survey, in 1961–62, mapped 400
kilometres of coast.

In 1978 she became the laboratory's first woman director. She was appointed OBE in 1985.

She died on 24 October after a short illness. She is survived by her son, Paul.
""", (
        expect("1930-02-07", "born"),
        expect("1956", "joined"),
        expect("1961/1962", "reef survey"),
        expect("1978", "director"),
        expect("1985", "OBE"),
        expect("2021-10-24", "died"),
    )),
    Text("planner-changelog", "product changelog", None, """\
# Changelog

## 4.2.0 – 2023-08-14
- Added export to CSV (#2015).
- Fixed a crash when the 1999 template was opened.

## 4.1.1 – 2023-05-30
- Security fix for the login form.

## 4.1.0 – 2023-03-02
- New dark theme.

## 4.0.0 – 2022-11-21
- Dropped support for Python 3.7.
- Version 3.x will receive security fixes until 30 June 2023.
""", (
        expect("2023-08-14", "4.2.0"),
        expect("2023-05-30", "4.1.1"),
        expect("2023-03-02", "4.1.0"),
        expect("2022-11-21", "4.0.0"),
        expect("../2023-06-30", "security fixes", planned=True),
    )),
    Text("licences-bill", "parliamentary record", None, """\
HOUSE OF ASSEMBLY — Official Report

Wednesday, 12 April 2023

Fishing Licences (Amendment) Bill

Second Reading

2.31 pm

Mr Tomas Vey (Harbour East): I beg to move, That the Bill be now read a Second time.

The Bill was introduced on 9 March. It answers the Harbour Report 2019 (page 14), which found
that one licence in five had lapsed. The present scheme was set up in 1987. The
consultation closed on 28 February.

If the House agrees, the new licences will be issued from 1 January 2024 onwards.

Question put and agreed to. Bill read a Second time.
""", (
        expect("2023-04-12", "second time"),
        expect("2023-03-09", "introduced"),
        expect("1987", "scheme"),
        expect("2023-02-28", "consultation"),
        expect("2024-01-01/..", "licences", planned=True),
    )),
    Text("clock-museum", "museum notice", date(2024, 3, 4), """\
Notice to visitors

The Ravel Street Museum of Clocks will close for rewiring from Monday 11 March to Friday 22
March 2024. The Long Case Room reopens on Saturday, 23 March.

Our Harrow astronomical clock, made c. 1740 and on loan since 2019, returns to its owners
in Bruges at the end of April. The museum opens at 10.00 every day.
""", (
        expect("2024-03-11/2024-03-22", "close", planned=True),
        expect("2024-03-23", "reopens", planned=True),
        expect("1740~", "clock"),
        expect("2019/..", "loan"),
    )),
    Text("clean-wells", "NGO report", None, """\
Clean Wells Initiative — Annual Report 2022

Summary

Between January and June 2022 our teams drilled 48 wells in the Sorra district, roughly
twice as many as a year earlier. The drought that began around October 2021 probably peaked
in March 2022.

A cholera outbreak was reported in Kett on 5 July; it was declared over on August 30. The
programme is expected to reach 200 villages by December 2024.

Since 2016 the Initiative has been funded mainly by the Lorne Trust.
""", (
        expect("2022-01/2022-06", "drilled"),
        expect("2021-10~", "drought"),
        expect("2022-03?", "peaked"),
        expect("2022-07-05", "cholera"),
        expect("2022-08-30", "declared over"),
        expect("../2024-12", "villages", planned=True),
        expect("2016/..", "Lorne Trust"),
    )),
    Text("cullen-ridge", "academic abstract", None, """\
Abstract. We report on the excavation of a Bronze Age hearth at Cullen Ridge, carried out
between 14 and 29 August 2018. Charcoal from the hearth gives a radiocarbon age of 3150 ± 40
BP. The site was first recorded by the antiquarian Henry Loam in 1887 and partly destroyed
by quarrying in the 1950s. A second season of fieldwork is planned for the summer of 2020.
Results were presented at the Northern Archaeology Forum in Leeds on 6–7 June 2019.
""", (
        expect("2018-08-14/2018-08-29", "excavation"),
        expect("1887", "recorded"),
        expect("1950/1959", "quarrying"),
        expect("2019-06-06/2019-06-07", "presented"),
    )),
    Text("clubman-bike", "blog post", None, """\
Why I finally fixed my grandfather's bike

Posted on 3rd May 2020 by Ana Pereira

My grandfather bought his Ruston Clubman in 1957, the year he married my grandmother. He
rode it to work until sometime around 1975, and then it sat in the shed.

Last Saturday I took it to the cycle shop on Hill Road. The mechanic, Sam, thinks the frame
is probably from 1954.

I'll be riding it in the Vintage Spin on 14 June, if the lockdown ends.
""", (
        expect("1957", "bought"),
        expect("2020-05-02", "shop"),
        expect("1954?", "frame"),
        expect("2020-06-14", "Vintage Spin", planned=True),
    )),
    Text("coastline-radio", "radio transcript", date(2023, 1, 27), """\
PRESENTER: Good morning, it's six o'clock and this is Coastline. The storm that hit the west
coast yesterday has left 14,000 homes without power.

REPORTER (Dan Okoro): The wind reached 130 km/h at Skerry Point late last night, the
strongest gust there since 2014. Engineers say most homes should be reconnected by Sunday.

PRESENTER: And the council says the sea wall at Marlow, built in 1931, will be inspected on
Monday.

REPORTER: Yes, the last inspection was in October.
""", (
        expect("2023-01-26", "storm"),
        expect("../2023-01-29", "reconnected", planned=True),
        expect("1931", "built"),
        expect("2023-01-30", "inspected", planned=True),
        expect("2022-10", "inspection"),
    )),
    Text("allotment-minutes", "meeting minutes", None, """\
Minutes of the Thornbury Allotment Society committee meeting, held Tuesday 5th September 2023

Present: J. Hale (chair), M. Osei, R. Linde, P. Grant.

1. The minutes of the meeting of 1st August were approved.
2. Water: the new standpipe was installed on 22 August. R. Linde reported that the water
bill for 2022-23 was £1,240.
3. Show: the Autumn Show will be held on Saturday 16 September. Entries must be in by 9
September at the latest.
4. Next meeting: Tuesday 3rd October 2023 at 7.30 pm.
""", (
        expect("2023-08-22", "standpipe"),
        expect("2023-09-16", "Autumn Show", planned=True),
        expect("../2023-09-09", "entries", planned=True),
        expect("2023-10-03", "next meeting", planned=True),
    )),
    Text("lune-railway", "dash timeline", None, """\
Key dates in the history of the Lune Valley Railway

1846 – Lune Valley Railway Act passed
12 Sept. 1849 – line opens from Kendle to Sedby
1850s – branch to Harrowgate Quarry built
c. 1870 – Sedby station rebuilt in stone
1 Jan 1923 – absorbed into the Northern & Western Railway
1964–1966 – passenger services withdrawn in stages
""", (
        expect("1846", "Act"),
        expect("1849-09-12", "opens"),
        expect("1850/1859", "branch"),
        expect("1870~", "rebuilt"),
        expect("1923-01-01", "absorbed"),
        expect("1964/1966", "withdrawn"),
    )),
    Text("marsh-cv", "CV", None, """\
CURRICULUM VITAE — Dr Lena Marsh

Education
2004–2008  BSc Geology, University of Carrow
2008–2012  PhD, Halvorsen Institute (thesis: "Glacial sediments of the Tarn basin")

Employment
Sept 2012 – Aug 2015  Postdoctoral researcher, Skerra Marine Station
2015 – present  Lecturer, University of Dunmore

Awards
2017  Hollis Medal of the Northern Geological Society
""", (
        expect("2004/2008", "BSc"),
        expect("2008/2012", "PhD"),
        expect("2012-09/2015-08", "postdoctoral"),
        expect("2015/..", "lecturer"),
        expect("2017", "Hollis Medal"),
    )),
)  # fmt: skip
