@title Cabinet Minutes 16 November 2017
@font Helvetica
@fontsize 11
@numcol 13
@header
@footer {page}
HC OUSELEY DISTRICT COUNCIL
P MINUTES of the meeting of the CABINET held in the Civic Suite, Riverside House, Bridge Street, St Neots Magna on Thursday, 16 November 2017.
G PRESENT: | Councillor A J Kettering – Chairman.
G | Councillors Mrs B Sadler, D M Quarrie, J E Wildbore, R S Fenn and Mrs P Ogunleye.
G APOLOGY: | An Apology for absence from the meeting was submitted on behalf of Councillor T H Marsh.
G IN ATTENDANCE: | Councillors C Bright, Mrs L Ferrier and K P Osei.
S 6
R 61. | <b>MINUTES</b>
R | The Minutes of the meeting held on 19 October 2017 were approved as a correct record and signed by the Chairman.
R 62. | <b>MEMBERS' INTERESTS</b>
R | Councillor D M Quarrie declared a non-statutory disclosable interest in Minute No. 66 by virtue of being a member of the Ouseley Valley Rowing Club.
R 63. | <b>OVERVIEW AND SCRUTINY PANEL (PERFORMANCE AND GROWTH) – CALL-IN OF THE DECISION ON THE MARKET TOWNS CAR PARKING ORDER</b>
R | Councillor Mrs L Ferrier, Chairman of the Overview and Scrutiny Panel (Performance and Growth), presented the Panel's conclusions on the call-in. She explained that the Panel had been concerned that the charges at Kingsfold had been introduced without consultation with the town council.
R | The Executive Leader, Councillor A J Kettering, responded that the town council had been consulted in March and that its comments were summarised in the original report. Having considered the Panel's comments, the Cabinet
R | <b>RESOLVED</b>
R | that the original decision be confirmed and that the Panel be thanked for its work.
R 64. | <b>INTEGRATED PERFORMANCE REPORT 2017/18 – QUARTER 2</b>
R | With the aid of a report by the Corporate Team Manager (a copy of which is appended in the Minute Book) the Cabinet received performance management information on the Council's Corporate Plan for 2017/18. Councillor J E Wildbore drew attention to the improvement in the time taken to process housing benefit claims, which now stood at 19 days.
R | Councillor R S Fenn asked why the number of fly-tipping incidents had risen. The Head of Operations, Mr N Haddow, explained that the figures now included reports made through the new online form.
R | Whereupon, the Cabinet
R | <b>RESOLVED</b>
R | (i) to note progress against the Key Activities and Corporate Indicators in the Corporate Plan, as summarised in Appendix A to the report; and
R | (ii) to note the Council's financial performance at the end of September 2017, as detailed in Appendices D and E to the report.
R 65. | <b>TREASURY MANAGEMENT SIX MONTH PERFORMANCE REVIEW</b>
R | The Cabinet considered a report by the Head of Resources (a copy of which is appended in the Minute Book) reviewing the performance of the Council's treasury management activity for the first six months of 2017/18. Councillor Mrs B Sadler introduced the report and drew attention to the new investment in a property fund.
R | <b>RECOMMENDED TO COUNCIL</b>
R | that the mid-year review of the Treasury Management Strategy 2017/18 be approved.
R 66. | <b>RIVERSIDE PARK – LEASE TO OUSELEY VALLEY ROWING CLUB</b>
R | (Councillor D M Quarrie, having declared an interest, took no part in the discussion or voting on this item.)
R | Consideration was given to a report by the Head of Operations (a copy of which is appended in the Minute Book) on a request from the Ouseley Valley Rowing Club for a 25 year lease of the boathouse site at Riverside Park so that the Club could apply for external funding. Councillor J E Wildbore welcomed the proposal, which would secure the Club's future at no cost to the Council.
R | Whereupon, it was
R | <b>RESOLVED</b>
R | (i) that a lease of 25 years be granted to the Ouseley Valley Rowing Club on the terms set out in the report; and
R | (ii) that authority be delegated to the Head of Resources, after consultation with the Executive Councillor for Resources, to agree the final terms of the lease.
R 67. | <b>LOCAL COUNCIL TAX SUPPORT SCHEME 2018/19</b>
R | The Cabinet received a report by the Head of Customer Services (a copy of which is appended in the Minute Book) on the outcome of the consultation on the Local Council Tax Support Scheme for 2018/19. Councillor Mrs P Ogunleye presented the report and explained that 61% of respondents had supported keeping the scheme unchanged.
R | Councillor C Bright asked whether the hardship fund would be increased. Councillor Mrs P Ogunleye undertook to provide him with a written answer.
R | <b>RECOMMENDED TO COUNCIL</b>
R | that the Local Council Tax Support Scheme for 2018/19 remain unchanged from the 2017/18 scheme.
R 68. | <b>SAFETY ADVISORY GROUP</b>
R | The Cabinet received and noted the minutes of the meeting of the Safety Advisory Group held on 3 October 2017 (a copy of which is appended in the Minute Book).
R 69. | <b>EXCLUSION OF PRESS AND PUBLIC</b>
R | <b>RESOLVED</b>
R | that the press and public be excluded from the meeting because the business to be transacted contains exempt information relating to the financial or business affairs of any particular person (including the authority holding that information).
R 70. | <b>DISPOSAL OF LAND AT STATION YARD, KINGSFOLD</b>
R | The Cabinet considered a report by the Head of Resources on the sale of the former depot at Station Yard, Kingsfold. Councillor Mrs B Sadler introduced the report. Councillor R S Fenn moved that the decision be deferred for a fresh valuation; on being put to the vote the motion was lost.
R | Whereupon, it was
R | <b>RESOLVED</b>
R | that the land at Station Yard, Kingsfold be sold to the highest bidder on the terms set out in the report.
S 24
P Chairman
