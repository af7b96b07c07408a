@title BSVCC Minute 17 September 2013
@font Helvetica
@fontsize 10.5
@numcol 12
@footer Minute - BSVCC - 17 September 2013 || Page {page}
P <b>MINUTE</b> of the <b>MEETING</b> of <b>BRINNASAY, SKELDRO AND VEENESS COMMUNITY COUNCIL</b>, held in the <b>BRINNASAY COMMUNITY HALL</b> on <b>TUESDAY, 17 SEPTEMBER 2013</b> at 7.30 p.m.
P <b>Present:</b> Mr H Isbister, Ms K Rendale, Mrs J Sclater, Mr P Moodie and Mr E Corrigall.
P <b>In attendance:</b> Councillor S Linklater<br/>Mrs W Omand, Community Council Liaison Officer<br/>Mrs F Craigie, Clerk<br/>1 Member of the Public
R 1. | <b>APOLOGIES</b>
P RESOLVED to note apologies for absence from Mr T Halcro and Councillor R Drever.
R 2. | <b>ADOPTION OF MINUTE – 18 JUNE 2013</b>
P The Minute of the Meeting held on 18 June 2013 was approved on the proposal of Mr P Moodie, seconded by Mrs J Sclater.
R 3. | <b>MATTERS ARISING</b>
R (a) | <b>Skeldro Pier – Lighting (18.6.13, para 4 (b))</b>
P Members were told that the Marine Services Manager had confirmed that the two broken lamps at Skeldro Pier had been replaced in August. Mr E Corrigall reported that the lamp nearest the waiting room was again not working, and it was:-
P RESOLVED to write to the Marine Services Manager asking that the lamp be repaired before the winter timetable begins.
R (b) | <b>Veeness Hall Roof (18.6.13, para 4 (c))</b>
P Having considered a letter from the Veeness Hall Committee reporting that the roof repairs had been finished at a cost of £3,140, it was:-
P RESOLVED to note the correspondence and to close this item.
R (c) | <b>Brinnasay School Road – Passing Places (18.6.13, para 6)</b>
P Councillor S Linklater advised members that the Roads Section intended to widen two passing places on the school road during October, and it was:-
P RESOLVED to note the information provided.
R 4. | <b>CORRESPONDENCE</b>
R (a) | <b>Nordholm Islands Council – Winter Ferry Timetable 2013/14</b>
P After consideration of correspondence regarding the proposed winter timetable for the Skeldro and Veeness ferry, members discussed the removal of the late Friday sailing. Ms K Rendale said that the sailing was used by pupils returning from the hostel and by shift workers, and it was:-
P RESOLVED:-
P (1) to note the timetable proposals; and
P (2) to ask the Clerk to write to the Head of Marine Services objecting to the removal of the late Friday sailing.
R (b) | <b>Nordholm Islands Council – Community Council Elections</b>
P Having considered a circular giving November 2014 as the date of the next community council elections, it was:-
P RESOLVED to note the correspondence.
R (c) | <b>NHS Nordholm – Outer Isles Nursing Cover</b>
P Members considered a consultation on the proposed nursing rota for the outer isles. Mrs J Sclater asked that the closing date be put back so that a public meeting could be held on Veeness, and it was:-
P RESOLVED to request that the consultation period be extended to 31 October 2013.
R 5. | <b>FINANCIAL STATEMENT</b>
P The Clerk presented the financial statement for the period to 31 August 2013, which showed a balance of £4,286.55 on the General Fund and £1,120.00 on the Community Council Grant Scheme account, and it was:-
P RESOLVED to note the financial statement.
R 6. | <b>PLANNING APPLICATIONS</b>
P After consideration of the following planning application, it was:-
P RESOLVED to raise no objection to the erection of a byre at Quoyburn, Skeldro (13/311/PP).
R 7. | <b>COMMUNITY COUNCIL GRANT SCHEME</b>
P Members considered two applications for financial assistance. Mr P Moodie declared an interest in the application from Veeness Pipe Band and took no part in the discussion, and it was:-
P RESOLVED:-
P (1) to award £250 to Veeness Pipe Band towards the cost of new uniforms; and
P (2) to award £180 to Brinnasay Playgroup towards outdoor play equipment.
R 8. | <b>ANY OTHER COMPETENT BUSINESS</b>
R (a) | <b>Remembrance Wreaths</b>
P Mr H Isbister offered to lay wreaths on behalf of the Community Council at both war memorials in November, and it was:-
P RESOLVED that the Clerk order two wreaths at a cost not exceeding £60.
R (b) | <b>Broadband Survey</b>
P Mrs W Omand advised members that the broadband survey forms would be delivered to all households in October.
R 9. | <b>DATE OF NEXT MEETING</b>
P RESOLVED to note that the next meeting would be held on Tuesday, 19 November 2013 at 7.30 p.m. in the Veeness Hall.
S 10
P The meeting concluded at 9.15 p.m.
S 20
P Signed: ………………………………………… Chair
