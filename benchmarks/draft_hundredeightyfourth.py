"""The hundred-and-eighty-fourth batch of texts for the evaluation of ``kztimeline draft``.

Written blind, in the styles of real documents without copying any: a wire story with a
dateline, a press release, a court opinion, an encyclopedia history, a sports report, a
company history, a mission summary (space or scientific), a government statement, an HTML
news page, an earthquake swarm bulletin, a lacrosse final report, a bus depot electrification
release, a curate's letters of the 1850s, a bluebell wood survey report, a canal aqueduct's
history, a schools minister's term dates statement, a farmers' cooperative HTML news page, a
planning committee decision notice, a weaving mill's history and a bowls club's fixture list.
The organisations, people and facts are invented. Facts whose date a reader could take two
ways (a season, a decade, "next week", "recently") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDEIGHTYFOURTH_CORPUS",)

HUNDREDEIGHTYFOURTH_CORPUS: tuple[Text, ...] = (
    Text(
        "velmora-bridge-closed",
        "wire story with a dateline",
        date(2025, 3, 14),
        """VELMORA, March 14 (Northgate News) - The Kessel Bridge, the only road crossing of the
river Aune in the city of Velmora, was closed to all traffic on Thursday after engineers
warned that two of its steel hangers could fail.

Inspectors from the regional roads agency first found cracks in the hangers on March 2,
during a routine check, and placed a 7.5-tonne weight limit on the span the same week.

The bridge, opened in 1931, carries about 24,000 vehicles a day. It was last fully
inspected around 2019, according to agency records seen by Northgate News. It is the
first full closure of the crossing since 1987.

Repair crews will begin work on Monday, agency director Paulo Ferrand said at a news
conference. "We expect to have the bridge open again by the end of June, but only if the
steel we have ordered arrives on time," he said.

Buses are being diverted over the Sennet weir road, adding up to 40 minutes to journeys.
The agency inspects the city's 14 river bridges every spring.

Local shopkeepers on the north bank said trade had already fallen. "Half my customers live
on the other side," said baker Ines Valtier, 58.

(Reporting by Ruth Ambeli; Editing by Caspar Holt)""",
        (
            expect("2025-03-13", "bridge", "closed"),
            expect("2025-03-02", "cracks"),
            expect("1931", "bridge", "opened"),
            expect("2019~", "inspected"),
            expect("2025-03-17", "repair", planned=True),
            expect("../2025-06-30", "bridge", "open", planned=True),
        ),
    ),
    Text(
        "orlent-lab-opening",
        "press release",
        date(2025, 5, 6),
        """FOR IMMEDIATE RELEASE

Orlent Biosystems opens new enzyme research laboratory in Tarrow Science Park

TARROW, 6 May 2025 - Orlent Biosystems Ltd, the industrial enzyme developer, today
announced that its new research laboratory at Tarrow Science Park opened on Monday,
5 May 2025, with a ceremony attended by staff, investors and local officials.

Construction of the 3,400 square-metre building began on 14 August 2023. The laboratory
will house the company's fermentation and protein engineering teams, who previously
worked from leased space in the city centre.

Founded in 2011 by chemists Hanna Drost and Oskar Whelby, Orlent acquired the Danish
start-up Tessaly in March 2019 and now employs 210 people. The company has worked with the
University of Tarrow since 2016 on enzymes that break down textile waste.

Orlent plans to hire 60 further scientists and technicians by December 2025. Its first
field trial of an enzyme for cold-water laundry detergents is expected to start in
January 2026.

"This building gives us room to grow for the next decade," said chief executive Hanna
Drost.

About Orlent Biosystems
Orlent Biosystems Ltd develops enzymes for the detergent, textile and food industries.
Company registration no. 07701243.

Media contact: Selim Achterberg, press@orlent.example, +44 1632 960 418

