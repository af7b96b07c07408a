@title Crossfleet Parish Council minutes 4 September 2007
@font Times-Roman
@fontsize 11
@footer Chairman's initials ............ || {page}
@pageoffset 211
HC CROSSFLEET PARISH COUNCIL
S 4
HC MINUTES OF THE PARISH COUNCIL MEETING HELD
HC 4 SEPTEMBER 2007
S 8
P <b>Present:</b> Councillors: Mrs E Haigh, R Booth, G Lister (Chairman), T Firth, Mrs P Ackroyd, D Senior, S Whiteley, N Brook, Mrs A Sykes
P <b>District Councillors:</b> W Hepworth
P <b>In attendance:</b> Mr K Royston (Clerk and RFO), PC M Hebden (Safer Neighbourhood Team), 4 members of the public
P <b>Apologies:</b> Councillor J Ramsden, District Councillor B Oxley
S 6
H 112/07APOLOGIES FOR ABSENCE
P Apologies were accepted.
H 113/07DECLARATIONS OF INTEREST
P Councillor Firth declared a personal interest in item 124/07 (Allotments) as a plot holder. Councillor Mrs Sykes declared a personal and prejudicial interest in item 126/07 (Grants) as secretary of the Crossfleet Brass Band and said she would leave the room for that item.
H 114/07TO RECEIVE SUCH ITEMS THAT THE CHAIRMAN MAY WISH TO LAY BEFORE THE COUNCIL
P The Chairman reported that he had attended the reopening of the Denby Road footbridge on 24th August with the Mayor of Calder Vale. He also advised that the Village Institute working party would now meet on Wednesday 19th September at 6.30pm in the Institute and asked that members attending bring the revised floor plans with them.
H 115/07PUBLIC QUESTION TIME
P Mr Colin Beever of Hall Lane asked whether the Council had received a reply from Calder Vale District Council about the blocked gully opposite the Post Office. The Clerk replied that a reply had been promised by the end of September and that he would telephone the Highways Engineer again. Mrs Doreen Pell asked whether the bus shelter on Moor Road could be cleaned before the winter; Councillor Booth answered that the shelter was on the list for the lengthsman in October.
H 116/07TO CONFIRM THE MINUTES OF THE MEETING HELD ON 7th AUGUST 2007
P Resolved: That the minutes be approved as a correct record.
H 117/07MATTERS ARISING FROM THE MINUTES FOR INFORMATION ONLY
P The Clerk reported that in respect of minute 101/07 (the request from residents of Mill Croft for a dog waste bin) the District Council had agreed to install and empty a bin at no cost to the Parish Council.
H 118/07POLICE REPORT
P PC Hebden presented the Safer Neighbourhood report noting that 28 hours had been spent in the Parish in August. The team had dealt with two thefts from vehicles on Hall Lane, a report of off-road motorcycles on the old railway line and a number of speeding complaints. Councillor Whiteley asked whether speed checks could be carried out on Denby Road at school times; PC Hebden replied that the Community Speed Watch equipment would be available from October if the Council could find volunteers. Council thanked PC Hebden for her report.
H 119/07DISTRICT COUNCILLOR'S REPORT
P District Councillor Hepworth reported that the District Council's consultation on the Local Development Framework would close on 12th October and that copies of the site allocations map were available in the library.
H 120/07PLANNING APPLICATIONS
P 07/01432/FUL Erection of conservatory, 14 Beck Side. 07/01467/FUL Change of use of agricultural building to workshop, Lower Hague Farm, Moor Road.
P Resolved: That no objections be raised to either application.
H 121/07FINANCIAL MATTERS
P The RFO presented the statement of accounts to 31st August 2007 showing a balance of £8,412.36 in the current account and £11,250.00 in the deposit account.
P Resolved: That the accounts listed below be paid. K Royston (salary, August) £386.20; Crossfleet Methodist Church (room hire) £24.00; YLCA (training) £35.00; R Dyson (grass cutting) £460.00.
H 122/07VILLAGE INSTITUTE EXTENSION
P Councillor Senior reported on the working party meeting of 29th August and tabled two quotations for the architect's fees. It was proposed by Councillor Senior and seconded by Councillor Mrs Haigh that the quotation of £2,350 from Whitaker Lodge Associates be accepted. Councillor Ackroyd asked that the Council first obtain a third quotation. On being put to the vote 6 voted in favour and 2 against and the motion was carried.
H 123/07CORRESPONDENCE
P (a) YLCA White Rose Update, August. (b) Calder Vale District Council, Parish Liaison meeting 10th October. (c) Mr and Mrs Dearden, letter of thanks for the hanging baskets.
P The correspondence listed was noted.
H 124/07ALLOTMENTS
P Councillor Brook reported that there were now five names on the waiting list and that plots 7 and 9 had not been worked this season. It was agreed that the Clerk write to the tenants of plots 7 and 9 giving one month's notice to bring the plots into cultivation.
H 125/07TO EXCLUDE MEMBERS OF THE PRESS AND PUBLIC
P Resolved: That members of the press and public be excluded from the meeting for item 126/07 owing to the confidential nature of the business to be discussed.
H 126/07GRANTS
P Councillor Mrs Sykes left the room. Applications had been received from the Crossfleet Brass Band (uniform replacement) and Crossfleet Junior Football Club (goal nets).
P Resolved: That grants of £150 to the Crossfleet Brass Band and £95 to Crossfleet Junior Football Club be made under section 137.
H 127/07DATE OF NEXT MEETING
P Tuesday 2nd October 2007 at 7.30pm in the Methodist Schoolroom.
S 14
P The meeting closed at 9.20pm.
S 10
P Signed ................................................ Chairman        Date ......................
