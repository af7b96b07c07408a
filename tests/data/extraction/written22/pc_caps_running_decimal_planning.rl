@title WMPC Minutes April 2025
@font Helvetica
@fontsize 10
@header WMPC Minutes – April 2025
@footer Chairman's signature ………………………… Date …………………||Page {page}
HC WESTRY MARDEN PARISH COUNCIL
C Minutes of the Joint Planning Committee and Full Parish Council Meeting held on Tuesday 8th April at 7.30pm in the Pavilion, Church Lane, Westry Marden
P <b>Present:</b> Cllr Martin Oakley (MO) (Chairman), Cllr Sandra Pike (SP), Cllr Tom Gedge (TG), Cllr Helen Varley (HV), Cllr Nadia Kerr (NK), Cllr Colin Spratt (CS), Cllr Bev Hollis (BH)
P <b>In attendance:</b> Jo Tillett (Clerk); Borough Cllr Des Mulhern (part); 6 members of the public
P <b>412 APOLOGIES FOR ABSENCE</b>
P Cllr Ruth Pellow (holiday)
P <b>413 RECORDING OF PROCEEDINGS</b>
P The Clerk was recording the meeting for the purpose of the minutes only. No member of the public indicated that they were recording.
P <b>414 DECLARATIONS OF INTEREST AND LOBBYING</b>
P Cllrs MO and SP declared an interest in the Allotments item as plot holders.
P Cllr BH declared that she had been lobbied by the applicant for 25/500611/FULL and would not vote on it.
P <b>415 EXCLUSION OF THE PRESS AND PUBLIC</b>
P Members AGREED that no items required this.
P <b>416 PLANNING COMMITTEE (For Planning Committee consideration only)</b>
P 416.1 The Minutes of the Planning Meeting held on 4th March 2025 were APPROVED. No matters arising.
P 416.2 To consider the following planning applications
P - 25/500611/FULL PROPOSAL: 7 Orchard Rise, Westry Marden<br/>Erection of a two storey side extension and conversion of garage to habitable room.<br/>HV reported that the neighbour at No. 9 had raised concerns about loss of light to a kitchen window. TG said the extension was set back and the Borough's light test appeared to be met.<br/>Unanimously AGREED to recommend APPROVAL subject to obscure glazing to the side elevation.
P - 25/500702/OUT Land rear of Forge Cottages, Pound Lane<br/>Outline application for the erection of 4 no. dwellings with all matters reserved except access.<br/>NK said the access on to Pound Lane was on a blind bend and had been refused twice before. CS agreed and noted the site lay outside the village envelope.<br/>AGREED to OBJECT on grounds of highway safety and location
P - 25/500355/SUB The Old Granary, Mill Street<br/>Submission of details to discharge Condition 4 (Landscaping) subject to 24/503120/FULL.<br/>No Comments and AGREED to go with decision of Planning Officer
P 416.3 To receive notifications of any planning decisions
P 24/504418/FULL Hillcrest, Church Lane – Granted. 24/505002/LBC Yew Tree House – Refused. Noted.
P <b>417 FINANCE</b>
P 417.1 Payments for April 2025
P The schedule of payments totalling £4,318.62 had been circulated. CS queried the grass cutting invoice, which the Clerk confirmed covered two cuts. It was RESOLVED to approve the payments as listed. Signed by MO and CS.
P 417.2 Bank reconciliation to 31st March 2025
P The reconciliation had been checked against the statements by CS. The reconciliation was NOTED and signed.
P <b>418 CLERK'S REPORT</b>
P The Clerk reported that the year-end accounts were with the internal auditor, that the new noticeboard for the Pavilion had been ordered and that the Borough had confirmed the polling station would remain at the Pavilion. The report was NOTED.
P <b>419 HIGHWAYS AND FOOTPATHS</b>
P SP reported the pothole outside the school had reopened and the footpath KM142 stile was broken. TG said the stile belonged to the landowner at Grange Farm. Borough Cllr Des Mulhern offered to chase the County Highways steward. AGREED that the Clerk report both defects on the County portal and write to the landowner.
P <b>420 ALLOTMENTS</b>
P MO and SP having declared an interest took no part. The Vice-Chairman, Cllr Sandra Pike, not being able to chair, the meeting was chaired by Cllr Colin Spratt for this item. NK proposed that plot rents rise from £28 to £32 from October 2025, seconded by BH. HV felt the rise was too steep in one year. On a vote there were 3 for and 2 against – the motion was CARRIED.
P <b>421 PAVILION LEASE – CRICKET CLUB</b>
P TG proposed that the Council offer the Cricket Club a ten year lease at a peppercorn rent. HV seconded. MO said the Council had a duty to obtain best value and the matter should go to a valuer first. On being put to the vote there were 2 in favour and 5 against and the proposal was not carried.
P <b>422 CORRESPONDENCE</b>
P Kent Association of Local Councils – spring training programme; Borough Council – Local Plan review consultation closes 30th May; Westry Marden Village Hall – invitation to the VE Day event. All items were NOTED.
P <b>423 DATE OF NEXT MEETING</b>
P Annual Parish Meeting and Annual Meeting of the Parish Council: Tuesday 13th May 2025 at 7.00pm in the Pavilion.
P Meeting closed at 9.14pm
