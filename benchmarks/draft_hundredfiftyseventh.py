"""The hundred-and-fifty-seventh batch of texts for the evaluation of ``kztimeline draft``.

Written blind, without looking at the tool or its output, in twenty styles: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a company
history, a mission summary, a government statement, an HTML news page, a dust storm advisory, a
badminton championship report, a streaming service launch release, an army chaplain's diary of
1917, a bumblebee survey report, a bandstand's history, a foreign office travel advice update, a
literary festival HTML events page, a water regulator penalty decision, an organ builder's
history and a club's minutes of its meeting. The organisations, people and facts are invented.
Facts whose date a reader could take two ways (a season, "the late eighteenth century", "the
second quarter"), habits, comparisons and document furniture are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDFIFTYSEVENTH_CORPUS",)

HUNDREDFIFTYSEVENTH_CORPUS: tuple[Text, ...] = (
    Text(
        "refinery-fire-out",
        "wire story with a dateline",
        date(2025, 3, 12),
        """KELDMOUTH, March 12 (Meridian Wire) - Firefighters on Wednesday put out the last flames
at the Keldmouth oil refinery, three days after a blaze that forced some 1,200 residents of the
nearby Saltings estate from their homes.

The fire broke out on Sunday night in a distillation unit, county fire chief Oren Blackwood
said, and was brought under control the next afternoon. Two workers were treated for smoke
inhalation; no one was seriously hurt.

Residents will be allowed to return home on Friday once air tests are complete, Blackwood told
a news conference. The Health and Safety Directorate said its inspection of the site would be
completed by March 28.

The refinery, built in about 1961 by the Northern Petroleum Company, was bought by Varna Energy
in 2009. It processes roughly 90,000 barrels a day and employs 640 people.

It was the third fire at the plant since 2015. A previous blaze, on or about August 2, 2018,
damaged a storage tank and led to a fine of 2.1 million crowns.

Varna Energy shares have fallen 4.2 percent since the fire, their steepest drop since October
2020. The company said it would publish the findings of its own review in the second quarter.

(Reporting by Hedda Strand; Editing by Paul Mirek)""",
        (
            expect("2025-03-12", "firefighters"),
            expect("2025-03-09", "fire"),
            expect("2025-03-10", "control"),
            expect("2025-03-14", "residents", "return", planned=True),
            expect("../2025-03-28", "inspection", planned=True),
            expect("1961~", "built"),
            expect("2009", "varna"),
            expect("2018-08-02~", "tank"),
        ),
    ),
    Text(
        "halvern-plant-opens",
        "press release",
        date(2024, 6, 4),
        """FOR IMMEDIATE RELEASE

Halvern Pumps opens $48 million assembly plant in Brantwell

BRANTWELL, Ohio, June 4, 2024 -- Halvern Pumps Inc. (NASDAQ: HLVP) today opened its new
assembly plant at 1950 Kessler Road, the largest investment in the company's 72-year history.

Production of the company's HX-400 line of industrial pumps will begin at the plant in
September, and Halvern expects to employ about 180 people there by March 2025.

"Brantwell has been our home for more than half a century, and this plant means we will keep
building here for the next fifty years," said chief executive Dana Whitcombe.

Founded in 1952 by brothers Emil and Karl Halvern in a garage in Dayton, the company moved its
headquarters to Brantwell in 1968 and listed its shares on the Nasdaq in 1997. Since 2011 it has
supplied every pump used at the Tri-County Water Authority's treatment works.

The 210,000-square-foot plant was designed to ISO 14001 standards and will run on solar power
for about a third of its needs.

About Halvern Pumps
Halvern Pumps Inc. designs and manufactures centrifugal and diaphragm pumps for water,
chemical and food customers in 34 countries. For more information, visit halvernpumps.example.

Media contact:
Rita Okonkwo, Halvern Pumps Inc.
+1 937 555 0142 | media@halvernpumps.example