###""",
        (
            expect("2025-05-05", "laboratory", "opened"),
            expect("2023-08-14", "construction"),
            expect("2011", "founded"),
            expect("2019-03", "tessaly"),
            expect("2016/..", "university"),
            expect("../2025-12", "hire", planned=True),
            expect("2026-01", "trial", planned=True),
        ),
    ),
    Text(
        "marsh-v-calder-logistics",
        "court opinion",
        None,
        """IN THE COURT OF APPEAL OF THE NORTHERN PROVINCE
CIVIL DIVISION

Appeal No. CA/2024/0117

BETWEEN: DANIEL MARSH (Appellant) and CALDER LOGISTICS LIMITED (Respondent)

Appeal heard: 4 February 2025
Judgment delivered: 21 February 2025

JUDGMENT OF JUSTICE OYELARAN

1. The appellant was employed by the respondent as a transport planner from 1 April 2015
until 30 September 2022. By a letter dated 28 September 2022 the respondent dismissed him
for what it called gross misconduct, namely the alteration of drivers' rest records.

2. The appellant presented a claim of unfair dismissal to the Employment Tribunal on or
about 12 January 2023. He relied on section 98 of the Employment Relations Act 1996.

3. The tribunal heard the claim from 3 to 7 July 2023 and dismissed it by a reserved
decision sent to the parties on 19 October 2023. The appellant lodged his notice of appeal
two days later.

4. In my judgment the tribunal erred in law. It did not ask whether the respondent had
carried out a reasonable investigation before dismissing the appellant; it asked only
whether the records had in fact been altered. That is not the test.

5. The appeal is allowed. The claim is remitted to a differently constituted tribunal,
which is to hear it no later than 30 June 2025.

JUSTICE BRENNAN: I agree.
JUSTICE ADEYEMI-ROSS: I also agree.""",
        (
            expect("2025-02-04", "appeal", "heard"),
            expect("2025-02-21", "judgment"),
            expect("2015-04-01/2022-09-30", "employed"),
            expect("2022-09-28", "letter"),
            expect("2023-01-12~", "claim"),
            expect("2023-07-03/2023-07-07", "tribunal", "heard"),
            expect("2023-10-19", "tribunal", "dismissed"),
            expect("2023-10-21", "appeal"),
            expect("../2025-06-30", "hear", planned=True),
        ),
    ),
    Text(
        "carrowmere-history",
        "encyclopedia history",
        None,
        """Carrowmere

History

Tradition holds that an abbey was founded at Carrowmere by Saint Ciaran of Lough Esk in 612,
though no document of the time survives and most historians doubt the date. The settlement
is first mentioned in a grant of land of c. 1150, where it appears as "Carremar".

The town received a market charter in 1284 and grew as a centre of the wool trade. Much of
it was destroyed by fire in either 1402 or 1403, and the parish church was rebuilt in the
early sixteenth century.

The railway from Dunlow reached Carrowmere in 1859, and for a time the town had three
woollen mills. The last of them, the Brannock Mill, closed in 1927.

Since 1961 the population has declined steadily, from 6,480 to 4,115 at the most recent
census, as younger residents moved to Dunlow and the coast. The town's fair, held every
August, is the largest in the county.

Carrowmere was twinned with Lérouville in France in 1988 and with Brzeg Nowy in Poland
in 1994.

See also
- List of market towns in the Northern Province
- Brannock Mill""",
        (
            expect("0612?", "abbey", "founded"),
            expect("1150~", "mentioned"),
            expect("1284", "charter"),
            expect("1859", "railway"),
            expect("1927", "mill", "closed"),
            expect("1961/..", "population"),
            expect("1988", "lérouville"),
            expect("1994", "brzeg"),
        ),
    ),
    Text(
        "harlow-rovers-cup-quarter",
        "sports report",
        date(2025, 4, 13),
        """Rovers storm into semi-finals

By Gil Pennard, Sunday 13 April 2025

HARLOW ROVERS 4 STANLEY ATHLETIC 0

Harlow Rovers reached the semi-finals of the Wessex Cup for the first time in a decade
with a thumping win over Stanley Athletic at Meadow Lane on Saturday, their biggest winning
margin in the competition since 1994.

Striker Joel Amadi, who joined the club in January 2023 from Corby Town, scored twice
before half-time, and substitute Remy Foulkes added two more in the last ten minutes in
front of a crowd of 2,863.

Manager Siobhan Tierney, appointed on 2 November 2024 after the sacking of Dean Marlowe,
praised her side's patience. "We kept the ball, we waited, and the goals came," she said.

Rovers last lifted the trophy in 2009, when they beat Exley United on penalties.

The semi-final will be played on 3 May at a neutral ground still to be decided. Before
then Rovers return to league action at home to Brenford on Wednesday. Tickets for home
league games go on sale every Monday at the club shop.

Rovers: Kaye; Olsen, Mbatha, Whitcombe, Derry; Lyle (Foulkes 70), Hart, Quinlan; Noor,
Amadi, Pryce.""",
        (
            expect("2025-04-12", "rovers", "win"),
            expect("2023-01", "amadi", "joined"),
            expect("2024-11-02", "tierney", "appointed"),
            expect("2009", "trophy"),
            expect("2025-05-03", "semi-final", planned=True),
            expect("2025-04-16", "brenford", planned=True),
        ),
    ),
    Text(
        "brackwell-ropes-history",
        "company history",
        None,
        """Our History

Brackwell Ropes was founded in 1868 by the rope-maker Josiah Brackwell, who leased a
300-yard ropewalk beside the harbour at Lynmouth Quay. Demand from the fishing fleet grew
so quickly that the business moved to a larger site at Port Ellery in 1891, and added a
second works there the following year.

The firm was incorporated as Brackwell Ropes Limited in about 1904. From 1914 to 1918 it
supplied mooring lines and cargo nets to the Admiralty, running the works day and night
with a largely female workforce.

Brackwell's shares were listed on the Provincial Stock Exchange on 3 June 1962. The company
has made ropes from synthetic fibres since 1971, when it bought its first nylon braiding
machines, and today natural fibres make up less than a tenth of its output.

In 1999 the family sold the business to the Hallam Group, which still owns it. The Port
Ellery works remains the largest ropewalk in the country, and each year it turns out
enough line to circle the globe twice.

Brackwell Ropes Ltd · Quay Road, Port Ellery · Registered in England No. 00081462""",
        (
            expect("1868", "founded"),
            expect("1891", "moved"),
            expect("1892", "second", "works"),
            expect("1904~", "incorporated"),
            expect("1914/1918", "supplied"),
            expect("1962-06-03", "listed"),
            expect("1971/..", "synthetic"),
            expect("1999", "hallam"),
        ),
    ),
    Text(
        "lantern-comet-mission",
        "mission summary (space or scientific)",
        None,
        """LANTERN - Mission summary

Lantern is a comet rendezvous mission of the Continental Space Agency. Its target is the
short-period comet 231P/Vesna, whose nucleus is about 3.1 km across.

Launch and cruise
Lantern was launched on 14 March 2019 from the Oruba launch site on a Taurus-4 rocket. A
gravity-assist flyby of Earth on 2 December 2020 put the spacecraft on course for the comet.

Arrival and landing
Lantern entered orbit around the nucleus on 19 July 2023, and released its small lander,
Wick, on 11 November. Wick returned images and soil data until its batteries ran out about
two days later, after it had bounced into the shadow of a cliff.

The comet passed perihelion on or about 8 August 2024, and the orbiter watched its jets
at their most active from a distance of 300 km. Lantern has returned more images of the
comet than all earlier comet missions combined.

End of mission
The controlled descent of the orbiter onto the nucleus is scheduled for 30 September 2025.
Its instruments will keep taking measurements until contact is lost.

Key facts
Mass at launch: 2,140 kg · Instruments: 11 · Mission cost: 1.4 billion units""",
        (
            expect("2019-03-14", "launched"),
            expect("2020-12-02", "flyby"),
            expect("2023-07-19", "orbit"),
            expect("2023-11-11", "wick"),
            expect("2023-11-13~", "batteries"),
            expect("2024-08-08~", "perihelion"),
            expect("2025-09-30", "descent", planned=True),
        ),
    ),
    Text(
        "water-ministry-drought",
        "government statement",
        date(2025, 9, 2),
        """Ministry of Water and Environment
Statement by the Minister, Dr Agnes Loriot, on the drought in the eastern districts

Published: 2 September 2025

A drought was declared in the eastern districts on 18 August, after the Holm and Carrick
reservoirs fell below 45 per cent of capacity. Reservoir levels are now the lowest since
1976.

Rainfall has been below the seasonal average in every month since April, and the Met
Service does not expect a significant change in the coming weeks.

I have therefore approved a temporary ban on the use of hosepipes for gardens and the
washing of cars, which will apply in the eastern districts from Friday. Farmers and
commercial growers are exempt and are covered by separate abstraction rules.

I will visit the Holm reservoir on Thursday to meet the engineers of Eastwater and the
district councils.

The Drought Resilience Fund, set up in 2022, will meet the extra cost of water tankers for
villages that rely on private boreholes. Applications can be made through the Ministry's
website.

The ban will be reviewed no later than 31 October.

Ends

Notes to editors: Media enquiries 020 7946 0714 (out of hours: 020 7946 0715).""",
        (
            expect("2025-08-18", "drought", "declared"),
            expect("2025-04/..", "rainfall"),
            expect("2025-09-05", "ban", planned=True),
            expect("2025-09-04", "visit", planned=True),
            expect("2022", "fund"),
            expect("../2025-10-31", "reviewed", planned=True),
        ),
    ),
    Text(
        "fenbury-library-roof",
        "HTML news page",
        date(2025, 11, 20),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Fenbury library shut after roof leaks | Fenbury Courier</title>
<meta name="article:published_time" content="2025-11-20T08:30:00Z">
</head>
<body>
<nav><a href="/">Home</a> | <a href="/news">News</a> | <a href="/sport">Sport</a></nav>
<article>
<h1>Fenbury library shut after roof leaks</h1>
<p class="byline">By Naomi Threlkeld · <time datetime="2025-11-20">20 November 2025</time></p>
<p>Fenbury's Carnegie library closed on Monday after water came through the ceiling of the
children's room for the second time this month.</p>
<p>Staff reported leaks on 4 and 9 November, and a surveyor found that much of the lead on
the roof had slipped. The library, built in 1903 with a grant from the Carnegie trust, was
extended in around 1978.</p>
<p>The county council said the building should reopen by 15 December. A pop-up service
will run from the community centre on Mill Street from Tuesday 25 November, open from
10am to 4pm.</p>
<p>"People rely on this place, especially in winter," said Friends of Fenbury Library chair
Derek Osei. The group meets every first Wednesday of the month.</p>
</article>
<footer><p>&copy; 2025 Fenbury Courier · Call the newsdesk on 01632 961 903</p></footer>
</body>
</html>""",
        (
            expect("2025-11-17", "library", "closed"),
            expect("2025-11-04", "leaks"),
            expect("2025-11-09", "leaks"),
            expect("1903", "built"),
            expect("1978~", "extended"),
            expect("../2025-12-15", "reopen", planned=True),
            expect("2025-11-25", "pop-up", planned=True),
        ),
    ),
    Text(
        "mount-sarel-swarm-bulletin",
        "earthquake swarm bulletin",
        date(2025, 6, 12),
        """NORTHERN VOLCANO OBSERVATORY
SEISMIC SWARM BULLETIN No. 14 - MOUNT SAREL
Issued: 12 June 2025, 10:00 UTC

Alert level: YELLOW (unchanged)

Summary
The earthquake swarm beneath the south-west flank of Mount Sarel continues. The swarm began
on 28 May 2025, and the observatory's network has located 1,184 earthquakes since then, at
depths between 3 and 9 km.

The largest earthquake of the swarm, of magnitude 4.1, occurred on 3 June at 02:14 UTC and
was felt in the villages of Oster and Lamm. It was the strongest shock in the area since
2004. The alert level was raised from GREEN to YELLOW on 4 June.

Seismicity rates were highest between 5 and 9 June, with about 140 located events per day,
and have since fallen to around 60 per day.

Ground deformation
The GNSS station SRL2 recorded uplift starting on or about 8 June; the total is about 11 mm.

Previous activity
A similar swarm occurred beneath the same flank in 1989 and was not followed by an
eruption.

Outlook
A field team will install three further seismometers by 20 June. Bulletins are issued
every Tuesday and Thursday while the alert level is YELLOW.

Contact: duty seismologist, +47 5550 1489""",
        (
            expect("2025-05-28", "swarm", "began"),
            expect("2025-06-03", "largest", "earthquake"),
            expect("2025-06-04", "alert"),
            expect("2025-06-05/2025-06-09", "seismicity"),
            expect("2025-06-08~", "uplift"),
            expect("1989", "swarm"),
            expect("../2025-06-20", "seismometers", planned=True),
        ),
    ),
    Text(
        "kingsmere-lacrosse-final",
        "lacrosse final report",
        date(2025, 5, 26),
        """WOMEN'S PREMIER LACROSSE - GRAND FINAL REPORT

Kingsmere 11 Ravenhurst 8

Monday 26 May 2025

Kingsmere Lacrosse Club are champions of the Women's Premier League after beating
Ravenhurst 11-8 in Sunday's grand final at Oakfield Park.

Attacker Priya Castellane scored four goals and was named player of the final. Kingsmere
trailed 5-3 at half-time but scored six unanswered goals in the third quarter, led by
midfielder Tess Hallorann.

Kingsmere had reached the final by beating Alderley 12-9 in Thursday's semi-final.

Their only previous league title came in 2014. Head coach Marta Quinlivan, who took over
in August 2021, said the win belonged to "every player who came through our junior
programme".

The club, founded c. 1962 as a school old girls' side, will hold a victory parade through
the town centre on Wednesday. Six Kingsmere players have been named in the regional squad
for the national championship, which begins on 7 June.

Final stats: shots 31-24 · draw controls 17-12 · saves (Kingsmere) 12 · attendance 1,450

Report: League media office · media@wpl.example""",
        (
            expect("2025-05-25", "final"),
            expect("2025-05-22", "semi-final"),
            expect("2014", "title"),
            expect("2021-08", "quinlivan"),
            expect("1962~", "founded"),
            expect("2025-05-28", "parade", planned=True),
            expect("2025-06-07", "championship", planned=True),
        ),
    ),
    Text(
        "brayford-depot-electric",
        "bus depot electrification release",
        date(2025, 2, 11),
        """NEWS RELEASE - Brayford City Transport

11 February 2025

First electric buses in service from Riverside depot

The first twelve electric buses to run from Brayford City Transport's Riverside depot
entered service on 3 February 2025 on routes 4, 7 and X30. The single-deck buses, fleet
numbers 2101-2112, replace diesel vehicles built in 2009.

Contractors installed 24 overhead charging points at the depot in works that ran from
4 November 2024 to 24 January 2025, while the depot stayed open. The project was paid for
by a government grant awarded in May 2023 and by the company's own capital budget.

Riverside depot, opened in 1956 on the site of a former tram shed, houses 96 buses. Half
of them are expected to be electric by March 2027, and all diesel buses at the depot are to
be withdrawn by the end of 2028. A solar canopy over the parking apron is to be installed
in 2026.

"Passengers tell us the new buses are quieter and smoother," said operations director
Femi Adaralegbe.

Buses are charged overnight, every night, between 11pm and 5am.

ENDS

Press office: 0113 496 0277 · press@brayfordtransport.example""",
        (
            expect("2025-02-03", "electric", "buses"),
            expect("2024-11-04/2025-01-24", "charging"),
            expect("2023-05", "grant"),
            expect("1956", "depot", "opened"),
            expect("../2027-03", "electric", planned=True),
            expect("../2028", "diesel", planned=True),
            expect("2026", "solar", planned=True),
        ),
    ),
    Text(
        "curate-letters-ashby",
        "a curate's letters of the 1850s",
        None,
        """Letters of the Rev. Edmund Harcourt, curate of Ashby Parva, to his mother

I.
St Aldric's Parsonage, Ashby Parva, 14th March 1853.
My dear Mother, I arrived here on Tuesday last, very stiff from the coach, and was received
most kindly by the Rector and Mrs Fenwick. The church is a fine old building, built, they
say, about 1480, though the chancel is sadly damp. The Rector is to go to Bath on the 2nd
of April for his gout, and I shall then have the whole charge of the parish.

II.
Ashby Parva, 9th September 1854.
Dearest Mother, You will have read in the newspapers of the cholera. It reached the village
on the 20th of August, brought, we believe, by a bargeman from the city. We buried eleven
between the 22nd and the 31st, among them two of my Sunday scholars. It has now abated,
thank God. The Bishop has written that I am to be ordained priest at the Cathedral on the
24th inst., so pray for me.

III.
Ashby Parva, 20th January 1856.
My dear Mother, I have sad news. The Rector died on Christmas Eve, quite peacefully, with
Mrs Fenwick beside him. The patron has been very good, and I am to have the living from
Lady Day next. I walk to the almshouses every Friday, as he did.
Your affectionate son, Edmund.""",
        (
            expect("1853-03-08", "arrived"),
            expect("1480~", "church", "built"),
            expect("1853-04-02", "rector", "bath", planned=True),
            expect("1854-08-20", "cholera"),
            expect("1854-08-22/1854-08-31", "buried"),
            expect("1854-09-24", "ordained", planned=True),
            expect("1855-12-24", "rector", "died"),
            expect("1856-03-25", "living", planned=True),
        ),
    ),
    Text(
        "hazel-copse-bluebell-survey",
        "bluebell wood survey report",
        None,
        """HAZEL COPSE LOCAL NATURE RESERVE
Bluebell (Hyacinthoides non-scripta) Survey Report 2025
Prepared for Westmoor District Council by the Westmoor Wildlife Group
Grid reference SP 1874 2096 · Report ref. WWG/25/03

1. Methods
The survey was carried out from 22 April to 6 May 2025 by eleven volunteers, who recorded
bluebell cover in 120 quadrats of 1 m² along fixed transects.

2. Results
Mean bluebell cover was 46 per cent, against 51 per cent in the previous survey in 2015.
Peak flowering was reached around 29 April. Cover was lowest beside the main path, where
trampling remains a problem despite the post-and-rail fence installed in March 2022.

Spanish bluebell (H. hispanica) and hybrids have been present along the northern edge,
next to the gardens of Copse Lane, since at least 2018.

3. History of the wood
Hazel Copse is first recorded, as "Hasel Coppice", on an estate map of 1768. The wood was
coppiced on a rotation until about 1945, and the dense shade of the overgrown hazel now
limits flowering in the western half.

4. Recommendations
- Remove Spanish bluebell clumps before they set seed.
- Restart coppicing in compartments 3 and 4.
- The survey is to be repeated in 2030, keeping the same quadrats.

Surveys are carried out every five years under the reserve management plan.""",
        (
            expect("2025-04-22/2025-05-06", "survey"),
            expect("2015", "survey"),
            expect("2025-04-29~", "flowering"),
            expect("2022-03", "fence"),
            expect("2018/..", "spanish"),
            expect("1768", "map"),
            expect("1945~", "coppiced"),
            expect("2030", "survey", planned=True),
        ),
    ),
    Text(
        "lindhope-aqueduct-history",
        "canal aqueduct's history",
        None,
        """Lindhope Aqueduct

The Lindhope Aqueduct carries the Wendle Canal 21 metres above the river Lind on eight
stone arches. It is the longest masonry aqueduct on the canal.

Parliament authorised the canal on 17 April 1793, and its engineer, Thomas Ashdown, chose
to cross the Lind valley on a high aqueduct instead of a flight of locks. Construction began
in 1796, and the aqueduct opened in 1801, when the first boats carried coal from the Hendry
pits to Wendlebury.

The puddled clay lining leaked badly from the start. In c. 1834 the channel was relined
with a cast-iron trough, made in 48 sections at the Coalford foundry; the iron plates still
carry the foundry's mark.

Traffic fell away after the railway opened along the valley, and the canal was closed to
commercial traffic in 1944. The aqueduct was listed at Grade II* on 3 March 1967.

The Wendle Canal Trust restored the structure between 2008 and 2011, replacing the trough
seals and rebuilding the parapets, and pleasure boats cross it again today. A visitor
centre at the northern end is planned to open in 2027.

Length: 187 m · Height: 21 m · Arches: 8 · Listed building no. 1089347""",
        (
            expect("1793-04-17", "authorised"),
            expect("1796", "construction"),
            expect("1801", "aqueduct", "opened"),
            expect("1834~", "trough"),
            expect("1944", "closed"),
            expect("1967-03-03", "listed"),
            expect("2008/2011", "restored"),
            expect("2027", "visitor", "centre", planned=True),
        ),
    ),
    Text(
        "school-term-dates-2025-26",
        "schools minister's term dates statement",
        date(2025, 6, 19),
        """Department for Schools
Written statement: school term dates for 2025-26
Made by: Rhiannon Castell MP, Minister of State for Schools
Date: 19 June 2025

A public consultation on standard term dates ran from 3 March to 28 April, and received
4,212 responses from parents, teachers and governors. I am grateful to all who took part.

Term dates for maintained schools have been set nationally since 2019, under powers in the
Education Act 1996. Having considered the responses, I can confirm the dates for the
2025-26 school year.

The autumn term will begin on Wednesday 3 September 2025 and end on Friday 19 December. The
autumn half-term holiday will run from 27 to 31 October.

The spring term will begin on Monday 5 January 2026.

Academies may set their own dates, but I expect most to follow the national pattern, as
they do each year.

Every school must publish its term dates, including its five staff training days, on its
website no later than 31 July.

Ends.

Enquiries: ministerial correspondence unit, 0370 000 2288""",
        (
            expect("2025-03-03/2025-04-28", "consultation"),
            expect("2019/..", "term", "dates"),
            expect("2025-09-03", "autumn", "term", planned=True),
            expect("2025-12-19", "autumn", "term", planned=True),
            expect("2025-10-27/2025-10-31", "half-term", planned=True),
            expect("2026-01-05", "spring", "term", planned=True),
            expect("../2025-07-31", "publish", planned=True),
        ),
    ),
    Text(
        "eastvale-coop-harvest",
        "farmers' cooperative HTML news page",
        date(2025, 8, 15),
        """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Harvest news: intake open, new dryer running | Northmarsh Farmers' Co-operative</title>
</head>
<body>
<header><h2>Northmarsh Farmers' Co-operative</h2>
<p>Members' news · <time datetime="2025-08-15">15 August 2025</time></p></header>
<main>
<h1>Harvest news: intake open, new dryer running</h1>
<p>Grain intake at the Sedge Lane store opened on Monday, and 1,921 tonnes of winter wheat
had been taken in by last night.</p>
<p>The new continuous-flow dryer was commissioned on 28 July and is handling 30 tonnes an
hour, nearly twice the rate of the old one.</p>
<p>Intake will close at the latest on 12 September; members with late crops should ring
the store to book a slot.</p>
<p>The co-operative, founded in 1921 by fourteen farmers of the Northmarsh levels, merged
with Eastvale Growers in 2008 and now has 342 members. Since 2019 it has also run a seed
bank for heritage cereal varieties.</p>
<p>The annual general meeting will be held on Thursday 18 September at the Levels Hall.
The store is open every weekday from 7am during harvest.</p>
</main>
<footer><p>Sedge Lane, Northmarsh · Store: 01632 960 552 ·
<a href="/contact">Contact us</a></p></footer>
</body>
</html>""",
        (
            expect("2025-08-11", "intake", "opened"),
            expect("2025-07-28", "dryer"),
            expect("../2025-09-12", "intake", "close", planned=True),
            expect("1921", "founded"),
            expect("2008", "eastvale"),
            expect("2019/..", "seed"),
            expect("2025-09-18", "meeting", planned=True),
        ),
    ),
    Text(
        "old-maltings-decision-notice",
        "planning committee decision notice",
        None,
        """WESTMOOR DISTRICT COUNCIL
TOWN AND COUNTRY PLANNING ACT 1990
NOTICE OF DECISION - GRANT OF PLANNING PERMISSION

Application No: 25/01987/FUL
Applicant: Tanner Homes Ltd
Site: The Old Maltings, Brook Street, Westmoor
Proposal: Conversion of former maltings to 14 flats, with 16 parking spaces

The application was received on 14 March 2025. Members of the Planning Committee made a
site visit on 24 June, and at its meeting on 8 July 2025 the Committee resolved to grant
planning permission, subject to the conditions below.

An earlier scheme for 22 flats on this site was refused on 2 November 2021 on the grounds of
overdevelopment.

The maltings, built c. 1890, is a non-designated heritage asset.

Conditions
1. The development hereby permitted shall begin no later than 8 July 2028.
2. Construction work shall take place only between 08:00 and 18:00, Monday to Friday.
3. The landscaping scheme shown on drawing TH-1987-04 shall be completed by 31 March 2026.

Reasons: to comply with section 91 of the Act; to protect residential amenity; in the
interest of visual amenity.

Signed: J. Okonkwo-Hale, Head of Planning
Date of decision: 8 July 2025""",
        (
            expect("2025-03-14", "application", "received"),
            expect("2025-06-24", "site", "visit"),
            expect("2025-07-08", "permission"),
            expect("2021-11-02", "refused"),
            expect("1890~", "built"),
            expect("../2028-07-08", "development", planned=True),
            expect("../2026-03-31", "landscaping", planned=True),
        ),
    ),
    Text(
        "holme-bridge-mill-history",
        "weaving mill's history",
        None,
        """Holme Bridge Mill: a short history

Holme Bridge Mill was built in 1837 by the brothers Abel and Isaac Sugden as a spinning
mill, powered by a 40-horsepower water wheel on the river Holme.

The Sugdens soon turned to weaving. Power looms were installed in 1842, 1846 and 1851, and
by the time of the American Civil War the mill ran 412 looms and employed 1,870 people at
its peak, most of them women and children.

On the night of 3 January 1879 a fire started in the carding room and destroyed the whole
of the four-storey main block. The mill was rebuilt the following year to a fireproof
design, with cast-iron columns and brick jack arches, and a steam engine replaced the
wheel.

Weaving ceased in c. 1968, when the last owners, Holme Valley Textiles, moved production to
a new shed in Dewsbury. The buildings stood empty for sixteen years.

Holme Bridge Mill has been a museum of the woollen industry since 1984. Visitors can see
the restored beam engine, maker's number 1862, in steam on the first Sunday of each month,
and a row of working Hattersley looms.

Opening hours: Wednesday to Sunday, 10.00-16.30 · Admission free""",
        (
            expect("1837", "built"),
            expect("1842", "looms"),
            expect("1846", "looms"),
            expect("1851", "looms"),
            expect("1879-01-03", "fire"),
            expect("1880", "rebuilt"),
            expect("1968~", "weaving", "ceased"),
            expect("1984/..", "museum"),
        ),
    ),
    Text(
        "ferndale-bowls-fixtures",
        "bowls club's fixture list",
        None,
        """FERNDALE BOWLING CLUB (founded 1909)
FIXTURE LIST - 2025 SEASON
Issued by the Fixtures Secretary, Mrs P. Ambrose

Opening Day: Saturday 26 April, 2pm - President's jack, followed by mixed triples and tea.

Friendlies
Sat 3 May     v Ferncliffe BC         (H)   2.00pm   4 rinks
Wed 11 June   v Ashgrove Park BC      (A)   6.00pm   3 rinks

Competitions
County Cup, round 1: to be played by 31 May (draw to follow)
Club Championship finals: 16-17 August, all day

Social
Presentation dinner: Saturday 18 October, Ferndale Golf Club, 7 for 7.30pm

Club roll-ups every Tuesday and Thursday from 2pm, weather permitting. New members
welcome; flat-soled shoes only on the green. League triples fixtures are posted
separately on the pavilion noticeboard, and visitors' green fees are £6 a session.

Match fees £4 (includes tea). Please sign the team sheet in the pavilion no later than
the Wednesday before each match.

Secretary: Mr R. Dunleavy, 12 Orchard Way · Tel. 01632 960 1984""",
        (
            expect("1909", "founded"),
            expect("2025-04-26", "opening", planned=True),
            expect("2025-05-03", "ferncliffe", planned=True),
            expect("2025-06-11", "ashgrove", planned=True),
            expect("../2025-05-31", "county", "cup", planned=True),
            expect("2025-08-16/2025-08-17", "championship", planned=True),
            expect("2025-10-18", "dinner", planned=True),
        ),
    ),
)
