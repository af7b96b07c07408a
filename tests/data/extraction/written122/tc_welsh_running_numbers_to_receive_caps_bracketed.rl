@title Cofnodion / Minutes 14.09.09
@font Times-Roman
@fontsize 11
@header_first CYNGOR TREF TREFENAI TOWN COUNCIL
@header Trefenai Town Council – Monthly Meeting 14th September 2009
@footer {page}
@pageoffset 117
HC MINUTES OF THE MONTHLY MEETING OF TREFENAI TOWN COUNCIL HELD ON MONDAY 14TH SEPTEMBER 2009 AT 7.00PM IN THE COUNCIL CHAMBER, TOWN HALL
S 4
P <b>PRESENT:</b> Councillors: Chair – Deputy Mayor Cllr Mrs Eirlys Rowlands &nbsp; Mayor – Cllr Mr Dafydd Prydderch &nbsp; Mr Keith Barlow &nbsp; Mr Bryn Ellis &nbsp; Mrs Gwenda Prosser &nbsp; Mr Iwan Bowen &nbsp; Mr Trefor Mostyn &nbsp; Miss Catrin Eames &nbsp; Mrs Sian Wynne
P <b>OFFICER:</b> Mrs G Tudur Town Clerk &amp; RFO &nbsp; <b>IN ATTENDANCE:</b> Mr Meirion Jarvis, CCBC Coastal Officer &nbsp; <b>MEDIA:</b> Coast Chronicle.
P <b>412. TO RECEIVE A PRESENTATION ON THE PROMENADE SHELTERS REFURBISHMENT – MEIRION JARVIS CCBC.</b> The chair welcomed Mr Jarvis to the meeting. Mr Jarvis stated that the county borough council had secured £64,000 from the coastal communities fund to refurbish the three Victorian shelters on the promenade and to replace the seating. Work would start in January and take about ten weeks. Cllr Barlow asked whether the shelters would be glazed on the seaward side; Mr Jarvis said that the design was still open and that the town council's views would be welcome. It was agreed that the Clerk write in support of the scheme and ask that the shelters be glazed. Mr Jarvis left the meeting at 7.40pm.
P <b>413. TO HEAR QUESTIONS/REPRESENTATIONS FROM THE PUBLIC. (Max. 4 minutes each and 15 minutes in all, unless the Chair allows longer).</b> NONE
P <b>414. TO RECEIVE APOLOGIES FOR ABSENCE.</b> RESOLVED that the apologies of Councillors Mr Huw Llewelyn and Mrs Nia Bellis be accepted.
P <b>415. DECLARATIONS OF INTEREST UNDER THE MEMBERS’ CODE OF CONDUCT.</b> Cllr Mostyn declared a personal interest in item 419(b) as a member of the bowling club committee.
P <b>416. TO CONFIRM THE MINUTES OF THE MONTHLY MEETING HELD ON 10TH AUGUST 2009.</b> RESOLVED that the minutes be approved and signed as a correct record. Proposed Cllr Bowen, seconded Cllr Eames.
P <b>417. MATTERS ARISING FROM THE MINUTES.</b> The Clerk reported on the following matters:
P (a) Min 398 – Bus shelter, Station Road. The glass had been replaced and the cost recovered from the insurers.
P (b) Min 401 – Allotments. Two plots had become vacant and had been offered to the first two names on the waiting list.
P <b>418. TO RECEIVE THE MAYOR'S REPORT.</b> The Mayor reported on his engagements since the last meeting, including the Eisteddfod reception and the opening of the new lifeboat station at Porth Trefenai. RESOLVED to note the report.
P <b>419. TO CONSIDER PLANNING APPLICATIONS RECEIVED FROM CONWY COUNTY BOROUGH COUNCIL.</b> (a) 0/36512 – Erection of conservatory, 12 Ffordd Glanrafon. (b) 0/36540 – New pavilion, Trefenai Bowling Club, Park Road. Cllr Mostyn left the chamber for (b). RESOLVED to recommend approval of both applications.
P <b>420. TO RECEIVE THE FINANCIAL STATEMENT AND AUTHORISE PAYMENTS.</b> The Clerk presented the financial statement to 31st August 2009. RESOLVED to authorise payments numbered 1234 to 1241 totalling £3,412.86.
P <b>421. TO CONSIDER THE CHRISTMAS LIGHTS FOR 2009.</b> Cllr Ellis proposed that £2,500 be spent on new lights for the High Street, seconded by Cllr Wynne. Cllr Barlow moved an amendment that the spending be limited to £1,500; the amendment was seconded by Cllr Prosser and on being put to the vote was lost. On the motion being put to the vote, 7 in favour, 2 against, the motion was carried.
P <b>422. TO CONSIDER CORRESPONDENCE.</b> (i) One Voice Wales – area committee meeting, 1st October. (ii) North Wales Police – PACT meeting dates. (iii) Conwy CBC – consultation on the coastal car park charges. The correspondence was noted.
P <b>423. TO RECEIVE REPORTS FROM COUNTY BOROUGH COUNCILLORS.</b> Cllr Prydderch reported that the car park charges consultation closed on 30th October and urged members to respond individually.
P <b>424. ITEMS FOR THE NEXT AGENDA.</b> Promenade railings; Remembrance Sunday arrangements.
P <b>425. DATE OF NEXT MEETING.</b> Monday 12th October 2009 at 7.00pm in the Council Chamber.
S 8
P The meeting closed at 9.05pm.
S 18
P Signed ........................................ Mayor &nbsp;&nbsp;&nbsp;&nbsp; Date ........................
