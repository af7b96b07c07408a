@title Annual Meeting 4 May 2010
@font Helvetica
@fontsize 10.5
@numcol 12
@footer {page}
HC Cyngor Cymuned Cilgwernant
HC Cilgwernant Community Council
S 4
C Minutes of the Annual Meeting of Council held on Tuesday 04 May 2010 at 7.00pm in the Pant-y-Gof Community Centre
S 4
G <b>Presiding</b> | Councillor M Bevan |
G <b>Present</b> | Councillors R Gethin | E Harries
G  | L Mostyn | P Vaughan-Rees
G  | S Talfan | D Gwilt
G  | C Probert | A Nantlle
G <b>In attendance</b> | Mr H Prydderch (Clerk) |
G <b>Apologies</b> | Councillors T Ifans | G Maddock
S 6
R 1 | <b>DECLARATIONS OF INTEREST</b>
R  | Councillor E Harries declared a personal interest in Minute 9 below as secretary of the Pant-y-Gof Silver Band, which has an application for assistance before the Council.
R 2 | <b>APPOINTMENT OF CHAIRPERSON</b>
R  | Councillor M Bevan thanked members for their support during her year of office and invited nominations.
R  | RESOLVED that Councillor R Gethin be appointed Chairperson for 2010/11.
R  | (Councillor R Gethin in the Chair)
R  | RESOLVED that Council record its appreciation to Councillor M Bevan for her service as Chairperson in 2009/10.
R 3 | <b>CHAIRPERSON'S DECLARATION OF ACCEPTANCE OF OFFICE</b>
R  | Councillor R Gethin signed the declaration of acceptance of office, which was witnessed by the Clerk.
R 4 | <b>STANDING ORDERS</b>
R  | RESOLVED that the Council's Standing Orders be adopted without amendment.
R 5 | <b>FINANCIAL REGULATIONS</b>
R  | The Clerk reported that the internal auditor had recommended a higher limit for payments made between meetings in an emergency.
R  | RESOLVED that the Financial Regulations be adopted, subject to the limit in regulation 4.2 being raised from £250 to £400.
R 6 | <b>APPOINTMENT OF VICE-CHAIRPERSON</b>
R  | RESOLVED that Councillor L Mostyn be appointed Vice-Chairperson for 2010/11.
R 7 | <b>FINANCE AND DEVELOPMENT COMMITTEE</b>
R  | RESOLVED that the Chairperson, Vice-Chairperson, Councillors M Bevan, E Harries, S Talfan and C Probert be appointed to the Finance and Development Committee for 2010/11.
R 8 | <b>HALLS AND PLAYING FIELDS COMMITTEE</b>
R  | RESOLVED that the Halls Committee and the Playing Fields Ad-hoc Committee be merged as one Halls and Playing Fields Committee, and that the Chairperson, Councillors D Gwilt, P Vaughan-Rees and A Nantlle be appointed to it for 2010/11.
R 9 | <b>REQUESTS FOR FINANCIAL ASSISTANCE</b>
R  | (Councillor E Harries left the room during this item.)
R  | RESOLVED that all requests for financial assistance be considered at the October and April meetings of Council, and that Council's policy be reaffirmed as per Minute 9 of Council on 05 May 2009.
R 10 | <b>OPEN FORUMS</b>
R  | Councillor S Talfan suggested that one of the forums be held at the top of the valley, as few residents of Glyn-ceirw attended at the Community Centre.
R  | RESOLVED that Council continues to convene two Open Forum meetings during the year, in October and April, the October forum to be held in the Glyn-ceirw Chapel vestry.
R 11 | <b>REPRESENTATION ON THE AREA COMMITTEE OF ONE VOICE WALES AND ON THE UPPER VALLEY LIAISON FORUM OF COMMUNITY COUNCILS</b>
R  | RESOLVED that Council be represented on both bodies by the Chairperson and the Vice-Chairperson.
R 12 | <b>LIAISON WITH THE COUNTY BOROUGH COUNCIL</b>
R  | The Clerk reported that the County Borough Council's liaison meetings with community councils would move to the Civic Centre from September 2010.
R  | Noted.
R 13 | <b>DATES OF ORDINARY MEETINGS</b>
R  | RESOLVED that ordinary meetings be held on the first Tuesday of each month except August, at 7.00pm, alternating between the Pant-y-Gof Community Centre and the Glyn-ceirw Chapel vestry.
R 14 | <b>MINUTES</b>
R  | RESOLVED that the Minutes of the ordinary meeting of Council held on 06 April 2010 be confirmed and signed as a correct record, subject to Minute 211(b) being amended to read "Heol Cynon" in place of "Heol Cynan".
R 15 | <b>INSURANCE</b>
R  | The Clerk reported that three quotations had been obtained and that the present insurer remained the lowest.
R  | RESOLVED that the Council's insurance be renewed with the present insurer for 2010/11 at a premium of £612.40.
S 8
P The meeting closed at 8.05pm.
S 14
P Chairperson ................................................ Date ......................
