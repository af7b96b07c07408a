@title Minutes Full Council 14 October 2019
@font Helvetica
@fontsize 10.5
@footer Full Council 14/10/2019||Page {page} of 2
HC MINUTES of the Full Council of Hallowmere Without Parish Council held on Monday 14th October 2019 at 1 Kestrel Way, Marlbrook Business Park, Hallowmere, SN14 7QJ at 7.00 p.m.
P <b>Present:</b> Cllrs. Richard Ashdown (Chair), Alan Brereton, Mary Pilsdon, Paul Carver, Nick Holloway and Stuart Wedge. Cllr David Paffley from 7.06pm.
P <b>Officers:</b> Teresa Strand (Clerk) and Lorna McAndrew (Parish Officer)
P <b>In attendance:</b> Avonmere Councillor Dominic Fallow and 4 members of the public
P <b>201/19 Welcome, Housekeeping &amp; Announcements:</b> Cllr Ashdown welcomed all to the meeting and explained the evacuation procedures in the event of a fire. He gave the following announcements:
P a) <u>Remembrance Sunday:</u> The Chair would lay a wreath on behalf of the Council at St Aldhelm's Church, Marlbrook on Sunday 10th November; Cllr Pilsdon kindly agreed to attend in his place if required.
P b) <u>Community events:</u> The Hallowmere Lantern Parade would be held on Saturday 30th November from 5pm, starting at the Market Cross.
P c) <u>Training:</u> Two places had been booked for councillors on the AALC planning course on 6th November.
P Cllr David Paffley joined the meeting at 7.06pm.
P <b>202/19 Apologies:</b> Apologies were received from Councillor Glenda Ivers who was on holiday and Councillor Terry Chalke who was working.
P <b>Resolved:</b> To note and accept the reasons for absence.
P <b>203/19 Invited Guests – Avonmere Councillor for Hallowmere Without North and Shaw Common:</b> Avonmere Councillor Dominic Fallow updated Members on the following matters:
P <u>A361 Relief Road:</u> The preferred route would not be published until the spring; a further round of public exhibitions was promised. <u>Area Board Grants:</u> The next round closed on 15th November and he encouraged local groups to apply. Cllr Holloway asked whether the Area Board would fund the replacement bus shelter at Shaw Common; Councillor Fallow undertook to raise this with the Community Engagement Manager.
P <b>204/19 Declarations of Interest:</b> Cllr Carver declared an interest in planning application 19/08812/FUL as a neighbour of the applicant and took no part in the discussion. Cllr Wedge declared an interest in item 208/19 c) as a trustee of the Marlbrook Village Hall.
P <b>205/19 Minutes:</b> The minutes of the following meetings had been circulated prior to the meeting.
P a) Full Council held on 16th September 2019. <b>Resolved:</b> To approve and sign the minutes of the Full Council meeting held on 16th September 2019 as a correct record.
P b) Planning Committee held on 23rd September 2019. <b>Resolved:</b> To note the minutes of the Planning Committee held on 23rd September 2019.
P <b>206/19 Parish Officer's Report:</b> The Parish Officer gave an update on the bus shelter cleaning contract and the dog bin emptying schedule. Lorna McAndrew reported that the new litter bin at Kestrel Fields had been installed. The report was noted.
P <b>207/19 Planning Applications:</b> The Council considered the following applications received from Avonmere Council:
TH Application | Location | Proposal | Comments
T 19/08812/FUL | 14 Wren Close, Marlbrook | Two storey side extension and porch | No objection.
T 19/08977/HOU | Coldharbour Farm, Shaw Lane | Replacement agricultural barn | No objection, subject to no further loss of hedgerow.
T 19/09103/OUT | Land east of Sandpit Lane | Outline application for up to 45 dwellings | Objection: outside the settlement boundary and contrary to the emerging Neighbourhood Plan.
P <b>Resolved:</b> To submit the comments shown above to Avonmere Council. Cllr Brereton proposed that the objection to 19/09103/OUT be presented in person at the Strategic Planning Committee; this was seconded by Cllr Holloway.
P <b>208/19 Finance:</b> The Clerk presented the accounts for payment and the bank reconciliation for September.
P a) <u>Accounts for payment:</u>
TH Payee | Details | Amount
T Strand T | Clerk's salary and expenses, October | £1,642.18
T HMRC | PAYE and NI, October | £388.40
T Greenacre Grounds Ltd | Grass cutting, cuts 9 and 10 | £1,150.00
T Marlbrook Village Hall | Hire of hall, Annual Parish Meeting | £36.00
P <b>Resolved:</b> To approve the payments listed above.
P b) <u>Bank reconciliation:</u> The bank reconciliation to 30th September 2019 was noted.
P c) <u>Grant to Marlbrook Village Hall:</u> Cllr Pilsdon proposed a grant of £500 towards new stage curtains, seconded by Cllr Paffley. <b>Resolved:</b> To award a grant of £500 to Marlbrook Village Hall under s137.
P <b>209/19 To consider the recommendation from the Kestrel Fields Working Party regarding the management agreement with the Wessex Meadows Trust:</b> Cllr Holloway explained that the Working Party had met the Trust on 2nd October and recommended a five year agreement with a break clause at year three. Members asked about the insurance of the boardwalk.
P <b>Resolved:</b> To enter into a five year management agreement with the Wessex Meadows Trust, with a break clause at year three, and to delegate the final wording to the Clerk.
P <b>210/19 Speed Indicator Devices:</b> Cllr Carver reported on the data from the two devices on Shaw Lane, which showed that 38% of vehicles exceeded the 30mph limit at peak times. It was agreed to ask the Community Speed Watch group to concentrate on Shaw Lane during November.
P <b>211/19 Neighbourhood Plan:</b> Cllr Wedge gave an update from the Steering Group; the Regulation 14 consultation was expected to begin in January 2020. The update was noted.
P <b>212/19 Highways and Streetscene:</b> Cllr Brereton reported that the dropped kerb at the Sandpit Lane junction had still not been repaired. The Clerk was asked to chase the matter with the Area Highways Engineer.
P <b>213/19 Date of Next Meeting:</b> Monday 11th November 2019 at 7.00pm.
P Meeting closed at 9.12pm
S 18
P Signed: ……………………………………… Chair, Full Council, 11th November 2019
