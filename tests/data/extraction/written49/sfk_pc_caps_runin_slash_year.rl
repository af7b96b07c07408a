@title Minutes of Brettisham Parish Council Annual Meeting 14 May 2024
@font Helvetica
@fontsize 10
@footer ||Page {page} of 2
HC MINUTES OF BRETTISHAM PARISH COUNCIL ANNUAL MEETING HELD ON TUESDAY 14 MAY 2024 IN BRETTISHAM VILLAGE HALL AT 7.30 PM
S 6
H PRESENT
P Helen Waddilove – Chair, Martin Crisp, Simon Gedge, Ann Lowery, Kate Mayhew, Joseph Tilbrook, 9 members of the public, and the Clerk – Rosalind Pettit. Graham Oakeshott - Mid Brett District Councillor attended for part of the meeting.
P Helen Waddilove opened the meeting and thanked Councillors for their work over the past year, in particular on the playing field drainage scheme which had been completed within budget.
P <b>41/24 ELECTION OF CHAIR</b>
P Helen Waddilove was proposed by Martin Crisp and seconded by Kate Mayhew. There were no other nominations and it was RESOLVED that Helen Waddilove be elected Chair of the Council for 2024/25. She completed and signed the Declaration of Acceptance of Office.
P <b>42/24 ELECTION OF VICE CHAIR</b>
P Martin Crisp was proposed by Ann Lowery, seconded by Joseph Tilbrook and elected as Vice Chair. All in favour.
P All Councillors were reminded that any changes to their Register of Interests must be notified to the Monitoring Officer within 28 days.
P <b>43/24 APOLOGIES</b> were received from Peter Hollick (work commitments) and from County Councillor Sheila Brandreth. Graham Oakeshott had sent word that he would arrive later in the meeting.
P <b>44/24 ACCEPT MEMBERS’ DECLARATIONS OF INTEREST</b>
P Ann Lowery declared a non-registrable interest in planning application DC/24/01187 (Rectory Barn, Tye Lane) as the applicant is her neighbour. She would leave the room for that application.
P <b>45/24 CONSIDER ANY DISPENSATION REQUESTS FOR PECUNIARY INTERESTS RECEIVED FROM COUNCILLORS</b> – None received.
P <b>46/24 OTHER APPOINTMENTS</b>
P The following appointments for 2024/25 were agreed:
P a) Footpath Working Group – Joseph Tilbrook, Simon Gedge and Kate Mayhew<br/>b) Playing Field Committee – Ann Lowery<br/>c) Village Hall Management Committee – Martin Crisp<br/>d) Brett Valley Area Forum – Helen Waddilove<br/>e) Internal Auditor – Mr Dennis Fairclough (re-appointed)
P <b>47/24 MINUTES OF THE MEETING HELD ON 8 APRIL 2024</b> were approved and signed by the Chair as a correct record.
P <b>48/24 PARISH TIME</b> – Two residents spoke. One asked when the replacement noticeboard for Church Green would be installed; Helen Waddilove explained that the carpenter had been delayed and installation was now expected in June. The second resident reported that the hedge on the north side of Tye Lane was obstructing the footway near the bus stop. Joseph Tilbrook said he would speak to the landowner.
P Graham Oakeshott arrived at the meeting.
P <b>49/24 DISTRICT AND COUNTY COUNCILLOR REPORTS</b>
P Mid Brett District Council, Graham Oakeshott gave his report and answered questions, mainly on the review of garden waste charges and the timetable for the Local Plan examination. The written report from County Councillor Sheila Brandreth had been circulated before the meeting. The reports were noted.
P <b>50/24 PLANNING</b>
P The following applications were considered:
P a) DC/24/01187 Rectory Barn, Tye Lane – change of use of barn to holiday let. Ann Lowery left the room. Simon Gedge noted that the bat survey submitted with the application recommended a roost box on the north gable. It was RESOLVED to support the application, subject to the roost box being required by condition. Ann Lowery returned.
P b) DC/24/01342 4 Mill Cottages, The Street – single-storey rear extension. It was RESOLVED to make no objection.
P c) Decision notice DC/24/00815 (Brook Farm, erection of agricultural store) – granted by Mid Brett District Council. Noted.
P <b>51/24 FINANCE</b>
P a) The Clerk presented the accounts for the year ended 31 March 2024 and the Annual Governance and Accountability Return. It was RESOLVED to approve Section 1, the Annual Governance Statement 2023/24, which was signed by the Chair and the Clerk, and then Section 2, the Accounting Statements 2023/24.
P b) It was RESOLVED to approve the payments listed below:
T Payee | Detail | Amount
T R Pettit | Clerk’s salary April 2024 | £412.60
T HMRC | PAYE April 2024 | £103.20
T Brett Valley Grounds Ltd | Grass cutting, first cut | £285.00
T Brettisham Village Hall | Hall hire 2023/24 | £156.00
T Mid Brett District Council | Dog bin emptying 2024/25 | £198.50
P <b>52/24 TO RECEIVE AN UPDATE FROM THE FOOTPATH WORKING GROUP AND TO CONSIDER QUOTATIONS FOR REPAIRS TO THE STILE AND FOOTBRIDGE AT COBBOLD’S MEADOW</b>
P Joseph Tilbrook reported that the group had walked all the parish footpaths in April. The stile at Cobbold’s Meadow was unsafe and one of the footbridge handrails had rotted through. Two quotations had been obtained. Joseph Tilbrook proposed that the quotation of £640 from Sparrowe Fencing be accepted; Simon Gedge seconded and this was RESOLVED. The Clerk will also report the broken waymark post on footpath 12 to the County Council.
P <b>53/24 CORRESPONDENCE</b> – A list of correspondence received since the last meeting had been circulated. The list of correspondence was noted.
P <b>54/24 ITEMS FOR THE NEXT AGENDA AND DATE OF NEXT MEETING</b> – Speed indicator device data; the Clerk’s annual appraisal. The next meeting will be held on Monday 8 July 2024 at 7.30 pm in Brettisham Village Hall.
P The meeting closed at 9.12 pm.
S 20
P Signed ............................................ Chair          Date ....................................
