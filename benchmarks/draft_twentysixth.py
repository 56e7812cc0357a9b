"""A twenty-sixth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty texts in twenty styles (wire stories with a
dateline, press releases, court opinions and judgment summaries, encyclopedia articles, sports
reports, company histories, mission summaries, government statements, HTML pages, a parish
newsletter and a museum press kit), with British and American date styles, qualifiers,
ranges, lists, dates without a year and dates relative to the publication date. The
organisations, people and facts are invented. Facts whose date a reader could take two ways (a
season, "late 1970s", "next week") are left out of the expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWENTYSIXTH_CORPUS",)

TWENTYSIXTH_CORPUS: tuple[Text, ...] = (
    Text(
        "ferry_grounding_wire",
        "wire story with a dateline on a ferry accident",
        date(2024, 10, 17),
        """PIRAEUS, Greece, Oct 17 (Meridian Wire) - A passenger ferry carrying 212 people ran
aground off the island of Kythnos late on Tuesday, the Hellenic Coast Guard said, in the worst
grounding in the Cyclades since 2016.

The Agia Theodora, operated by Aegean Star Lines, struck a reef about two nautical miles from
the port of Merichas. All passengers had been taken ashore by 2 a.m. on Wednesday, a coast guard
spokeswoman said. Four people were treated for minor injuries.

The vessel, built in Norway in 1998, had passed its most recent safety survey in about June
2023, according to records seen by Meridian Wire.

Aegean Star Lines said an independent inspection of the hull would take place on Monday.
Services between Lavrio and Kythnos are to resume on 25 October with a chartered vessel.

(Reporting by Eleni Vassou; Editing by Mark Dorran)
""",
        (
            expect("2024-10-15", "aground"),
            expect("../2024-10-16", "ashore"),
            expect("1998", "built"),
            expect("2023-06~", "survey"),
            expect("2024-10-21", "inspect", planned=True),
            expect("2024-10-25", "resum", planned=True),
        ),
    ),
    Text(
        "city_council_election_wire",
        "wire story with a dateline on an election result",
        date(2023, 5, 8),
        """TAMPERE, Finland, 8 May (Nordic Press Service) – The Green Harbour list has won
control of the city council, ending twelve years of
rule by the Civic Alliance, officials said.

Voters went to the polls on Saturday. The final tally, announced yesterday evening, gave the
Green Harbour list 23 of 43 seats. Turnout of 58 per cent was the lowest since 1994.

The Civic Alliance first won control of the council in 2011. Its leader, Mikko Saarela,
conceded defeat in a short statement and said he would remain a councillor.

A recount in two wards began on Monday morning after complaints about spoiled ballots. The
new council will be sworn in on 1 June.

NPS/ab/kl
""",
        (
            expect("2023-05-06", "vot"),
            expect("2023-05-07", "tally"),
            expect("2011", "civic alliance"),
            expect("2023-05-08", "recount"),
            expect("2023-06-01", "sworn", planned=True),
        ),
    ),
    Text(
        "pharma_application_release",
        "press release of a pharmaceutical company",
        None,
        """FOR IMMEDIATE RELEASE

Halvern Therapeutics Announces FDA Acceptance of New Drug Application for Velarimab

BOSTON, Mass., February 3, 2025 -- Halvern Therapeutics, Inc. (Nasdaq: HLVN) said that the
U.S. Food and Drug Administration accepted its New Drug Application for velarimab, an
antibody for moderate-to-severe atopic dermatitis, on January 28, 2025.

The company submitted the application on or about November 30, 2024. Under the Prescription
Drug User Fee Act, a decision is expected by October 15.

Halvern began the Phase 3 HORIZON trial in 2021, enrolling some 840 patients at 96 sites. Its
results were first presented in June 2024 at the European Dermatology Congress.

About Halvern Therapeutics
Founded in 2012, Halvern Therapeutics develops antibody treatments for chronic inflammatory
diseases. It is based in Boston.

Forward-Looking Statements
This press release contains forward-looking statements within the meaning of the Private
Securities Litigation Reform Act of 1995.

