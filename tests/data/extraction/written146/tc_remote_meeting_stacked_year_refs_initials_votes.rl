@title Walsey Town Council minutes 21 January 2021
@font Helvetica
@fontsize 10
@numcol 22
@header Walsey Town Council||Minute Book 2020/2021
@footer Signed: ……………………………… Chair||Page {page}
@pageoffset 37
HC WALSEY TOWN COUNCIL
C Minutes of the meeting of the Town Council held remotely by video conference on Thursday 21st January 2021 at 7.00 pm, under the 2020 regulations on remote meetings of local councils.
P <b>Members:</b> Cllr. T. Gosling (TG) Chair, Cllr. A. Mabey (AM) Deputy, Cllr. F. Cossey (FC), Cllr. H. Blyth (HB), Cllr. K. Rudd (KR), Cllr. D. O'Dell (DOD), Cllr. S. Larter (SL), Cllr. P. Youngs (PY), Cllr. J. Catchpole (JC), Cllr. W. Mayhew (WM).
P <b>Also present:</b> L. Shreeve (LS) Town Clerk/RFO, County Councillor R. Flatman and 4 members of the public.
R 131-<br/>2020/2021 | <b>Apologies for absence – to receive and accept:</b> Apologies were received from Town Councillors – PY and JC. District Councillor G. Tibbenham also sent apologies.
R 132-<br/>2020/2021 | <b>Declarations of interest and dispensation requests:</b> Members were invited to declare interests in items on the agenda. WM declared a non-pecuniary interest in agenda item 140-2020/2021 as a member of the Walsey Bowls Club. No dispensations were requested.
R 133-<br/>2020/2021 | <b>Minutes of the previous meeting:</b> The minutes of the meeting of 17th December 2020 were considered. HB proposed and FC seconded that they be accepted as a true record, and it was RESOLVED accordingly; TG will sign them when the office reopens. For 7 Against 0 Abstain 1
R 134-<br/>2020/2021 | <b>Public Forum:</b> The public may speak on Town matters for up to 15 minutes at the Chair’s discretion. A resident of Bridge Street raised concerns about heavy lorries using the street as a short cut to the industrial estate. TG thanked the resident and said that the matter would be taken under item 139-2020/2021.
R 135-<br/>2020/2021 | <b>Reports of the County and District Councillors:</b> County Councillor R. Flatman reported that the county’s highways team had agreed to survey the Bridge Street junction in February and that the library would reopen for click-and-collect from 1st February.
R 136-<br/>2020/2021 | <b>Clerk’s report:</b> LS reported that the office remained closed to visitors, that the play area had been inspected on 8th January and that the Christmas lights had been taken down without damage. The report was noted.
R 137-<br/>2020/2021 | <b>Finance:</b> The budget monitoring report to 31st December 2020 was circulated with the agenda. It was proposed by AM, seconded by KR and RESOLVED to approve the schedule of payments for December 2020 and January 2021 as listed. For 8 Against 0 Abstain 0
R 138-<br/>2020/2021 | <b>To set the precept for 2021/2022:</b> SL asked whether the increase could be met from reserves instead; LS explained that general reserves were already at the minimum level recommended by the internal auditor. Following the recommendation of the Finance Committee, it was proposed by FC, seconded by TG and RESOLVED to set a precept of £148,900 for 2021/2022. For 6 Against 2 Abstain 0
R 139-<br/>2020/2021 | <b>Traffic on Bridge Street:</b> KR reported on her telephone meeting with the county highways officer, who had suggested an application for a weight restriction. It was agreed that a letter be sent to the County Council requesting a 7.5 tonne weight restriction on Bridge Street.
R 140-<br/>2020/2021 | <b>Bowls Club lease:</b> WM left the meeting. Members considered the club’s request to extend its lease of the green by ten years. Deferred to the February meeting pending the valuer’s report. WM rejoined the meeting.
R 141-<br/>2020/2021 | <b>Town Council website accessibility:</b> LS reported that the website does not yet meet the public sector accessibility regulations. It was proposed by DOD, seconded by HB and RESOLVED to obtain three quotations for a new accessible website. For 8 Against 0 Abstain 0
R 142-<br/>2020/2021 | <b>Matters for the February agenda:</b> HB asked for a review of the Christmas market arrangements to be included.
R 143-<br/>2020/2021 | <b>Date of next meeting:</b> Thursday 18th February 2021 at 7.00 pm by video conference.
S 6
P The meeting closed at 8.52 pm.
