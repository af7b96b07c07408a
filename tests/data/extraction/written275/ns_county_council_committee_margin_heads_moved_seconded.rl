@title Council Committee March 9 2006
@font Times-Roman
@fontsize 11
@numcol 38
@header COUNCIL COMMITTEE||2005/06 - {page}
@pageoffset 140
@footer March 9, 2006
HC COUNCIL COMMITTEE
P The Regular Session of the Council Committee of the Municipality of the County of Lunmore was held in the Council Chamber, Municipal Building, Lunmore Crossing, N.S. on Thursday, March 9, 2006 at 9:00 a.m.
R Roll Call | The roll was called with the following Councillors in attendance:
G Deputy Warden Ellen Corkum, Chair | District #4
G Warden Douglas Fralick | District #7
G Councillor Murray Tattrie | District #1
G Councillor Glenda Spidell | District #2
G Councillor Wendell Creelman | District #3
G Councillor Roy Sponagle | District #5
G Councillor Bernice Hiltz | District #6
G Councillor Alvin Dorey | District #9
G Councillor Loretta Manthorne | District #10
P <b>Absent:</b> Councillor Clifford Veinot, District #8 (regrets)
P <b>Staff Present:</b> Brian Eisnor, Chief Administrative Officer; Karen Lohnes, Municipal Clerk; Derek Selig, Director of Public Works; Patricia Zwicker, Director of Planning; Nadine Ferrier, Recording Secretary
R Approval of Agenda | Moved by Councillor Spidell Seconded by Councillor Dorey
R  | "That the agenda for March 9, 2006 be approved with the following additions: - add 7c: Fire Hall Insurance - add 9b: Snow Removal, Lower Gallant Brook Road"
R  | Motion Carried Unanimously.
R Approval of Minutes | Moved by Councillor Tattrie Seconded by Councillor Hiltz
R  | "That the minutes of the Council Committee meeting held on February 9, 2006 be approved as circulated."
R  | Motion Carried Unanimously.
R Business Arising from Minutes | There was no business arising from the minutes of the meeting held on February 9, 2006.
R Presentations | Ms. Darlene Whynot, Chief Librarian, Lunmore Regional Library, presented the library board's annual report and its request for a per capita increase of twenty-five cents for 2006/07. She noted that circulation at the Tatamish branch had risen by eleven percent.
R  | Councillor Creelman asked whether the bookmobile would continue to serve the eastern districts. Ms. Whynot said the bookmobile schedule would not change.
R  | Deputy Warden Corkum thanked Ms. Whynot for her presentation. The request will be considered with the 2006/07 operating budget.
R Road Naming - Civic Addressing | Mr. Selig reported that residents of the private lane off the Lunmore Road at Upper Tarrbrook had asked that it be named Juniper Ridge Lane. No other name had been proposed.
R  | Moved by Councillor Manthorne Seconded by Councillor Sponagle
R  | "That Council Committee recommend to Council that the private lane off the Lunmore Road at Upper Tarrbrook be named Juniper Ridge Lane."
R  | Motion Carried Unanimously.
R Spring Clean-Up 2006 | Mr. Selig reviewed the proposed dates for the spring bulky item collection. Councillor Dorey asked that District #9 be moved to the first week because of road weight restrictions later in April.
R  | Moved by Councillor Dorey Seconded by Councillor Tattrie
R  | "That Council Committee recommend to Council that the 2006 spring bulky item collection be held from April 24 to May 19, with District #9 collected in the first week."
R  | Motion Carried.
R Land Use By-law Amendment - Birchfield Road | Ms. Zwicker presented the Planning Advisory Committee's recommendation to rezone a parcel at 412 Birchfield Road from Rural Residential to Light Industrial to allow a woodworking shop. A public hearing would be required.
R  | Councillor Spidell said she had received two calls from neighbours concerned about dust and hours of work. Ms. Zwicker said hours could be addressed through a development agreement rather than rezoning.
R  | Moved by Councillor Spidell Seconded by Councillor Creelman
R  | "That Council Committee recommend to Council that first reading be given to the proposed amendment and that a public hearing be scheduled for April 27, 2006."
R  | Motion Carried.
R Fire Hall Insurance | Mr. Eisnor advised that the insurer for the six volunteer fire halls had given notice of a premium increase of 18 percent. Staff would seek quotes from two other brokers and report back.
R  | The report was received for information.
R Fire Services Operating Grants | Moved by Warden Fralick Seconded by Councillor Hiltz
R  | "That Council Committee recommend to Council that the 2006/07 operating grants to the volunteer fire departments be increased by three percent over 2005/06."
R  | Motion Carried Unanimously.
R Correspondence | Letters from the Lunmore Minor Hockey Association and the Tatamish Seniors' Club thanking Council for community grants were received for information.
R Snow Removal, Lower Gallant Brook Road | Councillor Sponagle reported complaints that the provincial plough had left the road impassable after the storm of February 27. Mr. Eisnor will write to the Department of Transportation and Public Works on behalf of Council.
R In Camera | Moved by Councillor Hiltz Seconded by Councillor Manthorne
R  | "That Council Committee go in camera at 11:20 a.m. to discuss a property matter."
R  | Motion Carried Unanimously.
R  | Council Committee reconvened in open session at 11:45 a.m.
R Adjournment | Moved by Councillor Tattrie that the meeting adjourn at 11:47 a.m.
S 30
P _______________________________ _______________________________
P Deputy Warden, Chair Municipal Clerk
