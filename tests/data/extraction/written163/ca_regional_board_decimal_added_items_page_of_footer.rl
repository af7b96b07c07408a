@title KTRD Regular Board Meeting Minutes October 15 2007
@font Helvetica
@fontsize 10
@footer Page {page} of 3 of the minutes of the Kettleford-Tamarack Regional District Regular Board Meeting // held on Monday, October 15, 2007 in Tamarack Falls, BC.
HC Kettleford-Tamarack Regional District
HC Regular Board Meeting Minutes
C October 15, 2007; 10:00 AM
C 410 Larch Street, Tamarack Falls BC
P <b>In Attendance:</b>
P Board: R. Okonski, Chair (Tamarack Falls); L. Bhatt (Kettleford); D. Fenwick (Area A); M. Thibodeau (Area B); J. Sorensen (Area C); P. Keziere (Area D); A. McVittie (Alternate - Silver Creek)
P Staff: K. Morin, CAO; S. Lacasse, Director of Corporate Services (Recording Secretary); T. Iwasaki, Director of Planning; B. Ruel, Manager of Utilities
P Other: Gail Ferris and Peter Lund, Tamarack Valley Trails Society; 2 members of the press; members of the public.
H 1. Call to Order
P The meeting was called to order at 10:02 A.M.
H 2. Approval of Agenda
P 2.1 The following items were added to the agenda:
P 12.4 Correspondence for Action - Letter from Silver Creek Fire Protection Society<br/>13.2 Director's Report - Interior Municipal Association Convention - Director Fenwick
P It was moved and seconded:
P THAT the agenda be approved as amended.
P <b>CARRIED</b>
H 3. Adoption and Receipt of Minutes
H 3.1 Regular Board Meeting Minutes of September 24, 2007
P It was moved and seconded:
P THAT the Regular Board Meeting Minutes of September 24, 2007 be adopted as circulated.
P <b>CARRIED</b>
H 3.2 Electoral Area Directors Committee Meeting Minutes of October 1, 2007
P It was moved and seconded:
P THAT the Electoral Area Directors Committee Meeting Minutes of October 1, 2007 be received for information.
P <b>CARRIED</b>
H 4. Business Arising from the Minutes
H 4.1 Transfer Station Hours - Area C (Minute 7.3, September 24, 2007)
P Director Sorensen asked whether the winter hours at the Pine Flats transfer station could start in November rather than October. K. Morin, CAO, reported that the contractor had agreed to keep the summer hours until November 4. No resolution was required.
H 5. Delegations
H 5.1 Tamarack Valley Trails Society - Rail Trail Extension
P Gail Ferris and Peter Lund presented the Society's proposal to extend the rail trail 6.5 km from Tamarack Falls to Kettleford and asked the Board for $40,000 over two years. Director Bhatt asked about maintenance costs; Ms. Ferris said the Society would carry them for five years.
P It was moved and seconded:
P THAT the presentation be received and the request referred to the 2008 budget deliberations.
P <b>CARRIED</b>
H 6. Bylaws
H 6.1 Kettleford-Tamarack Regional District Area B Fire Protection Service Amendment Bylaw No. 1043, 2007
P It was moved and seconded:
P THAT Bylaw No. 1043, 2007 be read a first, second and third time.
P <b>CARRIED</b>
H 6.2 Kettleford-Tamarack Regional District Building Regulation Amendment Bylaw No. 1047, 2007
P It was moved and seconded:
P THAT Bylaw No. 1047, 2007 be adopted.
P <b>CARRIED</b><br/>Director Thibodeau opposed.
H 7. Reports
H 7.1 Development Variance Permit DVP-07-11 - 2260 Cedar Bench Road, Area A
P T. Iwasaki, Director of Planning, presented the report. Director Fenwick said that the neighbours on the north side had not been consulted.
P It was moved and seconded:
P THAT Development Variance Permit DVP-07-11 be issued to reduce the front setback from 7.5 m to 4.0 m.
P <b>DEFEATED</b>
P It was moved and seconded:
P THAT Development Variance Permit DVP-07-11 be referred back to staff to consult the adjacent owners.
P <b>CARRIED</b>
H 7.2 Kettleford Water System Upgrade, Phase 2 - Contract Award
P B. Ruel, Manager of Utilities, reported that four tenders had been received and that the lowest compliant tender was within the grant-funded budget.
P It was moved and seconded:
P THAT the contract for the Kettleford Water System Upgrade, Phase 2 be awarded to Brisco Civil Ltd. for $1,284,300 (excluding GST).
P <b>CARRIED</b>
H 7.3 2008 Budget Timetable
P It was moved and seconded:
P THAT the 2008 budget timetable be received.
P <b>CARRIED</b>
H 8. Correspondence for Information
H 8.1 Correspondence List, September 20 - October 10, 2007
P It was moved and seconded:
P THAT the correspondence be received.
P <b>CARRIED</b>
H 12. Correspondence for Action
H 12.4 Letter from Silver Creek Fire Protection Society
P Director McVittie spoke in support of the Society's request for help with the cost of a replacement pumper truck.
P It was moved and seconded:
P THAT a grant-in-aid of $2,500 be given to the Silver Creek Fire Protection Society from the Area D grant-in-aid budget.
P <b>CARRIED</b>
H 13. Directors' Reports
H 13.2 Interior Municipal Association Convention - Director Fenwick
P Director Fenwick reported on the resolutions sessions at the Interior Municipal Association convention, including the resolution on rural policing costs, which was endorsed.
H 14. Adjournment
P It was moved and seconded:
P THAT the meeting be adjourned.
P <b>CARRIED</b>
P The meeting adjourned at 12:47 P.M.
S 20
G ______________________________ | ______________________________
G R. Okonski, Chair | S. Lacasse, Corporate Officer
