@title Minutes of a Trustee Meeting 12 September 2016
@font Helvetica
@fontsize 10.5
@header_first BRACKENHOLT COMMUNITY CENTRE
@header Brackenholt Community Centre || Trustee Meeting 12th September 2016
@footer Registered Charity No. 1043318 || Page {page}
HC Minutes of a Trustee Meeting
HC held on 12th September 2016 at 7.30pm.
S 6
P Graham Whitlow (Chairman), Hannah Reeve (Secretary), Maureen Stockdale (Treasurer), Peter Dalby, Denise Hobart, Tom Ashworth, Elspeth Garner, Ray Garner, Andrew Cray, Jutta Brandt.
P Gill Broughton attended by invitation as the appointed representative of Brackenholt Pre-School (Item 6).
H Apologies for Absence
P Daphne Beale, James Pusey, Mark Kielder.
H Minutes of the previous Trustee Meeting held 11th July 2016
P Peter Dalby proposed and Hannah Reeve seconded that the Minutes be accepted as a true record. Carried unanimously. Graham signed the Minutes. Now that they have been approved they will be posted on the Centre noticeboard. <b>HR</b>
H Matters Arising
P The following points were reported on the actions from July.
P <b>Boiler service</b> Lindsays will service the main boiler and replace the faulty valve in the small hall before the October half term. <b>GW</b>
P <b>Pre-School rent</b> Graham reminded the meeting that the Pre-School had agreed to pay the full rent of £520 pcm from 1st September 2016. He suggested the rent be reviewed at the end of March 2017.
P <b>WiFi</b> The shop had agreed to pay £10 a month for its WiFi connection from 1st August. Andrew asked Graham to invoice them quarterly with the electricity recharge. <b>GW</b>
P <b>Car park lining</b> Tom reported that the lines had been repainted on 27th August and the disabled bays now meet the standard width.
H Treasurer's Report
P Maureen presented the income and expenditure account to 31st August. Hire income was £9,842 for the year to date against a budget of £9,500. The reserve account stood at £14,260. The Trustees noted the report.
H Hirings and Bookings
P Denise reported that the Monday keep-fit class had moved to the small hall and that a new Thursday evening slot had been taken by the camera club. Two enquiries had been received for Saturday birthday parties and the hiring conditions for children's parties were discussed.
H Pre-School Lease
P Gill Broughton explained that the Pre-School committee wished to fit a secure gate between the garden and the car park. The Trustees were content in principle but deferred a decision until a drawing and quotation are received. Gill will send them to the Secretary. <b>HR</b>
H Fundraising – Autumn Fayre
P Elspeth proposed that the Autumn Fayre be held on Saturday 22nd October from 10am to 1pm. It was agreed to hold the Autumn Fayre on that date, with proceeds towards the new stage lighting. Ray and Elspeth will organise the raffle. <b>EG/RG</b>
H Health and Safety
P Tom reported that the annual fire risk assessment had been carried out on 1st September and that two extinguishers in the kitchen were due for replacement. He asked that the fire drill for regular hirers be repeated in the new year.
H Any Other Business
P Jutta asked whether the Centre would consider a defibrillator on the outside wall. Hannah said the Parish Council had offered a grant towards one. It was agreed to accept the Parish Council's offer and to site the cabinet beside the main door. <b>HR</b>
H Date of Next Meeting
P Monday 14th November 2016 at 7.30pm.
S 10
I The meeting closed at 9.20pm.
