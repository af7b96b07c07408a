@title Minutes 04 September 2023
@font Helvetica
@fontsize 10.5
@header_first Clerk: Mr D Kemp | Email: clerk@northholmesby-pc.org.uk | Tel: 0781 000 4417 | North Holmesby Village Hall, Church Lane, LN11 9QX
@header North Holmesby Parish Council
@footer Minutes 04.09.23 || Page {page} // Chairman's initials: ________
C <i>For the community….by the community…</i>
HC FULL PARISH MEETING OF THE COUNCIL
HC 04 September 2023 – 7pm
HC MINUTES
T <b>Present:</b> | Councillors: Cllr. Wragg (Chair), Cllr. Oldroyd (V/Chair), Cllr. Tennant, Cllr. Furness, Cllr. Hebb
T <b>Clerk and RFO:</b> | Mr D Kemp
T <b>Members of the public (MOP):</b> | Four
P Meeting commenced at 7pm. Meeting was held at the North Holmesby Village Hall, North Holmesby.
H <u>AGENDA ITEMS FOR DISCUSSION AND DECISION</u>
H 1.   Chair’s welcome
P The Chair welcomed everyone to the meeting and thanked the members of the public for attending.
H 2.   Members of the Public Participation - questions from public at the discretion of the Chair
P A resident asked when the hedge on the Ludgate footpath would be cut. The Clerk said the contractor had been booked for the end of September. A second resident raised the speed of traffic on Station Road; this would be passed to the Community Speed Watch group.
H 3.   Proposal to exclude members of the public from participation - but can observe
P For the following agenda points members of the public can observe the meeting but cannot take part in any debate.
P •   Motion to exclude members of the public from participation was proposed, seconded and agreed unanimously. Motion carried.
H 4.   Apologies from Councillors for any absence
P No apologies had been received from Cllr. Marrison. The Clerk would contact him.
H 5.   Declarations of interest
P Cllr. Hebb declared a personal interest in item 9, application N/112/01377/23, as a neighbour of the applicant.
H 6.   To approve the minutes of the meeting held on 03 July 2023
P •   Motion to approve the minutes as a true record was proposed by Cllr. Tennant, seconded by Cllr. Furness and agreed unanimously. Motion carried. The Chair signed the minutes.
H 7.   Clerk’s report
P The Clerk reported that the annual return had been completed and the notice of conclusion of audit was on the noticeboard. The grass cutting contract runs to the end of October. The report was noted.
H 8.   Finance - to approve payments and note the bank balance
TH Payee | Details | Amount
T Mr D Kemp | Clerk salary August | £412.60
T HMRC | PAYE August | £103.20
T Greenways Grounds Ltd | Grass cutting July and August | £540.00
T North Holmesby Village Hall | Room hire | £24.00
P Bank balance at 31 August 2023: £18,206.44.
P •   Motion to approve the payments listed was proposed by Cllr. Oldroyd, seconded by Cllr. Wragg. Motion carried.
H 9.   Planning applications received
P Cllr. Hebb left the room.
TH Reference | Address | Proposal | Response
T N/112/01377/23 | 4 Mill Lane | Single storey rear extension | No objection
T N/112/01402/23 | Holme Farm, Grange Road | Conversion of barn to dwelling | No objection, subject to drainage
P The Council agreed to send the responses shown. Cllr. Hebb returned.
H 10.   Playing field – to consider the annual play equipment inspection report and quotations for repair
P The Clerk summarised the inspection report. Two items were rated medium risk: the chains on the junior swings were worn and the base of the springer had sunk. Three quotations had been received for the work: Playsafe Repairs £860, Wolds Leisure £1,140 and Marsh Fencing and Play £995. Cllr. Oldroyd asked whether the springer could be refixed by the grounds contractor instead; the Clerk advised that the inspector had recommended a specialist. Cllr. Furness noted that Playsafe Repairs had carried out the work at the school last year without complaint and could start within three weeks. Cllr. Tennant asked that the swings be taped off until the chains were replaced. The Chair reminded members that the budget for play equipment repairs was £1,500, of which £220 had been spent. Members discussed whether the older roundabout should be removed at the same time, and it was felt this should wait for the spring report.
P •   Motion to accept the quotation from Playsafe Repairs of £860 was proposed by Cllr. Furness, seconded by Cllr. Tennant. Motion carried with four votes for and one abstention.
H 11.   Village Hall car park lighting
P Cllr. Oldroyd reported that the village hall committee had asked for a contribution towards a new light in the car park. No costs had yet been provided. It was agreed to defer the item to the October meeting.
H 12.   Date of next meeting
P Monday 02 October 2023 at 7pm in the Village Hall.
P The Chair closed the meeting at 8.21pm.
