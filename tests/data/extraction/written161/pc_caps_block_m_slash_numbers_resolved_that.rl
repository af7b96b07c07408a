@title Minutes 24.9.18
@font Times-Roman
@fontsize 11
@numcol 26
@header_first  
@header CHALKHURST AND SANDROCK PARISH COUNCIL||Minutes 24th September 2018
@footer Chairman ......................................  Date ..........................||Page {page}
@pageoffset 46
HC CHALKHURST AND SANDROCK PARISH COUNCIL
C MINUTES OF A MEETING OF CHALKHURST AND SANDROCK PARISH COUNCIL HELD AT THE READING ROOM, CHALKHURST, ON MONDAY 24th SEPTEMBER 2018 AT 7:15 PM
P <b>PRESENT:</b> Councillors M Jolliffe (Chairman), K Buckett, P Hollis, A Morey, S Wheeler, J Dyer and L Cotton
P <b>IN ATTENDANCE:</b> Councillor D Mew (Isle of Wight Council) and Mrs A Kemp (Clerk to the Council)
P <b>APOLOGIES:</b> Councillor B Salter
R M01/09/18 | <b>PUBLIC QUESTION TIME</b>
R  | Two members of the public were welcomed by the Chairman. A resident of Undercliff Road asked when the fallen railings at the top of Sandrock steps would be replaced. The Chairman said that the matter was on the agenda under item M08/09/18 and invited the resident to stay for it. A second resident asked that the hedge at the entrance to the recreation ground be cut back before the school term.
R M02/09/18 | <b>DECLARATIONS OF INTERESTS</b>
R  | Councillor Hollis declared a pecuniary interest in item M05/09/18(b) as the applicant's brother-in-law and said he would leave the room for that item.
R M03/09/18 | <b>MINUTES</b>
R  | RESOLVED: that the minutes of the meeting held on 23rd July 2018 be approved and signed by the Chairman as a correct record.
R M04/09/18 | <b>FINANCE</b>
R  | Members had before them a schedule of receipts and payments; the cashbook showed £41,208.37 in the General Fund and £12,500.00 on deposit, and the August and September payments were listed.
R  | RESOLVED: that the payments listed in Appendix A, totalling £3,118.40, be approved.
R M05/09/18 | <b>PLANNING APPLICATIONS</b>
R  | Members considered the following applications:
R  | (a) 18/01322/HOU, 7 Gore Cliff Lane: single storey rear extension. No objection.
R  | (b) 18/01407/FUL, land rear of Sandrock Garage: two detached dwellings. Councillor Hollis left the room. Councillor Wheeler spoke about the loss of parking for the garage. RESOLVED: that the Council object to the application on the grounds of highway safety and overdevelopment.
R M06/09/18 | <b>ISLE OF WIGHT COUNCILLOR'S REPORT</b>
R  | Councillor Mew reported that the Island Roads resurfacing of Chalkhurst Road would start on 8th October and last about two weeks, with a signed diversion via Whitcombe Shute. He also reported that the consultation on the Island Plan had been extended to 30th November.
R M07/09/18 | <b>HIGHWAYS AND FOOTPATHS</b>
R  | Councillor Cotton reported that footpath CS14 was again overgrown at the stile near Pelham Farm. The Clerk will report it to the Rights of Way team.
R M08/09/18 | <b>SANDROCK STEPS RAILINGS</b>
R  | The Clerk reported that the landowner had not replied to two letters. A proposal by Councillor Morey, seconded by Councillor Dyer, that the Council pay for temporary fencing at the top of the steps pending agreement with the landowner was put to the vote and was LOST (3 for, 4 against). The Clerk is to write to Island Roads asking them to inspect.
R M09/09/18 | <b>VILLAGE HALL LEASE</b>
R  | The draft renewal of the lease from the Hall Trustees had arrived only that day. DEFERRED to the October meeting so that members could read it.
R M10/09/18 | <b>CORRESPONDENCE</b>
R  | The list of correspondence received since the last meeting was NOTED.
R M11/09/18 | <b>CLERK'S REPORT</b>
R  | The Clerk reported that the external auditor had signed off the Annual Governance and Accountability Return without comment and that the notice of conclusion of audit had been posted. The report was NOTED.
R M12/09/18 | <b>DATE OF NEXT MEETING</b>
R  | Monday 22nd October 2018 at 7:15 pm in the Reading Room.
P The meeting closed at 8:52 pm.
