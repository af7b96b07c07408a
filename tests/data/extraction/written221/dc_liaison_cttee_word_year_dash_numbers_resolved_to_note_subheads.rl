@title Sports Pitches Liaison Committee draft minutes 12 September 2005
@font Times-Roman
@fontsize 11.5
@numcol 16
@footer Sports Pitches Liaison Committee 12/09/2005||Page {page}
P <b>DRAFT MINUTES of the MEETING of CADDOWFIELD DISTRICT COUNCIL SPORTS PITCHES LIAISON COMMITTEE held on Monday 12 September 2005 at 6.30pm in Committee Room 2, Caddowfield House.</b>
P <b>PRESENT:</b> Chairman: Cllr D Ackroyd (Caddowfield DC)
P Cllr M Haworth (Caddowfield DC), J Earnshaw (CTFC), P Sugden (Whitecross CC and Sunday League), T Roebuck (CRUFC) and Mrs V Kaye (Ashby Road Bowls)
P <b>IN ATTENDANCE:</b> N Greenhalgh (Leisure Services Manager), L Booth (Committee Clerk)
S 4
R 05-31 | <b>APOLOGIES</b>
P RESOLVED to note apologies from Cllr S Priestley and from the Caddowfield Junior League secretary.
R 05-32 | <b>DECLARATIONS OF INTEREST</b> – Cllr Haworth declared a personal interest in 05-34 as a member of CTFC.
R 05-33 | <b>MINUTES</b>
P RESOLVED to approve the minutes of the meeting held on 13 June 2005 as a correct record. Cllr Ackroyd signed them.
R 05-34 | <b>PITCH ALLOCATIONS 2005/06</b>
P The draft allocations for the season had been circulated with the agenda.
P <u>Football</u>
P RESOLVED to note that CTFC will again use the two senior pitches at Whitecross Park on Saturdays and that the Sunday League has been allocated the three pitches at Ashby Road. J Earnshaw said the club's reserve side would need a second pitch on alternate Saturdays from October.
P RESOLVED that the Leisure Services Manager will see whether the Ashby Road pitch 3 can be marked out for Saturday use as well.
P <u>Rugby</u>
P T Roebuck reported that the club had fielded a third team for the first time. The club asked for the floodlit training area to be available on Thursday evenings as well as Tuesdays.
P RESOLVED to agree Thursday evening use from 6 October, subject to the club meeting the extra lighting cost.
R 05-35 | <b>PITCH HIRE CHARGES 2006/07</b>
P The Leisure Services Manager presented the proposed charges, an increase of 4% on all adult pitches and no increase for junior pitches. P Sugden said that the cricket square charge had risen by more than inflation for three years running. Cllr Haworth moved that the cricket square charge be held at the 2005/06 level; this was seconded by Mrs Kaye. On being put to the vote the motion was lost, 2 votes for and 4 against.
P RESOLVED to recommend the charges as presented to the Cabinet meeting on 4 October 2005.
R 05-36 | <b>CHANGING ROOMS, WHITECROSS PARK</b>
P N Greenhalgh reported that the tender for refurbishing the changing rooms had come in £11,000 above the capital budget. The work could be phased over two years, with the showers done in summer 2006 and the kitchen and store in 2007.
P RESOLVED to note the position. The Leisure Services Manager will bring a phasing plan to the next meeting.
R 05-37 | <b>GROUNDS MAINTENANCE</b>
P Mrs Kaye said the bowling green surround at Ashby Road had not been strimmed since July. T Roebuck said the rugby pitch had been cut well all season. RESOLVED that the Committee Clerk will pass the comments to the contracts officer.
R 05-38 | <b>CLUB REPORTS</b>
P Written reports from CTFC and Whitecross CC were circulated. The Sunday League reported 14 teams for the new season. RESOLVED to note the reports.
R 05-39 | <b>ANY OTHER BUSINESS</b> – None
R 05-40 | <b>DATE OF NEXT MEETING</b>
P Monday 5 December 2005 at 6.30pm, Committee Room 2.
S 10
P The meeting ended at 8.05pm.
