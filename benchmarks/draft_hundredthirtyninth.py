"""The hundred-and-thirty-ninth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without reading the project's code or its earlier batches, in twenty styles: a
wire story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary (space), a government statement, an HTML news
page, a storm surge forecast bulletin, an ice hockey report, a vaccine approval announcement, a
governess's letters of the 1880s, a glacier monitoring field report, a tramway's history, a
defence ministry procurement statement, a genealogy society's HTML newsletter, an
auditor-general's performance report, a pottery's history and an obituary. The organisations,
people and facts are invented. Facts whose date a reader could take two ways (a season, a
decade, "next season") are left out of the expected events, as are habits, comparisons and
document furniture.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTHIRTYNINTH_CORPUS",)


HUNDREDTHIRTYNINTH_CORPUS: tuple[Text, ...] = (
    Text(
        "island-airline-grounded",
        "wire story with a dateline",
        date(2025, 3, 14),
        """PORT ELVANE, March 14 (Meridian Wire) - Skerrow Air, the small carrier that links the
Elvane islands with the mainland, grounded all of its flights on Thursday after the aviation
regulator withdrew its operating certificate, leaving hundreds of passengers stranded on both
sides of the sound.

The Civil Aviation Board said it had revoked the certificate on Wednesday, following an
inspection on February 27 that found gaps in the maintenance records of two of the airline's
three turboprops. The Board's chairman, Owen Fitch, said the airline had first been warned in
writing on or about January 20.

Chief executive Nadia Terrell said Skerrow Air would challenge the decision at an appeal
hearing on Tuesday and hoped to resume flights by April 1 at the latest. "We have flown these
routes for more than thirty years without harming a single passenger," she said.

The island council has chartered two fast boats from the mainland operator Calloway Lines,
which will run a replacement service from Saturday until March 23.

Skerrow Air was founded in 1991 by the fisherman-turned-pilot Aled Voss and began scheduled
services the following year. It carries some 180,000 passengers a year, and its bookings last
year were the strongest since 2008. Its pilots fly the morning school run to Inner Elvane
every weekday.

(Reporting by Hanne Quist; Editing by Rob Adeyemi; +44 20 7946 0311)""",
        (
            expect("2025-03-13", "ground"),
            expect("2025-03-12", "certificate"),
            expect("2025-02-27", "inspection"),
            expect("2025-01-20~", "warned"),
            expect("2025-03-18", "appeal", planned=True),
            expect("../2025-04-01", "resume", planned=True),
            expect("2025-03-15/2025-03-23", "replacement", planned=True),
            expect("1991", "found"),
            expect("1992", "services"),
        ),
    ),
    Text(
        "bicycle-plant-opens",
        "press release",
        date(2025, 6, 2),
        """PRESS RELEASE - FOR IMMEDIATE RELEASE

Brennmark Cycles opens its first assembly plant outside Denmark

DORVIK, Norway, 2 June 2025 - Brennmark Cycles A/S (Nasdaq Copenhagen: BREN) today opened its
new assembly plant in Dorvik, the largest single investment in the company's 77-year history.
The plant, built at a cost of about EUR 48 million, began trial production on 12 May and will
reach its full output of 120,000 frames a year by December 2026.

Brennmark bought the 11-hectare site from Dorvik municipality in January 2023, and
construction started in September of that year. Some 210 people now work at the plant.

"Dorvik gives us room to grow," said chief executive Ingrid Salvesen. "Our order book is the
fullest it has been since 1975." The company will present its updated strategy to investors
at a Capital Markets Day in Copenhagen on 18 September 2025.

A second production line, for cargo bikes, is scheduled to start in March 2026.

About Brennmark Cycles
Brennmark was founded in Odense in 1948 as a bicycle repair shop and built its first complete
bicycle four years later. Its shares have been listed on Nasdaq Copenhagen since 2011. The
company employs 1,450 people in six countries.

Media contact: Sofie Lund, Head of Communications, press@brennmark.example, +45 70 20 11 48""",
        (
            expect("2025-06-02", "plant", "open"),
            expect("2025-05-12", "trial"),
            expect("../2026-12", "output", planned=True),
            expect("2023-01", "site"),
            expect("2023-09", "construction"),
            expect("2025-09-18", "markets", planned=True),
            expect("2026-03", "line", planned=True),
            expect("1948", "found"),
            expect("1952", "bicycle"),
            expect("2011/..", "list"),
        ),
    ),
    Text(
        "hollis-grange-v-whitcombe",
        "court opinion",
        None,
        """IN THE DISTRICT COURT OF APPEAL OF THE STATE OF CALDORA
SECOND DISTRICT

