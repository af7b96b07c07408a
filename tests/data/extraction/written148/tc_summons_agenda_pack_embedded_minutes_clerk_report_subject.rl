@title Agenda pack 3 July 2023
@font Helvetica
@fontsize 9.5
@footer {page}
HC MEMBERS ARE SUMMONED TO ATTEND A MEETING OF TREGARRACK TOWN COUNCIL ON MONDAY 3 JULY 2023 AT 7.00 P.M. IN THE COUNCIL CHAMBER, TOWN HALL, TREGARRACK, TO DEAL WITH THE BUSINESS SET OUT BELOW.
S 4
P Town Clerk
P 26 June 2023
S 4
HC COUNCIL
HC AGENDA
R 1. | <b>APOLOGIES</b>
R 2. | <b>DECLARATIONS OF INTEREST</b>
R 3. | <b>DISPENSATIONS</b>
R 4. | <b>PUBLIC PARTICIPATION</b> Up to 15 minutes for residents to speak on items on this agenda. Please give your name to the Town Clerk by 4.00 p.m. on the day of the meeting.
R  | PLEASE NOTE: Anyone present may film, record or report on this public meeting; please tell the Mayor beforehand if you intend to do so.
R 5. | <b>COUNCIL MINUTES</b> To confirm minutes 14 to 24 of the Council meeting of 5 June 2023 [Page 2]
R 6. | <b>COMMITTEE MINUTES</b> To note the minutes of the meeting of the Planning Committee held on 19 June 2023 (to follow)
R 7. | <b>CORRESPONDENCE</b> To note letters received since the last meeting
R 8. | <b>MAYOR'S ANNOUNCEMENTS</b>
R 9. | <b>BUS SHELTER, QUAY HILL</b> To consider the report of the Town Clerk and the recommendation therein [Page 3]
R 10. | <b>TOWN FAIR 2023</b> To receive an update from the Town Fair Group
R 11. | <b>ACCOUNTS FOR PAYMENT</b> To approve the schedule of payments for June
R 12. | <b>DATE OF NEXT MEETING</b> Monday 7 August 2023
PB
HC TREGARRACK TOWN COUNCIL
HC MINUTES OF THE MEETING OF THE COUNCIL HELD ON MONDAY 5 JUNE 2023 AT 7.00 P.M. IN THE COUNCIL CHAMBER, TOWN HALL, TREGARRACK
P <b>PRESENT:</b> Councillor J Rowe (Mayor), Councillors Mrs A Carne, P Eddy, Mrs H Gluyas, T Jago, D Keast, Mrs R Mitchell, S Nankivell, Mrs E Pascoe and K Roskilly.
P <b>IN ATTENDANCE:</b> Town Clerk (Mr M Spargo), Deputy Town Clerk, Unitary Councillor L Treloar and 5 members of the public.
R 14. | <b>APOLOGIES</b> Apologies were received from Councillors Mrs S Bolitho and G Trewin (holiday). RESOLVED that the apologies be accepted.
R 15. | <b>DECLARATIONS OF INTEREST</b> Councillor T Jago declared a personal interest in minute 23 as a member of the Rowing Club.
R 16. | <b>DISPENSATIONS</b> None.
R 17. | <b>PUBLIC PARTICIPATION</b> Mr R Hendy spoke about lorries parking on Quay Hill during deliveries to the boatyard and the damage to the bus shelter. The Mayor thanked Mr Hendy and said that the matter would be on the July agenda.
R 18. | <b>COUNCIL MINUTES</b> Proposed by Councillor Mrs A Carne, seconded by Councillor P Eddy and RESOLVED that minutes 1 to 13 of the Annual Meeting of the Council held on 15 May 2023 be approved as a correct record and signed by the Mayor.
R 19. | <b>COMMITTEE MINUTES</b> The minutes of the meeting of the Planning Committee held on 22 May 2023 were noted.
R 20. | <b>CORRESPONDENCE</b> Members noted a letter from the Harbour Commissioners thanking the Council for its contribution to the new pontoon lighting.
R 21. | <b>MAYOR'S ANNOUNCEMENTS</b> The Mayor reported that she had attended the Tregarrack Band's centenary concert and the opening of the refurbished library, and reminded Members of the Civic Service on 18 June.
R 22. | <b>TOWN FAIR 2023</b> Councillor Mrs H Gluyas reported on the arrangements for the Town Fair on 15 July. Proposed by Councillor Mrs H Gluyas, seconded by Councillor S Nankivell and RESOLVED that the Town Clerk apply to close Market Street between 9.00 a.m. and 6.00 p.m.
R 23. | <b>GRANT REQUEST – TREGARRACK ROWING CLUB</b> Councillor K Roskilly proposed that a grant of £500 be made towards a new safety boat, seconded by Councillor Mrs R Mitchell. Councillor D Keast said that the request should wait for the grants round in October. On being put to the vote the motion was lost, 4 votes for and 5 against. Councillor T Jago did not vote.
R 24. | <b>DATE OF NEXT MEETING</b> Monday 3 July 2023 at 7.00 p.m.
S 6
P The meeting closed at 8.31 p.m.
PB
HC TREGARRACK TOWN COUNCIL
G REPORT TO: | Full Council
G DATE OF MEETING: | 3 July 2023
G AGENDA ITEM: | 9
G Subject: | Replacement of the bus shelter, Quay Hill
G REPORT OF: | Town Clerk
S 6
H 1. Purpose of report
P To seek a decision on the replacement of the bus shelter on Quay Hill, which was damaged beyond repair by a reversing lorry on 12 May 2023.
H 2. Background
P The shelter was installed by the Town Council in 2004 and is insured under the Council's policy. The insurers have accepted the claim and will pay £3,150 towards a like-for-like replacement, less the £250 excess.
H 3. Options
P (a) Replace like-for-like in timber: £3,400 plus VAT. (b) Replace with a glazed aluminium shelter with a bench and timetable case: £5,980 plus VAT. (c) Do not replace the shelter.
H 4. Recommendation
P That the Council accepts option (b) and funds the difference from the Street Furniture earmarked reserve.
S 8
P M Spargo, Town Clerk, 26 June 2023
