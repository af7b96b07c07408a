@title Council 20 December 2016 minutes
@font Helvetica
@fontsize 10.5
@numcol 15
@header St Withburga Borough Council||COU.SW.20.12.2016
@footer {page}
@pageoffset 264
HC Council
S 4
C Minutes of a meeting of the <b>Council</b> held on<br/><b>Tuesday 20 December 2016</b> at <b>7.00 pm</b> at the<br/><b>Conference Chamber, Withburga House, Minstergate, St Withburga</b>
S 6
H Present: Councillors
G Mayor | Diane Sibbald |
G Deputy Mayor | Keith Orbell |
G Tessa Allard | Philip Dunmore | Joanna Hext
G Martin Bracegirdle | Susan Fairweather | Ian Kettleburgh
G Colin Catchlove | Roger Gedge | Rachel Lusher
G Andrew Doughty | Nadine Hallett | Peter Mowle
G Amelia Thurkettle | Graham Tye | Frances Whymark
S 6
R 214. | <b>Prayers</b>
R  | Prayers were led by the Reverend Canon Hilary Stace, the Mayor's Chaplain.
R 215. | <b>Minutes</b>
R  | The Mayor signed the minutes of 27 September 2016, which Council confirmed as a true record.
R 216. | <b>Mayor's announcements</b>
R  | The Mayor gave an account of the events she had attended with her Consort since September, and of those attended by the Deputy Mayor, and thanked everyone who had helped at the Christmas Fayre for her charities.
R 217. | <b>Apologies for Absence</b>
R  | Councillors Bernard Ling, Judith Pask and Yvonne Sayer sent apologies.
R 218. | <b>Declarations of Interests</b>
R  | Any interests declared are shown against the relevant item below.
R 219. | <b>Leader's Statement</b>
R  | <i>Paper No: COU/SW/16/018</i>
R  | Councillor Roger Gedge, Leader of the Council, spoke to his written statement, covering the Council's new housing company, the Minstergate bus station and the new leisure centre at Lordsbury.
R  | In response to a question from Councillor Rachel Lusher, the Leader confirmed that the leisure centre would open in April 2017. Councillor Peter Mowle asked about the effect of the business rates revaluation on small shops in Minstergate, and the Leader undertook to provide a written response.
R 220. | <b>Referrals from Cabinet: 6 December 2016 - Council Tax Base for Tax Setting Purposes 2017/2018</b>
R  | <i>Report No: CAB/SW/16/061</i>
R  | Councillor Ian Kettleburgh, Portfolio Holder for Resources and Performance, outlined the main points of the report.
R  | On the motion of Councillor Kettleburgh, seconded by Councillor Doughty, and duly carried, it was
R  | <b>RESOLVED:</b>
R  | That the tax base for 2017/2018, as set out in Appendix 1 to Report No: CAB/SW/16/061, be 38,914.62 Band D equivalent properties for the whole of the Borough.
R 221. | <b>Referrals from Cabinet: 6 December 2016 - Treasury Management Mid-Year Report 2016/2017</b>
R  | <i>Report No: CAB/SW/16/062</i>
R  | On the motion of Councillor Kettleburgh, seconded by Councillor Hallett, and duly carried, it was
R  | <b>RESOLVED:</b>
R  | That the Treasury Management Mid-Year Report 2016/2017 be approved.
R 222. | <b>Referral from the Overview and Scrutiny Committee: Review of Street Lighting</b>
R  | <i>Report No: OAS/SW/16/027</i>
R  | Councillor Tessa Allard, Chairman of the Overview and Scrutiny Committee, presented the findings of the Committee's task and finish group and its three recommendations. (Councillor Colin Catchlove declared a local non-pecuniary interest as an employee of a lighting contractor and remained in the meeting.)
R  | Councillor Graham Tye asked that parish councils be consulted on any part-night lighting proposals.
R  | On the motion of Councillor Allard, seconded by Councillor Whymark, and duly carried, it was
R  | <b>RESOLVED:</b>
R  | That the recommendations of the Overview and Scrutiny Committee, as set out in Report No: OAS/SW/16/027, be approved.
R 223. | <b>Notice of Motion</b>
R  | The following motion was moved by Councillor Frances Whymark and seconded by Councillor Nadine Hallett:
R  | <i>"This Council will stop buying single-use plastic cups, cutlery and bottled water for its offices and meetings by 1 April 2017."</i>
R  | Councillor Martin Bracegirdle moved an amendment to delete "1 April 2017" and insert "1 October 2017". Upon being put to the vote the amendment was lost.
R  | Upon being put to the vote, the motion was carried with 26 voting for the motion, 3 against and 2 abstentions.
R 224. | <b>Questions to Committee Chairmen</b>
R  | There were no questions to Committee Chairmen.
R 225. | <b>Report on Special Urgency</b>
R  | <i>Report No: COU/SW/16/019</i>
R  | Council noted that no executive decisions had been taken under the special urgency provisions since the last meeting.
R 226. | <b>Exclusion of Press and Public</b>
R  | This item was not required as there was no exempt business.
S 8
P The meeting concluded at 8.32 pm
S 14
P Signed by:
S 18
P Mayor
