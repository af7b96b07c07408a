@title Service Delivery Committee Minutes 14 March 2023
@font Helvetica
@fontsize 10
@numcol 14
@header Service Delivery Committee || Tuesday, 14 March 2023
@header_first  || 
@footer Printed and published by Democratic Services, Glenbury and Marston Fields Borough Council, Station Road, Glenbury || Page {page}
@pageoffset 86
HC GLENBURY AND MARSTON FIELDS BOROUGH COUNCIL
S 4
HC MINUTES OF A MEETING OF THE SERVICE DELIVERY COMMITTEE HELD AT THE COUNCIL OFFICES, STATION ROAD, GLENBURY ON TUESDAY, 14 MARCH 2023 COMMENCING AT 7.00 PM
S 4
H PRESENT
G Councillor J Rafferty | Chair
G Councillor S Bhatt | Vice-Chair
G Councillor K Dunmore | Councillor A Frith
G Councillor M Gowland | Councillor C Hollis
G Councillor R Pell | Councillor D Sangha
G Councillor V Whitlock | 
H OFFICERS IN ATTENDANCE
G T Okoro | Head of Neighbourhood Services
G R Ellison | Head of Finance
G D Hames | Parks and Open Spaces Manager
G L Varley | Democratic Services Officer
R 45. | <b>APOLOGIES FOR ABSENCE</b>
R  | An apology for absence was received from Councillor N Harrop.
R 46. | <b>APPOINTMENT OF SUBSTITUTES</b>
R  | Councillor K Dunmore substituted for Councillor N Harrop under Committee Procedure Rule 14.
R 47. | <b>DECLARATIONS OF INTEREST</b>
R  | Councillor A Frith declared a non-pecuniary interest in item 9 (Play Area Improvement Programme) as a trustee of the Friends of Marston Park.
R 48. | <b>MINUTES OF THE PREVIOUS MEETING</b>
R  | By affirmation of the meeting, it was
R  | <b>UNANIMOUSLY RESOLVED THAT:</b>
R  | The minutes of the previous meeting held on Tuesday, 17 January 2023 be taken as read, confirmed and signed.
R 49. | <b>ACTION LIST ARISING FROM THE PREVIOUS MEETING</b>
R  | The Committee gave consideration to the Action List (at pages 9 - 10), which was summarised by the Democratic Services Officer and is reproduced below.
TH Minute Ref | Action | Lead Officer | Status
T 31 | Report back on fly-tipping enforcement figures by ward | T Okoro | Complete – circulated 3 February
T 33(ii) | Obtain costs for lining the Marston Fields car park | T Okoro | In progress – costs due April
T 36 | Add a review of bulky waste charges to the work programme | L Varley | Complete
T 38 | Arrange a site visit to Glenbury Cemetery extension | D Hames | Ongoing – date to be agreed
R  | By affirmation of the meeting, it was
R  | <b>UNANIMOUSLY RESOLVED THAT:</b>
R  | The Action List be noted.
R 50. | <b>PETITIONS AND DEPUTATIONS</b>
R  | None.
R 51. | <b>FEES AND CHARGES 2023/24</b>
R  | The Committee gave consideration to the report (at pages 11 - 24), which was introduced by the Head of Finance. Councillor S Bhatt asked why the charge for replacement wheeled bins had risen above inflation. The Head of Finance explained that the supplier’s price had risen by 14% in the year.
R  | It was moved by the Chair, seconded by Councillor S Bhatt and
R  | <b>UNANIMOUSLY RESOLVED THAT:</b>
R  | The fees and charges for 2023/24 as set out at Appendix 1 to the report be approved.
R 52. | <b>GREEN WASTE SUBSCRIPTION SERVICE REVIEW</b>
R  | The Committee gave consideration to the report (at pages 25 - 33), which was introduced by the Head of Neighbourhood Services.
R  | Councillor M Gowland moved an amendment that the annual charge be frozen at £45 for 2023/24. The amendment was seconded by Councillor K Dunmore.
T For | Against | Abstentions
T 3 | 6 | 0
R  | The amendment was LOST.
R  | It was moved by the Chair, seconded by Councillor A Frith and
R  | <b>RESOLVED THAT:</b>
R  | (i) The annual green waste subscription charge be set at £48 from 1 April 2023; and
R  | (ii) A concession rate of £36 be introduced for residents in receipt of Council Tax Support.
T For | Against | Abstentions
T 6 | 3 | 0
R 53. | <b>PLAY AREA IMPROVEMENT PROGRAMME</b>
R  | The Committee gave consideration to the report (at pages 34 - 41), which was introduced by the Parks and Open Spaces Manager. Councillor C Hollis welcomed the inclusion of accessible equipment at Marston Park.
R  | It was moved by the Chair, seconded by Councillor C Hollis and
R  | <b>UNANIMOUSLY RESOLVED THAT:</b>
R  | The play area improvement programme for 2023/24 to 2025/26 be approved.
R 54. | <b>PUBLIC CONVENIENCES – USAGE UPDATE</b>
R  | The Committee gave consideration to the report (at pages 42 - 45), which was introduced by the Head of Neighbourhood Services. Councillor D Sangha asked that opening hours at the bus station block be reviewed before the summer.
R  | The Committee NOTED the report.
R 55. | <b>CAR PARKING ORDER – CONSULTATION RESPONSES</b>
R  | The Committee gave consideration to the report (at pages 46 - 58), which was introduced by the Head of Neighbourhood Services. Councillor R Pell said that traders on Bell Street had not been consulted directly.
R  | It was moved by the Chair, seconded by Councillor V Whitlock and
R  | <b>RESOLVED THAT:</b>
R  | The Glenbury and Marston Fields (Off-Street Parking Places) Order 2023 be made as advertised, with the amendment to Bell Street shown at Appendix 3 to the report.
T For | Against | Abstentions
T 7 | 1 | 1
R 56. | <b>COMMITTEE WORK PROGRAMME 2023/24</b>
R  | The Committee noted its work programme for 2023/24.
S 8
P <b>THE MEETING CLOSED AT 8.54 PM</b>
S 14
P ……………………………… Chair
P Tuesday, 20 June 2023
