"""A fifty-eighth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty new styles (a presidential pardon on the wire, a
game studio's release, a recount decision, a silver mine, a motor rally, a department store's
HTML history, a demining survey, a grain export ban, an archaeology student's diary, a
broadcaster's obituary, port authority minutes, a water main notice, a poetry festival, a model
railway newsletter, a street lighting tender, a stadium collapse factbox, a warehouse fire
report, a telescope status page, a retraction, a border village). Facts whose date a reader
could take two ways (a season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("FIFTYEIGHTH_CORPUS",)


FIFTYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "pardon-wire",
        "wire story with a dateline",
        date(2025, 3, 14),
        """VALDORIA CITY, March 14 (Meridian Wire) - President Anselm Kory on Thursday pardoned
former transport minister Tomas Reyvel, who was convicted of bribery on 9 November 2021 over
the award of a ferry contract.

Reyvel, 71, was arrested on or about 2 June 2019 at his country house and has been held in
Corvan prison since January 2022. The Supreme Court upheld his six-year sentence in 2023.

He is expected to be released on Monday, his lawyer, Ines Marrow, told reporters outside the
prison. "He is tired and wants to see his grandchildren," she said.

The pardon is the first granted to a former cabinet member since 2008 and drew sharp
criticism from the opposition Civic Union, which said it would ask parliament to debate
the decision. The presidency said the pardon was granted on health grounds.

(Reporting by Dario Lenz; Editing by Mary Ostby)""",
        (
            expect("2025-03-13", "pardon"),
            expect("2021-11-09", "convict"),
            expect("2019-06-02~", "arrest"),
            expect("2022-01/..", "held"),
            expect("2023", "upheld"),
            expect("2025-03-17", "releas", planned=True),
        ),
    ),
    Text(
        "lantern-tide-release",
        "press release of a video game studio",
        date(2024, 10, 2),
        """FOR IMMEDIATE RELEASE

Brightmoor Games sets launch date for Lantern Tide

OSLO, Norway - 2 October 2024 - Independent studio Brightmoor Games today announced that its
seafaring adventure Lantern Tide will launch on PC and consoles on 18 February 2025.

A closed beta will run from 4 to 11 November 2024 for players who pre-register on the
studio's website. Lantern Tide entered early access on 5 June 2023 and has since received
eleven content updates; the studio ships small patches every Tuesday.

"The community shaped this game," said creative director Sunniva Aas, who founded Brightmoor
in 2016 with two former colleagues. The studio's first game, Tern, came out in 2019 and has
sold some 400,000 copies, its best result since the studio was formed.

About Brightmoor Games
Brightmoor Games is a 38-person studio based in Oslo.

Media contact: press@brightmoor.example | +47 000 00 000""",
        (
            expect("2025-02-18", "launch", planned=True),
            expect("2024-11-04/2024-11-11", "beta", planned=True),
            expect("2023-06-05", "early", "access"),
            expect("2016", "found"),
            expect("2019", "tern"),
        ),
    ),
    Text(
        "recount-decision",
        "decision of an electoral commission on a recount",
        None,
        """REGIONAL ELECTORAL COMMISSION - NORTHERN DISTRICT
Decision No. 47/2024

Subject: complaint of candidate Petra Voynova concerning constituency 12

1. At the municipal election held on 9 June 2024, candidate Lazar Dimov obtained 4,112 votes
and candidate Petra Voynova 4,097 votes, the narrowest margin in the district since the 2011
elections.

2. On 12 June 2024 Ms Voynova lodged a complaint alleging that ballots from two polling
stations had been counted twice.

3. By its order of 14 June the Commission directed a full recount, which was carried out
from 19 to 21 June in the presence of observers from both candidates.

4. The recount gave Mr Dimov 4,106 votes and Ms Voynova 4,101 votes.

ON THESE GROUNDS the Commission, at its session of 28 June 2024, confirms the election of
Lazar Dimov. The corrected results shall be published no later than 5 July 2024. This
decision may be appealed to the Administrative Court within seven days.""",
        (
            expect("2024-06-09", "election"),
            expect("2024-06-12", "complaint"),
            expect("2024-06-14", "recount"),
            expect("2024-06-19/2024-06-21", "recount"),
            expect("2024-06-28", "confirm"),
            expect("../2024-07-05", "publish", planned=True),
        ),
    ),
    Text(
        "hornvald-silver-mine",
        "encyclopedia history of a silver mine",
        None,
        """Hornvald silver mine

