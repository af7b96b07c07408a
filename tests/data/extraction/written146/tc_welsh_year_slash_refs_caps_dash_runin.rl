@title Town Council minutes 13 June 2001
@font Times-Roman
@fontsize 12
@header TREFWYDD TOWN COUNCIL – 13 JUNE 2001
@footer {page}
@pageoffset 146
HC MINUTES OF TREFWYDD TOWN COUNCIL'S MONTHLY MEETING, WEDNESDAY, 13 JUNE 2001, 7PM, TOWN HALL, TREFWYDD
S 4
P <b>PRESENT:–</b> Cllr E Prys (Mayor) (In the Chair), Cllr M Gwilt (Deputy Mayor), Cllr D Havard, Cllr S Jenkins, Cllr R Meredith, Cllr A Pryce, Cllr T Watkins, Cllr G Bevan
P <b>APOLOGIES:</b> Cllr H Lloyd, Cllr P Gittoes
P <b>IN ATTENDANCE:</b> Mrs Glenys Price, Town Clerk; PC Geraint Howells – for the first item on the Agenda
P <b>01/112 VISIT BY PC GERAINT HOWELLS</b> – Cllr E Prys, Mayor, welcomed PC Geraint Howells. PC Howells said that residents had complained of youths gathering behind the Market Hall late at night, and that extra patrols would be made on Friday and Saturday evenings. Cllr D Havard asked whether the camera covering the Square was working, as it had been pointed at the sky for several weeks. Agreed that the Clerk write to the County Council asking for the Square’s CCTV camera to be realigned.
P <b>01/113 DECLARATIONS OF INTEREST</b> – Cllr A Pryce declared an interest in item 01/119 as a regular hirer of the Town Hall.
P <b>01/114MINUTES:</b> Minutes of 9 May and of the Annual Meeting of 16 May – circulated before the meeting and put for adoption by the Mayor. On the proposal of Cllr T Watkins, seconded by Cllr R Meredith, all in favour, the minutes of both meetings were adopted and signed.
P <b>01/115 MATTERS ARISING</b> – Minute 01/98 – Riverside railings: the contractor has promised to complete the painting before the end of June. Noted.
P <b>01/116 CORRESPONDENCE RECEIVED</b> – County Council – letter dated 30 May giving notice that the litter bins in Bridge Street will be emptied twice weekly from July. Noted. Agricultural Society – invitation to the Mayor and Mayoress to attend the Show on 28 July. Agreed Cllr E Prys attend on behalf of the Council.
P <b>01/117 PLANNING APPLICATIONS</b> – 01/2231 – Ty Gwyn, Heol y Castell – first floor extension – no objection. 01/2240 – land rear of the Bull Inn – erection of four dwellings – the Council objected to the loss of the public car park and the access onto Heol y Castell. Proposed by Cllr M Gwilt, seconded by Cllr S Jenkins, all in favour.
P <b>01/118 BURIAL GROUND FEES</b> – The County Council’s own burial charges rose by 15% in April. Cllr M Gwilt proposed, and Cllr D Havard seconded, a 10% rise in Burial Ground fees from 1st July 2001; all voted in favour apart from Cllr A Pryce, who abstained. Motion carried.
P <b>01/119 TOWN HALL – HIRE CHARGES AND KITCHEN</b> – Cllr A Pryce left the room. Two quotations for refitting the kitchen had been received, for £4,150 and £5,320. Deferred to the July meeting when the third quotation will be available. Cllr A Pryce returned.
P <b>01/120 SUMMER FESTIVAL</b> – Cllr T Watkins reported that the festival committee had booked the brass band and the fair for 21 July and was seeking help with stewarding. Agreed that the Council donate £150 towards the cost of the first aid cover.
P <b>01/121 ACCOUNTS FOR PAYMENT</b> – Proposed by Cllr S Jenkins and seconded by Cllr G Bevan, all in favour, that accounts totalling £2,318.45 as listed be paid.
P <b>01/122 MAYOR’S ENGAGEMENTS</b> – Cllr E Prys, Mayor, reported attending the Eisteddfod concert at the school on 19 May and the opening of the new surgery on 2 June.
P <b>01/123 ANY OTHER BUSINESS</b> – Cllr G Bevan raised the poor condition of the footbridge steps at the riverside walk. Clerk to write to the County Council.
P <b>01/124 DATE OF NEXT MEETING</b> – Wednesday 11 July 2001 at 7pm in the Town Hall.
S 6
P Meeting closed at 9.15pm.
S 10
P Signed ………………………………… Mayor &nbsp;&nbsp;&nbsp; Date ……………………
