@title Wharmdale Fire and Rescue Authority Minutes 22 February 2013
@font Times-Roman
@fontsize 11.5
@numcol 14
@footer Chair ............................ || {page}
HC WHARMDALE FIRE AND RESCUE AUTHORITY
HC MINUTES OF THE MEETING
HC HELD ON FRIDAY 22 FEBRUARY 2013
P <b>Present :</b> Councillors M Farrant (in the chair), T Austwick, C Birtles, D Dearden, J Dobbin, R Grayshon, D Greenhalgh, P Hebblethwaite, L Holroyd, J Ibbotson, A Kershaw, K Mellor, B Oddie, B Pickles, A Sugden, G Thackray, C Utley, A Wadsworth, A Whiteley and G Wilcock
P <b>Apologies:</b> Councillors S Haigh and P Walmsley
R 56 | <b>ADMISSION OF THE PUBLIC</b>
R | The meeting determined that there were no items which necessitated the exclusion of the public.
R 57 | <b>URGENT ITEMS</b>
R | There were no urgent items.
R 58 | <b>DECLARATIONS OF INTEREST</b>
R | The Director of Corporate Resources advised the meeting that dispensation had been granted to all Members present in respect of the disclosable pecuniary land interest arising from residence in the Authority's area, as it related to agenda items 15 and 16 (Medium Term Financial Strategy and Revenue Budget and Precept 2013 – 14). Councillor Thackray declared that his son was employed as a wholetime firefighter by the Authority. No further declarations of disclosable pecuniary interest were made in any matter under discussion at the meeting.
R 59 | <b>MINUTES OF THE LAST MEETING</b>
R | RESOLVED<br/>That the Minutes of the meeting held on 14 December 2012 be signed by the Chair as a correct record.
R 60 | <b>MINUTES OF THE HUMAN RESOURCES COMMITTEE</b>
R | RESOLVED<br/>That the Minutes of the Human Resources Committee at a meeting held on 18 January 2013 be received.
R 61 | <b>MINUTES OF THE FINANCE AND RESOURCES COMMITTEE</b>
R | RESOLVED<br/>That the Minutes of the Finance and Resources Committee at a meeting held on 25 January 2013 be received.
R 62 | <b>MINUTES OF THE AUDIT COMMITTEE</b>
R | Councillor Kershaw, Chair of the Audit Committee, drew Members' attention to the External Auditor's annual audit letter, which had given an unqualified opinion on the accounts.
R | RESOLVED<br/>That the Minutes of the Audit Committee at a meeting held on 1 February 2013 be received.
R 63 | <b>MINUTES OF THE EXECUTIVE COMMITTEE</b>
R | RESOLVED<br/>That the Minutes of the Executive Committee at a meeting held on 6 February 2013 be received.
R 64 | <b>LOCAL GOVERNMENT ASSOCIATION – FIRE SERVICES MANAGEMENT COMMITTEE</b>
R | RESOLVED<br/>That the Minutes of the Fire Services Management Committee of the Local Government Association held on 14 January 2013 be noted.
R 65 | <b>INTEGRATED RISK MANAGEMENT PLAN 2013 – 14 – OUTCOME OF CONSULTATION</b>
R | The Chief Fire Officer and Chief Executive submitted a report which set out the outcome of the twelve week public consultation on the draft Integrated Risk Management Plan 2013 – 14, including the proposals to change the crewing arrangements at Brackenholt and Lowfold fire stations.
R | In response to a question from Councillor Hebblethwaite, the Chief Fire Officer and Chief Executive confirmed that attendance standards for the Lowfold station area would be monitored monthly and reported to the Community Safety Committee. Councillor Dobbin asked that the results of the consultation be shared with the district councils.
R | RESOLVED<br/>a) That the outcome of the consultation be noted; and<br/>b) That the Integrated Risk Management Plan 2013 – 14 be approved for publication.
R 66 | <b>CAPITAL PROGRAMME 2013 – 14 TO 2017 – 18</b>
R | The Chief Finance Officer submitted a report which sought approval of the five year capital programme, including the replacement of the Authority's fleet of aerial ladder platforms.
R | RESOLVED<br/>That the capital programme 2013 – 14 to 2017 – 18 be approved as detailed at Annex A to the report now submitted.
R 67 | <b>MEDIUM TERM FINANCIAL STRATEGY 2013 / 14 – 2015 / 16</b>
R | The Chief Finance Officer submitted a report which updated Members on the Authority's medium term financial position following the final local government finance settlement.
R | RESOLVED<br/>That the Medium Term Financial Strategy 2013 / 14 – 2015 / 16 be approved.
R 68 | <b>REVENUE BUDGET 2013 – 14 AND PRECEPT</b>
R | The Chief Finance Officer submitted a report which recommended a revenue budget for 2013 – 14 of £84.92 million and a Band D precept of £61.37.
R | An amendment was moved by Councillor Pickles and seconded by Councillor Utley that the precept be frozen at the 2012 – 13 level and that the shortfall be met from the general reserve. Upon being put to the vote the amendment was lost.
R | The substantive motion was then put to the vote and carried.
R | RESOLVED<br/>a) That the revenue budget for 2013 – 14 of £84.92 million be approved;<br/>b) That a precept of £61.37 for a Band D property be levied on the five constituent district councils; and<br/>c) That the Chief Finance Officer be authorised to issue the precept notices.
R 69 | <b>TREASURY MANAGEMENT STRATEGY 2013 – 14</b>
R | RESOLVED<br/>That the Treasury Management Strategy, the Minimum Revenue Provision statement and the prudential indicators for 2013 – 14 be approved.
R 70 | <b>PAY POLICY STATEMENT 2013 – 14</b>
R | The Chief Legal and Governance Officer submitted the Authority's annual pay policy statement as required by the Localism Act 2011. Councillor Whiteley asked whether the ratio between the highest and median salaries had changed since the previous year and was advised that it had reduced slightly.
R | RESOLVED<br/>That the Pay Policy Statement 2013 – 14 be approved and published on the Authority's website.
