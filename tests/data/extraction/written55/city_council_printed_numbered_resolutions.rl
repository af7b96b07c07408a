@title Minutes - Shieldmouth City Council - 19 January 2011
@font Times-Roman
@fontsize 11
@numcol 10
@header_first ||Item 2 (i)
@header 
@footer Y:\Committee\Council\MinutesPtI\11.01.19Council.doc
HC Shieldmouth City Council
S 6
P At a MEETING of SHIELDMOUTH CITY COUNCIL held in the CIVIC CENTRE on WEDNESDAY, 19TH JANUARY, 2011 at 6.00 p.m.
P Present:-
P The Mayor (Councillor M. Forsyth) in the Chair
P The Deputy Mayor (Councillor J. Haswell)
P Councillors
G Allison | Cragg | Hindmarch | Purvis
G Bainbridge | Dunn | Kelsall | Ridley
G Bewick | Elstob | Lambton | Robson, A.
G Bolam | Fenwick | Lisle | Robson, D.
G Carr | Gaskell | McKenna | Scorer
G Chapman | Heslop | Oliver | Spedding
G Collingwood | Hedley | Orde-Milburn | Wardle
S 6
P The Notice convening the meeting was read.
H Minutes
P The minutes of the ordinary meeting of the Council held on 24th November, 2010 (copy circulated) were submitted and, on the motion of Councillor Kelsall, seconded by Councillor Scorer, it was:-
R 1. | RESOLVED that the minutes of the ordinary meeting of the Council held on 24th November, 2010 be confirmed and signed as a correct record.
H Declarations of Interest
P Councillor Lisle declared a personal interest in the report of the Cabinet on the Local Transport Plan as a member of the Wear and Tyne Passenger Transport Authority.
P Councillor Bewick declared a personal and prejudicial interest in the Motion on the winter gritting of estate roads as an employee of a contractor to the Council, and withdrew from the meeting during its consideration.
H Announcements
P The Mayor reported that since the last meeting she had attended the civic carol service at St Cuthbert’s Church, the opening of the refurbished Low Fold Library and a reception for the Shieldmouth Sea Cadets, who had been awarded the Canteen Flag for the second year running.
P The Mayor also informed Members that the civic dinner in aid of her charity, the Shieldmouth Hospice at Home Trust, would take place on 11th March, 2011.
H Receipt of Petitions
P Councillor Bolam presented a petition bearing 214 signatures from residents of the Grangemoor estate requesting traffic calming measures in Wellburn Road.
P The petition was referred to the Executive Director of City Services for a report to the Cabinet.
H Apologies
P Apologies for absence were submitted to the meeting on behalf of Councillors Dixon, Ord and Pattinson.
H Report of the Cabinet
P The Cabinet submitted a report (copy circulated) on the Local Transport Plan 2011-2026, which had been considered by the Cabinet at its meeting on 12th January, 2011.
P Councillor Kelsall moved and Councillor Hedley seconded the adoption of the report. Councillor Hedley outlined the consultation which had taken place with bus operators and residents’ groups. Councillor Oliver asked that the Plan give greater priority to the coast road cycleway, and Councillor Hedley undertook to raise this with officers.
P Upon being put to the vote, the report was adopted and it was:-
R 2. | RESOLVED that the Local Transport Plan 2011-2026 be approved for submission to the Department for Transport.
R 3. | RESOLVED that the Executive Director of City Services, in consultation with the Portfolio Holder for Transport, be authorised to make minor amendments to the Plan before its submission.
H Written Questions
P (i) Councillor Purvis asked the Portfolio Holder for Housing, Councillor McKenna, how many empty council homes in the Northfield ward had been re-let within the target time during the last quarter.
P Councillor McKenna replied that 31 of the 38 homes re-let in the quarter had met the target and that the remainder had needed major repairs. In a supplementary question Councillor Purvis asked when the repairs backlog would be cleared, and Councillor McKenna undertook to provide a written answer.
P (ii) Councillor Dunn asked the Leader of the Council, Councillor Kelsall, whether the Council would be affected by the reduction in area-based grant announced in December. Councillor Kelsall replied that the full effect would be set out in the budget report to be submitted to the Council in February.
H Report of the Audit and Governance Committee
P Councillor D. Robson, Chairman of the Audit and Governance Committee, presented the Annual Audit Letter 2009/2010 (copy circulated) and commended the Council’s unqualified opinion on its accounts.
P Accordingly, it was:-
R 4. | RESOLVED that the Annual Audit Letter 2009/2010 be received and noted.
H Appointments to Committees and Outside Bodies
P The Chief Executive submitted a report (copy circulated) on changes to committee memberships notified by the political groups since the last meeting.
R 5. | RESOLVED that Councillor Gaskell be appointed to the Licensing Committee in place of Councillor Heslop, and that Councillor Heslop be appointed to the Shieldmouth Harbour Users’ Forum in place of Councillor Gaskell.
H Motion – Winter Gritting of Estate Roads
P Councillor Bewick withdrew from the meeting for this item.
P Councillor Wardle moved and Councillor Allison seconded the following motion:-
I “That this Council recognises the difficulties faced by residents of housing estates during the snowfall of December 2010 and asks the Cabinet to review the priority given to estate roads and footpaths in the Winter Maintenance Plan.”
P An amendment was moved by Councillor Chapman and seconded by Councillor Bainbridge to add the words “and to report back to the Council by March 2011”. Councillor Kelsall spoke against the amendment, stating that the review could not be completed in that time.
P Upon being put to the vote, the amendment was lost.
P Upon being put to the vote, the substantive motion was carried and it was:-
R 6. | RESOLVED that this Council recognises the difficulties faced by residents of housing estates during the snowfall of December 2010 and asks the Cabinet to review the priority given to estate roads and footpaths in the Winter Maintenance Plan.
H Quarterly Report on Special Urgency Decisions
P The Leader submitted a report (copy circulated) informing the Council that no decisions had been taken under the special urgency provisions of the Access to Information Procedure Rules during the quarter ended 31st December, 2010.
R 7. | RESOLVED that the report be received and noted.
H Programme of Meetings 2011/2012
P The Chief Executive submitted a report (copy circulated) setting out a proposed programme of meetings of the Council and its committees for the municipal year 2011/2012.
R 8. | RESOLVED that the programme of meetings for 2011/2012 be approved.
S 10
P (Signed) M. FORSYTH,<br/>Mayor.
