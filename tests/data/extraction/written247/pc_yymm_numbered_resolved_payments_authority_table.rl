@title Ulverby Parish Council minutes 2210
@header_first DRAFT MINUTES FOR APPROVAL AT THE NEXT MEETING 2210
@footer Chairman's signature ……………………   Date ……………… || Page {page}
C DRAFT MINUTES FOR APPROVAL AT THE NEXT MEETING 2210
HC ULVERBY PARISH COUNCIL
C Minutes of the Parish Council Meeting
C held in the Village Hall
C on Monday 24th October 2022 at 7.30pm
H 2210.01 Present
P Councillors: M. Kettlewell (MK)(Chairman), R. Dinsdale (RD), H. Scaife (HS), P. Gowland (PG), J. Raw (JR)
P In Attendance
P Clerk: F. Outhwaite (FO); District Councillor B. Sedgwick; 3 members of the public
P Apologies for Absence
P Councillor L. Bainbridge; County Councillor T. Metcalfe
H 2210.02 Disclosure of Interests
P RD declared an interest in item 2210.07 as a member of the Playing Field Association.
H 2210.03 Minutes of the Meeting of the Parish Council (PC) on 26th September 2022
P It was resolved that the minutes of the meeting on 26th September 2022 are approved and the Chairman duly signed them in order to verify approval.
H 2210.04 Police Report
P The contents of the Police Report for the period 12th September to 17th October were noted.
H 2210.05 Financial Accounts
P a) Councillors received and approved statements of account for the current year to 11 October 2022.
P b) It was resolved that the payments listed below be authorised:
TH Invoice Date | Description | £ | Authority
T 03.10.22 | Grass cutting, September | 264.00 | Highways Act 1980, s96
T 14.10.22 | Clerk's wages October | 131.20 | Local Government Act 1972, s112(2)
T 17.10.22 | Bus shelter glass | 58.50 | Local Government (Miscellaneous Provisions) Act 1953 s4
H 2210.06 Precept 2023/24
P The Clerk circulated a draft budget. HS proposed that the precept be held at £7,400; PG seconded. JR proposed an amendment to increase it to £7,900 to fund a defibrillator cabinet; this was not seconded. The proposal to hold the precept was carried by 4 votes to 1.
H 2210.07 Playing Field Lease
P RD left the meeting. The Association's request to extend the lease to 25 years was discussed. It was agreed to take legal advice before deciding and the item was deferred to the November meeting. RD rejoined the meeting.
H 2210.08 Planning
P a) 22/01744/FUL Low Garth, extension – the PC had no objection.
P b) 22/01802/OUT land west of Back Lane – it was resolved to object on the grounds of flooding and access.
H 2210.09 Correspondence
P A letter from a resident about parking near the school was noted and MK will raise it with the head teacher.
H 2210.10 Date of Next Meeting
P Monday 28th November 2022 at 7.30pm in the Village Hall.
