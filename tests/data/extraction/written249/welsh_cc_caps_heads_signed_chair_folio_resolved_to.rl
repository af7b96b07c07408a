@title Pentre Helyg Community Council minutes 14 September 2011
@font Helvetica
@fontsize 10
@header_first CYNGOR CYMUNED PENTRE HELYG COMMUNITY COUNCIL
@footer SIGNED………………………CHAIR {page} // DATE………………………….
@pageoffset 2140
HC PENTRE HELYG COMMUNITY COUNCIL
HC MINUTES OF MONTHLY MEETING HELD ON WEDNESDAY, 14TH SEPTEMBER, 2011 AT 7.15 P.M. AT THE WELFARE HALL, HEOL Y FELIN, PENTRE HELYG
P PRESENT: COUNCILLORS: R BEVAN (CHAIRMAN); M PROTHERO; A WATKINS; C JENKINS; L HOPKIN; T MORGAN-REES; PCSO D HARRY AND S LLEWELLYN (CLERK).
H 1. ELECTION OF MEMBER TO PRESIDE IN THE ABSENCE OF THE CHAIR AND VICE-CHAIR
P The Chair was present.
H 2. APOLOGIES FOR ABSENCE
P Apologies were received from Councillors Parry and Gwyther.
H 3. DISCLOSURE OF INTERESTS
P Councillor Watkins declared a personal interest in item 9.1 as a governor of Ysgol Gynradd Pentre Helyg and took no part in the discussion.
H 4. REPRESENTATIONS FROM MEMBERS OF THE PUBLIC
P Mr Wyn Esmond of Clos yr Eithin addressed the Council about water running off the field behind the houses onto the footway after heavy rain. The Clerk will report the matter to the County Borough Council drainage section.
H 5. COMMUNITY POLICING
P PCSO Harry informed members of the crime figures from 10th August to date:
P Damage – 2 accounts; Theft – 1 account; Anti-Social Behaviour – 5 accounts. 31 calls were made to Police during this time.
P PCSO Harry reported that the next PACT meeting is on Thursday, 6th October at 6 p.m. at the Welfare Hall.
H 6. CONSIDERATION AND APPROVAL OF ACCOUNTS FOR PAYMENT
H 6.1 Payment of Accounts
P Resolved: to make payment of all the accounts listed below:
TH Payee | Detail | £
T Western Grounds Ltd | Grounds maintenance August | 1,284.00
T S Llewellyn | Clerk's salary September | 612.40
T HMRC | Tax & NI | 96.30
T Welfare Hall Committee | Room hire July – September | 75.00
T Helyg Print | Newsletter autumn edition | 348.00
H 6.2 Bank Reconciliation
P The Clerk presented the bank reconciliation to 31st August 2011 showing a balance of £18,406.52 in the current account and £22,150.00 in the reserve account.
P Resolved: to approve the bank reconciliation as presented.
H 7. MINUTES OF THE PREVIOUS MEETING
P Resolved: that the minutes of the meeting held on 13th July 2011 be approved and signed as a true record.
H 8. PLANNING APPLICATIONS
P 11/0712/10 – Single storey rear extension, 14 Heol y Felin.
P 11/0738/10 – Change of use of shop to hot food takeaway, 2 Station Terrace.
P Resolved: no objection to application 11/0712/10; to object to application 11/0738/10 on the grounds of parking and litter.
H 9. CORRESPONDENCE
H 9.1 Ysgol Gynradd Pentre Helyg – request for grant towards Christmas concert
P Resolved: to award a grant of £150 under Section 137 of the Local Government Act 1972.
H 9.2 One Voice Wales – Area Committee meeting 22nd September
P Councillor Morgan-Rees agreed to attend on behalf of the Council.
H 9.3 County Borough Council – consultation on the draft Local Development Plan deposit
P Noted.
H 10. REPORTS FROM REPRESENTATIVES ON OUTSIDE BODIES
P Councillor Prothero reported on the Welfare Hall Committee, which has secured funding for new toilets. Councillor Jenkins reported that the allotment association waiting list now stands at eleven.
P Noted.
H 11. DATE OF NEXT MEETING
P Wednesday, 12th October, 2011 at 7.15 p.m. at the Welfare Hall.
P The meeting closed at 8.50 p.m.
