@title Annual Council Meeting and Parish Council Meeting 10 May 2022
@font Helvetica
@fontsize 10
@numcol 16
@footer Chairman's Initials ..........||Page {page}
HC COLDHITHE &amp; MARROWBY PARISH COUNCIL
HC MINUTES OF THE ANNUAL COUNCIL MEETING HELD ON Tuesday 10th MAY 2022 @ 7.30PM
C Meeting was held in the Large Hall, Marrowby Memorial Hall
C <b>E</b> = Expenditure decision          <b>R</b> = A resolution made
C THE CHAIRMAN REQUESTED MOBILE PHONES ARE SWITCHED OFF
P <b>In Attendance:</b>
G Cllr. P. Haverill (Chairman) | Cllr. D. Ostler
G Cllr. M. Fairbrass (Vice Chairman) | Cllr. J. Wenlock
G Cllr. T. Quennell | Clerk of the Council, S. Tibbenham
G Cllr. R. Aspinall (CCC) | 3 members of the public
S 6
R 51/22. | <b>Election of Chairman (vote to be taken)</b><br/>The current Chairman opened the Meeting, thanked Members for their support through the year and said she was willing to stand again. There were no other nominations. It was resolved unanimously for Cllr. Pauline Haverill to be elected as Chairman. The Chairman signed the Declaration of Acceptance of Office in front of the Clerk and remained in the Chair. <b>R</b>
R 52/22. | <b>Declaration of Interests/Recording of Meetings</b><br/>Members were reminded of their duty to declare any interest in items on the agenda, now or as soon as they become aware of it. Cllr. Wenlock declared a non-pecuniary interest in item 63/22 as a trustee of the Memorial Hall. No Councillor or member of the public wished to record the Meeting.
R 53/22. | <b>Apologies</b><br/>Cllr. K. Brindle – on holiday, Cllr. A. Sayer – work commitments. It was resolved unanimously to accept the apologies &amp; the reasons given. <b>R</b>
R 54/22. | <b>Election of Vice-Chairman (vote to be taken)</b><br/>Cllr. Ostler proposed Cllr. Fairbrass, seconded by Cllr. Quennell. Cllr. Fairbrass said she was happy to continue for a further year. It was resolved unanimously for Cllr. Fairbrass to be re-elected as Vice-Chairman. <b>R</b>
R 55/22. | <b>Minutes/Public Forum</b><br/>The Minutes of the Parish Council Meeting of 5th April 2022 were approved and signed. On the motion of the Chairman the meeting was adjourned for 15 minutes for members of the public/press to address the Council. Two residents of Saltings Way asked when the grass verge outside nos. 2-12 would next be cut; the Clerk will raise this with the County's contractor. A resident of Marrowby asked for an update on the broken bus shelter glass; see 62/22. The meeting was reconvened at 7.49pm.
R 56/22. | <b>Appointment of Committees &amp; Representatives</b><br/>Planning Committee: Cllrs. Haverill, Ostler, Quennell and Wenlock. Finance &amp; Staffing Committee: Cllrs. Haverill, Fairbrass and Brindle. Marrowby Memorial Hall Trust: Cllr. Wenlock. Coldhithe Recreation Ground Association: Cllr. Quennell. Local Highways Panel: Cllr. Ostler. It was resolved unanimously to appoint the Members listed above for 2022/23. <b>R</b>
R 57/22. | <b>Review of Standing Orders &amp; Financial Regulations</b><br/>The Clerk had circulated the current documents with the latest model changes marked. It was resolved unanimously to re-adopt the Standing Orders and Financial Regulations without amendment, to be reviewed again in May 2023. <b>R</b>
R 58/22. | <b>Insurance Renewal</b><br/>Year 2 of the 3-year long-term agreement. The renewal premium is £1,126.40, an increase of £38.15 owing to the higher sum insured for the play equipment. It was resolved unanimously to renew at £1,126.40. <b>E R</b>
R 59/22. | <b>Annual Governance &amp; Accountability Return 2021/22</b><br/>a) The internal auditor's report raised no issues.<br/>b) It was resolved unanimously to approve Section 1, the Annual Governance Statement, which was signed by the Chairman and Clerk. <b>R</b><br/>c) It was resolved unanimously to approve Section 2, the Accounting Statements. <b>R</b><br/>d) The Clerk will publish the notice of the period for the exercise of public rights from 13th June 2022.
P The Annual Council Meeting closed at 8.14pm and the Parish Council Meeting followed.
S 10
HC COLDHITHE &amp; MARROWBY PARISH COUNCIL
HC MINUTES OF THE PARISH COUNCIL MEETING HELD ON Tuesday 10th MAY 2022 @ 8.15PM
C following the Annual Council Meeting, Marrowby Memorial Hall
P <b>In Attendance:</b> as for the Annual Council Meeting above.
S 6
R 60/22. | <b>Report from Cllr. R. Aspinall (CCC)</b><br/>Cllr. Aspinall reported that the District's verge-cutting budget had been reduced by a fifth and parishes were being asked to pay for any additional cuts themselves. The Local Plan review consultation closes on 24th June 2022. He will find out when Saltings Way is next due to be cut.
R 61/22. | <b>Planning</b><br/>a) 22/00418/FUL 14 Saltings Way, Coldhithe – Single storey rear extension and new porch. It was resolved unanimously to submit no objection. <b>R</b><br/>b) 22/00452/TPO The Old Forge, Marrowby Street – Fell one sycamore (T3). Members were concerned that no replacement planting was proposed; it was resolved to object unless a replacement tree is made a condition. <b>R</b>
R 62/22. | <b>Finance</b><br/>a) Payments: Clerk salary May (£412.80), HMRC (£103.20), Marrowby Memorial Hall room hire (£36.00), Anglian Verges Ltd (£240.00), bus shelter glass – Hexley Glazing (£188.40). It was resolved unanimously to approve the payments listed. <b>E R</b><br/>b) The bank reconciliation to 30th April 2022 was noted and signed by Cllr. Fairbrass.
R 63/22. | <b>Memorial Hall Car Park</b><br/>Cllr. Wenlock, having declared an interest, left the room. Two quotations had been received for re-surfacing the pot-holed section by the hall entrance: £2,340 + VAT and £2,985 + VAT. It was resolved (4 for, 1 abstention) to accept the quotation of £2,340 + VAT from C. Rowntree Surfacing. <b>E R</b> Cllr. Wenlock returned to the meeting.
R 64/22. | <b>Exclusion of Press &amp; Public</b><br/>It was resolved unanimously that, under the Public Bodies (Admission to Meetings) Act 1960, the press and public be excluded for item 65/22 by reason of the confidential nature of the business. <b>R</b> The three members of the public left the meeting.
R 65/22. | <b>Staffing – Clerk's Hours (Confidential)</b><br/>Cllr. Haverill reported on behalf of the Finance &amp; Staffing Committee that the Clerk's workload had grown with the play area project. It was resolved unanimously to increase the Clerk's contracted hours from 6 to 8 per week from 1st June 2022. <b>E R</b>
R 66/22. | <b>Date of Next Meeting</b><br/>Tuesday 7th June 2022 at 7.30pm, Marrowby Memorial Hall.
P There being no further business the Chairman closed the meeting at 9.06pm.
S 24
P Signed ..................................................... Chairman          Date ....................