Media contact: Dana Whitlock, press@halvern.example
""",
        (
            expect("2025-01-28", "accept"),
            expect("2024-11-30~", "submit"),
            expect("../2025-10-15", "decision", planned=True),
            expect("2021", "trial"),
            expect("2024-06", "present"),
            expect("2012", "found"),
        ),
    ),
    Text(
        "national_park_footbridge_release",
        "press release of a national park authority",
        None,
        """Glenmoran National Park Authority
News release – 14 August 2024

Allt Dubh footbridge reopens after storm repairs

The footbridge over the Allt Dubh, a popular crossing on the Loch Seil circuit, reopened on
Monday 12 August. It was closed on 2 March after Storm Isla washed away one of its abutments.

Since 2010 around 1,200 volunteers have helped the Authority's rangers maintain paths in the
park, and many of them worked on the approach to the bridge. Work on the upper section of the
path will be completed by 31 October.

Visitor numbers in July were the highest since 2019. Ranger-led walks leave the Kinloch
visitor centre every Saturday at 10am.

The park, designated in 2003, covers 1,750 square kilometres.

A public consultation on car parking charges will run from 2 to 30 September.

Ends

Notes to editors: images are available from the press office.
""",
        (
            expect("2024-08-12", "reopen"),
            expect("2024-03-02", "clos"),
            expect("2010/..", "volunteer"),
            expect("../2024-10-31", "path", planned=True),
            expect("2003", "designat"),
            expect("2024-09-02/2024-09-30", "consult", planned=True),
        ),
    ),
    Text(
        "appeals_court_property_tax_opinion",
        "court opinion of an appeals court on a tax case",
        None,
        """IN THE COURT OF APPEALS OF THE STATE OF OREGON

CASCADE RIDGE HOLDINGS, LLC, Appellant,
v.
DEPARTMENT OF REVENUE, Respondent.

Argued and submitted March 9, 2022.

Before Lindqvist, Presiding Judge, and Moreau and Tan, Judges.

MOREAU, J.

Taxpayer appeals a judgment of the Tax Court upholding an assessment under ORS 308.205
(2015). We affirm.

Taxpayer purchased the warehouse property in 2009 and leased it to a related company from 2010
onwards. The department issued a notice of deficiency on or about April 2, 2018, asserting
that the lease did not reflect market rent. Taxpayer filed its appeal in the Tax Court before
June 30, 2018. The Tax Court granted the department's motion for summary judgment on November
4, 2020, and taxpayer appealed.

Taxpayer's sole argument is that the Tax Court misread the 2015 amendments. We disagree.

Affirmed.
""",
        (
            expect("2022-03-09", "argu"),
            expect("2009", "purchas"),
            expect("2010/..", "leas"),
            expect("2018-04-02~", "notice"),
            expect("../2018-06-30", "appeal"),
            expect("2020-11-04", "summary judgment"),
        ),
    ),
    Text(
        "land_eviction_judgment_summary",
        "court judgment summary on a land eviction",
        None,
        """SUMMARY OF JUDGMENT
Environment and Land Court at Nakuru
ELC Case No. 214 of 2019

Wanjiru Kamau & 36 others v. Riftline Estates Limited & the County Government

Judgment delivered on 23 February 2023 by Justice O. Mwangi.

Background: The plaintiffs are families who have occupied the disputed land at Kiamunyi since
1987. An eviction notice was served on them on 4 June 2019, and their houses were demolished
on 18 July. The suit was filed in September 2019.

Findings: The court found that the eviction was carried out without the notice required by
section 152E of the Land Act and without a court order. The demolition was therefore unlawful.

Orders: The first defendant is to pay compensation to each household by 30 June 2023. Costs
are awarded to the plaintiffs.

This summary is not part of the judgment and is provided for the convenience of the public.
""",
        (
            expect("2023-02-23", "judgment"),
            expect("1987/..", "occup"),
            expect("2019-06-04", "notice"),
            expect("2019-07-18", "demolish"),
            expect("2019-09", "suit"),
            expect("../2023-06-30", "compensat", planned=True),
        ),
    ),
    Text(
        "harbour_town_encyclopedia",
        "encyclopedia history of a harbour town",
        None,
        """Portmellan

