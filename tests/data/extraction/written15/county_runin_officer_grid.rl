@title Planning Committee minutes 3 February 2026
@font Helvetica
@fontsize 10
@numcol 10
@footer Dyffryn Tawel County Council – Planning Committee – 3rd February 2026||Page {page}
P <b>PLANNING COMMITTEE</b>            Agenda item 3
P Minutes of the meeting of the Planning Committee of Dyffryn Tawel County Council held at County Hall, Brynglas on Tuesday 3rd February 2026 at 2.00 p.m.
P <b>PRESENT:</b> County Councillor D. Prosser (Chairman)
P County Councillor Mrs. J. Beynon (Vice-Chairman)
P <b>County Councillors:</b> E. Bowen, A. Hurley, T. Morgan, Mrs. C. Owen, S. Pask, P. Vaughan, Mrs. H. Wheeler and L. Yeo.
P <b>Also in attendance:</b> County Councillor M. Llewellyn (Local Member, Caerwent).
P <b>OFFICERS IN ATTENDANCE:</b>
G Mr. C. Rees | Head of Planning
G Ms. L. Fothergill | Development Management Area Manager
G Mr. J. Idris | Principal Planning Officer
G Mrs. K. Hale | Highways Development Manager
G Mr. O. Cadwaladr | Planning Solicitor
G Ms. F. Ashby | Democratic Services Officer
S 6
R 1 | <b>APOLOGIES FOR ABSENCE</b> These were received from County Councillors R. Gethin and Mrs. S. Lloyd.
R 2 | <b>DECLARATIONS OF INTEREST</b> County Councillor A. Hurley declared a personal and prejudicial interest in application DM/2025/01290 as the applicant is a near neighbour, and withdrew from the meeting for that item.
R 3 | <b>CONFIRMATION OF MINUTES</b> The minutes of the Planning Committee meeting held on 6th January 2026 were confirmed and signed by the Chairman as a correct record.
R 4 | <b>APPLICATION DM/2025/00812 – CONVERSION OF AGRICULTURAL BARN TO HOLIDAY LET, PEN-Y-FAL FARM, LLANGATWG LINGOED</b> We considered the report of the application and late correspondence, which was recommended for approval subject to the conditions outlined in the report.
R  | Mr G. Pritchard, representing Llangatwg Lingoed Community Council, addressed the Committee, raising concerns about the width of the lane and the lack of passing places. Mrs E. Watkins, the applicant, responded that guests would be asked to use the northern approach and that the farm would provide two passing bays.
R  | County Councillor D. Prosser asked whether the passing bays could be secured by condition, and the Highways Development Manager confirmed that a Grampian condition could be added. County Councillor Mrs. J. Beynon moved that the application be approved with the additional condition, which was seconded by County Councillor E. Bowen.
R  | Upon being put to the vote, the following votes were recorded: For approval - 7, Against approval - 3, Abstentions - 1. The proposition was carried.
R  | We resolved that application DM/2025/00812 be approved subject to the conditions outlined in the report and an additional condition requiring two passing bays before first occupation.
R 5 | <b>APPLICATION DM/2025/01106 – ERECTION OF 14 DWELLINGS, LAND OFF HEOL Y FELIN, CAERWENT</b> We considered the report of the application, which was recommended for approval subject to conditions and a Section 106 agreement securing four affordable homes.
R  | Ms R. Ahmed, objecting on behalf of Caerwent Residents' Group, addressed the Committee on drainage and the setting of the Roman town walls. County Councillor M. Llewellyn, the local member, had submitted written representations which were read out.
R  | County Councillor P. Vaughan moved that the application be approved as recommended, seconded by County Councillor S. Pask. County Councillor A. Hurley expressed concern about surface water flooding on Heol y Felin. Upon being put to the vote, the proposition to approve the application was not carried: For approval - 4, Against approval - 7.
R  | County Councillor T. Morgan then moved refusal on the grounds of harm to the setting of the scheduled monument and inadequate drainage, seconded by County Councillor A. Hurley. Upon being put to the vote, the following votes were recorded: For refusal - 7, Against refusal - 4.
R  | We resolved that application DM/2025/01106 be refused for the reasons stated, contrary to officer recommendation.
R 6 | <b>APPLICATION DM/2025/01290 – SINGLE STOREY REAR EXTENSION, 4 CHURCH VIEW, USKMOUTH</b> County Councillor A. Hurley, having declared an interest, left the meeting. We considered the report of the application, which was brought to the Committee because the applicant is related to a member of staff.
R  | County Councillor Mrs. J. Beynon moved approval, seconded by County Councillor Mrs. H. Wheeler. We resolved that application DM/2025/01290 be approved subject to the conditions outlined in the report.
R 7 | <b>APPEALS DECISIONS – LAND AT TY COCH, GWERNESNEY</b> We received the appeal decision letter of 15th January 2026 in respect of the refusal of an agricultural workers' dwelling at Ty Coch, which had been dismissed. County Councillor T. Morgan welcomed the Inspector's support for the Council's rural housing policy. We noted the appeal decision.
R 8 | <b>PLANNING PERFORMANCE REPORT – QUARTER 3 2025/26</b> The Head of Planning presented the quarterly performance report, noting that 88% of householder applications had been decided within eight weeks. County Councillor D. Prosser asked that enforcement figures be included in future reports. We received and noted the report.
R 9 | <b>DELEGATED DECISIONS</b> The list of delegated decisions was noted.
S 18
P The meeting ended at 4.05 p.m.
S 18
P Chairman ............................................
