@title Minutes 14 October 2004
@font Times-Roman
@fontsize 11.5
@header {page}
@pageoffset 126
C At a Meeting of Porthcennin Town Council held at the Tabernacle Hall, Porthcennin on Thursday, 14th October, 2004 at 6.30 p.m.
S 6
P PRESENT: Councillor Mrs. G.M. Phillips, Mayor <br/>Councillors W.J. Bowen, Mrs. E.A. Cadwallader, R.T. Davies, Mrs. S. Gwynne, H.L. Jenkins, K.M. Lewis, D.A. Morse, Mrs. J.M. Rees, P.G. Scourfield, T.W. Vaughan.
P IN ATTENDANCE: Mr. D.R. Lloyd, Town Clerk <br/>Mrs. E. Howells, Financial Officer
P The Meeting was opened with Prayer.
H 118. APOLOGIES FOR ABSENCE
P Apologies for absence were received from Councillors A.J. Harries and Mrs. C. Tudor.
H 119. MINUTES
P PROPOSED by Councillor R.T. Davies SECONDED by Councillor Mrs. S. Gwynne
P RESOLVED – That the Minutes of the Meeting held on the 23rd September, 2004 be adopted as circulated.
H 120. MATTERS ARISING FROM THE MINUTES
H (a) Minute 104(c) – Gateway Signs, London Road
P The Town Clerk reported that the County Council had agreed to include the gateway signs in its 2005/06 programme, subject to the Town Council meeting half of the cost, estimated at £1,800.
P RESOLVED – That the County Council be informed that the Town Council will contribute half of the cost of the gateway signs up to a maximum of £900.
H (b) Minute 104(f) – Flooding at Ferry Lane
P Councillor K.M. Lewis stated that the drains at the bottom of Ferry Lane had again overflowed during the heavy rain on 3rd October and that two properties had been affected. Councillor D.A. Morse said that residents had been told that the matter was the responsibility of the water company.
P RESOLVED – That the Town Clerk write to the County Council and to the water company requesting a joint site meeting as a matter of urgency.
H (c) Minute 106 – Twinning Association
P The Mayor reported that she had attended the twinning committee meeting on 6th October, at which it was confirmed that a party of 22 from the twin town would visit in May 2005.
P Noted.
H 121. DECLARATIONS OF INTEREST
P Councillor P.G. Scourfield declared a personal and prejudicial interest in Minute 125 (Planning Application 04/0911) as he is related to the applicant.
H 122. MAYOR'S REPORT
P The Mayor, Councillor Mrs. G.M. Phillips, informed the Council of her engagements since the last meeting, including the Harvest Festival at St. Teilo's Church, the Lifeboat Day and the opening of the new day centre at Bryn Terrace.
H 123. REPORT OF THE FINANCIAL OFFICER
P The Financial Officer presented the statement of income and expenditure for the six months to 30th September, 2004, which showed that expenditure was within the budget.
P PROPOSED by Councillor W.J. Bowen SECONDED by Councillor T.W. Vaughan
P RESOLVED – That the statement be accepted and the accounts for payment listed in the schedule, totalling £4,216.37, be approved.
H 124. POLICE MATTERS
P Councillor Mrs. E.A. Cadwallader reported continuing anti-social behaviour at the Memorial Gardens in the evenings. Councillor H.L. Jenkins stated that a meeting with the Community Beat Manager had been arranged for 28th October.
P RESOLVED – That the Inspector be invited to attend the November meeting of the Council.
H 125. PLANNING APPLICATIONS
P Councillor P.G. Scourfield, having declared an interest, left the meeting during consideration of application 04/0911.
P 04/0911 – Erection of two dwellings, land at Croesfan Road – <i>No objection.</i>
P 04/0936 – Change of use of shop to hot food takeaway, 12 Meyrick Row – Councillor Mrs. J.M. Rees expressed concern about the opening hours proposed.
P PROPOSED by Councillor Mrs. J.M. Rees SECONDED by Councillor R.T. Davies
P RESOLVED – That the Planning Authority be informed that the Town Council objects to application 04/0936 on the grounds of noise and disturbance to neighbouring residents.
H 126. CHRISTMAS ILLUMINATIONS
P The Town Clerk reported that the contractor had tested the illuminations and that two of the motifs in Quay Street needed new lamps. The switch-on would take place on Friday, 26th November at 6.00 p.m.
P RESOLVED – That the arrangements be approved and that the Mayor be invited to perform the switch-on.
H 127. CORRESPONDENCE
P (i) County Association of Town and Community Councils – Area Committee meeting, 4th November. Councillor Mrs. S. Gwynne to attend. <br/>(ii) Letter of thanks from the Porthcennin Carnival Committee for the Council's grant. <br/>(iii) Lottery application from the Bowling Club – support requested.
P RESOLVED – That the Bowling Club be sent a letter of support.
H 128. DATE OF NEXT MEETING
P Thursday, 11th November, 2004 at 6.30 p.m.
S 8
P The meeting closed at 8.40 p.m.
S 14
P ………………………………… Mayor