The Hornvald silver mine is a former silver mine in the county of Telemark, Norway.

History
Silver ore was discovered on the slopes of Hornvald hill c. 1540 by a farmer cutting
timber. Organised mining probably began in 1562, when German miners were brought in under a
royal licence. The lower galleries flooded in 1687 and were abandoned for a generation.

The crown acquired the mine in 1721 and installed a water wheel to drain the shafts.
Production peaked in the 1760s; the 1850 mining census counted 214 workers. Falling silver
prices led to the closure of the mine in 1898.

The surface buildings have housed a mining museum since 1974, and a section of the upper
gallery is open to visitors.

See also
- Mining in Norway
- List of silver mines""",
        (
            expect("1540~", "discover"),
            expect("1562?", "mining"),
            expect("1687", "flood"),
            expect("1721", "crown"),
            expect("1898", "clos"),
            expect("1974/..", "museum"),
        ),
    ),
    Text(
        "baltic-rally-report",
        "sports report on a motor rally",
        date(2024, 9, 16),
        """MOTORSPORT

Kallio takes third Lakeland Rally crown

By Erik Saar

Finland's Joonas Kallio won the Lakeland Rally yesterday, beating Estonian Mart Pihl by
14.2 seconds after four days of racing on gravel roads around Tartu.

Kallio, who also won the rally in 2019 and 2021, set the fastest time on the final power
stage, the quickest run through the Elva forest since 2016.

Pihl had led after Thursday's shakedown, but a puncture on the opening loop cost him nearly
half a minute. Local favourite Rasmus Tamm retired on Saturday after hitting a tree stump.

"The car was perfect all weekend," Kallio said at the finish ramp.

The championship continues with the Vidzeme round, which is scheduled to start on
10 October. Kallio leads the standings by 21 points.

RESULTS: 1. Kallio (FIN) 2:41:07.3; 2. Pihl (EST) +14.2; 3. Ozols (LAT) +48.9""",
        (
            expect("2024-09-15", "won"),
            expect("2019", "won"),
            expect("2021", "won"),
            expect("2024-09-12", "shakedown"),
            expect("2024-09-14", "retir"),
            expect("2024-10-10", "vidzeme", planned=True),
        ),
    ),
    Text(
        "lindqvist-store-history",
        "company history of a department store (HTML list)",
        None,
        """<section class="history">
<h2>Our story</h2>
<p>From a draper's counter to Norway's best-loved department store.</p>
<ul>
  <li><strong>1887</strong> &ndash;
    Hilda Lindqvist opens a draper's shop on Strandgaten, Bergen.</li>
  <li><strong>c. 1925</strong> &ndash;
    The first escalators in western Norway are installed in the new Torget building.</li>
  <li><strong>1944</strong> &ndash; The Torget building is destroyed by fire.</li>
  <li><strong>1949</strong> &ndash; Lindqvist reopens in a new functionalist building.</li>
  <li><strong>1962</strong> &ndash;
    A second store opens in Stavanger, and a third in Trondheim the following year.</li>
  <li><strong>1988</strong> &ndash; From 1988 onwards Lindqvist is part of the Nordvik Group.</li>
  <li><strong>Today</strong> &ndash;
    A renovation of the Torget flagship is scheduled to be completed by December 2027.</li>
</ul>
<p class="note">Open every day from 10 to 20.</p>
</section>""",
        (
            expect("1887", "draper"),
            expect("1925~", "escalator"),
            expect("1944", "fire"),
            expect("1949", "reopen"),
            expect("1962", "stavanger"),
            expect("1963", "trondheim"),
            expect("1988/..", "nordvik"),
            expect("../2027-12", "renovation", planned=True),
        ),
    ),
    Text(
        "kharvel-survey-summary",
        "mission summary of a demining survey",
        None,
        """MISSION SUMMARY
Non-Technical Survey - Kharvel Valley, Khatlon Region, Tajikistan
Implementing partner: Field Clearance Trust (FCT)

