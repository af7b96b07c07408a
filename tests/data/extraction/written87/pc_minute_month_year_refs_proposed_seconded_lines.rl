@title Minutes March 2003
@font Times-Roman
@fontsize 11
@numcol 30
@footer Page {page}
HC Thwaite Bridge Parish Council
C Minutes of the Meeting of Thwaite Bridge Parish Council held in the Community Centre, North Street, 7.30pm on Monday 3rd March 2003
H Present
P Cllr. Tillotson – Chair, Cllr. Ackroyd, Cllr. Feather, Cllr. Holmes, Cllr. Shackleton, Cllr. Wadsworth.
P In Attendance: Clerk Mrs Hebden, County Councillor Peter Marsden and 4 members of the public.
R 25/03/2003 | <b>Apologies for Absence</b>
R | Cllr. Greenwood and Cllr. Laycock
R 26/03/2003 | <b>Declarations of Member’s Interest in Matters on the Agenda</b>
R | None
R 27/03/2003 | <b>Minutes of the Previous Meeting</b>
R | It was resolved that the minutes of the meeting of Monday 3rd February 2003, circulated to all members, be signed by the Chairman as a correct record. Proposed Cllr. Ackroyd Seconded, Cllr. Holmes
R 28/03/2003 | <b>Public Participation</b>
R | a) Mr Binns from the Village Committee reported that the goal posts on the playing field had been pulled over again at the weekend and one had been broken.
R | b) Mrs Clegg asked when the street light at the end of Beck Lane would be repaired, as it had been out since before Christmas.
R | Cllr. Tillotson said he would look into both matters before the next meeting.
R 29/03/2003 | <b>Westriding County Council Report from County Councillor Peter Marsden</b>
R | County Councillor Peter Marsden reported that the County Council had set its budget with a council tax rise of 9.8%. The consultation on the closure of the mobile library stop at Thwaite Bridge had ended and a decision would be made in April. He would ask the highways officer to look at the flooding at Low Mill corner.
R 30/03/2003 | <b>Clerk’s Report</b>
R | The Clerk reported on the following:
R | 1. Footpaths – the County Council had replaced the two stiles on footpath 12 near Hollin House.
R | 2. Street lighting – the faulty light on Beck Lane had been reported to the District Council on 12th February and again on 27th February.
R | 3. Audit – the internal auditor will visit on 14th April.
R 31/03/2003 | <b>Planning Applications</b>
R | a) 30/2003/2871 – Conservatory, 6 Hollin Croft.
R | b) 30/2003/2904 – Change of use of barn to dwelling, Scar Top Farm.
R | It was resolved to make no objection to either application.
R 32/03/2003 | <b>Finance</b>
R | It was resolved that the following accounts be paid: Clerk’s salary (March) £148.20; County Association of Local Councils subscription £62.00; T. Hird – grass cutting £85.00.
R | Proposed Cllr. Feather Seconded, Cllr. Wadsworth
R 33/03/2003 | <b>Village Hall Roof</b>
R | Cllr. Shackleton reported that the slates on the north side of the village hall roof had slipped in the February gales. Only one quotation had been received so far.
R | After discussion the item was deferred until further quotations had been received.
R 34/03/2003 | <b>Correspondence</b>
R | a) Upper Dales Rural Transport Partnership – newsletter. b) District Council – Parish Liaison Meeting, 20th March. c) Village Committee – request for the use of the playing field for the gala on 21st June.
R | Noted.
R 35/03/2003 | <b>Date of Next Meeting</b>
R | Monday 7th April 2003 at 7.30pm in the Community Centre.
S 24
P Signed ……………………………… Chairman      Date ……………………
