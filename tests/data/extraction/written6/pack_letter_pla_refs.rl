@title Planning Committee 9 April 2025 - supplementary pack
@font Helvetica
@fontsize 10.5
@numcol 24
HC Public Document Pack
S 10
P Wealdhurst Borough Council, Town Hall, Wealdhurst
P Please ask for: Nadia Okonjo<br/>Direct Dial: (01892) 000413<br/>E-mail: nadia.okonjo@wealdhurst.gov.uk<br/>Your Ref:<br/>Our Ref:<br/>Date: 2 April 2025
S 6
P Dear Councillor
H PLANNING COMMITTEE - WEDNESDAY, 9TH APRIL, 2025
P I am now able to enclose, for consideration at the next meeting on Wednesday, 9th April, 2025 the minutes of the previous meeting that were unavailable when the agenda was printed.
TH Agenda No | Item
T 5 | To approve the minutes of the meeting dated 26 March 2025 (Pages 1 - 2)
S 8
P Nadia Okonjo<br/>Democratic Services Officer
P Encs
PB
S 300
C This page is intentionally left blank
PB
P <b>Agenda Item 5</b>
C 1
HC PLANNING COMMITTEE
C Wednesday, 26 March 2025
P <b>Present:</b> Councillor Mrs Halloran (Chairman)<br/>Councillors Ventham (Vice-Chairman), Ashdown, Mrs Brede, Cruttenden, Dr Farley, Goudhurst-Reeve, Lamberhurst, Pilbeam, Mrs Sissons, Tapsell and Wadhurst
P <b>Officers in Attendance:</b> Karen Lyle (Principal Planning Officer), Nadia Okonjo (Democratic Services Officer), Paul Iden (Head of Planning), Ruth Marden (Senior Conservation Officer) and Simon Frant (Lawyer)
P <b>Other Members in Attendance:</b> Councillors Speldhurst and Mrs Rusthall
H APOLOGIES
R PLA98/24 | Apologies for absence were recorded from Councillor Matfield.
H DECLARATIONS OF INTEREST
R PLA99/24 | Councillor Pilbeam declared a 'significant other interest' in application 24/02911/FULL as a near neighbour of the site. He would leave the chamber while the application was considered.
H DECLARATIONS OF LOBBYING (IN ACCORDANCE WITH THE PROTOCOL FOR MEMBERS TAKING PART IN THE PLANNING PROCESS, PART 5, SECTION 5.11, PARAGRAPH 6.6)
R PLA100/24 | Councillors Ashdown, Mrs Brede and Tapsell advised that they had been lobbied in respect of application 24/02647/OUT.
H SITE INSPECTIONS
R PLA101/24 | The Chairman advised that a site visit had been held on 24 March 2025 in respect of application 24/02647/OUT, attended by seven Members of the Committee.
H MINUTES OF THE MEETING DATED 26 FEBRUARY 2025
R PLA102/24 | RESOLVED – that the minutes of the meeting dated 26 February 2025 be approved as a correct record.
H APPLICATION FOR DECISION - 24/02647/OUT - LAND SOUTH OF BAYHAM ROAD, CASTLEWOOD
R PLA103/24 | Karen Lyle, Principal Planning Officer, introduced the outline application for up to 38 dwellings with all matters reserved except access, and summarised the late representations received since the report was published.<br/><br/><b>Registered Speakers:</b> Mr Terence Bewl (objector); Councillor Speldhurst (Ward Member); Mrs Anita Scotney (agent for the applicant).<br/><br/>Councillor Ventham moved the officer recommendation, seconded by Councillor Cruttenden. Councillor Mrs Sissons said that the access onto Bayham Road was unsafe at school times.<br/><br/><b>RESOLVED</b> – That application 24/02647/OUT be granted subject to the conditions set out in the report and the completion of a Section 106 agreement.
H APPLICATION FOR DECISION - 24/02911/FULL - 7 PANTILE MEWS, WEALDHURST
R PLA104/24 | Councillor Pilbeam left the chamber.<br/><br/>Ruth Marden, Senior Conservation Officer, explained the effect of the proposed dormer on the conservation area. Councillor Lamberhurst moved that the application be approved contrary to the recommendation; this was seconded by Councillor Goudhurst-Reeve. Upon being put to the vote the motion was lost.<br/><br/>Councillor Mrs Brede then moved that consideration be deferred to allow the applicant to submit revised drawings, seconded by Councillor Tapsell.<br/><br/><b>RESOLVED</b> – That consideration of application 24/02911/FULL be deferred to a future meeting.<br/><br/>Councillor Pilbeam returned to the chamber.
H APPEAL DECISIONS
R PLA105/24 | The Head of Planning, Paul Iden, reported the three appeal decisions received since the last meeting; two had been dismissed. Members noted the appeal decisions.
H URGENT BUSINESS
R PLA106/24 | There was no urgent business.
H DATE OF NEXT MEETING
R PLA107/24 | The next meeting of the Committee would be held on Wednesday 9 April 2025 at 6.30pm.
S 6
P NOTE: The meeting concluded at 8.12 pm.
