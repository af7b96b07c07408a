@title Commission Minutes 03-14-2023
@font Times-Roman
@fontsize 11
@numcol 24
@footer Port of Sandermoor Commission Meeting Minutes – March 14, 2023 // Page {page}
HC MINUTES OF THE PORT OF SANDERMOOR COMMISSION MEETING HELD TUESDAY, MARCH 14, 2023
HC REGULAR HYBRID MEETING
C Harbor Center Boardroom, 1200 Quay Street, Sandermoor, Washington, and by Zoom webinar
S 6
G <b>Present:</b> | Commissioners: | President Marguerite Osterhout
G  |  | Vice President Caleb Runyard
G  |  | Secretary Tomas Ilvane
G <b>Staff:</b> | Wendell Pryce | Executive Director
G  | Jolene Marsted | Port Legal Counsel
G  | Priya Delacroix | Director of Marinas
G  | Henrik Solvang | Environmental Program Manager
G  | Corinne Abernathy | Chief Financial Officer
G  | Dustin Faulk | Director of Real Estate
G  | Becca Lindqvist | Executive Assistant
S 6
R 1:00 PM | <b>OPEN PUBLIC MEETING – IMMEDIATELY RECESS TO EXECUTIVE SESSION</b> The purpose of the executive session is to discuss a real estate lease matter and potential litigation pursuant to RCW 42.30.110 (1) (c) and (i).
R 3:00 PM | <b>CLOSE EXECUTIVE SESSION – RECONVENE PUBLIC MEETING, ROLL CALL</b> At approximately 3:00 PM, President Marguerite Osterhout opened the public meeting and announced that all 3 Commissioners were present, two in the Boardroom and Commissioner Ilvane by Zoom.
H PUBLIC COMMENT PERIOD-
P Lyle Denhart, Sandermoor Gillnetters Association, asked the Commission to keep the net repair area at the north end of Gate 3 open during the Float G work. Annika Rolle spoke in support of the proposed kayak launch at Beacon Point.
H CONSENT AGENDA-
P • Approve the minutes from the following scheduled meetings: (A) Commission Meeting 02/21/2023, (B) Special Meeting 03/02/2023. (C) Authorize the Executive Director to execute a Professional Services Agreement with Northsound Geotech for soil testing at the Cannery Row site. (D) Approve a Lease Amendment with Salt & Cedar Kitchen, LLC at 8 Wharf Lane. (E) Authorize the Executive Director to accept a grant of $184,000 from the State Recreation Office for the Beacon Point kayak launch. (F) Approve Vouchers Nos. 88412 through 88675 in the amount of $2,418,930.14.
P <b>ACTION:</b> Commissioner Runyard moved to approve Consent Agenda items A through F. Commissioner Ilvane seconded. <b>MOTION CARRIED 3-0.</b>
H INFORMATION/PRESENTATIONS-
R A. | <b>Marina Occupancy and Waitlist Update</b> – Priya Delacroix, Director of Marinas, reported that occupancy at Sandermoor Harbor reached 94% in February and the waitlist for 40-foot slips now stands at 61 boats. Commissioner Runyard asked how many liveaboard permits are issued. Ms. Delacroix said the Port holds the number at 45.
R B. | <b>2022 Environmental Cleanup Annual Report</b> – Henrik Solvang, Environmental Program Manager, summarized progress at the Ferrous Point and Old Mill sites. Capping at Ferrous Point is complete and monitoring will continue for ten years. No action was required.
H ACTION ITEMS-
R 1. | <b>Authorize the Executive Director to execute a construction contract with Tidewater Civil, Inc. for the Float G replacement project in the amount of $3,126,400, plus sales tax.</b> Dustin Faulk presented the bid results; four bids were received and Tidewater Civil was the lowest responsive bidder. <b>ACTION:</b> Commissioner Ilvane moved to approve the contract as presented. Commissioner Runyard seconded. <b>MOTION CARRIED 3-0.</b>
R 2. | <b>Adopt Resolution No. 1492 amending the Moorage Tariff to increase guest moorage rates by 6% effective May 1, 2023.</b> Corinne Abernathy explained that the increase brings guest rates in line with neighboring ports. Commissioner Ilvane said he could not support a rate increase while the Float G work reduces guest space. <b>ACTION:</b> Commissioner Runyard moved to adopt Resolution No. 1492. President Osterhout seconded. <b>MOTION CARRIED 2-1, Commissioner Ilvane opposed.</b>
R 3. | <b>Approve an Interlocal Agreement with the City of Sandermoor for shared maintenance of the Waterfront Trail.</b> Jolene Marsted advised that the City had sent revised indemnity language on March 10 and staff had not finished its review. By consensus the Commission deferred this item to the April 4, 2023 meeting.
H EXECUTIVE DIRECTOR’S REPORT-
P Wendell Pryce reported that the Port will host the regional ports association spring meeting on May 18, and that the dredging permit for the Sandermoor Channel was received from the Army Corps of Engineers on March 8.
H COMMISSION REPORTS-
P Commissioner Runyard reported on the Marine Trades Advisory Committee meeting. President Osterhout attended the county economic development council breakfast and thanked staff for the airport terminal tour given to the council members.
H OTHER BUSINESS-
P None.
H ADJOURN-
P There being no further business, President Osterhout adjourned the meeting at 4:52 PM.
S 14
P PORT OF SANDERMOOR COMMISSION
S 10
P ______________________________ President
P ______________________________ Vice President
P ______________________________ Secretary
