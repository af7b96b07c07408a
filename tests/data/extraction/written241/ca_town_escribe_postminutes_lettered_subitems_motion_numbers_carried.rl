@title Regular Council Meeting Minutes
@font Helvetica
@fontsize 10
@footer Regular Council Meeting Minutes - March 8, 2022 || Page {page}
HC The Corporation of the Town of Corran Point
HC Regular Council Meeting
HC Minutes
S 6
G Date: | Tuesday, March 8, 2022
G Time: | 7:00 pm
G Location: | Council Chambers, 917 Lakeview Road, and by electronic participation
S 4
P <b>Present:</b> Mayor Gary Vandersteen, Deputy Mayor Lucie Ouellette, Councillor Brent Dufour, Councillor Andrea Haddock, Councillor Rick Maitland
P <b>Also Present:</b> Chief Administrative Officer Marianne Theriault, Director Legislative Services &amp; Clerk Paul Lanoue, Director Public Works &amp; Engineering Services Colin Reaume, Drainage Superintendent Devon Strickland, Drainage Engineer (Drennan Engineering Ltd.) Heather Koski
H 1. Call to Order
P The Mayor calls the meeting to order at 7:00 pm.
H 2. Land Acknowledgement
P The Mayor reads the land acknowledgement.
H 3. Disclosure of Pecuniary Interest
P Councillor Maitland discloses a pecuniary interest in Item 6.a as he owns land assessed under the Laforet Drain and does not take part in the discussion or vote on that item.
H 4. Minutes
H a. Regular Council Meeting - February 22, 2022
P Motion: RCM - 61/22
P Moved By Councillor Haddock<br/>Seconded By Deputy Mayor Ouellette
P That the February 22, 2022 Regular Council Meeting Minutes, as presented, be adopted.
P <b>Carried</b>
H b. Special Council Meeting - March 1, 2022 (Budget)
P Motion: RCM - 62/22
P Moved By Councillor Dufour<br/>Seconded By Councillor Maitland
P That the March 1, 2022 Special Council Meeting Minutes, as presented, be adopted.
P <b>Carried</b>
H 5. Supplementary Agenda
P Motion: RCM - 63/22
P Moved By Deputy Mayor Ouellette<br/>Seconded By Councillor Dufour
P That the Supplementary Agenda adding Item 8.c, Report CAO-2022-07 Spring Community Clean-Up Grant, be adopted.
P <b>Carried</b>
H 6. Drainage Matters
H a. Laforet Drain Improvements - Consideration of Engineer's Report
P The Drainage Superintendent provides an overview of the improvements to the drain as set out in the engineer's report appended to the agenda. He states that no delegations have registered for this item.
P The Mayor opens the floor to questions from Members. Councillor Haddock asks whether the affected landowners have been kept informed since the first on-site meeting in 2019. The Drainage Superintendent explains that further site meetings have been held and that landowners attended the public information centre in November 2021.
P Deputy Mayor Ouellette asks whether the assessment schedule reflects current construction prices. The Drainage Engineer confirms that the assessments were updated on the date the report was filed.
P Motion: RCM - 64/22
P Moved By Councillor Dufour<br/>Seconded By Councillor Haddock
P That the Engineer's Report for the Laforet Drain Improvements, dated January 28, 2022, be adopted, and that the provisional By-law be given first and second reading.
P <b>Carried</b>
H 7. Delegations
P There are no delegations.
H 8. Reports
H a. Chief Administrative Officer - Report CAO-2022-06 Municipal Accessibility Plan 2022-2026
P The Chief Administrative Officer presents the report. Councillor Dufour asks that the plan be shared with the Accessibility Advisory Committee before the public survey closes.
P Motion: RCM - 65/22
P Moved By Councillor Dufour<br/>Seconded By Councillor Maitland
P That Report CAO-2022-06 be received, and that the draft Municipal Accessibility Plan 2022-2026 be released for public comment until April 15, 2022.
P <b>Carried</b>
H b. Public Works &amp; Engineering Services - Report PWES-2022-09 Winter Control Summary 2021-2022
P The Director Public Works &amp; Engineering Services reports that salt use is eleven per cent below the five-year average.
P Motion: RCM - 66/22
P Moved By Councillor Maitland<br/>Seconded By Deputy Mayor Ouellette
P That Report PWES-2022-09 be received for information.
P <b>Carried</b>
H c. Chief Administrative Officer - Report CAO-2022-07 Spring Community Clean-Up Grant
P Motion: RCM - 67/22
P Moved By Councillor Haddock<br/>Seconded By Councillor Dufour
P That Council approve a grant of $2,500 to the Corran Point Lions Club for the spring community clean-up on April 23, 2022.
P <b>Carried</b>
H 9. Correspondence
P There is no correspondence requiring action.
H 10. By-Laws
P Motion: RCM - 68/22
P Moved By Deputy Mayor Ouellette<br/>Seconded By Councillor Haddock
P That By-law 2022-14, being a by-law to provide for the Laforet Drain Improvements, be given first and second reading.
P <b>Carried</b>
H 11. Next Meeting
P The next Regular Council Meeting is on Tuesday, March 22, 2022 at 7:00 pm.
H 12. Adjournment
P Motion: RCM - 69/22
P Moved By Councillor Maitland<br/>Seconded By Councillor Haddock
P That there being no further business, the March 8, 2022 Regular Meeting of Council be adjourned at 8:14 pm.
P <b>Carried</b>
S 14
P _________________________<br/>Mayor
P _________________________<br/>Clerk
