@title Council Agenda 10 April 2017
@font Helvetica
@fontsize 10.5
@numcol 16
@footer Waiorongo District Council||Agenda: 10 April 2017 // {page}
P Agenda for a meeting of the Waiorongo District Council to be held in the Council Chambers, District Office, 22 Kowhai Street, Rangatea on <b>MONDAY 10 APRIL 2017</b> commencing at <b>1.30pm</b>.
I The reports and recommendations in this agenda are provided to help the Council reach its decisions; they are not Council policy unless and until the Council adopts them.
H PLEASE NOTE: A CITIZENSHIP CEREMONY WILL TAKE PLACE IN THE CHAMBER AT 12.45PM, BEFORE THE MEETING
S 8
R 1. | APOLOGIES AND LEAVE OF ABSENCE
R 2. | CONFIRMATION OF STATUS OF AGENDA ITEMS
R 3. | DISCLOSURES OF INTEREST
R 4. | CONFIRMATION OF MINUTES
R 4.1 | Minutes of the meeting held on 13 March 2017 4
R 5. | MATTERS ARISING FROM MINUTES
R 6. | COMMITTEE AND DEPARTMENTAL REPORTS
R 6.1 | Policy &amp; Regulatory Committee
R 6.1.1 | Receipt of Policy &amp; Regulatory Committee Minutes – meeting held on 14 March 2017 18
R 6.1.2 | Receipt of Hearing Minutes – Rangatea Quarry Ltd hearing held on 1 March 2017 27
R 6.1.3 | Dog Control Policy – Adoption following Consultation 33
PB
R 6.2 | Strategy &amp; Finance Committee
R 6.2.1 | Receipt of Strategy &amp; Finance Committee Minutes – meeting held on 21 March 2017 51
R 6.2.2 | Draft Annual Plan 2017/18 – Consultation Document 60
R 6.2.3 | Whitimoa Hall Committee Loan Request 88
R 6.3 | Infrastructure Committee
R 6.3.1 | Receipt of Infrastructure Committee Minutes – meeting held on 7 March 2017 93
R 6.3.2 | New Road Name – Subdivision at Ruatapere Road, Kowhaiwai 101
R 6.3.3 | Stopping of Unformed Legal Road – Rangatea Township 106
R 7. | DISCRETIONARY FUND REPORT 112
R 8. | EXCLUSION OF THE PUBLIC 118
S 24
P M R Tawhiri
P <b>CHIEF EXECUTIVE</b>
