@title Hindale-with-Greystones Parish Council minutes October 2001
@font Times-Roman
@fontsize 11
@footer {page}
HC MINUTES OF THE ORDINARY MEETING OF HINDALE - WITH - GREYSTONES PARISH COUNCIL HELD AT THE JUBILEE INSTITUTE ON TUESDAY 9 OCTOBER 2001.
P PRESENT: Councillors : J Barrow, E Capstick, T Dowthwaite, M Fothergill, A Helme, R Procter, W Towers. D Sowerby, Clerk. Mr K Lund and Mrs B Metcalfe, Members of Public.
H 01/188 APOLOGIES FOR ABSENCE :
P Parish Councillor Whiteside, City Councillors Airey &amp; Thexton.
H 01/189 TO CONSIDER &amp; APPROVE THE MINUTES OF THE PREVIOUS MEETING :
P The 11 September meeting minutes para 176 should read Greystones Lane, not Greystone Lane; para 183 should include the bus shelter at Low Hindale. With these amendments the minutes were approved and signed.
H 01/190 TO RECEIVE DECLARATIONS OF INTEREST ( WHICH MAY RELATE TO THIS MEETING ) : None
H 01/191 OPEN SESSION: (Note The Chair moved that Para 197 could be discussed here, see below ).
P Mrs Metcalfe asked about the lighting in the Institute car park, which had been out for three weeks; two people had fallen on the step in the dark. Mr Lund raised the state of the verges on the Blackgill road after the hedge cutting.
H 01/192 TO CONSIDER AND APPROVE POLICE MATTERS :
P No officer attended. The Clerk read the beat manager's note: one theft from a car at the lay-by on the fell road and a report of sheep worrying at Bank End.
P Item for the LINK : Please keep dogs on leads near stock and report any loose dogs to the farm or the Police.
H 01/193 TO CONSIDER AND APPROVE COUNTY AND CITY COUNCILLORS REPORTS :
P None present. Written report from County Councillor Airey on the foot and mouth restrictions being lifted on the footpaths received and circulated.
H 01/194 TO CONSIDER PLANNING APPLICATIONS :
P 01/00862 Extension, 4 Bank Terrace. No objections.
P 01/00871 Conversion of barn to dwelling, Fell Side Farm. Cllr Helme declared an interest and left the room. Cllr Procter said that the access onto the fell road was blind in both directions. Object on highway grounds, proposed Cllr Procter, seconded Cllr Capstick, carried.
H 01/195 TO CONSIDER AND APPROVE ACCOUNTS FOR PAYMENT :
P Clerk's salary and expenses (quarter) £236.50; Jubilee Institute, room hire £18.00; Fellside Mowers, verge cutting £140.00. Proposed Cllr Towers, seconded Cllr Dowthwaite, carried unanimously.
H 01/196 TO CONSIDER CORRESPONDENCE :
P (a) City Council: consultation on the local plan review - the Clerk to circulate. (b) Rural Community Council: village appraisal grants - noted. (c) Mr P Harker: thanks for the Council's letter about the memorial seat.
P Item for the LINK : The Parish Council would welcome ideas for the Christmas tree lights.
H 01/197 TO CONSIDER THE INSTITUTE CAR PARK LIGHTING :
P Discussed under 191. Cllr Barrow reported that the Institute committee had a quote of £210 to replace the lamp and timer. The Council agreed to pay half of the cost.
H 01/198 DATE OF NEXT MEETING :
P Tuesday 13 November 2001 at 7.30 pm at the Jubilee Institute.
P Signed ........................................ Chair  Date ....................
