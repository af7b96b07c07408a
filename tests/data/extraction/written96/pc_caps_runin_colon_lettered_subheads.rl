@title Minutes 12th July 2011
@font Times-Roman
@fontsize 12
@footer Polventor Parish Council – Minutes 12th July 2011||Page {page}
HC POLVENTOR PARISH COUNCIL
HC MINUTES OF THE MEETING HELD ON TUESDAY 12TH JULY 2011 AT 7.30PM IN THE PARISH ROOM, CHURCHTOWN
S 6
P <b>1. PRESENT:</b> Councillors Gareth Trewhella (Chairman), Morwenna Chenoweth (Vice Chairman), Paul Kessell, Rosalind Hext, Nick Angwin. <b>IN ATTENDANCE:</b> Tamsin Rowe (Clerk), Councillor Derek Trudgeon (Cornwall Council), two members of the public. <b>APOLOGIES:</b> Councillor Jenny Polglase, Elaine Tonkin (Footpaths Officer).
P <b>2. TO RECEIVE DECLARATIONS OF PERSONAL & PREJUDICIAL INTERESTS RELATING TO ANY AGENDA ITEM:</b> Councillor Kessell declared a personal interest in item 7 b) as a neighbour of Carn Vean. The Chairman declared a personal interest as a trustee of the Parish Room.
P <b>3. PUBLIC PARTICIPATION:</b> A resident asked about the broken stile on footpath 9 at Boswennack Mill. The Chairman permitted the second resident to speak about the parking at the chapel on Sunday mornings.
P <b>4. CORNWALL COUNCILLOR'S REPORT:</b> Councillor Trudgeon reported that the unitary authority was consulting on the Core Strategy options until 30th September and urged the Parish Council to respond. He would chase the highways officer about the stile.
P <b>5. MINUTES OF THE LAST MEETING HELD ON 14TH JUNE 2011:</b> It was RESOLVED unanimously that the minutes, previously circulated, were a true and accurate record of this meeting.
P <b>6. MATTERS ARISING:</b>
P a) <b>Planning Applications considered at last meeting:</b> The Clerk updated on the two applications discussed at the June meeting, both of which are still awaiting a decision.
P b) <b>Parish Map &amp; Noticeboards:</b> The Chairman reported that the parish map had been refixed to the granite post at Churchtown and that the new noticeboard for Trewollack would be delivered in August.
P c) <b>Jubilee Oak:</b> Councillor Hext reported that the tree guard had been replaced. It was AGREED to pay Mr Hext senior £24 for the materials.
P <b>7. PLANNING:</b>
P a) <b>Applications:</b> PA11/04217 Proposal: Replacement of timber windows with double glazed timber sash windows. Location: 2 Chapel Terrace, Churchtown. Applicant: Mr and Mrs Jory. Following discussion it was RESOLVED to support the application.
P b) <b>Decisions:</b> PA11/03980 Proposal: Conversion of redundant barn to holiday let. Location: Carn Vean, Trewollack. APPROVED WITH CONDITIONS.
P c) <b>Appeals:</b> None.
P <b>8. FOOTPATHS:</b> In the absence of the Footpaths Officer, Councillor Angwin reported that the summer cut of footpaths 3, 9 and 14 had been completed. The stile on footpath 9 will be reported again to Cornwall Council.
P <b>9. FINANCE:</b> a) Payments: It was RESOLVED to pay the Clerk's salary for the quarter (£420.00) and the Parish Room hire (£30.00). b) The Clerk reported the bank balance at 30th June 2011 of £5,216.40.
P <b>10. CORRESPONDENCE:</b> Cornwall Council – Core Strategy consultation; CALC – Summer newsletter; Churchtown Chapel – request for a grant towards the new gate. It was AGREED to consider the grant request at the September meeting with the other requests.
P <b>11. MATTERS FOR INFORMATION AND FUTURE AGENDA:</b> Councillor Chenoweth asked for the Core Strategy response to be an agenda item in September.
P <b>12. DATE OF NEXT MEETING:</b> Tuesday 13th September 2011 at 7.30pm in the Parish Room.
S 10
P There being no further business the Chairman closed the meeting at 9.05pm.
