@title Ordinary Council Minutes 22 August 2012
@font Helvetica
@fontsize 10
@header ORDINARY COUNCIL MINUTES – 22 AUGUST 2012 - {page} -
@footer Confirmed at Council meeting 26 September 2012 – Signed by the President Cr L R Dunstan______
S 150
HC <font size="20">SHIRE OF QUALLUP BAY</font>
S 20
HC <font size="16">ORDINARY COUNCIL MINUTES</font>
S 10
HC <font size="16">22 AUGUST 2012</font>
PB
HC DISCLAIMER
P Statements made by members or officers at a Council or Committee meeting, or in conversation with them before or after a meeting, do not bind the Shire of Quallup Bay, and the Shire accepts no liability for anything done or not done on the strength of them.
P Applicants in particular should note that nothing said at a meeting about a planning application, licence or permit amounts to an approval. The Shire will confirm the outcome of every application, and any conditions that apply, in writing, and applicants should wait for that written notice before acting.
P CHIEF EXECUTIVE OFFICER
PB
P Confirmed Minutes of the ordinary meeting of the Quallup Bay Shire Council held in the Council Chamber Port Tewson on 22 August 2012 commencing at 3.00 pm.
H 1.0 DECLARATION OF OPENING
P The President declared the meeting open at 3.01 pm.
H 2.0 RECORD OF ATTENDANCE / APOLOGIES / LEAVE OF ABSENCE
G Cr L R Dunstan | President
G Cr K M Pollard | Deputy President
G Cr B J Teale | Councillor
G Cr D W Ruddick | Councillor
G Cr F A Mancini | Councillor
G Mr P G Armitage | Chief Executive Officer
G Ms R E Vukovic | Deputy Chief Executive Officer
G Mr T A Kerr | Manager Works and Services
G Mrs J L Beale | Minute Taker
P <b>Apologies</b> Cr H S Wyllie
P <b>Gallery</b> There were three members of the public present.
H 3.0 RESPONSE TO PREVIOUS PUBLIC QUESTIONS TAKEN ON NOTICE
P Nil
H 4.0 PUBLIC QUESTION TIME
P Mrs Odette Kruger asked whether the boat ramp car park would be lit before the snapper season. The Manager Works and Services replied that two solar lights have been ordered and should be installed in September.
H 5.0 APPLICATIONS FOR LEAVE OF ABSENCE
P Nil
H 6.0 PETITIONS / DEPUTATIONS / PRESENTATIONS
P Mr Craig Vella of the Port Tewson Sea Rescue Group gave a short presentation on the group's new rescue vessel and thanked Council for its contribution of $15,000 towards the purchase.
H 7.0 CONFIRMATION OF MINUTES
H 7.1 ORDINARY COUNCIL MEETING HELD 25 JULY 2012
T <b>COUNCIL RESOLUTION</b><br/>Moved Cr Pollard<br/>Seconded Cr Teale<br/>That the minutes of the Ordinary Council meeting held on 25 July 2012, as circulated, be confirmed as a true and correct record.<br/><b>5/0 CARRIED</b>
H 7.2 SPECIAL COUNCIL MEETING HELD 8 AUGUST 2012
T <b>COUNCIL RESOLUTION</b><br/>Moved Cr Ruddick<br/>Seconded Cr Mancini<br/>That the minutes of the Special Council meeting held on 8 August 2012, as circulated, be confirmed as a true and correct record.<br/><b>5/0 CARRIED</b>
H 8.0 ANNOUNCEMENTS BY THE PRESIDENT WITHOUT DISCUSSION
P The President announced that the Minister for Local Government will visit Port Tewson on 12 September and that all Councillors are invited to the morning tea at the Recreation Centre.
H 9.0 DECLARATIONS OF INTEREST
P Cr Teale declared an impartiality interest in item 14.1 as the applicant is a family friend.
H 10.0 PRESIDENT'S REPORT
P Cr Dunstan reported on the Coral Sands Zone meeting held in Kallinup on 3 August, the Regional Road Group meeting and the opening of the new visitor bay at the Recreation Centre.
T <b>COUNCIL RESOLUTION</b><br/>Moved Cr Mancini<br/>Seconded Cr Ruddick<br/>That the President's report be received.<br/><b>5/0 CARRIED</b>
H 11.0 COUNCILLORS' REPORTS
P Cr Pollard reported on the Bushfire Advisory Committee meeting and the hazard reduction burn planned near the tip in October.
P Cr Ruddick attended the Tourism Association meeting and reported that visitor numbers for July were up 8% on last year.
T <b>COUNCIL RESOLUTION</b><br/>Moved Cr Teale<br/>Seconded Cr Pollard<br/>That the Councillors' reports be received.<br/><b>5/0 CARRIED</b>
H 12.0 ADMINISTRATION REPORTS
H 12.1 WASTE COLLECTION CONTRACT – EXTENSION
P <b>File</b> 12.6.2
P <b>Author</b> Deputy Chief Executive Officer
P <b>Disclosure of Any Interest</b> Nil
P <b>Date of Report</b> 13 August 2012
P <b>Summary</b> The current contract for kerbside waste collection expires on 30 September 2012. The contractor has offered a twelve month extension at the current rates plus CPI.
P <b>Comment</b> A twelve month extension will allow the Shire to join the regional tender being prepared by the neighbouring shires in 2013.
P <b>Voting Requirements</b> Simple Majority Required
T <b>OFFICER RECOMMENDATION AND COUNCIL RESOLUTION</b><br/>Moved Cr Pollard<br/>Seconded Cr Mancini<br/>That Council accept the offer from Coastal Waste Services to extend the kerbside collection contract for twelve months from 1 October 2012 at the current rates plus CPI.<br/><b>5/0 CARRIED</b>
H 12.2 LOCAL LAW – ANIMALS, ENVIRONMENT AND NUISANCE – INTENTION TO MAKE
P <b>File</b> 4.1.3
P <b>Author</b> Chief Executive Officer
P <b>Disclosure of Any Interest</b> Nil
P <b>Summary</b> Council is asked to begin the process of making a local law to control the keeping of animals and nuisances within the townsite.
P <b>Comment</b> Cr Ruddick asked whether the local law would limit the number of dogs on rural lots. The Chief Executive Officer advised that rural lots are excluded from the dog limits in the draft.
P <b>Voting Requirements</b> Simple Majority Required
T <b>OFFICER RECOMMENDATION AND COUNCIL RESOLUTION</b><br/>Moved Cr Ruddick<br/>Seconded Cr Teale<br/>That Council give state-wide and local public notice of its intention to make the Shire of Quallup Bay Animals, Environment and Nuisance Local Law 2012, with submissions to close six weeks after the notice is published.<br/><b>5/0 CARRIED</b>
H 13.0 FINANCE REPORTS
H 13.1 SCHEDULE OF ACCOUNTS PAID FOR THE PERIOD ENDING 31 JULY 2012
P <b>File</b> 12.1.1
P <b>Author</b> Deputy Chief Executive Officer
P <b>Summary</b> The schedule of accounts paid from the Municipal and Trust funds for July 2012 is attached.
T <b>OFFICER RECOMMENDATION AND COUNCIL RESOLUTION</b><br/>Moved Cr Mancini<br/>Seconded Cr Pollard<br/>That the schedule of accounts paid for the period ending 31 July 2012, totalling $402,117.80, be received.<br/><b>5/0 CARRIED</b>
H 13.2 FINANCIAL REPORTS TO 31 JULY 2012
P <b>File</b> 12.1.2
P <b>Author</b> Deputy Chief Executive Officer
P <b>Summary</b> The monthly statement of financial activity and the net current assets statement to 31 July 2012 are attached.
T <b>OFFICER RECOMMENDATION AND COUNCIL RESOLUTION</b><br/>Moved Cr Teale<br/>Seconded Cr Ruddick<br/>That the monthly financial reports for the period ending 31 July 2012 be received.<br/><b>5/0 CARRIED</b>
H 14.0 TOWN PLANNING REPORTS
H 14.1 PROPOSED FOUR TOURIST CABINS – LOT 212 HAMELIN TERRACE, PORT TEWSON
P <b>File</b> P212
P <b>Author</b> Planning Consultant
P <b>Disclosure of Any Interest</b> Nil
P <b>Summary</b> An application has been received for four self-contained tourist cabins on Lot 212 Hamelin Terrace, zoned Tourist. Two submissions were received during advertising, both concerned with parking.
P <b>Comment</b> The plans show eight parking bays on site, which meets the scheme. The Chief Executive Officer tabled a revised site plan moving the bin enclosure away from the eastern boundary.
P <b>Voting Requirements</b> Simple Majority Required
T <b>OFFICER RECOMMENDATION AND COUNCIL RESOLUTION</b><br/>Moved Cr Pollard<br/>Seconded Cr Mancini<br/>That Council grant planning approval for four tourist cabins on Lot 212 Hamelin Terrace, Port Tewson, in accordance with the revised site plan, subject to the conditions in the report.<br/><b>4/1 CARRIED</b>
H 15.0 URGENT BUSINESS APPROVED BY THE PRESIDENT OR BY DECISION
P Nil
H 16.0 MATTERS BEHIND CLOSED DOORS
P Nil
H 17.0 DATE AND TIME OF NEXT MEETING
P The next Ordinary Council meeting will be held on Wednesday 26 September 2012 commencing at 3.00 pm.
H 18.0 CLOSURE OF MEETING
P The President closed the meeting at 4.22 pm.
