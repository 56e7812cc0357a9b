"""A sixty-third batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty new documents in twenty styles (an election
wire story, a ski resort's press release, a land court judgment on a grazing right, the
encyclopedia history of a textile town, a rugby test report, a match factory's HTML
history, a net distribution mission summary, a road toll statement, a wild swimmer's HTML
blog, a photographer's obituary, museum trustees' minutes, a snow closure notice, a baroque
festival programme, a sea scouts newsletter, a bus shelter tender, a data breach factbox,
a ferry fire inquiry, an earthquake status page, a sports correction and the local history
of a harbour town), the organisations, people and facts invented. Comparisons, habits,
dates in names and page furniture are left in the texts and out of the expected events.
Facts whose date a reader could take two ways (a season, "late 1970s", "next week") are
left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("SIXTYTHIRD_CORPUS",)


SIXTYTHIRD_CORPUS: tuple[Text, ...] = (
    Text(
        "election_wire_tallinn",
        "wire story with a dateline",
        date(2025, 3, 10),
        """TALLINN, March 10 (Baltpress) - Estonia's centre-right Civic Union won Sunday's
general election with 31.4 percent of the vote, its best result since 2011, according to
preliminary figures from the national electoral commission.

The governing Social Alliance fell to 18.9 percent and third place. Turnout was about 63
percent, the lowest since 1999.

Civic Union leader Kadri Vaher, who has led the party since June 2019, told supporters in
the capital that coalition talks would probably begin on Wednesday. "Voters asked for a
government that lasts," she said.

Civic Union last governed from 2011 to 2015. The outgoing coalition collapsed in November
2024 after a dispute over the budget, forcing the early vote.

The commission is to publish the final results on March 14, and the new parliament will
convene on March 27 to elect its speaker.

(Reporting by Mart Kuusk; Editing by Liis Arro)""",
        (
            expect("2025-03-09", "election"),
            expect("2019-06/..", "vaher", "lead"),
            expect("2025-03-12?", "coalition", "talks", planned=True),
            expect("2011/2015", "govern"),
            expect("2024-11", "coalition", "collaps"),
            expect("2025-03-14", "final", "result", planned=True),
            expect("2025-03-27", "parliament", "convene", planned=True),
        ),
    ),
    Text(
        "ski_resort_release",
        "press release of a ski resort",
        None,
        """PRESS RELEASE

Valbrenta, 14 October 2025

VALBRENTA SKI AREA ANNOUNCES OPENING DATE AND NEW CRESTA CHAIRLIFT

Valbrenta Ski Area will open for the 2025/26 winter on Saturday 29 November 2025, weather
permitting. Snowmaking on the lower slopes is to begin by 10 November 2025 at the latest.

The new eight-seat Cresta chairlift was built from 12 May to 26 September 2025 and carries
3,200 skiers an hour. It passed its safety inspection on 8 October 2025 and replaces a
double chair installed in 1978.

"Last winter we recorded some 412,000 skier days, the most since 2008," said managing
director Paolo Zanin. "The Cresta lift cuts the queue at the valley station in half."

The resort, founded around 1962 by a cooperative of farmers from the valley, offers night
skiing every Friday on the Bosco run.

The resort hosted its first Freeride Open from 6 to 8 March 2025.

About Valbrenta Ski Area: 68 km of slopes, 14 lifts, 1,250-2,480 m.
Media contact: press@valbrenta.example""",
        (
            expect("2025-11-29", "open", planned=True),
            expect("../2025-11-10", "snowmaking", planned=True),
            expect("2025-05-12/2025-09-26", "chairlift"),
            expect("2025-10-08", "inspection"),
            expect("1978", "install"),
            expect("1962~", "found"),
            expect("2025-03-06/2025-03-08", "freeride"),
        ),
    ),
    Text(
        "land_court_grazing",
        "judgment of a land court on a grazing right",
        None,
        """IN THE LAND CLAIMS COURT OF THE EASTERN DIVISION
