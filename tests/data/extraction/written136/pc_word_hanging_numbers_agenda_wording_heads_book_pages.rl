@title Minutes 3 March 2025
@font Times-Roman
@fontsize 11.5
@numcol 12
@header Drayfield Parish Council – Minutes 3 March 2025
@header_first 
@footer Chairman’s initials ……………||{page}
@pageoffset 112
HC DRAYFIELD PARISH COUNCIL
HC MINUTES OF A MEETING OF THE COUNCIL HELD ON 3 MARCH 2025 AT 6.30PM AT THE PAVILION, MILL LANE, DRAYFIELD
S 6
P <b>PRESENT:</b> Cllrs Miss F Rowe (Chair), D Imber, R Jessop and R Marwick.
P <b>IN ATTENDANCE:</b> G Birch, Clerk to the Council<br/>Dis Cllr G Amery<br/>2 Members of the public
S 4
R 1. | <b>Apologies</b><br/>Cllr Mrs J Pardoe (holiday) and Cllr T Weller (work) had sent apologies. Members noted the apologies and approved the reasons given.
R 2. | <b>Declarations of Interest</b><br/>The Chair reminded members that an interest could be declared at any point in the meeting if one became clear during discussion. Cllr Miss F Rowe declared an interest as a trustee of the Drayfield Community Hub.
R 3. | <b>Questions from Visitors</b><br/>A resident asked when the footpath beside the pond would be re-opened. The Clerk advised that the contractor expected to finish by the end of March.
R 4. | <b>WSCC Report</b><br/>No report; Cty Cllr D Harwood was unable to attend.
R 5. | <b>CDC Report</b><br/>Dis Cllr G Amery reported on the district budget for 2025/26, the consultation on the future of the leisure centre and the new parking enforcement contract.
R 6. | <b>Minutes</b><br/>Members accepted the February minutes as a true account of the meeting and the Chair signed them.
R 7. | <b>Matters Arising from the Minutes</b><br/>The overhanging hedge in Church Walk has been cut back by the owner. WSCC will renew the faded road markings by the Pavilion in the spring programme.
R 8. | <b>Planning</b><br/>No applications had been received since the last meeting.
R 9. | <b>Drayfield Community Hub Project – to hear the latest position from the Council’s nominated trustee.</b><br/>Cllr Miss F Rowe reported that the café trial on Saturday mornings would begin in April and that the lease of the old forge had been signed.
R 10. | <b>Highways</b>
R  | a. <u>Village Gateways</u> – progress report. No further progress since February.
R  | b. <u>Mill Lane TRO</u>. WSCC had agreed to advertise the proposed waiting restrictions outside the school in May. It was RESOLVED to write in support of the order. Proposed Cllr Jessop, seconded Cllr Marwick.
R 11. | <b>Finance</b>
R  | a. <u>Payments</u> – to approve the payments listed. The payments on the schedule circulated with the agenda were approved.
R  | b. <u>Internal Auditor</u> – to appoint an internal auditor for 2024/25. It was RESOLVED to reappoint Downland Audit Services at a fee of £240.
R 12. | <b>Correspondence</b><br/>The correspondence listed on the Clerk’s schedule was noted.
R 13. | <b>Date of Next Meeting</b><br/>Monday 7 April 2025 at 6.30pm at the Pavilion.
P The meeting closed at 7.52pm.
S 30
P Chairman ……………………………………… &nbsp;&nbsp;&nbsp;&nbsp; Date ………………………