###""",
        (
            expect("2024-06-04", "plant", "open"),
            expect("2024-09", "production", planned=True),
            expect("../2025-03", "employ", planned=True),
            expect("1952", "found"),
            expect("1968", "headquarters"),
            expect("1997", "nasdaq"),
            expect("2011/..", "water"),
        ),
    ),
    Text(
        "dorrance-v-pellworth",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

DORRANCE MILLS, LLC, Appellant,
v.
PELLWORTH TEXTILES, INC., Appellee.

No. 2 CA-CV 2023-0417
Appeal from the Superior Court in Kerrin County, No. CV2023-00051

REVERSED AND REMANDED

Judge Aldana authored the opinion of the Court, in which Presiding Judge Morrow and Judge Feld
concurred.

ALDANA, Judge:

¶1 Dorrance Mills, LLC appeals from the trial court's grant of summary judgment to Pellworth
Textiles, Inc. on its claim for unpaid rent. For the following reasons, we reverse.

BACKGROUND

¶2 On or about March 3, 2021, Dorrance and Pellworth entered into a written lease of a
warehouse on Sixth Street. The term of the lease ran from April 1, 2021, to March 31, 2026.
Pellworth stopped paying rent in November 2022, citing a leaking roof.

¶3 Dorrance filed suit on January 9, 2023, seeking rent under the Commercial Tenancy Act of
1987. The trial court granted summary judgment for Pellworth on August 14 of that year, and
Dorrance filed its notice of appeal on September 12. We heard oral argument on February 6, 2024.

DISCUSSION

¶4 A tenant may withhold rent only where the landlord's breach renders the premises unfit. See
Harlow v. Densmore, 241 Wm. App. 88, ¶ 14 (2019). Whether the roof rendered the warehouse unfit
is a disputed question of fact, and summary judgment was therefore improper.

DISPOSITION

¶5 We reverse the judgment and remand. On remand, the trial court shall hold an evidentiary
hearing on the condition of the roof on or before June 28, 2024.""",
        (
            expect("2021-03-03~", "lease"),
            expect("2021-04-01/2026-03-31", "term"),
            expect("2022-11", "rent"),
            expect("2023-01-09", "suit"),
            expect("2023-08-14", "judgment"),
            expect("2023-09-12", "appeal"),
            expect("2024-02-06", "argument"),
            expect("../2024-06-28", "hearing", planned=True),
        ),
    ),
    Text(
        "marrowby-history",
        "encyclopedia history",
        None,
        """Marrowby

Marrowby is a market town and civil parish in the Keld valley, about 14 miles (23 km) north of
Dunmere. It has a population of about 11,400.

History

A settlement at Marrowby is first recorded c. 1086, when it was assessed at six ploughlands
and a mill. The town received a market charter in 1248, and an annual fair, held each
September on the green, survived into the twentieth century. The parish church of St Aldith is
traditionally said to have been begun in 1320, though the date is uncertain and the nave may be
somewhat later.

During the Civil War the town was held for the king from 1643 to 1645 and changed hands twice
in skirmishes along the river. Weaving of coarse wool became the main trade in the late
eighteenth century, when several mills were built along the Marrow Beck.

The railway reached Marrowby in 1847, and the town grew quickly as a junction for the lead
mines up the valley. Passenger traffic declined after the mines closed, and the station closed
in 1964; its goods shed is now a brewery. Since 1974 the town has formed part of the district
of South Keld.

Notable buildings

The Buttercross, the Old Grammar School and the former Temperance Hall on Bridge Street are
listed. The town museum occupies a house of the 1720s on the market place.""",
        (
            expect("1086~", "settlement"),
            expect("1248", "charter"),
            expect("1320?", "church"),
            expect("1643/1645", "held"),
            expect("1847", "railway"),
            expect("1964", "station"),
            expect("1974/..", "district"),
        ),
    ),
    Text(
        "rovers-beat-eastmere",
        "sports report",
        date(2024, 11, 17),
        """Pryce double lifts Rovers into top five
By Nadia Holm | Sunday 17 November 2024

Calderbrook Rovers 3 Eastmere Athletic 1

Jonah Pryce scored twice as Calderbrook Rovers beat Eastmere Athletic 3-1 at Millfield on
Saturday to climb to fifth in the Northern League.

Pryce, signed from Dunmoor Town in January, opened the scoring after 11 minutes with a low
shot from 20 yards and added a second from the penalty spot just before half-time. Eastmere
pulled one back through Kofi Mensah, but substitute Aled Price sealed it in stoppage time.

It was Rovers' first home win over Eastmere since August 2022, and the crowd of 2,019 was the
biggest at Millfield this season.

Manager Ines Corbett, in charge since March 2023, said: "We have been knocking on the door for
weeks. This time the lads kicked it down."

Rovers were relegated in 2021 and promoted the following year under Corbett's predecessor,
Stan Hurley. They have now lost only one of their last nine league games.

Rovers travel to Hollin Park on Tuesday and host leaders Stanbridge on 30 November.

Calderbrook: Osei; Lang, Barrow, Kerr, Nyman; Fitch, Oduya (Price 78), Rhodes; Walsh,
Pryce, Lund.""",
        (
            expect("2024-11-16", "eastmere"),
            expect("2024-01", "dunmoor"),
            expect("2023-03/..", "corbett"),
            expect("2021", "relegated"),
            expect("2022", "promoted"),
            expect("2024-11-19", "hollin", planned=True),
            expect("2024-11-30", "stanbridge", planned=True),
        ),
    ),
    Text(
        "thornbury-vale-history",
        "company history",
        None,
        """Our history

Thornbury & Vale was founded in 1874 by Edwin Thornbury and his brother-in-law Samuel Vale,
who began blending tea in a rented warehouse on Dock Lane. They opened their first shop, on
Market Street, in 1881, and a second in Allerton two years later.

The business grew with the port. Shipments to Canada are recorded in 1902, 1905 and 1911, and
by the outbreak of the First World War the firm employed more than sixty people in its
blending rooms and shops.

On 8 May 1941 the Dock Lane warehouse was destroyed by fire during an air raid, with most of
the firm's stock and nearly all of its early records.

The firm merged with Pellham Foods around 1968, and the Thornbury family later bought back
the tea business. Since 1995 the company has
been owned by its employees through a trust, and every member of staff is a partner.

Today our tasters still cup every batch by hand, each morning, before it is packed. In 2026 we
will open a tasting room in the restored Dock Lane building, not fifty yards from where Edwin
and Samuel started.""",
        (
            expect("1874", "found"),
            expect("1881", "first", "shop"),
            expect("1883", "allerton"),
            expect("1902", "canada"),
            expect("1905", "canada"),
            expect("1911", "canada"),
            expect("1941-05-08", "warehouse"),
            expect("1968~", "pellham"),
            expect("1995/..", "employees"),
            expect("2026", "tasting", planned=True),
        ),
    ),
    Text(
        "selka-2-summary",
        "mission summary",
        None,
        """SELKA-2 LUNAR ORBITER - MISSION SUMMARY
Aurelian Space Agency (ASA) | Mission ID: ASA-2021-007

Launch: 14 May 2021, 03:12 UTC, Kettle Point, on a Vessa-4 rocket
Mass at launch: 1,320 kg | Orbit: 100 km polar

Selka-2 entered lunar orbit on 2 June after a 19-day cruise, and its small lander, Pip,
separated two days later. Pip returned data from the floor of Rupes Halden until its battery
failed in the cold of the lunar night.

The primary science phase ran from 1 July 2021 to 30 June 2023. During it the orbiter mapped
98 percent of the surface at 2 m resolution and found ice in 41 permanently shadowed craters,
more than any mission before it. The mission was extended in August 2023 to study the south
polar region at lower altitude.

Contact was lost on or about 11 February 2024, probably after a failure of two of the four
reaction wheels, and attempts to recover the spacecraft did not succeed. Tracking data
indicate that the orbiter will strike the lunar surface no later than December 2025.

A successor, Selka-3, is scheduled to launch in 2027 and will carry a rover built with the
Kestrel Institute of Technology.

Principal investigator: Dr Irena Solberg. Data archive: ASA Planetary Data Node.""",
        (
            expect("2021-05-14", "launch"),
            expect("2021-06-02", "orbit"),
            expect("2021-06-04", "lander"),
            expect("2021-07-01/2023-06-30", "science"),
            expect("2023-08", "extended"),
            expect("2024-02-11~", "contact"),
            expect("../2025-12", "surface", planned=True),
            expect("2027", "selka-3", planned=True),
        ),
    ),
    Text(
        "avian-influenza-oxley",
        "government statement",
        date(2025, 1, 20),
        """Ministry of Agriculture and Rural Affairs

Statement: Avian influenza confirmed near Oxley
Published 20 January 2025

Avian influenza (H5N1) was confirmed on Friday in a flock of 34,000 laying hens at a farm near
Oxley, in the Wender district. The birds on the premises will be humanely culled and a 3 km
protection zone and a 10 km surveillance zone are in place around the farm.

A housing order, requiring all poultry keepers in the district to keep their birds indoors or
otherwise separate from wild birds, came into force on Sunday.

Keepers whose healthy birds are culled on the orders of the ministry may claim compensation.
Claims must be submitted no later than 14 March.

The Minister, Ruth Alvar, will visit Wender on Thursday to meet farmers and local vets.

Since 2022 the ministry has kept a register of all poultry keepers with more than 50 birds,
which has allowed inspectors to contact every keeper in the zones within a day. The last
outbreak in the district, in about November 2021, led to the cull of 90,000 birds.

The risk to public health remains very low. Properly cooked poultry and eggs are safe to eat.

Keepers should report suspicion of disease to the Animal Health Line on 0300 555 0199.""",
        (
            expect("2025-01-17", "confirmed"),
            expect("2025-01-19", "housing"),
            expect("../2025-03-14", "claims", planned=True),
            expect("2025-01-23", "visit", planned=True),
            expect("2022/..", "register"),
            expect("2021-11~", "outbreak"),
        ),
    ),
    Text(
        "greyhaven-library-reopens",
        "HTML news page",
        date(2024, 9, 5),
        """<!DOCTYPE html>
<html lang="en">
<head><title>Greyhaven Central Library reopens after refit | Greyhaven Echo</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Greyhaven Central Library reopens after 18-month refit</h1>
<p class="byline">By Tom Esterly | <time datetime="2024-09-05">5 September 2024</time></p>
<p>Greyhaven Central Library reopened its doors on Monday, eighteen months after it shut for a
&pound;6.5m renovation, with queues stretching along Cross Street before the doors opened.</p>
<p>A cafe run by the Greyhaven Lantern Trust will open in the foyer on 1 October, and the
council expects to finish the new reading garden at the rear by the end of November.</p>
<p>The library closed in March 2023 when surveyors found rot in the roof timbers. The work
has added a lift, a children's floor and a local studies room.</p>
<p>The building was opened in 1909 with money from the shipowner Albert Finch, and was
extended in 1958 and again in 1987.</p>
<p>Librarian Mira Sandhu said the first day's visitor numbers were the highest since 2010.
"People have missed this place," she said.</p>
<p class="info">Opening hours: 9am to 7pm, Monday to Saturday.</p>
</article>
<footer>&copy; 2024 Greyhaven Echo | Contact the newsroom: 01632 960 118</footer>
</body>
</html>""",
        (
            expect("2024-09-02", "reopen"),
            expect("2024-10-01", "cafe", planned=True),
            expect("../2024-11", "garden", planned=True),
            expect("2023-03", "clos"),
            expect("1909", "open"),
            expect("1958", "extend"),
            expect("1987", "extend"),
        ),
    ),
    Text(
        "saltpan-dust-advisory",
        "dust storm advisory",
        date(2025, 4, 22),
        """URGENT - WEATHER MESSAGE
Regional Weather Office Saltpan Valley
1040 AM MST Tue Apr 22 2025

AZZ531-AZZ532-230400-
Lower Saltpan Valley-Dunlin Flats-

...DUST STORM ADVISORY IN EFFECT FROM 1 PM TO 9 PM MST WEDNESDAY...

* WHAT...Blowing dust reducing visibility to a quarter mile or less at times. Southwest winds
30 to 40 mph with gusts to around 55 mph.

* WHERE...Lower Saltpan Valley and Dunlin Flats, including Interstate 19 between mile markers
112 and 160 and Route 86.

* IMPACTS...Hazardous driving conditions. Sudden drops in visibility may cause chain-reaction
crashes. Loose objects may be blown about.

* ADDITIONAL DETAILS...No measurable rain has fallen at Dunlin since March 2, and freshly
ploughed fields are very dry. A similar storm on April 9 caused a 14-vehicle pileup on Route
86. The last dust wall of this strength in the valley, a haboob on or about July 5, 2011,
closed the interstate for nine hours. The State Highway Department will close Route 86
between Dunlin and Mesa Roja on Wednesday afternoon. Winds are expected to ease by Thursday
morning.

PRECAUTIONARY/PREPAREDNESS ACTIONS...

If you encounter blowing dust, pull off the road as far as possible, turn off your lights and
keep your foot off the brake. Pull Aside, Stay Alive.

&&

$$

Forecaster: KRAMER""",
        (
            expect("2025-04-23", "advisory", planned=True),
            expect("2025-03-02/..", "rain"),
            expect("2025-04-09", "pileup"),
            expect("2011-07-05~", "haboob"),
            expect("2025-04-23", "route", planned=True),
            expect("../2025-04-24", "winds", planned=True),
        ),
    ),
    Text(
        "varga-retains-title",
        "badminton championship report",
        date(2024, 3, 18),
        """VARGA RETAINS ALL-NORTHERN OPEN CROWN
Kessel Arena, Monday 18 March 2024 -- By Ruth Ambler

Lena Varga retained her women's singles title at the All-Northern Open on Sunday, beating Mei
Takeda 21-17, 18-21, 21-15 in 64 minutes in front of a full house.

Varga, 27, had needed three games to get past the top seed, Sung Ha-eun, in the semi-final the
previous day, saving two match points at 19-20 in the decider.

The men's doubles final between Rask and Ilves and the Indonesian pair Wirawan and Sutanto was
halted on Sunday evening at 11-9 in the first game when rain came through the arena roof. It
will be replayed on Tuesday, and tickets for the replay are free.

Varga is expected to climb to No. 4 in the world when the rankings are published on 26 March.
"I have never played better," she said. "But the rankings are not why I play."

The left-hander, who turned professional in 2016, also won the title in 2019, 2021 and 2023.
Her final against Takeda was the longest women's final at the event since 2009.

Results, finals: Women's singles: L. Varga bt M. Takeda 21-17, 18-21, 21-15. Mixed doubles:
Holm/Berg bt Tan/Lee 21-12, 21-19. Women's doubles: Aoki/Mori bt Kerr/Ward 21-18, 22-20.""",
        (
            expect("2024-03-17", "varga"),
            expect("2024-03-16", "semi"),
            expect("2024-03-17", "halted"),
            expect("2024-03-19", "replay", planned=True),
            expect("2024-03-26", "rankings", planned=True),
            expect("2016", "professional"),
            expect("2019", "title"),
            expect("2021", "title"),
            expect("2023", "title"),
        ),
    ),
    Text(
        "lanternbox-iberia-poland",
        "streaming service launch release",
        date(2025, 2, 11),
        """PRESS RELEASE

Lanternbox to launch in Portugal, Spain and Poland

Utrecht, 11 February 2025 -- Lanternbox, the European streaming service for independent and
festival film, will launch in Portugal and Spain on 4 March 2025 and in Poland on 15 April, the
company announced today. Pre-registration opens today at lanternbox.example, with a 30-day
free trial for everyone who signs up before launch.

Subscribers in the new markets will have access to more than 2,400 films, including 180
Portuguese, Spanish and Polish titles, with subtitles in 14 languages. Plans start at EUR 5.99
a month; the 4K plan costs EUR 9.99.

Lanternbox launched in the Netherlands in October 2022 and passed 100,000 subscribers about two
months later. It is now available in nine countries.

"Audiences everywhere want films that take risks," said chief executive Sanne de Wit, who
founded the company in 2019 with the engineer Joris Mulder. "Portugal, Spain and Poland have
some of the most exciting film cultures in Europe."

Lanternbox aims to be available in 12 markets by the end of 2026.

Notes to editors
Lanternbox B.V. is registered in Utrecht (KvK 81234567). Images and trailers are available on
request.

Press contact: Femke Jansen, press@lanternbox.example, +31 30 555 0172""",
        (
            expect("2025-03-04", "portugal", planned=True),
            expect("2025-04-15", "poland", planned=True),
            expect("2025-02-11", "registration"),
            expect("2022-10", "netherlands"),
            expect("2022-12~", "subscribers"),
            expect("2019", "found"),
            expect("../2026", "markets", planned=True),
        ),
    ),
    Text(
        "penhale-diary-1917",
        "army chaplain's diary of 1917",
        None,
        """From the diary of the Rev. Arthur Penhale, chaplain to the 9th Battalion, Westmarch
Fusiliers, 1917 (transcribed from the original notebook; spelling as written)

Wed. 4 April. Wet all day. Buried three men of B Company in the little cemetery behind
Mont-Sorel, and wrote to their people in the evening by candle. The battalion has been in this
sector since 12 March and every man is sick of the mud. I say the office each morning in the
dug-out, whoever is listening.

Mon. 9 April. The attack went in at dawn in sleet. I stayed at the aid post all day and into
the night. Many wounded, some very bad; I could do little but hold hands and write down
addresses. The Colonel says we are to go back to reserve on Saturday.

Thurs. 12 April. Snow. Had a letter from Margaret: old Mr Tregear, our vicar at home, died on
the 20th of last month. He baptised me, and it was in his church that I was ordained in 1904. I
never thought then to see such things as I have seen this week.

Sun. 15 April. In reserve at last, in a village with a roof or two left. Held a service in a
barn at about ten, perhaps eighty men, and gave communion to thirty. Leave is promised for
about the 1st of May, if Brigade allows it.""",
        (
            expect("1917-04-04", "buried"),
            expect("1917-03-12/..", "sector"),
            expect("1917-04-09", "attack"),
            expect("1917-04-14", "reserve", planned=True),
            expect("1917-04-12", "letter"),
            expect("1917-03-20", "tregear"),
            expect("1904", "ordained"),
            expect("1917-04-15", "service"),
            expect("1917-05-01~", "leave", planned=True),
        ),
    ),
    Text(
        "fenwold-bumblebee-2023",
        "bumblebee survey report",
        date(2023, 12, 12),
        """FENWOLD NATURE RESERVE
Bumblebee Transect Survey: Annual Report 2023

Prepared by: J. Okoro, Reserve Ecologist | Report date: 12 December 2023
Transect start: grid ref. TF 2011 4875 | Route length: 1.8 km, 10 sections

1. Summary
Transect walks were carried out from 3 April to 29 September 2023, fortnightly, in dry weather
between 10:00 and 16:00. A total of 1,146 bumblebees of nine species were counted, the lowest
total since 2012. The first queen of the season, a buff-tailed bumblebee (Bombus terrestris),
was recorded on 17 March during a preliminary walk.

2. Background
Surveys have run on the reserve since 2009, following the national scheme's method. The tree
bumblebee (Bombus hypnorum) was first recorded here in 2014 and is now found in every section.
The shrill carder bee (Bombus sylvarum) was last seen on the reserve c. 1975.

3. Results
Common carder bee remained the most numerous species (412 individuals), followed by
buff-tailed (287) and red-tailed (201). Counts fell sharply in sections 6-8 after the hay cut.

4. Recommendations
A wildflower strip of red clover and knapweed is to be sown along the north bank in September
2024. The 2023 data will be submitted to the national scheme by 31 January 2024.

Volunteers: A. Shah, R. Lowe, M. Pietersen, K. Hart.""",
        (
            expect("2023-04-03/2023-09-29", "transect"),
            expect("2023-03-17", "queen"),
            expect("2009/..", "surveys"),
            expect("2014", "tree"),
            expect("1975~", "shrill"),
            expect("2024-09", "strip", planned=True),
            expect("../2024-01-31", "data", planned=True),
        ),
    ),
    Text(
        "riverside-bandstand",
        "bandstand's history",
        None,
        """The Bandstand, Riverside Gardens, Ashby Lees
A short history (panel text by the Friends of Riverside Gardens)

The bandstand was cast by Morley & Cray of Falkhurst, ironfounders, from their pattern No. 17,
and put up in the spring of 1894. It was opened on 21 June by the mayor, Alderman Josiah Pratt,
with a concert by the Ashby Lees Temperance Band, and for forty years bands played here every
Sunday afternoon from May to September.

Its railings were taken for scrap in 1940, and the roof was damaged by a falling elm in about
1976. For years afterwards the bandstand stood empty behind a fence, and there was talk of
pulling it down.

The bandstand was listed at Grade II in 1983. It was restored between 1998 and 2000 with a
grant of 212,000 pounds, the ironwork repainted in its original maroon and cream, and since
2001 the Friends of Riverside Gardens have looked after it.

A new roof, in the original fish-scale pattern, is planned for 2026.

Please do not climb on the railings. Enquiries: friends@riversidegardens.example""",
        (
            expect("1894-06-21", "open"),
            expect("1940", "railings"),
            expect("1976~", "damage"),
            expect("1983", "list"),
            expect("1998/2000", "restor"),
            expect("2001/..", "friends"),
            expect("2026", "roof", planned=True),
        ),
    ),
    Text(
        "estavia-travel-advice",
        "foreign office travel advice update",
        date(2025, 6, 10),
        """Foreign travel advice
Estavia

Still current at: 10 June 2025
Updated: 10 June 2025
Latest update: information on the presidential election and on demonstrations in Vardon
('Safety and security' page).

Elections
Presidential elections will take place in Estavia on 29 June 2025. A second round, if needed,
is scheduled for 13 July. Demonstrations took place in Vardon on 6 and 7 June, and police used
tear gas near Freedom Square. Avoid all demonstrations and large gatherings, follow the advice
of the local authorities and monitor local media.

Regional risks
The Foreign Office advises against all but essential travel to the Northern Province, where a
state of emergency has been in force since 14 February 2024. Checkpoints are common and
curfews may be imposed at short notice.

Entry requirements
From 1 May 2025, British nationals need an e-visa to enter Estavia. Apply online at least 7
days before you travel. Your passport must be valid for 6 months from the date you arrive.

Road travel
The Vardon-Kesh highway (M3) will be closed from 16 to 20 June for repairs. Use the old road
through Tarn, which adds about 2 hours to the journey.

If you need urgent help
Call the British Embassy in Vardon on +377 21 555 0100, or 112 for emergency services.""",
        (
            expect("2025-06-29", "election", planned=True),
            expect("2025-07-13", "round", planned=True),
            expect("2025-06-06", "demonstrations"),
            expect("2025-06-07", "demonstrations"),
            expect("2024-02-14/..", "emergency"),
            expect("2025-05-01/..", "visa"),
            expect("2025-06-16/2025-06-20", "highway", planned=True),
        ),
    ),
    Text(
        "hallowmere-festival-whats-on",
        "literary festival HTML events page",
        date(2025, 8, 20),
        """<!DOCTYPE html>
<html lang="en">
<head><title>What's on | Hallowmere Literary Festival 2025</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/whats-on">What's on</a> | <a href="/tickets">Tickets</a>
| <a href="/friends">Friends</a></nav>
<main>
<h1>Hallowmere Literary Festival 2025</h1>
<p class="dates">3&ndash;12 October 2025 &middot; The Corn Exchange, Hallowmere</p>
<p>The festival returns from 3 to 12 October with more than 60 talks, readings and workshops.
Tickets go on sale on 1 September; Friends of the festival can book before 31 August.</p>
<h2>Highlights</h2>
<ul>
<li><strong>Friday 3 October, 7.30pm</strong> &ndash; Opening night: the poet Ada Venn reads
from her new collection, <em>Salt Hours</em>. &pound;12</li>
<li><strong>Saturday 4 October, 10am&ndash;4pm</strong> &ndash; Children's Day, with
storytelling, comics workshops and a book swap. Free</li>
<li><strong>Sunday 12 October, 6pm</strong> &ndash; Closing event: the novelist Joel Marr in
conversation with Priya Nand. &pound;10</li>
</ul>
<h2>About the festival</h2>
<p>The festival was founded in 1987 by the bookseller Hugh Linnet and moved to the Corn
Exchange in 2004.</p>
<p class="updated">Page updated 20 August 2025</p>
</main>
<footer>Registered charity no. 1092004 | Box office 01632 960 412</footer>
</body>
</html>""",
        (
            expect("2025-10-03/2025-10-12", "festival", planned=True),
            expect("2025-09-01", "tickets", planned=True),
            expect("../2025-08-31", "friends", planned=True),
            expect("2025-10-03", "venn", planned=True),
            expect("2025-10-04", "children", planned=True),
            expect("2025-10-12", "marr", planned=True),
            expect("1987", "found"),
            expect("2004", "corn"),
        ),
    ),
    Text(
        "calder-valley-penalty",
        "water regulator penalty decision",
        date(2024, 3, 14),
        """OFFICE OF WATER STANDARDS

Penalty Notice: Calder Valley Water Ltd
Decision reference: OWS/PN/2024/07
Date of decision: 14 March 2024

1. Summary

1.1 We have decided to impose a financial penalty of 4.2 million pounds on Calder Valley Water
Ltd ("the Company") under section 22A of the Water Industry Act 1991, for failing to supply
wholesome water and for failing to operate its sewage works properly.

2. Facts

2.1 Between 12 and 19 July 2022, about 38,000 customers in Ryeford received water that did not
meet the standard for turbidity, after a filter at the Ryeford works was left out of service.

2.2 On or about 3 August 2022, the Company's Lune Bridge works discharged untreated sewage into
the River Lune for some nine hours.

2.3 We opened an investigation on 21 November 2022. The Company admitted the breaches in a
letter of 5 May 2023 and has co-operated with us throughout.

3. Decision

3.1 We took this decision on 14 March 2024. The penalty is the largest we have imposed since
2019.

3.2 The penalty must be paid no later than 30 April 2024. The Company is also to complete
upgrades at the Lune Bridge works by 31 March 2026 and to report to us on progress every six
months.

Contact: enforcement@ows.example | 0300 555 0321""",
        (
            expect("2024-03-14", "impos"),
            expect("2022-07-12/2022-07-19", "ryeford"),
            expect("2022-08-03~", "sewage"),
            expect("2022-11-21", "investigation"),
            expect("2023-05-05", "admit"),
            expect("../2024-04-30", "penalty", planned=True),
            expect("../2026-03-31", "upgrade", planned=True),
        ),
    ),
    Text(
        "hargreave-organ-builders",
        "organ builder's history",
        None,
        """Hargreave & Sons, Organ Builders -- Our history

Thomas Hargreave, a cabinet-maker's son who had served his time with a London builder, set up
his workshop in Tanner's Yard, Ashcombe, around 1832. His first church organ, for St Mary's,
Wexley, was finished in 1838 and is still played every Sunday.

The firm built instruments for Holmbury Cathedral in 1861 and for Ashcombe Town Hall in 1873,
the latter with 1,864 pipes and a case carved by the Ashcombe School of Art. Thomas died,
probably in 1879, and his sons William and George took over the business.

On 14 February 1924 the Tanner's Yard works burned down, with the organ for St Bride's, Kelby,
nearly finished inside. The brothers' sons rebuilt in brick on the same site. Since 1958 the
firm has been based in the former Methodist chapel on Mill Road, whose height allows us to
erect a whole instrument before it leaves the workshop.

Our opus list now runs to 412 new organs and many more rebuilds. We are restoring the Holmbury
Cathedral organ, which is to be rededicated in May 2026.

Hargreave & Sons Ltd, The Old Chapel, Mill Road, Ashcombe. Registered in England No. 00419302.""",
        (
            expect("1832~", "workshop"),
            expect("1838", "wexley"),
            expect("1861", "holmbury"),
            expect("1873", "town"),
            expect("1879?", "thomas"),
            expect("1924-02-14", "works"),
            expect("1958/..", "mill"),
            expect("2026-05", "rededicat", planned=True),
        ),
    ),
    Text(
        "hollinsford-chess-agm",
        "club's minutes of its meeting",
        date(2025, 1, 14),
        """HOLLINSFORD CHESS CLUB
Minutes of the Annual General Meeting
held at the Red Lion, Hollinsford, on Tuesday 14 January 2025 at 7.30pm

Present: 23 members (list held by the Secretary). Apologies: 4. In the chair: G. Whitlow.

1. Minutes. The minutes of the previous AGM, held on 16 January 2024, were approved as a true
record (proposed D. Marsh, seconded K. Iyer).

2. Treasurer's report. The Treasurer (R. Dunn) reported a balance of 1,946.20 pounds. The club
moved its account to Fenbank on 3 October, which has saved about 60 pounds a year in charges.
The accounts were adopted.

3. Subscriptions. It was agreed that subscriptions will rise to 30 pounds from 1 April 2025.
Junior subscriptions stay at 10 pounds.

4. Centenary. The club was founded in 1926. A centenary dinner will be held on Saturday 7
November 2026; D. Marsh, K. Iyer and T. Bell will organise it.

5. Thanks. The Chairman thanked Mrs P. Allard, Secretary since 2011, for her work, and
presented her with a book token.

6. League. Club nights remain every Thursday at 7pm. The first team finished third in Division
2 and the average grade of the squad is 1850.

7. Any other business. None.

Date of next meeting: committee meeting, Tuesday 11 February 2025, 7.30pm.

The meeting closed at 9.05pm.""",
        (
            expect("2025-01-14", "meeting"),
            expect("2024-01-16", "previous"),
            expect("2024-10-03", "fenbank"),
            expect("2025-04-01", "subscriptions", planned=True),
            expect("1926", "found"),
            expect("2026-11-07", "dinner", planned=True),
            expect("2011/..", "secretary"),
            expect("2025-02-11", "committee", planned=True),
        ),
    ),
)
