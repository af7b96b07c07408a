@title Minutes 25 June 2003
@font Times-Roman
@fontsize 11
@numcol 10
@footer Signed ........................................ Chairman || Page {page}
G <b>RAVENMOOR WITH THWAITEHILL PARISH COUNCIL</b> | Clerk<br/>Mrs E Satterthwaite<br/>Low Garth Cottage<br/>Ravenmoor<br/>019467 000213<br/>e-mail - ravenmoorpc@fellnet.co.uk
S 8
HC MINUTES OF PARISH COUNCIL MEETING HELD ON 25TH JUNE 2003 AT THWAITEHILL SOCIAL CLUB
S 6
R 1 | Present: K Bowness (Chair), D Sharples, J Fearon, A Tyson, M Hetherington, R Gaskarth (acting secretary), W Pattinson. Apology: E Satterthwaite (Clerk) Absent: T Bewley
R 2. | Alan Tyson declared a personal and prejudicial interest, for payment to be made to him, in item 5 (Accounts) on the agenda.
R 3. | The Chairman was authorised to sign the minutes of the previous meeting as a true record.
R 4. | Public Participation - two residents of Fell Side attended to ask about the flooding of the footpath behind the chapel. Keith Bowness said the Council would raise it with the County Council's area engineer and report back.
R 5. | Accounts
R  | (1) Alan Tyson left the meeting for the appropriate part of this agenda item.
R  | (2) It was resolved that the following payments be made: Clerk - salary £180.00 travel £12.00 expenses £41.20 £233.20; Cost of work carried out - reimbursed to A Tyson £38.50; Thwaitehill Social Club - rent £15.00; Insurance £412.60; Ravenmoor News - advert £18.00
R  | (3) The following 'Incoming' payments were noted: Thwaitehill Football Club - electricity £11.40; Precept (second half) £2,150.00
R  | (4) Bank statements as at 31.05.2003 Community account £1,864.33 Business reserve account £6,230.18
R  | (5) Budget update - to be circulated to Councillors ahead of each meeting. Action: Eileen
R  | (6) Dennis Sharples noted that the budget statement showed expenditure only as a single figure. He felt that more detail should be given to show where the Council had spent its money. Action: Eileen
R  | (7) Request for donation - a request for £50 from the Thwaitehill Gala committee was agreed.
R 6. | Planning - 7/03/0418 Extension to garage, 2 Beck Side. No objections. 7/03/0433 Two dwellings, land at Moss Gate. Members felt the access was too narrow and it was agreed to object.
R 7. | Football field - Jean Fearon reported that the changing room door had been forced again. The club has fitted a new lock at its own cost.
R 8. | Highways - the broken kerbs on Chapel Brow and the missing grid cover at Fell Side are to be reported again. Action: Eileen
R 9. | Correspondence - letters from the Association of Parish Councils (annual conference) and the Rural Transport Partnership were circulated and noted.
R 10. | Date of next meeting - Wednesday 23rd July 2003 at 7.30pm, Thwaitehill Social Club.
P The meeting closed at 9.20pm.
