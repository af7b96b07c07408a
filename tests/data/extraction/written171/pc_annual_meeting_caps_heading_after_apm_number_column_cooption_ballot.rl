@title Fennick Parish Council Annual Meeting 13 May 2003
@font Helvetica
@fontsize 10.5
@numcol 10
@footer Fennick Parish Council - Annual Meeting 13th May 2003 - Page {page}
HC FENNICK PARISH COUNCIL
C 11 Sallow Bank, FENNICK, PE22 9QT – 01632 960 584
S 6
H MINUTES TAKEN BY THE CLERK AT THE ANNUAL MEETING OF FENNICK PARISH COUNCIL HELD ON TUESDAY 13TH MAY 2003 IN FENNICK VILLAGE HALL AT 8.00PM, FOLLOWING THE CLOSE OF THE ANNUAL PARISH MEETING
P PRESENT: Cllr. A. Brackley, Cllr. M. Copley, Cllr. J. Hebblethwaite, Cllr. P. Scargill, Cllr. D. Wilkerson and the clerk, Mrs R. Osgerby.
P Also present: 6 members of public
R 1. | <b>To elect a Chairman for the ensuring year 2003/04</b>
P On proposal from Cllr. D Wilkerson seconded by Cllr. M Copley, it was resolved by all members that Cllr. A Brackley be elected as chairman for the ensuring year.
R 2. | <b>Chairman to sign the Declaration of Acceptance of Office, witnessed by the Proper Officer</b>
P Cllr. A. Brackley made his declaration of acceptance of office as Chairman in the presence of the clerk, Mrs R Osgerby, who signed it as Proper Officer.
R 3. | <b>To elect a Vice-Chairman for the ensuring year 2003/04 and receive the Declaration of Acceptance of Office from the Vice-Chairman</b>
P On proposal from Cllr. A Brackley seconded by Cllr. P Scargill, it was resolved by all members that Cllr. J Hebblethwaite be elected as Vice-Chairman for the ensuring year. Cllr. Hebblethwaite signed the declaration.
R 4. | <b>All Councillors to sign their Declarations of Acceptance of Office</b>
P Following the uncontested election on 1st May, the clerk as Proper Officer witnessed and countersigned the declarations of acceptance of office of all members present.
R 5. | <b>To co-opt to the two vacant seats and receive the new members' Declarations of Acceptance of Office</b>
P Three applications had been received for the two vacant seats, from Mrs Carol Ellerby, Mr Dennis Garside and Mr Keith Pocklington. Each applicant was invited to put questions to the Council first; none did so. A vote was taken by show of hands with the following result: Mrs Ellerby 4, Mr Garside 4, Mr Pocklington 1. Mrs Ellerby and Mr Garside were therefore co-opted onto Fennick Parish Council and took their seats with the other members. The clerk witnessed and countersigned their declarations of acceptance of office.
R 6. | <b>To appoint representatives to outside bodies for 2003/04</b>
P a) Village Hall Management Committee – Cllr. Copley
P b) Fennick Feoffees Charity – Cllr. Brackley and Cllr. Scargill
P c) Internal Drainage Board liaison – Cllr. Wilkerson
P d) Parish Plan steering group – Cllr. Hebblethwaite
P Cllr. Garside offered to act as footpaths warden and this was welcomed. The above appointments were agreed by all members.
R 7. | <b>To review the Standing Orders of the Council</b>
P The clerk explained that the county association would be issuing revised model Standing Orders during the summer. Review deferred until the revised model has been received.
R 8. | <b>To confirm the Council's insurance cover for 2003/04</b>
P The renewal from Wold &amp; District Insurance at £288.50 was considered. On proposal from Cllr. Scargill seconded by Cllr. Ellerby, all resolved to renew the policy for the year.
R 9. | <b>To agree the dates of ordinary meetings for 2003/04</b>
P Meetings to be held on the second Tuesday of July, September, November, January and March at 7.30pm in the Village Hall – agreed.
R 10. | <b>To receive the clerk's report on the audit of the 2002/03 accounts</b>
P The clerk reported that the internal audit had been completed without comment and the annual return sent to the external auditor on 2nd May. The report was noted.
R 11. | <b>Date of next meeting</b>
P Tuesday 8th July 2003 at 7.30pm in Fennick Village Hall.
P There being no further business the meeting closed at 8.55pm.
S 14
P Signed ..................................... Chairman          Date .....................
