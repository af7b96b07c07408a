@title Summary Minute of Meeting
@font Times-Roman
@fontsize 11.5
@footer Strathcairn Association of Community Councils Ltd (SACC Ltd), a company limited by guarantee registered in Scotland No. SC318604 // Page {page}
HC Summary Minute of Meeting of the Board of Directors of SACC Ltd
C On Saturday, 25 September 2010 in Kinmarrow
S 8
P Those present included the four office bearers and other members of the Board and the area elected representatives as recorded in the sederunt book.
H Approval of Previous Minutes
P The minute of the previous meeting of June 2010 was read and approved.
H Matters Arising
P All matters arising were contained within the Agenda for the current meeting, with the exception of the insurance of the Association's display stand, which the Secretary confirmed is now covered under the Association's main policy.
H Finance Report
P The Treasurer tabled a written report and statement of the Association's accounts to 31 August 2010. Income from member councils' subscriptions is slightly up, and the grant from Strathcairn Council for 2010/11 has been paid in full. The Board noted the report.
H Secretary's Report
P The Secretary presented the correspondence received since the previous meeting, which was considered and actioned as appropriate. A question was raised about the Council's review of its scheme for community councils, which has been carried out with only limited involvement of the community councils themselves. After discussion, it was agreed that the Convener should write to the leader of Strathcairn Council asking for a meeting before the revised scheme is put to the full Council.
P Mr Duncan Rennie (Glenferg CC) reported that three community councils in the Ardlarach area had not received the consultation papers at all. The Secretary will raise this with the Council's community development team.
H Community Council Elections 2012
P Mrs Irene Falconer, Elections Officer of Strathcairn Council, gave a presentation on the timetable for the 2012 community council elections and the new nomination forms. She answered questions on the minimum number of nominations and on the treatment of uncontested seats. The Convener thanked Mrs Falconer for attending.
H Membership
P Thirty-one of the thirty-eight community councils in Strathcairn are now members of the Association. It was agreed that the Secretary should write again to the seven community councils which have not renewed, enclosing a copy of the annual report.
H Training Programme
P The Vice Convener reported that the autumn training sessions on planning and licensing would be held in Kinmarrow on 16 October and in Port Ellery on 30 October. The Board approved the programme and the payment of travelling expenses for two members of each community council.
H Review of Area Representation
P A paper on the number of area representatives was discussed. Some members felt that the Kinmarrow area was over-represented in relation to the Ardlarach and island areas. It was agreed that the matter be remitted to a working group of the office bearers and one representative from each area, to report to the next meeting.
H Annual Conference 2011
P The date of the annual conference was fixed for Saturday 7 May 2011 in the Ardlarach Community Centre. Mrs Morag Sinclair (Port Ellery CC) offered to help the Secretary with the arrangements.
H Any Other Competent Business
P There was no other competent business.
H Date of Next Meeting
P The next meeting of the Board will be held on Saturday 27 November 2010 in Kinmarrow at 10.30 am.
