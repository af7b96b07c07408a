@title 2015-4-6minutes
@font Times-Roman
@fontsize 11
@footer BOT Minutes 04-06-2015||Page {page}
C Minutes
HC VILLAGE OF KESTREL HEIGHTS
G Monday, April 6, 2015 | Tamarack Hall
G BOARD OF TRUSTEES | 7:00p.m
HC ANNUAL ORGANIZATIONAL MEETING
S 4
P Present: Mayor Aldous; Trustees: Brannigan, Dempsey, Voss, Yoder; Attorney Pell; Superintendent of Public Works Marchetti; Police Chief Halloran; Fire Superintendent Kowalczyk; Clerk &amp; Treasurer Okafor.
P Absent: Trustees: Fenwick and Ruiz.
P <b>Call to Order:</b> Mayor Aldous called the meeting to order at 7:03 p.m.
P 1. <b>Oath of Office:</b> The following officials who were elected on March 18, 2015, affirmed their Oath of Office which was administered by Clerk Okafor: Linnea M. Aldous, Mayor; Peter Brannigan and Susan Voss, Trustees.
P 2. <b>Public Hearing on Proposed Local Law A of 2015:</b> Override Tax Levy Cap for FYE2016 (Exhibit 2015-081)
P Mayor Aldous opened the Public Hearing at 7:08 p.m. Howard Lisle of Overlook Road asked whether the Board expected to exceed the cap. Clerk &amp; Treasurer Okafor explained that the local law is adopted each year as a precaution and that the tentative budget is below the cap. The Public Hearing ended at 7:15 p.m.
P 3. <b>Public Hearing on the Village's Tentative Budget for FYE2016:</b> (Exhibit 2015-082)
P No members of the public wished to speak. The Public Hearing ended at 7:19 p.m.
P 4. <b>Approval of Meeting Minutes:</b> March 9, 2015
P <b>Resolution #7561</b>
P BE IT RESOLVED THAT: Minutes of the March 9, 2015 Village of Kestrel Heights Board of Trustees Meeting be approved as written in Exhibit 2015-083.
P Motion: Trustee Voss Second: Trustee Brannigan
P Ayes: Aldous, Brannigan, Dempsey, Voss, Yoder Nays: None Motion carried
P 5. <b>Approval of Meeting Minutes:</b> March 24, 2015 (Exhibit 2015-084)
P It was determined that an insufficient number of trustees who attended the meeting in question were present to vote to approve the minutes. These minutes will be tabled until the April 20, 2015 meeting.
P 6. <b>Report of Fire Superintendent Kowalczyk:</b> Submitted Report (Exhibit 2015-085)
P Fire Superintendent Kowalczyk reported that the department answered 37 calls in March. The new pumper is expected to be delivered in June. He asked the Board to consider moving the annual open house to a Saturday in September.
P 7. <b>Privilege of the Floor:</b>
P Marjorie Tsai of Hanshaw Lane spoke about deer damage to plantings along the Hanshaw Lane right of way and asked whether the Village would support a managed deer program. Mayor Aldous thanked Ms. Tsai and said the matter would be discussed at the May meeting.
P 8. <b>Report of Mayor Aldous:</b>
P a. <b>Annual Appointments</b>
P <b>Resolution #7562</b>
P BE IT RESOLVED THAT: the Board of Trustees approves the following appointments for the official year 2015-2016: Trustee Dempsey as Deputy Mayor; Anne Okafor as Clerk &amp; Treasurer; Elliott Pell as Village Attorney; Gina Marchetti as Superintendent of Public Works.
P Motion: Trustee Yoder Second: Trustee Voss
P Ayes: Aldous, Brannigan, Dempsey, Voss, Yoder Nays: None Motion carried
P b. <b>Official Newspaper and Depository</b>
P <b>Resolution #7563</b>
P BE IT RESOLVED THAT: the Kestrel Valley Courier is designated as the official newspaper of the Village and the Lakes Savings Bank as the official depository of Village funds for 2015-2016.
P Motion: Trustee Brannigan Second: Trustee Dempsey
P Ayes: Aldous, Brannigan, Dempsey, Voss, Yoder Nays: None Motion carried
P 9. <b>Report of the Trustees:</b>
P Trustee Dempsey reported that the Shared Services Workgroup had met twice and would bring a draft agreement on joint road salt purchasing to the June meeting. Trustee Yoder reported on the planting plan for the Tamarack Hall grounds.
P 10. <b>Report of Police Chief Halloran:</b> Submitted reports (Exhibit 2015-086a,b)
P Police Chief Halloran reported that traffic enforcement on Overlook Road would be increased during the spring.
P 11. <b>Report of Superintendent of Public Works Marchetti:</b>
P Superintendent of Public Works Marchetti reported that the leaf and brush collection would begin on April 20 and that the crew had completed the winter repairs to the salt shed.
P 12. <b>Report of Clerk &amp; Treasurer Okafor:</b> Submitted report (Exhibit 2015-087)
P <b>Resolution #7564</b>
P BE IT RESOLVED THAT: the Board of Trustees approves the budget transfers for FYE2015 as listed in Exhibit 2015-087.
P Motion: Trustee Voss Second: Trustee Yoder
P Ayes: Aldous, Brannigan, Dempsey, Voss, Yoder Nays: None Motion carried
P 13. <b>Report of Attorney:</b> Attorney Pell reported that the easement agreement for the Overlook Road sidewalk had been signed by both parties.
P 14. <b>Executive Session:</b>
P <b>Resolution #7565</b>
P BE IT RESOLVED THAT: the Board of Trustees moves into Executive Session at 9:02 p.m. to discuss the employment history of a particular person.
P Motion: Trustee Dempsey Second: Trustee Brannigan
P Ayes: Aldous, Brannigan, Dempsey, Voss, Yoder Nays: None Motion carried
P The Board returned to open session at 9:31 p.m. No action was taken.
P 15. <b>Adjournment:</b> Mayor Aldous adjourned the meeting at 9:33 p.m.
S 10
P Respectfully submitted,
P Anne Okafor
P Clerk &amp; Treasurer
