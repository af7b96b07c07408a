@title Ordinary Meeting Agenda 08-03-2021
@font Helvetica
@fontsize 10.5
@numcol 10
HC <font size="15">ASHKETTLE PARISH COUNCIL</font>
C Thornmead House, Thornmead Lane, Ashkettle, Sandwold, Wealdshire, AK13 0EU   Tele 01632 960418
S 10
G To all members of the Parish Council | 1st March 2021
S 4
P You are hereby summoned to attend the Ordinary Meeting of Ashkettle Parish Council to be held on <b>Monday 8th March 2021 at 7.30pm</b>. Virtual meeting to take place using MS Teams.
S 6
P <i>Philippa Grayling</i>
P Philippa Grayling<br/>Clerk to the Parish Council
S 6
HC <u>AGENDA</u>
R 1. | <b>APOLOGIES</b><br/>To receive and approve apologies for non-attendance at the meeting
R 2. | <b>DECLARATIONS</b><br/>To receive declarations of interests relating to matters included on the agenda.
I The meeting will be adjourned so that members of the public can speak. Members of the public are welcome to attend but can only speak during the designated timeslot. Anyone wishing to attend please email clerk@ashkettle-pc.org.uk for the meeting ID number and password.
R 3. | <b>MINUTES OF LAST MEETING</b><br/>To confirm the following minutes of the Parish Council<br/>a) Minutes of the Planning Meeting of the Parish Council held on 15th Feb 2021<br/>b) Minutes of the Ordinary Meeting of the Parish Council held on 1st Feb 2021<br/>c) Minutes of the Finance Meeting of the Parish Council held on 22nd Feb 2021
R 4. | <b>ACTIONS FROM THE LAST MEETING</b><br/>To receive information resulting from actions generated at the last meeting.
R 5. | <b>CORONAVIRUS UPDATE</b><br/>a) Information from HDC, WCC and Central Government<br/>Emails received about the vaccination programme and the roadmap out of lockdown have been forwarded to Members as they arrived. The guidance continues to change at short notice. WALC continues to advise councils to meet remotely for as long as the regulations allow.<br/>b) Ashkettle Good Neighbours – to receive an update on the volunteer prescription collection scheme.
R 6. | <b>CORRESPONDENCE</b><br/>To discuss and agree actions relating to correspondence received by the Council.<br/>a) Consultation Documents<br/>&nbsp;&nbsp;&nbsp;i) HDC – Draft Statement of Community Involvement (closes 26th March)<br/>&nbsp;&nbsp;&nbsp;ii) WCC – Rights of Way Improvement Plan review<br/>b) Newsletters and Circulars<br/>&nbsp;&nbsp;&nbsp;i) Neighbourhood Watch updates<br/>&nbsp;&nbsp;&nbsp;ii) WALC – Chief Executive's bulletins<br/>&nbsp;&nbsp;&nbsp;iii) Rural Services digest – poster on website, noticeboard &amp; social media
R 7. | <b>COUNTY AND DISTRICT COUNCILLORS' REPORTS</b><br/>To receive reports from the Ward Members.
R 8. | <b>PLANNING</b><br/>a) To consider the following applications:<br/>&nbsp;&nbsp;&nbsp;i) 21/00214 – 3 Orchard Rise – loft conversion with rear dormer<br/>&nbsp;&nbsp;&nbsp;ii) 21/00239 – Ashkettle Farm, Court Lane – agricultural storage building<br/>b) To note decisions received from HDC
R 9. | <b>FINANCE</b><br/>a) To approve the schedule of payments for March 2021<br/>b) To note the bank reconciliation to 28th February 2021<br/>c) To agree the renewal of the website hosting (£96 per annum)
R 10. | <b>RECREATION GROUND AND PLAY AREA</b><br/>a) To receive the monthly inspection report<br/>b) To consider quotations for replacement bark under the climbing frame
R 11. | <b>HIGHWAYS AND STREET LIGHTING</b><br/>To receive an update on the Court Lane speed survey and the faulty light outside the Old Forge.
R 12. | <b>VILLAGE CARETAKER'S REPORT</b><br/>To receive the Caretaker's report for February.
R 13. | <b>EASTER TRAIL</b><br/>To agree arrangements for a Covid-safe Easter trail around the village.
R 14. | <b>COUNCILLORS' ITEMS</b><br/>For information only; no decisions can be made under this item.
R 15. | <b>DATE OF NEXT MEETING</b><br/>Monday 12th April 2021 at 7.30pm.
R 16. | <b>EXCLUSION OF PRESS AND PUBLIC</b><br/>To resolve, under the Public Bodies (Admission to Meetings) Act 1960, that the press and public be excluded for the following item owing to the confidential nature of the business.
R 17. | <b>STAFFING</b><br/>To consider the Clerk's annual appraisal.
