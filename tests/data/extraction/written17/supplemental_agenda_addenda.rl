@title Supplemental Agenda No. 1 - Planning Committee (Major Applications) A
@font Helvetica
@fontsize 10.5
@footer || {page}
@header_first 
HC PLANNING COMMITTEE (MAJOR APPLICATIONS) A
S 6
C MEETING: Tuesday 10 March 2026 at 6.30 pm
C Ground floor meeting rooms, Haverleigh Civic Offices, 160 Riverside Walk, London SE1 2QH
S 10
HC Supplemental Agenda No. 1
S 10
H List of Contents
TH Item No. | Title | Page No.
T 6. | Development management items |
T 6.1. | Addendum report – late observations and consultation responses: 24/AP/3310 Former Haverleigh Wharf, Gate Street | 2
T 6.2. | Addendum report – revised conditions: 25/AP/0871 140 Tabard Row | 3
T 8. | Planning appeals update – decisions received October 2025 to February 2026 | 4
S 14
P <b>Contact</b>
P Gregory Weaver on 020 7946 0731 or email: gregory.weaver@haverleigh.gov.uk
P Webpage: www.haverleigh.gov.uk
S 6
P Date: 9 March 2026
PB
T Item No. 6.1 | Classification: Open | Date: 10 March 2026 | Meeting Name: Planning Committee (Major Applications) A
T Report title: | Addendum report – late observations and consultation responses: 24/AP/3310 Former Haverleigh Wharf, Gate Street
T Ward(s) or groups affected: | Borough and Riverside
T From: | Director of Planning and Growth
S 8
H PURPOSE
R 1. | To advise members of observations, consultation responses and further information received in respect of the application at Former Haverleigh Wharf since the main report was published.
H RECOMMENDATION
R 2. | That members note and consider the late observations, consultation responses and information received in respect of this item in reaching their decision.
H FACTORS FOR CONSIDERATION
R 3. | Two further objections have been received from occupiers of Mariners Court, raising the height of Block C and the loss of afternoon sunlight to their balconies. These matters are addressed at paragraphs 212 to 241 of the main report.
R 4. | The Environment Agency has withdrawn its holding objection following receipt of a revised flood risk assessment dated 2 March 2026, subject to condition 28.
R 5. | The applicant has confirmed that the affordable housing offer of 40% by habitable room, with a tenure split of 70:30 social rent to intermediate, is unchanged.
R 6. | Paragraph 118 of the main report should refer to 412 cycle parking spaces, not 421.
R 7. | Officers' recommendation remains that planning permission be granted, subject to conditions and the applicant entering into an appropriate legal agreement.
S 10
H BACKGROUND DOCUMENTS
T Background Papers | Held At | Contact
T Individual case files | Planning and Growth, 160 Riverside Walk | Planning enquiries 020 7946 0700
PB
T Item No. 6.2 | Classification: Open | Date: 10 March 2026 | Meeting Name: Planning Committee (Major Applications) A
T Report title: | Addendum report – revised conditions: 25/AP/0871 140 Tabard Row
T Ward(s) or groups affected: | Chaucer
T From: | Director of Planning and Growth
S 8
H PURPOSE
R 1. | To advise members of revisions to the recommended conditions for the application at 140 Tabard Row.
H RECOMMENDATION
R 2. | That members note the revised wording of conditions 6 and 14 set out below.
H FACTORS FOR CONSIDERATION
R 3. | Condition 6 (construction logistics) is revised to require the plan to be submitted before any demolition, rather than before above-ground works.
R 4. | Condition 14 (hours of use of the roof terrace) is revised to restrict use to between 08:00 and 21:00 on any day, in response to the comments of the Tabard Row Residents' Association.
S 10
H BACKGROUND DOCUMENTS
T Background Papers | Held At | Contact
T Individual case files | Planning and Growth, 160 Riverside Walk | Planning enquiries 020 7946 0700
PB
T Item No. 8 | Classification: Open | Date: 10 March 2026 | Meeting Name: Planning Committee (Major Applications) A
T Report title: | Planning appeals update – decisions received October 2025 to February 2026
T Ward(s) or groups affected: | All
T From: | Director of Planning and Growth
S 8
H PURPOSE
R 1. | To report appeal decisions received since the last update to the committee.
H RECOMMENDATION
R 2. | That members note the appeal decisions set out in Appendix 1.
H FACTORS FOR CONSIDERATION
R 3. | Eleven appeal decisions were received in the period, of which eight were dismissed and three allowed, giving a success rate of 73% against a national average of 71%.
R 4. | No costs awards were made against the council in the period.
S 10
H BACKGROUND DOCUMENTS
T Background Papers | Held At | Contact
T Individual case files | Planning and Growth, 160 Riverside Walk | Planning enquiries 020 7946 0700
