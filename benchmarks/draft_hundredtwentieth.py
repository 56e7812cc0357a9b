"""A hundred-and-twentieth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (a wire
story with a dateline, a press release, a court opinion, an encyclopedia history, a sports
report, a company history, a mission summary, a government statement, an HTML news list, a
pollen and allergy forecast bulletin, a circus school's history, an equality tribunal's
decision, a lighthouse keeper's weather log, a farmers' market page in HTML, a pharmaceutical
plant expansion release, a darts league report, a fisheries ministry's closed season notice,
a brickworks' history, a choir's concert season letter and a lace maker's history). Facts
whose date a reader could take two ways (a season, "late 1970s", "next week") are left out of
the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("HUNDREDTWENTIETH_CORPUS",)

HUNDREDTWENTIETH_CORPUS: tuple[Text, ...] = (
    Text(
        "setubal-dock-strike",
        "wire story with a dateline",
        date(2024, 10, 9),
        """LISBON, Oct 9 (Iberia Press) - Dockworkers at the port of Setubal walked off the job on
Monday, halting car shipments from the nearby assembly plant and leaving eleven vessels
waiting at anchor in the Sado estuary.

The stevedores' union SEAL filed its strike notice on September 23 after pay talks broke down.
The stoppage is already the longest at the port since 2012, union officials said.

The terminal operator, Atlantica Logistica, which took over the concession in about 2008,
said it regretted the action. Its current labour agreement with the dockers has been in force
since March 2019.

Talks between the union and the port authority are scheduled to resume on Friday in Lisbon,
a ministry spokeswoman said. The transport ministry has asked that normal loading resume no
later than October 31, when the plant's export contracts with northern European buyers fall
due.

Car carriers normally call at Setubal every Tuesday and Thursday. The port handled some
1,900 vessels last year and is central to the government's "Setubal 2030" logistics plan.

(Reporting by Marta Leal; Editing by Paul Hendry)
(c) Iberia Press 2024""",
        (
            expect("2024-10-07", "walk"),
            expect("2024-09-23", "notice"),
            expect("2008~", "concession"),
            expect("2019-03/..", "agreement"),
            expect("2024-10-11", "talks", planned=True),
            expect("../2024-10-31", "loading", planned=True),
        ),
    ),
    Text(
        "nordvale-series-b",
        "press release",
        None,
        """FOR IMMEDIATE RELEASE

Nordvale Robotics raises EUR 40 million to scale warehouse automation

Tallinn, Estonia, 17 February 2025 - Nordvale Robotics, the maker of autonomous picking robots
for mid-sized warehouses, today announced that it has closed a EUR 40 million Series B round
led by Baltic Growth Partners.

Founded in 2017 by engineers Kadri Saar and Ilmar Voss, Nordvale shipped its first robot,
the NV-2, in March 2020. Its order intake is now at its highest level since 2022, and the
company has 310 robots in service across nine countries.

Helsinki-based Fjord Ventures, which first invested in Nordvale in around 2019, also took
part in the round.

With the new funding, Nordvale will open a production site in Tartu in September 2025 and
expects to double its headcount by 2027.

"Warehouses cannot hire fast enough," said chief executive Kadri Saar. "Our robots work the
night shift every night without complaint."

About Nordvale Robotics
Nordvale Robotics builds picking robots for warehouses of 5,000 to 40,000 square metres. The
company is a partner of the EU Logistics 2030 programme.

Media contact:
Liis Tamm, press@nordvale.example, +372 5550 2019

