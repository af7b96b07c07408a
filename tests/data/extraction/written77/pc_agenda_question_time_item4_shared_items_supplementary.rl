@title Agenda 1 November 2004
@font Times-Roman
@fontsize 11.5
@numcol 14
@footer Hatherwick Parish Council – Agenda, 1st November 2004
HC HATHERWICK PARISH COUNCIL
C Clerk to the Council: Mrs Joan Sproston, Brook Cottage, Wybrook Lane, Hatherwick CW5 9PL
S 8
P To: All Members of the Parish Council
P You are hereby summoned to attend the meeting of Hatherwick Parish Council to be held in Hatherwick Methodist Church on <b>Monday 1st November 2004</b> commencing at <b>7.30 pm</b>, for the purpose of transacting the business set out in the agenda below.
P Signed: J Sproston, Clerk&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;Dated: 25th October 2004
HC AGENDA
R 1. | Apologies for absence.
R 2. | Declarations of interest under the Code of Conduct.
R 3. | To approve the minutes of the meeting held on 6th September 2004.
R 4. | Public Question Time. <i>A total period of 10 minutes is allowed for members of the public to ask a question or make a statement; the Chairman may extend this period at his discretion.</i>
R 5. | Matters arising from the minutes (for information only).
R 6. | Report from the Ward Councillor.
R 7. | Highways: to receive an update on the request for a 40 mph limit on Audley Road and the condition of the verges at Moss Lane.
R 8. | Planning: to consider planning applications received from Weaver Vale Borough Council.
R | P04/1187 – Two storey side extension, Laurel Bank, Wybrook Lane.
R 9. | Finance: to approve payments and to receive the statement of accounts to 31st October 2004.
R 10. | Precept 2005/06: to consider a draft budget and the precept to be requested.
R 11. | Correspondence received.
R 12. | Shared items: for councillors to exchange information and to suggest items for the next agenda. <i>No decisions can be taken under this item.</i>
R 13. | Date and time of the next meeting: Monday 3rd January 2005 at 7.30 pm.
PB
HC HATHERWICK PARISH COUNCIL
HC SUPPLEMENTARY AGENDA
P Meeting of the Parish Council, Monday 1st November 2004 at 7.30 pm, Hatherwick Methodist Church
P The following items have been received since the agenda was issued and will be taken at the points shown. Notice of these items was posted on the village notice board on 28th October 2004.
R 8a. | Planning: P04/1233 – Erection of agricultural building for livestock, Oakholme Farm, Moss Lane (consultation period ends 12th November 2004).
R 11a. | To consider a request from Hatherwick Village Hall Committee for a grant of £150 towards the Christmas party for senior residents.
P J Sproston, Clerk – 28th October 2004
