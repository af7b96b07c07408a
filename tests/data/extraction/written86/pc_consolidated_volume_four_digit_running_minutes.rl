@title Stowley Magna Parish Council consolidated minutes 2015-2016
@font Times-Roman
@fontsize 11
@numcol 16
@footer Stowley Magna Parish Council – Consolidated Minutes September 2015 to January 2016 – Page {page}
HC STOWLEY MAGNA PARISH COUNCIL
C Consolidated Minutes September 2015 to January 2016
S 6
H Minutes of the meeting of Stowley Magna Parish Council held at Stowley Magna Village Hall on Tuesday 8 September 2015 at 7.30 pm
G Present: | Keith Arkell - SMPC Chairman
G  | Sandra Arkell - SMPC Parish Clerk
G  | Peter Vokins - SMPC Councillor
G  | Helen Drury - SMPC Councillor
G  | Mark Tull - SMPC Councillor
G  | 6 members of the public
R 2341 | <b>Apologies</b> Apologies were received from Cllr G Sheaff and Wiltshire Cllr R Colley.
R 2342 | <b>Declaration of Interests</b> Cllr M Tull declared an interest in item 2347 as a neighbour of the applicant.
R 2343 | <b>Public Participation</b> Mrs Jean Lydiard spoke about the hedge at the end of Pound Lane, which was again blocking the footway. Cllr P Vokins said he would speak to the landowner. The matter of the bus shelter glass is minuted under item 2348, although raised at this time.
R 2344 | <b>Minutes of meeting held on 14 July 2015</b> Cllr H Drury approved the Minutes as a correct record, seconded by Cllr P Vokins. Cllr K Arkell signed the Minutes.
R 2345 | <b>Review of Actions</b> Actions from 14 July 2015 were reviewed. Still outstanding: grit bin at Church Hill – Cllr M Tull to chase Wiltshire Council. Action: Cllr M Tull
R 2346 | <b>Accounts</b> Clerk's expenses of £63.20 for postage, ink and mileage were proposed for approval by Cllr P Vokins, seconded by Cllr H Drury. APPROVED. The reconciliation of accounts to end August 2015 was approved by Councillors. Action: Clerk to pay.
R 2347 | <b>Planning</b> 15/07114/FUL Two-storey side extension, 3 Pound Lane. Cllr M Tull, having declared an interest, left the room. Councillors raised no objection. Cllr M Tull returned.
R 2348 | <b>Bus Shelter</b> The glass panel broken in August has been boarded up. Two quotes for a polycarbonate replacement were considered; the lower, £186.00 from Vale Glazing, was proposed by Cllr H Drury, seconded by Cllr K Arkell. APPROVED. Action: Clerk
R 2349 | <b>Clerk's Report</b> (a) Wiltshire Council confirms the footpath SMAG3 stile will be replaced by October. (b) Electoral Services have sent the register update. (c) The insurance renewal has been paid. (d) The precept timetable has been received; draft budget to the November meeting. (e) Community Speed Watch training is on 3 October. (f) The telephone box defibrillator was checked on 1 September. (g) A letter of thanks has been received from the Stowley Magna Players. The report was noted.
R 2350 | <b>Date of Next Meeting</b> Tuesday 10 November 2015 at 7.30 pm.
S 8
H Minutes of the meeting of Stowley Magna Parish Council held at Stowley Magna Village Hall on Tuesday 10 November 2015 at 7.30 pm
G Present: | Keith Arkell - SMPC Chairman
G  | Sandra Arkell - SMPC Parish Clerk
G  | Peter Vokins - SMPC Councillor
G  | Gillian Sheaff - SMPC Councillor
G  | Mark Tull - SMPC Councillor
G  | Wiltshire Cllr Roger Colley
G  | 2 members of the public
R 2351 | <b>Apologies</b> Apologies were received from Cllr H Drury.
R 2352 | <b>Declaration of Interests</b> There were no declarations of interest.
R 2353 | <b>Public Participation</b> There were no questions from the public.
R 2354 | <b>Minutes of meeting held on 8 September 2015</b> Cllr M Tull approved the Minutes as a correct record, seconded by Cllr P Vokins. Cllr K Arkell signed the Minutes.
R 2355 | <b>Review of Actions</b> Bus shelter (see 2348): the new panel was fitted on 2 October. Grit bin at Church Hill (see 2345): Wiltshire Council will not supply a bin as the road is on the gritting route. The action was closed.
R 2356 | <b>Wiltshire Council Report</b> Wiltshire Cllr R Colley reported on the Area Board grant round and on the consultation about the household recycling centre hours. Councillors asked him to press for Saturday opening to remain.
R 2357 | <b>Budget and Precept 2016/17</b> The Clerk presented the draft budget. Cllr G Sheaff proposed that the precept be held at £5,850; Cllr M Tull proposed an amendment that it be raised to £6,200 to fund a second speed indicator device. The amendment was put to the vote and lost by 3 votes to 1. The original proposal was then put and carried by 3 votes to 1. Action: Clerk to submit precept form.
R 2358 | <b>Village Green Trees</b> The tree survey had not arrived. This item was deferred to the January meeting.
R 2359 | <b>Accounts</b> Payments of £286.40 (grass cutting, October) and £55.00 (hall hire) were proposed for approval by Cllr P Vokins, seconded by Cllr G Sheaff. APPROVED.
R 2360 | <b>Clerk's Report</b> (a) The Remembrance wreath has been ordered. (b) The stile on SMAG3 has been replaced. (c) The annual return has been signed off by the external auditor with no issues. (d) Wiltshire Council winter gritting leaflet circulated. (e) The website accessibility statement is now online. The report was noted.
R 2361 | <b>Date of Next Meeting</b> Tuesday 12 January 2016 at 7.30 pm.
S 8
H Minutes of the meeting of Stowley Magna Parish Council held at Stowley Magna Village Hall on Tuesday 12 January 2016 at 7.30 pm
G Present: | Keith Arkell - SMPC Chairman
G  | Sandra Arkell - SMPC Parish Clerk
G  | Helen Drury - SMPC Councillor
G  | Gillian Sheaff - SMPC Councillor
G  | Mark Tull - SMPC Councillor
G  | 9 members of the public
R 2362 | <b>Apologies</b> Apologies were received from Cllr P Vokins.
R 2363 | <b>Declaration of Interests</b> There were no declarations of interest.
R 2364 | <b>Public Participation</b> Mr Colin Barter and Mrs Ann Barter asked the Council to oppose the removal of the oak on the Green. The Council will consider this under item 2367.
R 2365 | <b>Minutes of meeting held on 10 November 2015</b> Cllr G Sheaff approved the Minutes as a correct record, seconded by Cllr M Tull. Cllr K Arkell signed the Minutes.
R 2366 | <b>Review of Actions</b> Precept form (see 2357): submitted on 20 November. No other actions were outstanding.
R 2367 | <b>Village Green Trees</b> Deferred from 10 November (see 2358). The survey recommends crown reduction of the oak and removal of the dead ash. Cllr H Drury proposed that the oak be kept and reduced and the ash felled; seconded by Cllr K Arkell. APPROVED unanimously. Action: Clerk to obtain two quotes.
R 2368 | <b>Accounts</b> Payment of £48.00 to the Stowley Magna Players for the hall lighting was proposed by Cllr M Tull, seconded by Cllr G Sheaff. APPROVED.
R 2369 | <b>Clerk's Report</b> (a) Flood warden training on 6 February. (b) Wiltshire Council has confirmed the new dog bin on Pound Lane. (c) The Area Board meets on 21 January. (d) A resident has offered to repaint the village sign. (e) Nothing further had been heard about the telephone kiosk adoption. The report was noted.
R 2370 | <b>Date of Next Meeting</b> Tuesday 8 March 2016 at 7.30 pm.
