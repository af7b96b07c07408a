@title Carnwithen Parish Council Agenda 11 October 2018
@font Helvetica
@fontsize 10
@footer Carnwithen Parish Council – Agenda 11 October 2018 – page {page} of 2
P Agenda published 4th October 2018
S 4
HC Welcome to the meeting of Carnwithen Parish Council.
P If you are attending as a member of the public, you are invited to sit in the chairs along the window side of the room. The meeting will follow the agenda set out below. If you would like to speak to the council, please give your name to the clerk before we start and you will be invited to speak during the public comments item – we ask speakers to keep to about 3 minutes. Please begin by giving your name and the subject you wish to raise. Councillors may ask you questions and may invite others present to join in. You may not speak during any other part of the meeting unless a councillor invites you to.
P Matters of Community Concern, near the end of the meeting, is not a time to comment on decisions taken earlier in the evening. Anything raised then will usually be placed on the NEXT agenda.
P You are welcome to stay to the end unless there is an item which is confidential, in which case members of the public will be asked to leave the room for that item.
P Please follow the council's policy on respect and courtesy towards the views of others.
S 6
H AGENDA for Carnwithen Parish Council's meeting on Thursday, 11th October 2018 at 7.30pm, at the Church Rooms.
P 1. SAFETY PROCEDURES
P 2. TO RECEIVE APOLOGIES FOR ABSENCE
P 3. MEMBERS TO DECLARE DISCLOSABLE PECUNIARY AND NON-REGISTERABLE INTERESTS (INCLUDING DETAILS THEREOF) IN RESPECT OF ANY ITEMS ON THE AGENDA AND ANY GIFTS OR HOSPITALITY EXCEEDING £25
P 4. TO CONSIDER REQUESTS FROM COUNCILLORS FOR DISPENSATIONS
P 5. PUBLIC COMMENTS ON ITEMS ON THE AGENDA
P 6. TO RECEIVE INFORMATION ON CURRENT COUNCIL VACANCIES (may include presentations &amp; vote on co-option)
P 7. TO RECEIVE AND APPROVE THE MINUTES OF THE FULL COUNCIL MEETING HELD ON THE 13th SEPTEMBER 2018 AND THE CHAIRMAN TO SIGN THEM
P 8. TO REPORT MATTERS ARISING FROM THE MINUTES NOT ON THE CURRENT AGENDA
P 9. TO NOTE ANY PRE-APPLICATION MEETINGS UNDERTAKEN, ANY ENFORCEMENT COMPLAINTS OR PLANNING DECISIONS RECEIVED SINCE THE LAST MEETING OF THIS COUNCIL FROM CORNWALL COUNCIL
P Ref. No: PA18/06127 | Received: Tue 10 Jul 2018 | Validated: Thu 12 Jul 2018 | Status: Approved with conditions Chy an Gwel Porthgwidden Lane Carnwithen Cornwall TR11 7QL Two storey rear extension and replacement of garage with garden room
P Ref. No: PA18/06644 | Received: Fri 27 Jul 2018 | Validated: Mon 30 Jul 2018 | Status: Refusal Land East Of Trewince Barns Carnwithen Cornwall Erection of agricultural storage building with hardstanding
P Enforcement: Shipping container at Polglaze Yard: the site owner has been asked to remove the container within 28 days. No further action will be taken by the planning authority if it is removed in that time.
P 10. TO CONSIDER THE FOLLOWING PLANNING APPLICATIONS:
P Ref. No: PA18/08812 | Received: Mon 17 Sep 2018 | Validated: Wed 19 Sep 2018 | Status: Awaiting Decision 2 Boathouse Row Carnwithen Cornwall TR11 7QS Replacement of timber windows with uPVC and new rooflight (Conservation Area)
P Ref. No: PA18/08930 | Received: Fri 21 Sep 2018 | Validated: Mon 24 Sep 2018 | Status: Awaiting Decision Trewince Farm Carnwithen Cornwall Change of use of redundant barn to one holiday let
P 11. TO RECEIVE THE CLERK'S REPORT AND CORRESPONDENCE
P 12. FINANCE:
P (a) TO APPROVE THE PAYMENTS LISTED ON THE SCHEDULE
P (b) TO NOTE THE BANK RECONCILIATION TO 30th SEPTEMBER 2018
P (c) TO CONSIDER A GRANT REQUEST FROM CARNWITHEN GIG CLUB TOWARDS A NEW SET OF OARS
P 13. TO RECEIVE REPORTS FROM COUNCILLORS WHO HAVE ATTENDED MEETINGS ON BEHALF OF THE COUNCIL
P 14. TO CONSIDER THE DRAFT BUDGET FOR 2019/20 AND AGREE A DATE FOR THE PRECEPT MEETING
P 15. MATTERS OF COMMUNITY CONCERN (for information or inclusion on a future agenda only)
P 16. DATE OF NEXT MEETING: THURSDAY 8th NOVEMBER 2018
S 8
P Kerenza Hocking, Clerk to the Council
