@title Full LAG Meeting minutes 15 March 2017
@font Helvetica
@fontsize 10
@header ARDCARROW LEADER  –  Mossgiel House, Bridge Street, Ardcarrow, AR7 3QZ, Scotland   Tel: 01999 260417   Web: www.ardcarrowleader.org.uk
@footer Page {page}
HC MINUTES
HC LEADER Local Action Group – Full LAG Meeting
C Wednesday 15th March 2017, 10am
C Held at: Ardcarrow Town Hall, Council Chamber
G <b>Present:</b> | Janet Corrie (Chair) | (JC) | Hugh Baird | (HB)
G | Alison Muir | (AM) | Robert Wallace | (RW)
G | Fiona Kerr | (FK) | David Lockhart | (DL)
G | Senga McBride | (SMcB) | Colin Paterson | (CP)
G | Isobel Grieve | (IG) | Tam Rennie | (TR)
G | Moira Laidlaw | (ML) | Gordon Haig | (GH)
G <b>Staff:</b> | Neil Murdoch | (NM) | Karen Dickson | (KD)
G | Jill Fleming | (JF) | Lorna Todd (minutes) | (LT)
G <b>Apologies:</b> | Ewan Moffat | (EM) | Sheila Crosbie | (SC)
G | Brian Hastie | (BH) | Anne Gilchrist | (AG)
S 6
H Actions from this meeting:
TH Agenda Point: | Action: | Responsible:
T Project Applications | Issue offer letters to the two approved projects | NM
T LAG Membership | Advertise the two private sector vacancies | KD
T Communications | Press release on first approvals | JF
S 6
H Welcome
P JC welcomed members to the meeting and introduced Gordon Haig, who joins the LAG as the representative of the Ardcarrow Tourism Partnership. Members introduced themselves.
H Declarations of Interest
P HB declared an interest in the Glenbuie Village Hall application as a trustee of the hall and left the room for that item. No other declarations.
H Minutes of Last Meeting
P The minutes of the meeting held on 14th December 2016 were approved as an accurate record. Proposed AM, seconded RW.
H Matters Arising
P NM confirmed that the revised scoring matrix had been circulated and that the Scottish Government had accepted the LAG's request to move £40,000 from the cooperation budget to the main grant fund.
H Programme Update – Report
P NM presented the programme report. £231,600 has now been committed to nine projects, 22% of the total budget. Two claims had been paid. FK asked whether the slow spend would put any funds at risk; NM said the first review point was December 2018. The LAG noted the report.
H Project Applications
P <b>Glenbuie Village Hall – Heating and Insulation (£38,400)</b>
P HB was not present. DL introduced the panel's assessment. The LAG approved the application subject to a second quotation for the boiler.
P <b>Ardcarrow Bike Trails – Phase 1 (£62,000)</b>
P CP said the trails would bring visitors into the town centre. SMcB was concerned about the maintenance plan after the grant ends. A vote was taken: 9 for, 3 against. Approved.
P <b>Kirkhaven Smokehouse – Visitor Centre Feasibility (£11,750)</b>
P IG questioned whether the match funding was secured. Deferred until the applicant confirms the match funding.
H LAG Membership
P KD reported that two private sector places are vacant following resignations. It was agreed to advertise both places in April and to hold interviews in May.
H Communications
P JF showed the new website and asked members to send photographs of funded projects. TR offered to write a short piece for the farming press.
H Any Other Business
P ML asked about the date of the annual LEADER networking event; NM will circulate it.
H Date of Next Meeting
P Wednesday 14th June 2017, 10am, venue to be confirmed.
