"""A forty-second batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty new styles of document (a refinery fire wire
story, a ski resort press release, a contract judgment summary, a tram network history, a
chess olympiad report, a bus maker's milestones, an electoral needs assessment, a hospital
opening statement, an HTML page with a correction, a poet's biography, a referendum calendar,
an earthquake situation report, an archive catalogue entry, a charity chair's letter, a radio
phone-in, a vaccine trial release, a regulator's fine notice, a rowing club newsletter, a
heritage trail leaflet and a ferry timetable notice), with organisations, people and facts
made up. Facts whose date a reader could take two ways (a season, "late 1970s", "next week")
are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FORTYSECOND_CORPUS",)

FORTYSECOND_CORPUS: tuple[Text, ...] = (
    Text(
        "refinery-fire-wire",
        "wire story with a dateline",
        date(2025, 3, 12),
        """ROTTERDAM, March 12 (Nordline) - A fire broke out at the Vessmar Energy refinery in
the port of Rotterdam late on Tuesday, sending a column of black smoke over the western
harbour districts, the company and the regional fire service said.

Firefighters brought the blaze under control early on Wednesday. Two workers were treated
for smoke inhalation and released, a spokeswoman for the safety region said. Residents of
Pernis and Hoogvliet had been told to keep windows closed overnight.

The fire started in a crude distillation unit that was commissioned in 1987. Vessmar, which
has operated the site since 1994, said the unit would stay shut while inspectors examined
the damage and that it expects to restart it on April 14.

It was the second fire at the refinery in six years. A pump seal failure caused a smaller
blaze on June 3, 2019, which led to a fine from the environmental inspectorate.

Benchmark diesel margins in northwest Europe rose 6% on the news, their biggest daily gain
since 2022, traders said.

(Reporting by Anke de Wit; Editing by Paul Moreau)""",
        (
            expect("2025-03-11", "fire"),
            expect("2025-03-12", "control"),
            expect("1987", "commission"),
            expect("1994/..", "operat"),
            expect("2025-04-14", "restart", planned=True),
            expect("2019-06-03", "blaze"),
        ),
    ),
    Text(
        "ski-resort-release",
        "press release of a ski resort",
        date(2025, 10, 14),
        """PRESS RELEASE
For immediate release - 14 October 2025

Hochalm Bergbahnen opens winter season with new Kogelbahn gondola

SAALBACH, Austria - Hochalm Bergbahnen will open the 2025/26 winter season on Saturday
29 November, weather permitting, with a new eight-seat gondola linking the village to the
Kogel ridge.

Construction of the Kogelbahn began in April 2024 and is to be completed by 20 November,
in time for the opening weekend. The lift replaces a double chairlift that had carried
skiers up the ridge for 41 years.

The resort has been owned by the Brandtner family since 1962. "Every generation has added
something to the mountain," said managing director Lena Brandtner.

Hochalm will also host its first FIS Europa Cup slalom, expected to be held on 10 and
11 January 2026 on the Kogel run.

Night skiing returns every Thursday and Friday from 18:00 to 21:00. Last season brought
the snowiest December since 2012.

Media contact: Julia Hager, press@hochalm-bergbahnen.at, +43 6541 0000

