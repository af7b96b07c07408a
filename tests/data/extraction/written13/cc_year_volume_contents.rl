@title Cefn Llwyd Community Council minutes May-June 2024
@font Helvetica
@fontsize 10.5
@footer Cefn Llwyd Community Council - Minutes 2024/25||{page}
HC CEFN LLWYD COMMUNITY COUNCIL
HC Minutes of meetings held from 1st May 2024 to 30th June 2024
S 10
TH Date | Meeting Type | Page
T 9th May 2024 | Annual Meeting | 2
T 6th June 2024 | Ordinary | 3
S 10
I Minutes are approved and signed at the following meeting. Copies of earlier volumes may be had from the Clerk.
PB
H 9th May 2024 at 7pm Pentre Llwyd Hall - Annual Meeting
P Present : Gwen Prosser, Alun Meredith, Dilys Vaughan, Tom Bufton, Rhys Pugh. Clerk: Sarah Edwards.
P 1. Welcome by the Chairman: GP thanked everyone for attending and opened the meeting at 7pm.
P 2. Apologies for absence: Mererid Jones, County Cllr Ieuan Price.
P 3. Matters of Interest on Agenda as per Code of Conduct - None declared.
P 4. Minutes of the previous Annual Meeting held on 11th May 2023 (approved and signed on 6th June 2023).
P 5. Outgoing Chairman's Report: The report was read out by GP. Members agreed that it was a fair account of the year, in which the council had dealt mainly with the bridge closure at Nant Cwm and the new bus timetable.
P 6. Appointment of Officers: (a) Chairman (b) Vice-Chairman: All appointments are until May 2025. GP indicated that she was willing to continue as Chairman for a further year. AM proposed GP, second DV. Agreed by all. DV proposed AM as Vice-Chairman, second TB. Agreed by all.
P 7. Review of Standing Orders and Financial Regulations: SE explained that the model standing orders had been updated for the 2021 Act and that only the paragraph on remote attendance needed to change. RESOLVED that the revised Standing Orders and Financial Regulations be adopted.
P 8. Appointment of representatives: RP to continue as the council's representative on the Pentre Llwyd Hall committee and DV on the school governing body. This was agreed by all members.
P 9. Date of next meeting: Thursday 6th June 2024 at 7.30pm.
S 14
P Signed ...................................... Chairman   6th June 2024
PB
H 6th June 2024 at 7.30pm Pentre Llwyd Hall - Ordinary
P Present : Gwen Prosser, Alun Meredith, Dilys Vaughan, Tom Bufton, Rhys Pugh, Mererid Jones. Clerk: Sarah Edwards.
P 1. Welcome by the Chairman: GP welcomed members and opened the meeting at 7.30pm.
P 2. Apologies for absence: County Cllr Ieuan Price.
P 3. Matters of Interest on Agenda as per Code of Conduct - TB declared an interest in item 7 as a neighbour of the applicant.
P 4. Minutes of the Annual Meeting held on 9th May 2024: Agreed as a true record and signed. AM proposed, RP seconded.
P 5. Matters arising: The grit bin at Bryn Farm has been reported again by SE. MJ asked about the fallen fingerpost on the Cwm road; SE will chase the rights of way officer.
P 6. Finance: (a) Balance at bank at 31st May: £6,118.42. (b) Payments: SE presented the schedule. RESOLVED that the following payments be made: Clerk's salary May £284.00; HMRC £71.00; Pentre Llwyd Hall - room hire £24.00; One Voice Wales subscription £96.00.
P 7. Planning: 24/0512/HH - two storey side extension, Ty Gwyn, Cefn Llwyd. TB left the room. Members had no objections. TB returned.
P 8. Correspondence: Powys footpath survey; Dyfed-Powys police newsletter; invitation to the county council's town and community council forum. Noted.
P 9. Highways: DV reported new potholes on the C2045 below the chapel and that the verge at Cross Lane had not been cut. SE to report both.
P 10. Defibrillator at the hall: RP reported that the pads expire in August and proposed that the council buy a new set at £85. DV seconded. The proposal was carried with one against.
P 11. Date of next meeting: Thursday 4th July 2024 at 7.30pm.
S 14
P Signed ...................................... Chairman   4th July 2024
