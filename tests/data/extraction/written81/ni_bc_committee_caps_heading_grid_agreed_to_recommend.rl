@title Technical Services Committee 13 November 2001
@font Times-Roman
@fontsize 11
@footer Technical Services Committee – 13 November 2001||Page {page}
HC CARRIGMOYLE BOROUGH COUNCIL
HC MINUTES OF THE MEETING OF THE TECHNICAL SERVICES COMMITTEE HELD IN THE COMMITTEE ROOM, TOWN HALL, CARRIGMOYLE ON TUESDAY 13 NOVEMBER 2001 AT 6.00 PM
G <b>In the Chair:</b> | Alderman S A Gault
G <b>Members Present:</b> | Alderman D Beattie; Councillors T Boyd, J Cunningham, Mrs E Hanna, N McAlister and R Thompson
G <b>Also Present:</b> | The Mayor, Councillor K Lowry
G <b>Officers in Attendance:</b> | Director of Technical Services – Mr R Blair; Building Control Manager – Mr P Kernohan; Committee Clerk – Mrs D Moffett
S 6
H 1. APOLOGIES
P Apologies were received from Councillor Mrs M Agnew.
H 2. DECLARATIONS OF INTEREST
P There were no declarations of interest.
H 3. MINUTES OF MEETING HELD ON 9 OCTOBER 2001
P Proposed by Councillor Thompson, Seconded by Councillor Cunningham and AGREED that the Minutes of the meeting held on 9 October 2001 be taken as read and signed as correct.
H 4. BUILDING CONTROL – APPLICATIONS APPROVED
P The Building Control Manager presented a list of 38 full plans applications and 24 building notices approved during October 2001. Noted.
H 5. CEMETERY EXTENSION – DRUMGARRAN ROAD
P The Director of Technical Services reported that the tenders for the extension of the cemetery at Drumgarran Road had been opened on 6 November. The lowest tender, from McConnell Civil Engineering Ltd, was £186,420.
P Councillor Boyd asked whether the extension would provide enough plots for the next ten years. The Director advised that it would provide approximately 1,100 plots.
P Proposed by Councillor Boyd, Seconded by Alderman Beattie and AGREED to recommend that the tender of McConnell Civil Engineering Ltd in the sum of £186,420 be accepted.
H 6. PUBLIC CONVENIENCES – SHORE PROMENADE
P The Director reported on repeated vandalism at the public conveniences at Shore Promenade and on the cost of installing automatic units. Councillor Mrs Hanna proposed that the conveniences be closed during the winter months, seconded by Councillor McAlister. On a vote being taken 2 Members voted in favour and 4 against and the proposal was declared lost.
P Proposed by Alderman Beattie, Seconded by Councillor Thompson and AGREED to recommend that a report on the cost of automatic units be brought to the January meeting.
PB
H 7. STREET NAMING
P (a) Development at Castleview Road – the developer had proposed the name "Castleview Grove". AGREED to recommend.
P (b) Development at Prospect Road – consideration deferred to allow consultation with local residents.
H 8. WINTER GRITTING OF COUNCIL CAR PARKS
P The Director reported that the gritting of the Council's car parks would be carried out by the Council's own staff this winter. Councillor Cunningham asked that the Town Hall car park be given priority on market days. Noted.
H 9. CORRESPONDENCE
P (a) DOE Roads Service – letter regarding the resurfacing programme for 2002/03. Noted.
P (b) Carrigmoyle Traders' Association – request for additional litter bins in the town centre. AGREED that the Director investigate and report.
H 10. ANY OTHER BUSINESS
P The Mayor, Councillor Lowry, raised the condition of the footpath at the Craigbrack view point. The Director undertook to inspect it.
P There being no further business, the meeting closed at 7.25 pm.
