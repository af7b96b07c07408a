@title sc07122000
@font Times-Roman
@fontsize 11
@header_first 112
@header {page}
@pageoffset 111
HC FORTHVALE COUNCIL
P <b>MINUTES</b> of <b>MEETING</b> of the <b>FORTHVALE COUNCIL</b> held in the <b>COUNCIL CHAMBERS, MUNICIPAL BUILDINGS, KINCARDINE-ON-FORTH</b> on <b>THURSDAY 7 DECEMBER 2000</b> at 7.30pm.
G Present:- | Provost Isobel GOURLAY (in the Chair)
G  | Councillor Ewan BALLANTYNE
G  | Councillor Rena CAIRNS
G  | Councillor Hugh DRYSDALE
G  | Councillor Moira FERGUSON
G  | Councillor Alan HAMILTON
G  | Councillor Kenneth LAIDLAW
G  | Councillor Brian McEWAN
G  | Councillor Fiona McPHAIL
G  | Councillor Stuart NAIRN
G  | Councillor Janice RUSSELL
G  | Depute Provost Tom WADDELL
P <b>In Attendance:-</b> Gordon Anstruther, Director of Finance; Lesley Baird, Democratic Services Manager; Iain Kerr, Director of Technical Services; Morag Sneddon, Director of Community Services; Neil Torrance, Chief Executive.
P <b>Apologies:-</b> Apologies for absence were intimated on behalf of Councillor Gail ROBERTSON.
H URGENT BUSINESS
P The Provost advised that a report by the Director of Technical Services on the storm damage at Tulliallan Shore would be taken as item 8(c) on the agenda so as not to delay repairs unduly to the next Council rneeting.
H SC114 DECLARATIONS OF INTEREST
P Councillor Laidlaw declared a non-pecuniary interest in item SC119 as a member of the board of Forthvale Leisure Trust and took no part in the discussion.
H SC115 MINUTES - COUNCIL 26 OCTOBER 2000
P The Minutes of the meeting of the Council held on 26 October 2000 were submitted.
P The Council agreed to approve the Minutes of 26 October 2000 as a correct record.
H SC116 REVENUE BUDGET 2000/01 - MONITORING REPORT TO 31 OCTOBER
P The Director of Finance submitted a report on the projected outturn on the General Fund, which showed an overspend of £286,0O0 on Cornmunity Services arising mainly from residential care placements. Counci1lor Ballantyne asked what action was being taken to contain the overspend. The Direetor of Community Services explained the steps being taken with the Health Board to reduce delayed discharges.
P The Council agreed to note the report and to request a further report to the February meeting.
H SC117 NOTICE OF MOTION - POST OFFICE CLOSURES
P Councillor Cairns, seconded by Councillor Nairn, moved that "The Council expresses its concern at the proposed closure of sub-post offices in the rural areas of Forthvale and calls upon the Post Office to reconsider."
P Councillor Drysdale spoke in support of the Motlon. The Motion was unanimously agreed.
P The Council agreed the Motion and instructed the Chief Executive to write to the Post Office and to the local Member of Parliament.
H SC118 COUNCIL TAX - DISCOUNTS ON SECOND HOMES
P The Director of Finance submitted a report on the options for the discount on second homes.
P Councillor McEwan, seconded by Councillor Hamilton, moved that the discount be reduced from 50% to 10% from 1 April 2001.
P As an amendment, Councillor Russell, seconded by Councillor McPhail, moved that the discount remain at 50% for the year 2001/02 and that tbe matter be reviewed in the light of the Scottish Executive's consultation.
P On a division, 5 Members voted for the Amendment and 7 Members voted for the Motion. The Amendment therefore fell.
P The Council agreed that the discount on second homes be reduced from 50% to 10% with effect from 1 April 2001.
H SC119 FORTHVALE LEISURE TRUST - BUSINESS PLAN 2001/02
P The Director of Community Services submitted the Trust's business plan for 2001/02. Councillor Ferguson welcorned the increase in swimming attendances.
P The Council agreed to approve the business plan and the management fee of £1,214,000 for 2001/02.
H SC120 STORM DAMAGE AT TULLIALLAN SHORE
P The Director of Technical Services reported that the sea wall had been breached in two places during the storm of 29 November 2000. Emergency works had been carried out under de1egated powers. Councillor Waddell thanked the staff who had worked through the night.
P The Council noted the action taken and agreed to allocate £95,000 from the contingency fund for permanent repairs.
H SC121 EXCLUSION OF THE PUBLIC
P The Council resolved in terms of Section 50A(4) of the Local Government (Scotland) Act 1973 to exclude the public from the meeting during consideration of the following item of business.
H SC122 ACQUISITION OF LAND AT KINCARDINE HARBOUR
P The Director of Technical Services submitted a report on the proposed purchase of 0.6 hectares of land for harbour parking.
P The Council agreed to the acquisition of the land on the terms set out in the report.
