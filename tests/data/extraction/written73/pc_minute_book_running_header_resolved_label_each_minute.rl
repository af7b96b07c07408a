@title 1704-Minutes-April-2017
@font Helvetica
@fontsize 10.5
@numcol 14
@header_first  
@header Minutes of Meeting Held on 6th April 2017.||{page}
P <b>Minutes of the Meeting of Thornby &amp; Ashlow Parish Council held on Thursday 6th April 2017 at 7.30pm at the Village Hall, Church Lane, Ashlow.</b>
S 4
R 1741 | <b>Attendance and apologies</b>
R  | Present: Cllr M Ruddock (Chairman), Cllr J Allsop, Cllr P Kinder, Cllr S Orme and Cllr T Varley. Helen Cotes, Clerk. Apologies: Cllr D Peel. County Councillor: Cllr R Vessey. Two members of the public.
R 1742 | <b>Code of Conduct - Councillors’ Declarations of Interest</b>
R  | Resolved: Cllr Tom Varley declared a pecuniary interest at point 1750 (b) 17/00362/TCA: Works to 3 no. trees (unprotected trees in a Conservation Area) at Brook House, Main Street, Thornby, and took no part in the discussion.
R 1743 | <b>Minutes of the previous meeting of the Council</b>
R  | Resolved: The minutes of the Parish Council meeting held on 2nd March 2017, previously circulated, be taken as a true record, confirmed and signed.
R 1744 | <b>Any matters to be raised with the County Councillor.</b>
R  | Resolved: None.
R 1745 | <b>Any matters to be raised with the District Councillor.</b>
R  | Resolved: The overgrown hedge on Ashlow Lane opposite the school be reported to the district council’s street scene team.
R 1746 | <b>Police, crime, safety</b>
R  | (a) Police report. Crime figures: 09/03/17 – Theft from motor vehicle – Filed (Church Lane) 15/03/17 – Criminal damage – Filed (Main Street) 28/03/17 – Burglary non-dwelling – Under investigation (Ashlow Road)
R  | (b) Speed Indicator Device. Cllr Orme reported that the SID had recorded 1,912 vehicles on Ashlow Road in March, of which 22% were above 30mph.
R  | Resolved: The SID be moved to Main Street, Thornby for April and May.
R 1747 | <b>Chairman’s Report</b>
R  | RESOLVED: April meeting of T&amp;APC
R  | Meetings attended
R  | • Airport noise and flooding liaison group
R  | • Parish liaison event at County Hall
R  | • Site visit to the Ashlow Road play area with the County Council’s estates officer
R  | Noise and flooding group – The airport’s consultants set out the programme for the hydrological survey of the brook catchment. The costs are to be shared between the airport and the County Council. It seemed positive, but I am not yet convinced that the survey will look far enough downstream of Thornby.
R  | Play area – The estates officer confirmed that the County Council is willing to grant a new lease of the play area for five years. I have asked the Clerk to take the lease terms to our solicitor.
R 1748 | <b>Administration &amp; Finance</b>
R  | (a) Clerk’s Report. CLERK’S ADMINISTRATION REPORT - 6th April 2017.
R  | The Clerk presented her administration report. Play Area Lease – the Heads of Terms from the County Council have been sent to the Parish Council’s solicitor, who advised that the break clause at paragraph 3.2 should be limited to the first five years. Insurance – the renewal quotation from the Council’s insurer is £612.40, an increase of 3% on last year. Internal audit – the internal auditor will visit on 24th April. Website – the new accessibility statement has been published.
R  | (b) Payments for April 2017:
TH Payee | Details | Amount
T H Cotes | Clerk’s salary April (net) | £402.16
T HMRC | PAYE / NI April | £100.40
T Ashlow Village Hall | Hall hire March and April | £36.00
T Thornby Grounds Ltd | Grass cutting, first cut | £285.00
T LRALC | Annual subscription 2017/18 | £188.12
T Came &amp; Co | Insurance renewal | £612.40
T J Allsop | Allotment water trough (reimbursement) | £42.99
T E.ON | Street lighting energy, quarter | £218.77
T Thornby Grounds Ltd | Play area inspection, March | £45.00
T H Cotes | Postage and stationery | £19.60
T Ashlow PCC | Churchyard maintenance grant | £350.00
R  | Resolved: The payments listed be approved.
R 1749 | <b>Allotments</b>
R  | Cllr Allsop reported that two half plots are vacant and that the water trough at the Thornby site has been replaced.
R  | Resolved: Rents remain at £28 per full plot and £15 per half plot for 2017/18.
R 1750 | <b>Planning</b>
R  | (a) 17/00318/FUL: Single storey rear extension at 4 Orchard Close, Ashlow. Resolved: No objection.
R  | (b) 17/00362/TCA: Works to 3 no. trees (unprotected trees in a Conservation Area) at Brook House, Main Street, Thornby. Cllr Varley left the room. Resolved: No objection, subject to the advice of the tree officer. Cllr Varley returned.
R 1751 | <b>Correspondence</b>
R  | (a) LRALC newsletter, March 2017. (b) Rural Community Council – village hall grants scheme. (c) Resident’s letter about dog fouling on Church Lane.
R  | Resolved: None.
R 1752 | <b>Items for the next agenda</b>
R  | Councillors raised the lighting of the village hall car park and defibrillator training.
R  | Resolved: To include both items on the May agenda.
R 1753 | <b>Date of next meeting</b>
R  | Resolved: The next meeting be held on Thursday 4th May 2017 at 7.30pm at Thornby Village Hall.
S 6
P The meeting closed at 9.12pm.
S 14
P Signed ………………………………… Chairman      Date ……………………
