@title Community Land Trust Organization Board - Meeting Minutes - Final
@font Helvetica
@fontsize 10
@header Community Land Trust Organization Board || Meeting Minutes - Final March 4, 2026
@header_first  
@footer City of Linnwood Falls || Page {page} Printed on 3/12/2026
C City of Linnwood Falls, Missouri
HC Meeting Minutes - Final
HC Community Land Trust Organization Board
G City Hall Conference Room 1A/1B | 415 W. Main Street, Linnwood Falls, MO
G Wednesday, March 4, 2026 | Regular Meeting | 6:30 PM
S 8
H I. CALL TO ORDER
P The meeting was called to order at 6:32 pm by Stanford.
H II. INTRODUCTIONS
P Present at the start of the meeting were board members Stanford, LaBelle, Hendry, Trott, Hume and Bush-Carver. City Council liaison Betty Pieters was present. City staff members Jacob Amell and Molly Fairweather were also in attendance.
G 6 - | Present: | Andrew Stanford, Alexis LaBelle, Linda Hendry, Jerome Trott, Douglas Hume and Tracey Bush-Carver
G 3 - | Excused: | Rikki Ascot, Valerie Corr and Sabra Mitchum
G 1 - | Non-Voting: | Betty Pieters
H III. APPROVAL OF AGENDA
P Motion to approve the agenda: Hume
P Motion to 2nd: Trott
P Not Voting: Ascot, Corr, Mitchum
P Motion passed: 6:0
H IV. APPROVAL OF MINUTES
P <b>Approval of February 4, 2026 Meeting Minutes</b>
P Motion to approve the February 4, 2026 meeting minutes: Bush-Carver
P Motion to 2nd: Trott
P Not Voting: Ascot, Corr, Mitchum
P Motion passed: 6:0
H V. REPORTS
P <b>Treasurer's Report</b>
P LaBelle reviewed the December and January financial statements. The bank balance at January 31 was $41,268 and all ground lease fees for the quarter had been received.
P Motion to accept the treasurer's report: Stanford
P Motion to 2nd: Hendry
P Not Voting: Ascot, Corr, Mitchum
P Motion passed: 6:0
P <b>Administrative Services</b>
P Amell explained the services that housing staff provide to the Land Trust under the administrative agreement, including lease files, resale calculations and the mowing contract. Trott asked for a written list of the staff hours spent each month. Staff will bring this to the April meeting.
P Motion to accept the Land Trust report for administrative services: Stanford
P Motion to 2nd: Hendry
P Not Voting: Ascot, Corr, Mitchum
P Motion passed: 6:0
H VII. OLD BUSINESS
P <b>Lawn Care and Maintenance</b>
P Discussion included whether the Land Trust should continue to pay for mowing at the Cullen Street homes after the current contract ends. Hume noted that the original agreement had been for two growing seasons only. Fairweather will bring the contract terms to the next meeting.
P Motion made to table the "Lawn Care and Maintenance" agenda item to the April 1, 2026 meeting: Stanford
P Motion to 2nd: Hume
P Not Voting: Ascot, Corr, Mitchum
P Motion passed: 6:0
P <b>Homebuyer Education Partner</b>
P Bush-Carver reported that the Linnwood Falls Community Credit Union will again offer the eight-hour homebuyer class in April and September. No action was taken.
H IX. NEW BUSINESS
P <b>Ground Lease Fee Review</b>
P Stanford asked the board to consider whether the monthly ground lease fee of $35 should be reviewed for leases signed after July 1, 2026. LaBelle suggested that staff compare the fees charged by land trusts in other Missouri cities. Board members agreed to take up the review at the May meeting after staff provide that comparison.
H X. MOTION TO GO INTO CLOSED SESSION
P Motion to go into closed session pursuant to RSMo 610.021 (2) Leasing, purchase or sale of real estate by a public governmental body where public knowledge of the transaction might adversely affect the legal consideration therefor.
P Motion made by: Stanford
P Motion to 2nd: LaBelle
P Not Voting: Ascot, Corr, Mitchum
P With roll call vote - Motion passes: 6:0
G 6 - | Stanford, LaBelle, Hendry, Trott, Hume and Bush-Carver
H XI. ADJOURNMENT
P The meeting adjourned at 8:04 pm.
