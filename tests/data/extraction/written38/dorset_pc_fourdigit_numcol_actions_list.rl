@title Wyvelcombe Parish Council Minutes 22 October 2013
@font Times-Roman
@fontsize 11
@numcol 16
@footer Wyvelcombe Parish Council – Minutes of 22 October 2013 || Page {page}
HC WYVELCOMBE PARISH COUNCIL
C Clerk to the Council: Ann Rowsell
C 3 Tanyard Close, Marlstow
C Telephone 01632 960418
C E-mail clerk@wyvelcombe-pc.org.uk
S 8
P Minutes of the Parish Council Meeting held at the Village Hall, Wyvelcombe on Tuesday 22 October 2013 at 10:00 am.
P Present: Cllrs Margaret Stainer (Chair), Peter Hoskins, Alan Legg and Ruth Cattle.
P In attendance: The Clerk, PCSO Lacey and 2 members of the public.
P The Chair opened the meeting at 10:02 am.
R 1418 | <b>Apologies.</b>
R  | Cllr Dampier had given apologies (family commitment); these were accepted. Cllr Ferrand, DCC, had also given apologies by telephone on the morning of the meeting.
R 1419 | <b>Dispensations.</b> No requests.
R 1420 | <b>Declarations of Interest.</b>
R  | Cllr Hoskins declared an interest in minute 1426 a) as the applicant is his neighbour, and took no part in the discussion or vote on that application.
R 1421 | <b>Minutes.</b>
R  | a) RESOLVED that the minutes of the Parish Council meeting of 24 September 2013 be signed as a true record.
R  | Proposed Cllr Hoskins, seconded Cllr Legg; carried unanimously.
R 1422 | <b>Reports from County and District Councillors and the Police.</b>
R  | Cllr Ferrand, DCC, had sent a short written report by e-mail, which the Clerk read out. It covered the county’s consultation on rural bus subsidies and the closing date for comments.
R  | PCSO Lacey reported two thefts from vehicles parked at the Quarry Lane viewpoint and one report of sheep worrying near Coombe Bottom. She asked residents to keep valuables out of sight.
R  | The reports were NOTED.
R  | Standing Orders were suspended for the democratic period.
R 1423 | <b>Democratic Period.</b>
R  | A member of the public asked when the overgrown stretch of footpath W14 at Sheepwash Lane would be cut back. The Chair explained that the Rights of Way officer had been chased twice and had promised a visit before the end of October.
R  | A second member of the public thanked the Council for the new bench at the pound.
R  | Standing Orders were reinstated.
R 1424 | <b>Clerk’s and Councillors’ Updates.</b>
R  | The Actions &amp; Information List (items 1 to 14) was NOTED; the following items were taken further.
R  | a) Item 3 – Bus shelter glazing. Clerk to chase the contractor for a start date.
R  | b) Item 8 – Village sign. Cllr Legg reported that the repainting had been finished by a volunteer. AGREED that the Clerk write a letter of thanks to the volunteer painter.
R  | c) Item 12 – Grit bin at Church Hill. Clerk to order a replacement lid.
R 1425 | <b>Highways.</b>
R  | a) Cllr Cattle reported standing water on the lane below Higher Ridge Farm after heavy rain and a blocked gully outside Orchard End. Clerk to report both to DCC Highways.
R  | b) AGREED to ask DCC Highways for a ‘SLOW’ road marking on the approach to the school from the east.
R 1426 | <b>Planning.</b>
R  | a) Application received: WD/13/0412/FUL – Lower Barn, Ridge Lane – conversion of redundant barn to one holiday let. RESOLVED to support the application, subject to the existing roadside hedgerow being retained. Proposed Cllr Legg, seconded Cllr Cattle; carried with 2 in favour and 1 abstention (Cllr Hoskins took no part).
R  | b) Decision notified: WD/13/0288/HOU – 2 Forge Cottages – single storey rear extension – approved.
R 1427 | <b>Finance.</b>
R  | a) The bank reconciliation to 30 September 2013 was NOTED. Balances: current account £3,214.08; reserve account £6,550.00.
R  | b) RESOLVED to approve the following payments:
T Ann Rowsell | Clerk’s salary, October | £212.40
T HMRC | PAYE, October | £53.00
T Wyvelcombe Village Hall | Hall hire, September and October | £18.00
T Dorrell Grounds Care | Verge and play area cutting, final cut | £165.00
R  | Proposed Cllr Stainer, seconded Cllr Hoskins; carried unanimously.
R  | c) Precept 2014/15. The Clerk presented a first draft budget showing a small rise in insurance and grass cutting costs. AGREED to set the precept at the November meeting.
R 1428 | <b>Open Spaces and Play Area.</b>
R  | Cllr Legg gave the monthly play area inspection report. A loose bolt on the see-saw had been tightened and the safety surface under the swings had been raked level. NOTED.
R 1429 | <b>Correspondence.</b>
R  | The correspondence list had been circulated before the meeting.
R  | a) County Association of Parish Councils – autumn training programme. NOTED.
R  | b) Letter from a resident about hedge cutting along the Marlstow road. Clerk to acknowledge and pass to the landowner.
R 1430 | <b>Items for the next agenda.</b>
R  | Precept 2014/15; winter gritting arrangements; Remembrance wreath.
R 1431 | <b>Date of next meeting.</b>
R  | Tuesday 26 November 2013 at 10:00 am in the Village Hall.
S 6
P The meeting closed at 11:48 am.
S 14
P Signed ……………………………………… (Chair)          Date ………………………
PB
H ACTIONS &amp; INFORMATION LIST – as at 22 October 2013
I Circulated with the minutes. Items are carried forward until closed.
TH Item | Subject | Action / Information | Who
T 1 | Defibrillator at the phone box | Pads replaced September; next check January | AL
T 2 | Footpath W14, Sheepwash Lane | Rights of Way officer chased | Clerk
T 3 | Bus shelter glazing | Contractor to give start date | Clerk
T 4 | Grass cutting contract 2014 | Quotes to be sought in January | Clerk
T 5 | Speed indicator device | County loan dates awaited | MS
T 6 | Noticeboard at the pound | Installed – close | –
T 7 | Dog bin, Mill Lane | Emptying added to district round | Clerk
T 8 | Village sign | Repainted – letter of thanks | Clerk
T 9 | Flood warden | Vacancy to be advertised in newsletter | RC
T 10 | Tree survey, churchyard | Report received – no works due | –
T 11 | Parish plan review | Working group to meet in spring | PH
T 12 | Grit bin, Church Hill | Replacement lid to be ordered | Clerk
T 13 | Website accessibility | Statement published | Clerk
T 14 | Annual Parish Meeting 2014 | Hall booked for 13 May | Clerk
