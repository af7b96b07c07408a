@title Brantshire County Council - Minutes 14 February 2006
@font Times-Roman
@fontsize 11
@footer 7f2e9c41a06bd3385e12f4ac90d7b611.doc {page}
HC BRANTSHIRE COUNTY COUNCIL
S 4
P <b>MINUTES</b> of the meeting of the County Council held at County Hall, Kelbourne, on Tuesday 14th February 2006.
S 4
HC MEMBERS IN ATTENDANCE
G A B Ashworth | G M Fennimore | P J Lacey | D R Quennell
G H C Arkwright | R F Galloway | M Lattimer | S A Rudge
G J E Bellamy | W T Gorringe | K L Mansergh | F M Saltmarsh
G C P Bristow | B N W Hollins (Chairman) | J H Marriner | T G Skelding
G Mrs E A Cardew | A D Hurrell | Mrs P Netherton | R J Stallwood
G K W Catterick | D J Ingamells | H R Oakden | N P Thirkell
G P S Dunstable | Mrs V C Jellicoe | L M Ormerod | Mrs J Varley
G R E Eckersall | T W Kendrew | C J Pembury | A R Whitlock
G M J Fairbrass | S G Kingswell | G H Pettifer | D L Yardley
S 6
P Upon consideration of the agenda for the meeting of the County Council held on 14 February 2006, as circulated, action was taken or decisions were reached as follows:-
H 1. MINUTES
P The minutes of the meeting of the Council held on 13 December 2005 were confirmed.
H 2. CHAIRMAN’S ANNOUNCEMENTS
H 2.1 Death of former County Councillor Harold Tuckwell
P The Chairman announced the death on 28 January 2006 of former County Councillor Harold Tuckwell, who had represented Mardle Vale from 1981 to 1997. The Council stood in his memory.
H 2.2 Congratulations
P The Chairman congratulated the staff of the Kelbourne Records Office on receiving a national award for the digitisation of the county’s enclosure maps, and County Councillor Mrs V C Jellicoe on her appointment as a Deputy Lieutenant of the county.
H 3. DECLARATIONS OF INTEREST
P County Councillor D J Ingamells declared a personal interest in item 6 as a governor of Kelbourne Sixth Form College. County Councillor Mrs P Netherton declared a personal interest in item 9.2 as a sub-postmistress.
H 4. PUBLIC PETITION – HATHERMOOR ROAD LIBRARY
P Mr Clive Dunmore presented a petition of 2,340 signatures opposing the reduction of opening hours at Hathermoor Road Library, Wyvern Cross. The Executive Member for Community Services, County Councillor R E Eckersall, thanked Mr Dunmore and said that no decision would be taken until the library review had been considered by the Community Services Scrutiny Committee in March. The petition was referred to that Committee.
H 5. QUESTIONS BY MEMBERS
P County Councillor A D Hurrell asked the Executive Member for Highways and Transport what progress had been made on the Stanwold bypass. County Councillor T W Kendrew replied that the Department for Transport had now accepted the scheme into the regional funding allocation and that a public inquiry was expected in the autumn. County Councillor L M Ormerod asked a supplementary question about the cost of the advance works, to which County Councillor Kendrew undertook to reply in writing.
H 6. REVENUE BUDGET 2006/07 AND COUNCIL TAX
P The Leader of the Council, County Councillor C J Pembury, moved the recommendations of the Executive set out in the report and County Councillor G M Fennimore seconded. County Councillor S A Rudge moved an amendment, seconded by County Councillor Mrs J Varley, to add £1.2m to the schools budget funded from reserves. Upon being put to the meeting, the amendment was lost, 21 members voting in favour and 44 against. The substantive motion was then put to the meeting and carried, 45 members voting in favour, 19 against and 1 abstaining.
P RESOLVED:-
P (a) that the Revenue Budget for 2006/07 of £482.6m as set out in Appendix A to the report be approved;
P (b) that the County Council’s council tax requirement for 2006/07 be £221.4m and the Band D council tax be £1,037.61;
P (c) that the Director of Finance be authorised to issue precepts to the district councils accordingly.
H 7. CAPITAL PROGRAMME 2006/07 TO 2008/09
P County Councillor C J Pembury moved and County Councillor G M Fennimore seconded the recommendations of the Executive.
P RESOLVED:-
P that the Capital Programme for 2006/07 to 2008/09 totalling £196.3m, and the prudential indicators set out in Appendix C, be approved.
H 8. ANNUAL REPORT OF THE STANDARDS COMMITTEE 2005
P County Councillor H R Oakden, Chairman of the Standards Committee, introduced the report, which recorded that six complaints had been received during the year, none of which had resulted in a finding of a breach of the Code of Conduct. The report was noted.
H 9. MOTIONS ON NOTICE
H 9.1 Rural Bus Services
P County Councillor M Lattimer moved and County Councillor F M Saltmarsh seconded the following motion:-
P “That this Council asks the Executive to maintain the evening and Sunday rural bus services supported by the County Council until the review of the Local Transport Plan is complete.”
P After debate the motion was put to the meeting and carried, 38 members voting in favour and 27 against.
H 9.2 Post Office Closures
P County Councillor P S Dunstable moved and County Councillor K W Catterick seconded a motion calling on the Post Office to consult the County Council before closing any rural sub-post office in Brantshire. County Councillor T G Skelding suggested that the district councils also be asked to support the call. With the agreement of the mover and seconder this was accepted as part of the motion, and the motion as altered was agreed without a vote.
H 10. APPOINTMENTS TO OUTSIDE BODIES
P Agreed that County Councillor Mrs E A Cardew be appointed to the Kelbourne Hospital League of Friends in place of County Councillor J E Bellamy, and that County Councillor N P Thirkell be appointed to the Wyvern Valley Partnership Board.
S 8
P CHAIRMAN
P The meeting closed at 1.05 p.m.