Case No. LCC 114/2023
In the matter between: SIPHO MADIBA (Appellant) and the KERERU COMMONAGE TRUST (Respondent)
JUDGMENT delivered 18 April 2024

[1] The appellant claims a right to graze cattle on the Kereru commonage. His grandfather
first grazed cattle there on or about 1 May 1931, under an arrangement with the then owner.

[2] The respondent trust acquired title to the land on 14 February 1987. The appellant has
paid an annual grazing fee to the trust since 1994, and the trust accepted it each year.

[3] On 3 March 2022 the trust gave notice terminating the arrangement. The appellant removed
his herd before 30 June 2022, under protest, and sued. The magistrate dismissed the claim on
9 November, holding that the 1913 Commonage Act did not apply.

[4] We disagree. Payment and acceptance over almost thirty years created a servitude.

[5] The appeal is upheld. The trust is to restore the appellant's access to the commonage
by 1 June 2024.

MOLEFE J (NKOSI AJ concurring)""",
        (
            expect("1931-05-01~", "graz"),
            expect("1987-02-14", "acquir"),
            expect("1994/..", "fee"),
            expect("2022-03-03", "notice"),
            expect("../2022-06-30", "herd"),
            expect("2022-11-09", "dismiss"),
            expect("../2024-06-01", "access", planned=True),
        ),
    ),
    Text(
        "encyclopedia_textile_town",
        "encyclopedia history of a textile town",
        None,
        """Marrowby

Marrowby is a market town in the West Riding, on the River Lume.

History

A fulling mill is recorded at Marrowby c. 1290, and cloth was the town's trade for the
next seven centuries. The first steam-powered mill, Low Beck Mill, opened in 1802, and a
second, on the Kirk Lane site, opened the following year. The railway had reached the
town by 1848, linking it to the Leeds wool market.

Wages fell sharply as foreign competition grew. Weavers struck in 1875 and 1881; the
second strike lasted eleven weeks. Later the worsted trade dominated, and the town's
population grew to the largest since records began.

The last mill, Holme Spinning, closed in 1983. Since 1996 the former Low Beck Mill has
housed the Marrowby Textile Museum, and a Wool Week is held every September.

