@title Kelderbeck Town Council Council Meeting 4 September 2017 Agenda
@font Helvetica
@fontsize 10
@numcol 10
@header KELDERBECK TOWN COUNCIL  Council Meeting: 4th September 2017  AGENDA||Page {page} of 2
HC KELDERBECK TOWN COUNCIL
C Council Meeting: 4th September 2017
P Members of the Council are summoned to a meeting in the NWDC Council Chamber, the Town Hall, Kelderbeck, at 7.30 p.m. on Monday, 4th September 2017, to transact the business set out below.
HC AGENDA
H Rollcall and Apologies
R 1. | <b>PUBLIC PARTICIPATION</b><br/>Members of the public wishing to ask a question, speak, or present a petition or deputation should tell the Town Clerk before the meeting begins. Guidance is on the Council’s website or from the Town Clerk on 01632 960418.
R 2. | <b>DECLARATIONS OF INTEREST</b><br/>Members and co-optees to declare any interests in items on this Agenda [a reminder that failing to declare a Disclosable Pecuniary Interest (DPI) is an offence; Other Registrable Interests (ORI) may also be declared for clarity.]
R 3. | <b>MINUTES OF COUNCIL MEETING HELD ON 7TH AUGUST &amp; MATTERS ARISING</b><br/>To approve the minutes of the meeting held on 7th August (see attached)
R 4. | <b>KELDERBECK YOUTH HUB: THE FIRST YEAR</b><br/>Presentation from Ruth Ashburner, Youth Hub Co-ordinator
R 5. | <b>MAYOR’S COMMUNICATIONS AND ANNOUNCEMENTS</b> (see attached)
R 6. | <b>MANAGEMENT COMMITTEE</b><br/>To approve the minutes of the Management Committee meeting held on 21st August (see attached) and to consider the recommendations at minutes MC/31 (office lease renewal) and MC/34 (staff training budget).
R 7. | <b>PLANNING COMMITTEE</b><br/>To receive the minutes of the Planning Committee meetings held on 14th and 28th August (see attached)
R 8. | <b>REPRESENTATIVES ON OUTSIDE BODIES</b><br/>To receive written reports from Members appointed to outside bodies (see attached)
R 9. | <b>TOWN CENTRE CHRISTMAS LIGHTS 2017</b><br/>To consider a report of the Town Clerk on the contract for the installation and removal of the Christmas lights (see attached)
R 10. | <b>DISTRICT LOCAL PLAN REVIEW – CONSULTATION</b><br/>To agree the Council’s response to the issues and options consultation, closing 29th September (draft response attached)
R 11. | <b>GRANT APPLICATIONS</b><br/>To consider applications from: (a) Kelderbeck Canal Restoration Society – £750 towards towpath benches; (b) Fellside Community Choir – £300 towards a concert in the parish church
R 12. | <b>MEMBER’S MOTION</b><br/>Cllr Tobias Garnett has given notice of the following motion: “That this Council asks the District Council to reintroduce free parking on Saturdays in December.”
R 13. | <b>ACCOUNTS FOR PAYMENT</b><br/>To approve the schedule of payments for August 2017 (see attached)
R 14. | <b>EXCLUSION OF THE PUBLIC AND PRESS</b><br/>To resolve that in view of the confidential nature of the business to be transacted, the public and press be excluded from the meeting for the following item.
R 15. | <b>STAFFING MATTERS</b><br/>To receive a confidential report of the Management Committee Chair (Part 2 – not for publication)
R 16. | <b>DATE OF NEXT MEETING</b><br/>Monday, 2nd October 2017 at 7.30 p.m.
S 14
P Fiona Lowther
P Town Clerk
P 28th August 2017
