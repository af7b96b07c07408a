@title Minutes 7 March 2019
@font Helvetica
@fontsize 10.5
@numcol 13
@header Ravensholt Parish Council || Minutes – 7th March 2019
@footer Chairman's initials ………… || Page {page}
HC MINUTES OF A MEETING OF RAVENSHOLT PARISH COUNCIL HELD AT RAVENSHOLT COMMUNITY CENTRE ON THURSDAY 7th MARCH 2019 AT 7PM
S 6
P <b>CHAIRMAN:</b> Councillor P Thursby, in the Chair
P <b>PRESENT:</b> D Ackroyd, L Benning, S Hollins, T Marchetti, R Okafor, J Pegg, K Varley
P <b>IN ATTENDANCE:</b> Carys Wendle – Parish Clerk, Owen Strutt – Assistant Parish Clerk, Unitary Councillor Grace Halloway and five members of the public
S 6
R 152. | <b>APOLOGIES FOR ABSENCE</b>
P Apologies for absence had been received from Cllrs Fenwick and Adeyemi.
P It was RESOLVED that:
P a) The reasons given for absence be accepted
R 153. | <b>DECLARATIONS OF INTEREST</b>
P Cllr Hollins declared a personal interest in item 161 as a trustee of the Ravensholt Youth Club. Cllr Pegg declared a personal interest in planning application WN/2019/0118 as a near neighbour of the site.
R 154. | <b>MINUTES</b>
P It was RESOLVED that:
P a) The minutes of the meeting of 7th February 2019 be accepted as a true record and signed by the Chairman
R 155. | <b>PUBLIC SESSION</b>
P Four residents of Spinney Rise attended to raise concerns about surface water collecting at the junction with Harlow Lane after heavy rain. Mr Dennis Corry asked whether the Council had reported the blocked gullies to the highway authority. The Clerk confirmed that the gullies had been reported on 19th February and that a reference number had been issued. The Chairman undertook to raise the matter again with the unitary councillor.
R 156. | <b>POLICE REPORT</b>
P PCSO Aisha Marland presented the monthly report. Six crimes had been recorded in the parish during February, including two thefts of catalytic converters from vans parked on Mill Furlong Road. PCSO Marland asked residents to report any suspicious vehicles using the non-emergency number.
P It was RESOLVED that:
P a) The Council note the report
R 157. | <b>UNITARY COUNCILLOR REPORT</b>
P Unitary Councillor Grace Halloway reported that consultation on the draft Local Plan would close on 29th March and encouraged the Council to submit comments on the housing allocation at Cotter's Meadow. She confirmed that the resurfacing of Church Walk had been programmed for July.
R 158. | <b>ALLOTMENTS AT MILL FURLONG</b>
P Cllr Benning gave an update on the waiting list, which now stood at 23 households. Two half plots had been left uncultivated for more than a year and notices had been served on the tenants. Cllr Okafor proposed that the larger plots be divided to shorten the list, seconded by Cllr Marchetti.
P It was RESOLVED that:
P a) The Clerk obtain three quotations for marking out and fencing additional half plots
P b) The plot rent for 2019/20 remain at £38 per full plot and £19 per half plot
R 159. | <b>FINANCE</b>
P The Clerk presented the schedule of payments and the bank reconciliation to 28th February 2019.
P It was RESOLVED that:
P a) The schedule of payments totalling £6,482.17 be approved
P b) The bank reconciliation be signed by two members
R 160. | <b>GRANT APPLICATIONS</b>
P Applications had been received from 2nd Ravensholt Scouts (£400 towards a replacement patrol tent) and Ravensholt Lunch Club (£250 towards minibus hire). Cllr Varley spoke in support of the Lunch Club, which now served thirty older residents each week.
P It was RESOLVED that:
P a) A grant of £400 be made to 2nd Ravensholt Scouts
P b) A grant of £250 be made to Ravensholt Lunch Club
R 161. | <b>YOUTH PROVISION</b>
P Cllr Hollins, having declared an interest, left the room. The Assistant Clerk reported that the youth club's lease of the pavilion would expire in June and that the club had asked for a further three year term. Members discussed the condition of the building and the need for a new kitchen before the lease was renewed.
P It was RESOLVED that:
P a) The lease to Ravensholt Youth Club be renewed for three years on the existing terms
P b) A kitchen replacement be included in the 2020/21 budget
P Cllr Hollins returned to the meeting.
R 162. | <b>PLANNING</b>
P The following applications were considered:
P WN/2019/0118 – 14 Orchard Close – two storey side extension. Cllr Pegg took no part in the discussion or vote.
P WN/2019/0131 – Land to the rear of The Maltings, Harlow Lane – erection of four dwellings with new access.
P It was RESOLVED that:
P a) The Council raise no objection to application WN/2019/0118
P b) The Council object to application WN/2019/0131 on the grounds of overdevelopment and an unsafe access onto Harlow Lane
R 163. | <b>HIGHWAYS AND FOOTPATHS</b>
P Cllr Ackroyd reported that the footbridge on footpath RV7 near Cotter's Meadow had a broken handrail. The Clerk would report it to the rights of way team. The speed indicator device had been moved to Harlow Lane for March and April.
R 164. | <b>CLERK'S REPORT</b>
P The Clerk's written report had been circulated before the meeting. It covered the new external audit arrangements, the annual parish clean-up and the renewal of the play area inspection contract.
P The Clerk's report was NOTED
R 165. | <b>CORRESPONDENCE</b>
P a) Letter from the unitary authority about the community litter pick on 6th April
P b) Email from a resident thanking the Council for the new bench on Church Walk
P The correspondence was NOTED
R 166. | <b>EXCLUSION OF THE PUBLIC AND PRESS</b>
P It was RESOLVED that:
P a) The public and press be excluded from the meeting for item 167 as it concerns a staffing matter
R 167. | <b>STAFFING</b>
P The Chairman reported on the annual appraisal of the Parish Clerk, which had been carried out with the Vice-Chairman on 21st February.
P It was RESOLVED that:
P a) The Clerk's salary be increased by one spinal column point from 1st April 2019
R 168. | <b>DATE OF NEXT MEETING</b>
P Thursday 4th April 2019 at 7PM at Ravensholt Community Centre.
S 8
P The meeting closed at 9.12pm.
S 16
P Signed ……………………………………… Chairman          Date ………………………