See also: Lume Valley Railway; 1881 Weavers' Strike.""",
        (
            expect("1290~", "mill"),
            expect("1802", "low beck"),
            expect("1803", "second"),
            expect("../1848", "railway"),
            expect("1875", "strike"),
            expect("1881", "strike"),
            expect("1983", "clos"),
            expect("1996/..", "museum"),
        ),
    ),
    Text(
        "rugby_test_report",
        "sports report on a rugby test match",
        date(2025, 7, 13),
        """Rugby union | First test

Portugal edge Georgia in Tbilisi thriller

By Nuno Teixeira

Portugal beat Georgia 24-21 in Tbilisi on Saturday, their first win in the Georgian capital
since 2004, after fly-half Tomás Vidal kicked a penalty with two minutes left.

Vidal, who has captained the side since March 2023, scored 14 points. "We defended for our
lives," he said.

Georgia had won the previous four meetings, most recently 34-10 in February 2024, and led
21-17 at half-time in front of 26,000, the biggest crowd for a test in the city since 2015.

Portugal were without lock Rui Almeida, injured in the win over Romania on 5 July. He is
expected to return for the second test in Lisbon on 19 July. The third test is scheduled for
26 July in Porto.""",
        (
            expect("2025-07-12", "georgia"),
            expect("2023-03/..", "vidal", "captain"),
            expect("2024-02", "georgia"),
            expect("2025-07-05", "romania"),
            expect("2025-07-19", "second", "test", planned=True),
            expect("2025-07-26", "third", "test", planned=True),
        ),
    ),
    Text(
        "match_factory_history",
        "company history of a match factory (HTML list)",
        None,
        """<div class="history">
<h2>Our history</h2>
<p>Every box of Kral matches is still dipped to our 1884 recipe.</p>
<ul>
<li><b>1884</b> &ndash; Brothers Anton and Josef Kral open a match workshop in Olomouc.</li>
<li><b>1897</b> &ndash; The company moves to a new factory on the Morava, with about 300
workers.</li>
<li><b>c. 1910</b> &ndash; First safety matches made in the Morava factory.</li>
<li><b>1921&ndash;1925</b> &ndash; Exports to Poland, Hungary and Romania.</li>
<li><b>1948</b> &ndash; The factory is nationalised.</li>
<li><b>1992</b> &ndash; Privatisation; the Kral name returns.</li>
<li><b>Since 2004</b> &ndash; Part of the Nordflame group.</li>
<li><b>2026</b> &ndash; A new packaging line is planned to start production in March
2026.</li>
</ul>
<p><a href="/contact">Contact us</a> | <a href="/shop">Shop</a></p>
</div>""",
        (
            expect("1884", "workshop"),
            expect("1897", "factory"),
            expect("1910~", "safety"),
            expect("1921/1925", "export"),
            expect("1948", "nationalis"),
            expect("1992", "privatis"),
            expect("2004/..", "nordflame"),
            expect("2026-03", "packaging", planned=True),
        ),
    ),
    Text(
        "malaria_net_mission",
        "mission summary of a malaria net distribution",
        None,
        """MISSION SUMMARY
Long-lasting insecticidal net distribution, Kasese District, Uganda
Prepared by: Field Coordination Unit, Lakeside Health Partners

1. Background. The district's first mass net campaign took place in 2013, and the previous
one in 2022. Nets are replaced every three years; malaria incidence last year was the
lowest since 2016.

2. Logistics. All 214,000 nets had been delivered to the district store by 31 January 2025.
The mission team arrived in Kampala on 4 February 2025.

3. Household registration ran from 6 to 12 February in 31 parishes, with 412 volunteers.

4. Distribution was completed on or about 20 February; coverage reached 96 percent of
registered households.

5. Next steps. A post-distribution survey will take place in August 2025. Final report to
the Ministry of Health within 60 days of the survey.""",
        (
            expect("2013", "first"),
            expect("2022", "campaign"),
            expect("../2025-01-31", "deliver"),
            expect("2025-02-04", "arriv"),
            expect("2025-02-06/2025-02-12", "registration"),
            expect("2025-02-20~", "distribution"),
            expect("2025-08", "survey", planned=True),
        ),
    ),
    Text(
        "road_toll_statement",
        "government statement on a road toll",
        None,
        """MINISTRY OF TRANSPORT AND INFRASTRUCTURE
Statement on the Kvarner Bypass toll
2 September 2025

The Kvarner Bypass opened to traffic on 30 June 2008, and its toll was introduced in April
2009 under the 2008 Roads Financing Act. The tariff for cars has stayed at 3.20 euros since
2014, while maintenance costs have risen to their highest level since 2019.

A public consultation on a new tariff ran from 2 to 30 June 2025 and drew 4,318 responses.

Having considered them, the Government has sent Parliament an enabling bill, and Parliament
will probably vote on it on 18 September. If it passes, the new tariff of 3.90 euros will
take effect on 1 January 2026. Residents of the island municipalities will keep their
discount.

Electronic tolling is expected to replace the toll booths by the end of 2027.

Trucks will continue to pay by axle, and the bypass will remain free every night from
midnight to 5 a.m.

Press Office, Ministry of Transport and Infrastructure""",
        (
            expect("2008-06-30", "open"),
            expect("2009-04", "introduc"),
            expect("2014/..", "tariff"),
            expect("2025-06-02/2025-06-30", "consultation"),
            expect("2026-01-01", "tariff", planned=True),
            expect("2025-09-18?", "vote", planned=True),
            expect("../2027", "electronic", planned=True),
        ),
    ),
    Text(
        "wild_swimmer_blog",
        "HTML blog of a wild swimmer with dated entries",
        None,
        """<header><h1>Cold Water Notes</h1><nav>Home | About | Kit</nav></header>
<article>
<h2>Sunday 12 January 2025</h2>
<p>First dip of the year at Loch Ard: water 5&deg;C, air colder. I've been swimming here
year-round since 2019, and I still gasp every time. My first ever open-water swim was
around 2016, in a wetsuit, which I now find hard to believe.</p>
</article>
<article>
<h2>Saturday 8 February 2025</h2>
<p>Swam the 1 km across to the island and back with Morag. The coldest water since 2018,
so we kept it short. We meet every Saturday at eight if anyone wants to join. Morag's
first swim with me was on 19 January.</p>
</article>
<article>
<h2>Sunday 2 March 2025</h2>
<p>The Ice Mile gala yesterday: 24 swimmers, no casualties, a lot of cake. The next one will
be on 14 December.</p>
</article>
<footer>&copy; Cold Water Notes. Comments closed.</footer>""",
        (
            expect("2025-01-12", "dip"),
            expect("2019/..", "swim"),
            expect("2016~", "first"),
            expect("2025-01-19", "morag"),
            expect("2025-02-08", "island"),
            expect("2025-03-01", "gala"),
            expect("2025-12-14", "gala", planned=True),
        ),
    ),
    Text(
        "photographer_obituary",
        "obituary of a photographer",
        date(2025, 10, 28),
        """Obituaries

Helga Marsh: photographer who caught the salt roads of the north

Helga Marsh, who died on 21 October aged 87, spent half a century photographing the people
who worked the coasts and salt marshes of northern Germany and Denmark.

She took her first photograph around 1950 with a borrowed Rolleicord. She joined the picture
desk of the Hamburg weekly Tagesblick in 1961, and left it the following year to work
freelance, saying she could not bear to be told what to look at.

Her long series on the salt workers of Læsø was shown at the Kunsthalle Kiel in 1979 and
again in 2003, each time with new prints. Younger photographers admired her patience: she
would return to the same harbour every autumn for a decade.

A retrospective is planned for 2027 at the Altona Museum.

She is survived by her daughter, Ilse.

Photograph: Helga Marsh in her studio, 1988.""",
        (
            expect("2025-10-21", "died"),
            expect("1950~", "photograph"),
            expect("1961", "join"),
            expect("1962", "freelance"),
            expect("1979", "kunsthalle"),
            expect("2003", "kunsthalle"),
            expect("2027", "retrospective", planned=True),
        ),
    ),
    Text(
        "museum_trustees_minutes",
        "minutes of a museum trustees meeting",
        None,
        """CARROW MUSEUM AND ART GALLERY
Minutes of the meeting of the Board of Trustees held on 11 March 2025

Present: J. Pell (Chair), R. Ahmed, S. Lind, T. Cole. Apologies: M. Harte.

1. The minutes of the previous meeting were approved.

2. Building. The Director reported that the roof repairs, begun in November 2024, are to be
completed by 30 April 2025. The new education room opened on 3 February 2025. Visitor
numbers for the past year were the highest since 2012.

3. Loans. The Harrow Hoard, on loan to the Ashmere Gallery since September 2023, will return
to Carrow on 2 June 2025 and go on display in the Long Gallery.

4. Board. Dr P. Okafor resigned as a trustee with effect from 28 February 2025. The Chair
thanked her for eleven years of service.

5. Any other business. The cafe will open every Sunday from 10 a.m.

6. Date of next meeting: Tuesday 10 June 2025.

Signed ........................ Chair""",
        (
            expect("2024-11", "roof"),
            expect("../2025-04-30", "roof", planned=True),
            expect("2025-02-03", "education"),
            expect("2023-09/..", "loan"),
            expect("2025-06-02", "return", planned=True),
            expect("2025-02-28", "okafor", "resign"),
            expect("2025-06-10", "meeting", planned=True),
        ),
    ),
    Text(
        "school_snow_closure",
        "school closure notice for snow",
        date(2026, 1, 20),
        """HILLCREST PRIMARY SCHOOL
Notice to parents and carers - Tuesday 20 January 2026

SCHOOL CLOSED TOMORROW

Snow began falling on Sunday evening. Because of the heavy snow and the forecast for
tonight, the school will be closed tomorrow, Wednesday 21 January. We expect to reopen on
Thursday, and will confirm by text message before 7 a.m.

The heating boiler, which failed on Monday, has now been repaired, so the building will be
warm when pupils return.

Year 6 mock exams, due to start tomorrow, will now take place from 26 to 28 January.

The school was last closed for snow in February 2018. This is the heaviest snowfall in the
village since 2010.

Breakfast club runs every weekday from 7.45 a.m. and will restart when we reopen.

Thank you for your understanding.
Mrs A. Fairley, Headteacher""",
        (
            expect("2026-01-21", "closed", planned=True),
            expect("2026-01-22", "reopen", planned=True),
            expect("2026-01-18", "snow"),
            expect("2026-01-19", "boiler"),
            expect("2026-01-26/2026-01-28", "exam", planned=True),
            expect("2018-02", "closed"),
        ),
    ),
    Text(
        "baroque_festival_programme",
        "baroque music festival programme",
        None,
        """ORANGERIE BAROQUE FESTIVAL - 2026 PROGRAMME

About the festival
The festival was founded in 2003 by the harpsichordist Lena Morck. Since 2015 it has been
held in the restored Orangerie of Schloss Weilach, with church concerts in St Anne's, whose
organ was built in 1725.

Concerts
Saturday 4 July 2026, 19:30, Orangerie - Opening concert: Handel, Dixit Dominus, with the
Weilach Consort under Lena Morck.
Tuesday 7 July 2026, 20:00, St Anne's - Vivaldi, The Four Seasons, on period instruments.
Saturday 11 July 2026, 19:00, St Anne's - Bach, Mass in B minor, closing concert.

Free pre-concert talks take place every Thursday at 18:00 in the Garden Room.

Tickets
Booking opened on 2 February 2026 at the festival office and online. Prices from 18 euros.

www.orangerie-baroque.example | Box office +49 000 000 000""",
        (
            expect("2003", "found"),
            expect("2015/..", "orangerie"),
            expect("1725", "organ"),
            expect("2026-07-04", "opening", planned=True),
            expect("2026-07-07", "vivaldi", planned=True),
            expect("2026-07-11", "mass", planned=True),
            expect("2026-02-02", "booking"),
        ),
    ),
    Text(
        "sea_scouts_newsletter",
        "sea scouts newsletter",
        date(2025, 4, 14),
        """1st PORTMELLON SEA SCOUTS - NEWSLETTER
Spring issue

Ahoy everyone!

Last Saturday twelve scouts passed their Paddle Start awards on the harbour, in spite of a
stiff easterly. Well done all. Thanks too to the parents who walked the Ridgeway hike with
us on 5 April.

Our new whaler, Kittiwake, was launched on 22 March after two winters of fundraising. The
group, founded in 1957, has never had a better fleet, and the boathouse on Quay Street has
been ours since 1972.

Dates for your diary
- The district regatta will possibly take place on 7 June; details to follow.
- Summer camp will run from 26 July to 2 August at Carrick Roads.

Reminder: meetings are every Friday, 7-9 p.m. Please bring a packed snack. It was the
wettest March since 2013, so do bring spare clothes too!

Skipper Dawn Pascoe""",
        (
            expect("2025-04-12", "award"),
            expect("2025-04-05", "hike"),
            expect("2025-03-22", "kittiwake"),
            expect("1957", "found"),
            expect("1972/..", "boathouse"),
            expect("2025-06-07?", "regatta", planned=True),
            expect("2025-07-26/2025-08-02", "camp", planned=True),
        ),
    ),
    Text(
        "bus_shelter_tender",
        "tender notice for bus shelters",
        None,
        """CONTRACT NOTICE - SUPPLIES AND WORKS
Reference: TN-2025/0412          Published: 3 November 2025

Contracting authority: Westvale Regional Transport Authority, Mill Road, Westvale.

Subject: Supply and installation of 140 accessible bus shelters on the regional network,
meeting the 2019 Accessibility Standard.

Background: A prior information notice for this contract was published on 14 July 2025.
The Authority's board approved the procurement on 22 September 2025.

Duration of the contract: from 1 March 2026 to 28 February 2029.

Installation of the first 40 shelters is to be completed by 30 June 2026.

Time limit for receipt of tenders: tenders must be received no later than 8 December 2025,
12:00 local time.

Opening of tenders: 9 December 2025, 10:00, in public session at the Authority's offices.

Award criteria: price 40%, quality 40%, delivery 20%.

Further information: procurement@westvale-transport.example""",
        (
            expect("2025-07-14", "prior"),
            expect("2025-09-22", "approv"),
            expect("2026-03-01/2029-02-28", "contract", planned=True),
            expect("../2026-06-30", "installation", planned=True),
            expect("../2025-12-08", "tenders", planned=True),
            expect("2025-12-09", "opening", planned=True),
        ),
    ),
    Text(
        "data_breach_factbox",
        "factbox timeline of a data breach",
        date(2025, 6, 5),
        """FACTBOX-Timeline of the Medivault patient data breach

June 5 (Nordwire) - Medivault, the Danish medical billing firm, says it is still
counting the patients affected by a breach that is already the largest of health data
in the country since 2015. Here is a timeline of events:

* Around March 3, 2025 - Attackers first gain access to Medivault's billing servers,
according to the company's own account.

* April 17 - Staff notice unusual outbound traffic from a backup server.

* April 22-25 - Billing systems taken offline; hospitals revert to paper invoices.

* May 9 - Medivault discloses the breach, saying data of possibly 1.2 million patients was
copied.

* May 30 - Data protection regulator opens a formal inquiry.

* Tuesday - Chief executive Lars Holm resigns.

* June 20 - Medivault is scheduled to testify before parliament's health committee.

(Compiled by Nordwire Copenhagen newsroom)""",
        (
            expect("2025-03-03~", "access"),
            expect("2025-04-17", "traffic"),
            expect("2025-04-22/2025-04-25", "offline"),
            expect("2025-05-09", "disclos"),
            expect("2025-05-30", "inquiry"),
            expect("2025-06-03", "resign"),
            expect("2025-06-20", "testify", planned=True),
        ),
    ),
    Text(
        "ferry_fire_inquiry",
        "inquiry report on a ferry fire",
        None,
        """MARINE ACCIDENT INVESTIGATION BOARD
Report 7/2025 - Fire on board the ro-ro passenger ferry MV Skarvoy

Summary

MV Skarvoy, a ro-ro passenger ferry built in 1998, operates between Stavanger and
Tau. Fire broke out in her engine room at about 02:40 on 14 August 2024, when a fuel pipe
fitting failed. All 186 passengers and 14 crew were evacuated without injury. It was the
most serious ferry fire in Norwegian waters since 1990.

The fixed CO2 system discharged as designed, but its cylinders had last been serviced
probably in January 2023; records could not be found. The vessel was towed to Bergen,
arriving on 16 August. Board inspectors went on board there on 17 August. She returned to
service on or about 2 December after repairs.

Actions taken

The operator has required two-person engine-room watches at night since 1 March 2025.

Recommendations

The Board recommends that the Directorate extend the 2010 fire safety code to fuel pipe
fittings. A new national standard is expected to enter into force in 2026.""",
        (
            expect("1998", "built"),
            expect("2024-08-14", "fire"),
            expect("2023-01?", "servic"),
            expect("2024-08-16", "bergen"),
            expect("2024-08-17", "inspector"),
            expect("2024-12-02~", "return"),
            expect("2025-03-01/..", "watch"),
            expect("2026", "standard", planned=True),
        ),
    ),
    Text(
        "earthquake_status_page",
        "earthquake monitoring status page",
        None,
        """Tarvaldo Volcano Observatory - Current status
Last updated: 24 September 2025 08:10 UTC | Refresh every 5 minutes

ALERT LEVEL: YELLOW

Latest event: a magnitude 4.6 earthquake occurred at 03:12 UTC on 24 September 2025, 8 km
north-east of the summit at 6 km depth. It was the strongest felt in the area since 2011.
No damage has been reported.

Background: Seismicity beneath Tarvaldo has been elevated since 11 September. The alert
level was raised to Yellow on 15 September. A swarm of some 300 small events was recorded
from 18 to 20 September. The last eruption of Tarvaldo was c. 1888.

Monitoring: the seismometer network was installed in 2009. Gas and deformation data are
reviewed daily. The next scheduled overflight is on 26 September.

Station map | Data downloads | Contact the duty scientist""",
        (
            expect("2025-09-24", "earthquake"),
            expect("2025-09-11/..", "seismicity"),
            expect("2025-09-15", "yellow"),
            expect("2025-09-18/2025-09-20", "swarm"),
            expect("1888~", "erupt"),
            expect("2009", "network"),
            expect("2025-09-26", "overflight", planned=True),
        ),
    ),
    Text(
        "sports_result_correction",
        "correction of a sports result",
        date(2025, 10, 15),
        """Corrections and clarifications

Kestrel Cup final

In a report about the Kestrel Cup final we said that Dunmore Athletic beat Ravensholm 2-1 on
Saturday 11 October. In fact the match ended 2-2 and Ravensholm won the final 4-3 on
penalties. We also said that Dunmore last won the cup in 1994; their most recent win was in
1989.

Ravensholm, who had not reached a final since 2008, are captained by Joe Barr, who has led
the club since 2021. The trophy will be presented at the league dinner on 24 October.

We are grateful to the readers who pointed out the errors on Tuesday, and we apologise.

Corrections can be sent to the readers' editor.""",
        (
            expect("2025-10-11", "final"),
            expect("1989", "dunmore"),
            expect("2021/..", "barr"),
            expect("2025-10-24", "trophy", planned=True),
            expect("2025-10-14", "error"),
        ),
    ),
    Text(
        "harbour_town_history",
        "local history of a harbour town",
        None,
        """PENHALLOW: A SHORT HISTORY OF THE HARBOUR
Penhallow Old Cornwall Society

Fishermen were landing pilchards on the beach at Penhallow by 1540, when a church survey
notes a tithe on fish. The stone pier that shelters the harbour today was built between 1791
and 1796 at the cost of the Trelawne estate.

A great storm on 7 January 1839 wrecked more than half the fleet in a single night. The 1881
census lists 212 fishermen in the parish, the most in any year since the survey began.

The lifeboat station opened in 1866 and was rebuilt in 1903 and 1938, each time for a larger
boat. Crews still launch every Sunday morning for exercise.

Since 1999 the harbour has been run by a community trust, which bought it from the estate.

Published with the support of the Penhallow Harbour Trust.""",
        (
            expect("../1540", "pilchard"),
            expect("1791/1796", "pier"),
            expect("1839-01-07", "storm"),
            expect("1866", "lifeboat"),
            expect("1903", "rebuilt"),
            expect("1938", "rebuilt"),
            expect("1999/..", "trust"),
        ),
    ),
)