HOLLIS GRANGE PROPERTIES, LLC,
        Appellant,
v.                                                   Case No. 2D24-1187
DANA WHITCOMBE,
        Appellee.

Appeal from the County Court for Mercer County; Ellen T. Okafor, Judge.

PER CURIAM.

Hollis Grange Properties, LLC, the landlord, appeals the final judgment entered on March 4,
2024, awarding its former tenant, Dana Whitcombe, the return of her security deposit and
damages under section 83.49 of the Residential Tenancies Act of 1973. We affirm.

Whitcombe leased a ground-floor apartment from Hollis Grange under a written lease that ran
from July 1, 2019, through June 30, 2022. On or about November 15, 2021, a pipe burst in the
unit above and flooded the apartment. Whitcombe notified the landlord in writing on
November 19, and the landlord's agent inspected the unit on or about December 2, 2021. No
repairs followed. Whitcombe moved out on January 8, 2022, and filed suit on May 2 of that
year.

After a bench trial held December 11 through 13, 2023, the trial court found that the
apartment had been untenantable since the flood and that the landlord had failed to give the
notice required by the Act. Hollis Grange filed its notice of appeal on April 1, 2024.

The landlord's sole argument is that the tenant abandoned the premises. The record does not
support it. Affirmed and remanded for the trial court to determine appellate attorney's
fees, which it shall do no later than September 30, 2024.

SLEET, C.J., and ATKINSON and LABRIT, JJ., concur.""",
        (
            expect("2024-03-04", "judgment"),
            expect("2019-07-01/2022-06-30", "lease"),
            expect("2021-11-15~", "pipe"),
            expect("2021-11-19", "notif"),
            expect("2021-12-02~", "inspect"),
            expect("2022-01-08", "move"),
            expect("2022-05-02", "suit"),
            expect("2023-12-11/2023-12-13", "trial"),
            expect("2024-04-01", "appeal"),
            expect("../2024-09-30", "fees", planned=True),
        ),
    ),
    Text(
        "vordano-abbey",
        "encyclopedia history",
        None,
        """Vordano Abbey

Vordano Abbey (Italian: Abbazia di Vordano) is a former Benedictine monastery in the upper
Serra valley, about 14 km north-west of the town of Castelvesna. Its buildings now house the
provincial archive.

History

A hermitage is recorded on the site c. 1040. According to the abbey's own tradition it was
founded by Count Aldric of Vesna in 1087, but the charter bearing that date survives only in
a later copy and its authenticity has long been questioned. The abbey church was
consecrated, probably in 1126, by the bishop of Castelvesna; its Gothic choir replaced the
Romanesque one after a fire.

The community prospered in the later Middle Ages, when it held lands in forty-two parishes,
and declined steadily thereafter. It was dissolved by a decree of 11 March 1798, and the
buildings and their contents were auctioned the following year.

From 1803 to 1961 the complex housed a tobacco factory, whose chimney still stands beside
the cloister. Restoration campaigns were carried out in 1978 and 1992, the second after the
earthquake of the previous year, and since 2001 the former dormitory has been the home of
the Castelvesna Provincial Archive.

Architecture

The church is a three-aisled basilica 52 m long, with a crypt under the choir. The library,
which once held some 1,800 manuscripts, was dispersed at the auction.

See also
List of Benedictine monasteries in Italy""",
        (
            expect("1040~", "hermitage"),
            expect("1087?", "found"),
            expect("1126?", "consecrat"),
            expect("1798-03-11", "dissolv"),
            expect("1799", "auction"),
            expect("1803/1961", "tobacco"),
            expect("1978", "restoration"),
            expect("1991", "earthquake"),
            expect("1992", "restoration"),
            expect("2001/..", "archive"),
        ),
    ),
    Text(
        "rovers-go-top",
        "sports report",
        date(2025, 11, 9),
        """Rovers edge Harwick to go top of the Northern League

By Sam Kettering
Sunday 9 November 2025

Ashby Rovers 2 Harwick Town 1

Ashby Rovers moved to the top of the Northern League on Saturday with a hard-won 2-1 victory
over Harwick Town at Millbrook Park.

Harwick went ahead in the 12th minute through Callum Reyes, but Rovers levelled before the
break when Tomasz Wilk headed in a corner. Striker Joel Amankwah, who joined from Castleton
in January, settled it with 11 minutes left, his ninth goal of the season.

It was a sixth straight win for Lena Brook's side and their first against their neighbours
since 2014. Brook, in charge since 3 March 2022, has rebuilt a squad that was relegated in
2021 and won promotion back two years later.

"We don't get carried away here," Brook said. "The table means nothing until the spring."

