"""A hundred-and-twenty-sixth batch of texts for the evaluation of
``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news page, a
dust storm advisory, a jazz festival's history, a patent tribunal decision, a field
geologist's notebook, a parish magazine page in HTML, a ferry operator's new vessel release,
an archery championship report, a labour ministry's minimum wage timetable, a tithe barn's
history, a residents' newsletter on roadworks and a tile maker's history). Facts whose date a
reader could take two ways (a season, "late 1970s", "next week") are left out of the expected
events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTWENTYSIXTH_CORPUS",)

HUNDREDTWENTYSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "dock-strike-ends",
        "wire story with a dateline",
        date(2024, 10, 9),
        """HARBOURTON, Oct 9 (Coastline Press) - Dock workers at the port of Harbourton
returned to the quays on Wednesday morning after their union called off a strike that had
stopped container traffic for more than two weeks.

The stoppage ended on Tuesday when negotiators for the Harbourton Dockers' Union and the
port operator Quayline signed a provisional agreement at the regional labour office.

The walkout began on September 23, after talks on a new contract collapsed. The previous
contract had expired on June 30, and the union said members had worked for three months
without a pay rise. It was the longest stoppage at the port since 1996.

The union, registered in about 1978, represents some 2,300 of the port's workers. Its
members will vote on the agreement in a ballot on Friday, union secretary Maren Oduya told
reporters. "If the members say no, we are back where we started," she said.

Quayline said it expected the backlog of about 41,000 containers to be cleared by October 31.
Shipping lines diverted at least 19 vessels to other ports during the strike.

Union delegates, who meet every Monday at the port's old customs house, are expected to
recommend a yes vote.