Portmellan (Cornish: Porth Melin) is a harbour town and civil parish on the south coast of
Cornwall, England. At the 2011 census it had a population of 3,412.

History

A fishing settlement at the mouth of the Mellan stream is recorded c. 1290, when it paid
tithes to the priory at St Germans. The harbour wall was built between 1788 and 1794 to shelter
the pilchard fleet, and the quay was lengthened in 1831.

The railway reached the town in 1859, and a pier for excursion steamers was added the following
year. The lifeboat station was probably founded in 1867, although the RNLI's records give no
firm date.

The town holds a regatta every August.

See also
 * List of harbours in Cornwall

References
""",
        (
            expect("1290~", "settlement"),
            expect("1788/1794", "harbour wall"),
            expect("1831", "quay"),
            expect("1859", "railway"),
            expect("1860", "pier"),
            expect("1867?", "lifeboat"),
        ),
    ),
    Text(
        "salt_tax_revolt_encyclopedia",
        "encyclopedia article on a revolt in the 19th century",
        None,
        """Salt Tax Revolt

The Salt Tax Revolt (Spanish: Revuelta de la Sal) was a rural uprising in the province of
Asturias, Spain, against a new duty on salt.

Course of the revolt

The revolt began on 14 March 1837, when villagers at Grado drove off the tax collectors. By 30
April the rebels held most of the central valleys. A government army under General Baltasar
Ibarra arrived at Oviedo on or about 2 June, and the last rebel band surrendered on 19 August.

Aftermath

Three of the leaders were executed in 1838. The duty was reduced in 1839 and abolished the
following year. It is unclear whether the rebels' best-known leader, Tomás Ferrer, who escaped
to Portugal, died there in 1851.

Historians have compared the revolt with the Carlist risings of the same decade.

See also: Carlist Wars; History of Asturias
""",
        (
            expect("1837-03-14", "revolt"),
            expect("../1837-04-30", "rebel"),
            expect("1837-06-02~", "army"),
            expect("1837-08-19", "surrender"),
            expect("1838", "execut"),
            expect("1839", "reduc"),
            expect("1840", "abolish"),
            expect("1851?", "ferrer"),
        ),
    ),
    Text(
        "rowing_regatta_report",
        "sports report on a rowing regatta",
        date(2024, 7, 8),
        """ROWING

Wyebridge eight take the Severnside Challenge Cup

By Tom Ashby

Wyebridge Rowing Club's men's eight won the Severnside Challenge Cup on Saturday, beating
Kingsmead by a length and a half in the fastest winning time since 2015.

The crew, formed in about 2021 from the club's junior squad, led from the start. Sunday's
women's final was delayed by almost two hours because of a strong crosswind, before Teme Valley
won it by three feet.

"We train every Tuesday and Thursday at six in the morning, and this is what it is for," said
the Wyebridge stroke, Sam Okafor.

Wyebridge will race at the national championships in Nottingham from 19 to 21 July.

Results: Challenge Cup: Wyebridge bt Kingsmead 1 1/2 l, 5:48. Women's Plate: Teme Valley bt
Ironbridge 3 ft, 6:31.
""",
        (
            expect("2024-07-06", "wyebridge"),
            expect("2021~", "form"),
            expect("2024-07-07", "delay"),
            expect("2024-07-19/2024-07-21", "championship", planned=True),
        ),
    ),
    Text(
        "football_cup_final_report",
        "sports report on a football cup final",
        date(2025, 5, 18),
        """COUNTY CUP FINAL

Harbridge Town 2 Ellesford Rovers 1

Late header brings Harbridge a fourth county cup

Harbridge Town won the county cup for the fourth time yesterday, Kai Mensah heading the winner
two minutes into stoppage time in front of 7,900 at the Valley Ground, the biggest final crowd
since 1987.

Harbridge, who also lifted the trophy in 1961, 1978 and 1999, fell behind to a first-half
penalty but were level through Jordan Pike soon after the break.

Manager Rhona Gill, appointed in January 2023 after two seasons in charge of the women's team,
said: "We have waited a long time for this."