Rovers host Carden United in the county cup on Wednesday and travel to Oxley on 22 November.
Millbrook Park will then close for pitch repairs from 1 to 14 December.

Attendance: 4,312 (season high).""",
        (
            expect("2025-11-08", "harwick"),
            expect("2025-01", "amankwah"),
            expect("2022-03-03/..", "brook"),
            expect("2021", "relegat"),
            expect("2023", "promotion"),
            expect("2025-11-12", "carden", planned=True),
            expect("2025-11-22", "oxley", planned=True),
            expect("2025-12-01/2025-12-14", "repairs", planned=True),
        ),
    ),
    Text(
        "pellow-umbrellas",
        "company history",
        None,
        """Our story

Pellow & Sons, umbrella makers of Bristol

Pellow & Sons was founded in 1868, when Josiah Pellow, a former sailmaker, opened a small
workshop in Wickham Lane, Bristol, repairing umbrellas and parasols for the city's shops.
Around 1885 he patented the steel-ribbed "Storm" frame, which could be turned inside out by a
gale and snap back into shape, and the firm's reputation was made.

Josiah's sons Arthur and Walter took charge of the business in 1902, and four years later
they moved production to a larger factory in Bramley Road, where the company still works
today. The classic Model 1912 walking umbrella, named for its catalogue number, remains our
best seller.

From 1940 to 1945 the factory was turned over to war work and made harness fittings for
parachutes. Exports began in 1951, and by 1970 Pellow umbrellas were sold in thirty
countries.

The last member of the family retired from the board in 1987, and the company has been owned
by the Lindqvist family since 1988. Every umbrella is still finished by hand and inspected
twice before it leaves Bramley Road.

Looking ahead, production will move to a new, larger site in Avonmouth in 2027, bringing the
cutting, frame-making and finishing shops under one roof for the first time since 1906.

Pellow & Sons Ltd, Bramley Road, Bristol BS3 4PL. Registered in England No. 00184312.""",
        (
            expect("1868", "found"),
            expect("1885~", "patent"),
            expect("1902", "charge"),
            expect("1906", "factory"),
            expect("1940/1945", "parachute"),
            expect("1951", "export"),
            expect("../1970", "countries"),
            expect("1987", "retire"),
            expect("1988/..", "lindqvist"),
            expect("2027", "avonmouth", planned=True),
        ),
    ),
    Text(
        "halcyon-sample-return",
        "mission summary",
        None,
        """MISSION SUMMARY

Mission:   Halcyon (asteroid sample return)
Agency:    Pacific Space Consortium (PSC)
Target:    near-Earth asteroid 2011 QD14
Status:    extended mission

Overview
Halcyon was launched on 3 September 2019 from the Tanegawa launch site aboard a Kestrel-4
rocket. After an Earth gravity assist on 28 August 2020, it arrived at asteroid 2011 QD14 on
9 June 2022 and spent about five months mapping the 420-metre body from orbit.

The touch-and-go sampling manoeuvre took place on 17 November, when the spacecraft's arm
collected an estimated 60 grams of regolith. The spacecraft departed from the asteroid on
2 February 2023, and its sample capsule landed at the Ardal test range on 24 September 2024.
The capsule was transferred to the PSC curation facility in Nagaoka about three weeks later,
and the first analyses found water-bearing clay minerals.

Extended mission
The main spacecraft still carries 38 kg of xenon propellant. It is expected to fly past the
small asteroid 1999 LM3 in about July 2027. PSC will decide on a second extension no later
than March 2026.

Key numbers
Distance travelled: 5.2 billion km | Images returned: 61,000 | Cost: about USD 310 million""",
        (
            expect("2019-09-03", "launch"),
            expect("2020-08-28", "earth"),
            expect("2022-06-09", "arriv"),
            expect("2022-11-17", "sampl"),
            expect("2023-02-02", "depart"),
            expect("2024-09-24", "capsule", "land"),
            expect("2024-10-15~", "curation"),
            expect("2027-07~", "fly", planned=True),
            expect("../2026-03", "extension", planned=True),
        ),
    ),
    Text(
        "kell-flood-defences",
        "government statement",
        date(2026, 1, 20),
        """MINISTRY OF WATER AND ENVIRONMENT

Statement by the Minister for Water on the Kell Valley flood defences

Issued: Tuesday 20 January 2026
Reference: MWE/ST/2026/014

The Minister for Water, Ruth Abernathy, today confirmed funding of £95 million for the second
phase of the Kell Valley flood defence scheme.

