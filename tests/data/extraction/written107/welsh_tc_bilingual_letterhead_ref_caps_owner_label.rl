@title Aberwennol and Penrhos Town Council minutes 7 March 2017
@font Helvetica
@fontsize 10.5
@footer {page}
HC Aberwennol &amp; Penrhos Town Council      Cyngor Tref Aberwennol a Phenrhos
C Town Hall, Aberwennol, SA64 9QT      Neuadd y Dref, Aberwennol, SA64 9QT
C Clerk/Clerc: Gwenllian Price   Tel: 01348 872 550   email: clerk@aberwennol-tc.org.uk
C <i>“Working together by the sea”</i>
S 6
HC The MINUTES of the full Town Council Meeting held in the Town Hall, Aberwennol on Tuesday 7th March 2017 at 7pm
C Cllr. Huw Mathias (Mayor) in the Chair.
C Cllr. Huw Mathias, Mayor – H. Mathias      Gwenllian Price, Town Clerk – G. Price
P In these minutes Gwaunfor County Council is shortened to GCC and Aberwennol and Penrhos Town Council to TC.
H MINUTES:
P <b>PENRHOS BAY TRAIL:</b> Mererid Thomas and Owain Jenkins explained the Penrhos Bay Trail group's plan for a waymarked walk from the harbour to the lifeboat station, with six interpretation boards in Welsh and English. The group hopes to apply to the GCC rural fund in May and asked for a letter of support from the TC.
P <b>40/17 APOLOGIES: ALL</b> To note apologies and record which Councillors are present: Apologies from: Cllr. Griffiths, C.Cllr. Evans. Present: Cllrs. Mathias, Bowen, Rees, Llewellyn, Harries, Protheroe, Vaughan, Morse and Tudor, with C.Cllr. Anwen Davies.
P <b>41/17 MEMBER INTERESTS: ALL</b> To note any interests declared by Councillors in items on this agenda: Cllr. Bowen declared a personal interest in Planning Application 17/0102/PA as a neighbour. Cllr. Morse declared a pecuniary interest in 49/17 Payment of Accounts, as one invoice is from his firm.
P <b>42/17 MINUTES OF THE PREVIOUS MEETING: ALL</b> To approve the minutes of the meeting of 7.2.17: Approved as a correct record, on the proposal of Cllr. Rees, seconded by Cllr. Vaughan.
P <b>43/17 PENRHOS BAY TRAIL – LETTER OF SUPPORT: ALL</b> Further to the presentation, members were pleased to see the project coming forward. It was agreed that the Town Clerk write a letter of support for the Trail group's bid. This was proposed by Cllr. Harries and seconded by Cllr. Tudor.
P <b>44/17 MAYOR’S REPORT: CLLR. MATHIAS</b> The Mayor reported on his engagements since the last meeting, including the St David's Day parade, which had been the largest for some years, and the opening of the new surgery at Penrhos. He thanked the staff of the Town Hall for their help with the parade.
P <b>45/17 COUNTY COUNCILLOR’S REPORT: C.CLLR. DAVIES</b> C.Cllr. Davies reported that the GCC had set its budget with a council tax rise of 4.5% and that the harbour car park charges would not change this year. She would ask the highways department about the drainage at Heol y Felin.
P <b>46/17 PLANNING APPLICATIONS: ALL</b> To consider the following applications: 17/0102/PA – Erection of a dwelling, land adjacent to Bryn Eithin, Penrhos. Cllr. Bowen left the room. The TC had no objection to this application. 17/0115/PA – Change of use of shop to café, 12 West Street. The TC supports this application. Proposed by Cllr. Llewellyn and seconded by Cllr. Protheroe.
P <b>47/17 CHRISTMAS LIGHTS 2017: CLLR. LLEWELLYN</b> Cllr. Llewellyn presented three quotations for new LED lights for West Street and the Square. Cllr. Vaughan felt that the TC should wait until the Chamber of Trade had confirmed its contribution. It was proposed by Cllr. Llewellyn and seconded by Cllr. Harries that the second quotation, of £7,480, be accepted. A vote was taken: 6 for, 2 against, 1 abstention. The motion was carried.
P <b>48/17 TOWN CLERK’S REPORT: TOWN CLERK</b> The Town Clerk reported that the internal audit had been booked for 18th May, that the Town Hall boiler had been serviced and that the war memorial cleaning would be done before Remembrance Sunday.
P <b>49/17 PAYMENT OF ACCOUNTS: ALL</b> Cllr. Morse left the room. To approve the payment of accounts as listed. RESOLVED that the accounts, totalling £3,912.57, be paid. Cllr. Morse returned.
P <b>50/17 CORRESPONDENCE: TOWN CLERK</b> The correspondence list was read out and noted. Members asked that the letter from the Aberwennol Sea Cadets be put on the April agenda.
P <b>51/17 MOTION – MARKET SQUARE PARKING: CLLR. PROTHEROE</b> Cllr. Protheroe proposed that the TC ask the GCC to introduce one hour limited waiting in the Market Square. Cllr. Rees seconded. Several members felt that the Square's traders had not been consulted. A vote was taken: 3 for, 6 against. The motion was lost.
P <b>52/17 DATE OF NEXT MEETING: ALL</b> Tuesday 4th April 2017 at 7pm in the Town Hall.
S 6
P The meeting closed at 9.10pm.