An open-top bus parade through the town centre will take place on Tuesday.

Harbridge: Lowe; Dacre, Pike, Osei, Flint; Mensah, Harte, Byrne; Cole, Amis, Quinn.
""",
        (
            expect("2025-05-17", "harbridge"),
            expect("1961", "harbridge"),
            expect("1978", "harbridge"),
            expect("1999", "harbridge"),
            expect("2023-01", "appoint"),
            expect("2025-05-20", "parade", planned=True),
        ),
    ),
    Text(
        "textile_mill_company_history",
        "company history of a textile mill",
        None,
        """Ashcombe Mills Ltd – Our History

Ashcombe Mills was founded in 1846 by the brothers Josiah and Samuel Pell, who bought a
water-powered fulling mill on the river Calder. The great weaving shed was built c. 1872 and
held 240 looms at its peak.

From 1915 to 1918 the mill wove khaki serge for the War Office. It was converted to electric
power in 1926, and the old water wheel was removed in 1931.

After the closure of most of the valley's mills, the Pell family sold the business to its
managers. Since 1994 the mill has specialised in fine merino cloth for tailoring houses in
London, Milan and Tokyo.

A new dye house, fed by the mill's own solar array, is scheduled to open in March 2026.

Visit our mill shop: open Monday to Saturday, 9.30am–5pm.
""",
        (
            expect("1846", "found"),
            expect("1872~", "weaving shed"),
            expect("1915/1918", "khaki"),
            expect("1926", "electric"),
            expect("1931", "wheel"),
            expect("1994/..", "merino"),
            expect("2026-03", "dye house", planned=True),
        ),
    ),
    Text(
        "telecom_company_history_html",
        "company history of a telecom firm (HTML)",
        None,
        """<html><head><title>Our Story | Northwind Telecom</title></head>
<body>
<nav><a href="/">Home</a> | <a href="/about">About</a> | <a href="/careers">Careers</a></nav>
<h1>Our Story</h1>
<p>Northwind Telecom was incorporated on April 3, 1984, in Tulsa, Oklahoma, by three former
telephone engineers with a single rural exchange.</p>
<h2>Milestones</h2>
<ul>
  <li><b>1989</b> &ndash; First cellular tower switched on, in Bartlesville</li>
  <li><b>1996</b> &ndash; Shares listed on the Nasdaq</li>
</ul>
<p>Northwind acquired Plains Cable Company in 2001 and expanded into Kansas the following
year. It has built its own fiber network since 2010.</p>
<p>Northwind plans to bring 5G coverage to every county it serves by December 2026.</p>
<footer>&copy; 2025 Northwind Telecom, Inc. All rights reserved.</footer>
</body></html>
""",
        (
            expect("1984-04-03", "incorporat"),
            expect("1989", "tower"),
            expect("1996", "list"),
            expect("2001", "acqui"),
            expect("2002", "kansas"),
            expect("2010/..", "fiber"),
            expect("../2026-12", "5g", planned=True),
        ),
    ),
    Text(
        "medical_charity_field_visit_summary",
        "mission summary of a medical charity's field visit",
        None,
        """MISSION SUMMARY
Healthbridge Africa – Kasese District, Uganda

Purpose: review of the cholera response and of the maternity clinic at Bwera.

A team of three (a public health doctor, a midwife and a logistician) visited the district from
4 to 9 March 2024. The Bwera maternity clinic, which Healthbridge opened in 2019, remains the
only one within 30 km.

Key points
- The current cholera outbreak began around 20 January, when the first cases were reported at
  the fish landing site.
- On 6 March the team met the District Health Officer, who asked for help with oral
  rehydration points.
- Two oral rehydration points were set up on 8 March.

Follow-up
- Supplies of chlorine and rehydration salts will be delivered before 30 April.
- The next visit will probably take place in August.

Prepared by: Dr A. Nakato, field coordinator
""",
        (
            expect("2024-03-04/2024-03-09", "visit"),
            expect("2019", "clinic"),
            expect("2024-01-20~", "outbreak"),
            expect("2024-03-06", "met"),
            expect("2024-03-08", "rehydration"),
            expect("../2024-04-30", "suppl", planned=True),
            expect("2024-08?", "visit", planned=True),
        ),
    ),
    Text(
        "parliamentary_delegation_summary",
        "mission summary of a parliamentary delegation",
        None,
        """Committee on Foreign Affairs – Staff Summary

