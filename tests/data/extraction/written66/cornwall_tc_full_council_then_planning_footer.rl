@title Polkernow Town Council - Full Council 3 December 2019
@font Helvetica
@fontsize 10.5
@footer POLKERNOW TOWN COUNCIL -FULL COUNCIL MEETING – 3RD DECEMBER 2019 Page {page}
HC POLKERNOW
HC TOWN COUNCIL
S 6
P Minutes of a Full Council Meeting of Polkernow Town Council, held in the Council Chamber, Town Hall, Polkernow, on Tuesday, 3rd December 2019 at 7.00pm.
P Present: Cllrs R Penberthy (Mayor), Mrs S Couch (Deputy Mayor), Mrs F Retallack, Mrs B Trebilcock, Mrs L Jewell, B Dunstan, E Carveth, Mrs F Menheniott
P In attendance: Mr M C Lanyon (Town Clerk), and six members of the public, PCSO Tamblyn (up to Item 186/19) and a Reporter from the Voice
H 184/19 Mayor’s Welcome:
P Cllr Penberthy welcomed everyone to the Meeting.
P <u>Housekeeping:</u>
P The Mayor addressed Councillors and members of the public, giving advice on emergency procedures, asking that all mobile ‘phones be switched off, or turned to silent.
P <u>Announcement and Diary Dates:</u>
P The Mayor’s Report was presented by Cllr Penberthy:-
P “Since our last Meeting I have attended the Remembrance Sunday parade and service at the War Memorial, which was the best attended for many years, and laid a wreath on behalf of the Council. The Mayoress and I attended the switch-on of the Christmas lights in Fore Street, and I would like to thank the Polkernow Lights Committee for all their hard work. I also attended a briefing on the changes to the bus network, which I will report on under Correspondence.”
H 185/19 Public Forum:
P Mr Alan Rickard spoke about the condition of the footway on Trevelgan Hill, which he said was dangerous for pushchairs and wheelchairs. Cllr Mrs Couch responded that the Council had already reported it to the highways authority and would ask for an inspection date.
H 186/19 Police Report:
P PCSO Tamblyn reported that there had been 17 crimes in the town during November, compared with 23 in November 2018, mostly anti-social behaviour in the Church Square area. The report was noted. PCSO Tamblyn left the meeting.
H 187/19 Apologies:
P Cllrs J Hocking (work) and T Bray (holiday). The apologies were accepted.
H 188/19 Declarations of Interest:
P Cllr B Dunstan declared a non-registerable interest in item 190/19 (application PA19/09877) as a neighbour of the applicant.
H 189/19 Minutes:
P It was proposed by Cllr Mrs Retallack, seconded by Cllr Carveth and RESOLVED that the Minutes of the Full Council Meeting held on 5th November 2019 be approved as a true record and signed by the Mayor.
H 190/19 Planning Committee:
P The Minutes of the Planning Committee Meeting held on 19th November 2019 (appended) were received and noted.
H 191/19 Finance:
P The Town Clerk presented the finance report.
P i) Accounts for Payment – it was proposed by Cllr Carveth, seconded by Cllr Mrs Retallack and RESOLVED that accounts totalling £6,412.88, as listed, be paid.
P ii) Bank Reconciliation – the bank reconciliation to 30th November 2019 was noted.
H 192/19 Budget and Precept 2020/21:
P The Town Clerk presented the draft budget for 2020/21. Cllr Mrs Jewell proposed an amendment that the grant to the Polkernow in Bloom group be increased from £500 to £800; the amendment was seconded by Cllr Mrs Menheniott and was lost, 3 votes for and 5 against. It was then proposed by Cllr Mrs Trebilcock, seconded by Cllr Dunstan and RESOLVED that a precept of £142,600 be requested for 2020/21.
H 193/19 Correspondence:
P Letter from the Old Polkernow Society asking the Council to support a blue plaque on the former Tin Exchange. Noted, to be placed on the January agenda.
H 194/19 Date of Next Meeting:
P Tuesday, 7th January 2020 at 7.00pm.
P There being no further business, the Mayor closed the Meeting at 9.12pm.
S 10
P Signed ........................................ Mayor          Date ......................
PB
HC POLKERNOW
HC TOWN COUNCIL
S 6
P Minutes of the Planning Committee Meeting of Polkernow Town Council, held in the Council Chamber, Town Hall, Polkernow, on Tuesday, 19th November 2019 at 6.30pm.
P Present: Cllrs B Dunstan (Chairman), R Penberthy, Mrs F Retallack, E Carveth, Mrs L Jewell
P In attendance: Mr M C Lanyon (Town Clerk) and two members of the public
H P41/19 Apologies:
P Cllr Mrs S Couch.
H P42/19 Declarations of Interest:
P None.
H P43/19 Minutes:
P RESOLVED that the Minutes of the Planning Committee Meeting held on 22nd October 2019 be approved as a true record.
H P44/19 Planning Applications:
P a) PA19/09512 – Replacement shopfront, 12 Fore Street, Polkernow – Support. Proposed Cllr Carveth, seconded Cllr Penberthy. Carried.
P b) PA19/09877 – Two storey rear extension, Chyreen View, Trevelgan Hill – Mr Jago, the applicant, addressed the Committee and explained the design. Cllr Dunstan left the Chair and Cllr Penberthy took the Chair for this item. RESOLVED – No objection.
P c) PA19/10020 – Erection of six dwellings, land at Carnwethers Lane – Cllr Mrs Jewell said that the access was too narrow for construction traffic. RESOLVED – Object, on highway safety grounds.
H P45/19 Date of Next Meeting:
P Tuesday, 17th December 2019 at 6.30pm.
P There being no further business, the Chairman closed the Meeting at 7.20pm.
