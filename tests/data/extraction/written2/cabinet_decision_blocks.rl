@title Cabinet minutes 4 December 2023
@font Times-Roman
@fontsize 11.5
@numcol 14
@header
@footer Minutes are subject to confirmation at the next meeting as a correct record of the proceedings and any // amendments arising will be recorded in the minutes of that subsequent meeting. // {page}
C <font size="15"><b>London Borough of Kelmscott &amp; Ravensbourne</b></font>
C <font size="14"><b>Cabinet</b></font>
C <font size="14"><b>Minutes</b></font>
C <b>Monday 4 December 2023</b>
S 4
H PRESENT
P Councillor Nadia Rahman, Leader (+ Regeneration and Strategy)<br/>Councillor Owen Treacy, Deputy Leader (+ Finance and Commercial Services)<br/>Councillor Bethany Cole, Cabinet Member for Housing<br/>Councillor Samir Haddad, Cabinet Member for Children and Education<br/>Councillor Joan Ferriday, Cabinet Member for Environment and Climate<br/>Councillor Marcus Delane, Cabinet Member for Community Safety and Libraries
H ALSO PRESENT
P Councillor Bernard Lyle, Leader of the Opposition
S 4
H 201. MINUTES OF THE CABINET MEETING HELD ON 6 NOVEMBER 2023
H RESOLVED:
P That the minutes of the meeting of the Cabinet held on 6 November 2023 be confirmed and signed as an accurate record of the proceedings, and that the outstanding actions be noted.
H 202. APOLOGIES FOR ABSENCE
P Apologies for absence were received from Councillor Priya Natarajan.
H 203. DECLARATION OF INTERESTS
P There were no declarations of interest.
H 204. CORPORATE REVENUE MONITOR 2023/24 MONTH 6 – SEPTEMBER 2023 AND IN-YEAR SAVINGS PROPOSALS FOR THE GENERAL FUND
P Councillor Owen Treacy introduced the report, which forecast a General Fund overspend of £5.8 million, mostly in children's placements and temporary accommodation, and set out in-year savings of £2.1 million.
P Councillor Bernard Lyle asked whether the savings would affect the opening hours of the borough's children's centres. Councillor Treacy replied that no reduction in opening hours was proposed.
H RESOLVED:
P 1. That the General Fund forecast overspend of £5.8 million at month 6 be noted.<br/>2. That the in-year savings proposals set out in Appendix 2 be approved.<br/>3. That the virements set out in Appendix 3 be approved.
H Reason for decision:
P As set out in the report.
H Alternative options considered and rejected:
P As set out in the report.
H Record of any conflict of interest:
P None.
H Note of dispensation in relation to any conflict of interest:
P None.
H 205. HOUSING REVENUE ACCOUNT RENT SETTING 2024/25
P Councillor Bethany Cole introduced the report and explained that the proposed rise of 7.7% followed the Government's rent formula, and that tenants in hardship would be offered help through the tenancy sustainment fund.
H RESOLVED:
P That a rent increase of 7.7% for council dwellings, effective from 1 April 2024, be approved.
H Reason for decision:
P As set out in the report.
H Alternative options considered and rejected:
P As set out in the report.
H Record of any conflict of interest:
P None.
H Note of dispensation in relation to any conflict of interest:
P None.
H 206. AWARD OF CONTRACT FOR SELF-SERVICE KIOSKS IN LIBRARIES
P Councillor Marcus Delane introduced the report and noted that the new kiosks would allow all eight libraries to open for longer on Saturdays.
H RESOLVED:
P That the contract for the supply and maintenance of self-service kiosks be awarded to Bookpoint Systems Ltd for a period of five years at a total cost of £486,000.
H Reason for decision:
P As set out in the report.
H Alternative options considered and rejected:
P As set out in the report.
H Record of any conflict of interest:
P None.
H Note of dispensation in relation to any conflict of interest:
P None.
H 207. SCHOOL ORGANISATION: PROPOSED AMALGAMATION OF GREYFRIARS INFANT AND JUNIOR SCHOOLS
P Councillor Samir Haddad introduced the report. He said that both governing bodies supported amalgamation and that a single all-through primary school would secure the future of the site.
H RESOLVED:
P That a statutory consultation on the proposed amalgamation of Greyfriars Infant School and Greyfriars Junior School be approved, to start on 8 January 2024.
H Reason for decision:
P As set out in the report.
H Alternative options considered and rejected:
P As set out in the report.
H Record of any conflict of interest:
P None.
H Note of dispensation in relation to any conflict of interest:
P None.
H 208. FORWARD PLAN OF KEY DECISIONS
H RESOLVED:
P The Key Decision List was noted.
H 209. EXCLUSION OF PRESS AND PUBLIC
H RESOLVED:
P That under Section 100A(4) of the Local Government Act 1972, the public and press be excluded from the meeting during the consideration of the following item of business, on the grounds that it contains information relating to the financial or business affairs of any particular person (including the authority holding that information) as defined in paragraph 3 of Schedule 12A of the said Act.
H 210. DISPOSAL OF THE FORMER ABBOTSWELL DEPOT SITE (E)
P Councillor Nadia Rahman introduced the exempt report. Councillor Joan Ferriday asked that the sale include a covenant on the retention of the mature London plane trees on the frontage.
H RESOLVED:
P That the recommendations contained in the exempt report, as amended to include a covenant on tree retention, be approved.
S 10
P Meeting started: 7.00 pm<br/>Meeting ended: 7.52 pm
S 20
P Chair ______________________________
