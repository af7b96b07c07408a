@title Eastmuir Contracts Joint Committee 17 October 2022
@font Times-Roman
@fontsize 10.5
@numcol 12
@footer t:\documents\emcontractsjc\agenda and reports\2022\171022\emcjc171022ag pub.doc||{page}
HC EASTMUIR CONTRACTS JOINT COMMITTEE
P Eastmuir City Council<br/>14 Harbour Square<br/>EASTMUIR EM1 2QT
P 7th October, 2022
P TO: ALL MEMBERS OF EASTMUIR CONTRACTS JOINT COMMITTEE
P Dear Sir/Madam
P Please attend a MEETING of the EASTMUIR CONTRACTS JOINT COMMITTEE in Committee Room 2, City Chambers, Eastmuir on Monday, 17th October, 2022 at 10.00 am. Apologies, and requests from the press or public to attend, should reach Craig Robb, Committee Services Officer (telephone 0131 496 0712), by 5.00 pm on Thursday, 13th October, 2022.
P Yours faithfully
P ALISON GRIEVE<br/>Clerk to the Joint Committee
P Distribution:- Eastmuir City Council, Carse and Glens Council, Strathtay and Kinrossie Council. Bailie Fraser Geddes, Councillor Moira Somerville, Councillor Kevin Duncanson, Councillor Irene Lumsden, Councillor Graeme Auchterlonie, Councillor Hamish Buchan, Councillor Alan Cruden, Councillor Elaine Mowat.
H AGENDA OF BUSINESS
R 1 | APOLOGIES/SUBSTITUTIONS
R 2 | DECLARATION OF INTEREST<br/>Under The Councillors' Code each member must judge for themselves whether an interest should be declared and whether they may take part in an item.
R 3 | MINUTE OF PREVIOUS MEETING - Page 1<br/>(Minute of 20th June, 2022 attached for approval).
R 4 | REVENUE MONITORING 2022/2023 - Page 3<br/>(Report No EMC11-2022 by the Treasurer, copy enclosed).
R 5 | WINTER SERVICE PREPAREDNESS<br/>(Report No EMC12-2022 by the Managing Director, to follow).
R 6 | DATE OF NEXT MEETING<br/>Monday, 12th December, 2022 at 10.00 am.
PB
P ITEM No …3…..
P At a MEETING of the EASTMUIR CONTRACTS JOINT COMMITTEE held remotely on Monday, 20th June, 2022.
P Present:-
P <u>Eastmuir City Council</u><br/>Bailie Fraser GEDDES<br/>Councillor Moira SOMERVILLE<br/>Councillor Kevin DUNCANSON
P <u>Carse and Glens Council</u><br/>Councillor Irene LUMSDEN<br/>Councillor Graeme AUCHTERLONIE
P <u>Strathtay and Kinrossie Council</u><br/>Councillor Hamish BUCHAN<br/>Councillor Elaine MOWAT
P Also Present:- Stuart KEILLER, Managing Director; Robert HALDANE, Treasurer.
P Councillor Irene LUMSDEN, Convener, in the Chair.
R I | APOLOGIES/SUBSTITUTIONS<br/>Apologies were intimated on behalf of Councillor Alan CRUDEN, with Councillor Elaine MOWAT substituting.
R II | DECLARATION OF INTEREST<br/>There were no declarations of interest.
R III | MINUTE OF PREVIOUS MEETING<br/>The minute of 14th March, 2022 was approved as a correct record.
R IV | UNAUDITED ANNUAL ACCOUNTS 2021/2022<br/>There was submitted Report No EMC6-2022 by the Treasurer presenting the unaudited annual accounts, which showed a trading surplus of £412,000 for the year.<br/>The Committee agreed:-<br/>(i) to note the unaudited annual accounts; and<br/>(ii) that the surplus be returned to the constituent councils in line with the Minute of Agreement.
R V | ANNUAL GOVERNANCE STATEMENT 2021/2022<br/>There was submitted Report No EMC7-2022 by the Managing Director setting out the annual governance statement for inclusion in the accounts.<br/>The Committee noted the terms of the report.
R VI | HEALTH AND SAFETY ANNUAL REPORT 2021/2022<br/>There was submitted Report No EMC8-2022 by the Managing Director. Councillor DUNCANSON asked about the rise in reportable accidents at the Harbourgate depot. The Managing Director advised that most involved manual handling and that refresher training had been given to all depot staff.<br/>The Committee noted the report.
R VII | APPOINTMENT OF VICE-CONVENER ELECT<br/>On a motion by Councillor SOMERVILLE, seconded by Bailie GEDDES, the Committee agreed that Councillor Hamish BUCHAN be appointed Vice-Convener Elect.
R VIII | DATE OF NEXT MEETING<br/>Monday, 17th October, 2022 at 10.00 am in the City Chambers, Eastmuir.
S 10
P Irene LUMSDEN, Convener.
PB
P ITEM No …4…..
P REPORT TO: EASTMUIR CONTRACTS JOINT COMMITTEE – 17 OCTOBER 2022<br/>REPORT ON: REVENUE MONITORING 2022/2023<br/>REPORT BY: TREASURER<br/>REPORT NO: EMC11-2022
H 1 PURPOSE OF REPORT
P 1.1 To advise the Joint Committee of the projected revenue outturn for 2022/2023 based on the position at 31 August 2022.
H 2 RECOMMENDATIONS
P 2.1 It is recommended that the Joint Committee notes the projected trading surplus of £286,000 for the year and the pressures on fuel and materials set out in section 4.
H 3 FINANCIAL IMPLICATIONS
P 3.1 Any surplus at the year end will be distributed to the constituent councils in accordance with the Minute of Agreement.
H 4 MAIN TEXT
P 4.1 Turnover to 31 August 2022 was £14.8m against a budget of £14.1m, largely due to additional resurfacing work ordered by Carse and Glens Council. Fuel costs are £310,000 above budget and bitumen prices have risen by 22% since April.
P 4.2 The Managing Director is reviewing the fleet replacement programme with a view to deferring the purchase of four gritters to 2023/2024.
P ROBERT HALDANE<br/>TREASURER<br/>29 SEPTEMBER 2022
