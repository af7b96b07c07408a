@title Cwm Dyfrig Community Council - agenda January 2016
@font Helvetica
@fontsize 10.5
@numcol 16
@footer Cyngor Cymuned Cwm Dyfrig||Page {page}
HC CWM DYFRIG COMMUNITY COUNCIL
HC CYNGOR CYMUNED CWM DYFRIG
C Mr. E. R. Gethin Clerk to the Council / Clerc Y Cyngor
C 7 Heol y Felin Uchaf, Blaen Dyfrig, NP99 4QX
C Mobile. 07700 900418 Email clerk.cwmdyfrig@example.org.uk
S 10
P Tuesday 5th January 2016
P Dear Member,
P Your attendance is requested at the next meeting of the above Community Council which will be held at the Reading Room, Pen-y-Dyfrig, on Thursday 14th January 2016 at 6.30pm.
P Yours sincerely,
P Emrys Gethin
P Clerk to Cwm Dyfrig Community Council
S 6
H Agenda
R 1. | Apologies for absence.
R 2. | Declarations of interest.
R 3. | To approve and confirm the minutes of the meeting held on Thursday 12th November 2015.
R 4. | Matters Arising from the November 2015 meeting of Council.
R 5. | Planning Applications.
R 6. | Community Councillor Vacancy. Opportunity for Co-Option
R 7. | Precept 2016/17 – to agree the precept request to the county borough council.
R 8. | Quarter 3 Income &amp; Expenditure Report
R 9. | To receive Community Council Correspondence.
R 10. | Approval of Community Council Cheques / Payments.
R 11. | To receive report from the police and / or the county borough Community Safety Team.
R 12. | Resident Participation
PB
HC CWM DYFRIG COMMUNITY COUNCIL
P Minutes of the last meeting held at the Reading Room, Pen-y-Dyfrig, of the above Community Council on Thursday 12th November 2015 at 6.30pm.
G <b>Present</b> | Cllr. H. Prothero (In the Chair)
G  | Cllr. G. Maddocks
G  | Cllr. S. Bevington
G  | Cllr. K. Yorath
G  | Cllr. M. Trenchard
G  | Cllr. A. Vaughan-Rees
G <b>Absent and Apologies</b> | Cllr. L. Pritchard-Evans
G  | Cllr. T. Mostyn
G  | Apologies were also received from the police.
G <b>In Attendance</b> | Mr. E. R. Gethin Clerk
G  | Mrs. N. Aldred Blaen Dyfrig Woodland Trust
P One local resident was also present – Mr. W. Hopkin.
R 48 | <b>Minutes / Apologies</b> The minutes of the meeting held on Thursday 10th September 2015, previously circulated to members were accepted as an accurate record and signed by the Chairperson Cllr. H. Prothero.
R  | The minutes of the Annual General Meeting held on Thursday 8th October 2015 were confirmed for accuracy.
R  | Apologies for absence were received from Cllr. L. Pritchard-Evans and Cllr. T. Mostyn.
R 49 | <b>Declarations of Interest</b>
R 49.01 | Cllr. K. Yorath declared an interest in Agenda Item – Planning, application 15/0712/FULL.
R 50 | <b>Matters Arising</b>
R 50.01 | The Clerk reported that the replacement finger post at Pant-y-Waun had been installed by the county borough rights of way team.
R 50.02 | Cllr. G. Maddocks asked whether the grit bin at Heol Tirion had been refilled before the frost. The Clerk will chase this with the highways depot.
R 51 | <b>Presentation – Blaen Dyfrig Woodland Trust</b> Mrs. Aldred gave a short presentation on the Trust's plans to reopen the old drovers' path above Tir-y-Berth and to replant the slope below the quarry with native oak and rowan. Members thanked Mrs. Aldred for her presentation.
R  | Resolved that the Council writes in support of the Trust's application to the heritage fund.
R 52 | <b>Planning Applications</b> The Clerk confirmed two applications for planning had been received since the last meeting of Council.
R  | Planning Application. 15/0688/FULL Site Area. 402m² Location. Land adjoining 3 Heol Tirion, Pen-y-Dyfrig. Proposal. Erect detached dwelling and garage. Decision. Council agreed to raise no objections to this proposal.
R  | Planning Application. 15/0712/FULL Site Area. 1.2ha Location. Gwaun Isaf Farm, Blaen Dyfrig. Proposal. Erect agricultural storage building. Decision. Council agreed to object to this proposal on highway safety grounds at the lane junction.
R  | Cllr. K. Yorath took no part in the discussion of application 15/0712/FULL.
R 53 | <b>Community Councillor Vacancy</b> Following the resignation of Cllr. R. Hughes-Parry the Clerk advised that notice of the vacancy had been published and that no request for an election had been received within the period allowed.
R  | Council resolved to seek applications for co-option and to consider them at the January meeting.
R 54 | <b>Approval of Community Council Cheques and Payments</b> The attached list of Community Council cheques / payments was approved. Proposed Cllr. S. Bevington, seconded Cllr. M. Trenchard.
R 55 | <b>Correspondence</b>
R 55.01 | Letter from the county borough council regarding the winter gritting schedule – noted.
R 55.02 | Email from the county association of local councils on training dates for new members – noted.
R 56 | <b>Police / Community Safety Report</b> No report had been received from the police. Cllr. A. Vaughan-Rees reported that quad bikes were again being ridden on the mountain road above the reservoir and asked that this be passed to the neighbourhood team.
R 57 | <b>Resident Participation</b> Mr. W. Hopkin raised the condition of the bus shelter at Heol Tirion, where two panels had been broken. The Chairperson Cllr. H. Prothero thanked Mr. Hopkin and advised that the shelter would be placed on the January agenda.
P There being no further business the meeting closed at 8.05pm.
S 14
P Signed ........................................ (Chairperson) Date ........................