Congressional Delegation to Estonia and Latvia

The delegation, led by Representative Carla Menendez, arrived in Tallinn on Sunday, September
24, 2023. On September 25 it met the Prime Minister and members of the Riigikogu's defence
committee, and it traveled to Riga the next day.

Both countries joined NATO in 2004. A multinational battle group has been stationed in Estonia
since 2017, and members visited its base at Tapa.

Observations:
  1. Host officials asked for faster delivery of air-defense systems.
  2. Members noted energy links completed in the past five years.

Next steps: A follow-up hearing of the subcommittee is scheduled for November 8.

This summary was prepared by committee staff and has not been reviewed by Members.
""",
        (
            expect("2023-09-24", "arriv"),
            expect("2023-09-25", "met"),
            expect("2023-09-26", "riga"),
            expect("2004", "nato"),
            expect("2017/..", "battle group"),
            expect("2023-11-08", "hearing", planned=True),
        ),
    ),
    Text(
        "wildfire_government_statement",
        "government statement on a wildfire",
        date(2025, 2, 11),
        """MEDIA STATEMENT
Minister for Emergency Services
Tuesday 11 February 2025

Grampians West bushfire

The bushfire near Dunkeld, which started on Saturday afternoon after a lightning strike, has
now burnt roughly 14,000 hectares. Residents of Mirranatwa and Victoria Valley were told to
evacuate yesterday afternoon, and an emergency relief centre is operating at Hamilton.

A total fire ban has been in force across the South West district since 1 February.

More than 400 firefighters, supported by 18 aircraft, are working to contain the fire.
Containment is expected by Friday if the forecast cooler change arrives.

A recovery centre will open in Dunkeld on Thursday.

This is the largest fire in the district since the 2019-20 season. Residents should monitor
the VicEmergency app for warnings.

Media contact: 0400 000 000
""",
        (
            expect("2025-02-08", "start"),
            expect("2025-02-10", "evacuat"),
            expect("2025-02-01/..", "fire ban"),
            expect("../2025-02-14", "contain", planned=True),
            expect("2025-02-13", "recovery centre", planned=True),
        ),
    ),
    Text(
        "pension_reform_timetable_statement",
        "government statement on a pension reform timetable",
        None,
        """Written ministerial statement
Department for Work and Pensions
Made on: 3 July 2025

State Pension age: timetable for reform

The Government's consultation on the next rise in the State Pension age closed on 30 May.
Having considered the 4,600 responses, I am today setting out the timetable.

The State Pension age will rise from 66 to 67 between 2026 and 2028, as already provided for
in the Pensions Act 2014. A Bill to bring forward the further rise to 68 is to be introduced
on 15 October 2025.

The State Pension age was last reviewed in 2017. Automatic enrolment into workplace pensions
has been in place since 2012 and has brought more than ten million people into saving.

The next review will report no later than 2029.

I will place a copy of the timetable in the Libraries of both Houses.
""",
        (
            expect("2025-05-30", "consult"),
            expect("2026/2028", "67", planned=True),
            expect("2025-10-15", "bill", planned=True),
            expect("2017", "review"),
            expect("2012/..", "enrol"),
            expect("../2029", "review", planned=True),
        ),
    ),
    Text(
        "tram_opening_news_html",
        "HTML news page with a photo caption and related links",
        date(2024, 11, 22),
        """<article>
