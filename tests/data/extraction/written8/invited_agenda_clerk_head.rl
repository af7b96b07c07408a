@title Saxlingford Parva PC agenda 5 June 2025
@font Helvetica
@fontsize 11
@numcol 10
HC SAXLINGFORD PARVA PARISH COUNCIL
C Clerk: Mrs Helen Gurney, 4 Maltings Close, Long Stratton, Norfolk. NR15 2XQ
C Tel: 07700 914362 e-mail: saxlingfordparvapc@outlook.com
S 6
P You are hereby invited to attend the meeting of Saxlingford Parva Parish Council to be held in Saxlingford Parva Village Hall on Thursday 5th June, 2025 at 7.30pm.
HC AGENDA
R 1. | Welcome by the Chairman
R 2. | Apologies from members unable to attend
R 3. | To receive any declarations of interest from members on any item to be discussed at this meeting
R 4. | To approve and sign the minutes of the Annual Meeting held on 15th May 2025
R 5. | Open forum for public participation (maximum 10 minutes): an opportunity to hear from members of the public
R 6. | Reports from District and County Councillors
R 7. | To discuss matters arising from the minutes of the last meeting and not on the agenda
R 8. | Correspondence
R 9. | To consider the quotation for repainting the village sign
R 10. | To receive the annual inspection report on the play area and agree any repairs
R 11. | To review the Council's Risk Assessment and Asset Register
R 12. | To report on planning decisions and applications commented on since the last meeting
R 13. | To approve payments to be made: Clerk Salary, HMRC Paye, Grass Cutting, Village Hall Hire
R 14. | To receive items for the next agenda
R 15. | Any other business
P <i>For discussion/information only, the council may not make decisions on these items.</i>
R 16. | To confirm the date of the next meeting – Thursday, 3rd July 2025
S 10
P Signed: Helen Gurney, Clerk – 29th May, 2025