Background
Anti-personnel mines were laid along the valley road around 1993, during fighting between
local militias. The most recent recorded accident occurred on 14 February 2021, when a
shepherd was injured near the village of Sayod.

Activities
- Survey team 2 deployed to Kharvel on 3 April 2023.
- Interviews held with 46 residents; villagers walk the herding paths every morning and
  pointed out three suspected areas.
- Field work ended on 28 April after 19 working days.
- The survey report was handed over to the national mine action centre on 9 May.

Findings
Three suspected hazardous areas (SHA) totalling 61,400 m2 were recorded.

Next steps
Technical survey and clearance are scheduled to begin in September 2023, subject to funding.""",
        (
            expect("1993~", "laid"),
            expect("2021-02-14", "accident"),
            expect("2023-04-03", "deploy"),
            expect("2023-04-28", "field"),
            expect("2023-05-09", "report"),
            expect("2023-09", "clearance", planned=True),
        ),
    ),
    Text(
        "grain-export-ban",
        "government statement on a grain export ban",
        date(2023, 8, 2),
        """MINISTRY OF AGRICULTURE AND FOOD
Press office

Statement on temporary restrictions on the export of wheat

The Cabinet of Ministers yesterday approved a temporary ban on the export of wheat and
meslin. The ban will take effect on 15 August 2023 and is to expire on 31 March 2024 unless
the Cabinet decides otherwise.

The measure responds to the drought that has affected the southern and eastern regions since
June. The Ministry expects this year's wheat harvest to fall by about 30 per cent, to the
lowest level since 2007.

Similar restrictions were applied in 2010 and 2012 and were lifted once domestic stocks had
recovered. Export licences already issued remain valid until their stated expiry date.

The Ministry meets grain traders every Thursday and will publish stock figures monthly.

Minister Oksana Bilyk said: "Our first duty is to keep bread affordable at home." """,
        (
            expect("2023-08-01", "ban"),
            expect("2023-08-15", "effect", planned=True),
            expect("2024-03-31", "expir", planned=True),
            expect("2023-06/..", "drought"),
            expect("2010", "restrict"),
            expect("2012", "restrict"),
        ),
    ),
    Text(
        "dig-diary",
        "HTML diary of an archaeology student",
        None,
        """<article class="diary">
<h1>Field notes: Tarvastu hillfort, season one</h1>

<h2>Monday 8 July 2024</h2>
<p>Arrived at the site after a six-hour bus ride. Tents up by dark, mosquitoes everywhere.</p>

<h2>Wednesday 10 July 2024</h2>
<p>Found a small silver coin in trench 2 this afternoon! Dr Ilves thinks the stone wall next
to it possibly dates from 1210, but she wants charcoal samples first. We will open trench 3
on Friday.</p>

<h2>Sunday 14 July 2024</h2>
<p>Open day for the villagers: about 80 people came up the hill. An old man told us his
grandfather dug here in 1938 looking for treasure.</p>

<h2>Thursday 18 July 2024</h2>
<p>Rained all morning, so we washed finds in the barn as we do every rainy day. The season is
scheduled to end on 26 July.</p>
</article>""",
        (
            expect("2024-07-08", "arriv"),
            expect("2024-07-10", "coin"),
            expect("1210?", "wall"),
            expect("2024-07-12", "trench", planned=True),
            expect("2024-07-14", "open day"),
            expect("1938", "dug"),
            expect("2024-07-26", "season", planned=True),
        ),
    ),
    Text(
        "broadcaster-obituary",
        "obituary of a broadcaster",
        date(2022, 11, 21),
        """OBITUARIES

Harald Brenne, the voice of the morning

Harald Brenne, who woke a nation for a quarter of a century, died on Saturday at his home
in Tromsø. He was 84.

Born on 3 March 1938 in a fishing village on Senja, Brenne joined the state broadcaster as a
trainee announcer in 1961. He presented the breakfast programme Morning Line from 1970 to 1994,
a run no other presenter has matched, and won the 1985 Broadcaster of the Year award.

Listeners remember his habit of reading the shipping forecast himself every Friday. After
leaving Morning Line he hosted a Sunday music show until he retired in 1998.

