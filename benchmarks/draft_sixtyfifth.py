"""A sixty-fifth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty new texts in twenty styles (a wire story on a
museum theft, a cable car operator's press release, a children's ombudsman's decision, an
encyclopedia history of a dockyard, a darts final report, a soap maker's history as an HTML
list, a border monitoring patrol's summary, a wildfire ban statement, a canal boat blog, a
lighthouse engineer's biography, a fishermen's cooperative's minutes, a ferry timetable notice,
a guitar festival programme, a retired teachers' newsletter, a tender for winter gritting, a dam
breach factbox, a hospital fire inquiry report, an avalanche warning page, a book review's
correction and a mining village's local history). The organisations, people and facts are
invented. Comparisons, habits, dates in names, publication lines and page furniture are not
expected. Facts whose date a reader could take two ways (a season, "late 1970s", "next week")
are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("SIXTYFIFTH_CORPUS",)


SIXTYFIFTH_CORPUS: tuple[Text, ...] = (
    Text(
        "museum_theft_wire",
        "wire story with a dateline",
        date(2025, 3, 14),
        """GHENT, Belgium, March 14 (Northline Wire) - Thieves broke into the Van Roeselare
Museum of Applied Arts on Wednesday and took six silver reliquaries from a locked display
case on the first floor, city police said.

The reliquaries were made around 1480 in a Bruges workshop and were bequeathed to the museum
by the Descamps family in 1926. They had been shown in the museum's "Gold of Flanders 1500"
exhibition and are insured for about 4 million euros.

The museum replaced its alarm system in 2019. Director Hilde Maes said the thieves cut a
power line to the building shortly after 2 a.m. It was the most serious theft from a Belgian
museum since 2008, according to the federal art crime unit.

Investigators are examining a break-in at a church treasury in Lier, possibly on 2 February,
in which a similar cutting tool was used.

The museum will reopen to visitors on Tuesday, with the first floor closed.

(Reporting by Pieter Claes; Editing by Anne Loret)""",
        (
            expect("2025-03-12", "broke"),
            expect("1480~", "made"),
            expect("1926", "bequeath"),
            expect("2019", "alarm"),
            expect("2025-02-02?", "lier"),
            expect("2025-03-18", "reopen", planned=True),
        ),
    ),
    Text(
        "cable_car_press_release",
        "press release of a cable car operator",
        date(2024, 6, 3),
        """PRESS RELEASE

Hochgrat Seilbahnen AG opens its new ten-seat gondola

Bludenz, 3 June 2024 - The new ten-seat gondola lift from Brand to the Hochgrat ridge will
open to the public on 29 June. It replaces the double chairlift built in 1968, which carried
its last passengers on 15 October 2023.

Construction of the lift began in April 2022 and cost 31 million euros. Test runs with the
safety authority are scheduled from 10 to 14 June. Since 1 May, summer season tickets can be
bought online at a discount of ten per cent.

"Last winter we had more guests than in any season since 2015," said managing director
Katrin Wohlgenannt. The gondola runs every fifteen minutes in summer.

Press contact: Martin Fritsch, +43 5552 0000 | Page 1 of 1""",
        (
            expect("2024-06-29", "open", planned=True),
            expect("1968", "chairlift"),
            expect("2023-10-15", "last", "passeng"),
            expect("2022-04", "construction"),
            expect("2024-06-10/2024-06-14", "test", planned=True),
            expect("2024-05-01/..", "ticket"),
        ),
    ),
    Text(
        "children_ombudsman_decision",
        "decision of an ombudsman for children",
        None,
        """THE OMBUDSMAN FOR CHILDREN
Case 2023/117 - Complaint against the Municipality of Lindvik

1. Facts
1.1 The complaint was received on 9 January 2023 from the guardian of a boy born in 2011.
1.2 The boy has lived with a foster family in Lindvik since March 2020.
1.3 An application for a school place was filed on or about 1 February 2022. The
municipality assigned a place at Nordre School on 4 September 2022.

