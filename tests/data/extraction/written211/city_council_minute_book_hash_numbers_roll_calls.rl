@title MINUTES - Regular - 10/8/2009
@font Times-Roman
@fontsize 11.5
@header OCTOBER 8, 2009||{page}
@pageoffset 611
HC REGULAR MEETING OF THE CITY COUNCIL
P A Regular Meeting of the City Council of the City of Hallowmere was held in City Council Chambers on Thursday, October 8, 2009 at 7:30 P.M. for the purpose of transacting any and all business. Notice of this meeting was posted on October 5, 2009 at 10:12 A.M.
P Councillor Dunleavy was absent.
P Council President Marguerite A. Conlon presided.
P <b>#601 – APPOINTMENT – BOARD OF HEALTH</b>
P The Mayor’s appointment of Rosalind Petrakis, 14 Tanner Lane, to the Board of Health for a term of three years was confirmed by a roll call vote of 10 yeas, 0 nays, 1 absent.
P <b>#602 – ORDER – TRANSFER FOR SNOW AND ICE REMOVAL</b>
P ORDERED: That the sum of Forty-Two Thousand Dollars ($42,000.00) be transferred from the Salary Reserve Account to the Snow and Ice Removal Account, in accordance with the recommendation of His Honor the Mayor.
P Councillor Sargent moved to refer the matter to the Committee on Administration and Finance. The motion to refer did not carry by a roll call vote of 3 yeas, 7 nays, 1 absent.
P The Order was adopted by a roll call vote of 8 yeas, 2 nays, 1 absent. Councillors Sargent and Okafor voted in the negative.
P <b>#603 – COMMITTEE REPORT – PARKING ON RIVERBANK AVENUE</b>
P Councillor Ferreira offered the following report for the Committee on Ordinances, Licenses and Legal Affairs. It was voted to accept the report.
P The Committee on Ordinances, Licenses and Legal Affairs, to whom was referred the matter of two-hour parking on the south side of Riverbank Avenue, has considered said matter and would recommend that the accompanying ordinance be adopted.
P The ordinance was adopted for first passage by a roll call vote of 10 yeas, 0 nays, 1 absent.
P <b>#604 – ORDER – SIDEWALK REPAIRS, WARD FOUR</b>
P Councillor Okafor introduced the following order, which was adopted by a roll call vote of 10 yeas, 0 nays, 1 absent.
P ORDERED: That the Department of Public Services repair the sidewalks on Gannet Street and Lowry Place before the first snowfall, and report to the Council on the cost.
P <b>#605 – ORDER – COMMUNITY PRESERVATION COMMITTEE</b>
P Councillor Lindgren offered the following order: That the City Council request the Community Preservation Committee to report on the use of its funds for open space in each of the last three years.
P The order did not carry by a roll call vote of 5 yeas, 5 nays, 1 absent.
P A motion for immediate reconsideration in the hopes it would not prevail was denied.
P <b>#606 – ORDINANCE – ALARM SYSTEMS</b>
P At the request of the Fire Chief, who was unable to attend, the proposed ordinance relative to false alarm fees was postponed to the meeting of October 22, 2009.
P <b>#607 – LICENSES</b>
P The following licenses were granted:
P Taxi operator – Harbour Cab Co., 3 vehicles. Sunday entertainment – The Lantern Room, 48 Quay Street. Lodging house – 112 Pell Street.
P <b>#608 – CLAIMS</b>
P The following claims were referred to the Committee on Administration and Finance: Dolores Vance, 27 Marsh Road; Timothy Greer, 9 Oriole Court.
P <b>#609 – ORDINANCE – SECOND PASSAGE – TRASH BARRELS</b>
P The ordinance amending Chapter 28, Section 14, relative to the placing of trash barrels on the public way, was adopted for second and final passage by a roll call vote of 9 yeas, 1 nay, 1 absent. Councillor Sargent voted in the negative.
P On the motion of Councillor Lindgren the meeting adjourned at 9:02 P.M.
S 10
P ATTEST:
P CORDELIA M. BRANNIGAN
P CITY CLERK