He is survived by his wife, Liv, and two daughters. The funeral will be held at Tromsø
Cathedral on 29 November.""",
        (
            expect("2022-11-19", "die"),
            expect("1938-03-03", "born"),
            expect("1961", "join"),
            expect("1970/1994", "morning line"),
            expect("1998", "retir"),
            expect("2022-11-29", "funeral", planned=True),
        ),
    ),
    Text(
        "port-board-minutes",
        "minutes of a port authority board",
        None,
        """PORT OF KESSELHAVN AUTHORITY
Minutes of the 212th meeting of the Board, held on 17 April 2025 at the Harbour Office

Present: J. Holm (Chair), A. Rask, M. Friis, S. Lund. Secretary: P. Dahl.

Item 1 - Operations report
The Harbour Master reported that maintenance dredging of Berth 4 was completed on 2 April.
Cargo throughput in the first quarter was the highest since 2015.

Item 2 - Equipment
The new ship-to-shore crane is expected to arrive on or about 15 June 2025. The Board noted
that the existing crane had been in service since 1984.

Item 3 - Finance
The revised tariffs took effect on 1 January 2025. The annual audit must be submitted
to the Ministry no later than 30 May 2025.

Item 4 - Any other business
None.

The next meeting will be held on 22 May 2025. The Chair closed the meeting at 16:40.""",
        (
            expect("2025-04-02", "dredg"),
            expect("2025-06-15~", "crane", planned=True),
            expect("1984/..", "crane"),
            expect("2025-01-01", "tariff"),
            expect("../2025-05-30", "audit", planned=True),
            expect("2025-05-22", "meeting", planned=True),
        ),
    ),
    Text(
        "water-main-notice",
        "water main repair notice",
        date(2024, 5, 6),
        """ALDERCROFT WATER
Customer notice - Elm Road and surrounding streets

Water main repair

A section of the 300 mm water main under Elm Road burst on Saturday, causing low pressure in
about 600 homes. The main was laid around 1958 and is due for replacement;
the last major repair on this section was carried out in March 2016.

Elm Road has been closed to traffic between Mill Lane and the railway bridge since yesterday.

What happens next
- Repairs will take place from 8 to 10 May. Supply may be interrupted between 09:00 and
  16:00 on those days.
- A boil water advisory is in place. It will be lifted by 13 May at the latest, once test
  results are clear.
- Bottled water is available at the Elm Road community hall.

Hydrant flushing continues as usual on the first Monday of each month.

Questions? Call 0800 000 000 (24 hours) or visit aldercroftwater.example/outages""",
        (
            expect("2024-05-04", "burst"),
            expect("1958~", "laid"),
            expect("2016-03", "repair"),
            expect("2024-05-05/..", "clos"),
            expect("2024-05-08/2024-05-10", "repair", planned=True),
            expect("../2024-05-13", "advisory", planned=True),
        ),
    ),
    Text(
        "saltmarsh-poetry-programme",
        "poetry festival programme",
        None,
        """SALTMARSH POETRY FESTIVAL
21st edition - Programme

Thursday 12 June 2025
19:30  Opening reading: Mira Solberg, whose debut collection appeared in 1999, reads
       from her new book. Old Granary.

Friday 13 June
10:00  Workshop: "Writing the tide line" with Jonas Kvale (max. 15 places). Library.
20:00  Translation evening: poems from the Faroe Islands. Old Granary.

Saturday 14 June
21:00  Slam final, hosted by Ada Nilsen. The Anchor.

The festival was founded in 2004 by a group of teachers and has been held every June since.

Tickets have been on sale since 3 March at the tourist office and online.
Festival pass NOK 450 / single events NOK 120.""",
        (
            expect("2025-06-12", "opening", planned=True),
            expect("1999", "debut"),
            expect("2025-06-13", "workshop", planned=True),
            expect("2025-06-14", "slam", planned=True),
            expect("2004", "found"),
            expect("2025-03-03/..", "ticket"),
        ),
    ),
    Text(
        "railway-club-newsletter",
        "model railway club newsletter",
        date(2024, 10, 4),
        """THE SIGNAL BOX
Newsletter of the Ashdown Model Railway Club - Issue 118 - 4 October 2024

From the chair
What a weekend! Our two-day exhibition on 21-22 September drew over 1,100 visitors, and the
bring-and-buy stall raised £640 for club funds. Sadly, founder member Ron Pike passed
away on 12 September, aged 91; he built the first club layout.