2. Assessment
2.1 Under section 14 of the Children Act 1981 the municipality must decide on a school place
within one month. The delay of some seven months was a breach of that duty.

3. Decision
3.1 The municipality must submit a plan for placing children in foster care by 31 May 2023
at the latest.
3.2 The Ombudsman issued this decision on 14 March 2023.

Signed: Ingrid Aasen, Ombudsman""",
        (
            expect("2023-01-09", "complaint"),
            expect("2011", "born"),
            expect("2020-03/..", "foster"),
            expect("2022-02-01~", "application"),
            expect("2022-09-04", "school"),
            expect("../2023-05-31", "plan"),
            expect("2023-03-14", "decision"),
        ),
    ),
    Text(
        "dockyard_encyclopedia",
        "encyclopedia history of a dockyard",
        None,
        """Peltz Dockyard

The Peltz Dockyard (German: Peltzwerft) is a former shipyard on the Warnow in Rostock,
Germany.

History
The yard was founded c. 1780 by the merchant Johann Peltz as a repair slip for Baltic
traders. After the Second World War the yard was
nationalised in 1946 and renamed the following year as the Warnow Works. Factory trawlers
for the Soviet fishing fleet were delivered in 1958, 1961 and 1964. Until the reunification
the yard employed more workers than any other on the coast.

Shipbuilding at the site ended in 1996. Since 2004 the former hull shop has housed the
Rostock Maritime Museum.

See also
* List of shipyards in Germany""",
        (
            expect("1780~", "found"),
            expect("1946", "nationalis"),
            expect("1947", "renam"),
            expect("1958", "trawler"),
            expect("1961", "trawler"),
            expect("1964", "trawler"),
            expect("1996", "shipbuilding"),
            expect("2004/..", "museum"),
        ),
    ),
    Text(
        "darts_final_report",
        "sports report on a darts final",
        date(2025, 1, 6),
        """DARTS

Kowalczyk ends the wait with Grand Masters crown

By Gareth Lowe

Tomasz Kowalczyk won the Grand Masters final in Blackpool yesterday, beating Dean Ashworth
7-4 in sets with an average of 101.3, the highest in the final since 2017.

Ashworth had knocked out the defending champion in the semi-finals on Friday.

The Polish left-hander turned professional in 2014 and first reached a major final around
2016. He had not won a televised title since the 2019 Players Open.

"I practise every Tuesday with my brother, and that paid off," Kowalczyk said.

He will defend the title at the European Open in Rotterdam from 14 to 16 February.

Results: Final - Kowalczyk 7 Ashworth 4.""",
        (
            expect("2025-01-05", "won"),
            expect("2025-01-03", "semi"),
            expect("2014", "professional"),
            expect("2016~", "final"),
            expect("2025-02-14/2025-02-16", "defend", planned=True),
        ),
    ),
    Text(
        "soap_maker_history_html",
        "company history of a soap maker (HTML list)",
        None,
        """<div class="history">
<h1>Our story</h1>
<ul>
  <li><strong>1872</strong> &ndash; Savonnerie Aurel is founded by Honor&eacute; Aurel in a
  cellar near the Old Port of Marseille.</li>
  <li><strong>c. 1905</strong> &ndash; A second factory is opened in Lyon.</li>
  <li><strong>1931</strong> &ndash; The lavender bar is launched; it has been exported to
  Britain from 1934 onwards.</li>
  <li><strong>1968</strong> &ndash; Merger with the Savonnerie du Midi.</li>
  <li><strong>2012</strong> &ndash; Production moves to Salon-de-Provence.</li>
  <li><strong>2026</strong> &ndash; A new olive-oil plant is scheduled to open in September
  2026.</li>
