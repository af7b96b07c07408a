@title Committee of the Whole and Special Meeting February 23, 1976
@font Times-Roman
@fontsize 10.5
@numcol 42
@header_first  
@header TOLANIK CITY COUNCIL MINUTES||February 23, 1976 - Page {page}
P February 23, 1976<br/>7:30 P.M.
HC TOLANIK CITY COUNCIL
C COMMITTEE OF THE WHOLE MEETING
C Tolanik City Hall<br/>Council Chambers
HC M I N U T E S
S 6
R CALL TO ORDER | Council President Vance opened the meeting at 7:32 P.M.
R ROLL CALL OF COUNCIL MEMBERS | HARMON, OSTRANDER, VANCE, DELGADO, PRUITT, KOSKELA, BRANDVOLD.
R MINUTE APPROVAL | MOVED BY OSTRANDER, SECONDED BY PRUITT, THAT THE FEBRUARY 9, 1976 MINUTES BE ACCEPTED AS WRITTEN. CARRIED.
R DISCUSSION |
R LID #31 - Sanitary sewer, Kestrel Point | Public Works Director Kenneth Aldridge reviewed the preliminary assessment roll. The estimated cost is $214,000, of which the City would carry $31,000 for oversizing. Mr. Walter Hensch, 14220 - 57th Ave. S., said that several owners on the hill could not pay an assessment of $2,600 and asked whether payment could be spread over fifteen years. Councilman Harmon said the Council should hear from all the owners before going further, and Councilwoman Koskela asked that each owner be written to. MOVED BY HARMON, SECONDED BY KOSKELA, THAT LID #31 BE PLACED ON THE AGENDA OF THE MARCH 1, 1976 REGULAR MEETING FOR A PUBLIC HEARING. CARRIED.
R Proposed ordinance - Business licenses | City Attorney Ruth Castellano explained that the draft would replace the three separate license ordinances with one and would add a fee for itinerant vendors. Councilwoman Delgado asked that the fee for non-profit groups be waived. After discussion it was agreed to return the draft to the Attorney for that change.
R Hollister Avenue street lighting | Councilman Ostrander reported that Tolanik Valley Power would install eleven new standards if the City paid the first year's energy charge of $1,870. Councilman Brandvold said the avenue was the darkest street in the city. MOVED BY OSTRANDER, SECONDED BY BRANDVOLD, THAT THE ADMINISTRATION BE AUTHORIZED TO ACCEPT THE PROPOSAL. MOTION FAILED, 3 AYES, 4 NOS.
R Water rate study | Councilman Pruitt asked when the consultant's report would be ready. Mr. Aldridge said it was promised for the end of March. No action was taken.
R ADJOURNMENT 9:38 P.M. | MOVED BY KOSKELA, SECONDED BY BRANDVOLD, THAT THE COMMITTEE OF THE WHOLE MEETING ADJOURN. CARRIED.
S 14
P ____________________________________<br/>Council President
S 20
P February 23, 1976<br/>9:45 P.M.
HC TOLANIK CITY COUNCIL
C SPECIAL MEETING
C Tolanik City Hall<br/>Council Chambers
HC M I N U T E S
S 6
R CALL TO ORDER | Mayor Anton Lindgren opened the Special Meeting at 9:45 P.M. and read aloud the written call, which had been delivered to each Council member on February 20, 1976.
R ROLL CALL OF COUNCIL MEMBERS | HARMON, OSTRANDER, VANCE, DELGADO, PRUITT, KOSKELA, BRANDVOLD.
R ORDINANCE #972 - Emergency appropriation, storm damage | City Clerk Marjorie Tisdale read Ordinance #972 by title only. Mr. Aldridge said the January storm had cost $46,300 in overtime and repairs to the river dike. MOVED BY VANCE, SECONDED BY DELGADO, THAT ORDINANCE NO. 972 BE ADOPTED AS READ. ROLL CALL VOTE: 6 AYES, 1 NO (HARMON). MOTION CARRIED.
R EXECUTIVE SESSION 10:05 - 10:40 P.M. | MOVED BY PRUITT, SECONDED BY OSTRANDER, THAT THE COUNCIL GO INTO EXECUTIVE SESSION TO DISCUSS A PERSONNEL MATTER. CARRIED. The Council returned to open session at 10:40 P.M. No action was taken.
R ADJOURNMENT 10:42 P.M. | MOVED BY KOSKELA, SECONDED BY VANCE, THAT THE SPECIAL MEETING ADJOURN. CARRIED.
S 14
P ____________________________________<br/>Mayor
S 10
P ____________________________________<br/>City Clerk
