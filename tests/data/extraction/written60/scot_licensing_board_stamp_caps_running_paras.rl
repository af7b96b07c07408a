@title Licensing Board Minute 22 February 2013
@font Helvetica
@fontsize 10.5
@numcol 12
@header_first ||Item No. 4 (a)
@header
@footer {page}
P <b>MINUTE</b> of MEETING of the <b>GLENBRACKIE LICENSING BOARD</b> held in the Council Chamber, Council Headquarters, Brackenlaw on Friday, 22 February 2013 at 10.30 a.m.
C _________
G Present:- | Councillors J. Fairbairn (Convener), A. Cranston, M. Elliot, R. Haig, D. Laidlaw, T. Pringle, S. Renwick, W. Turnbull.
G Apologies:- | Councillors G. Dalgleish, H. Nichol. Councillor E. Usher (Convener – Local Licensing Forum).
G In Attendance:- | Mr. A. Kerr (Clerk to the Licensing Board), Mrs. L. Brydon (Licensing Team Leader), Ms. P. Hume (Democratic Services Officer), Mr. G. Tait (Licensing Standards Officer), Inspector K. Anderson, PC R. Bell (Police Scotland), Mrs. F. Lauder (Alcohol and Drugs Partnership Co-ordinator).
S 6
H GLENBRACKIE ALCOHOL PROFILE
R 1. | The Convener welcomed everyone to the meeting and thanked the Local Licensing Forum and the Alcohol and Drugs Partnership for their work in compiling the first Glenbrackie Alcohol Profile.
R 2. | By means of a PowerPoint presentation Mrs. F. Lauder, Alcohol and Drugs Partnership Co-ordinator, explained that the profile brought together figures on the number and type of licensed premises, alcohol-related incidents reported to the Police from April 2011 to March 2012, fire incidents and attendances at hospital emergency departments by day of the week. Councillor Cranston asked whether the figures could be shown for each town. Mrs. Lauder replied that this would be possible for the larger towns in the next edition.
R  | <b>DECISION</b>
R  | NOTED the presentation and that the profile would be published on the Council’s website.
H MINUTE
R 3. | The Minute of Meeting of 25 January 2013 had been circulated.
R  | <b>DECISION</b>
R  | APPROVED.
H LICENCES DEALT WITH UNDER DELEGATED POWERS
R 4. | For Members’ information there had been circulated copies of a list of licences dealt with under delegated powers for the period 18 January to 14 February 2013.
R  | <b>DECISION</b>
R  | NOTED.
H APPLICATION FOR VARIATION OF PREMISES LICENCE – THE CROSS KEYS INN, 4 MARKET PLACE, BRACKENLAW
R 5. | There had been circulated copies of an application to vary the premises licence to extend the terminal hour on Fridays and Saturdays from 12 midnight to 1.00 a.m. and to permit live music in the beer garden until 10.00 p.m.
R 6. | Mr. D. Gilchrist, Solicitor for the applicant, addressed the Board. He advised that the garden had been fenced and that music would be played only on the covered terrace. Inspector Anderson advised that the Police had no objection provided that door stewards were employed after 11.00 p.m. Councillor Laidlaw asked how many complaints had been received about noise in the last year. Mr. Tait advised that there had been two, both in the summer of 2011.
R  | <b>DECISION</b>
R  | AGREED to grant the variation subject to the condition that two door stewards be employed from 11.00 p.m. on Fridays and Saturdays.
H APPLICATION FOR PROVISIONAL PREMISES LICENCE – UNIT 2, ETTLE ROAD RETAIL PARK, BRACKENLAW
R 7. | There had been circulated copies of an application for a provisional premises licence for an off-sale shop. No objections or representations had been received.
R  | <b>DECISION</b>
R  | AGREED to grant the provisional premises licence.
H OCCASIONAL LICENCE – KIRKBRAE SHOW, KIRKBRAE HAUGH
R 8. | There had been circulated copies of an application for an occasional licence for the Kirkbrae Show on 11 May 2013, together with a representation from a neighbouring resident about noise and litter after previous shows.
R 9. | Mr. J. Amos, Secretary of the Show Committee, addressed the Board and explained the arrangements for stewarding and litter picking. Councillor Haig, seconded by Councillor Renwick, moved that the application be refused. Councillor Turnbull, seconded by Councillor Pringle, moved as an amendment that the application be granted with a terminal hour of 8.00 p.m.
R 10. | On a show of hands Members voted as follows:- Motion – 3 votes; Amendment – 5 votes. The amendment was accordingly carried.
R  | <b>DECISION</b>
R  | AGREED to grant the occasional licence with a terminal hour of 8.00 p.m.
H PERSONAL LICENCE – REVIEW HEARING (CASE PL/13/02)
R 11. | There had been circulated copies of a notice from Police Scotland reporting the conviction of a personal licence holder for a relevant offence. The licence holder had been cited to attend but did not appear and was not represented. PC Bell advised the Board of the circumstances of the offence.
R  | <b>DECISION</b>
R  | AGREED to revoke the personal licence.
H STATEMENT OF LICENSING POLICY 2013-2016 – CONSULTATION
R 12. | The Clerk to the Licensing Board, Mr. A. Kerr, advised that the draft Statement had been issued for consultation on 1 February 2013 and that responses were due by 29 March 2013. Councillor Elliot asked that Community Councils be contacted directly.
R  | <b>DECISION</b>
R  | AGREED that the draft Statement be sent to all Community Councils in the Board’s area.
H LOCAL LICENSING FORUM
R 13. | The Minute of the Local Licensing Forum of 6 February 2013 had been circulated.
R  | <b>DECISION</b>
R  | NOTED.
S 6
P The meeting concluded at 12.15 p.m.
