@title Westerlea Council 15 May 2014
@font Times-Roman
@fontsize 11
@header_first  
@header Westerlea Council – 15th May 2014
@footer {page}
HC WESTERLEA COUNCIL
S 4
P Minutes of meeting in County Buildings, Harbour Square, Strandhaven, on 15th May 2014 at 10.00 a.m.
P <b>Present:</b> Councillors Isobel Kerr (Provost), Alan Baird, Morag Callander, Douglas Currie, Ewan Dalrymple, Shona Ferguson, Gordon Hastie, Ian Kennedy, Margaret Lang, Hugh McCulloch, Fiona McMillan, Robert Niven, Paul Orr, Sandra Rankin, Derek Shaw, Agnes Templeton and John Wardrop.
P <b>Apologies:</b> Councillors Brian Gault and Kenneth Semple.
P <b>Attending:</b> M. Dalgleish, Chief Executive; R. Fyfe, Executive Director – Resources; A. Coulter, Executive Director – Communities; T. Boyd, Head of Finance; J. Caskie, Head of Legal and Democratic Services; and L. Ure, Committee Services Officer.
H 1. Provost.
P The Provost
P (1) welcomed everyone to the meeting;
P (2) intimated that apologies had been received from Councillors Gault and Semple;
P (3) congratulated the Strandhaven Academy pipe band on winning its grade at the Scottish Schools Pipe Band Championships; and
P (4) outlined that an additional report had been received entitled “Sale of Land at Harbour Road, Strandhaven” which the Council agreed to consider as item 11 of this Minute.
H 2. Sederunt.
P The Chief Executive called the Sederunt for the meeting.
H 3. Declarations of Interest.
P Councillor Orr declared an interest in item 11 of this Minute as a member of the Strandhaven Harbour Trust and left the meeting during its consideration.
H 4. Minutes of previous meetings of Council and Panels.
P There were submitted the following Minutes (issued):
P (1) Minutes of previous meeting of Council.
P The Council agreed to approve the Minutes of its meeting of 27th March 2014 (issued).
P (2) Minutes of Panels.
P The Council noted the Minutes of the Leadership Panel of 8th April 2014 and the Regulatory Panel of 17th April 2014 (issued).
H 5. Appointments to Panels and Representation on Outside Bodies.
P There was submitted a report (issued) of 6th May 2014 by the Head of Legal and Democratic Services seeking the Council’s agreement to changes to the membership of Panels and to representation on outside bodies.
P Councillor Baird, seconded by Councillor Lang, moved that the Council approve the appointments set out in the Appendix to the report.
P The Council agreed to approve the appointments as set out in the Appendix to the report.
H 6. Scheme of Delegation.
P There was submitted a report (issued) of 2nd May 2014 by the Head of Legal and Democratic Services proposing amendments to the Scheme of Delegation to Officers following the restructuring of the Communities Directorate.
P Having heard the Head of Legal and Democratic Services in answer to questions from Councillor Niven, the Council agreed to approve the amended Scheme of Delegation to Officers as set out in Appendix 1 to the report.
H 7. Proposed Increase in School Clothing Grants.
P There was submitted a report (issued) of 5th May 2014 by the Executive Director – Communities proposing that the school clothing grant be increased from £70 to £100 per eligible pupil from August 2014.
P Councillor Templeton, seconded by Councillor Currie, moved that the Council approve the increase as proposed in the report.
P Councillor Hastie, seconded by Councillor Shaw, moved as an amendment that the grant be increased to £85 per pupil and the balance of the budget be used to extend eligibility to pupils in receipt of free school meals for the first time.
P On a roll call vote being taken, 11 Members voted for the motion and 6 for the amendment, and the motion was accordingly carried.
H 8. Notice of Motion: Local Bus Services.
P Councillor Ferguson, seconded by Councillor McCulloch, moved the following motion:
P “That this Council notes with concern the withdrawal of the evening service on the Strandhaven to Kilbrae route and instructs the Chief Executive to write to the operator and to the Regional Transport Partnership seeking its reinstatement.”
P Councillor Kennedy, seconded by Councillor Rankin, moved as an amendment that the Chief Executive also be instructed to report to the next meeting of the Leadership Panel on the options for a supported service.
P On a vote being taken by a show of hands, 10 Members voted for the amendment and 7 for the motion, and the amendment was carried and became the decision of the Council.
H 9. Treasury Management Annual Report 2013/14.
P There was submitted a report (issued) of 1st May 2014 by the Head of Finance on the Council’s treasury management activity during 2013/14.
P Having heard the Head of Finance, the Council agreed to note the contents of the report.
H 10. Exclusion of Press and Public.
P The Council resolved, in terms of Section 50A(4) of the Local Government (Scotland) Act 1973, that the press and public be excluded from the meeting for consideration of the following item of business on the grounds that it involved the likely disclosure of exempt information in terms of paragraph 9 of Part I of Schedule 7A of the Act.
H 11. Sale of Land at Harbour Road, Strandhaven.
P There was submitted a report (issued) of 13th May 2014 by the Executive Director – Resources on an offer for the former fish market site at Harbour Road, Strandhaven.
P The Council agreed to accept the offer on the terms set out in the report.
S 6
P The meeting ended at 12.20 p.m.
