@title Board Minutes 14 November 2024
@font Times-Roman
@fontsize 11
@numcol 42
@header_first  
@header Board Minutes 14 November 2024||{page}
HC KESTLEMARSH INTERNAL DRAINAGE BOARD
P Minutes of the Meeting of the Board held at 2.00pm on Thursday 14 November 2024 in the Board Room at the Board's Offices, Sluice House, Marsh Road, Hensmoor Quay.
R Present | Mr R H T Cobbold (Chairman), Mr S J Wainwright (Vice Chairman), Mr D M Fagg, Mr P Honeysett, Councillor K Ladd, Councillor T Marlowe, Councillor J C Rumsey, Mr G Stedman, Mr M P Upton and Mrs E Whitbread.
R In Attendance | The Chairman welcomed Ms R Ashdown (Flood Risk Team Leader – Kestlemarsh Area, Environment Agency) and Mr L Batt (Operations Supervisor, Marshside Plant Hire). Also in attendance were Mr C J Pilcher (Clerk &amp; Engineer to the Board) and Mrs H Gower (Finance &amp; Rating Officer).
R Apologies for Absence | Apologies for absence were received from Councillor A Crouch, Mr W Dengate and Councillor P Finn.
R Declarations of Interest | Mr D M Fagg declared an interest in the consent application at Gullet Farm as a neighbouring landowner. No other declarations were made.
R Election of Chairman | In accordance with the Land Drainage Act 1991 and the Board's Rules and Standing Orders the Board is required to elect a Chairman for the ensuing year. Mr S J Wainwright proposed that Mr R H T Cobbold be re-elected to the post of Chairman; this proposal was seconded by Councillor T Marlowe. There being no other nominations, it was resolved that Mr R H T Cobbold be elected to the post of Chairman for the period ending November 2025.
R Election of Vice Chairman | The Chairman proposed Mr S J Wainwright for the post of Vice Chairman; this proposal was seconded by Mrs E Whitbread. There being no other nominations, it was resolved that Mr S J Wainwright be elected Vice Chairman for the period ending November 2025.
R Minutes | The Minutes of the Meeting of the Board held on Thursday 6 June 2024 were received. It was proposed by the Vice Chairman, seconded by Mr P Honeysett and resolved that the minutes be confirmed and signed by the Chairman as a true record of the proceedings at that meeting.
R Matters Arising | Bramble Sewer culvert. The Clerk &amp; Engineer reported that the replacement culvert under the farm track at Bramble Sewer had been completed in August at a cost of £14,320, slightly under the estimate. Councillor Ladd asked whether the landowner had contributed; the Clerk &amp; Engineer confirmed a contribution of £2,000 had been received.
R  | Weed screen at Hensmoor Quay pumping station. The new screen cleaner is on order for delivery in January.
R Environment Agency Works | Ms Ashdown reported that the Agency's winter programme on the main river included desilting the Kestlemarsh outfall and repairs to the tidal flap at Saltmede. Councillor Rumsey asked when the repairs to the Saltmede flap would be complete, as residents were concerned after the September surge. Ms Ashdown replied that the contractor was due on site in the week of 2 December and the work should take three weeks.
R Planning and Consents | <b>Stourvale District Council</b>
R  | 24/01186 Land at Gullet Farm, Marsh Road. Erection of an agricultural storage building with hardstanding. The application site lies within 9 metres of the Board's Gullet Sewer. It was resolved that the Clerk &amp; Engineer object to the application unless the building is set back to leave the 9 metre maintenance strip clear. Mr Fagg took no part in the discussion.
R  | <b>Hensmoor Quay Borough Council</b>
R  | 24/00743/FUL Former boatyard, Quay Lane. Erection of 14 dwellings. The applicant proposes to discharge surface water to the Board's Quay Lane Drain at a restricted rate of 2.1 litres per second. Councillor Marlowe questioned whether the attenuation pond would be adopted. The Clerk &amp; Engineer advised that a development levy would be payable and a consent under the Board's byelaws would be required. The Board agreed that the Clerk &amp; Engineer should respond on that basis.
R Clerk &amp; Engineer's Report | The Clerk &amp; Engineer presented his report on the maintenance programme. Mechanical weed cutting had been completed on 61 kilometres of the Board's watercourses and hand clearance at the three culvert screens. Mr Batt reported that the second excavator had been out of service for four weeks awaiting parts. The report was noted.
R Finance | Mrs Gower presented the statement of income and expenditure to 31 October 2024 and the draft estimates for 2025/26. Drainage rates collected stood at 96 per cent of the amount due. After discussion it was proposed by Mr M P Upton, seconded by Councillor J C Rumsey and resolved that the drainage rate for 2025/26 be set at 6.4p in the pound and that the special levies on Stourvale District Council and Hensmoor Quay Borough Council be issued accordingly.
R Health and Safety | The Clerk &amp; Engineer reported that there had been no accidents or near misses since the last meeting and that the annual lone working review had been completed. The Board noted the report.
R Any Other Business | Mrs Whitbread thanked the staff for their work during the September surge, when the Hensmoor Quay station ran continuously for thirty hours.
R Date of Next Meeting | The next meeting of the Board will be held at 2.00pm on Thursday 5 June 2025.
S 18
P There being no further business, the Chairman closed the meeting at 3.52pm.
S 24
P Signed ........................................................ Chairman &#160;&#160;&#160;&#160; Date ....................
