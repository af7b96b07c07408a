@title Minutes 10 September 2007
@font Times-Roman
@fontsize 11
@header_first  
@header Pentreclwyd Town Council – 10th September 2007
@footer Minute Book Page {page}
@pageoffset 140
HC CYNGOR TREF PENTRECLWYD
HC PENTRECLWYD TOWN COUNCIL
S 6
C MINUTES OF THE ORDINARY MEETING OF THE TOWN COUNCIL HELD IN THE COUNCIL CHAMBER, TOWN HALL, PENTRECLWYD ON MONDAY 10TH SEPTEMBER 2007 AT 7.00PM
S 4
P <b>PRESENT:</b> Councillors: Chair – Deputy Mayor Cllr Mrs Glenys Pritchard Mayor – Cllr Mr Huw Ellis Mr Gwyn Owen Mrs Delyth Parry Mr Tony Marsden Miss Nia Roberts Mr Keith Walsh Mrs Sian Hughes Mr Idris Lloyd
P <b>OFFICER:</b> Mrs R Jarvis Town Clerk &amp; RFO
P <b>IN ATTENDANCE:</b> INSPECTOR ALUN ROBERTS – POLICE
P <b>MEDIA:</b> Coast Chronicle Reporter.
P <b>312. TO RECEIVE POLICE REPORT – INSPECTOR ALUN ROBERTS.</b> The chair welcomed Inspector Alun Roberts to the meeting. Inspector Roberts reported that crime in the ward had fallen by eight per cent compared with the same quarter last year, although there had been a rise in damage to cars parked on the promenade at weekends. Two extra patrols had been arranged for Friday and Saturday nights until the end of October. Cllr Walsh asked whether the CCTV camera at the slipway was working. Inspector Roberts said he would find out and let the Clerk know. The chair thanked Inspector Roberts for attending.
P <b>313. TO RECEIVE REPRESENTATIONS/QUESTIONS FROM MEMBERS OF THE PUBLIC. (5 min per speaker within 20 min. framework or at the discretion of the Chair).</b> NONE
P <b>314. TO RECEIVE APOLOGIES FOR ABSENCE.</b> RESOLVED to receive and note apologies from Councillors Mr Eifion Jones and Mrs Ann Beddoes.
P <b>315. DECLARATION OF INTEREST – CODE OF LOCAL GOVERNMENT CONDUCT.</b> Cllr Owen declared a personal interest in minute 320 as secretary of the Pentreclwyd Bowling Club and took no part in the discussion of that application.
P <b>316. TO CONFIRM THE MINUTES OF THE MEETING HELD ON 13TH AUGUST 2007.</b> RESOLVED that the minutes be confirmed as a true record and signed by the chair, proposed Cllr Marsden, seconded Cllr Mrs Parry.
P <b>317. MATTERS ARISING FROM THE MINUTES.</b> Minute 298 Promenade shelters – the Clerk reported that the county council had agreed to repaint both shelters before the winter. Minute 301 Allotment waiting list – Cllr Mrs Hughes said that three plots had become vacant and had been offered to the first three people on the list. It was agreed that the list be reviewed in January.
P <b>318. TO RECEIVE THE MAYOR'S REPORT.</b> The Mayor reported on his engagements since the last meeting, including the carnival, the opening of the new surgery and a visit to the twin town of Ploubazec. He thanked members who had helped on carnival day.
P <b>319. PLANNING APPLICATIONS.</b> RESOLVED to make the following observations to the county planning authority:
P 0/34011 Two storey extension, 6 Ffordd y Graig – No objection.
P 0/34027 Four flats, former Seaview Garage, Marine Road – Object – overdevelopment of the site and insufficient parking.
P 0/34033 Replacement shop front, 22 High Street – No objection, but the council would prefer a painted timber fascia.
P <b>320. TO CONSIDER GRANT APPLICATIONS.</b> Three applications had been received. Cllr Owen having declared an interest, the chair invited Cllr Lloyd to introduce the applications. After discussion it was RESOLVED to award £250 to the Pentreclwyd Bowling Club towards new mats, £150 to the Pentreclwyd Youth Choir and £100 to the Lifeboat Guild.
P <b>321. TO CONSIDER THE CHRISTMAS LIGHTS CONTRACT.</b> The Clerk reported that two quotations had been received, from Glanrafon Electrical (£4,860) and Festive Lighting Services (£5,210). Cllr Walsh proposed that the lower quotation be accepted, seconded by Cllr Miss Roberts. Cllr Marsden proposed an amendment that the contract be for three years, but found no seconder. On a vote the proposal was carried 7 for and 2 against.
P <b>322. CORRESPONDENCE.</b> RESOLVED to note the correspondence list circulated with the agenda. A letter from the Pentreclwyd Chamber of Trade asking for a meeting about car parking charges was referred to the next meeting.
P <b>323. TO RECEIVE REPORTS FROM REPRESENTATIVES ON OUTSIDE BODIES.</b> Cllr Miss Roberts reported on the school governors' meeting, at which the new head teacher had been welcomed. Cllr Lloyd reported that the Coast Path Forum is seeking volunteers to survey the path between the pier and the golf course.
P <b>324. DATE OF NEXT MEETING.</b> Monday 8th October 2007 at 7.00pm in the Council Chamber.
S 6
P The meeting closed at 9.05pm.
S 12
P Signed ……………………………… Chair &nbsp;&nbsp;&nbsp; Date ……………………