</ul>
<p>We still cut every bar by hand, as we have done since our first day.</p>
</div>
<footer>&copy; 2025 Savonnerie Aurel &middot; Legal notice &middot; Cookies</footer>""",
        (
            expect("1872", "found"),
            expect("1905~", "lyon"),
            expect("1931", "lavender"),
            expect("1934/..", "export"),
            expect("1968", "merge"),
            expect("2012", "salon"),
            expect("2026-09", "plant", planned=True),
        ),
    ),
    Text(
        "border_patrol_summary",
        "mission summary of a border monitoring patrol",
        date(2024, 4, 12),
        """JOINT BORDER OBSERVATION MISSION
Daily Summary No. 87/2024 - issued 12 April 2024

Summary
- Yesterday, a patrol from Field Office North observed two military trucks moving east on
  the road near Karmir village.
- The patrol could not reach the Karmir crossing point because of a concrete roadblock, which
  has been in place since 2 April.
- Residents told the patrol that shelling had probably occurred on 9 April; the patrol saw
  a fresh crater some 300 m from the school.
- The mission will resume patrols to the crossing point on Monday.

Background
The mission has monitored the line of contact since March 2021. Its mandate is set out in
the 2023 council decision. Patrols leave the base every morning at 07:00.""",
        (
            expect("2024-04-11", "observ"),
            expect("2024-04-02/..", "roadblock"),
            expect("2024-04-09?", "shell"),
            expect("2024-04-15", "resume", planned=True),
            expect("2021-03/..", "monitor"),
        ),
    ),
    Text(
        "wildfire_ban_statement",
        "government statement on a wildfire ban",
        date(2025, 7, 18),
        """MINISTRY OF FORESTS AND RURAL AFFAIRS
Statement - 18 July 2025

Total fire ban across the southern districts

A total fire ban will take effect at 00:01 on Saturday 19 July in the districts of Arvel,
Marn and Sollan. Open fires in state forests have been prohibited since 1 June.

The Kessel Ridge fire, which started on Monday, has burned roughly 3,200 hectares. Rainfall
in June was the lowest since 1976.

Barbecues on private land are also covered by the ban. Fines for breaches were raised in
2021 and now reach 5,000 euros.

The Minister will review the ban by 1 August.

Media enquiries: press office, weekdays 9:00-17:00.""",
        (
            expect("2025-07-19", "ban", planned=True),
            expect("2025-06-01/..", "fire"),
            expect("2025-07-14", "kessel"),
            expect("2021", "fine"),
            expect("../2025-08-01", "review", planned=True),
        ),
    ),
    Text(
        "canal_boat_blog_html",
        "HTML blog of a canal boat couple with dated entries",
        None,
        """<article>
<h2>Tuesday 6 May 2025</h2>
<p>We cast off from Stoke Bruerne at nine, after a bacon roll at the Boat Inn. The lock
flight here was built around 1800 and the paddles are still stiff. We have been living
aboard <em>Kingfisher</em> since 2019 and still get it wrong at every lock.</p>
<p class="meta">Posted by Jo at 21:14 | 3 comments</p>
</article>
<article>
<h2>Friday 9 May</h2>
<p>Through Blisworth Tunnel this morning: 2.8 km of dripping dark. The tunnel reopened in
1984 after four years of repairs.</p>
</article>
<article>
<h2>Wednesday 14 May</h2>
<p>Engine trouble near Gayton Junction. The mechanic will come out to us on Friday, so we
are moored up with the ducks.</p>
<p class="meta">Posted by Mike at 18:02 | 1 comment</p>
</article>""",
        (
            expect("2025-05-06", "cast"),
            expect("1800~", "lock"),
            expect("2019/..", "aboard"),
            expect("2025-05-09", "tunnel"),
            expect("1984", "reopen"),
            expect("2025-05-14", "engine"),
            expect("2025-05-16", "mechanic", planned=True),
        ),
    ),
    Text(
        "lighthouse_engineer_biography",
        "biography of a lighthouse engineer",
        None,
        """Robert Haldane Crear (1821-1889)

