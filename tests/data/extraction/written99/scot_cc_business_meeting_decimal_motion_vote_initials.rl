@title IDCC Business Meeting Minutes 10 September 2019
@font Helvetica
@fontsize 10
@numcol 14
@header IDCC Business Meeting Minutes – 10th September 2019||Approved 8th October 2019
@footer Page {page}
HC INVERBRODIE AND DISTRICT COMMUNITY COUNCIL
HC BUSINESS MEETING MINUTES
C 7:00 to 9:15pm, 10th September 2019, Brodie Resource Centre, Inverbrodie
S 4
R 1. | <b>Chairperson’s Welcome, RC</b>
R 1.1 | <b>Attendance</b>
R 1.1.1 | IDCC Councillors: Ruth Cattanach (RC), Douglas Buchan (DB), Sheena Ironside (SI), Graeme Lumsden (GL), Elspeth Mowat (EM), Neil Ritchie (NR), Gordon Skene (GS) and Colin Birnie (CB).
R 1.1.2 | Councillors: Councillor Petrie (Cllr P) and Councillor Gauld (Cllr G).
R 1.1.3 | Others: PC Hamish Gow (Police Scotland), the general public, Karen Lindsay, Committee Officer for Brodie Coast at the Council, and Morag Innes, IDCC Minute Taker.
R 1.1.4 | Apologies: Hugh Mackie (HM), Councillor Souter (Cllr S).
R 1.2 | <b>Declarations of Interest</b>
P None.
R 1.3 | <b>Chairperson’s Statement, RC</b>
R 1.3.1 | Co-option of Lorna Duthie (LD). RC noted that IDCC has capacity to co-opt 4 additional members and that Lorna Duthie had attended three meetings as an observer.
P MOTION To co-opt Lorna Duthie as a member of IDCC. Proposed by CB, seconded by EM. VOTE Unanimous agreement, LD co-opted as an IDCC member. LD joined IDCC members around the table.
R 1.3.2 | Community Council Elections 2020. RC reported that nominations for the November 2020 elections would open in August 2020 and asked members to encourage new candidates.
R 2. | <b>Minutes</b>
R 2.1 | <b>Approval of the Minutes of 13th August 2019</b>
P MOTION To approve the minutes of 13th August 2019 as a true record. Proposed by SI, seconded by GL. VOTE Unanimous agreement.
R 2.2 | <b>Matters Arising</b>
R 2.2.1 | Bus shelter, Slug Road. Cllr G confirmed that the replacement shelter had been ordered and would be installed in October.
R 2.2.2 | Christmas lights. NR reported that the lights had been tested and three strings would need replacing. Action: NR to obtain prices.
R 3. | <b>Police Report, PC Gow</b>
P PC Hamish Gow presented the report for July and August: 41 calls to the area, including two thefts from sheds in Cairnhill and a number of speeding complaints on the coast road. LD asked whether the mobile speed camera could return to Bervie Road; PC Gow will pass this request to the safety camera unit.
R 4. | <b>Planning, DB</b>
R 4.1 | <b>Applications Received</b>
R 4.1.1 | APP/2019/1882 – Extension to dwellinghouse, 14 Harbour Brae. No comment.
R 4.1.2 | APP/2019/1907 – Erection of 24 dwellinghouses, land at Mill of Brodie. DB summarised the concerns raised by residents about drainage and the junction with the A92.
P MOTION To submit an objection on the grounds of drainage and road safety. Proposed by DB, seconded by NR. VOTE 7 for, 1 against, motion carried.
R 4.2 | <b>Decisions Issued</b>
R 4.2.1 | APP/2019/1544 – Change of use of shop to café, 3 Market Square. Approved.
R 5. | <b>Treasurer’s Report, CB</b>
P CB presented the accounts to 31st August 2019. The balance stood at £2,846.19, of which £1,200 was ring-fenced for the floral displays. Grant received from the Council £560.
P MOTION To accept the Treasurer’s report. Proposed by SI, seconded by GS. VOTE Unanimous agreement.
R 6. | <b>Councillors’ Reports</b>
R 6.1 | <b>Councillor Petrie</b>
P Cllr P reported that the Area Committee had approved the roads capital programme, which included resurfacing of the High Street in 2020.
R 6.2 | <b>Councillor Gauld</b>
P Cllr G reported on the consultation on the future of the recycling centre and urged residents to respond before 30th September.
R 7. | <b>AOB</b>
P GS raised the condition of the war memorial railings. RC agreed to write to the Council’s Bereavement Services.
R 8. | <b>Date of Next Meeting</b>
P Tuesday 8th October 2019, 7pm, Brodie Resource Centre.