(Reporting by Tomas Fairweather; Editing by Lina Okafor; tel. +44 20 7946 0958)""",
        (
            expect("2024-10-09", "return"),
            expect("2024-10-08", "strike", "end"),
            expect("2024-09-23", "walkout"),
            expect("2024-06-30", "contract"),
            expect("1978~", "union"),
            expect("2024-10-11", "ballot", planned=True),
            expect("../2024-10-31", "backlog", planned=True),
        ),
    ),
    Text(
        "filter-launch-release",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Kauri Springs launches the ClearTap 3 household water filter

AUCKLAND, 12 February 2025 - Kauri Springs Ltd today announced the launch of the ClearTap 3,
a countertop filter that removes microplastics and lead from tap water without electricity.

The ClearTap 3 will be available in hardware stores across New Zealand from 3 March, at a
recommended price of NZ$189. A pilot in 240 homes in Hamilton ran from 4 to 29 November
2024; households reported a 96 per cent reduction in sediment.

"We started with a garage and a borrowed lathe," said chief executive Aroha Penfold. "The
ClearTap 3 is the product we have been trying to make since day one."

Kauri Springs was founded in 2009 by Penfold and engineer Devin Maru. The company bought its
first factory, a former boat works in Onehunga, in around 2017, and now employs 85 people.
It expects to ship 10,000 units by June, and will open an office in Brisbane in September.

The filter meets ISO 9001:2015 production standards and supports the government's 2030
Clean Water Goals. Every unit comes with a 2-year warranty.

About Kauri Springs
Kauri Springs Ltd designs and manufactures water treatment products for homes and marae.

Media contact: Hemi Walsh, +64 9 555 2019, media@kaurisprings.example

ENDS""",
        (
            expect("2025-02-12", "launch"),
            expect("2025-03-03", "available", planned=True),
            expect("2024-11-04/2024-11-29", "pilot"),
            expect("2009", "found"),
            expect("2017~", "factory"),
            expect("../2025-06", "ship", planned=True),
            expect("2025-09", "office", planned=True),
        ),
    ),
    Text(
        "lease-appeal-opinion",
        "court opinion",
        date(2023, 3, 7),
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

No. 22-1187

GRETA HOLLOWAY, Plaintiff-Appellant,
v.
BRIARWOOD PROPERTIES LLC, Defendant-Appellee.

Appeal from the District Court for Lanner County, Case No. CV-2020-04417.

OPINION

CALDERON, Judge.

Greta Holloway appeals the summary judgment entered against her on her claim for the return
of a security deposit. We affirm in part and reverse in part.

I. BACKGROUND

Holloway signed a one-year lease for an apartment owned by Briarwood on or about April 2,
2019. Under the lease she paid a deposit of $1,950. On August 14, 2020, Briarwood sent her a
written notice of non-renewal, and Holloway vacated the unit by September 30, 2020.

Briarwood kept the whole deposit, citing damage to the floors. Holloway filed her complaint
in November 2020, alleging a violation of section 17 of the 1986 Residential Tenancy Act,
which requires a landlord to itemize deductions within 30 days.

The district court granted summary judgment for Briarwood on June 3, 2022, holding that a
photograph log sent by e-mail was an itemized statement. Holloway timely appealed. The
appeal was argued on January 10, 2023.

II. DISCUSSION

We review summary judgment de novo. See Marsh v. Teller, 2019 WL 44127, at *3 (Westm. Ct.
App. 2019). A list of photographs, without amounts, is not an itemization.""",
        (
            expect("2019-04-02~", "lease"),
            expect("2020-08-14", "notice"),
            expect("../2020-09-30", "vacat"),
            expect("2020-11", "complaint"),
            expect("2022-06-03", "judgment"),
            expect("2023-01-10", "argu"),
        ),
    ),
    Text(
        "meldrum-cross-history",
        "encyclopedia history",
        None,
        """Meldrum Cross

Meldrum Cross is a market town in the county of Eastholme, on the B1340 road about 14
miles (23 km) north of Carrowby. Its population at the last census was 12,480.

History

The town grew up around a crossing of the River Meld. It is perhaps the "Meldrun" recorded
in 1086, although the identification is uncertain. A small priory was founded beside the
ford circa 1140, and the town received a market charter from Henry III in 1267.

The Black Death reached the town in 1349 and is thought to have killed a third of its
people. A fire destroyed most of the timber houses around the market place in 1702; the
present brick frontages date from the rebuilding that followed.

The railway arrived in 1847, and a larger station was built the following year to handle
the cattle trade. Cattle sales in the town were governed by the rules of the 1834 Markets Act for
more than a century.

Since 1974 Meldrum Cross has been part of the district of North Eastholme. The cattle
market, held every Thursday for over seven centuries, closed in 1999.

See also
- List of market towns in Eastholme
- River Meld""",
        (
            expect("1086?", "meldrun", "record"),
            expect("1140~", "priory"),
            expect("1267", "charter"),
            expect("1349", "black death"),
            expect("1702", "fire"),
            expect("1847", "railway"),
            expect("1848", "station"),
            expect("1974/..", "district"),
            expect("1999", "market", "close"),
        ),
    ),
    Text(
        "rovers-promotion",
        "sports report",
        date(2025, 5, 18),
        """Kellan Rovers 3 Dunmore Athletic 1

By Sian Maddox, Football Correspondent

Kellan Rovers clinched the Second Division title on Saturday with a 3-1 win over Dunmore
Athletic in front of a sell-out crowd of 9,874 at Brackley Park.

The club last won the division in 2011. Its 91 points are its best total since 1987, and the
title caps a remarkable recovery under manager Ruth Oyelaran, who has been in charge since
October 2021.

Striker Lewis Achterberg, who joined from Portavon in January 2023, scored twice. He missed
six weeks after tearing a hamstring on 2 March and returned on 12 April against Ferris Town,
scoring within ten minutes.

Dunmore led through a Colm Reddy header after 17 minutes, but Achterberg levelled before the
break and added a second from the penalty spot. Substitute Jai Pemberton made it safe in
stoppage time.

Rovers, who train every Thursday evening in front of a handful of supporters, now face
Hallam City in the Shield final, which will be played at the national stadium on Saturday
31 May.

"I said to the lads in the dressing room: enjoy tonight, then we go again," Oyelaran said.

Rovers: Quinn; Adebayo, Hart, Lyle, Sorensen; Mbeki, Tranter (Pemberton 78); Goss, Achterberg,
Fenwick; Dale.""",
        (
            expect("2025-05-17", "title"),
            expect("2011", "division"),
            expect("2021-10/..", "oyelaran"),
            expect("2023-01", "join"),
            expect("2025-03-02", "hamstring"),
            expect("2025-04-12", "return"),
            expect("2025-05-31", "final", planned=True),
        ),
    ),
    Text(
        "harrow-finch-history",
        "company history",
        None,
        """Our history

Harrow & Finch Pumps Ltd

Harrow & Finch was founded in 1923 by Albert Harrow, a marine engineer, and his
brother-in-law Walter Finch, in a rented shed behind a Sheffield foundry. Their first product
was a hand pump for canal boats.

The partners moved the business to Leeds in 1931 and opened a second works at Hunslet in
1936. During the war both sites made fire pumps for the Auxiliary Fire Service.

Around 1950 the company began exporting centrifugal pumps to Australia and South Africa, and
by the end of that decade more than half of its output went abroad. Its best-known design,
the HF 1200 series, is still in production.

Harrow & Finch was listed on the London Stock Exchange on 14 June 1968. It remained an
independent company until 1994, when it was acquired by the Dutch engineering group Verhoef.

Since 2008 the company has operated a plant in Wroclaw, Poland, which builds pumps for the
central European market. In 2023 it celebrated its centenary with an open day for 4,000
visitors at the Hunslet works.

Today Harrow & Finch employs 1,150 people in five countries.

Contact: Harrow & Finch Pumps Ltd, Hunslet Road, Leeds LS10 1HF. Tel. 0113 496 0123""",
        (
            expect("1923", "found"),
            expect("1931", "leeds"),
            expect("1936", "works"),
            expect("1950~", "export"),
            expect("1968-06-14", "listed"),
            expect("1994", "acquir"),
            expect("2008/..", "plant"),
            expect("2023", "centenary"),
        ),
    ),
    Text(
        "aster-mission-summary",
        "mission summary",
        None,
        """ASTER - Mission summary

Mission type: Venus and Mars orbiter with lander
Operator: European Planetary Consortium
Spacecraft mass: 2,016 kg at launch

ASTER was launched on 12 September 2016 from Kourou on an Ariane 5 rocket. It made a
gravity-assist flyby of Venus about four months later, which bent its path outward toward
Mars.

The spacecraft entered Mars orbit on 30 March 2018, after a 31-minute engine burn. Its small
lander, Petrel, separated the following day and touched down in Arcadia Planitia on 2 April,
returning the first images within an hour.

Communications with the orbiter were interrupted from 5 to 9 May 2020, when a software fault
put the spacecraft into safe mode. Engineers uploaded a patch and the mission resumed normal
operations.

The consortium extended the mission in 2021, citing the good health of the orbiter's
instruments. Petrel fell silent in around January 2022, probably because dust covered its
solar panels.

The orbiter is scheduled to end its mission with a controlled impact on Mars in November
2026. Its data are archived at the Planetary Data Centre under reference PDC-2016-083.

Page last updated: 4 June 2024""",
        (
            expect("2016-09-12", "launch"),
            expect("2017-01~", "venus", "flyby"),
            expect("2018-03-30", "orbit"),
            expect("2018-03-31", "separat"),
            expect("2018-04-02", "touch"),
            expect("2020-05-05/2020-05-09", "communicat"),
            expect("2021", "extend"),
            expect("2022-01~", "petrel"),
            expect("2026-11", "impact", planned=True),
        ),
    ),
    Text(
        "measles-statement",
        "government statement",
        date(2025, 7, 3),
        """MINISTRY OF HEALTH
Statement on the national measles vaccination campaign

The Minister of Health, Dr Irena Kovac, met representatives of the regional health boards on
Monday to review the rise in measles cases.

Confirmed cases have been rising steadily since March, and 214 cases have now been reported
this year, the highest number since 2014. Most cases are in children under five who have
not received a second dose.

The Ministry will therefore begin a national catch-up campaign on 15 September. Clinics will
be held in all schools and in community health centres, and parents will be contacted by
text message. The previous campaign ran from 1 October to 20 December 2024 and reached 88
per cent of eligible children.

Suppliers will deliver the additional vaccine doses no later than 31 August, so that every
region is stocked before the campaign starts.

Under the 2019 Immunisation Act, schools must keep a record of each pupil's vaccination
status. Head teachers will receive guidance by 1 September.

The Minister said: "Measles is not a mild illness. I ask every parent to check their child's
record today."

Parents with questions can call the free helpline on 0800 2024 111, open every weekday from
8 am to 8 pm.

ENDS

Ministry of Health Press Office""",
        (
            expect("2025-06-30", "met"),
            expect("2025-03/..", "case"),
            expect("2025-09-15", "campaign", planned=True),
            expect("2024-10-01/2024-12-20", "campaign"),
            expect("../2025-08-31", "deliver", planned=True),
            expect("../2025-09-01", "guidance", planned=True),
        ),
    ),
    Text(
        "museum-news-html",
        "HTML page",
        None,
        """<!DOCTYPE html>
<html lang="en">
<head><title>News | Pellham Town Museum</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/visit">Visit</a> | <a href="/news">News</a></nav>
<h1>Museum news</h1>
<p class="updated">Last updated: 2 September 2024</p>
<ul class="news">
  <li>
    <h2>West wing reopens</h2>
    <p>The west wing reopened to visitors on 29 August 2024 after a refurbishment that began
    in June 2022. The new galleries show the town's weaving industry.</p>
  </li>
  <li>
    <h2>Textile gallery coming soon</h2>
    <p>The new textile gallery will open on 14 November, with loans from three private
    collections.</p>
  </li>
  <li>
    <h2>The Carrow collection</h2>
    <p>The museum received the Carrow collection of clay pipes in about 1931. A selection
    of 1,931 pipes is now on display in the basement.</p>
  </li>
  <li>
    <h2>Free entry</h2>
    <p>The museum has been free to visit since 2001, thanks to support from Pellham
    Borough Council.</p>
  </li>
  <li>
    <h2>Talks</h2>
    <p>Our lecture series returns on the first Tuesday of every month at 7 pm.</p>
  </li>
</ul>
<footer>
  <p>Pellham Town Museum, 12 Bridge Street, Pellham. Tel. 01632 960 771</p>
  <p>&copy; 2024 Pellham Town Museum Trust. Registered charity 1098231.</p>
</footer>
</body>
</html>""",
        (
            expect("2024-08-29", "reopen"),
            expect("2022-06", "refurbish"),
            expect("2024-11-14", "textile", planned=True),
            expect("1931~", "carrow"),
            expect("2001/..", "free"),
        ),
    ),
    Text(
        "dust-storm-advisory",
        "dust storm advisory",
        None,
        """BUREAU OF METEOROLOGY - SEVERE WEATHER ADVISORY
DUST STORM ADVISORY No. 2025/114
For people in the Mallee Plains and Northern Wimmera districts
Issued at 11:40 am Tuesday 14 October 2025

Strong and gusty northerly winds ahead of a cold front are expected to raise widespread
dust across the Mallee Plains on Wednesday afternoon. Visibility may fall below 200 metres
in places, particularly near Ouyen, Walpeup and Hopetoun.

The winds are forecast to ease by Thursday evening as the front moves east.

The district has had no significant rain since 4 August, and topsoil in freshly sown
paddocks is very dry. A similar storm on 23 September cut visibility to 50 metres and caused
a 12-vehicle collision on the Calder Highway. That event produced the worst dust readings
at Mildura since 2009.

Schools in the Walpeup cluster will close on Wednesday as a precaution.

What you should do:
- Avoid driving in dust. If you must drive, slow down and turn on your headlights.
- People with asthma should keep their reliever medication with them.
- Secure loose items and keep pets indoors.

The next advisory will be issued at 5:00 pm.

For emergency assistance call the SES on 132 500. For life-threatening emergencies call 000.""",
        (
            expect("2025-10-15", "dust", planned=True),
            expect("../2025-10-16", "wind", planned=True),
            expect("2025-08-04/..", "rain"),
            expect("2025-09-23", "storm"),
            expect("2025-10-15", "school", planned=True),
        ),
    ),
    Text(
        "harbour-jazz-history",
        "jazz festival history",
        None,
        """About the festival - History

Porthallow Harbour Jazz Festival

The first Porthallow Jazz Festival was held over a weekend in August 1962, when the
landlord of the Anchor Inn booked four trad bands and put a stage on a coal lorry. Around
300 people came; the pub's back room is still called the 1962 Club.

The festival moved to the harbour in 1971, with a marquee on the fish quay, and grew into a
three-day event. The American saxophonist Della Ruane headlined circa 1975, an appearance
that older visitors still talk about, though no programme from that year survives.

Rising costs and two wet summers led the committee to cancel the festival in 1980 and 1981.
It returned in 1982 with a smaller programme and a new emphasis on local musicians.

Since 1994 the festival has been run by the Porthallow Jazz Trust, a charity that also
funds music lessons in the town's schools. The Trust opened the Quay Stage, a permanent
open-air venue, on 3 July 2004.

The sixty-third festival is scheduled for 17 to 19 July 2026. Weekend tickets cost
£61.20, and the Trust's free Sunday brass sessions, held every summer on the slipway,
will continue.

Porthallow Jazz Trust, registered charity no. 1040217""",
        (
            expect("1962-08", "first"),
            expect("1971", "harbour"),
            expect("1975~", "ruane"),
            expect("1980", "cancel"),
            expect("1981", "cancel"),
            expect("1982", "return"),
            expect("1994/..", "trust"),
            expect("2004-07-03", "quay stage"),
            expect("2026-07-17/2026-07-19", "festival", planned=True),
        ),
    ),
    Text(
        "hinge-patent-decision",
        "patent tribunal decision",
        date(2024, 5, 21),
        """BOARD OF APPEAL - TECHNICAL
Case number: T 0412/22 - 3.2.05

Patent No.: EP 2 914 403
Title of invention: Self-closing hinge with damping element
Proprietor: Lindqvist Beslag AB (Appellant)
Opponent: Ferro-Norm GmbH (Respondent)

Summary of Facts and Submissions

I. The European patent application was filed on 8 March 2016 and claims the priority of a
Swedish application of 10 March 2015. The patent was granted in 2019.

II. The opponent filed a notice of opposition on 12 November 2019 on the ground of lack of
inventive step (Article 56 EPC).

III. The opposition division revoked the patent by a decision posted on 2 February 2022. The
proprietor lodged an appeal on 4 April 2022.

IV. The opponent relies on document D1, a sales brochure probably distributed at the Cologne
hardware fair in 2012, and on D2 (DE 10 2011 089 214 A1).

V. Oral proceedings before the Board took place on 16 April 2024.

Reasons for the Decision

1. The appeal is admissible.

2. Claim 1 differs from D1 in that the damping element is arranged inside the hinge pin.
D1 shows an external damper. The skilled person, starting from D1, would have had no
reason to move the damper into the pin; the Board follows T 1234/19 in this respect.

3. The subject-matter of claim 1 therefore involves an inventive step.

Order

The decision under appeal is set aside. The patent is maintained as granted.""",
        (
            expect("2016-03-08", "applica", "filed"),
            expect("2015-03-10", "priority"),
            expect("2019", "grant"),
            expect("2019-11-12", "opposition"),
            expect("2022-02-02", "revok"),
            expect("2022-04-04", "appeal"),
            expect("2012?", "brochure"),
            expect("2024-04-16", "oral"),
        ),
    ),
    Text(
        "brae-field-notebook",
        "field geologist's notebook",
        None,
        """FIELD NOTEBOOK No. 7 - Glen Brae mapping project
Property of Dr Ailsa Munro, Dept. of Earth Sciences. If found please return.

14 June 1987. Arrived at Camp Brae by Land Rover from Fort Ellon, 4 pm. Weather fair. Set up
tent below the old sheepfold, grid ref. NN 2194 6633.

15 June. Mapped the granite-schist contact along the burn for 1.4 km. Contact dips c. 60 deg
to NW; strike 212. Samples GB-1987-41 to GB-1987-44 taken. Hornfels at least 30 m wide.

16 June. Climbed to the quarry on the east shoulder. The quarry has been worked since 1911,
on and off; Mr Grant (shepherd) says the big landslip below it came down around 1962.
Scar still fresh-looking. Photographed from the track.

Thursday. Rain all day. No fieldwork. Wrote up notes and re-labelled samples.

19 June. Back on the contact. Found a garnet-bearing band in the schist, 2 m thick, not on
the 1:50,000 sheet. Must tell Prof. Lowrie.

20 June. Mr Grant's dog found the lost hammer by the sheepfold.

Helicopter due on the 24th to lift the sample boxes (approx. 180 kg) to Fort Ellon. I will
walk out the following day.

Note: altitude of camp 340 m; magnetic declination 1987: 6 deg W.""",
        (
            expect("1987-06-14", "arriv"),
            expect("1987-06-15", "contact"),
            expect("1911/..", "quarry"),
            expect("1962~", "landslip"),
            expect("1987-06-18", "rain"),
            expect("1987-06-19", "garnet"),
            expect("1987-06-20", "hammer"),
            expect("1987-06-24", "helicopter", planned=True),
            expect("1987-06-25", "walk", planned=True),
        ),
    ),
    Text(
        "st-aidan-parish-html",
        "parish magazine page in HTML",
        None,
        """<html>
<head><title>The Aidan Messenger - March 2025</title></head>
<body>
<div class="masthead">
  <h1>The Aidan Messenger</h1>
  <p>Parish magazine of St Aidan's, Lowfield &middot; March 2025 &middot; 50p</p>
</div>
<h2>From the Vicarage</h2>
<p>Dear friends, it has been a joy to begin my ministry among you. I was licensed as your
vicar by the Bishop of Marlow on 9 February, and I am grateful for the welcome I have
received.</p>
<h2>Organ appeal</h2>
<p>The restorers from Harwood &amp; Sons started work on the organ on 20 January. They
expect to finish by 12 April, in time for Holy Week. The organ was last rebuilt in 1958.</p>
<h2>Our bells</h2>
<p>St Aidan's was built in 1868, and its six bells were recast at Whitechapel around 1920.
The ringers practise every Wednesday at 7.30 pm and would welcome new learners.</p>
<h2>Dates for your diary</h2>
<ul>
  <li>Lent lunches: every Friday in Lent, 12.30 pm, church hall</li>
  <li>The Annual Parochial Church Meeting will be held on 27 April after the 10 am
  service.</li>
  <li>Flower festival: 6 to 8 June, on the theme "Psalm 104".</li>
</ul>
<p class="footer">Parish office: 01632 960 418 &middot; Registered charity no. 1131904</p>
</body>
</html>""",
        (
            expect("2025-02-09", "licens"),
            expect("2025-01-20", "organ"),
            expect("../2025-04-12", "finish", planned=True),
            expect("1958", "rebuilt"),
            expect("1868", "built"),
            expect("1920~", "bell"),
            expect("2025-04-27", "meeting", planned=True),
            expect("2025-06-06/2025-06-08", "flower", planned=True),
        ),
    ),
    Text(
        "loch-arrin-ferry",
        "ferry operator's new vessel release",
        date(2025, 11, 4),
        """NEWS RELEASE

Western Isles Ferries welcomes MV Loch Arrin to the fleet

Western Isles Ferries today took delivery of its new hybrid ferry, MV Loch Arrin, at the
Ferguson & Reid yard in Port Glenmore.

The 72-metre vessel, hull number 1172, will carry up to 450 passengers and 60 cars on the
Oban to Carrick route. Steel was cut for the ship in February 2024, and she was launched
on 18 July this year in front of more than 2,000 spectators.

Sea trials in the Firth of Clyde were completed on Friday. Crew familiarisation will follow,
and the Loch Arrin is scheduled to enter service on 1 December.

The ship's battery packs allow her to sail in and out of harbour on electric power alone,
an important step toward the company's 2030 net zero target.

Western Isles Ferries has operated the Oban to Carrick route since 1974. The current ferry,
MV Island Maid, was built around 1989 and will be retired by March 2026.

Managing director Fiona Lachlan said: "Islanders have waited a long time for this ship.
She will bring more reliable crossings every day of the year."

Notes to editors
Western Isles Ferries operates 14 routes and carries 1.9 million passengers a year.
Press office: 01631 555 019 | press@wif.example""",
        (
            expect("2025-11-04", "delivery"),
            expect("2024-02", "steel"),
            expect("2025-07-18", "launch"),
            expect("2025-10-31", "trials"),
            expect("2025-12-01", "service", planned=True),
            expect("1974/..", "route"),
            expect("1989~", "island maid"),
            expect("../2026-03", "retire", planned=True),
        ),
    ),
    Text(
        "archery-worlds-report",
        "archery championship report",
        date(2025, 8, 11),
        """ARCHERY

Okonkwo strikes gold in recurve final

From our correspondent in Lausanne

Adaeze Okonkwo won the women's recurve title at the World Archery Championships on Sunday,
beating Korea's Seo Ji-woo 6-4 in a shoot-off decided by a single arrow.

The 24-year-old had set the fastest pace in the ranking round on Thursday, scoring 686 of a
possible 720, the highest qualification score by a European since 2017.

The championships were held from 5 to 10 August on the shore of Lake Geneva, with 412
archers from 71 nations. Strong crosswinds on the final day sent several favourites out in
the early rounds.

Okonkwo took up archery in about 2013 at a club in Nottingham and made her senior debut in
2019. She won bronze at the European Championships in June 2024.

"I shoot at my club every Tuesday night with people who have never been near a final," she
said. "This one is for them."

The men's title went to Mateo Ruiz of Spain, who beat the defending champion in straight
sets.

The next World Championships will be held in Guadalajara in September 2027, and Okonkwo
said her focus would then turn to the 2028 Olympic Games.

Results: Women's recurve - 1 Okonkwo (GBR), 2 Seo (KOR), 3 Lindahl (SWE).""",
        (
            expect("2025-08-10", "okonkwo"),
            expect("2025-08-07", "ranking"),
            expect("2025-08-05/2025-08-10", "championship"),
            expect("2013~", "archery"),
            expect("2019", "debut"),
            expect("2024-06", "bronze"),
            expect("2027-09", "championship", planned=True),
        ),
    ),
    Text(
        "minimum-wage-timetable",
        "labour ministry's minimum wage timetable",
        None,
        """MINISTRY OF LABOUR AND EMPLOYMENT
Press statement | 29 September 2025 | Ref. LM/2025/0931

National minimum wage: timetable for 2026 increases

The Government has accepted in full the recommendation of the Low Pay Commission, published
on 15 September, to raise the national minimum wage in two steps.

The hourly rate will rise from R 21.45 to R 22.90 on 1 January 2026. A second increase, to
R 23.60, will apply from 1 July 2026. Together they represent the largest rise since 2008.

The Commission held a public consultation from 2 June to 25 July 2025, receiving 1,318
written submissions from employers, unions and individual workers.

The national minimum wage has existed since 1 April 1999 and is set each year by ministerial
order; the increases will be made by the National Minimum Wage (Amendment) Order 2025.

Employers will have to update their payroll systems no later than 31 December. The Labour
Inspectorate will begin targeted checks in February 2026.

The Minister of Labour, Themba Nkosi, said: "No one who works full time should have to
choose between rent and food."

Employers and workers can contact the wage helpline on 0860 110 2026, Monday to Friday.

Issued by the Ministry of Labour and Employment Communications Unit""",
        (
            expect("2025-09-15", "recommend"),
            expect("2026-01-01", "rate", planned=True),
            expect("2026-07-01", "increase", planned=True),
            expect("2025-06-02/2025-07-25", "consultation"),
            expect("1999-04-01/..", "minimum wage"),
            expect("../2025-12-31", "payroll", planned=True),
            expect("2026-02", "check", planned=True),
        ),
    ),
    Text(
        "ashcombe-tithe-barn",
        "tithe barn's history",
        None,
        """Ashcombe Tithe Barn

A guide to its history

The great barn at Ashcombe was built c. 1310 for the abbots of Kingsbury, who collected a
tenth of the parish's grain here. Tree-ring dating in 1997 showed that the oak for its roof
was felled between 1305 and 1308. At 39 metres long it is one of the largest medieval barns
in the county.

After the dissolution of Kingsbury Abbey in 1539 the barn passed to the Crown, and in 1544
it was sold with the manor to Sir Hugh Ashe. The south porch was probably added in 1640,
though the date cut into its lintel may record a repair rather than its building.

For three centuries the barn served the Manor Farm, and threshing was done on its stone
floor every autumn. The Wessex Buildings Trust acquired it in 1956, when it was in danger of
collapse.

The Trust restored the barn from 1983 to 1986, replacing about 400 roof tiles and
underpinning the west wall. It was listed Grade I under the 1953 Historic Buildings Act
provisions and is scheduled as an ancient monument.

The barn has been open to the public since 1987. It is open daily from 10 am to 5 pm,
April to October.

Ashcombe Tithe Barn, Barn Lane, Ashcombe. Enquiries: 01632 960 552""",
        (
            expect("1310~", "built"),
            expect("1997", "tree-ring"),
            expect("1305/1308", "felled"),
            expect("1539", "dissolution"),
            expect("1544", "sold"),
            expect("1640?", "porch"),
            expect("1956", "acquir"),
            expect("1983/1986", "restor"),
            expect("1987/..", "open"),
        ),
    ),
    Text(
        "elm-road-newsletter",
        "residents' newsletter on roadworks",
        date(2025, 9, 12),
        """THE ELMFIELD NEWS
Newsletter of the Elmfield Residents' Association - Issue 47

ROADWORKS ON ELM ROAD: WHAT YOU NEED TO KNOW

The council's long-awaited works on Elm Road and Beech Crescent will begin on Monday 22
September. Here is what we have been told.

Phase 1: new kerbs and drainage on Beech Crescent. Parking will be suspended on the odd-
numbered side during working hours.

Phase 2: Elm Road will be resurfaced from 6 to 17 October. The road will be closed to
through traffic, but residents will keep access to their driveways.

The council says all work is to be completed by 19 December. The gas main under Elm Road
was replaced in 2019, so no further digging by the gas company is expected.

Many of you responded to the council's consultation, which closed on 31 July. Our committee
sent a joint response asking for a 20 mph limit, which the council has accepted.

Bin collections will continue every Thursday as normal; crews will collect from the end
of the road during Phase 2.

The works are funded through the 2024 Highways Improvement Plan. Questions should go to the
council's highways team on 0300 123 4567, quoting scheme ref. HW/EL/0883.

ABOUT US: The Elmfield Residents' Association was founded in 1982 and has about 340 member
households. Our committee meets on the second Monday of each month.""",
        (
            expect("2025-09-22", "works", "begin", planned=True),
            expect("2025-10-06/2025-10-17", "resurface", planned=True),
            expect("../2025-12-19", "complet", planned=True),
            expect("2019", "gas"),
            expect("2025-07-31", "consultation"),
            expect("1982", "association"),
        ),
    ),
    Text(
        "brindley-tile-history",
        "tile maker's history",
        None,
        """Brindley & Vause: a history of the Coalport Lane tile works

The tile works on Coalport Lane was established in about 1856 by Josiah Brindley, a
potter's son, and his partner Edward Vause, who had learned the encaustic process in Stoke.

The firm's great breakthrough came in 1872, when it supplied the encaustic floor of the new
Lady Chapel at Hereford Cathedral. Orders followed from churches across the Midlands, and
its pattern book of 1878 ran to 212 designs, including the popular pattern no. 1884.

A fire destroyed the kilns in 1894, and the works was rebuilt two years later with six new
bottle ovens. At the Paris Exposition of 1900 Brindley & Vause won a gold medal for its
majolica tiles.

The works was closed from 1941 to 1946, when its buildings were used to store aircraft
parts. Production resumed on a smaller scale, and the last bottle oven was fired in 1967.

Since 2012 the surviving buildings have housed the Coalport Lane Tile Museum, where visitors
can watch tiles being pressed by hand. Demonstrations run every Saturday at 11 am.

Admission: adults £7.50, children free. Telephone 01952 432 1856.""",
        (
            expect("1856~", "establish"),
            expect("1872", "cathedral"),
            expect("1878", "pattern book"),
            expect("1894", "fire"),
            expect("1896", "rebuilt"),
            expect("1900", "medal"),
            expect("1941/1946", "closed"),
            expect("1967", "oven"),
            expect("2012/..", "museum"),
        ),
    ),
)
