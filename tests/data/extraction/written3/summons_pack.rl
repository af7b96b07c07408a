@title Agenda 7th March 2024
@font Times-Roman
@fontsize 11
@numcol 10
@header
@footer Wittering Ash Parish Council – Agenda pack 7th March 2024 – page {page}
P To: ALL MEMBERS OF THE COUNCIL
P YOU ARE HEREBY SUMMONED TO ATTEND A MEETING OF WITTERING ASH PARISH COUNCIL TO BE HELD in the Jubilee Room, Church Street on Thursday 7th March 2024, at 7.30PM FOR THE PURPOSE OF TRANSACTING THE FOLLOWING BUSINESS:
P HELEN MARRIOTT, CLERK TO THE COUNCIL&nbsp;&nbsp;&nbsp;&nbsp;DATE 29th February, 2024
P MEMBERS OF THE PUBLIC WHO WISH TO ADDRESS THE PARISH COUNCIL ARE ADVISED TO NOTIFY THE CLERK IN ADVANCE (preferably before mid-day on the day of the meeting).
HC AGENDA
R 1. | Note attendance and receive apologies for absence.
R 2. | Declarations of interest on items on this agenda and approve dispensations to members.
R 3. | Minutes of the previous meeting – to consider a resolution to approve the minutes of the meeting held on Thursday 1st February 2024 (attached).
R 4. | Matters arising from the minutes of the previous meeting (information only).
R 5. | PUBLIC FORUM – opportunity for public questions or presentations to the council. Public participation is limited to 15 minutes.
R 6. | Finance – to approve the payments listed in the Clerk's finance report (attached).
R 7. | Planning – to consider applications received since the last meeting.
R 8. | Village sign – to consider the Clerk's report on the replacement of the village sign (attached).
R 9. | Highways and footpaths – reports from members.
R 10. | Correspondence received.
R 11. | Items for the next agenda (information only).
R 12. | Date of next meeting – Thursday 4th April 2024.
PB
HC WITTERING ASH PARISH COUNCIL
HC REPORT TO COUNCIL – 7th MARCH 2024
G <b>Agenda item:</b> | 6
G <b>Subject:</b> | Payments for approval and bank reconciliation
G <b>Report by:</b> | Clerk and Responsible Financial Officer
S 6
P 1. The bank reconciliation at 29th February 2024 shows a balance of £18,442.07 in the current account and £25,000.00 in the deposit account.
P 2. The following payments are presented for approval:
T Payee | Description | Amount
T H Marriott | Clerk's salary February | £412.50
T HMRC | PAYE February | £82.60
T Nene Valley Grounds | Grass cutting, churchyard (final 2023/24) | £290.00
T Jubilee Room Trustees | Room hire, February meeting | £18.00
P 3. Recommendation: That the Council approves the payments listed above.
S 14
HC WITTERING ASH PARISH COUNCIL
HC REPORT TO COUNCIL – 7th MARCH 2024
G <b>Agenda item:</b> | 8
G <b>Subject:</b> | Replacement of the Village Sign
G <b>Report by:</b> | Clerk
S 6
P 1. At the meeting on 1st February 2024 the Council asked the Clerk to obtain quotations for replacing the village sign on the Green, which was damaged in the storm of 21st January.
P 2. Three quotations have been received: Fenland Signcraft £2,450; Woodcraft of Stamford £2,980; J &amp; R Forge £3,300. Only the Woodcraft quotation includes the carved oak post.
P 3. The insurers have confirmed that the claim will be met, less the excess of £250.
P 4. Recommendation: That the Council accepts the quotation from Woodcraft of Stamford and authorises the Clerk to place the order once the insurance settlement is received.
PB
HC WITTERING ASH PARISH COUNCIL
HC DRAFT MINUTES OF THE MEETING OF THE PARISH COUNCIL HELD ON THURSDAY 1st FEBRUARY 2024 AT 7.30PM IN THE JUBILEE ROOM
P <b>Present:</b> Cllr D Whitwell (Chairman), Cllr S Pengelly (Vice-Chairman), Cllr A Fairbrass, Cllr M Okafor, Cllr J Tungate, Cllr R Villiers.
P <b>In attendance:</b> Helen Marriott (Clerk); 2 members of the public.
R 1. | <b>ATTENDANCE AND APOLOGIES FOR ABSENCE</b>
R | Apologies were received from Cllr K Hollis (illness). Resolved to accept the apologies.
R 2. | <b>DECLARATIONS OF INTEREST</b>
R | None.
R 3. | <b>MINUTES OF THE PREVIOUS MEETING</b>
R | Resolved that the minutes of the meeting held on 11th January 2024 be approved and signed by the Chairman.
R 4. | <b>MATTERS ARISING</b>
R | The Clerk reported that the Christmas tree had been removed and the lights stored in the church vestry.
R 5. | <b>PUBLIC FORUM</b>
R | A resident reported that the village sign on the Green had been blown over in the storm and was lying on the verge. Another asked whether the bench by the pond could be repainted.
R 6. | <b>FINANCE</b>
R | Cllr Pengelly proposed, and Cllr Tungate seconded, that the January payments totalling £803.10 be approved. Carried unanimously.
R 7. | <b>PLANNING</b>
R | 24/00061/HHFUL, 9 Manor Close – two-storey side extension. Cllr Okafor said that the extension would overshadow the neighbouring bungalow. The Council agreed to object on the grounds of loss of light to No. 7.
R 8. | <b>VILLAGE SIGN</b>
R | Cllr Whitwell reported that the sign had been recovered and was stored at Home Farm. The post had snapped at ground level. It was agreed that the Clerk obtain three quotations for a replacement and notify the insurers.
R 9. | <b>HIGHWAYS AND FOOTPATHS</b>
R | Cllr Fairbrass reported that the footpath to Ash Spinney was impassable because of fallen trees. The report was noted and the Clerk asked to inform the Rights of Way officer.
R 10. | <b>DATE OF NEXT MEETING</b>
R | Thursday 7th March 2024 at 7.30pm in the Jubilee Room.
P The meeting closed at 8.40pm.
