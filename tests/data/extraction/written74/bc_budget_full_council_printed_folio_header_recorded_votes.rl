@title Minutes of Full Council 22 February 2006
@font Helvetica
@fontsize 10.5
@header Full Council ({page}) 22 February 2006
@pageoffset 57
HC Thornleigh Borough Council
HC Minutes of Full Council
C Wednesday, 22 February 2006 at 7.30 pm
S 6
P <b>Councillors Present:</b>
P R J Hollis (Mayor) M Aldous (Deputy Mayor) S Babbage, T Bellchambers, C R Eastwick, P K Farrant, M Flinders, D A Harbinson, J Hartnell, K Keble, R A Lanyon, J Millward, M Nwosu, D Peasgood, A Pendle, R D Pennycook, I T Quested, T Rawle, P C Stanmore, K Sudbury, B A Tillotson and B M Wexley
P <b>Officers Present:</b>
P Martin Golding, Chief Executive; Robert Fenn, Deputy Chief Executive; Diane Mortlake, Head of Finance, Revenues and Benefits; Gail Ashdown, Democratic Services Manager
P <b>Apologies for Absence:</b>
P Councillors J Fenwick, L Harker and G Oldroyd
H 1. Disclosures of Interest
P The disclosures of interests made by Councillors are set out in Appendix A to these minutes.
H 2. Minutes
P The minutes of the meeting of the Full Council held on 14 December 2005 were approved as a correct record and signed by the Mayor.
H 3. Communications
P The Mayor provided the Full Council with a brief update on the Mayoral engagements attended since the last meeting, which included the opening of the refurbished Ashcombe Library, the Holocaust Memorial Day service at St Barnabas Church and the Thornleigh Youth Awards. The Mayor thanked all those who had supported the Mayor's Charity Ball, which had raised £6,350 for the Thornleigh Hospice.
H 4. Public Question Time
P Mr Kevin Dunmore asked whether the proposed increase in garden waste charges would be reviewed if take-up of the service fell. Councillor Farrant, Leader of the Council, responded that take-up would be reported to the Overview and Scrutiny Commission in October and the charge reviewed as part of the 2007/2008 budget.
H 5. 2006/2007 Budget and Council Tax – Cabinet – 8 February 2006 (Recommendation 1)
P The Leader of the Council, Councillor Farrant, addressed the Council and made his budget speech, in doing so presenting report FIN/212 of the Head of Finance, Revenues and Benefits, which set out the Budget and level of Council Tax for the year 2006/2007. It was noted that the report had been considered by the Cabinet on 8 February 2006 and by the Overview and Scrutiny Commission on 6 February 2006. Councillor Tillotson seconded the report.
P Five Members having requested under Council Procedure Rule 16.4 that the voting on this item be recorded, the Mayor advised that the names of those voting would be recorded in the minutes on the amendment and on the substantive motion.
P The Leader of the Opposition, Councillor Harbinson, addressed the meeting and moved the following amendment, which was seconded by Councillor Pennycook:
I "That the proposed increase in garden waste charges be deferred for one year at a cost of £84,000, to be met from the Invest to Save reserve."
P Diane Mortlake, Head of Finance, Revenues and Benefits, advised that the reserve would fall below the level recommended in the Medium Term Financial Strategy. Councillors Bellchambers, Quested and Wexley spoke in the debate on the amendment.
P <b>Voting in Favour of the amendment:</b> Councillors Eastwick, Flinders, Harbinson, Keble, Lanyon, Peasgood, Pennycook and Sudbury (8).
P <b>Voting Against the amendment:</b> Councillors Aldous, Babbage, Bellchambers, Farrant, Hartnell, Hollis, Millward, Nwosu, Pendle, Quested, Rawle, Stanmore, Tillotson and Wexley (14).
P The amendment was therefore <b>LOST</b>.
P The Full Council then debated the substantive motion. Councillors Eastwick, Nwosu and Stanmore spoke in the general debate. At the conclusion of the discussion, Councillors expressed their thanks to Diane Mortlake and the Finance Division for their work on the budget.
P <b>Voting in Favour of the substantive motion:</b> Councillors Aldous, Babbage, Bellchambers, Farrant, Hartnell, Hollis, Millward, Nwosu, Pendle, Quested, Rawle, Stanmore, Tillotson and Wexley (14).
P <b>Voting Against the substantive motion:</b> Councillors Eastwick, Flinders, Harbinson, Keble, Lanyon and Pennycook (6).
P <b>Abstentions:</b> Councillors Peasgood and Sudbury (2).
P The motion was therefore <b>CARRIED</b> and it was
P <b>RESOLVED</b>
P That Full Council approves:
P a) the 2006/2007 General Fund Revenue Budget of £14.882m as set out in report FIN/212;
P b) a Band D Council Tax for the Borough's own services of £172.53 for 2006/2007, an increase of 2.9%;
P c) the Housing Revenue Account budget and the rent increase of 4.9% from 3 April 2006.
H 6. Treasury Management Strategy 2006/2007 – Audit Committee – 30 January 2006 (Recommendation 2)
P Councillor Quested presented the Treasury Management Strategy and the Prudential Indicators. Councillor Hartnell seconded. In response to a question from Councillor Keble, Councillor Quested confirmed that no new external borrowing was proposed.
P <b>RESOLVED</b>
P That the Treasury Management Strategy 2006/2007 and the Prudential Indicators be approved.
H 7. Council Tax Setting 2006/2007
P Diane Mortlake presented the formal Council Tax resolution, which included the precepts notified by Wealdshire County Council, Wealdshire Police Authority and the Parish Councils.
P <b>Voting in Favour:</b> Councillors Aldous, Babbage, Bellchambers, Farrant, Hartnell, Hollis, Millward, Nwosu, Pendle, Quested, Rawle, Stanmore, Tillotson and Wexley (14).
P <b>Voting Against:</b> None.
P <b>Abstentions:</b> Councillors Eastwick, Flinders, Harbinson, Keble, Lanyon, Peasgood, Pennycook and Sudbury (8).
P <b>RESOLVED</b>
P That the Council Tax resolution set out in Appendix B to report FIN/214 be approved.
H 8. Exclusion of the Public
P <b>RESOLVED</b>
P That in accordance with Section 100A(4) of the Local Government Act 1972 the public be excluded from the meeting for the following item of business on the grounds that it involved the likely disclosure of exempt information as defined in Paragraph 3 of Part 1 of Schedule 12A of the Act.
H 9. Acquisition of Land at Larkfield North
P The Full Council considered exempt report PES/088 of the Head of Property Services. Councillor Farrant moved and Councillor Tillotson seconded the recommendations in the report.
P <b>RESOLVED</b>
P That the recommendations in exempt report PES/088 be approved.
H Closure of Meeting
P With the business of the Full Council concluded, the Mayor declared the meeting closed at 9.48 pm.
S 12
P R J HOLLIS
P Mayor