Robert Haldane Crear was born on 3 March 1821 in Leith, the son of a ship's chandler. He was
apprenticed to the harbour engineer James Dow in 1836. Under the Harbours Act 1847 he
became assistant to the Northern Lights board.

His best-known work is the tower at Skerry Vane, built from 1849 to 1852 on a rock that is
awash at high tide. The light was first lit on or about 1 November 1852. Crear married Ann
Macrae in 1855. He probably visited the lighthouses of Brittany in 1860, and his later
towers use French lenses.

He died on 17 January 1889 in Edinburgh.""",
        (
            expect("1821-03-03", "born"),
            expect("1836", "apprentic"),
            expect("1849/1852", "skerry"),
            expect("1852-11-01~", "lit"),
            expect("1855", "married"),
            expect("1860?", "brittany"),
            expect("1889-01-17", "died"),
        ),
    ),
    Text(
        "fishermen_cooperative_minutes",
        "minutes of a fishermen's cooperative",
        date(2024, 2, 22),
        """HVIDE SANDE FISHERMEN'S COOPERATIVE
Minutes of the general meeting
Harbour Hall, Thursday 22 February 2024, 19:00
Present: 41 members. Chair: Lars Vestergaard. Minutes: Mette Holm.

1. The minutes of the meeting of 16 November 2023 were approved without changes.
2. Ice plant: the new ice plant is expected to be delivered no later than 30 April.
3. Quotas: the cod quota for 2024 is 12% lower than last year's.
4. Finances: the treasurer reported that the cooperative has held its account at Vestbank
   since 1987.
5. Safety: the boat Havørn was lost on 3 January; all three crew were rescued. The meeting
   thanked the rescue service.
6. The next general meeting will be held on 23 May.
7. Members are reminded that the board meets every first Monday at the harbour office.

The chair closed the meeting at 21:10.""",
        (
            expect("2023-11-16", "meeting"),
            expect("../2024-04-30", "ice", planned=True),
            expect("1987/..", "account"),
            expect("2024-01-03", "lost"),
            expect("2024-05-23", "meeting", planned=True),
        ),
    ),
    Text(
        "ferry_timetable_notice",
        "ferry timetable change notice",
        date(2025, 9, 1),
        """FJORDLINK FERRIES - Notice to passengers No. 2025/14
Route 17: Hella - Dragsvik

The revised winter timetable will come into effect on Monday 6 October 2025. The first
sailing from Hella will depart at 06:55 instead of 07:10. Tickets bought before 6 October
remain valid.

The MV Solund, which has served the route since 2009, will be out of service for
dry-docking from 13 to 24 October; a replacement vessel will run at reduced capacity.
Repair works on the Dragsvik pier began in August. All sailings on Saturday 1 November will
be cancelled while the new ramp is fitted.

Departures every hour from 07:00 to 22:00 are not affected.

Published 1 September 2025 | Fjordlink customer service""",
        (
            expect("2025-10-06", "timetable", planned=True),
            expect("2009/..", "solund"),
            expect("2025-10-13/2025-10-24", "dock", planned=True),
            expect("2025-08", "works"),
            expect("2025-11-01", "cancel", planned=True),
        ),
    ),
    Text(
        "guitar_festival_programme",
        "guitar festival programme",
        None,
        """LINDAU GUITAR DAYS - Programme 2026

The festival, founded in 1998 by the luthier Anton Reiss, returns to the island this June.
Tickets will go on sale on 2 March 2026.

Friday 12 June 2026, 19:30 - Opening concert. Elena Varga, winner of the Almeria Guitar
Prize in 2011, will play Sor, Tarrega and new works. Her instrument was made c. 1890 by a
Madrid workshop.

Saturday 13 June, 10:00 - Masterclass with Elena Varga (places limited; the masterclass is
to be filmed for radio).

Sunday 14 June, 18:00 - The closing gala will bring together the festival's young artists.

