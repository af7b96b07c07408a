@title Minutes of Clydeholm City Council 2025/2026 - Print 6
@font Times-Roman
@fontsize 10.5
@numcol 50
@pageoffset 552
@header Minutes of Clydeholm City Council 2025/2026 – Print 6
@footer {page}
P Clydeholm, 10th March 2026.
H Neighbourhoods, Housing and Public Realm City Policy Committee.
P Present: Fiona Laird (Chair), Craig Baxter, Roisin Gallacher, Declan Rourke, Amir Siddiqui, Morag Tennant, Lorna Veitch and Hugh Wardrop.
P Apologies: Euan Forsyth and Patricia Nimmo.
P Attending: J Kerrigan (for Executive Director of Neighbourhoods, Regeneration and Sustainability); P Drummond, Head of Housing Investment; L Osei, Cleansing Services Manager; and A McPhail, Committee Services Officer.
P Also present: Mrs Agnes Purdie and Mr Tom Hendrie (deputation).
S 4
R Minutes approved. | 1 The minutes of 27th January 2026 (Print 5, pages 411 to 413) were submitted and approved.
R Declarations of interest. | 2 Councillor Declan Rourke declared an interest in item 7 (paragraph 7 of these minutes) as a board member of the Whiteinch Tenants' Federation, and took no part in the consideration of that item.
R Housing Revenue Account capital investment programme 2026/27: approved. | 3 There was submitted a report by the Executive Director of Neighbourhoods, Regeneration and Sustainability setting out the proposed capital investment programme for council housing in 2026/27, amounting to £41.6m, with the main elements being external wall insulation at Drumry Court, kitchen and bathroom renewals in 1,140 homes and the replacement of 22 lifts.
R  | Councillor Fiona Laird asked whether the lift replacements would be phased to avoid leaving any block without a working lift, and was advised that temporary stair-climbing assistance would be arranged where a block had a single lift. Councillor Amir Siddiqui asked that ward members be given a schedule of works by street.
R  | After consideration, the committee approved the capital investment programme for 2026/27 as set out in the report.
R Empty homes strategy – progress report: noted. | 4 There was submitted a report by the Executive Director of Neighbourhoods, Regeneration and Sustainability advising of progress on the empty homes strategy, noting that 187 long-term empty private homes had been brought back into use since April 2025 and that a further compulsory purchase case was being prepared.
R  | Councillor Morag Tennant welcomed the figures but asked for a breakdown by ward at the next update. After consideration, the committee noted the progress made.
R Motion by Councillor Craig Baxter – fly-tipping enforcement: amendment carried. | 5 Councillor Craig Baxter, seconded by Councillor Lorna Veitch, moved that the committee instruct the Executive Director to double the number of enforcement officers dealing with fly-tipping by October 2026.
R  | Councillor Amir Siddiqui, seconded by Councillor Fiona Laird, moved as an amendment that the committee note the increase in reported fly-tipping and request a report to the next meeting on the cost and funding options for additional enforcement officers.
R  | On a vote being taken by electronic means, 3 members voted for the motion and 5 for the amendment, and the amendment was declared carried. The committee accordingly agreed to request a report on enforcement options.
R Deputation – street lighting in Garscube Terrace: heard. | 6 The committee heard a deputation from Mrs Agnes Purdie and Mr Tom Hendrie on behalf of residents of Garscube Terrace regarding the number of street lights out of order for more than six weeks. Mrs Agnes Purdie referred to two falls on the footway in January.
R  | Councillor Morag Tennant thanked the deputation, and after consideration, the committee agreed that the Executive Director should survey all lighting columns in Garscube Terrace and report the results to ward members within four weeks.
R Tenant participation grant scheme 2026/27: approved. | 7 C<br/>There was submitted a report by the Executive Director of Neighbourhoods, Regeneration and Sustainability seeking approval of a tenant participation grant scheme of £180,000 for 2026/27, with grants of up to £4,000 for registered tenants' organisations.
R  | Councillor Declan Rourke, having declared an interest, left the meeting for this item. After consideration, the committee approved the grant scheme and agreed to remit it to the Council for approval of the budget transfer.
R Play areas investment – phase 2: approved. | 8 There was submitted a report by the Executive Director of Neighbourhoods, Regeneration and Sustainability on phase 2 of the play areas investment programme, covering 14 sites, including the inclusive play area at Knightswood Park. Councillor Lorna Veitch asked that the Yoker site be brought forward. After consideration, the committee approved phase 2 of the play areas programme.
R Winter maintenance service review: noted. | 9 There was submitted a report by the Executive Director of Neighbourhoods, Regeneration and Sustainability reviewing the winter maintenance service for 2025/26, when 19,400 tonnes of salt had been spread. Councillor Craig Baxter raised the late gritting of footways around schools. After consideration, the committee noted the review.
R Cleansing performance – quarter 3: noted. | 10 There was submitted a report by the Executive Director of Neighbourhoods, Regeneration and Sustainability on cleansing performance for October to December 2025. After consideration, the committee noted the cleansing performance report.
