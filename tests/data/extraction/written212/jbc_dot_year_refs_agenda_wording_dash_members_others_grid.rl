@title Minutes 24 May 2016
@font Helvetica
@fontsize 10
@header_first  
@header Pennock and Lindhay Joint Burial Committee 24th May 2016
@footer Page {page} of 2
HC PENNOCK AND LINDHAY JOINT BURIAL COMMITTEE
S 4
HC MINUTES OF MEETING HELD ON TUESDAY 24th MAY 2016, AT LINDHAY VILLAGE HALL.
S 8
G <b>Members Present:</b> | <b>Others:-</b>
G Colin Ferrey (CF) | Mrs Ann Tapply (Clerk)
G Judith Harnett (JH) | Mr Peter Gulliford (Sexton)
G Owen Mabbott (OM) | 
G Lynne Coxall (LC) | 
G Stuart Pedley (SP) | 
S 6
P <b>031.16 Apologies for Absence - to agree any absences of members</b> – Roy Kettle (work commitments). Apologies were accepted.
P <b>032.16 Disclosures of interest</b> – none.
P <b>033.16 Minutes – to agree the minutes of 26th April 2016 as a true record.</b> It was agreed that the minutes were a true record of that meeting, and they were duly signed by the chairman.
P <b>034.16 Election of Chairman for 2016/17</b> – Colin Ferrey was proposed by Judith Harnett, seconded by Owen Mabbott, and elected unanimously. He thanked members for their support.
P <b>035.16 Election of Vice Chairman for 2016/17</b> – Lynne Coxall was proposed by Stuart Pedley, seconded by Colin Ferrey, and elected unanimously.
P <b>036.16 Reports to be received</b> i) Mr Gulliford (Sexton) reported that the spring cut had been completed and that two headstones in the old section were leaning and had been laid flat for safety. The families have been written to. ii) Judith Harnett reported on the parishioners' meeting in Pennock, where concern had been raised about the state of the path from the lych gate.
P <b>037.16 Burials and interments since the last meeting</b> – the following were recorded:
T Date | Section / Plot | Type
T 3rd May 2016 | New section C / 14 | Burial
T 17th May 2016 | Garden of Remembrance / 41 | Interment of ashes
P <b>038.16 Memorial applications – to approve applications received</b> – two applications had been received, for plots B/22 and C/9. Both were within the regulations and were approved.
P <b>039.16 Fees and charges 2016/17</b> – the Clerk presented a comparison with neighbouring burial authorities. Owen Mabbott proposed an increase of 5% on all fees, seconded by Lynne Coxall. RESOLVED that the fees set out in the schedule attached to these minutes apply from 1st June 2016.
P <b>040.16 Grounds maintenance contract – to consider tenders received</b> – three tenders had been received. Stuart Pedley asked whether the lowest tender included strimming around the memorials; the Clerk confirmed that it did. Vote: 4 for, 1 against. RESOLVED to award the contract for 2016-2019 to Hindle Grounds Care at £3,120 per year.
P <b>041.16 Chapel roof</b> – only one quotation had been received for the repair of the slipped slates. Deferred to the June meeting so that two further quotations can be obtained. <b>Action: Clerk</b>
P <b>042.16 Closed churchyard, St Helen's</b> – the District Council has confirmed it will carry out the annual safety inspection in July. Noted.
P <b>043.16 Finance</b> i) Payments – the following were approved: Clerk's salary April/May £364.00; P Gulliford, sexton's fees £210.00; Lindhay Village Hall £14.00. ii) The bank balance at 30th April 2016 was £11,873.40.
P <b>044.16 Annual Return 2015/16 – to approve the accounting statements and governance statement</b> – Judith Harnett proposed, Lynne Coxall seconded. It was resolved to approve sections 1 and 2 of the annual return, which were signed by the chairman and the clerk.
P <b>045.16 Correspondence</b> – a letter from a family thanking the sexton for his help was read. Noted.
P <b>046.16 Date of next meeting</b> – Tuesday 28th June 2016 at 7.30pm, Lindhay Village Hall.
S 8
P Meeting closed at 9.05pm.
S 20
P Signed ......................................... Chairman    Date ........................