Box office: Theater Lindau, daily 10:00-13:00. Programme subject to change.""",
        (
            expect("1998", "found"),
            expect("2026-03-02", "ticket", planned=True),
            expect("2026-06-12", "opening", planned=True),
            expect("2011", "prize"),
            expect("1890~", "made"),
            expect("2026-06-13", "masterclass", planned=True),
            expect("2026-06-14", "gala", planned=True),
        ),
    ),
    Text(
        "retired_teachers_newsletter",
        "retired teachers' newsletter",
        date(2025, 11, 20),
        """WESTBROOK RETIRED TEACHERS' ASSOCIATION
Newsletter No. 112

Dear members,

On Tuesday, eighteen of us visited the Hanse Museum in Lubeck and enjoyed a long lunch by
the river. Our thanks to Peter for organising the coach.

It is with sadness that we report that Margaret Olsen died on 2 November. Margaret taught
French at Westbrook School from 1968 to 1999 and was our secretary for many years.

The association was founded in 1977, and our membership is now the highest since 2010.
Photos from the 2024 reunion are on the website.

The Christmas lunch is to be held on 11 December at the Crown Hotel. Subscriptions for the
new year must be paid by 31 January 2026.

Coffee mornings continue every second Wednesday in the library.""",
        (
            expect("2025-11-18", "museum"),
            expect("2025-11-02", "died"),
            expect("1968/1999", "taught"),
            expect("1977", "found"),
            expect("2025-12-11", "lunch", planned=True),
            expect("../2026-01-31", "subscription"),
        ),
    ),
    Text(
        "winter_gritting_tender",
        "tender notice for winter gritting",
        None,
        """CONTRACT NOTICE - SERVICES
Date of dispatch of this notice: 8 August 2025

Contracting authority: Upper Dale District Council, Highways Department
Title: Winter gritting and snow clearance of district roads, Lots 1-3

Description: gritting of 412 km of district roads on the routes defined in the 2023 winter
service plan. The service has been contracted out since 2016.

Time limits
- Tenders must be received no later than 15 September 2025, 12:00.
- Tenders will be opened on 16 September 2025 in the presence of the auditor.
- Award of the contract is expected on or about 10 October 2025.
- The contract is to run from 1 November 2025 to 31 March 2028.

Gritting runs are required whenever road temperatures are forecast below 1 C.""",
        (
            expect("2016/..", "contract"),
            expect("../2025-09-15", "tender"),
            expect("2025-09-16", "open", planned=True),
            expect("2025-10-10~", "award", planned=True),
            expect("2025-11-01/2028-03-31", "contract", planned=True),
        ),
    ),
    Text(
        "dam_breach_factbox",
        "factbox timeline of a dam breach",
        date(2024, 10, 3),
        """FACTBOX-How the Sarzedas dam failed

Oct 3 (Northline Wire) - Here is a timeline of the Sarzedas dam in central Portugal, which
burst on Monday.

* c. 1958 - Construction of the earth dam begins.
* 1962 - The dam is completed, with a reservoir of 48 million cubic metres.
* 2021 and 2023 - Engineers recommend lowering the reservoir level.

2024
* Sept. 28 - Heavy rain begins over the Beira region.
* Sept. 30 - The dam breaches before dawn, flooding three villages.
* Oct. 1 - The government declares a state of emergency.
* The national inquiry is expected to report by March 2025.

(Compiled by Rui Matos)""",
        (
            expect("1958~", "construction"),
            expect("1962", "complet"),
            expect("2021", "lower"),
            expect("2023", "lower"),
            expect("2024-09-28", "rain"),
            expect("2024-09-30", "breach"),
            expect("2024-10-01", "emergency"),
            expect("../2025-03", "inquiry", planned=True),
        ),
    ),
    Text(
        "hospital_fire_inquiry",
        "inquiry report on a hospital fire",
        None,
        """INDEPENDENT INQUIRY INTO THE FIRE AT ST CUTHBERT'S HOSPITAL
Report to the Secretary of State

Chapter 2: What happened

