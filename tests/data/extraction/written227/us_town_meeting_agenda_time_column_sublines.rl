@title Town Meeting Agenda 4/9/09
@font Times-Roman
@fontsize 12
@numcol 20
@footer Town of Quillan Park * 4120 Laurel Crest Road * Quillan Park, Maryland 20799 * (301) 555-0186
HC TOWN OF QUILLAN PARK
HC TOWN MEETING
C 4/9/09 - 8:00 PM
C Town Hall Council Room
S 10
R 8:00 | 1. Call to Order
R 8:02 | 2. Pledge of Allegiance
R 8:05 | 3. Approval of Agenda / Additions
R 8:08 | 4. Minutes
R  | Town Meeting 3/12/09
R  | Worksession 3/26/09
R 8:12 | 5. Town Administrator's Report
R  | Public Works Report - Director Halvorsen
R  | Police Report - Chief Amberly
R 8:25 | 6. Announcements by the Mayor and Council
R 8:30 | 7. Reports of Committees
R  | Green Team
R  | Quillan Park Day Committee
R  | Tree Board
R 8:40 | 8. Residents' Comments
R 8:50 | 9. Second Reading and Adoption - Ordinance O-3-09 Amending Chapter 14, Refuse and Recycling Collection
R 9:10 | 10. Introduction - Resolution R-4-09 Setting the FY 2010 Tax Rate
R 9:25 | 11. Executive Session (if needed) - Personnel
R 9:30 | 12. Adjournment
S 14
I All items are for discussion and possible action. Times are approximate. Residents wishing to speak on an item should sign the sheet at the door.