Brackley Junction update
Work on our club layout began around 2009, and the station throat is finally wired. Thanks to
Derek and the Wednesday crew, who meet every Wednesday evening without fail.

Clubroom news
The landlord has given notice: we must vacate the clubroom by 31 March 2025. The committee is
viewing two possible halls this month.

AGM
The AGM will be held on 14 November at 19:30. Nominations to the secretary, please.

Did you know? The club was founded in 1967 by six railwaymen, and our O gauge team still
keeps the 1998 Gauge O trophy in the cabinet.""",
        (
            expect("2024-09-21/2024-09-22", "exhibition"),
            expect("2024-09-12", "pike"),
            expect("2009~", "layout"),
            expect("../2025-03-31", "vacate", planned=True),
            expect("2024-11-14", "agm", planned=True),
            expect("1967", "found"),
        ),
    ),
    Text(
        "street-lighting-tender",
        "tender notice for street lighting",
        None,
        """CONTRACT NOTICE - WORKS
Contracting authority: Municipality of Rendal, Technical Department
Reference: RL-2025/031    Date of dispatch of this notice: 3 February 2025

Section II: Object
II.1 Title: Replacement of street lighting with LED luminaires, Rendal town centre.
II.2 Description: Removal of 1,240 sodium lamps installed in 1979 and supply and
installation of LED luminaires with remote dimming.
II.3 Duration: Works are expected to start around May 2025 and must be completed by
30 November 2025.

Section IV: Procedure
IV.1 Type of procedure: open.
IV.2 Site visit: a site visit for tenderers will take place on 20 February 2025 at 10:00.
IV.3 Time limit for receipt of tenders: no later than 14 March 2025, 12:00 local time.
IV.4 Opening of tenders: 17 March 2025, 13:00, Town Hall, room 2.

Section VI: Complementary information
Documents are available free of charge at rendal.example/tenders.""",
        (
            expect("1979", "install"),
            expect("2025-05~", "works", planned=True),
            expect("../2025-11-30", "complet", planned=True),
            expect("2025-02-20", "visit", planned=True),
            expect("../2025-03-14", "tender", planned=True),
            expect("2025-03-17", "opening", planned=True),
        ),
    ),
    Text(
        "stadium-collapse-factbox",
        "factbox timeline of a stadium collapse",
        date(2024, 4, 2),
        """FACTBOX-Key dates in the Orla Park stand collapse

April 2 (Meridian Wire) - Three spectators were killed when part of the east stand at Orla
Park collapsed during a league match. Here are key dates:

* 1931 - Orla Park opens as the home of FC Orla, with a wooden main stand.

* 1978 - The concrete east stand is built, raising capacity to 18,000.

* March 2019 - An engineers' report commissioned by the club warns of cracks in the
  east stand's supporting beams.

* March 28, 2024 - A section of the east stand collapses in the 62nd minute of the match
  against Dynamo Kessel.

* March 30 - Club chairman Viktor Hallan resigns.

* April 1 - Police arrest the club's former safety officer.

* The government inquiry is due to report no later than September 30.

(Compiled by the Meridian Wire newsroom)""",
        (
            expect("1931", "open"),
            expect("1978", "built"),
            expect("2019-03", "report"),
            expect("2024-03-28", "collaps"),
            expect("2024-03-30", "resign"),
            expect("2024-04-01", "arrest"),
            expect("../2024-09-30", "inquiry", planned=True),
        ),
    ),
    Text(
        "warehouse-fire-report",
        "fire investigation report on a warehouse",
        None,
        """NORTHERN FIRE AND RESCUE SERVICE
Fire Investigation Report FI-24-007
Premises: Unit 9, Harbourside Logistics Park (storage and distribution warehouse)
Report date: 28 February 2024

1. Summary of incident
A fire was reported to the control room at 02:14 on 6 January 2024. Eleven appliances
attended. The fire was declared extinguished on 7 January at 18:30.

2. Building
The warehouse was built in 1989 as a single-storey steel-framed structure with a sprinkler
system covering the whole floor area. The present operator took over the lease in March
2018.

