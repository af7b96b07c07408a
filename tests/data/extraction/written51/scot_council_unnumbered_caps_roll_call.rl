@title Council 27 September 2017
@font Times-Roman
@fontsize 11.5
@footer Page {page}
HC GLENMORVAN COUNCIL
S 6
P At the Meeting of Glenmorvan Council held in the Council Chamber, Burgh Hall, Church Street, Ardlinnie on Wednesday, 27 September 2017 at 5.00 p.m.
P <b>Present:</b> Provost Helen Dunlop, Bailie Thomas Kerrigan, Councillors Ross Aitken, Maureen Boyle, Gerard Cairney, Alan Dempster, Lorraine Docherty, Jim Gallacher, Paula Harkins, Stephen Lang, Iain MacInnes, Christine McAuley, Sean McGuigan, Fraser Moodie, Angela Nairn, Gordon Paterson, Elaine Quigley, Martin Rennie, David Shearer and Karen Wylie.
P <b>Attending:</b> Carol Ferguson, Chief Executive; Neil Hamilton, Strategic Director – Place; Anne Logan, Strategic Lead – Resources; Kevin Brady, Strategic Lead – Housing; Louise Munro, Chief Education Officer; Peter Sloan, Strategic Lead – Regulatory; and Morag Telfer, Senior Democratic Services Officer.
P <b>Apology:</b> An apology for absence was intimated on behalf of Councillor Derek Whyte.
C <b>Provost Helen Dunlop in the Chair</b>
H DECLARATIONS OF INTEREST
P Councillor Maureen Boyle declared a non-financial interest in the item “Kilbarrie Community Centre – Asset Transfer Request”, as a member of the Kilbarrie Development Trust, and left the Chamber during consideration of that item.
H RECORDING OF VOTES
P The Council agreed that all votes taken during the meeting would be carried out by roll call.
H MINUTES OF PREVIOUS MEETING
P The Minutes of Meeting of Glenmorvan Council held on Wednesday, 30 August 2017 were submitted and approved as a correct record.
H OPEN FORUM
P The Council noted that no open forum questions had been submitted by members of the public.
H SCHOOL ESTATE STRATEGY 2017–2027
P A report was submitted by the Chief Education Officer seeking approval of the School Estate Strategy 2017–2027 and of a statutory consultation on the future of Auchenlea and Craigmurran Primary Schools.
P After discussion and having heard the Chief Education Officer in further explanation of the report and in answer to Members’ questions, Councillor Sean McGuigan, seconded by Councillor Paula Harkins, moved:-
I That the Council approves the School Estate Strategy 2017–2027 and agrees that a statutory consultation on the merger of Auchenlea and Craigmurran Primary Schools be carried out.
P As an amendment, Councillor Gordon Paterson, seconded by Councillor Elaine Quigley, moved:-
I That the Council approves the School Estate Strategy 2017–2027 but agrees that no consultation on the merger of Auchenlea and Craigmurran Primary Schools take place until an options appraisal for both buildings has been reported to the Educational Services Committee.
P On a roll call vote being taken, 10 Members voted for the amendment, namely Bailie Kerrigan, Councillors Aitken, Boyle, Cairney, Gallacher, Lang, Nairn, Paterson, Quigley and Shearer, and 11 Members voted for the motion, namely Provost Dunlop, Councillors Dempster, Docherty, Harkins, MacInnes, McAuley, McGuigan, Moodie, Rennie and Wylie. The motion was accordingly declared carried.
H GENERAL SERVICES BUDGETARY CONTROL REPORT TO 31 JULY 2017 (PERIOD 4)
P A report was submitted by the Strategic Lead – Resources advising on the performance of the General Services revenue budget and capital programme for the period to 31 July 2017.
P After discussion and having heard the Strategic Lead – Resources in further explanation of the report, the Council agreed:-
P (1) to note the projected annual revenue overspend of £412,000, mainly in children’s residential placements;
P (2) to note the progress on the capital programme, where projected slippage was £3.1m; and
P (3) that the Strategic Lead – Resources should report on recovery action to the meeting of the Council in November 2017.
H HOUSING REVENUE ACCOUNT BUDGETARY CONTROL REPORT TO 31 JULY 2017 (PERIOD 4)
P A report was submitted by the Strategic Lead – Housing advising on the performance of the Housing Revenue Account to 31 July 2017, which showed a projected favourable variance of £96,000.
P The Council noted the report.
H KILBARRIE COMMUNITY CENTRE – ASSET TRANSFER REQUEST
P Councillor Boyle, having declared an interest, left the Chamber.
P A report was submitted by the Strategic Director – Place on an asset transfer request from the Kilbarrie Development Trust under the Community Empowerment (Scotland) Act 2015 for the transfer of Kilbarrie Community Centre.
P Having heard the Strategic Director – Place in answer to Members’ questions, Councillor Alan Dempster, seconded by Councillor Iain MacInnes, moved that the request be approved. There being no amendment, the Council agreed:-
P (1) to approve the transfer of Kilbarrie Community Centre to the Kilbarrie Development Trust for the sum of £1, subject to a community use clause; and
P (2) to authorise the Strategic Lead – Regulatory to conclude the legal agreements.
P Councillor Boyle re-entered the Chamber.
H APPOINTMENTS TO OUTSIDE BODIES
P The Council agreed that Councillor Karen Wylie replace Councillor Ross Aitken on the Board of Glenmorvan Leisure Trust.
H MOTION BY COUNCILLOR LORRAINE DOCHERTY – FREE SANITARY PRODUCTS IN COUNCIL BUILDINGS
P Councillor Lorraine Docherty, seconded by Councillor Christine McAuley, moved:-
I This Council notes that period poverty affects many women and girls in Glenmorvan and agrees that free sanitary products be made available in all Council-run community centres, libraries and leisure facilities from January 2018.
P The Council agreed the motion unanimously.
H GENERAL QUESTION TIME
P Councillor Stephen Lang asked when the footway on Lomond Road, Ardlinnie, would be resurfaced. Councillor Fraser Moodie, Convener of Infrastructure, Regeneration and Economic Development, replied that the works were programmed for February 2018.
P The meeting closed at 7.18 p.m.