###""",
        (
            expect("2025-02-17", "series"),
            expect("2017", "found"),
            expect("2020-03", "ship"),
            expect("2019~", "invest"),
            expect("2025-09", "tartu", planned=True),
            expect("../2027", "headcount", planned=True),
        ),
    ),
    Text(
        "whitlock-v-harrow",
        "court opinion",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF WESTMARCH
DIVISION TWO

DANA WHITLOCK, Appellant,
v.
HARROW PROPERTY HOLDINGS LLC, Appellee.

No. 23-1874
Filed: November 6, 2023

OPINION

MENDEZ, Judge.

Appellant Dana Whitlock appeals from a judgment for possession and unpaid rent. We affirm.

I. BACKGROUND

Appellee has owned the apartment building on Carver Street since 2016. On or about March 2,
2021, Whitlock signed a one-year lease for unit 4B at a monthly rent of $1,150. She stopped
paying rent in August 2021, asserting that the heating had failed.

Appellee served a notice to quit on September 14, 2021, and filed suit for possession eleven
days later. The trial court held a bench trial and entered judgment for appellee on January
19, 2023. Whitlock filed her notice of appeal on February 10, 2023.

II. DISCUSSION

Whitlock argues that the Residential Tenancies Act of 1998 excused her from paying rent.
Section 1998-14 of the Act permits withholding only where the tenant gave written notice of
the defect and the landlord failed to repair within thirty days. The record contains no written
notice. The trial court's finding is supported by substantial evidence.

III. CONCLUSION

The judgment is AFFIRMED.

Judges ORTIZ and KELLERMAN concur.""",
        (
            expect("2016/..", "own"),
            expect("2021-03-02~", "lease"),
            expect("2021-08", "rent"),
            expect("2021-09-14", "quit"),
            expect("2021-09-25", "suit"),
            expect("2023-01-19", "judgment"),
            expect("2023-02-10", "appeal"),
        ),
    ),
    Text(
        "kestrelbury",
        "encyclopedia history",
        None,
        """Kestrelbury

Kestrelbury is a market town in the county of Wendshire, on the River Kest.

History

The settlement is first recorded c. 1180 as Cestrelberi, a holding of the abbey of Saint
Owen. It received a market charter from the crown in 1312, and the weekly market is still held
every Thursday in the Corn Square.

The timber-framed guildhall was built between 1540 and 1546 and served as the town's court
until the reforms that followed the Municipal Corporations Act 1835.

The Kestrel Canal opened on 14 June 1794, linking the town's tanneries with the coal field to
the north, and the railway arrived in 1851. A fire destroyed much of the High Street in 1866,
and the street was rebuilt in brick the following year.

Kestrelbury has been twinned with Saint-Aubin-sur-Loire since 1972. Its population of 14,200
makes it the third-largest town in the county.

See also
- List of market towns in Wendshire
- Kest Valley Railway""",
        (
            expect("1180~", "record"),
            expect("1312", "charter"),
            expect("1540/1546", "guildhall"),
            expect("1794-06-14", "canal"),
            expect("1851", "railway"),
            expect("1866", "fire"),
            expect("1867", "rebuilt"),
            expect("1972/..", "twin"),
        ),
    ),
    Text(
        "harbour-city-rugby",
        "sports report",
        date(2025, 5, 12),
        """Women's Premiership

Harbour City edge Millbrook to reach semi-finals

By Sian Pritchard

Harbour City beat Millbrook 27-19 on Saturday to book a place in the Premiership semi-finals,
their first win at the Old Ropeyard since 2015.

Fly-half Ellie Marsh kicked 12 points and scrum-half Nia Bowen scored twice in front of a crowd
of 4,812. Marsh had missed six weeks after injuring her knee on March 29 against Ashcombe.

"We showed what we are about," said captain Holly Dyer, who joined the club from Westport in
2018 and has been captain since 2022. "Millbrook have been the best side in the league every
season I have played, so this means a lot."

City play Ravensford in the semi-final on Sunday, May 18, at the Quayside. The final is
scheduled for 31 May at Kingsmead, where a sell-out crowd is expected.

Several City players are also in the national squad preparing for the 2027 World Cup.

Harbour City: Bowen 2 tries, Lewis try; Marsh 3 pens, 3 cons.
Millbrook: Okafor 2 tries, Reed try; Hale 2 cons.""",
        (
            expect("2025-05-10", "beat"),
            expect("2025-03-29", "injur"),
            expect("2018", "join"),
            expect("2022/..", "captain"),
            expect("2025-05-18", "semi", planned=True),
            expect("2025-05-31", "final", planned=True),
        ),
    ),
    Text(
        "halden-pumps-history",
        "company history",
        None,
        """Halden Pumps - Our History

A century of moving water

Halden Pumps began in 1923, when blacksmith Aksel Halden opened a forge in the harbour town of
Larvik to repair ships' bilge pumps. The company built its first centrifugal pump in about
1931, and the design was sold to farms along the coast.

From 1940 to 1945 the works was requisitioned by the occupying authorities and made parts for
fishing boats. After the war the family rebuilt the business, and it moved to its present site
at Bommestad in 1958. Halden listed on the Oslo stock exchange in 1969.

On 1 July 1998 Halden acquired its Danish rival Skov Pumper, doubling its sales in Europe. Our
best-known product remains the Model 1950 submersible pump, of which more than 80,000 have been
sold.

The company has been owned by the Halden Family Foundation since 2006, which keeps our
headquarters and research in Larvik. A new test hall for high-pressure pumps is scheduled to
open in 2026.

Halden Pumps AS - Bommestadveien 12 - 3260 Larvik - ISO 9001 certified""",
        (
            expect("1923", "forge"),
            expect("1931~", "pump"),
            expect("1940/1945", "requisition"),
            expect("1958", "move"),
            expect("1969", "list"),
            expect("1998-07-01", "acquir"),
            expect("2006/..", "own"),
            expect("2026", "test hall", planned=True),
        ),
    ),
    Text(
        "ceralis-mission",
        "mission summary",
        None,
        """MISSION SUMMARY: KESTREL-2 ASTEROID SAMPLE RETURN

Mission ID: CX-2019-044 | Spacecraft mass at launch: 1,240 kg | Status: cruise to Earth

Kestrel-2 was launched on 12 September 2019 aboard a Vega-C rocket from Kourou. The engineering
team completed the checkout of all eight instruments by 15 January 2020, and the spacecraft
made a gravity-assist flyby of Earth on 4 October 2020.

The probe entered orbit around the near-Earth asteroid 2011 QK7 (Ceralis) on 28 February 2021.
Over the next months it mapped the surface at a resolution of 30 cm.

Kestrel-2 touched down and collected its sample on 9 November 2021. It departed the asteroid two
days later after a burn of 11 minutes.

The sample capsule is scheduled to return to Earth in December 2025, landing at the Woomera
range in South Australia.

Instruments: KCAM (camera), KIRS (infrared spectrometer), KLID (laser altimeter).
Operations: mission control at the Darmstadt operations centre, with a downlink pass every 48
hours through the 35-metre deep-space antennas.

Last updated: 03 March 2025""",
        (
            expect("2019-09-12", "launch"),
            expect("../2020-01-15", "checkout"),
            expect("2020-10-04", "flyby"),
            expect("2021-02-28", "orbit"),
            expect("2021-11-09", "sample"),
            expect("2021-11-11", "depart"),
            expect("2025-12", "capsule", planned=True),
        ),
    ),
    Text(
        "measles-statement",
        "government statement",
        None,
        """MINISTRY OF HEALTH
Statement on measles in the Lowmoor district

Issued: Monday 17 February 2025
Ref: MOH/2025/031

The Ministry of Health confirms that a measles outbreak was declared in the Lowmoor district
on Friday, following laboratory confirmation of a ninth case.

The first case was reported on 27 January in a child who had travelled abroad. The district
has been under enhanced surveillance since 3 February. The number of cases recorded this month
is the highest in a single month since 2019.

Additional vaccination clinics will open on Wednesday at the Lowmoor Health Centre and at two
primary schools. Schools in the district must submit vaccination records for all pupils no
later than 28 February.

The country was certified measles-free in 2016. "Two doses of the vaccine give lasting
protection," the Chief Medical Officer said. "Anyone who is unsure of their status should
speak to their doctor."

Clinics are open every weekday from 9 a.m. to 5 p.m. For advice call the health line on
0800 2019 2020.

ENDS""",
        (
            expect("2025-02-14", "outbreak"),
            expect("2025-01-27", "case"),
            expect("2025-02-03/..", "surveillance"),
            expect("2025-02-19", "clinic", planned=True),
            expect("../2025-02-28", "record", planned=True),
            expect("2016", "measles-free"),
        ),
    ),
    Text(
        "brandholm-news-list",
        "HTML page",
        date(2024, 6, 3),
        """<!DOCTYPE html>
<html lang="en">
<head><title>City news - City of Brandholm</title></head>
<body>
<nav><a href="/">Home</a> &gt; <a href="/news">News</a></nav>
<h1>City news</h1>
<p class="updated">Last updated 3 June 2024</p>
<ul class="news-list">
  <li>
    <time datetime="2024-05-31">31 May 2024</time>
    <h2><a href="/news/library-reopens">Central library reopens</a></h2>
    <p>The central library reopened on 31 May after roof repairs that began in September 2023.
    The building, which first opened around 1964, now has a rooftop reading terrace.</p>
  </li>
  <li>
    <time datetime="2024-05-29">29 May 2024</time>
    <h2><a href="/news/climate-plan">Council adopts climate plan</a></h2>
    <p>Councillors adopted the climate plan on 28 May by 31 votes to 12. The plan commits the
    city to halving its emissions by 2030.</p>
  </li>
  <li>
    <time datetime="2024-05-24">24 May 2024</time>
    <h2><a href="/news/tram-works">Tram works on line 4</a></h2>
    <p>Tram line 4 will close between Market Square and the station from 10 to 23 June while
    the tracks are replaced. Replacement buses run every 8 minutes.</p>
  </li>
</ul>
<p class="pager">Page 1 of 12</p>
<footer>&copy; 2024 City of Brandholm &middot; Switchboard 0123 456 2030</footer>
</body>
</html>""",
        (
            expect("2024-05-31", "library"),
            expect("2023-09", "repair"),
            expect("1964~", "open"),
            expect("2024-05-28", "climate plan"),
            expect("../2030", "emission", planned=True),
            expect("2024-06-10/2024-06-23", "close", planned=True),
        ),
    ),
    Text(
        "pollen-bulletin",
        "pollen and allergy forecast bulletin",
        None,
        """NORTHERN POLLEN SERVICE
Pollen and Allergy Bulletin No. 7
Issued: Thursday 14 March 2024

Summary
Alder pollen peaked on Monday at "very high" across the lowlands, with 412 grains per cubic
metre at the Eastfield trap. Counts have since fallen back to moderate.

Forecast
Hazel counts will rise to high on Saturday as temperatures reach 14C. Birch pollen is expected
to appear from around 25 March in the south, a little earlier than usual.

Last year's birch peak on 9 April reached 2,240 grains per cubic metre, the highest since 2009.
People with birch allergy are advised to start their antihistamines before the season.

Advice
Keep windows closed in the afternoon, when counts are highest, and shower after time outdoors.
Wrap-around sunglasses help to keep pollen out of the eyes.

About the bulletin
The Eastfield monitoring station has operated since 1987 and is run with the University of
Eastfield. Counts are updated every weekday at 10:00.

Allergy helpline: 0300 123 4567 (Mon-Fri)""",
        (
            expect("2024-03-11", "alder"),
            expect("2024-03-16", "hazel", planned=True),
            expect("2024-03-25~", "birch", planned=True),
            expect("2023-04-09", "peak"),
            expect("1987/..", "station"),
        ),
    ),
    Text(
        "ropewalk-circus-school",
        "circus school's history",
        None,
        """The Ropewalk Circus School: our story

The school grew out of a summer workshop that the acrobat Mira Kowalczyk ran in a disused tram
depot in Gdynia in 1978. It became a full-time school in 1984, and received state accreditation
as a vocational college the following year.

From 1991 to 1996 the school's student company toured the Baltic ports with a tented show,
"Salt and Sawdust". Each graduating class still performs the "Salt 1991" routine created for
that tour.

The school moved to the converted gasworks on Portowa Street in about 2003, gaining a
twelve-metre flying space. It has offered a three-year degree course in circus arts since 2012,
jointly with the Academy of Music.

A new flying-trapeze hall will open in 2026, paid for by the city and by former students.

Auditions for the degree course take place every January. Our graduates have joined more than
forty companies worldwide.

Ropewalk Circus School - ul. Portowa 7 - 81-350 Gdynia""",
        (
            expect("1978", "workshop"),
            expect("1984", "school"),
            expect("1985", "accredit"),
            expect("1991/1996", "tour"),
            expect("2003~", "gasworks"),
            expect("2012/..", "degree"),
            expect("2026", "trapeze", planned=True),
        ),
    ),
    Text(
        "equality-tribunal-decision",
        "equality tribunal's decision",
        None,
        """EQUALITY TRIBUNAL

DECISION NO: DEC-E2024-117
PARTIES: A Warehouse Supervisor (Complainant) v A Logistics Company (Respondent)
FILE REFERENCE: et-20231-0455
DATE OF ISSUE: 25 September 2024

1. DISPUTE
1.1 The complaint concerns alleged discriminatory dismissal on the ground of gender, contrary to
the Employment Equality Acts 1998 to 2015.

2. BACKGROUND
2.1 The complainant commenced employment with the respondent as a warehouse supervisor on
4 April 2019. She informed her manager of her pregnancy on or about 12 January 2023.
2.2 She was dismissed on 28 February 2023, the respondent citing redundancy.
2.3 The complaint was referred to the Tribunal on 15 May 2023. A hearing was held on 2 and 3
July 2024.

3. FINDINGS
3.1 The respondent hired two supervisors within weeks of the dismissal. I find that the
redundancy was not genuine and that the complainant was dismissed because of her pregnancy.

4. DECISION
4.1 I order the respondent to pay the complainant EUR 18,000 in compensation no later than
6 November 2024.

Equality Officer
25 September 2024""",
        (
            expect("2019-04-04", "employ"),
            expect("2023-01-12~", "pregnan"),
            expect("2023-02-28", "dismiss"),
            expect("2023-05-15", "complaint"),
            expect("2024-07-02", "hearing"),
            expect("2024-07-03", "hearing"),
            expect("../2024-11-06", "pay", planned=True),
        ),
    ),
    Text(
        "skerrow-point-log",
        "lighthouse keeper's weather log",
        None,
        """SKERROW POINT LIGHT
Principal Keeper's Journal of Weather and Occurrences
January 1911

Mon 9th. Wind S.W. force 7 rising to whole gale by night. Barometer 29.11 falling. Sea very
high. Lantern glass cracked by flying shingle about 3 a.m.; temporary shutter fitted.

Wed 11th. Wind W. force 6. Relief boat attempted to land stores but failed on account of the
swell. Fog signal sounded every 90 seconds from 4 p.m. to 9 p.m.

Sat 14th. Wind N.W. force 5, clear. Steamer seen aground on the Carrick reef at first light;
crew taken off by the Ardmore lifeboat.

Glass replaced two days later by the artificer from the district store.

Fri 20th. Wind N. force 3. Snow since the 18th, still lying two feet deep in the yard. Coldest
night since 1895; thermometer 19 degrees.

Tue 24th. Wind N.E. force 2. Received word that the Superintendent will inspect the station on
the 25th.

Lamp lit at sunset and extinguished at sunrise daily.

J. McAuley, Principal Keeper""",
        (
            expect("1911-01-09", "lantern"),
            expect("1911-01-11", "relief boat"),
            expect("1911-01-14", "steamer"),
            expect("1911-01-16", "glass"),
            expect("1911-01-18/..", "snow"),
            expect("1911-01-25", "inspect", planned=True),
        ),
    ),
    Text(
        "millbrook-farmers-market",
        "farmers' market page in HTML",
        None,
        """<html>
<head><title>Millbrook Farmers' Market - News</title></head>
<body>
<header>
  <h1>Millbrook Farmers' Market</h1>
  <p class="tagline">Every Saturday, 8am - 1pm, Church Street car park</p>
</header>
<article>
  <h2>We're moving indoors!</h2>
  <p class="meta">Posted on 10 March 2025 by the market team</p>
  <p>At our general meeting on Saturday, stallholders voted to take up the lease of the Old Wool
  Hall. The market will move indoors to the hall on Saturday 5 April.</p>
  <p>The market began in around 2008 as six stalls on the village green and has been run by the
  Millbrook Growers' Co-operative since 2014.</p>
  <h3>Dates for your diary</h3>
  <ul>
    <li>The Spring Plant Fair is on Sunday 27 April, 10am - 3pm.</li>
    <li>Pitch applications for the new hall must reach us by 31 March.</li>
  </ul>
  <p>Stall fee: &pound;25 per Saturday. Our best-selling stall last year sold 2,025 jars of
  honey!</p>
</article>
<footer>
  <p>Contact: Jo Bramley, 01632 960 201 &middot; &copy; 2025 Millbrook Growers' Co-operative</p>
</footer>
</body>
</html>""",
        (
            expect("2025-03-08", "vote"),
            expect("2025-04-05", "move", planned=True),
            expect("2008~", "began"),
            expect("2014/..", "co-operative"),
            expect("2025-04-27", "plant fair", planned=True),
            expect("../2025-03-31", "application", planned=True),
        ),
    ),
    Text(
        "veltrix-cork-expansion",
        "pharmaceutical plant expansion release",
        None,
        """NEWS RELEASE

Veltrix breaks ground on EUR 320 million biologics expansion in Cork

Cork, Ireland - 22 April 2025 - Veltrix Pharma (NYSE: VLTX) today broke ground on a EUR 320
million expansion of its Ringaskiddy plant that will add a biologics manufacturing line and
250 jobs.

The plant, which opened in 1996, was acquired by Veltrix in 2011 and today makes tablets for
more than 60 markets. Its new biologics line will produce monoclonal antibodies for the
company's arthritis medicine Ostrava, which received EU approval in March 2024.

Cork County Council granted planning permission for the project on 14 February. Construction
is expected to be complete by 2027, and commercial production on the new line is scheduled to
begin in 2028.

The project supports the Veltrix 2030 sustainability strategy: the new building will run on
100 per cent renewable electricity.

Forward-looking statements
This release contains forward-looking statements that involve risks and uncertainties. Actual
results may differ materially.

Media contact: Orla Byrne, +353 21 555 0199, media@veltrix.example""",
        (
            expect("2025-04-22", "ground"),
            expect("1996", "open"),
            expect("2011", "acquir"),
            expect("2024-03", "approval"),
            expect("2025-02-14", "permission"),
            expect("../2027", "construction", planned=True),
            expect("2028", "production", planned=True),
        ),
    ),
    Text(
        "darts-league-report",
        "darts league report",
        date(2023, 11, 6),
        """TAMESIDE & DISTRICT DARTS LEAGUE - Division One round-up

The Crown & Anchor A beat the Railway Tavern 7-5 on Thursday in the match of the week. Tom
Pell hit two 180s and a 170 checkout, and his match average of 31.4 was the highest in the
division since 2015.

Pell, who has played in the league since 1994, said: "It was a proper pub match, the board was
red hot."

The Railway Tavern, who last won the title in 2019, drop to third. Fixtures continue every
Thursday at 8.30pm.

CUP NEWS
The league cup quarter-finals will be played on Thursday 16 November at the Legion Club. New
players must register with the secretary no later than 20 November to be eligible for the
second half of the season.

AGM
The league, which was founded in 1968, will hold its annual general meeting on 4 December at
the Crown & Anchor. Nominations for officers to the secretary, Bev Hollis, 07700 900 168.

Results: Crown & Anchor A 7 Railway Tavern 5; Legion B 6 Bull's Head 6; White Hart 8 Star 4.""",
        (
            expect("2023-11-02", "beat"),
            expect("1994/..", "pell"),
            expect("2019", "title"),
            expect("2023-11-16", "quarter-final", planned=True),
            expect("../2023-11-20", "register", planned=True),
            expect("1968", "found"),
            expect("2023-12-04", "meeting", planned=True),
        ),
    ),
    Text(
        "brown-crab-closed-season",
        "fisheries ministry's closed season notice",
        None,
        """MINISTRY OF FISHERIES AND THE MARINE
NOTICE TO FISHERMEN No. 14 of 2025
Ref: FM/CS/2025/07
Date: 8 September 2025

CLOSED SEASON FOR BROWN CRAB (Cancer pagurus) - WESTERN INSHORE ZONE

1. The Minister gives notice that a closed season for brown crab will run from 1 October 2025
to 31 January 2026 in the Western Inshore Zone, under the Fisheries (Shellfish) Regulations
2019.

2. All crab pots must be removed from the water by 30 September.

3. The measure follows the stock assessment published on 12 June 2025, which found landings at
their lowest since 2018. A public consultation ran from 1 to 29 July 2025 and received 212
responses.

4. A closed season for brown crab was first introduced in the zone in 2004. The Minister will
review the measure in 2027 in the light of new survey data.

5. Inspections are carried out every week by fishery officers. Breaches may lead to a fine of
up to 5,000 euro.

Enquiries: Sea Fisheries Protection Office, 091 555 2004""",
        (
            expect("2025-10-01/2026-01-31", "closed season", planned=True),
            expect("../2025-09-30", "pot", planned=True),
            expect("2025-06-12", "assessment"),
            expect("2025-07-01/2025-07-29", "consultation"),
            expect("2004", "introduc"),
            expect("2027", "review", planned=True),
        ),
    ),
    Text(
        "holloway-brickworks",
        "brickworks' history",
        None,
        """Holloway Marsh Brickworks

The first bricks at Holloway Marsh were fired in clamps on the marsh edge circa 1790, from clay
dug by local builders. The brickworks proper was founded by Josiah Crane in 1846, and its
first Hoffmann kiln, with sixteen chambers, was built in 1878.

Between 1885 and 1889 the works supplied some 12,000,000 bricks for the Saltmead viaduct. Its
best-known product, the "Crane 1900" pressed facing brick, was sold across the south of England.

Production stopped in 1941, when the kilns were used to store grain, and resumed in 1946 under
the founder's grandson. The works closed on 30 June 1972 after the clay pit was exhausted.

The tall chimney, a listed structure since 1987, is the last surviving part of the works and
now stands in the Holloway Marsh nature reserve. Bricks stamped CRANE can still be found in
walls all over the parish.

Further reading: Holloway Local History Society, Occasional Paper 14.""",
        (
            expect("1790~", "brick"),
            expect("1846", "found"),
            expect("1878", "kiln"),
            expect("1885/1889", "viaduct"),
            expect("1941", "production"),
            expect("1946", "resum"),
            expect("1972-06-30", "close"),
            expect("1987/..", "chimney"),
        ),
    ),
    Text(
        "aldwick-choral-season",
        "choir's concert season letter",
        None,
        """ALDWICK CHORAL SOCIETY
Registered Charity No. 1021921

12 August 2025

Dear Friends and Members,

Thank you to everyone who sang at the cathedral on Sunday; the Dean wrote to say it was the
finest choral evensong he had heard this summer.

Rehearsals resume on Tuesday 2 September at 7.30pm in the Methodist Hall, and continue every
Tuesday until the spring.

Our season opens on Saturday 11 October with Haydn's Creation at St Mary's. Handel's Messiah
follows on 13 and 14 December, and the season closes with the Brahms Requiem on 28 March 2026.

Our musical director, Ruth Harland, has led the choir since 2011. She joins me in thanking the
members of the 1921 Society, whose gifts keep our ticket prices low. The choir itself was
founded in 1921 by the organist of St Mary's.

Please return your subscription forms by 31 August.

With warm wishes,

Gwen Lacey
Honorary Secretary
Tel. 01243 555 019""",
        (
            expect("2025-08-10", "cathedral"),
            expect("2025-09-02", "rehearsal", planned=True),
            expect("2025-10-11", "creation", planned=True),
            expect("2025-12-13", "messiah", planned=True),
            expect("2025-12-14", "messiah", planned=True),
            expect("2026-03-28", "requiem", planned=True),
            expect("2011/..", "harland"),
            expect("1921", "found"),
            expect("../2025-08-31", "subscription", planned=True),
        ),
    ),
    Text(
        "ollier-lace",
        "lace maker's history",
        None,
        """The Ollier Lace Workshop

Parish records mention lace-making in Saint-Brieux in about 1640, when widows of the parish
were paid to teach the craft to orphan girls.

Marguerite Ollier, a farmer's daughter trained by the nuns of the town, opened her workshop in
the Rue des Tisserands in 1852, employing six women at the pillow. Her bobbin lace won a silver
medal at the Paris Exposition in 1867. The workshop
is said to have supplied the bridal veil for a royal wedding, probably in 1893, though no
invoice survives. By 1900 the workshop employed forty women, and outworkers in three villages.

Machine-made lace and the Factory and Workshop Act 1878 had already squeezed hand workshops, and
the Ollier workshop closed in 1931.

It reopened as a museum workshop on 3 May 1986, in the same rooms, where lace makers demonstrate the
craft on the original pillows. Classes
for beginners are held every Wednesday afternoon, and pattern No. 1852, the "Marguerite" border,
is still sold in the shop.""",
        (
            expect("1640~", "lace"),
            expect("1852", "workshop"),
            expect("1867", "medal"),
            expect("1893?", "veil"),
            expect("../1900", "employ"),
            expect("1931", "close"),
            expect("1986-05-03", "museum"),
        ),
    ),
)