2.1 The fire broke out at 02:15 on 7 December 2022 in a store room on Ward 4B.
2.2 The building opened in 1974. It was never fitted with sprinklers, as the Fire Safety
Order 2005 did not require them for existing wards.
2.3 The fire alarm panel had last been serviced on or about 14 June 2022.
2.4 The trust's fire safety policy was probably last revised in 2019; no later version
could be found.
2.5 The inquiry was opened on 20 January 2023 and heard evidence from 6 to 17 March 2023.

Chapter 5: Recommendations

5.1 The trust is to complete the installation of sprinklers by December 2024.""",
        (
            expect("2022-12-07", "fire"),
            expect("1974", "open"),
            expect("2022-06-14~", "servic"),
            expect("2019?", "policy"),
            expect("2023-01-20", "inquiry"),
            expect("2023-03-06/2023-03-17", "evidence"),
            expect("../2024-12", "sprinkler", planned=True),
        ),
    ),
    Text(
        "avalanche_warning_page",
        "avalanche warning status page",
        date(2026, 1, 15),
        """AVALANCHE WARNING SERVICE - WESTERN ALPS
Bulletin | Issued Thursday 15 January 2026, 17:00 | Next update: tomorrow 08:00

Danger level: 4 - HIGH above 2,000 m

The danger level has stood at 4 above 2,000 m since Tuesday. About 80 cm of new snow fell
from 12 to 14 January, driven by strong north-westerly winds.

A large slab avalanche, released probably on Wednesday, buried the pass road below the
Col de Vaire over 200 m. Nobody was hurt. The pass road is expected to reopen on Saturday.

This is the highest danger level in the region since February 1999.

The warning service has operated from the Sion office since 1952.

Legend | Archive | Contact""",
        (
            expect("2026-01-13/..", "danger"),
            expect("2026-01-12/2026-01-14", "snow"),
            expect("2026-01-14?", "avalanche"),
            expect("2026-01-17", "reopen", planned=True),
            expect("1952/..", "service"),
        ),
    ),
    Text(
        "book_review_correction",
        "correction of a book review",
        date(2025, 4, 10),
        """CORRECTIONS AND CLARIFICATIONS

A review published on 3 April of "The Salt Roads" by Ines Cardoso contained several errors.

The book was published in 2024, not 2023. The author's grandfather emigrated to Buenos
Aires in 1923, not in 1932. The salt works at Aveiro described in the book closed around
1960, not after the war. The review also said that the author lives in Porto; she has lived
in Braga since 2003.

The online version of the review was corrected on Monday. We apologise for the errors.

Readers' editor: corrections@dailyrecord.example""",
        (
            expect("2025-04-03", "review"),
            expect("2024", "publish"),
            expect("1923", "emigrat"),
            expect("1960~", "salt"),
            expect("2003/..", "braga"),
            expect("2025-04-07", "correct"),
        ),
    ),
    Text(
        "mining_village_history",
        "local history of a mining village",
        None,
        """Hartley Bank: a pit village

Coal has been dug around Hartley Bank for centuries, but the first deep shaft was sunk in
about 1790 by the Lambton estate. The Hartley pit opened in 1846 and a second shaft followed
in 1851. The Wesleyan chapel on Front Street was built c. 1860 by the miners themselves.

The worst day in the village's history came on 12 May 1887, when an explosion in the Low
Main seam killed 23 men and boys. The 1911 census lists 640 inhabitants, most of them in
colliery houses.

The colliery closed in 1968; the last houses of Pit Row were demolished the following year.
A memorial to the men of 1887 will be unveiled on 12 May 2027, the 140th anniversary of the
explosion.""",
        (
            expect("1790~", "shaft"),
            expect("1846", "open"),
            expect("1851", "second"),
            expect("1860~", "chapel"),
            expect("1887-05-12", "explos"),
            expect("1968", "clos"),
            expect("1969", "demolish"),
            expect("2027-05-12", "memorial", planned=True),
        ),
    ),
)
