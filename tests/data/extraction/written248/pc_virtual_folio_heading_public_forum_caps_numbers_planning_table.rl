@title Tarrowden Parish Council minutes 10 December 2020
@fontsize 10.5
@header Tarrowden Parish Council
@footer Chairman ……………………………  {page}
@pageoffset 48
H 49   MINUTES OF THE VIRTUAL MEETING OF TARROWDEN PARISH COUNCIL HELD ON THURSDAY 10 DECEMBER 2020 AT 7.30PM VIA ZOOM
P PRESENT   Councillor N Ashdown (in the Chair)
P Councillors Barraclough, Dymond, E Ashdown, Fairweather, Hignett, Lomax and Winstanley
P In attendance   2 Members of the public; Carol Yelland, Clerk
P <b>PUBLIC FORUM</b> Mrs Oakes asked whether the Council would support a community orchard on the glebe land. Councillor N Ashdown said the item would be placed on the January agenda.
P <b>131. APOLOGIES FOR ABSENCE</b> Councillors Houlihan and Sefton
P <b>132. CASUAL VACANCY</b> Councillors were informed that two applications for co-option had been received by the closing date of 30 November 2020.
P RESOLVED That Mr Peter Vance be co-opted to fill the casual vacancy.
P <b>133. DECLARATIONS OF INTEREST AND DISPENSATIONS</b> Councillor Fairweather declared a prejudicial interest in Minute No. 136 as a member of the village hall management committee.
P <b>134. MINUTES</b> RESOLVED That the minutes of the meeting held on 12 November 2020 be approved as a correct record and signed by the Chairman.
P <b>135. PLANNING</b>
P <b>135.1 Planning Applications</b>
TH Application No. | Location | Proposal
T P/2020/01122 | 7 Marlpit Lane | Single storey rear extension and replacement porch
T P/2020/01164 | Land at Cold Harbour Farm | Erection of agricultural storage building
P No objection to P/2020/01122. The Council objected to P/2020/01164 on the grounds of its height and visibility from the public footpath.
P <b>135.2 Planning Decisions</b> The Clerk reported that P/2020/00981 (The Old Forge) had been approved by the Borough Council.
P RESOLVED That the information be noted.
P <b>136. VILLAGE HALL</b> Councillor Lomax reported that the hall had remained closed under the tier restrictions and that the management committee had applied for a further grant.
P RESOLVED That a contribution of £500 be made towards the hall's standing costs.
P <b>137. FINANCE</b>
P <b>137.1 Payments</b> RESOLVED That the payments listed in the schedule, totalling £1,284.60, be approved.
P <b>137.2 Budget and Precept 2021/22</b> Councillor Winstanley presented the draft budget. After discussion it was RESOLVED That a precept of £21,500 be requested for 2021/22.
P <b>138. HIGHWAYS</b> Councillor Dymond reported that the flooding at Brook End had been reported to the County Council on three occasions without result.
P <b>139. DATE OF NEXT MEETING</b> Thursday 14 January 2021 at 7.30pm via Zoom.
