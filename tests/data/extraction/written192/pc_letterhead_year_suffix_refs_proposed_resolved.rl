@title Quillsworth PC Minutes 15.07.14
@font Times-Roman
@fontsize 11
@footer Quillsworth Parish Council – Minutes 15th July 2014||Page {page}
C <b>QUILLSWORTH PARISH COUNCIL</b>
C Chairman: Councillor Alan Thursby
C Clerk: Mrs D Rutter  4 Tenter Close  Quillsworth  QW7 2HD
C Tel 01999 804412   Email: clerk@quillsworth-pc.org.uk
S 8
H Minutes of a Meeting of Quillsworth Parish Council Held on Tuesday 15th July 2014 in the Village Hall, Mill Road, Quillsworth at 7.30 pm
P <b>Present:</b> Cllrs Alan Thursby (Chairman), Gwen Maddox (Vice-Chairman), Rajesh Kohli, Fiona Pargeter, Neil Ashworth, Tessa Drinkwater and Owain Penry – 7 members
P <b>In attendance:</b> Mrs D Rutter (Clerk), County Councillor Malcolm Reeve, PCSO Jade Whitcombe (to item 37.14) and 4 members of the public
S 4
P <b>31.14 PUBLIC FORUM</b> (7.30 pm – 7.45 pm; residents and press may speak for up to three minutes each). Mr Dennis Hale of Brook Street spoke about flooding at the ford after the June storms and asked whether the Parish Council would support a request for a depth gauge. Mrs Sandra Oakes asked when the overgrown footpath between Mill Road and the school would be cut; Cllr Drinkwater said it had been reported to the County and she would chase it.
P <b>32.14 RESOLUTION TO ACCEPT APOLOGIES</b> Cllr Thursby proposed that the apologies of Cllr Winterbourne and Cllr Lacey be accepted, seconded by Cllr Kohli; resolved unanimously by the Parish Council.
P <b>33.14 TO RECEIVE AND SIGN THE MINUTES OF THE PARISH COUNCIL MEETING OF TUESDAY 10TH JUNE 2014 (as circulated)</b> – Cllr Thursby proposed that the minutes be signed as correct, seconded by Cllr Maddox; resolved unanimously by the Parish Council.
P <b>34.14 DECLARATIONS OF MEMBERS’ INTERESTS AND REQUESTS FOR DISPENSATION</b> – Cllr Pargeter declared a personal interest in item 41.14 b) as a trustee of the Quillsworth Pavilion Trust. No dispensations were requested.
P <b>35.14 MATTERS ARISING AND CLERK’S PROGRESS REPORT (if any)</b> – Information only. The Clerk’s progress report went out with the agenda.
P a) Village Hall Roof (22.14 b June Minutes) – update, Cllr Drinkwater – Cllr Drinkwater reported that the insurers had accepted the claim for the storm damage and that the contractor would start on 4th August.
P b) Litter Pick (24.14 a June Minutes) – the Clerk reported that 19 volunteers had collected 31 bags of litter on 28th June and thanked the Scouts for their help.
P c) Bus Shelter, Mill Road (25.14 June Minutes) – Cllrs Ashworth and Penry offered to clean the shelter themselves and to tell the Clerk of any further damage.
P <b>36.14 COUNTY COUNCILLOR’S REPORT</b> – County Councillor Reeve reported that the County’s consultation on library opening hours had closed and that the Quillsworth mobile library stop was not affected. He had secured £2,000 from his divisional fund towards the ford depth gauge raised under the Public Forum. Cllr Kohli asked about the timetable for resurfacing Station Hill; County Councillor Reeve said it was in the programme for 2015/16.
P <b>37.14 POLICE REPORT</b> – PCSO Whitcombe reported four crimes in the parish since the last meeting, two of them thefts of garden equipment from sheds in Brook Street. She urged residents to mark property and to join the Neighbourhood Watch scheme. PCSO Whitcombe left the meeting.
P <b>38.14 PLANNING</b> – a) To consider planning applications received:
P DA/2014/0412 – Conservatory to rear, 11 Tenter Close. Cllr Ashworth proposed no objection, seconded by Cllr Pargeter and resolved.
P DA/2014/0437 – Change of use of barn to holiday let, Lower Quill Farm. After discussion Cllr Maddox proposed that the Council supports the application subject to parking being provided on site, seconded by Cllr Penry and resolved.
P b) To note decisions received: DA/2014/0215 – 2 Church Row – approved.
P <b>39.14 FINANCE</b> – a) To approve payments for July: Clerk’s salary £402.17; HMRC £55.00; Village Hall hire £22.00; Quill Valley Grounds – grass cutting £380.00. Cllr Maddox proposed approval of the payments listed, seconded by Cllr Penry and resolved.
P b) Bank balances at 30th June 2014: Current account £3,114.62; Deposit account £11,870.05 – noted.
P <b>40.14 NEIGHBOURHOOD PLAN</b> – update, Cllr Kohli – Cllr Kohli reported that the designation of the neighbourhood area had been approved by the District Council on 1st July. Cllr Kohli proposed that a steering group of three councillors and up to six residents be formed, seconded by Cllr Drinkwater and resolved. Cllrs Kohli, Drinkwater and Thursby were appointed to the group.
P <b>41.14 RECREATION GROUND</b> – a) The Clerk reported that the annual play inspection had found no high risk items; two medium risk items (worn swing seats) would be dealt with by the contractor.
P b) Cllr Pargeter left the room. A request had been received from the Quillsworth Pavilion Trust for a grant of £750 towards new changing room doors. Cllr Ashworth proposed a grant of £500, seconded by Cllr Maddox and resolved with 5 votes in favour and 1 abstention. Cllr Pargeter returned.
P <b>42.14 HIGHWAYS</b> – Cllr Penry reported potholes on Station Hill and at the entrance to Tenter Close. Clerk to report both to the County.
P <b>43.14 CORRESPONDENCE</b> – The following were received and noted: District Council – Local Plan update; Rural Community Council – Best Kept Village results; a letter of thanks from the Quillsworth Playgroup.
P <b>44.14 ITEMS FOR NEXT AGENDA</b> – Christmas lights; precept timetable.
P <b>45.14 DATE OF NEXT MEETING</b> – Tuesday 16th September 2014 at 7.30 pm in the Village Hall.
P The meeting closed at 9.25 pm.
S 16
P Signed ………………………………… Chairman     Date ……………………