<header><h1>First trams run on Eastside line</h1>
<p class="byline">By Jenna Ruiz | Updated Nov. 22, 2024, 6:14 p.m.</p></header>
<figure><img src="tram.jpg" alt="Tram">
<figcaption>Crews test the overhead wire on Nov. 19, 2024. (Photo: Luis Amaro)</figcaption>
</figure>
<p>The first passenger trams on the city's Eastside line ran on Thursday, carrying more than
9,000 riders on the opening day, transit officials said.</p>
<p>The city council approved the $610 million project in 2018, and construction began in
March 2021.</p>
<p>An extension to the airport will open in 2027, the transit agency said. Trams will run
every eight minutes on weekdays.</p>
<aside><h2>Related</h2><ul>
<li><a href="/news/budget">Council approves 2025 transit budget</a></li>
<li><a href="/news/bus">Bus routes to change with new tram line</a></li>
</ul></aside>
</article>
""",
        (
            expect("2024-11-21", "tram"),
            expect("2018", "approv"),
            expect("2021-03", "construct"),
            expect("2027", "airport", planned=True),
        ),
    ),
    Text(
        "archive_exhibition_html",
        "HTML page of an archive's exhibition with a chronology list",
        None,
        """<main>
<h1>Paper and Steam: the Dunmore Printworks, 1820–1960</h1>
<p>The exhibition will run from 5 March to 29 June 2025 in the Search Room of the County
Archive. Open Tuesday to Saturday, 10:00–17:00. Admission free.</p>
<h2>Chronology</h2>
<ul>
<li><strong>1820</strong> Printworks founded by Ann Dunmore in Tanner Street</li>
<li><strong>c. 1841</strong> First steam press installed</li>
<li><strong>1877</strong> Fire destroys the composing room</li>
<li><strong>1914–1918</strong> Works prints ration books and recruiting posters</li>
<li><strong>1960</strong> Printworks closes</li>
</ul>
<p>The firm's records were deposited at the Archive, probably in 1962, by the last manager's
family.</p>
<p><a href="/visit">Plan your visit</a> · <a href="/catalogue">Search the catalogue</a></p>
</main>
""",
        (
            expect("2025-03-05/2025-06-29", "exhibition", planned=True),
            expect("1820", "found"),
            expect("1841~", "steam press"),
            expect("1877", "fire"),
            expect("1914/1918", "ration"),
            expect("1960", "clos"),
            expect("1962?", "deposit"),
        ),
    ),
    Text(
        "parish_newsletter",
        "church parish newsletter",
        date(2024, 10, 4),
        """ST AIDAN'S PARISH NEWS
Issue 212 · October 2024

From the Vicarage

Thank you to everyone who made last Sunday's Harvest Festival such a joy; the gifts went to
the Brenton food bank.

The bells, cast in about 1752, will be rehung
on Saturday 19 October. Do come and watch the ringers.

I have been your vicar since 2016 and have never seen the church so full.
With every blessing, Revd Jane Ellery

Dates for your diary
 * Coffee morning: every Wednesday, 10.30am, church hall
 * The Parochial Church Council will meet on 14 November at 7.30pm.

Flower rota and readers' list on the back page.
""",
        (
            expect("2024-09-29", "harvest"),
            expect("1752~", "cast"),
            expect("2024-10-19", "rehung", planned=True),
            expect("2016/..", "vicar"),
            expect("2024-11-14", "council", planned=True),
        ),
    ),
    Text(
        "science_museum_press_kit_timeline",
        "science museum's press kit timeline",
        None,
        """PRESS KIT
"Lightworks": A New Gallery of Light and Optics
Halden Science Museum, Albany, New York

About the museum – a timeline

1968 – The museum opens in the former State Armory on Clinton Avenue.
March 1987 – A 120-seat planetarium is added to the east wing.
2009–2012 – The building is renovated and the roof replaced.
Since 2015 – Admission is free for visitors under 18.
October 22, 2025 – A press preview of Lightworks will be held (by invitation).
October 24, 2025 – Lightworks is scheduled to open to the public.

The museum's first laser show was possibly staged in 1971, although its files do not say so.

Press contact: Maria Oyelaran, (518) 555-0142, press@haldenscience.example
High-resolution images: haldenscience.example/press
""",
        (
            expect("1968", "open"),
            expect("1987-03", "planetarium"),
            expect("2009/2012", "renovat"),
            expect("2015/..", "free"),
            expect("2025-10-22", "preview", planned=True),
            expect("2025-10-24", "lightworks", planned=True),
            expect("1971?", "laser"),
        ),
    ),
)
