@title Town Council Agenda 16 March 2009
@font Times-Roman
@fontsize 11
@numcol 10
@footer Marlowford Town Council, The Town Hall, Market Square, Marlowford
HC <font size="16">MARLOWFORD TOWN COUNCIL</font>
C Peter J. Ansell, Town Clerk<br/>Tel: 01632 672 380 &nbsp; Fax: 01632 672 391 &nbsp; Email: townclerk@marlowford-tc.gov.uk
S 10
P 10th March 2009
P Dear Councillor,
P You are SUMMONED to attend a meeting of the MARLOWFORD TOWN COUNCIL to be held in the Council Chamber, The Town Hall, Marlowford, on <b>MONDAY 16th MARCH 2009 AT 8.00PM</b> (or at the close of the Planning Committee which meets in the same room at 7.30pm, if that is later).
P Yours sincerely,
P <i>P. J. Ansell</i><br/>Town Clerk
HC AGENDA
R 1. | Apologies for absence.
R 2. | To confirm the Minutes of the Meeting of the Council held on 9th February 2009.
R 3. | Declarations of Interest.
R 4. | Public Question Time: a quarter of an hour is set aside for questions from residents. Questions should relate to business on this agenda where possible; others may be answered in writing.
R 5. | Town Mayor's report on civic engagements attended since the last meeting.
R 6. | To receive the notes of the Marlowford Youth Forum held on 26th February 2009.
R 7. | Committee Minutes &ndash; to receive the Minutes of the following Committees and to consider any recommendations in them:<br/>&bull; Planning of 16th February and 2nd March 2009.<br/>&bull; Amenities and Open Spaces of 23rd February 2009.<br/>&bull; Finance and General Purposes of 2nd March 2009.<br/>&bull; Personnel of 9th March 2009 (to follow).
R 8. | Annual Town Meeting 2009 &ndash; arrangements and speakers.
R 9. | Allotments at Hollins Field &ndash; renewal of the lease from the County Council.
R 10. | Twinning Association &ndash; request to use the Council Chamber for the visit in June.
R 11. | Market Square CCTV &ndash; report of the Town Clerk.
R 12. | To approve Payments List No. 11 (February/March 2009).
R 13. | Correspondence.
R 14. | Exclusion of the Press and Public: to resolve that, because of the confidential nature of the business to be transacted, the press and public be excluded from the meeting for the following item.
R 15. | Town Hall caretaker &ndash; staffing matter.
S 8
I Members of the public are welcome to attend. The agenda and papers may be inspected at the Town Hall during office hours.
