@title Minutes 12 May 2016
@font Helvetica
@fontsize 10.5
@header AM&DGPC Minutes 12.05.16||Page {page}
HC ASHLEY MARSH &amp; DISTRICT GROUP PARISH COUNCIL
C MINUTES of the ANNUAL PARISH MEETINGS for the Parishes of ASHLEY MARSH, WEXTON, and GREYSTONE BISHOP
C MINUTES of the ANNUAL MEETING of ASHLEY MARSH &amp; DISTRICT GROUP PARISH COUNCIL
C MINUTES of the ORDINARY MEETING of ASHLEY MARSH &amp; DISTRICT GROUP PARISH COUNCIL
C All held on 12th May 2016 in Ashley Marsh Parish Room
G <b>Present:</b> | Cllrs: D. Sutcliffe (Chairman) | H. Milburn | P. Thorley
G  | M. Pigott | B. Fowkes | C. Gwilliam
G  | R. Sutcliffe (Clerk) |  | 
P <b>Absent:</b> None
P <b>Apologies received:</b> Ward Cllr. B. Baxendale
P <b>Members of the Public present:</b> There were no members of the public present
S 6
H <u>THE ANNUAL PARISH MEETINGS FOR THE PARISHES OF ASHLEY MARSH, WEXTON &amp; GREYSTONE BISHOP</u>
H 1. ADOPT THE MINUTES OF THE MEETINGS HELD ON 18TH MAY 2015 FOR THE PARISHES OF ASHLEY MARSH, WEXTON AND GREYSTONE BISHOP
P The Chairman of the Parish Council opened the meetings at 19:00. He read out the minutes for all three of the Annual Parish Meetings as above. He enquired if they were considered to be a true and accurate record of those meetings. All were in agreement. The Chairman then duly signed and dated the minutes.
P Proposed: Cllr H. Milburn<br/>Seconded: Cllr P. Thorley
H 2. CHAIRMAN’S REPORT FOR THE PARISHES
P The Chairman gave his report on the work of the Parish Council in each of the three parishes during the year.
P a. ASHLEY MARSH<br/>The Parish Council had been very active in having the pavements, gutters and drains along the A-road through the village cleared of weeds and debris, and several potholes reported by the Council were filled. A passing bay opposite the entrance to Chapel Close had been constructed.
P b. WEXTON<br/>The Lengthsman had cleared the ditches along Wexton Lane, which had reduced the flooding at the ford, and the finger post at Wexton Cross had been restored.
P c. GREYSTONE BISHOP<br/>The bus shelter had been repaired and repainted, and the Council had supported the residents’ application for a broadband voucher scheme.
H 3. ACCOUNTS FOR THE YEAR ENDED 31ST MARCH 2016
P The Clerk presented the accounts for the year, showing receipts of £7,912 and payments of £7,104, with balances carried forward of £4,388. The meeting noted the accounts for the year.
H 4. QUESTIONS FROM PARISHIONERS
P There were no members of the public present. The Chairman closed the Annual Parish Meetings at 19:20.
S 6
H <u>THE ANNUAL MEETING OF ASHLEY MARSH &amp; DISTRICT GROUP PARISH COUNCIL</u>
H 1. ELECTION OF CHAIRMAN FOR 2016/17
P Cllr D. Sutcliffe was the only nominee and was duly elected. He signed the Declaration of Acceptance of Office. All in favour.
P Proposed: Cllr B. Fowkes<br/>Seconded: Cllr M. Pigott
H 2. ELECTION OF VICE-CHAIRMAN FOR 2016/17
P Cllr H. Milburn was elected Vice-Chairman and signed the Declaration of Acceptance of Office.
P Proposed: Cllr C. Gwilliam<br/>Seconded: Cllr P. Thorley
H 3. APPOINTMENT OF REPRESENTATIVES
P (a) Lengthsman Scheme: Cllr P. Thorley (b) Village Hall Committee: Cllr M. Pigott (c) Footpaths: Cllr B. Fowkes. RESOLVED that the above representatives be appointed for 2016/17.
H 4. REVIEW OF STANDING ORDERS AND FINANCIAL REGULATIONS
P The Clerk reported that the model Standing Orders had been revised following the changes to the procurement thresholds. RESOLVED to adopt the revised Standing Orders and to re-adopt the Financial Regulations without change.
H 5. DATES OF MEETINGS FOR 2016/17
P The following dates were agreed: 14th July, 8th September, 10th November 2016, 12th January and 9th March 2017, all at 19:00 in the Parish Room.
S 6
H <u>THE ORDINARY MEETING OF ASHLEY MARSH &amp; DISTRICT GROUP PARISH COUNCIL</u>
H 1. APOLOGIES
P As above.
H 2. DECLARATIONS OF INTEREST
P Cllr Pigott declared a non-pecuniary interest in item 4 as a neighbour of the applicant.
H 3. TO APPROVE THE MINUTES OF THE MEETING HELD ON 14TH APRIL 2016
P The minutes were approved and signed.
P Proposed: Cllr H. Milburn<br/>Seconded: Cllr C. Gwilliam
H 4. PLANNING
P 161022 Land at Hopyard Cottage, Wexton – proposed agricultural building for the storage of hay. RESOLVED: to support the application.
H 5. HIGHWAYS AND LENGTHSMAN
P Cllr Thorley reported that the Lengthsman would be clearing the grips on the Greystone road in June and that the damaged sign at Wexton Cross had been reported to the highways contractor.
H 6. FINANCE
P a. The Clerk presented the schedule of payments (Clerk’s salary £287.50, Lengthsman £360.00, Parish Room hire £24.00). RESOLVED that the payments listed be approved.
P b. The internal auditor’s report for 2015/16 had been received with no matters raised. NOTED.
H 7. CORRESPONDENCE
P Circulated as listed; nothing requiring a decision.
H 8. DATE OF NEXT MEETING
P 14th July 2016 at 19:00 in the Parish Room. The Chairman closed the meeting at 20:25.
S 18
P Signed ………………………………… Chairman          Date ……………………
