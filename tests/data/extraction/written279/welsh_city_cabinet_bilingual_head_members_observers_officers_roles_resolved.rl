@title Cabinet Minutes 11 November 2004
@font Times-Roman
@fontsize 11
@numcol 14
@header_first CITY OF CAERWENNOL COUNCIL||CYNGOR DINAS CAERWENNOL
@header Cabinet 11.11.04||{page}
@footer This document is available in Welsh / Mae’r ddogfen hon ar gael yn Gymraeg
HC MINUTES
HC CABINET MEETING: 11 NOVEMBER 2004
S 6
G <b>Cabinet Members Present:</b> | Councillor Rhodri Pennant (Chair)<br/>Councillor Gwenllian Rees-Morgan<br/>Councillor Huw Llewellyn<br/>Councillor Dafydd Hopcyn<br/>Councillor Bethan Morrow<br/>Councillor Simon Trevaskis<br/>Councillor Eirlys Wynn-Parry
G <b>Observers:</b> | Councillor Terence Bowditch<br/>Councillor Nia Gruffudd
G <b>Officers:</b> | Anwen Pritchard, Chief Executive<br/>Gareth Beynon, Section 151 Officer<br/>Siân Trevelyan, Monitoring Officer<br/>Carys Lloyd, Cabinet Office
G <b>Apologies:</b> | Councillor Alun Probert
S 6
R 58 | <b>MINUTES OF THE CABINET MEETING HELD ON 14 OCTOBER 2004</b>
P <b>RESOLVED:</b> that the minutes of the Cabinet meeting of 14 October 2004 be approved.
R 59 | <b>DECLARATIONS OF INTEREST</b>
P Councillor Hopcyn declared a personal interest in item 63 as a governor of Ysgol Gynradd Pant-y-Celyn.
R 60 | <b>AUDIT COMMISSION IN WALES – CORPORATE ASSESSMENT</b>
P The Cabinet received the Audit Commission in Wales corporate assessment of the City of Caerwennol Council. The report made 11 proposals relating to leadership, performance management and the use of resources.
P Meirion Fflur of the Audit Commission in Wales presented the findings and answered questions from Members. The Chief Executive advised that an action plan would be drawn up with the Corporate Management Team.
P <b>RESOLVED:</b> that
P 1. the corporate assessment report be received; and
P 2. a proposed action plan and timetable be considered at the meeting of the Cabinet on 9 December 2004.
R 61 | <b>LOCAL TRANSPORT PLAN 2005-2010</b>
P The Executive Member for Transport, Councillor Huw Llewellyn, introduced the report on the consultation draft of the Local Transport Plan. Councillor Bowditch, attending as an observer, asked whether the park and ride proposals at Heol Fawr had been costed. The Executive Member replied that an outline business case would be reported in the new year.
P <b>RESOLVED:</b> that the consultation draft Local Transport Plan be approved for public consultation for a period of eight weeks.
R 62 | <b>LOCAL DEVELOPMENT PLAN – DELIVERY AGREEMENT</b>
P The Head of Planning explained the timetable in the draft Delivery Agreement and the community involvement scheme. Councillor Morrow welcomed the proposed drop-in sessions in each district.
P <b>RESOLVED:</b> that the draft Delivery Agreement be submitted to the Welsh Assembly Government for agreement.
R 63 | <b>SCHOOL ORGANISATION PLAN</b>
P Having declared an interest, Councillor Hopcyn left the meeting for this item.
P Councillor Rees-Morgan introduced the annual review of the School Organisation Plan, which identified 3,140 surplus primary places across the city.
P <b>RESOLVED:</b> that the School Organisation Plan 2004-2009 be approved for publication.
R 64 | <b>REVENUE BUDGET MONITORING – MONTH 6</b>
P The Section 151 Officer reported a projected overspend of £1.2 million, mainly in children's services placements. Councillor Trevaskis asked for the placement figures to be reported monthly.
P <b>RESOLVED:</b> that the budget monitoring position be noted and that directorates with projected overspends be instructed to submit recovery plans.
R 65 | <b>DISPOSAL OF LAND AT HEOL Y FELIN DEPOT</b>
P Councillor Wynn-Parry introduced the report seeking authority to dispose of the former depot for affordable housing. The Monitoring Officer advised on the requirement to obtain best consideration.
P <b>RESOLVED:</b> that the Corporate Director (Resources) be authorised to dispose of the land to a registered social landlord on the terms set out in the report.
R 66 | <b>CHRISTMAS AND NEW YEAR ARRANGEMENTS</b>
P The Chair thanked staff for their work on the Christmas lights programme. The arrangements for the holiday period were noted.
R 67 | <b>EXCLUSION OF THE PUBLIC</b>
P <b>RESOLVED:</b> that the public be excluded from the meeting for the following item on the grounds that it involves the likely disclosure of exempt information as defined in paragraph 9 of Schedule 12A to the Local Government Act 1972.
R 68 | <b>CITY CENTRE MARKET – LEASE RENEWAL</b>
P <b>RESOLVED:</b> that the recommendations in the confidential report be approved.
S 8
P The meeting terminated at 4.10 pm