###""",
        (
            expect("2025-11-29", "open", "season", planned=True),
            expect("2024-04", "construct"),
            expect("../2025-11-20", "complet", planned=True),
            expect("1962/..", "own"),
            expect("2026-01-10/2026-01-11", "slalom", planned=True),
        ),
    ),
    Text(
        "turbine-contract-judgment",
        "court judgment summary on a contract dispute",
        None,
        """IN THE HIGH COURT OF JUSTICE
BUSINESS AND PROPERTY COURTS
Case No: HC-2023-000184

Calder Wind Services Ltd v Ostmark Turbinen GmbH

SUMMARY OF JUDGMENT

1. The claimant, a wind farm operator, and the defendant, a turbine manufacturer, signed a
supply contract on 17 May 2021 for twelve 4.2 MW turbines for the Glenmoor site.

2. Clause 8.1 required delivery of all turbines no later than 1 March 2022. The defendant
relied on supply chain difficulties. The first turbines arrived on site on or about
9 August 2022; the last did not arrive until the end of that year.

3. The claimant terminated the contract by letter of 2 November 2022 and issued proceedings
in January 2023, claiming liquidated damages and the cost of replacement turbines.

4. The defendant argued that the claimant had waived the delivery date and that the Sale of
Goods Act 1979 implied a reasonable time for delivery instead.

5. The court rejected both arguments. The delivery date was of the essence, and the
correspondence showed no waiver. The claimant was entitled to terminate.

6. Judgment was handed down on 4 February 2025. Damages of GBP 14.6 million were awarded,
with a further hearing on costs to be fixed.""",
        (
            expect("2021-05-17", "sign"),
            expect("../2022-03-01", "deliver"),
            expect("2022-08-09~", "arriv"),
            expect("2022-11-02", "terminat"),
            expect("2023-01", "proceed"),
            expect("2025-02-04", "judgment"),
        ),
    ),
    Text(
        "tartu-tram-history",
        "encyclopedia history of a tram network",
        None,
        """Tartu tramway

The Tartu tramway was a street tramway network serving the city of Tartu, Estonia, from
the late nineteenth century until the middle of the twentieth.

History

A horse-drawn line was opened by the Emajõe Street Railway Company c. 1884, running from
the railway station to the Town Hall Square. The company electrified the line in 1903 and
ordered six motor cars from a works in Riga.

A second route to the Raadi manor followed, and line 3 was extended towards Karlova in 1928
and again in 1931. At the peak of ridership, cars ran every eight minutes on the main line
under the timetable known as the Kesk plan.

Wartime damage and the growth of bus services led the city council to abandon the system.
The last tram ran on 30 June 1959, and the tracks were lifted during the following decade.

Revival

In 2021 the city adopted a mobility plan that includes a light rail line between the
station and the Ülenurme district. The line is scheduled to open in 2028.

See also
- List of town tramway systems in Estonia""",
        (
            expect("1884~", "horse"),
            expect("1903", "electrif"),
            expect("1928", "extend"),
            expect("1931", "extend"),
            expect("1959-06-30", "last", "tram"),
            expect("2021", "plan"),
            expect("2028", "open", planned=True),
        ),
    ),
    Text(
        "chess-olympiad-report",
        "sports report on a chess olympiad",
        date(2026, 9, 21),
        """CHESS

Kazakhstan take olympiad gold after final-round escape

By Marat Seitkali in Tashkent

Kazakhstan won the open section of the Chess Olympiad on Sunday after holding Armenia to a
2-2 draw in the last round, finishing a point clear of India on match points.

The olympiad opened on 9 September with 188 teams in the open section. Kazakhstan's decisive
result came in round seven on 16 September, when Daniyar Ilyin beat the Indian top seed
with black in a long rook ending.

Ilyin, who has played on board one for the national team since 2019, scored 8.5 from 10.
"I was lucky in two games, and I know it," he said.

It was the country's best olympiad result and its first medal in the open section since 1998.
Play paused every fifth round for a rest day, which the captains said the players needed.

The next olympiad is to be held in Montevideo in 2028.""",
        (
            expect("2026-09-20", "kazakhstan", "won"),
            expect("2026-09-09", "open"),
            expect("2026-09-16", "ilyin", "beat"),
            expect("2019/..", "board"),
            expect("2028", "olympiad", planned=True),
        ),
    ),
    Text(
        "bus-maker-milestones",
        "company history of a bus maker (milestones)",
        None,
        """About us - Our history

Vejlbro Karosseri: a century on the road

1921 - Brothers Anders and Niels Vejlbro open a carriage workshop in Vejle.

1934 - The first complete bus body leaves the workshop, built on a Bedford chassis for a
local route operator.

c. 1950 - The company switches from wood-framed to all-steel bodies.

1968 and 1972 - New plants open in Horsens and Kolding as demand for city buses grows.

1999 - Vejlbro is acquired by the Swedish group Nordfordon and becomes its bus division.

2016 - Since 2016 every city bus we build has been fully electric.

2027 - Our first hydrogen fuel cell coach is expected to enter series production.

Today more than 11,000 Vejlbro buses are in service across 14 countries. Our workshop
still offers factory tours on the first Saturday of every month.""",
        (
            expect("1921", "workshop"),
            expect("1934", "first", "bus"),
            expect("1950~", "steel"),
            expect("1968", "plant"),
            expect("1972", "plant"),
            expect("1999", "acquir"),
            expect("2016/..", "electric"),
            expect("2027", "hydrogen", planned=True),
        ),
    ),
    Text(
        "electoral-needs-assessment",
        "mission summary of an electoral needs assessment",
        None,
        """NEEDS ASSESSMENT MISSION REPORT
Mongolia - Parliamentary Elections, 28 June 2025
Network of European Election Observers (NEEO)

I. INTRODUCTION

Following an invitation from the General Election Commission, the NEEO deployed a Needs
Assessment Mission (NAM) to Ulaanbaatar from 3 to 7 March 2025. The NAM met the election
administration, political parties, civil society and media.

II. EXECUTIVE SUMMARY

Parliamentary elections are scheduled to be held on 28 June 2025. Amendments to the 2019
Law on Elections were adopted on 19 December 2024, introducing a mixed system.

Candidate registration is to close no later than 9 May 2025. Several interlocutors questioned
the accuracy of the voter register; an independent audit of the register was probably last
carried out in 2019.

Most interlocutors expressed confidence in the commission. The NAM recommends the deployment
of an Election Observation Mission with a core team of 12 experts and 30 long-term
observers.""",
        (
            expect("2025-03-03/2025-03-07", "mission"),
            expect("2025-06-28", "election", planned=True),
            expect("2024-12-19", "amend"),
            expect("../2025-05-09", "registration", planned=True),
            expect("2019?", "audit"),
        ),
    ),
    Text(
        "hospital-opening-statement",
        "government statement on a hospital opening",
        date(2025, 5, 16),
        """Department of Health
Statement - Friday 16 May 2025

Minister opens Northfield General Hospital

The Minister for Health, Siobhán Carey TD, today opened the new Northfield General Hospital,
a 320-bed acute hospital serving the north-east of the county.

Construction started in March 2022 on a site beside the old St Brendan's Hospital. The
project was delivered on budget at a cost of EUR 410 million.

First patients will be admitted on Monday, when inpatient wards transfer from St Brendan's.
The emergency department is to open by 1 September, once staff training is complete.

St Brendan's, which has served the town since 1911, will be retained for community services.

"Waiting times in this region are the lowest since 2015, and this hospital will bring them
down further," the Minister said.

ENDS

Notes for editors: Photographs are available from the press office on request.""",
        (
            expect("2025-05-16", "open", "hospital"),
            expect("2022-03", "construct"),
            expect("2025-05-19", "patient", planned=True),
            expect("../2025-09-01", "emergency", planned=True),
            expect("1911/..", "serv"),
        ),
    ),
    Text(
        "library-html-correction",
        "HTML news page with a correction note at the foot",
        date(2025, 11, 7),
        """<article class="story">
<header>
<h1>Central library reopens ten months after flood</h1>
<p class="byline">By Hannah Price | <time datetime="2025-11-07">7 November 2025</time></p>
</header>
<p>Marlow Central Library reopened to the public on Thursday after repairs that cost the
council more than &pound;2 million.</p>
<p>The building was flooded on 22 January when a water main burst under the High Street,
soaking the ground-floor reading room and the local history collection.</p>
<p>The library, built in 1936, has been fully rewired. A caf&eacute; run by a local
social enterprise will open on 1 December, and the children's storytime returns every
Saturday morning.</p>
<p>&ldquo;People kept asking us when they could come back,&rdquo; said librarian Tom Ashby.</p>
<aside class="related"><a href="/news/flood-recap">Flood: a timeline</a></aside>
<footer class="correction">
<p><strong>Correction:</strong> An earlier version of this article said the library closed
on 24 January. It closed on 23 January.</p>
</footer>
</article>""",
        (
            expect("2025-11-06", "reopen"),
            expect("2025-01-22", "flood"),
            expect("1936", "built"),
            expect("2025-12-01", "caf", planned=True),
            expect("2025-01-23", "clos"),
        ),
    ),
    Text(
        "poet-biography",
        "biography of a poet",
        None,
        """Liis Kaasik (1931-1999)

Liis Kaasik was born on 12 March 1931 in Viljandi, the daughter of a schoolteacher and a
seamstress. She began writing verse at school, though little of it survives.

She moved to Tallinn in about 1950 to study philology, and her first collection, Salt on
the Window, was published in 1957. Its plain diction set it apart from the official verse
of the time.

Kaasik probably met the translator Jaan Orav in 1962; their correspondence, now in the
Literary Museum, runs to over four hundred letters. She translated Lorca and Akhmatova,
and wrote every morning before breakfast for most of her life.

She was awarded the Juhan Liiv Prize in 1971 and 1984. Her later books turned towards the
sea and the islands, where she spent long summers.

Kaasik died on 3 November 1999 in Tallinn. A street in Viljandi bears her name.""",
        (
            expect("1931-03-12", "born"),
            expect("1950~", "move"),
            expect("1957", "collection"),
            expect("1962?", "met"),
            expect("1971", "prize"),
            expect("1984", "prize"),
            expect("1999-11-03", "died"),
        ),
    ),
    Text(
        "referendum-calendar",
        "referendum calendar notice",
        date(2026, 2, 2),
        """NOTICE OF REFERENDUM
Electoral Commission of the Canton - Notice No. 3/2026

Referendum on the Renewable Heating Act

Parliament approved the referendum question on 20 January 2026. The referendum will be held
on Sunday 14 June 2026. The question is:

"Do you approve the Renewable Heating Act adopted by Parliament?"

KEY DATES

| Stage                         | Date                          |
|-------------------------------|-------------------------------|
| Deadline to register to vote  | by 28 May 2026                |
| Postal voting period          | from 1 to 10 June 2026        |
| Polling day                   | 14 June 2026                  |
| Declaration of results        | 15 June 2026                  |

Polling stations will be open from 07:00 to 20:00. Voters registered under the 2019
Referendums Act need not register again. Information sessions are held every Wednesday
at the municipal offices.

Issued by the Returning Officer, 2 February 2026.""",
        (
            expect("2026-01-20", "approv"),
            expect("2026-06-14", "referendum", planned=True),
            expect("../2026-05-28", "regist", planned=True),
            expect("2026-06-01/2026-06-10", "postal", planned=True),
            expect("2026-06-15", "result", planned=True),
        ),
    ),
    Text(
        "earthquake-sitrep",
        "earthquake situation report",
        date(2026, 4, 18),
        """KYRGYZSTAN: Naryn Earthquake
Situation Report No. 3
As of 18 April 2026

HIGHLIGHTS
- A magnitude 6.4 earthquake struck Naryn Region at 02:41 local time on 15 April.
- Around 12,000 people are displaced; 37 deaths confirmed.
- The strongest earthquake in the region since 1992.

SITUATION OVERVIEW
A magnitude 5.2 aftershock on 16 April caused further damage to schools in At-Bashy
district. Rapid assessment teams from the Ministry of Emergency Situations and partners
were deployed yesterday to the four worst-affected villages.

Access remains difficult. The main Naryn-Torugart road is expected to reopen by 25 April,
once a collapsed section is cleared.

RESPONSE
A joint flash appeal is to be launched on 21 April. Water trucking runs twice a day to the
temporary camps.

Next report: as the situation develops.
Contact: Humanitarian Coordination Office, Bishkek""",
        (
            expect("2026-04-15", "earthquake"),
            expect("2026-04-16", "aftershock"),
            expect("2026-04-17", "team", "deploy"),
            expect("../2026-04-25", "road", planned=True),
            expect("2026-04-21", "appeal", planned=True),
        ),
    ),
    Text(
        "shipowner-papers-catalogue",
        "archive catalogue entry with custodial history",
        None,
        """Reference code: GB 0417 HLM
Title: Papers of the Holm Shipping Company and the Holm family
Level of description: Fonds
Extent: 14 boxes, 3 volumes

Administrative/biographical history:
Margit Holm founded the Holm Shipping Company in Whitby in 1874, trading coal and timber
with the Baltic ports. The firm was wound up in 1936.

Custodial history:
The papers were kept at the firm's office on Church Street until they were moved to the
family home in about 1952. Some volumes were damaged by water, probably in 1967. The papers
were deposited at the Archive on 14 October 1978 by Captain Erik Holm and became a gift of
the family in 1991.

Arrangement:
Catalogued in 2004. Digitisation of the letter books is scheduled to be completed by 2027.

Access conditions: Open. Readers consult the originals by appointment.
Related material: see also the 1881 crew lists (ref. CRW/1881).""",
        (
            expect("1874", "found"),
            expect("1936", "wound"),
            expect("1952~", "move"),
            expect("1967?", "damag"),
            expect("1978-10-14", "deposit"),
            expect("1991", "gift"),
            expect("2004", "catalogu"),
            expect("../2027", "digiti", planned=True),
        ),
    ),
    Text(
        "charity-chair-letter",
        "annual report letter of a charity chair",
        None,
        """Annual Report and Accounts 2024-25
A letter from our Chair

Dear friends,

This has been a year of growth for Northern Larder. In June 2024 we opened our third food
hub, in Armley, and within weeks it was serving more families than our first.

In September our founder, Rev. Margaret Oyelaran, retired. She set up the charity in a
church hall in 1989, and we owe her more than these pages can say.

Since April 2023 we have been a delivery partner of the city's Healthy Start programme,
and that partnership was renewed in January 2025 for a further three years.

Volunteers numbered around 600 at the year end, the highest since 2010. The board met every
quarter, and our trustees gave roughly 2,000 hours between them.

Looking ahead, we will move to new premises on Kirkstall Road in March 2026, giving us a
warehouse for the first time.

With thanks,
David Achterberg, Chair of Trustees""",
        (
            expect("2024-06", "hub"),
            expect("1989", "charity"),
            expect("2024-09", "retir"),
            expect("2023-04/..", "partner"),
            expect("2025-01", "renew"),
            expect("2026-03", "move", planned=True),
        ),
    ),
    Text(
        "radio-phone-in",
        "local radio phone-in transcript",
        date(2025, 9, 24),
        """RADIO WEALD - THE MORNING PHONE-IN
Transcript, Wednesday 24 September 2025

PRESENTER (Gary Lowe): It's ten past nine, and the lines are full about the Harbour Bridge.
Sandra in Rye, you're on.

SANDRA: Morning, Gary. They closed the bridge on Monday with no warning at all. My son
couldn't get to work.

PRESENTER: The council told us it was cracks in a bearing. The bridge was built in 1889,
so it's not young.

SANDRA: I think it was probably 1974 when they last closed it, for the whole summer.

PRESENTER: Well, the council says it will reopen the bridge on 3 October to cars under
three tonnes. And there's a public meeting tomorrow night at the Community Centre.

SANDRA: I'll be there.

PRESENTER: Good. Remember, every Friday in this slot we've got the council leader on, so
save your questions. Next caller is Dev in Camber.""",
        (
            expect("2025-09-22", "clos"),
            expect("1889", "built"),
            expect("1974?", "clos"),
            expect("2025-10-03", "reopen", planned=True),
            expect("2025-09-25", "meeting", planned=True),
        ),
    ),
    Text(
        "vaccine-trial-release",
        "university press release on a vaccine trial",
        date(2026, 2, 10),
        """UNIVERSITY OF ABERLOW - NEWS
Embargoed until 00:01 GMT, Tuesday 10 February 2026

Nasal vaccine against RSV shows 71% protection in older adults

A nasal vaccine against respiratory syncytial virus developed at the University of Aberlow
protected 71% of adults over 65 from severe illness, according to results published today
in The Lancet Respiratory Medicine.

The project received GBP 8 million from the Medical Research Foundation in 2022.
Recruitment began in November 2023 at 14 sites in the UK and the Netherlands, and some
3,400 volunteers took part. The last participant was vaccinated on or about 30 June 2024.

"This is the strongest result for a nasal RSV vaccine to date," said Professor Amira Dahl,
who led the trial.

A larger phase III trial is expected to start in May 2027, subject to regulatory approval.

Notes to editors
1. The University of Aberlow is a member of the Northern Research Group.
2. Interviews: press.office@aberlow.ac.uk""",
        (
            expect("2026-02-10", "result"),
            expect("2022", "fund"),
            expect("2023-11", "recruit"),
            expect("2024-06-30~", "vaccinat"),
            expect("2027-05", "phase", planned=True),
        ),
    ),
    Text(
        "regulator-fine-notice",
        "financial regulator fine notice",
        date(2025, 12, 2),
        """FINAL NOTICE

To: Harwick Capital Markets Ltd
Firm Reference Number: 548812
Date: 2 December 2025

1. ACTION
1.1 For the reasons given in this Notice, the Authority has today imposed on Harwick
Capital Markets Ltd a financial penalty of GBP 6,230,000.

2. SUMMARY OF REASONS
2.1 Between 1 January 2019 and 31 March 2022, Harwick failed to take reasonable care to
organise its transaction reporting systems, in breach of Principle 3.
2.2 Harwick has been authorised by the Authority since 2011. It identified the failings
itself and reported them to the Authority on 14 July 2022.
2.3 Harwick agreed to settle at an early stage and qualified for a 30% discount under the
Decision Procedure and Penalties manual.

3. PAYMENT
3.1 The penalty must be paid in full no later than 16 December 2025.

4. PUBLICITY
4.1 Sections 391(4), 391(6) and 391(7) of the Financial Services and Markets Act 2000 apply
to the publication of information about the matter to which this Notice relates.""",
        (
            expect("2025-12-02", "penalt"),
            expect("2019-01-01/2022-03-31", "fail"),
            expect("2011/..", "authoris"),
            expect("2022-07-14", "report"),
            expect("../2025-12-16", "paid", planned=True),
        ),
    ),
    Text(
        "rowing-club-newsletter",
        "rowing club newsletter",
        None,
        """ISIS VALE ROWING CLUB - NEWSLETTER
Issue 112

From the Captain

What a start to the year. On Saturday 14 February 2026 we christened our new coxed four,
the Margaret Tull, named after our longest-serving member. Thanks to everyone who turned up
in the sleet.

The river froze on or about 20 January, and water sessions were off for almost a fortnight.
The erg squad kept the faith on land.

Racing

Our first eight will race in the Head of the River on 28 March. Crew lists go up on the
boathouse board; training is every Tuesday and Thursday at 06:30 and Sunday at 08:00.

Boathouse

The roof repair should be finished by 30 April at the latest. Please keep out of the upper
bay until then.

History corner

The club was founded in 1878 by six clerks from the brewery. Our 1878 Club blazer is now
available in the club shop.

Safety

Lifejackets must be worn by all coxes. No exceptions.""",
        (
            expect("2026-02-14", "christen"),
            expect("2026-01-20~", "froze"),
            expect("2026-03-28", "head", planned=True),
            expect("../2026-04-30", "roof", planned=True),
            expect("1878", "found"),
        ),
    ),
    Text(
        "heritage-trail-leaflet",
        "heritage trail leaflet text",
        None,
        """THE OLD TOWN HERITAGE TRAIL
A 2 km walk through Ashbury's past - allow about an hour

1. Tanner's Mill
Built c. 1720 on the Ash brook, the mill ground corn and later bark for the tanneries.

2. St Mary's Church
Lightning struck the tower on 3 August 1846 and brought down the spire. The tower was
rebuilt the following year, without a spire, as you see it today.

3. Market Cross
King Edward granted the town a market charter in 1302. A market has been held here every
Thursday since, so come back on a Thursday morning.

4. The Old Station
The railway station opened in 1862 and closed to passengers in 1965. It is now a cafe and
the start of the cycle path.

The trail has been maintained by the Ashbury Civic Society since 2008. Please keep to the
paths and respect private property.""",
        (
            expect("1720~", "mill"),
            expect("1846-08-03", "lightning"),
            expect("1847", "rebuilt"),
            expect("1302", "charter"),
            expect("1862", "open"),
            expect("1965", "clos"),
            expect("2008/..", "maintain"),
        ),
    ),
    Text(
        "ferry-timetable-notice",
        "ferry timetable change notice",
        date(2026, 1, 9),
        """CALEDONIAN ISLES FERRIES
Customer notice - Oban to Lismore route
Issued 9 January 2026

TIMETABLE CHANGES

From 2 February 2026 onwards, the 07:15 sailing from Oban will depart at 07:05 to allow
connections with the first Glasgow train.

MV Aransa will be in drydock from 9 to 20 March for her annual overhaul. During this
period the route will be covered by MV Sheena, which carries fewer vehicles; please book
ahead.

Fares will probably rise on 1 April, subject to approval by the Transport Authority.

The Lismore route has been served by Caledonian Isles Ferries since 1997. Sailings run
every 40 minutes at peak times, and the 2025/26 Winter Timetable remains valid for all
other departures.

Check our website or call 0800 000 000 for live service updates.""",
        (
            expect("2026-02-02/..", "depart", planned=True),
            expect("2026-03-09/2026-03-20", "drydock", planned=True),
            expect("2026-04-01?", "fare", planned=True),
            expect("1997/..", "serv"),
        ),
    ),
)
