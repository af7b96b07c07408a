@title Steering Committee minutes 9 March 2004
@font Helvetica
@fontsize 10.5
@header Glenardle Development Trust||Steering Committee
@footer Draft minutes – subject to approval at the next meeting||Page {page}
HC GLENARDLE DEVELOPMENT TRUST
C Meeting at 7.30 p.m. on Tuesday, 9 March 2004
C Committee Room – Glenardle Institute
HC Minutes
S 6
P • <b>Attending:</b> Malcolm Drummond (Chair), Dr Iain Rattray, Fiona Lennie, Alison Cairns (Treasurer), Hugh Menzies, Catriona Bain, Neil Ferguson, Jean Morrison, Stuart Kerr.
P • <b>Apologies:</b> Mhairi Stout.
P • <b>Minutes of Meeting 10.2.04</b>
P Hugh asked that the note on the school playing field be corrected to say that the education department had offered a twenty-year lease, not a ten-year one. With that correction the minutes were accepted. Minutes Proposed by Fiona Lennie, Seconded by Stuart Kerr, and agreed.
P • <b>Matters Arising:</b> Constitution – the draft constitution had been sent to the council's community support officer, who had suggested that the number of directors be fixed at between seven and twelve. Malcolm will bring a revised draft to the April meeting. Website – Neil has registered a domain name for the Trust at a cost of £25.
P • <b>Finance</b>
P Alison reported that the Trust's account at the Clydeside Bank stood at £2,318.40 on 29 February, including the £1,500 start-up grant from the community council and £612 raised at the ceilidh. Two quotations for public liability and trustee indemnity cover had been obtained, at £186 and £244 a year. Jean asked whether the cheaper policy covered volunteers working on the paths; Alison confirmed that it did. The Committee agreed to take out the £186 policy from 1 April.
P • <b>Institute Roof</b>
P Catriona presented the request from the Institute management committee for £1,200 from the Trust towards the emergency repair to the roof over the main hall, the balance to be met from the Institute's own funds. Dr Rattray questioned whether the Trust should fund repairs to a building it did not own before its own objects had been agreed. Stuart said the Institute was the only hall in the glen and the Trust's first meetings had all been held there. Six voted in favour of the request and two against, so the award was carried; Catriona, who sits on the Institute committee, did not vote.
P • <b>Lottery Application</b>
P Malcolm reported on his meeting with the lottery development officer, who had advised that a first-stage application for the feasibility study should be made by the end of May and that the Trust would need three years of projected accounts. It was agreed that Malcolm and Hugh would prepare the application and circulate it before the May meeting.
P • <b>Examination of Accounts</b>
P Alison said the accounts to 31 March would need to be independently examined before the first AGM. Proposed by Alison Cairns, Seconded by Jean Morrison, that Mr Robert Syme, a retired bank manager, be asked to examine the accounts without charge; approved.
P • <b>Budget 2004/05</b>
P Alison had prepared a first draft showing expected income of £4,100 and expenditure of £3,650, but the figures for insurance and the feasibility study were not yet known. Discussion of the budget was deferred until the April meeting.
P • <b>Membership Fee</b>
P Dr Rattray proposed that members of the Trust pay an annual fee of £5 towards running costs. Neil seconded. Catriona said that a fee would put off the younger families the Trust most wanted to attract. On a show of hands there were 3 in favour and 5 against, and the proposal was not carried. The Committee asked Malcolm to look at a voluntary donation scheme instead.
P • <b>AOB</b>
P Jean reported that the path group would hold its spring litter pick on 3 April and asked for volunteers. Neil offered to put a notice on the website.
P • <b>Date of next meeting</b>
P Tuesday, 13 April 2004 at 7.30 p.m. in the Committee Room, Glenardle Institute.
S 10
I Minutes taken by Fiona Lennie, Secretary.
