@title St Meloryn Parish Council minutes 27 May 2014
@font Times-Roman
@fontsize 11
@footer {page}
HC MINUTES of the ORDINARY MEETING of the St. Meloryn Parish Council held on Tuesday27th May2014in the Polgarrow Village Hall at 7pm
S 6
P <b>PRESENT:</b> Cllr. R Trethewey (Chairman)
P Cllrs J. Angwin, P Keskeys, L Bolitho, S Hocking, D Trenwith, K Jago, G Rowse &amp; E Tremain.
P Also present: Unitary Cllr N Pascoe, PCSO T Harvey, Mrs A Carveth (Clerk) and 9 members of the public.
P <b>APOLOGIES:</b> Cllrs H Blewett and W Roseveare.
P <b>ABSENT:</b> Cllr F Kneebone.
S 4
H 14/80 Declarations of Interest on Agenda items
P Cllr Jago declared a pecuniary interest in agenda item 12aii, planning application PA14/03117, the applicant being her son.
P Cllr Bolitho declared a non-pecuniary interest in agenda item 14c, Polgarrow Village Hall, as a member of the hall committee.
H 14/81Police Report
P PCSO Harvey attended; her written report had been circulated. Eleven incidents in the parish during April, four of them anti-social behaviour near the old tramway. Query raised about off-road motorbikes on the tramway path; PCSO Harvey said that a dispersal notice could be considered if the reports continued and asked residents to note times and registration numbers where possible.
H 14/82 Public Forum
P Two residents of Chapel Row spoke against the outline application for six dwellings behind their properties (agenda item 12ai), mainly on drainage and the narrow access. A member of the Village Hall committee spoke in support of the hall’s grant request.
P The Chairman proposed that Standing Order 31 be used to take agenda items 12ai and 14c next so that members of the public could leave; agreed.
H 14/83 PA14/02988- Outline application, six dwellings, land to rear of Chapel Row, Polgarrow
P Members considered the application and the residents’ comments. Cllr Keskeys said that the field floods every winter and that the proposed soakaways had not been tested. Cllr Angwin noted that the site is outside the development boundary in the draft neighbourhood plan.
P Resolved to object on the grounds of flooding, access and the site being outside the settlement boundary. Vote: 7 for, 1 against.
H 14/84 Polgarrow Village Hall – request for grant towards kitchen refurbishment
P Cllr Bolitho left the room. The hall committee had asked for £750. Members noted that £500 remained in the grants budget for the year.
P Resolved to grant £500 towards the kitchen refurbishment, to be paid on receipt of the invoice. Cllr Bolitho returned.
H 14/85 Minutes of the Ordinary Meeting held on 22nd April 2014
P Proposed Cllr Angwin, seconded Cllr Keskeys, that the minutes be agreed as a true record; agreed and signed by the Chairman.
H 14/86 Minutes of the Annual Meeting held on 13th May 2014
P Agreed as a true record and signed.
H 14/87 Matters Arising
P 14/62 Bench on Polgarrow green – installed on 2nd May.
P 14/70 Litter bin at Trenance Lane bus stop – the unitary authority has agreed to empty it weekly; the Clerk will ask for a date for installation.
H 14/88 Unitary Councillor’s Report
P Cllr Pascoe reported that the consultation on the waste collection contract closes on 30th June and that she had asked highways officers to look again at the 30mph limit on the Trewinnow road. She would forward the officers’ reply to the Clerk.
H 14/89 Clerk’s Report
P The Clerk reported that the annual play inspection is booked for 10th June, that the internal audit has been completed with no matters raised, and that the insurance renewal had been received at £612.30.
H 14/90 Finance
P a) Accounts for payment. The payments listed on the schedule, totalling £2,318.42, were approved. Proposed Cllr Rowse, seconded Cllr Trenwith.
P b) Annual Governance Statement 2013/14. Resolved that the statement be approved and signed by the Chairman and the Clerk.
P c) Accounting Statements 2013/14. Resolved to approve the accounting statements for submission to the external auditor.
H 14/91 Planning
P Applications received since the last meeting were considered:
P i) PA14/02988 – see 14/83 above.
P ii) PA14/03117 – Rosmerryn, Chapel Row: two-storey side extension. Cllr Jago left the room. Support. Cllr Jago returned.
P iii) PA14/03205 – Higher Trenance Farm: agricultural building for fodder storage. No objection.
P iv) Decisions received: PA14/01876 – 4 School Hill: replacement windows – approved.
H 14/92 Highways
P Potholes reported on the Trenance Lane hill and at the junction by the chapel. The Clerk will report them again and ask for a timescale.
H 14/93 Footpaths
P Cllr Hocking reported that the stile on footpath 22 near Carn Polgarrow has been replaced by the landowner, and that nettles on footpath 9 need cutting before the summer.
H 14/94 Play Areas
P Cllr Trenwith reported that he had carried out the monthly inspection and fitted a new latch to the gate of the Polgarrow play area. No other defects were found.
H 14/95 Christmas Lights 2014
P Cllr Tremain proposed that the council again fund the lights on the green at a cost of up to £900; Cllr Rowse felt that the money should go towards the play area instead. Vote: 5 for, 4 against; carried.
H 14/96 Neighbourhood Plan
P The steering group’s draft housing section had only been received on the day of the meeting. Deferred to the June meeting so that members can read it.
H 14/97 Closed Churchyard
P Cllr Keskeys reported that two headstones near the lych gate were leaning badly. The Clerk will ask the contractor to make them safe and write to the families where they are known.
H 14/98 Bus Shelters
P The shelter at Trenance Lane has been cleaned. Quotations for replacing the roof of the Polgarrow shelter are awaited.
H 14/99 Community Speedwatch
P Cllr Tremain reported that six volunteers had now been trained and that the first session would be held on the Trewinnow road in June. Members thanked the volunteers.
H 14/100 Correspondence
P The correspondence list circulated with the agenda was noted.
H 14/101 Members’ Reports
P Cllr Angwin reported on the Polgarrow Community Association AGM; the association has a new treasurer and healthy funds.
H 14/102 Items for the next agenda
P Neighbourhood plan housing section; speed limit on the Trewinnow road.
H 14/103 Date of next meeting
P Tuesday 24th June 2014 at 7pm in the Polgarrow Village Hall.
S 8
P Meeting closed 9.42pm.
S 24
P Signed ………………………………………… Chairman          Date ……………………
