@title HLC 041-19 Board Minutes 26 September 2019
@font Helvetica
@fontsize 10.5
@header ||HLC 041-19
@footer {page}
HC HISTORIC LANDSCAPES CALEDONIA
S 4
HC MINUTES OF HLC BOARD MEETING HELD ON 26 SEPTEMBER 2019
HC BOARD ROOM, LARCHFIELD HOUSE, INVERCHALLAN
S 8
G <b>Present:</b> | Fiona Drummond, Chair<br/>Euan Mackellar<br/>Morag Tennant<br/>Kirsty Baillie-Rowe<br/>Ravi Chandran<br/>Hamish Ogilvie<br/>Catriona Lennie
G <b>In attendance:</b> | Alasdair Keir, Chief Executive<br/>Shona Pettigrew, Director of Finance<br/>Gordon Moffatt, Director of Estates<br/>Eilidh Rankin, Head of Grants<br/>Duncan Fyfe, Head of Digital (items 6-7)<br/>Lorna Strachan, Board Secretariat
S 4
I The meeting was preceded by a closed session of the Board and Chief Executive.
H Introduction and Apologies
P 1. The Chair welcomed everyone to the meeting, in particular Catriona Lennie, who was attending her first meeting as a member of the Board. Apologies were noted from Neil Ure. There were no declarations of interest.
H Minute of 29 August Board Meeting HLC 036-19
P 2. The Board approved the Minute of the 29 August Board meeting, subject to a correction to paragraph 11 to show that the visitor figures quoted were provisional.
P 3. Members reviewed the Action Tracker. The Chief Executive confirmed that the letter to the Cabinet Secretary on the capital settlement had been sent on 4 September and that a reply was awaited.
H Chair's Update
P 4. The Chair reported on her meeting with the chairs of the other heritage bodies on 12 September, at which the shared approach to volunteer recruitment had been discussed. She would circulate the note of that meeting to members.
H Chief Executive's Report HLC 037-19
P 5. The Chief Executive introduced his report. He drew attention to the reopening of Dunmarrow Tower after the masonry works, two weeks ahead of the programme, and to the staff survey response rate of 71 per cent.
P 6. Ravi Chandran asked whether the survey results would be broken down by site. The Chief Executive said that site-level results would be shared with managers where the numbers were large enough to protect anonymity. The Board noted the report.
H Finance Update: Period 5 HLC 038-19
P 7. The Director of Finance presented the period 5 position. Admissions income was 4 per cent above budget, offset by higher energy costs at the three largest properties. A forecast underspend of £0.3m on the capital programme was expected to be reprofiled into the next financial year.
P 8. Euan Mackellar sought assurance that the reprofiling would not put at risk the works at Kilmorvan Abbey. Gordon Moffatt confirmed that the abbey works were fully funded within the current year. The Board noted the finance update and agreed the reprofiling of £0.3m into 2020-21.
H Digital Collections Platform HLC 039-19
P 9. Duncan Fyfe presented the business case for a single platform for the archive and object catalogues, replacing three separate systems. He explained the procurement route and the proposed two-year delivery timetable.
P 10. Morag Tennant welcomed the proposal but asked for a clearer measure of public use. Hamish Ogilvie asked about the cost of migrating the older records. After discussion, the Board approved the business case, subject to a benefits measure being added before the contract is let.
H Grants Programme 2020-21
P 11. Eilidh Rankin outlined the proposed changes to the small grants scheme, including a simplified form for awards below £10,000. Kirsty Baillie-Rowe asked that community groups in the islands be consulted on the new form. The Board agreed the changes, with consultation to run until 31 October.
H Audit and Risk Committee
P 12. Kirsty Baillie-Rowe, as Chair of the Audit and Risk Committee, reported on the committee's meeting of 10 September. The internal audit of payroll controls had given reasonable assurance. The Board noted the update.
H Any Other Business
P 13. There was no other business.
H Date of Next Meeting
P 14. The next meeting of the Board will be held on 31 October 2019 at Larchfield House.
S 8
P Board Secretariat<br/>October 2019
