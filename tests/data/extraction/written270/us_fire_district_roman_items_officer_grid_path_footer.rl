@title HCFPD 4 Minutes February 19, 2003
@font Times-Roman
@fontsize 11
@numcol 14
@footer K:\Data\Minutes\2002Minutes || Page {page} of 2    02/19/2003 Meeting
HC HCFPD 4 MINUTES
S 4
G <b>BOARD OF COMMISSIONERS</b> | <b>DISTRICT OFFICERS</b>
G COMMISSIONER Dale Ruckert, Chairman | CHIEF Gary L. Satterlee
G COMMISSIONER Joan Pfaff | BOARD SECRETARY Gary L. Satterlee
G COMMISSIONER Ron Maddox |
S 4
G <b>REGULAR MEETING</b> | <b>February 19, 2003</b> | 1180 W Kettle Creek Road
S 6
R I | <b>Call To Order</b> Commissioner Ruckert opened the February 19, 2003 Regular Meeting at 7:00 pm with Commissioners Pfaff and Maddox and Chief Gary L. Satterlee present. Four residents attended.
R II | <b>Pledge of Allegiance</b>
R III | <b>Approval of Agenda</b> Commissioner Pfaff moved approval of the Agenda of February 19, 2003, adding the surplus hose under New Business. Motion seconded. Vote: Aye – 3, Nay – 0. Motion carried.
R IV | <b>Approval of Minutes</b> Commissioner Maddox moved approval of the January 15, 2003 Regular Meeting Minutes without changes. Motion seconded. Vote: Aye – 3, Nay – 0. Motion carried.
R V | <b>Public Comment</b> Walt Henning of Spruce Hollow Road asked if reflective address signs would be offered again this spring. Chief Satterlee answered that the volunteers plan a sign day in April, with order forms at the station.
R VI | <b>Commissioner's Calendar, Reports, Comments</b> Commissioner Pfaff said she has registered for the commissioners' workshop in Port Tilden on March 22. Commissioner Ruckert summarized the county fire chiefs' discussion of the new radio frequencies.
R VII | <b>Chief's Report</b> <i>Call and Membership Summary</i> Chief Satterlee handed out the January summary: 14 calls (9 EMS, 2 fire, 3 service) and 22 volunteers on the roster. <i>Training</i> Three volunteers finished the EMT refresher; the pump operator course starts March 4.
R VII | <b>Secretary's Report</b> <i>Correspondence/Communications</i> County Assessor's notice of 2003 assessed values. <i>Revenue</i> January/February Revenue - $1,184.26 <i>Public Records Requests</i> None
R VIII | <b>Finance Report</b>
R | 1. <b>Budget</b> The board went over the February 2003 budget report, the fund balances and the final 2002 figures.
R | 2. <b>Approval of Vouchers</b> Commissioner Maddox moved to pay Expense vouchers 1 through 31 totaling $19,842.17 and EMS vouchers 32 through 35 totaling $1,306.50. Motion seconded. Vote: Aye – 3, Nay – 0. Motion carried.
R IX | <b>Old Business</b> <i>Station 42 Roof</i> Chief Satterlee reported the Station 42 roof repair finished on February 7, with a five year warranty from the contractor.
R X | <b>New Business</b>
R | 1. <b>Resolution 03-02 Surplus Property</b> Commissioner Pfaff moved to adopt Resolution 03-02 declaring 600 feet of 1 3/4 inch hose and two SCBA units as surplus property. Motion seconded. Vote: Aye – 3, Nay – 0. Motion carried.
R | 2. <b>Burn Ban Coordination</b> Chief Satterlee presented the county's draft outdoor burning schedule. Commissioner Ruckert asked that the District publish the burn ban dates in the spring newsletter. Consensus of the board to do so.
R XI | <b>Executive Session</b> None
R XII | <b>Adjournment</b> Commissioner Maddox moved to adjourn at 8:22 pm. Motion seconded. Vote: Aye – 3, Nay – 0. Motion carried.
S 18
P ______________________________ &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; ______________________________
P Dale Ruckert, Chairman &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Gary L. Satterlee, Board Secretary
