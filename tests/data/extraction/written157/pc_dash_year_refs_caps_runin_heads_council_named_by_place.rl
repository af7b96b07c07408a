@title 16th October 2018
@font Times-Roman
@fontsize 11
@footer PPC Minutes 16.10.18||Page {page}
P 16th October 2018
S 4
HC MINUTES OF THE MEETING OF PARISH COUNCIL HELD AT PENLOWARTH VILLAGE HALL, PENLOWARTH, ON 16TH OCTOBER 2018 AT 7.30PM
S 4
P <b>COUNCILLORS PRESENT</b> Councillors Mr Ivor Penrose (Chairman), Mr Colin Trevail, Mr Tom Hosken, Mrs Hilary Nankervis, Mr Stuart Bolitho, Mrs Jenna Angove and Mr Rob Treloar.
P <b>ALSO PRESENT</b> Councillor Mrs Helen Carne, Mrs Alison Mitchell (clerk) and two members of the public.
P <b>19-58. APOLOGIES</b> Councillors Bill Pender and David Uren sent apologies.
P <b>19-59. DECLARATIONS OF INTEREST</b> Councillor Mrs Angove declared a pecuniary interest in item 19-64(b), the applicant being her brother.
P <b>19-60. PUBLIC SPEAKING</b> A member of the public described the state of the lane to Carn Vean after the September storms, where the verge has collapsed into the stream. Councillor Mrs Carne said she had already asked the highways officer to inspect it and would report back.
P <b>19-61. MINUTES OF PREVIOUS MEETING</b> Members having read the September minutes (18th September 2018), it was resolved that they be signed as an accurate record, which the Chairman did.
P <b>19-62. CHURCH TOWN FIELD</b> The broken field gate has still not been mended. Councillor Treloar said he had been unable to reach the tenant farmer and would try again this week.
P <b>19-63. CHRISTMAS LIGHTS</b> It was noted that the switch-on will be on Saturday 1st December at 5pm. Councillor Penrose agreed to fetch the tree from the estate on 30th November.
P <b>19-64. PLANNING</b>
P (a) PA18/08712 – Trewern Barn, Penlowarth. Conversion of barn to holiday let with parking. Proposed by Councillor Bolitho, seconded by Councillor Hosken, it was resolved to support the application.
P (b) PA18/08940 – Land at Chapel Close, Penlowarth. Outline application for one dwelling. Councillor Mrs Angove left the room. Councillor Trevail proposed that the Council object, the site being outside the settlement, seconded by Councillor Mrs Nankervis; carried with one against. Councillor Mrs Angove returned.
P (c) Decisions received. PA18/07115 Penlowarth Mill – approved; PA18/07460 Lower Penlowarth – refused.
P <b>19-65. FINANCE</b> The following accounts were approved for payment, proposed Councillor Hosken and seconded Councillor Mrs Nankervis: clerk's salary £240.00; Penlowarth Village Hall, hire £22.00; Kernow Grounds, grass cutting £365.00.
P <b>19-66. PRECEPT AND BUDGET 2019/20</b> Councillors discussed the draft budget circulated by the clerk. It was agreed by consensus that the precept request should stay at £9,800, to be confirmed at the November meeting when the final figures are known.
P <b>19-67. DEFIBRILLATOR</b> Councillor Bolitho proposed that the Council buy a second defibrillator for the chapel at Carn Vean. There was no seconder and the motion fell.
P <b>19-68. CHURCHYARD WALL</b> The item was deferred until the diocesan surveyor's report has been received.
P <b>19-69. CORRESPONDENCE</b> Letters from the Association of Local Councils (training dates), the fire service (chimney safety) and the village hall committee (thanks for the grant) were read. Noted.
P <b>19-70. UNITARY COUNCILLOR'S REPORT</b> Councillor Mrs Carne reported on the unitary council's review of parking charges and the new waste collection days, which start in February.
P <b>19-71. DATE OF NEXT MEETING</b> Tuesday 20th November 2018 at 7.30pm.
S 6
P There being no further business the Chairman closed the meeting at 9.20pm.