3. Findings
3.1 The sprinkler system was found isolated at the main valve. Staff statements indicate it
was probably disconnected in November 2023 during roof repairs and never restored.
3.2 The last recorded fire safety inspection took place on or about 12 September 2022.
3.3 The most likely cause is an electrical fault in a battery charging area.

4. Conclusion
The absence of sprinkler protection allowed the fire to spread through the roof void.""",
        (
            expect("2024-01-06", "fire"),
            expect("2024-01-07", "extinguish"),
            expect("1989", "built"),
            expect("2018-03", "lease"),
            expect("2023-11?", "sprinkler"),
            expect("2022-09-12~", "inspection"),
        ),
    ),
    Text(
        "telescope-status-page",
        "telescope maintenance status page",
        date(2025, 8, 20),
        """<div class="status-page">
<h1>Kvasir 2.4 m Telescope - Operations status</h1>
<p class="updated">Last updated: 20 August 2025, 09:00 UTC</p>

<h2>Current status: <span class="red">CLOSED FOR MAINTENANCE</span></h2>
<ul>
  <li><b>Primary mirror:</b> aluminium recoating in progress since 11 August. The mirror was
  last recoated in 2017.</li>
  <li><b>Dome:</b> the shutter drive motor failed on Monday; a spare has been ordered.</li>
  <li><b>Spectrograph:</b> away for detector upgrade; it is to be returned by 15 September
  at the latest.</li>
</ul>

<h2>Schedule</h2>
<p>Science observing is expected to resume on 1 September. Engineering night is every
Tuesday. Telescope availability in the first half of 2025 was the highest since 2019.</p>
<p><a href="/contact">Contact the duty engineer</a></p>
</div>""",
        (
            expect("2025-08-11/..", "recoat"),
            expect("2017", "recoat"),
            expect("2025-08-18", "shutter"),
            expect("../2025-09-15", "spectrograph", planned=True),
            expect("2025-09-01", "resum", planned=True),
        ),
    ),
    Text(
        "press-release-retraction",
        "retraction of a press release",
        date(2023, 5, 11),
        """HELVEX PHARMA AG
Retraction notice

BASEL, 11 May 2023 - Helvex Pharma AG today withdraws its press release of Tuesday,
9 May 2023, headed "Helvex receives approval for Corvalin in adult patients".

The press release stated in error that the European Medicines Agency had approved Corvalin.
No approval has been granted. The Agency notified Helvex of the error on 10 May.
Helvex submitted its marketing authorisation application on 14 December 2022, and the
assessment is ongoing. A decision is expected no later than
30 September 2023.

The pivotal phase III trial, which was completed around June 2022, remains the basis of the
application.

Helvex regrets the error and any confusion it may have caused to patients, investors and
healthcare professionals.

Contact: Investor Relations, ir@helvex.example

Forward-looking statements: this notice contains statements about future events that are
subject to risks and uncertainties.""",
        (
            expect("2023-05-11", "withdraw"),
            expect("2023-05-09", "press"),
            expect("2023-05-10", "notif"),
            expect("2022-12-14", "application"),
            expect("../2023-09-30", "decision", planned=True),
            expect("2022-06~", "trial"),
        ),
    ),
    Text(
        "border-village-history",
        "local history of a border village",
        None,
        """Grenzbach: a village on the line

Grenzbach lies on a bend of the river where the old road from Passau crosses into Bohemia.
The village is first mentioned in a charter of 1312 as a toll station of the abbey.

Its church of St Nicholas was built c. 1480, and its tower still carries the mason's marks
of that time. The 1900 census recorded 412 inhabitants, most of them weavers.

When the new frontier was drawn in 1920, Grenzbach found itself on the border. A customs
post operated at the bridge from 1921 to 1995. The railway halt was probably closed in 1967,
though no timetable of that year survives.

The wooden bridge, barred for decades, reopened to pedestrians in 1997. Grenzbach has been
twinned with its neighbour across the river since 2004, and the two villages hold a joint
market every second Saturday.""",
        (
            expect("1312", "mention"),
            expect("1480~", "church"),
            expect("1920", "frontier"),
            expect("1921/1995", "customs"),
            expect("1967?", "halt"),
            expect("1997", "bridge"),
            expect("2004/..", "twin"),
        ),
    ),
)