The scheme was set up after the River Kell burst its banks on 4 and 5 February 2020,
flooding 1,140 homes and businesses in Lowbridge and Carrow. Work on the first phase, at
Lowbridge, began in April 2024 and was completed on 15 December 2025, two weeks ahead of
schedule.

The second phase, protecting some 900 properties in Carrow, will begin on Monday. It is due
to be completed no later than December 2027. A public consultation on its design ran from
6 October to 14 November 2025 and received 312 responses.

The Minister said: "Nobody in Carrow should ever have to live through that again." The
Minister will visit Carrow on Friday to meet residents and contractors.

The Environment Agency's flood warning service for the Kell, which has operated since
1 April 2013, remains free to all residents. Residents can sign up by calling 0345 988 1188,
24 hours a day.

ENDS

Notes to editors: the scheme is delivered under the Flood and Water Management Act 2010.
Media enquiries: press@mwe.example, 0300 555 0142.""",
        (
            expect("2026-01-20", "funding"),
            expect("2020-02-04", "banks"),
            expect("2020-02-05", "banks"),
            expect("2024-04", "first", "phase"),
            expect("2025-12-15", "complet"),
            expect("2026-01-26", "second", "phase", planned=True),
            expect("../2027-12", "complet", planned=True),
            expect("2025-10-06/2025-11-14", "consultation"),
            expect("2026-01-23", "visit", planned=True),
            expect("2013-04-01/..", "warning"),
        ),
    ),
    Text(
        "bellhaven-library-reopens",
        "HTML news page",
        date(2025, 5, 16),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Central Library reopens after refit | Bellhaven Echo</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/news/local">Local</a></nav>
<article>
<h1>Bellhaven Central Library reopens after £14m refit</h1>
<p class="byline">By <a href="/authors/priya-malhotra">Priya Malhotra</a>,
<time datetime="2025-05-16">16 May 2025</time></p>
<p>Bellhaven Central Library reopened to the public on Thursday after a £14 million
refurbishment that kept its doors shut for almost three years.</p>
<p>The listed building closed in June 2022, and builders moved in that September. Councillors
had approved the scheme on 14 March 2021, but the work was held up when asbestos was found in
the roof.</p>
<p>The library was opened in 1906 with money from the shipowner Elias Brand, who had
promised the town a library in about 1903. Its last major refurbishment was in 1974.</p>
<p>A new e-book lending service will go live on Monday, and the mayor, Cllr Denise Hart, will
unveil a plaque at a ceremony on Saturday 24 May. The children's wing, still being fitted
out, is due to open by the end of September.</p>
<p>"It is the best day this town has had since 2012," said head librarian Gwen Ashdown.</p>
<p>The library is open Monday to Saturday, 9am to 7pm, and on Sundays from 11am.</p>
</article>
<footer>&copy; 2025 Bellhaven Echo Ltd. Registered in England No. 04418823.</footer>
</body>
</html>""",
        (
            expect("2025-05-15", "reopen"),
            expect("2022-06", "clos"),
            expect("2022-09", "builders"),
            expect("2021-03-14", "approv"),
            expect("1906", "open"),
            expect("1903~", "promise"),
            expect("1974", "refurbish"),
            expect("2025-05-19", "e-book", planned=True),
            expect("2025-05-24", "plaque", planned=True),
            expect("../2025-09", "children", planned=True),
        ),
    ),
    Text(
        "storm-ingrid-surge",
        "storm surge forecast bulletin",
        date(2026, 1, 12),
        """COASTAL FORECASTING CENTRE - STORM SURGE BULLETIN

Bulletin number: 7 (Storm Ingrid)
Issued: 06:00 UTC Monday 12 January 2026
Area: North Kessel coast, from Harmsby Ness to Sandvig

SITUATION
A deep Atlantic low, named Storm Ingrid by the national weather service on Sunday, is moving
east across the North Kessel Sea. Ferry sailings between Harmsby and the Skarr islands were
cancelled on Sunday and remain suspended.

FORECAST
A positive surge of 1.2 to 1.6 m is expected along the whole coast on Tuesday evening,
coinciding with high spring tides. The highest water levels are forecast at Sandvig at
04:00 UTC on Wednesday, when the total water level may reach 3.9 m above chart datum. At
Harmsby, levels may be the highest since 13 December 2013.

A second, weaker low could bring a further surge around Saturday 17 January.

ACTIONS
Amber flood warnings were issued at 05:30 UTC for Harmsby, Lowsand and Sandvig. The Orre
tidal barrier will be closed by 12:00 UTC on Tuesday. The last surge of comparable height,
on 5 December 2023, flooded 40 properties in Lowsand.

TIDES (Sandvig)   HW 03:52 4.1 m   LW 10:07 0.6 m   HW 16:21 4.3 m

Next bulletin: 18:00 UTC. Duty forecaster: K. Ambrose. Tel. 01632 960 417""",
        (
            expect("2026-01-11", "ingrid"),
            expect("2026-01-11", "ferry"),
            expect("2026-01-13", "surge", planned=True),
            expect("2026-01-14", "levels", planned=True),
            expect("2026-01-17~", "surge", planned=True),
            expect("2026-01-12", "warnings"),
            expect("../2026-01-13", "barrier", planned=True),
            expect("2023-12-05", "flood"),
        ),
    ),
    Text(
        "kestrels-overtime-win",
        "ice hockey report",
        date(2025, 2, 20),
        """KESTRELS WIN IN OVERTIME, STRETCH STREAK TO TEN

By Marta Lind | Thursday 20 February 2025

VARBERG - Henrik Dahl scored 2:41 into overtime as the Varberg Kestrels beat the Oskarsholm
Wolves 3-2 on Wednesday night in front of 5,870 fans at the Ishall.

Goaltender Oskar Nyman, signed from Tingsryd on 30 January, made 34 saves. "He has changed
our season," coach Pia Engström said.

It was the captain's first goal since he returned to the line-up on 8 February after a knee
injury, and the Kestrels' tenth win in a row, their longest run since 1997.

The Wolves, champions in 2019, 2021 and 2023, had come back from 2-0 down with two goals in
the third period. Defenceman Ville Koski was given a five-minute major for boarding.

The teams meet again on Saturday in Oskarsholm. The regular season ends on 9 March, and the
playoffs are scheduled to begin on 15 March.

The Ishall is to be renovated from May to October, and the Kestrels will play the early part
of next season at the Halmvik arena.

Period scores: 1-0, 1-0, 0-2, 1-0 (OT). Shots: 37-36. Penalty minutes: 8-19.""",
        (
            expect("2025-02-19", "wolves"),
            expect("2025-01-30", "nyman"),
            expect("2025-02-08", "return"),
            expect("2019", "champion"),
            expect("2021", "champion"),
            expect("2023", "champion"),
            expect("2025-02-22", "meet", planned=True),
            expect("2025-03-09", "season", planned=True),
            expect("2025-03-15", "playoffs", planned=True),
            expect("2025-05/2025-10", "renovat", planned=True),
        ),
    ),
    Text(
        "respiva-approval",
        "vaccine approval announcement",
        date(2025, 10, 7),
        """WESTMARK MEDICINES AUTHORITY
Press release | 7 October 2025 | WMA/PR/2025/41

WMA approves Respiva, the first RSV vaccine for older adults in Westmark

The Westmark Medicines Authority (WMA) today granted a conditional marketing authorisation
for Respiva, a vaccine against respiratory syncytial virus (RSV) for adults aged 60 and over.
The vaccine was developed by Calder Biologics, which has made vaccines in Norhaven since 1964.

Calder submitted its application on 19 December 2024, and the WMA accepted it for
accelerated assessment in January 2025. The Authority's Committee for Human Medicines
recommended approval at its meeting of 22 to 25 September.

The decision rests on a phase 3 trial that enrolled about 24,600 participants in eleven
countries between October 2022 and March 2024. The vaccine reduced lower respiratory tract
disease caused by RSV by 79% over two seasons.

Calder Biologics expects the first doses to reach pharmacies on Monday 17 November. As a
condition of the authorisation, the company must submit the final results of its five-year
follow-up study no later than 30 June 2027.

RSV causes about 9,000 hospital admissions among people over 60 in Westmark every winter.
Influenza vaccines have been offered free to this age group since 1998; the Ministry of Health
will decide whether to add Respiva to the programme.

Contact: WMA press office, press@wma.example, +47 22 00 41 90. ISO 9001:2015 certified.""",
        (
            expect("2025-10-07", "authoris"),
            expect("1964/..", "calder"),
            expect("2024-12-19", "application"),
            expect("2025-01", "accelerated"),
            expect("2025-09-22/2025-09-25", "committee"),
            expect("2022-10/2024-03", "trial"),
            expect("2025-11-17", "doses", planned=True),
            expect("../2027-06-30", "results", planned=True),
            expect("1998/..", "influenza"),
        ),
    ),
    Text(
        "governess-letters-1883",
        "governess's letters of the 1880s",
        None,
        """LETTERS OF A GOVERNESS, 1883

I.
                                        Thornleigh Hall, near Ripon,
                                        3rd March, 1883.
My dearest Mama,

I arrived here safely on the 27th of February, very stiff after the long drive from the
station, and was given tea in the schoolroom by a kind housekeeper named Mrs. Gaunt. The
house was built, I believe, about 1740, and the schoolroom chimney smokes dreadfully. My
pupils, Miss Harriet and Miss Clara, are fourteen and eleven. We are to go up to town for the
Season on the 2nd of May, and Lady Ashcombe says I shall be wanted there too.

Your loving daughter,
Agnes

II.
                                        14 Grosvenor Street,
                                        20th May, 1883.
Dearest Mama,

We came up to town on the 4th, two days later than was intended, because Clara had a cold.
Miss Harriet was presented at Court on the 11th and looked very well in white. Tom sailed
for Bombay on the 15th; I had a short note from Gravesend, and he promises to write from
Malta. Lessons go on every morning from nine till one, whatever the gaieties of the night
before.

Ever your affectionate
Agnes

III.
                                        Thornleigh Hall,
                                        2nd September, 1883.
My dear Mama,

Lady Ashcombe has given me notice, very kindly: the girls are to go to school at Brighton.
I shall leave Thornleigh on or about the 20th of October. Mrs. Pargeter's agency has found
me a situation with a family at Harrogate, and I am to begin there on the 1st of November.

Your loving
Agnes""",
        (
            expect("1883-02-27", "arriv"),
            expect("1740~", "built"),
            expect("1883-05-02", "town", planned=True),
            expect("1883-05-04", "town"),
            expect("1883-05-11", "court"),
            expect("1883-05-15", "bombay"),
            expect("1883-10-20~", "leave", planned=True),
            expect("1883-11-01", "harrogate", planned=True),
        ),
    ),
    Text(
        "storbreen-field-report",
        "glacier monitoring field report",
        None,
        """STORBREEN-VEST GLACIER MONITORING PROGRAMME
Field report: autumn campaign 2024
Report no. GM-2024-03 | I. Haugland, P. Sorli | Directorate of Water Resources

1. Summary
Mass-balance measurements on Storbreen-Vest probably began in 1962; the earliest field books
are incomplete. The previous survey was made on 21 September 2023, and since then the
terminus has retreated about 38 m, the largest annual retreat since 2006. The autumn campaign
was carried out from 9 to 16 September 2024 by a team of four. Stake readings are made every
year in late September.

2. Main field tasks
Date     Task                                        Notes
10 Sep   Stake network re-drilled (stakes 1-14)      stake 9 lost, replaced
12 Sep   GNSS survey of the terminus                  front 38 m behind 2023 line

Stakes stand between 1150 and 1450 m a.s.l. Mean summer balance at the stakes was
-2.31 m w.e.

3. Automatic weather station
The station installed in August 2011 on the medial moraine failed on or about 2 March 2024,
when its mast iced up, and was repaired on 19 March. Data for the gap have been filled from
the Vestbu valley station.

4. Next steps
The spring mass-balance survey is planned for 28 April 2025. The final report for the
2023/24 hydrological year will be submitted to the Directorate by 31 January 2025.""",
        (
            expect("1962?", "measurements"),
            expect("2023-09-21", "survey"),
            expect("2024-09-09/2024-09-16", "campaign"),
            expect("2024-09-10", "stake"),
            expect("2024-09-12", "terminus"),
            expect("2011-08", "install"),
            expect("2024-03-02~", "fail"),
            expect("2024-03-19", "repair"),
            expect("2025-04-28", "spring", planned=True),
            expect("../2025-01-31", "report", planned=True),
        ),
    ),
    Text(
        "kessling-tramways",
        "tramway's history",
        None,
        """Kessling Tramways

History

Horse trams first ran in Kessling on 1 June 1879, on a 3 km line from the railway station to
the market square operated by the Kessling Street Railway Company. The company's car No. 17,
built in 1899 by the Aldwick Carriage Works, is the oldest survivor and has been on display
at the Kessling Transport Museum since 2003.

The city council electrified the network in 1901-02. By 1914 it had grown to 23 km and six
routes, and the trams carried some 19 million passengers a year. Services were suspended
from 14 to 29 March 1921 during a strike over wages.

Motor buses gradually took over the outer routes, and the last tram ran on 30 September 1959.
The Haldon Road depot was demolished about two years later, and its site is now a
supermarket.

After some forty years without trams, a new light-rail line from the station to Northgate
opened on 12 December 1998. An extension to Marnfield is scheduled to open in 2028.

Fleet

The light-rail fleet consists of 22 Series 2000 cars, each 32 m long, built in Leeds. Car
No. 17 runs on the museum's demonstration track on the first Sunday of each month.""",
        (
            expect("1879-06-01", "horse"),
            expect("1899", "built"),
            expect("2003/..", "display"),
            expect("1901/1902", "electrif"),
            expect("../1914", "network"),
            expect("1921-03-14/1921-03-29", "strike"),
            expect("1959-09-30", "last", "tram"),
            expect("1961~", "depot"),
            expect("1998-12-12", "light-rail"),
            expect("2028", "marnfield", planned=True),
        ),
    ),
    Text(
        "patrol-vessel-contract",
        "defence ministry procurement statement",
        date(2025, 8, 28),
        """MINISTRY OF DEFENCE
Procurement statement
Coastal Patrol Vessel (CPV) programme: contract award

Date: 28 August 2025
Ref: MOD/PROC/2025/1187

The Ministry of Defence has today awarded a contract worth approximately 620 million crowns
to Halverson Marine of Eskby for the design and construction of six coastal patrol vessels
for the Navy, with an option for two more.

The competition for the programme was launched in November 2023. Three bids were received by
the closing date of 15 March 2024, and two shipyards were shortlisted in October of that
year. The award was approved by Parliament's Defence Committee on 3 June this year.

The new vessels will replace the six Tern-class boats, which have been in service since 1994
and have each logged more than 9,000 days at sea.

First steel is expected to be cut in about June 2026. The first vessel is to be delivered by
March 2028 and the last no later than 2031. The contract also covers in-service support for
15 years.

The Minister for Defence Procurement, Jonas Ravn, said: "These vessels will guard our coast
well into the 2050s."

Enquiries: Defence Press Office, +45 72 81 00 00 (24 hours).""",
        (
            expect("2025-08-28", "contract"),
            expect("2023-11", "competition"),
            expect("../2024-03-15", "bids"),
            expect("2024-10", "shortlist"),
            expect("2025-06-03", "committee"),
            expect("1994/..", "tern"),
            expect("2026-06~", "steel", planned=True),
            expect("../2028-03", "first", "vessel", planned=True),
            expect("../2031", "last", planned=True),
        ),
    ),
    Text(
        "wexcombe-fhs-newsletter",
        "genealogy society's HTML newsletter",
        date(2025, 4, 3),
        """<html>
<head><title>Newsletter 112 - Wexcombe Family History Society</title></head>
<body>
<header><h1>Wexcombe Family History Society</h1>
<p>Newsletter No. 112 &middot; <time datetime="2025-04-03">3 April 2025</time></p></header>

<section id="society-news">
<h2>Society news</h2>
<p>Our Annual General Meeting will be held on Saturday 10 May 2025 at 2&nbsp;pm in the
Guildhall, Wexcombe. Subscriptions for the coming year are due by 30 April; members who pay
by standing order need do nothing. The society's library will move to the new Heritage
Centre on Mill Street in June.</p>
<p>The society was founded in 1976 by twelve members of an evening class at Wexcombe
College, and this newsletter has been published since 1979.</p>
</section>

<section id="members-research">
<h2>Members' research: the Rudds of St Olave's</h2>
<p>Member Joan Pritchard (no. 1815) has traced her ancestor Samuel Rudd, who was baptised at
St Olave's, Wexcombe, on 4 March 1792 and married Ann Cole in the same church on 18 June
1815. The couple emigrated to New Brunswick c. 1832 with five children.</p>
<p>Samuel was buried at Saint John on 9 January 1861. Joan's search was made harder because
the St Olave's registers for 1793 to 1812 were destroyed in a vestry fire in 1884; she found
the missing entries in the bishop's transcripts.</p>
<p>Research evenings are held on the first Tuesday of every month.</p>
</section>
<footer>Registered charity no. 1012745 &middot; Editor: Malcolm Deane</footer>
</body>
</html>""",
        (
            expect("2025-05-10", "meeting", planned=True),
            expect("../2025-04-30", "subscriptions", planned=True),
            expect("2025-06", "library", planned=True),
            expect("1976", "found"),
            expect("1979/..", "newsletter"),
            expect("1792-03-04", "baptis"),
            expect("1815-06-18", "marri"),
            expect("1832~", "emigrat"),
            expect("1861-01-09", "buri"),
            expect("1884", "fire"),
        ),
    ),
    Text(
        "land-registry-audit",
        "auditor-general's performance report",
        None,
        """OFFICE OF THE AUDITOR-GENERAL
Performance Audit Report No. 14 of 2024-25
Department of Lands: Replacement of the Land Registry System (LRX)

Key findings

1. The Department approved the business case for LRX in August 2017, with a budget of
$84 million. The contract with Vantor Systems was signed on 22 February 2018.

2. LRX went live on 6 March 2023 after go-live had been deferred three times. The legacy
registry system, introduced in 1988, was switched off on or about 30 September 2023.

3. By 30 June 2024 the Department had spent $171 million on LRX, more than double the
approved budget. This is the largest overrun on a State IT project since 2009.

4. Around 14,000 title transactions a month are still processed by hand. The Department told
us it expects to close its manual processing unit by December 2025.

Audit scope

Audit fieldwork took place between March and July 2024. We examined the Department's records
and interviewed staff and the vendor. The audit was conducted under section 38 of the Audit
Act 1997.

Recommendations

The Department should complete the migration of the remaining historical titles by
31 March 2025, and will report its progress to Parliament's Public Accounts Committee in
June 2025. The Department has accepted all three recommendations.

Rosalind Mbeki
Auditor-General""",
        (
            expect("2017-08", "business"),
            expect("2018-02-22", "contract"),
            expect("2023-03-06", "live"),
            expect("1988", "introduc"),
            expect("2023-09-30~", "switch"),
            expect("../2024-06-30", "spen"),
            expect("../2025-12", "manual", planned=True),
            expect("2024-03/2024-07", "fieldwork"),
            expect("../2025-03-31", "migration", planned=True),
            expect("2025-06", "progress", planned=True),
        ),
    ),
    Text(
        "brackenfold-pottery",
        "pottery's history",
        None,
        """Brackenfold Pottery: a short history

The pottery at Brackenfold was established in 1794 by Ezra Hallam, a Staffordshire thrower
who had leased the clay pits on Fold Lane two years earlier. An inventory taken in 1811 lists
seven kilns, twenty-two workers and "a great quantity of brown ware".

Hallam introduced the salt-glazed stoneware for which the pottery became known about 1830.
After his death his widow, Martha, ran the works with remarkable success until she retired
in 1852.

The famous blue-banded "Brackenfold ware" was probably first made in 1887; no pattern book
earlier than 1889 survives. Production stopped in 1942, when the kilns were shut down under
wartime fuel restrictions, and resumed on a small scale in 1947.

Since 1996 the pottery has been run as a working museum by the Brackenfold Trust, which
employs four potters and sells every piece it makes in its own shop. Visitors can watch
throwing demonstrations every afternoon from Easter to October.

The Trust is restoring the last of the bottle kilns. It will be fired on 19 September 2026,
the first firing of a coal kiln at Brackenfold since 1942. A new visitor centre is due to
open in the spring of 2026.

Brackenfold Trust, Fold Lane, Brackenfold. Registered charity no. 1061794.""",
        (
            expect("1792", "lease"),
            expect("1794", "establish"),
            expect("1811", "inventory"),
            expect("1830~", "stoneware"),
            expect("1852", "retire"),
            expect("1887?", "blue"),
            expect("1942", "stop"),
            expect("1947", "resum"),
            expect("1996/..", "museum"),
            expect("2026-09-19", "kiln", planned=True),
        ),
    ),
    Text(
        "margit-halloran-obituary",
        "obituary",
        date(2025, 7, 17),
        """Obituary

Margit Halloran, engineer who built the Ashford Viaduct

By Declan Furey | Thursday 17 July 2025

Margit Halloran, who has died aged 87, was one of the first women to design a major bridge in
Ireland. She died on Sunday at her home in Kinsale after a short illness.

Born Margit Lind in Gothenburg on 2 April 1938, the daughter of a ship's engineer, she
graduated in civil engineering from the Gothenburg Technical Institute in 1960 and moved to
Dublin the following year to join the consulting firm Brack & Partners.

Around 1970 she spent three years in Lagos supervising harbour works, and on her return she
was given charge of the Ashford Viaduct, which opened in 1979 and is still the longest
concrete viaduct in the country. She chaired the Institution of Structural Engineers of
Ireland from 1995 to 1996.

Colleagues remember her habit of walking every new bridge at dawn before it opened to
traffic. Her memoir, Spans, is to be published by Lantern Press in October this year.

She married the architect Paul Halloran, who died in 2009. She is survived by their two sons,
Eoin and Per, and five grandchildren.

A memorial service will be held at St Multose Church, Kinsale, on Saturday 2 August at
11 am.""",
        (
            expect("2025-07-13", "died"),
            expect("1938-04-02", "born"),
            expect("1960", "graduat"),
            expect("1961", "dublin"),
            expect("1970~", "lagos"),
            expect("1979", "viaduct"),
            expect("1995/1996", "chair"),
            expect("2025-10", "memoir", planned=True),
            expect("2009", "paul"),
            expect("2025-08-02", "memorial", planned=True),
        ),
    ),
)
