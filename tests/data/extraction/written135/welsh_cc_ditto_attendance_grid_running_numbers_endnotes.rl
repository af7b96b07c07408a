@title Bryncoedwen Community Council minutes 11 December 2019
@font Helvetica
@fontsize 10
@numcol 14
@footer Bryncoedwen Community Council – Minutes 11.12.2019 || Page {page}
H BRYNCOEDWEN COMMUNITY COUNCIL’S MINUTES OF THE MEETING HELD ON WEDNESDAY 11th DECEMBER 2019 AT BRYNCOEDWEN VILLAGE HALL AT 7:00 PM
S 4
P <b>Present:</b>
G Councillor Mr Gareth Pryce * – Chair | Councillor Mrs Eirlys Bellis
G Councillor Mrs Dawn Hughes - Vice Chair | “ Mr Alun Jarvis
G “ Mr Kevin Rowlands | “ Mrs Carol Dodd *
G “ Mrs Siân Parry | Vacancy x1
G Mrs Rhian Vaughan – Clerk and Responsible Financial Officer | * Absent
P <b>Invited Guests:</b> County Borough Councillor Mr Huw Bevan
S 4
R 112 | <b>Welcome</b><br/>Members were welcomed to the meeting.
R 113 | <b>Apologies for Absence</b><br/>Apologies received from Councillors G Pryce and C Dodd. With the Chair away on family business, the Vice Chair, Cllr Hughes, presided.
R 114 | <b>Police Report</b><br/>The Clerk reported that no police report had been received for November and read an email from a resident about speeding on Lon Isaf near the school. She added that she had forwarded the email to the local policing team but had not yet received a response.
R 115 | <b>Declarations of Interest<super>i</super></b><br/>The Clerk asked Members to name any interest they held in the business on the agenda. Cllr Parry declared a personal interest in item 121 as a member of the Village Hall management committee.
R 116 | <b>Confirmation of Minutes</b><br/>AGREED – That the November minutes are a true record once corrected as follows: 1. Item 104 to read “the Council resolved to renew the grass cutting contract for 2020-21 at £2,160.00”.
R 117 | <b>County Borough Councillor’s Report</b><br/>Cllr Bevan reported that the County Borough Council had begun consultation on its budget for 2020-21 and that the winter gritting routes were unchanged. He had asked Streetscene to replace the damaged litter bin at the bus stop on Lon Isaf.
R 118 | <b>Finance and Payments</b><br/>AGREED – That the payments listed in Appendix A totalling £1,842.60 be approved and the bank reconciliation to 30th November 2019 be signed by the Vice Chair.
R 119 | <b>Precept 2020/21</b><br/>Following discussion of the draft budget it was proposed by Cllr Jarvis and seconded by Cllr Rowlands that the precept be increased by 2.4%. Carried 5 for, 1 against.<br/>RESOLVED – That the precept for 2020/21 be set at £21,500.
R 120 | <b>Planning</b><br/>P/2019/0977 Ty Newydd, Groes Lwyd – two storey side extension. No objections.
R 121 | <b>Village Hall Car Park</b><br/>Cllr Parry left the room. Cllr Bellis reported that two quotations had been received from the hall committee for resurfacing the car park. AGREED – That the Council contributes £600 towards the lower quotation. Cllr Parry returned to the meeting.
R 122 | <b>Matters concerning Staffing (Part 2)<super>ii</super></b><br/>The Vice Chair asked the two members of the public to leave while a personnel matter was discussed. AGREED – That the Clerk’s contracted hours be increased to 8 per week from 1st January 2020.
R 123 | <b>Date of Next Meeting</b><br/>Wednesday 15th January 2020 at 7:00 PM at Bryncoedwen Village Hall.
S 12
P Signed ……………………………………… Chair &nbsp;&nbsp;&nbsp; Date ……………………
S 12
P <super>i</super> Interests are recorded in the register held by the Clerk; a member with a prejudicial interest leaves the room for that item.
P <super>ii</super> Taken in closed session because it concerns an individual member of staff.
