@title HSPC minutes March 1999 scan
@font Times-Roman
@fontsize 12.5
@footer Signed ...................................... Chairman // - {page} -
HC WENDLOW STOKE PARISH COUNCIL
P MINUTES of the Wendlow Stoke Parish Counci1 held at the Market Hall on Monday 1st March 1999 at 7.30 p.m.
P PRESENT: Mr. D. Beddard (Chairman), Mrs. M. Onions, Mr. R. Hodnett, Mr. G. Pountney, Mrs. J. Lloyd, Mr. K. Preen, Mr. T. Yapp. Mr. P. Lowe (Clerk).
P ALSO PRESENT: District Councillor Mrs. V. Kynaston, PC 1184 Harris and four parishioners.
H APOLOGIES
P ------------------
P Apologies were received from Mr. A. Bright (work) and County Councillor E. Morgan.
H MINUTES
P ---------------
P The Minutes of the meeting held on 1st February 1999, having been circu- lated, were taken as read, approved and signed by the Chairman.
H MATTERS ARISING
P ----------------------------
P Street lighting, Lower Street - the Clerk reported that the District Counci1 had now agreed to move the lamp column at no cost to the Parish. Mr. Yapp thanked the Clerk for his persistence.
P Bus shelter - Mr. Pountney said that the glass had been broken again and he would ask the glazier for a price for perspex. The matter is to come back in April.
H POLICE MATTERS
P -------------------------
P PC Harris reported that there had been two burglaries at farm premises on the Blackmere road and one theft of a trailer in the last month. He asked residents to mark their tools and to report any vans seen driving slowly round the lanes at night. Mrs. Onions asked about the parking of lorries on the Market Square overnight and PC Harris said he would look at the matter with the District Counci1.
H PLANNING
P -------------
P 99/0112 Mr. and Mrs. Bowkett, conservatory, 4 Mill Meadow. No objection.
P 99/0131 Severnside Homes, 9 dwellings, land off Pinfold Lane. Mr. Hodnctt declared an interest as an adjoining owner and took no part. After a long discussion it was pro- posed by Mr. Preen, seconded by Mrs. Lloyd, that the Counci1 object on the grounds of the access and the loss of the orchard. This was carried unanimously.
H HIGHWAYS AND FOOTPATHS
P --------------------------------------------
P Mr. Yapp reported that footpath 14 at Bank Cottages was blocked by a fallen ash tree. The Clerk to write to the County Counci1. The potholes on Cawley Lane have been filled but the verge has not been reinstated and the Cornmittee of the Bowling Club has complained about mud on the green lane. Mr. Yapp will raise this with the Highways Area Office.
H FINANCE
P -----------
P It was RESOLVED that the following accounts be paid:
G Chq. 412 | P. Lowe, Clerk's salary Jan-Mar | 210.00
G Chq. 413 | Market Hall Trust, room hire | 15.00
G Chq. 414 | A.L.C., affiliation fee 1999/2000 | 61.80
P The Clerk reported that the precept of £3,250 for 1999/2000 had been notified to the District Counci1.
H MILLENNIUM CELEBRATIONS
P ------------------------------------------
P Mrs. Onions reported on the last meeting of the Millennium Committee. The Committee is asking the Parish Counci1 for £500 towards a beacon on Wendlow Bank and a commemorative seat. Mr. Pountney felt the beacon was not a proper use of the rate and that the seat alone should be funded. It was proposed by Mrs. Onions and seconded by Mr. Beddard that a grant of £500 be made. On being put to the vote the motion was carried by 6 votes to 2.
H C0RRESPONDENCE
P --------------------------
P (a) District Counci1 - Local Plan deposit draft, comments by 30th April. To be on the April agenda.
P (b) A.L.C. - newsletter and training dates. Circulated.
P (c) Letter from Mrs. Bowkett thanking the Counci1 for the new dog bin. Noted.
H ANY OTHER BUSINESS
P -----------------------------------
P Mr. Preen asked that the condition of the war memorial railings be looked at before Remembrance Sunday. Mr. Beddard said he would ask a local smith to look at them.
H DATE OF NEXT MEETING
P -----------------------------------
P Monday 12th April 1999 at 7.30 p.m. in the Market Hall, to be preceded by the Annual Parish Meeting at 7.00 p.m.
P There being no further business the Chairman closed the meeting at 9.35 p.m.
