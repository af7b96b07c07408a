@title PCP MINUTES - 19 OCTOBER 2023
@font Helvetica
@fontsize 11
@numcol 12
@header
@footer R:\PCP\19.10.23 MEETING\PCP MINUTES - 19 OCTOBER 2023.DOCX - {page}
HC MEETING OF WEALDMOOR POLICE AND CRIME PANEL
C Thursday 19 October 2023<br/>Council Chamber, Brackenford District Council, Station Road, Brackenford
S 6
G <b>Present:</b> | Cllr P Ashdown, Brackenford District Council (Chairman)<br/>Cllr Mrs L Bairstow, Oakhurst Borough Council<br/>Cllr K Dunmore, Harnley Borough Council (substitute)<br/>Cllr F Ellison, Wickmere District Council<br/>Cty Cllr G Trevelyan, Wealdmoor County Council<br/>Cllr Ms A Kowalczyk, Sandleigh Borough Council (Vice-Chairman)<br/>Cllr R Pomeroy, Fernholt District Council<br/>Mr T Okafor, Co-opted Independent Member<br/>Ms R Delahaye, Co-opted Independent Member
G <b>Also Present:</b> | Mr D Keane, Police and Crime Commissioner<br/>Ms J Ferrand, Chief Executive, OPCC<br/>Mr S Patel, Chief Finance Officer, OPCC<br/>Chief Constable A Marsh, Wealdmoor Constabulary<br/>Mrs H Quayle, Scrutiny Officer, Brackenford District Council
G <b>Apologies:</b> | Cllr B Hutchins, Harnley Borough Council<br/>Cllr Mrs V Stroud, Ashby Cross Borough Council
S 8
R 1 | <b>INTRODUCTION AND WELCOME</b>
R | The Chairman welcomed all present, in particular Cllr Dunmore who was attending as substitute for Cllr Hutchins, and reminded Members that the meeting was being recorded.
R 2 | <b>DECLARATIONS OF INTEREST</b>
R | None.
R 3 | <b>MINUTES OF THE PREVIOUS MEETING OF 6 JULY 2023</b>
R | Agreed.
R 4 | <b>MATTERS ARISING</b>
R | (i) Minute 6(ii): Mr Patel confirmed that the breakdown of the capital programme by division had been circulated to Members on 2 August.
R | (ii) Minute 8: the Scrutiny Officer reported that the Home Office had not yet responded to the Panel's letter on the complaints regulations.
R 5 | <b>POLICE AND CRIME COMMISSIONER'S UPDATE</b>
R | The Commissioner presented his update report, covering the recruitment of 112 officers since April, the opening of the Harnley custody suite and the new rural crime partnership with the National Farmers' Union.
R | (i) Cllr Ellison asked how many of the new officers had been posted to neighbourhood teams. The Chief Constable said that 48 had joined neighbourhood teams and the remainder were in response and investigation roles.
R | (ii) Cty Cllr Trevelyan asked whether the custody suite would reduce the time officers spent travelling with detained persons. The Commissioner said that the average journey had fallen from 55 to 20 minutes in the first month.
R | The Panel noted the update.
R 6 | <b>PERFORMANCE AGAINST THE POLICE AND CRIME PLAN – QUARTER 1 2023/24</b>
R | Ms Ferrand presented the report, which showed that 999 calls answered within ten seconds had risen to 91% but that the solved rate for burglary remained below the regional average.
R | (i) Ms Delahaye asked why victim satisfaction had fallen in the Fernholt area. Ms Ferrand explained that a change in the survey provider had affected the sample and that the figures would be rechecked.
R | (ii) Cllr Mrs Bairstow asked that future reports include rural crime figures by district. This was agreed.
R 7 | <b>COMPLAINTS AGAINST THE COMMISSIONER</b>
R | The Scrutiny Officer reported that no complaints had been received in the period. Noted.
R 8 | <b>PANEL BUDGET 2024/25 AND HOME OFFICE GRANT</b>
R | Mrs Quayle presented the report on the Panel's budget, which was funded by the Home Office grant of £71,400.
R | Cllr Pomeroy proposed that the Panel write to the Policing Minister asking that the grant be increased in line with inflation; this was seconded by Mr Okafor. Cllr Ms Kowalczyk said that the Panel had underspent in each of the last two years and that the request would not be credible.
R | On being put to the vote the proposal was lost (4 for, 6 against).
R 9 | <b>WORK PROGRAMME</b>
R | The work programme was agreed, subject to the addition of a report on the estates strategy to the meeting in February.
R 10 | <b>DATE OF NEXT MEETING</b>
R | Thursday 8 February 2024 at 2pm (precept meeting).
S 16
P The meeting closed at 4.10pm.
