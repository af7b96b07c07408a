@title Wolderidge Hills AONB Joint Advisory Committee - Minute Book 1999/2000
@font Times-Roman
@fontsize 11
@numcol 16
@footer Wolderidge Hills AONB JAC Minute Book 1999/2000||Page {page}
HC Wolderidge Hills Area of Outstanding Natural Beauty
HC Joint Advisory Committee
C The Minutes of the meeting held at Slingsford Village Hall on 18 November 1999, commencing at 10.00 am
S 6
H Present:
P <b>Northmoor County Council:</b> County Councillors Margaret Thwaite and Robert Aldersley
P <b>Derwentdale District Council:</b> Councillor Jean Fothergill and Councillor Alan Pickersgill
P <b>Parish Councils:</b> Geoffrey Harland (Derwentdale)
P <b>Country Landowners' Association:</b> Sir Hugh Coverdale
P <b>National Farmers' Union:</b> Elizabeth Stockdale
P <b>Forestry Commission:</b> Martin Raistrick
H In Attendance:
P <b>Wolderidge Hills AONB:</b> Paul Jessop (AONB Officer)
P <b>Northmoor County Council:</b> Catherine Ellerby and Ruth Smallwood
P <b>Derwentdale District Council:</b> Janet Thorpe
I Copies of all documents considered are in the Minute Book
S 6
R 148. | <b>Apologies</b>
R  | Apologies for absence were submitted on behalf of Councillor Denis Wade (Hambleby District Council), Neville Ellison (Hambleby Parish Councils) and Anthea Kirkby (Countryside Agency).
R 149. | <b>Minutes of the Joint Advisory Committee meeting held on 10 June 1999</b>
R  | <b>Resolved -</b>
R  | That the minutes of the meeting held on 10 June 1999, having been previously circulated, be taken as read and be confirmed as a correct record.
R  | With regard to minute 139, Martin Raistrick reported that the felling licence for Scarrowby Bank had been refused and that replanting would be required.
R 150. | <b>Management Plan Review</b>
R  | Paul Jessop presented the first draft of the reviewed Management Plan, which had been prepared following the workshops held in the summer. The draft placed greater emphasis on the parkland landscapes and on the condition of the historic hedgerows.
R  | Sir Hugh Coverdale welcomed the draft but asked that the contribution of the estates to woodland management be acknowledged. Elizabeth Stockdale felt that the section on farming needed to reflect the difficult economic position of livestock farms.
R  | <b>Resolved -</b>
R  | That the draft Management Plan, amended to take account of the comments made, be approved for public consultation in January 2000.
R 151. | <b>Annual Work Programme and Budget 2000/2001</b>
R  | The AONB Officer presented the draft work programme and a budget of £84,600, of which 75% would be met by the Countryside Agency.
R  | <b>Resolved -</b>
R  | That the Annual Work Programme and Budget for 2000/2001 be approved.
R 152. | <b>Planning Consultations</b>
R  | The Committee considered a schedule of the planning applications within the AONB on which the AONB Officer had commented since the last meeting. Councillor Jean Fothergill asked that the Committee be kept informed of the outcome of the application for a holiday lodge park at Conyby Moor.
R  | The Committee noted the report.
R 153. | <b>Hedgerow Restoration Project</b>
R  | Catherine Ellerby reported that 6.2 km of hedgerow had been planted or restored during the 1998/99 season and that a further 4 km was planned for the coming winter, subject to landowner agreement.
R 154. | <b>Any Other Business</b>
R  | There was no other business.
R 155. | <b>Date of Next Meeting</b>
R  | Thursday 16 March 2000 at 10.00 am at Slingsford Village Hall.
S 10
P The meeting concluded at 12.15 pm.
PB
HC Wolderidge Hills Area of Outstanding Natural Beauty
HC Joint Advisory Committee
C The Minutes of the meeting held at Slingsford Village Hall on 16 March 2000, commencing at 10.00 am
S 6
H Present:
P <b>Northmoor County Council:</b> County Councillors Margaret Thwaite and Robert Aldersley
P <b>Derwentdale District Council:</b> Councillor Alan Pickersgill
P <b>Hambleby District Council:</b> Councillor Denis Wade
P <b>Parish Councils:</b> Geoffrey Harland (Derwentdale) and Neville Ellison (Hambleby)
P <b>National Farmers' Union:</b> Elizabeth Stockdale
H In Attendance:
P <b>Wolderidge Hills AONB:</b> Paul Jessop (AONB Officer)
P <b>Northmoor County Council:</b> Catherine Ellerby
I Copies of all documents considered are in the Minute Book
S 6
R 156. | <b>Apologies</b>
R  | Apologies for absence were submitted on behalf of Councillor Jean Fothergill, Sir Hugh Coverdale and Martin Raistrick.
R 157. | <b>Minutes of the Joint Advisory Committee meeting held on 18 November 1999</b>
R  | <b>Resolved -</b>
R  | That the minutes of the meeting held on 18 November 1999, having been previously circulated, be taken as read and be confirmed as a correct record.
R 158. | <b>Management Plan - Consultation Responses</b>
R  | Paul Jessop reported that 61 responses had been received to the consultation on the draft Management Plan. Most were supportive; the main concerns related to traffic on the minor roads and to the siting of telecommunications masts.
R  | Geoffrey Harland said that the parish councils had welcomed the consultation events held in the villages.
R  | <b>Resolved -</b>
R  | That the changes to the draft Management Plan set out in the schedule be approved and the Plan be submitted to the constituent authorities for adoption.
R 159. | <b>Traffic Management on Minor Roads</b>
R  | County Councillor Robert Aldersley moved that the County Council be asked to carry out a study of traffic on the minor roads through the AONB. This was seconded by Councillor Denis Wade. Upon a vote being taken the motion was carried.
R 160. | <b>Woodland Grant Scheme - Annual Return</b>
R  | Catherine Ellerby presented the annual return of grants made within the AONB. The Committee noted the report.
R 161. | <b>Date of Next Meeting</b>
R  | Thursday 15 June 2000 at 10.00 am at a venue to be confirmed.
S 10
P The meeting concluded at 11.50 am.
