@title Annual Meeting of Torrbridge Town Council 14 May 2012
@font Times-Roman
@fontsize 11
@footer Annual Meeting 14.05.12||Page {page}
HC TORRBRIDGE TOWN COUNCIL
C Minutes of the Annual Meeting of Torrbridge Town Council held in the Council Chamber, Town Hall, Torrbridge on Monday 14 May 2012 at 7.00 pm
P <b>PRESENT:</b>
G <b>North Ward:</b> | Cllr P Ashplant | Cllr Mrs D Luxton
G <b>South Ward:</b> | Cllr J Chugg | Cllr R Isaac
G <b>East Ward:</b> | Cllr Mrs R Yeo | Cllr T Heddon
G <b>West Ward:</b> | Cllr Mrs K Folland | Cllr S Passmore
G <b>Quay Ward:</b> | Cllr B Vellacott | Cllr Mrs A Tuckett
G <b>Abbotsham Road Ward:</b> | Cllr M Grigg | Cllr L Squance
G <b>Orchard Hill Ward:</b> | Cllr Mrs P Mayne | Cllr D Nott
P <b>IN ATTENDANCE:</b> Mrs G Hocking (Town Clerk), Mrs C Pidler (Administration Assistant) and 11 members of the public.
H 01. ELECTION OF TOWN MAYOR
P Councillor Mrs R Yeo was proposed by Councillor T Heddon, it was seconded by Councillor Mrs A Tuckett and
P <b>RESOLVED That:</b> Councillor Mrs R Yeo be elected as Town Mayor and Chairman of the Council for the year 2012/2013.
P (Vote – For: 13, Against: 0, Abstentions: 1)
H 02. DECLARATION OF ACCEPTANCE OF OFFICE
P The Town Mayor made and signed the Declaration of Acceptance of Office, which was witnessed by the Town Clerk. The Town Mayor thanked Members for their support and paid tribute to Councillor J Chugg for his year in office.
H 03. ELECTION OF DEPUTY TOWN MAYOR
P Councillor S Passmore was proposed by Councillor J Chugg and seconded by Councillor M Grigg. Councillor Mrs P Mayne was proposed by Councillor D Nott and seconded by Councillor L Squance. On a show of hands Councillor S Passmore received 9 votes and Councillor Mrs P Mayne received 5 votes and it was
P <b>RESOLVED That:</b> Councillor S Passmore be elected as Deputy Town Mayor for the year 2012/2013.
P (Vote – For: 9, Against: 5, Abstentions: 0)
P Councillor S Passmore made and signed the Declaration of Acceptance of Office.
H 04. APOLOGIES FOR ABSENCE
P There were no apologies for absence; all members were present.
H 05. DECLARATIONS OF INTEREST
P Councillor B Vellacott declared a personal interest in item 09 as a trustee of the Torrbridge Pannier Market Trust.
H 06. PUBLIC PARTICIPATION SESSION
P Mr G Ridd asked whether the Council would again fund the Christmas lights switch-on. The Town Mayor replied that the matter would be considered by the Finance Committee in September.
H 07. MINUTES
P The minutes of the meeting held on 16 April 2012 were approved and signed as a correct record.
P (Vote – For: 13, Against: 0, Abstentions: 1)
H 08. APPOINTMENT OF COMMITTEES AND WORKING GROUPS FOR 2012/2013
P The Town Clerk presented the list of committees and their present membership. Councillor Mrs K Folland asked to join the Allotments Working Group in place of Councillor R Isaac, who agreed.
P <b>RESOLVED That:</b> the committees and working groups be appointed with the membership set out in the schedule attached to these minutes, subject to the change agreed above.
P (Vote – For: 14, Against: 0, Abstentions: 0)
H 09. APPOINTMENT OF REPRESENTATIVES ON OUTSIDE BODIES FOR 2012/2013
P <b>RESOLVED That:</b> the representatives on outside bodies for 2012/2013 be as set out in the schedule attached to these minutes.
P (Vote – For: 13, Against: 0, Abstentions: 1)
H 10. REVIEW OF STANDING ORDERS
P Councillor D Nott proposed an amendment that Standing Order 3(f) be changed to allow each member of the public five minutes to speak. This was seconded by Councillor L Squance. On being put to the vote the amendment was LOST.
P (Vote – For: 4, Against: 9, Abstentions: 1)
P It was then proposed by Councillor T Heddon, seconded by Councillor Mrs D Luxton and
P <b>RESOLVED That:</b> the Standing Orders be re-adopted without amendment.
P (Vote – For: 10, Against: 2, Abstentions: 2)
H 11. DATES OF COUNCIL MEETINGS 2012/2013
P <b>RESOLVED That:</b> meetings of the Council be held on the third Monday of each month at 7.00 pm, with no meeting in August.
P (Vote – For: 14, Against: 0, Abstentions: 0)
H 12. EXCLUSION OF THE PRESS AND PUBLIC
P <b>RESOLVED That:</b> in view of the confidential nature of the business to be transacted the press and public be excluded from the meeting for the following item, in accordance with the Public Bodies (Admission to Meetings) Act 1960.
P (Vote – For: 14, Against: 0, Abstentions: 0)
H 13. STAFFING COMMITTEE RECOMMENDATION – TOWN CLERK’S ANNUAL APPRAISAL
P Councillor J Chugg reported on the appraisal carried out by the Staffing Committee on 2 May 2012.
P <b>RESOLVED That:</b> the recommendation of the Staffing Committee be adopted.
P (Vote – For: 14, Against: 0, Abstentions: 0)
S 8
P There being no further business the Town Mayor closed the meeting at 8.35 pm.
S 14
P Signed ……………………………………… Town Mayor        Date ………………………
