@title Authority Meeting Annual #1/10 February 26, 2010
@font Times-Roman
@fontsize 11
@footer {page}
@pageoffset 0
HC INDEX TO AUTHORITY ANNUAL MEETING #1/10
HC Friday, February 26, 2010
S 8
G <b>MINUTES</b> | 
G Minutes of Meeting #11/09, held on January 29, 2010 | 2
G <b>CORRESPONDENCE</b> | 
G Osler, Diane, Chair, Tellerby Watershed Alliance, re: letter dated February 9, 2010 | 3
G <b>APPOINTMENT OF MEMBERS TO WATERSHED COMMITTEES</b> | 3
G <b>APPOINTMENT OF AUDITORS</b> | 3
G <b>GREENLANDS ACQUISITION PROJECT FOR 2006-2010</b> | 
G Flood Plain and Conservation Component, Marrow Creek Watershed, Kessler property | 3
G <b>APPOINTMENT OF SCRUTINEERS</b> | 3
G <b>ELECTION OF CHAIR</b> | 4
G <b>ELECTION OF VICE CHAIR</b> | 4
PB
HC MEETING OF THE AUTHORITY
HC Annual #1/10 February 26, 2010
P The Authority Meeting Annual #1/10, was held in the Theatre, Old Mill Pioneer Village, on Friday, February 26, 2010. The Chair Gail Lynn Osterman, called the meeting to order at 10:40 a.m.
H PRESENT
G Helen Achterberg | Member
G Dario Bellucci | Member
G Margaret Costain | Member
G Raj Dhaliwal | Member
G Frances Eastwood | Member
G Tom Fairbairn | Member
G Linda Gervais | Member
G Harold Ingersoll | Member
G Sandra Kowalczyk | Member
G Pierre Lacombe | Member
G Norma Macready | Member
G Walter Nakamura | Member
G Gail Lynn Osterman | Chair
G Victor Pelletier | Member
G Joan Quigley | Member
G Ernest Ridout | Member
G Teresa Santangelo | Member
G Neil Thorsby | Vice Chair
G Anita Vasquez | Member
G Douglas Whyte | Member
H ABSENT
G Kevin Ashdown | Member
G Lorraine Bellamy | Member
H MINUTES
G RES.#A1/10 - | <b>MINUTES</b>
G | Moved by: Dario Bellucci
G | Seconded by: Linda Gervais
P THAT the Minutes of Meeting #11/09, held on January 29, 2010, be approved. ..................................................... <b>CARRIED</b>
H CORRESPONDENCE
P (a) A letter dated February 9, 2010 from Diane Osler, Chair, Tellerby Watershed Alliance, requesting that the Authority continue to fund the Alliance's community stewardship program in 2010.
G RES.#A2/10 - | <b>CORRESPONDENCE</b>
G | Moved by: Walter Nakamura
G | Seconded by: Teresa Santangelo
P THAT the above-noted correspondence be received and referred to staff for a report on the stewardship program. ..................................................... <b>CARRIED</b>
H APPOINTMENT OF MEMBERS TO WATERSHED COMMITTEES
P Brian Denholm, Chief Executive Officer, explained that each member municipality had been asked to confirm its appointees to the Marrow Creek and Tellerby River watershed committees. Joan Quigley asked whether residents' groups would still be able to nominate members. The Chief Executive Officer confirmed that four places on each committee were reserved for residents.
G RES.#A3/10 - | <b>APPOINTMENT OF MEMBERS TO WATERSHED COMMITTEES</b>
G | Moved by: Joan Quigley
G | Seconded by: Harold Ingersoll
P THAT the appointments of members to the watershed committees for 2010 be approved as set out in the staff report. ..................................................... <b>CARRIED</b>
H APPOINTMENT OF AUDITORS
G RES.#A4/10 - | <b>APPOINTMENT OF AUDITORS</b>
G | Moved by: Pierre Lacombe
G | Seconded by: Frances Eastwood
P THAT Garrow Lindquist LLP be appointed auditors for the Tellerby and Region Conservation Authority for 2010. ..................................................... <b>CARRIED</b>
H GREENLANDS ACQUISITION PROJECT FOR 2006-2010
P Flood Plain and Conservation Component, Marrow Creek Watershed, Kessler property. Ernest Ridout declared a conflict of interest as a neighbouring landowner and did not take part in the discussion or vote.
G RES.#A5/10 - | <b>GREENLANDS ACQUISITION PROJECT FOR 2006-2010</b>
G | Moved by: Neil Thorsby
G | Seconded by: Sandra Kowalczyk
P THAT 4.2 hectares of vacant land on the east side of Kessler Sideroad be purchased from Mary Kessler for the sum of $186,000 plus legal costs. ..................................................... <b>CARRIED</b>
H APPOINTMENT OF SCRUTINEERS
G RES.#A6/10 - | <b>APPOINTMENT OF SCRUTINEERS</b>
G | Moved by: Tom Fairbairn
G | Seconded by: Anita Vasquez
P THAT Brian Denholm, Chief Executive Officer, and Maureen Field, Director, Corporate Services, be appointed scrutineers for the election of officers. ..................................................... <b>CARRIED</b>
H ELECTION OF CHAIR
P Brian Denholm assumed the chair for the election and called for nominations for the office of Chair. Margaret Costain nominated Gail Lynn Osterman. Gail Lynn Osterman accepted the nomination.
G RES.#A7/10 - | <b>ELECTION OF CHAIR</b>
G | Moved by: Douglas Whyte
G | Seconded by: Raj Dhaliwal
P THAT nominations for the office of Chair be closed. ..................................................... <b>CARRIED</b>
P Gail Lynn Osterman was declared elected by acclamation as Chair of the Tellerby and Region Conservation Authority for 2010.
H ELECTION OF VICE CHAIR
P Brian Denholm called for nominations for the office of Vice Chair. Helen Achterberg nominated Neil Thorsby. Victor Pelletier nominated Norma Macready. Norma Macready declined the nomination. Neil Thorsby accepted the nomination.
G RES.#A8/10 - | <b>ELECTION OF VICE CHAIR</b>
G | Moved by: Victor Pelletier
G | Seconded by: Helen Achterberg
P THAT nominations for the office of Vice Chair be closed. ..................................................... <b>CARRIED</b>
P Neil Thorsby was declared elected by acclamation as Vice Chair of the Tellerby and Region Conservation Authority for 2010. Gail Lynn Osterman resumed the chair.
H TERMINATION
P ON MOTION, the meeting terminated at 11:55 a.m., on Friday, February 26, 2010.
S 20
G Gail Lynn Osterman | Brian Denholm
G Chair | Secretary-Treasurer
