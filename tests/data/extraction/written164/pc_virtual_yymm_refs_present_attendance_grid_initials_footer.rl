@title Upper Coldwell Parish Council minutes 8 March 2021
@font Helvetica
@fontsize 10.5
@numcol 20
@footer Chairman's initials ..........||Page {page}
HC UPPER COLDWELL PARISH COUNCIL
C Minutes of a virtual Ordinary Meeting of the Parish Council held on Monday 8 March 2021 at 7.30 pm via Zoom
S 4
G <b>Present</b> | <b>In Attendance</b>
G Cllr R Alderson (Chairman) | Clerk – Mrs K Booth
G Cllr P Gaunt | 2 Members of the Public
G Cllr E Marsden | Tom Hesketh, Coldwell Hall Estate
G Cllr J Thackray | D/Cllr A Midgley
S 6
R 2103/01 | <b>Welcome and apologies</b> Councillor Alderson, in the Chair, opened the meeting. Councillor Sowerby had sent apologies, which were accepted.
R 2103/02 | <b>Public Admissions to Meetings Act (1960)</b> No confidential items were identified, so no resolution to exclude the public and press under the 1960 Act was needed.
R 2103/03 | <b>Declarations of Interest</b> Councillor Gaunt declared a personal interest in item 2103/09 as a member of the Village Hall Management Committee.
R 2103/04 | <b>Question Time</b> A resident asked when the grit bin on Top Road would be refilled. The Chair replied that the District Council had been asked twice and the Clerk would ask again.
R 2103/05 | <b>Police Matters</b> Police crime figures – January 2021:
G On or near Coldwell Lane | Anti-social behaviour | 1
G On or near Moor Top Farm | Theft from a vehicle | 2
G On or near Hall Drive | Criminal damage and arson | 1
R  | No incidents were reported in the village itself in February. The Clerk reported that the Neighbourhood Policing Team would attend the May meeting.
R 2103/06 | <b>Coldwell Hall Estate</b> Tom Hesketh reported that, subject to the national roadmap, the estate's visitor car park would reopen on 12 April with a one-way system and pre-booked tickets. Members asked that residents continue to be able to walk the estate paths free of charge, which he confirmed.
R 2103/07 | <b>Minutes of the meeting held on 11 January 2021</b> RESOLVED: The minutes were approved as a true record and will be signed by the Chairman when possible. Proposed Cllr Thackray, seconded Cllr Marsden.
R 2103/08 | <b>District Councillor's Report</b> D/Cllr Midgley reported on the District Council's budget for 2021/22 and the consultation on the Local Plan, which closes on 30 April.
R 2103/09 | <b>Village Hall</b> Councillor Gaunt, having declared an interest, left the meeting. The Council considered a request from the Village Hall Management Committee for a grant towards a replacement boiler. RESOLVED to award a grant of £500. Proposed Cllr Thackray, seconded Cllr Marsden; 3 in favour, 0 against. Councillor Gaunt returned to the meeting.
R 2103/10 | <b>Highways</b> The Clerk reported that the flooding at Mill Bridge had been reported to the Highways department on three occasions. It was agreed that the Clerk would write to the Service Director asking for a site meeting.
PB
R 2103/11 | <b>Finance</b> a) Bank balances at 28 February 2021: Current account £4,218.66; Deposit account £11,502.19.
R  | b) Payments for approval:
T Payee | Detail | Amount
T Mrs K Booth | Clerk's salary February and March | £412.00
T Coldwell Garden Services | Grass cutting contract – first instalment | £260.00
T County Association of Local Councils | Annual subscription 2021/22 | £118.00
R  | RESOLVED to approve the payments listed. Proposed Cllr Marsden, seconded Cllr Gaunt.
R 2103/12 | <b>Planning</b> 21/00312/FUL – 3 Bank Cottages, Top Road – single storey rear extension. No objections were raised.
R 2103/13 | <b>Correspondence</b> The Clerk circulated the County Association newsletter and a letter from the District Council about the May elections. Noted.
R 2103/14 | <b>Date of next meeting</b> Monday 10 May 2021 at 7.30 pm (Annual Meeting), via Zoom unless restrictions allow the use of the Village Hall.
S 6
P The meeting closed at 8.52 pm.
S 24
P Signed ........................................ Chairman          Date ........................
