@title Pentrewyn and Glanmor Town Council Monthly Meeting 20 January 2016
@font Helvetica
@fontsize 10.5
@footer {page}
@pageoffset 101
HC Pentrewyn and Glanmor Town Council
HC Monthly Meeting
HC Wednesday 20<super>th</super> January 2016
S 6
P Councillor Mrs Eirlys Harries (Mayor) Councillors Gareth Bowen, Mrs Carys Davies, Wyn Edwards, Mrs Delyth Howells, Dilwyn Rees, Huw Richards, Mrs Glenys Thomas, Alun Walters and Mrs Rhian Williams
P County Councillor Neville Probert
P In attendance: Bethan Llewellyn (Town Clerk) and Rhys Morgan (RFO)
P (Former Miners' Institute 7.00pm – 8.40pm)
S 4
H 142. Opening Prayer
P The opening prayer was given by the Mayor, Cllr Mrs Eirlys Harries.
H 143. Personal Matters
P Apologies were received from Cllrs Emyr Jenkins and Mrs Nia Price.
P Cllr Gareth Bowen asked that the Council's best wishes be passed to former Councillor Tom Lloyd, who was recovering in hospital following a fall. This was agreed by all present.
H 144. To receive Members' Declarations of Interest in respect of the business to be transacted
P Members confirmed their usual declarations of interest. Cllr Dilwyn Rees declared an interest in item 150 as treasurer of Glanmor Bowling Club.
H 145. Police Business
P PCSO Sian Morgan was in attendance and presented the police report for December. Twenty one crimes had been reported in the Pentrewyn section, down from twenty six in the same period last year.
P Cllr Wyn Edwards raised concerns about cars parking on the pavement outside Glanmor Primary School at the start and end of the school day. PCSO Morgan advised that officers would attend at those times during the coming month.
H 146. To confirm the minutes of the meeting held on 16<super>th</super> December 2015
P Cllr Mrs Glenys Thomas requested that, in relation to item number 131 on page 98, it be recorded that she had asked for the lighting survey to include the harbour car park. This amendment was approved, and the minutes of the meeting held on 16<super>th</super> December 2015 were accepted as a true record.
H 147. Information from the aforesaid minutes
P <b>P98 (131) Information from the aforesaid minutes – Coastal Path Lighting</b>
P The Clerk advised that the lighting survey had been completed and the report was expected by the end of February. Cllr Huw Richards asked whether the solar bollards trialled at Porth Tywod had been included, and the Clerk confirmed that they had.
P <b>P99 (137) Town Clerk's Update – Christmas Lights</b>
P Cllr Alun Walters thanked the staff for their work in putting up the lights in very poor weather. Cllr Mrs Delyth Howells proposed that a letter of thanks be sent to the volunteers of the Glanmor Lights Group, which was unanimously APPROVED.
H 148. To receive the Town Clerk's update
P The Clerk reported that the lease of the former toilet block at Station Road had been signed and returned to the County Council, and that the new Technical Services Supervisor would take up post on 1<super>st</super> February 2016. Members noted the update.
H 149. To consider the monthly financial report and schedule of payments for December 2015
P The RFO presented the financial report, which showed that expenditure was in line with the budget at the end of the third quarter. He drew members' attention to the increased cost of grounds maintenance following the storms in December.
P It was RESOLVED that the schedule of payments for December 2015, totalling £14,286.40, be approved.
H 150. To consider applications for financial assistance
P Cllr Dilwyn Rees, having declared an interest, left the room for this item.
P The Clerk reported that five applications had been received. Following discussion, it was RESOLVED that the following grants be awarded:
T Glanmor Bowling Club | £400.00
T Pentrewyn Silver Band | £350.00
T Friends of Porth Tywod Park | £250.00
T Ysgol Glanmor PTA | £200.00
P The application from the Pentrewyn Motor Club was declined, as the event would take place outside the community.
P Cllr Dilwyn Rees returned to the meeting.
H 151. Planning Applications
P The following applications were considered:
P S/33012 – Proposed conservatory, 14 Heol y Mor, Pentrewyn
P S/33058 – Change of use of shop to café, 3 Station Road, Glanmor
P Cllr Mrs Carys Davies welcomed the proposed café, which would bring an empty unit back into use. It was AGREED that no objections be raised to either application.
H 152. Items of Communication
P a) Letter from the County Council regarding the consultation on the Local Toilets Strategy.
P b) Letter of thanks from Pentrewyn Food Bank for the Council's donation at Christmas.
P The items of communication were NOTED.
H 153. Date of next meeting
P The next monthly meeting will be held on Wednesday 17<super>th</super> February 2016 at 7.00pm in the Former Miners' Institute.
S 10
P Signed ……………………………… (Mayor)      Date ………………………
