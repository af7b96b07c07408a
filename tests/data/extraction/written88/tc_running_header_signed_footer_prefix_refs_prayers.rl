@title Morvilbridge Town Council 16 January 2001
@font Helvetica
@fontsize 10
@numcol 30
@header Minutes: Morvilbridge Town Council||Page {page} of 2    16 January 2001
@footer Signed: ………………………………. Date: ……………………………
HC MORVILBRIDGE TOWN COUNCIL
C Minutes of the Meeting of Morvilbridge Town Council held in the Mayor's Parlour, Castle House on Tuesday 16 January 2001 at 7.15pm
P <b>Present:</b> The Town Mayor, Councillor Mrs C Bayliss in the Chair, Councillors D Hanbury, J Ward, Mrs P Rowley, E Lloyd, G Oakes, Mrs M Haughton, R Corbett, A Jukes, Mrs S Millichap and T Pountain
P Councillor Mrs M Haughton arrived at the meeting at 7.40pm
P <b>In Attendance:</b> Town Clerk, Mr K Pountney; Mr Neil Oakley and Mrs Fiona Bache, Morvilbridge Cliff Railway Trust; Minutes Secretary and transcribed by Mrs L Evason; Four members of the public; One member of the press
H PRAYERS
P Prayers were led by the Mayor's Chaplain, the Rev Alan Peplow.
H ADDRESS BY THE MORVILBRIDGE CLIFF RAILWAY TRUST
P Mr Neil Oakley thanked the Town Council for its grant towards the new carriage brakes and explained that passenger numbers had risen to 61,000 in 2000. Mrs Fiona Bache described the Trust's plans for a heritage display at the upper station and asked whether the Town Council would lend items from the museum collection. The Town Mayor thanked them for attending.
R MTC/58/0001 | <b>APOLOGIES</b> – Apologies were received from Councillor L Bright (work).
R MTC/59/0001 | <b>DECLARATIONS OF INTEREST</b> – Councillor Mrs P Rowley declared a personal and prejudicial interest in minute MTC/64/0001 as a market trader.
R MTC/60/0001 | <b>MINUTES</b> – It was RESOLVED that the minutes of the meeting held on 19 December 2000 be approved and signed as a correct record.
R MTC/61/0001 | <b>TOWN MAYOR'S ANNOUNCEMENTS</b> – The Town Mayor reported that she had attended 23 engagements since the last meeting, including the Christmas lunch at Innage House, the carol service at St Mary's and the New Year levee of the Mayor of Ludwardine, at which the mayoral chains of eleven towns had been on display. She reminded members that the Mayor's Charity Ball would be held on 10 February.
R MTC/62/0001 | <b>RECOMMENDATIONS OF THE FINANCE AND GENERAL PURPOSES COMMITTEE</b> – Councillor D Hanbury, Chairman of the Finance and General Purposes Committee, presented the recommendations of the meeting held on 9 January 2001, including F&amp;GP 2001/12, that the precept for 2001/02 be set at £186,500. Councillor E Lloyd moved an amendment that the precept be reduced to £181,500 by deferring the Town Hall redecoration, which was seconded by Councillor G Oakes. On being put to the vote the amendment was LOST by 4 votes to 9. It was then RESOLVED that the recommendations of the Finance and General Purposes Committee be adopted.
R MTC/63/0001 | <b>PLANNING AND LICENSING COMMITTEE</b> – The minutes of the Planning and Licensing Committee meetings held on 2 and 16 January 2001 (P&amp;L 101 to P&amp;L 118) were received.
R MTC/64/0001 | <b>MARKETS</b> – Councillor Mrs P Rowley left the room. The Town Clerk reported on the trial of a Sunday craft market in the Low Town and the request of the traders for the tolls to be held at the 2000 level. Councillor A Jukes proposed that the tolls be held for a further year. It was RESOLVED that the market tolls for 2001/02 remain unchanged and that the Sunday craft market continue until September 2001. Councillor Mrs P Rowley returned.
R MTC/65/0001 | <b>TOWN HALL</b> – The Town Clerk reported that the stage one bid to the Heritage Lottery Fund for the repair of the Town Hall timber frame had been submitted on 5 January and that a decision was expected in April. The report was noted.
R MTC/66/0001 | <b>CEMETERY</b> – Councillor J Ward asked for a review of the rules on memorials in the lawn section after complaints from two families. The matter was deferred to the March meeting so that the Town Clerk could report on the practice of neighbouring councils.
R MTC/67/0001 | <b>CORRESPONDENCE</b> – The correspondence list was received and noted.
R MTC/68/0001 | <b>EXCLUSION OF THE PRESS AND PUBLIC</b> – It was RESOLVED that under the Public Bodies (Admission to Meetings) Act 1960 the press and public be excluded from the meeting for the following item because of the confidential nature of the business to be transacted.
R MTC/69/0001 | <b>STAFFING</b> – Councillor Mrs S Millichap reported on the outcome of the Personnel Committee's appraisal of the Town Clerk. It was RESOLVED that the Town Clerk be placed on spinal column point 34 with effect from 1 April 2001.
P The meeting closed at 9.35pm.
