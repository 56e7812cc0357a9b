"""A twenty-eighth batch of texts for the evaluation of ``kztimeline draft``, written blind.

Written like ``draft_corpus.py`` (same ``Text`` and ``expect``), without reading the draft's
code, its tests or the earlier batches: twenty invented documents in twenty styles (wire
stories, press releases, court opinions, encyclopedia entries, sports reports, company
histories, mission summaries, government statements, HTML pages, a newsletter and an
obituary), with the events a careful reader would put in a chronology. Facts whose date a
reader could take two ways (a season, "late 1970s", "next week") are left out of the
expected events.
"""

from __future__ import annotations

from datetime import date

from draft_corpus import Text, expect

__all__ = ("TWENTYEIGHTH_CORPUS",)


TWENTYEIGHTH_CORPUS: tuple[Text, ...] = (
    Text(
        "wire-factory-fire",
        "wire story with a dateline (factory fire)",
        date(2026, 3, 12),
        """LODZ, Poland, March 12 (Vistula Press) - A fire tore through a textile dyeing plant on
the edge of Lodz late on Wednesday, forcing some 300 night-shift workers to flee and injuring
eleven, regional fire officials said.

The blaze started in a storage hall for solvents and took crews nine hours to bring under
control. It was the largest industrial fire in the province since 2009, the regional fire
chief, Tomasz Wierzbicki, told reporters.

The plant opened in 1998 and has been run by Kestrel Textiles since 2004. Labour inspectors
last checked the solvent hall on or about February 4 this year and found no faults, a
spokeswoman for the inspectorate said.

Kestrel said production is expected to resume in May 2026, once the roof of the main hall
has been replaced. Workers will be paid in full in the meantime, it added.

(Reporting by Anna Zielinska; editing by Piotr Mroz)""",
        (
            expect("2026-03-11", "fire"),
            expect("1998", "open"),
            expect("2004/..", "kestrel"),
            expect("2026-02-04~", "check"),
            expect("2026-05", "resum", planned=True),
        ),
    ),
    Text(
        "wire-hostage-release",
        "wire story with a dateline (hostage release)",
        date(2025, 9, 14),
        """NIAMEY, Sept 14 (Sahel Wire) -- Two aid workers held for more than two months in western
Niger were freed on Saturday and are in good health, the aid group that employs them said.

Lena Moreau, a French nurse, and Ibrahim Dodo, a Nigerien driver, were seized on or about
July 2 near the town of Tera while delivering medical supplies. Talks for their release,
mediated by local elders, began in August, according to a person close to the negotiations.

"We are relieved beyond words," said Karim Belhadj, director of Medecins du Fleuve, which has
worked in the Tillaberi region since 2012. The group said it was the first release of
foreign hostages in the area since 2021 without a ransom being paid.

The two will fly to Paris on Tuesday, a government official said. The group has suspended
its road convoys until further notice.""",
        (
            expect("2025-09-13", "free"),
            expect("2025-07-02~", "seiz"),
            expect("2025-08", "talk"),
            expect("2012/..", "work"),
            expect("2025-09-16", "fly", planned=True),
        ),
    ),
    Text(
        "press-shipping-line",
        "press release of a shipping line",
        date(2024, 11, 6),
        """PRESS RELEASE
Nordhavn Lines launches direct West Africa service

Hamburg, 6 November 2024 - Nordhavn Lines, the family-owned carrier founded in Bremen in 1887,
has started a direct weekly service between Antwerp and Lagos. The first sailing, the
Nordhavn Ebba, departed Antwerp on 3 November with 1,840 containers on board.

The service uses four 3,500-TEU vessels ordered from a Korean yard in 2021 and delivered
from March to August 2024. Ships leave Antwerp every Sunday and reach Lagos after 14 days.

"West Africa is where our customers are growing fastest," said chief executive Jens Albers.

In January 2025 the line will add a call at Tema, Ghana, on the southbound leg.

Media contact: presse@nordhavn-lines.example | +49 40 555 0123""",
        (
            expect("1887", "found"),
            expect("2024-11-03", "depart"),
            expect("2021", "order"),
            expect("2024-03/2024-08", "deliver"),
            expect("2025-01", "tema", planned=True),
        ),
    ),
    Text(
        "press-university-award",
        "press release of a university on an award",
        date(2025, 6, 2),
        """University of Tarnfield - News and Media
For immediate release - 2 June 2025

Professor Ruth Okonjo receives the Halden Medal for soil science

Professor Ruth Okonjo of the School of Earth Sciences received the Halden Medal at a ceremony
in Copenhagen yesterday. The medal, awarded every two years by the Nordic Soil Society,
honours work that changed how a field understands its subject.

Professor Okonjo joined Tarnfield in about 2003 from the University of Ibadan. The Root Zone
Laboratory, which she has led since 2011, was rated world-leading in the 2021 Research
Excellence Framework. Her first paper on soil carbon in wetlands probably appeared in 1999,
though she jokes that she has lost count.

She will deliver the Halden Lecture in Copenhagen on 18 September.

"This is recognition for the whole team," she said.

Ends. Notes to editors: photographs are available on request.""",
        (
            expect("2025-06-01", "medal"),
            expect("2003~", "join"),
            expect("2011/..", "laborator"),
            expect("1999?", "paper"),
            expect("2025-09-18", "lecture", planned=True),
        ),
    ),
    Text(
        "court-copyright",
        "court opinion on a copyright dispute",
        None,
        """UNITED STATES DISTRICT COURT
SOUTHERN DISTRICT OF NEW YORK
Case 1:23-cv-04417-RMK   Document 88   Filed 04/08/25   Page 1 of 31

HARLOW v. BRIGHTWATER RECORDS, INC.

MEMORANDUM OPINION AND ORDER

Plaintiff Dana Harlow wrote the song "Paper Lanterns" in 2014 and registered the copyright in
the composition on March 3, 2016. Defendant Brightwater Records released the album Night
Harbor, which includes the track "Lantern Light," on or about June 21, 2022. Plaintiff
alleges that the chorus of "Lantern Light" copies the melody and lyrics of her song.

It is undisputed that Plaintiff sent Defendant a cease-and-desist letter no later than
September 2022. Defendant did not respond. Plaintiff filed her complaint on May 30, 2023.

For the reasons below, Defendant's motion for summary judgment is DENIED. Trial will begin on
October 14, 2025.""",
        (
            expect("2014", "wrote"),
            expect("2016-03-03", "regist"),
            expect("2022-06-21~", "releas"),
            expect("../2022-09", "letter"),
            expect("2023-05-30", "complaint"),
            expect("2025-10-14", "trial", planned=True),
        ),
    ),
    Text(
        "court-criminal-appeal",
        "court opinion summary of a criminal appeal",
        None,
        """JUDGMENT SUMMARY
R v Halloran [2025] EWCA Crim 311
Court of Appeal (Criminal Division)

1. The appellant was convicted at Leeds Crown Court on 12 January 2024 of three counts of
fraud by false representation. The offences were committed between March and June 2022,
when he ran a property letting agency in Harrogate.

2. He was arrested on 2 August 2022 after a complaint by a former tenant.

3. The appeal was heard on 4 and 5 February 2025. The appellant argued that the judge had
wrongly admitted bank records obtained without a production order.

4. On 27 March 2025 the court quashed the convictions, holding that the records should have
been excluded.

5. The prosecution asked for a retrial. A retrial is expected to begin in September 2025.

This summary is provided to help in understanding the court's decision. It does not form
part of the reasons for the decision.""",
        (
            expect("2024-01-12", "convict"),
            expect("2022-03/2022-06", "offen"),
            expect("2022-08-02", "arrest"),
            expect("2025-02-04", "appeal"),
            expect("2025-02-05", "appeal"),
            expect("2025-03-27", "quash"),
            expect("2025-09", "retrial", planned=True),
        ),
    ),
    Text(
        "encyclopedia-railway-station",
        "encyclopedia history of a railway station",
        None,
        """Velden Hauptbahnhof

Velden Hauptbahnhof is the main railway station of the town of Velden, on the line from
Linz to Passau.

History
A timber halt was probably built in 1869, when the first trains ran on a provisional
track. The station proper opened in 1874 with a brick building by the architect Karl
Stempfle. Growing traffic made it too small, and it was rebuilt from 1902 to 1905 in its
present neo-Renaissance form.

The lines through the station were electrified in 1931, 1938 and 1952. Passenger numbers
are now the highest since 1913.

The building has been a protected monument since 1987.

See also
- List of railway stations in Upper Austria""",
        (
            expect("1869?", "halt"),
            expect("1874", "open"),
            expect("1902/1905", "rebuilt"),
            expect("1931", "electrif"),
            expect("1938", "electrif"),
            expect("1952", "electrif"),
            expect("1987/..", "monument"),
        ),
    ),
    Text(
        "encyclopedia-diplomat",
        "encyclopedia biography of a diplomat",
        None,
        """Eirik Sandvold

Eirik Sandvold (14 May 1931 - 9 November 2008) was a Norwegian diplomat.

Early life and career
Sandvold was born in Bergen, the son of a ship's chandler. After studying law in Oslo he
joined the Ministry of Foreign Affairs in 1956 and served in Bonn and Cairo.

He was ambassador to Japan from 1974 to 1979, where he negotiated a fisheries agreement. He
led the Norwegian delegation to the Geneva talks on the law of the sea around 1983.

Later life
He had retired from the foreign service by 1996 at the latest, and devoted himself to
writing about Japanese gardens. He died in Oslo.

References
1. Norsk diplomatkalender 1980, p. 214.""",
        (
            expect("1931-05-14", "born"),
            expect("2008-11-09", "died"),
            expect("1956", "join"),
            expect("1974/1979", "ambassador"),
            expect("1983~", "delegation"),
            expect("../1996", "retir"),
        ),
    ),
    Text(
        "sports-ski-race",
        "sports report on a ski race",
        date(2026, 1, 25),
        """ALPINE SKIING

Berger storms to downhill win in Valmora

VALMORA, Italy - Austria's Katrin Berger won the women's World Cup downhill on Saturday,
finishing 0.41 seconds ahead of Switzerland's Nina Rüegg on an icy Pista Nera.

Berger's time of 1:38.77 was the fastest on this course since 2013. The 27-year-old took her
first World Cup victory in December 2021 but missed most of last season after tearing a
knee ligament on about 10 November 2024.

"I didn't know if I would ever stand on this step again," she said.

The giant slalom is scheduled for Tuesday, weather permitting. The season's finals will be
held in Andorra from 18 to 22 March.

Results, downhill: 1. Berger (AUT) 1:38.77; 2. Rüegg (SUI) +0.41; 3. Lund (NOR) +0.58.""",
        (
            expect("2026-01-24", "downhill"),
            expect("2021-12", "victor"),
            expect("2024-11-10~", "knee"),
            expect("2026-01-27", "giant slalom", planned=True),
            expect("2026-03-18/2026-03-22", "final", planned=True),
        ),
    ),
    Text(
        "sports-basketball-final",
        "sports report on a basketball final",
        date(2025, 4, 13),
        """Harbour City Gulls crowned champions

By Tom Achterberg, Sports Desk

The Harbour City Gulls won the national basketball title last night, beating the Eastfield
Miners 94-88 in Game 7 of the finals before 12,400 fans. It was the highest-scoring deciding
game since 1987.

Jalen Okafor, who has played for the Gulls since 2019, scored 31 points and was named finals
MVP. The series had opened on April 2 with a 20-point Miners win, and the Gulls trailed 3-1
before winning three games in a row.

Coach Marta Vidal, appointed in June 2022 after two losing seasons, said: "Nobody in this
room gave up."

The club said a parade through the city centre will take place on Tuesday. The Gulls play
their home games every Friday and Sunday from October.""",
        (
            expect("2025-04-12", "title"),
            expect("2019/..", "okafor"),
            expect("2025-04-02", "series"),
            expect("2022-06", "appoint"),
            expect("2025-04-15", "parade", planned=True),
        ),
    ),
    Text(
        "company-chocolate-maker",
        "company history of a chocolate maker",
        None,
        """Our story

Chocolaterie Aebli was founded in Zurich in 1891 by the confectioner Hans Aebli, who sold
pralines from a shop on the Rennweg. The company made its first milk chocolate bar c. 1905,
using condensed milk from a dairy in the Toggenburg.

In 1923 Aebli moved production to a new factory in Kilchberg on the lake, and opened a
branch in Vienna the following year. The Aebli family ran the company for three generations
until it was acquired by Brenner Foods in 1968.

Aebli has made an organic line from Peruvian cacao since 2010, and today sells in 34
countries.

What comes next
A visitor centre at the Kilchberg factory is scheduled to open in 2027, with tastings and a
small museum of moulds and wrappers.""",
        (
            expect("1891", "found"),
            expect("1905~", "milk"),
            expect("1923", "kilchberg"),
            expect("1924", "vienna"),
            expect("1968", "acqui"),
            expect("2010/..", "organic"),
            expect("2027", "visitor", planned=True),
        ),
    ),
    Text(
        "company-insurance-html",
        "company history of an insurance firm (HTML, <dl> dates)",
        None,
        """<section id="history">
<h2>Our history</h2>
<p>From a mutual fire office in Bristol to one of Britain's oldest insurers.</p>
<dl class="timeline">
  <dt>1853</dt>
  <dd>Severn Mutual is founded by twelve Bristol merchants to insure warehouses against fire.</dd>
  <dt>1871</dt>
  <dd>The society issues its first life policies.</dd>
  <dt>c. 1900</dt>
  <dd>A London office opens in Cornhill.</dd>
  <dt>1946&ndash;1951</dt>
  <dd>The bomb-damaged head office on Corn Street is rebuilt.</dd>
  <dt>1989</dt>
  <dd>Members vote to demutualise; Severn becomes a public company.</dd>
  <dt>Since 2015</dt>
  <dd>Part of the Aldwyn Group.</dd>
  <dt>2026 (planned)</dt>
  <dd>New headquarters at Temple Quay is to open.</dd>
</dl>
<p class="small">&copy; Severn Insurance plc. Registered in England No. 0023871.</p>
</section>""",
        (
            expect("1853", "found"),
            expect("1871", "life"),
            expect("1900~", "london"),
            expect("1946/1951", "rebuilt"),
            expect("1989", "demutual"),
            expect("2015/..", "aldwyn"),
            expect("2026", "headquarter", planned=True),
        ),
    ),
    Text(
        "mission-water-engineering",
        "mission summary of a water engineering mission",
        None,
        """ENGINEERS ACROSS BORDERS - MISSION SUMMARY
Project: Kalomo rural water supply (Zambia), phase 2
Team: 4 engineers, 2 technicians

Summary
- The team arrived in Kalomo on 9 October 2023 and met the village water committee.
- Two boreholes were drilled from 11 to 20 October, reaching water at 48 and 61 metres.
- A solar-powered pump was installed on or about 24 October at the larger borehole.
- The system was handed over to the water committee by 31 October at the latest.

Outcomes
Some 2,300 people now have safe water within 500 metres of home. The committee tests the
water every week and collects a small fee from each household.

Next steps
A follow-up visit is planned for March 2024 to check the pump and train two more caretakers.""",
        (
            expect("2023-10-09", "arriv"),
            expect("2023-10-11/2023-10-20", "drill"),
            expect("2023-10-24~", "pump"),
            expect("../2023-10-31", "hand"),
            expect("2024-03", "follow", planned=True),
        ),
    ),
    Text(
        "mission-osce-field-visit",
        "mission summary of an OSCE field visit",
        None,
        """OSCE Special Monitoring Team - Field visit summary
Area: Northern border districts
Reporting period: June 2025

1. A team of six monitors carried out a field visit from 2 to 4 June 2025 to villages along
the northern contact line.

2. On 3 June the team met the mayor of Krasnopil, who said the road checkpoint at the village
entrance has been closed since 17 March, cutting residents off from the district hospital.

3. Residents reported shelling, possibly on 28 May, near the water pumping station. The team
saw fresh craters but could not confirm the date.

4. The team submitted its report to the head of mission on 6 June.

5. The next visit to the area is scheduled for July 2025.""",
        (
            expect("2025-06-02/2025-06-04", "visit"),
            expect("2025-06-03", "mayor"),
            expect("2025-03-17/..", "checkpoint"),
            expect("2025-05-28?", "shell"),
            expect("2025-06-06", "report"),
            expect("2025-07", "visit", planned=True),
        ),
    ),
    Text(
        "gov-vaccination-campaign",
        "government statement on a vaccination campaign",
        date(2025, 9, 18),
        """MINISTRY OF HEALTH - STATEMENT

Measles vaccination campaign for children under ten

Since 4 August more than 1,900 cases of measles have been reported in the northern
provinces, the highest number in a single season since 2019. To stop the outbreak, the
Ministry will begin a national vaccination campaign on Monday.

On 2 September the Ministry ordered some 400,000 doses through the regional procurement
fund. The doses are to arrive no later than Friday and will be sent to district stores
within 48 hours.

The campaign will end on 31 October. Health centres will vaccinate every day from 8 a.m. to
4 p.m., and mobile teams will visit schools every Wednesday.

Parents are asked to bring their child's health card.

Issued by the Press Office of the Ministry of Health""",
        (
            expect("2025-08-04/..", "measles"),
            expect("2025-09-22", "campaign", planned=True),
            expect("2025-09-02", "order"),
            expect("../2025-09-19", "arriv", planned=True),
            expect("2025-10-31", "end", planned=True),
        ),
    ),
    Text(
        "gov-new-ministry",
        "government statement on a new ministry",
        date(2026, 1, 31),
        """Government Information Office
Statement on the creation of a Ministry of Energy and Climate

The Cabinet yesterday approved a decree creating a Ministry of Energy and Climate, to take
over the duties of the Ministry of Economy in energy policy and those of the State Energy
Agency, which has existed since 2009.

The new ministry will start work on 1 March with a staff of about 450. Its first minister,
Dr Helena Varga, will be sworn in on Monday at the presidential palace.

The reform was first proposed around 2019 by a commission on public administration, and was
included in the 2021 coalition agreement.

The Prime Minister said the change would "give energy the weight it deserves in our
government".""",
        (
            expect("2026-01-30", "decree"),
            expect("2009/..", "agency"),
            expect("2026-03-01", "ministry", planned=True),
            expect("2026-02-02", "sworn", planned=True),
            expect("2019~", "propos"),
        ),
    ),
    Text(
        "html-news-bridge",
        'HTML news page with a byline and an "Updated" time',
        date(2024, 11, 6),
        """<header><nav><a href="/">Home</a> | <a href="/local">Local</a>
 | <a href="/sport">Sport</a></nav></header>
<article>
  <h1>Harbour bridge to close for urgent repairs</h1>
  <p class="byline">By Mara Linde, Transport Reporter</p>
  <p class="meta"><time datetime="2024-11-06T14:32">Updated 14:32, 6 November 2024</time></p>
  <p>The Kettle Harbour bridge will close to all traffic on Monday after engineers found
  cracks in two of its steel bearings on Tuesday, the city council said.</p>
  <p>The bridge, which opened in 1962, carries about 28,000 vehicles a day. Its last major
  repair was c. 1994, when the deck was resurfaced.</p>
  <p>The council said the bridge is expected to reopen no later than 20 December. Buses
  will be diverted via Mill Road.</p>
</article>
<aside><h3>Most read</h3><ul><li>Council tax to rise again</li>
<li>Weather: frost warning</li></ul></aside>""",
        (
            expect("2024-11-11", "close", planned=True),
            expect("2024-11-05", "crack"),
            expect("1962", "open"),
            expect("1994~", "repair"),
            expect("../2024-12-20", "reopen", planned=True),
        ),
    ),
    Text(
        "html-museum-events",
        'HTML page of a museum with an "Events" list',
        None,
        """<main>
<h1>Weaving Museum Lindau</h1>
<p>Founded in 1911 by the Lindau Weavers' Guild, the museum reopened on 4 April 2024 after a
two-year renovation. Its lace collection, acquired from the Heller family around 1930, is
the largest in southern Germany.</p>
<p>Open Tuesday to Sunday, 10:00-17:00.</p>
<h2>Events</h2>
<ul class="events">
  <li><strong>15 May 2025</strong> - Curator Ilse Vogt will lead a tour of the lace galleries.</li>
  <li><strong>7-9 June 2025</strong> - The Lindau Textile Fair will be held in the courtyard.</li>
</ul>
<footer>&copy; 2025 Weaving Museum Lindau | Imprint | Privacy</footer>
</main>""",
        (
            expect("1911", "found"),
            expect("2024-04-04", "reopen"),
            expect("1930~", "lace"),
            expect("2025-05-15", "tour", planned=True),
            expect("2025-06-07/2025-06-09", "fair", planned=True),
        ),
    ),
    Text(
        "village-council-newsletter",
        "village council newsletter",
        None,
        """ASHBY PARVA PARISH COUNCIL - NEWSLETTER No. 47

From the Chair
The council met on 10 March 2025 and agreed this year's budget with no increase in the
parish precept. Thank you to everyone who came along.

Around the village
* The playground on Back Lane reopened on 22 March with new swings and a safer surface.
* The new bus shelter outside the school had been installed by 1 March, as promised.
* The old post office, which closed probably in 1986, is to become two flats.
* The village hall, built in 1927, needs a new roof; a grant application has been made.

Dates for your diary
The summer fete will be held on Saturday 14 June on the recreation ground.

Bins are collected every other Thursday. It was the wettest March since 2001 - please
report blocked drains to the clerk.""",
        (
            expect("2025-03-10", "council"),
            expect("2025-03-22", "playground"),
            expect("../2025-03-01", "shelter"),
            expect("1986?", "post office"),
            expect("1927", "hall"),
            expect("2025-06-14", "fete", planned=True),
        ),
    ),
    Text(
        "obituary-professional-journal",
        "obituary notice in a professional journal",
        None,
        """BULLETIN OF THE NORDIC SOCIETY OF SURVEYORS - Vol. 62, No. 2

OBITUARY

Astrid Halvorsen, 1938-2025

Astrid Halvorsen, past president of the Society, died in Tromsø on 2 February 2025. She was
born c. 1938 on the island of Senja; she never gave the exact date, and no record of it
survives.

She qualified as a land surveyor in 1961 and joined the Society in 1963, one of its first
women members. She was president from 1984 to 1990 and edited this Bulletin from 1992 to
2001. Her survey of the Lyngen glaciers remains a standard reference.

A memorial meeting will be held at the Society's rooms in Oslo on 20 May.

She is survived by her daughter and two grandchildren.""",
        (
            expect("2025-02-02", "died"),
            expect("1938~", "born"),
            expect("1961", "qualif"),
            expect("1963", "join"),
            expect("1984/1990", "president"),
            expect("1992/2001", "edit"),
            expect("2025-05-20", "memorial", planned=True),
        ),
    ),
)
