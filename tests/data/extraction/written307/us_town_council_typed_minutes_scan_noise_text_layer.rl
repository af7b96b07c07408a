@title CCMtg03-09-93
@font Times-Roman
@fontsize 12
@header CCMtg03-09-93 Lake Orvane
P <b>REGULAR COUNCIL MEETING</b> ~
S 8
P The Council met in regular session March 9th, 1993 at 7:30 P.M. in the Town Hall. ~!
S 4
P Present: R.T.Ostrowski, Chairman
P L.Dempsey - M.A.Fairweather ~
P K.O.Lundgren - B.Hatcher ,
P Mayor E.Paxton. i
S 6
P Meeting was called to order by Chairman Ostrowski at 7:32 P.M. j
S 6
P The minutes of the meeting of February 23rd were read. Motion made by Mr.Lundgren and sec. by Mrs.Dempsey that the minutes be approved as read. Carried. ~
S 6
P Mayor Paxton advised the council that the county has offered to resurface Lakeshore Drive from Palm Avenue to the town line if the Town pays for the curb repairs, estimated at $3,800.00. Motion made by Mr.Hatcher and sec. by Mrs.Fairweather that the Town accept the county's offer and pay for the curb repairs from the street fund. Carried. i
S 6
P For clarification of procedure the Town Clerk suggested that water meter deposits be refunded by check on the 1st and 15th of each month instead of at the counter. No objections. No vote required. ~ i
S 6
P Mrs.Dempsey reported that the Fourth of July committee has raised $1,150.00 toward the fireworks and asked whether the Town would match it. Motion made by Mrs.Dempsey and sec. by Mr.Lundgren that the Town contribute $1,000.00 from the recreation account. Carried.
S 6
P Chairman Ostrowski read a letter from the Lake Orvane Garden Club asking permission to plant the median on Main Street. Permission granted. !
S 6
P Mr.Hatcher brought up complaints of speeding on Cypress Road. The police chief will be asked to attend the next meeting. No action taken. ~
S 6
P Motion made by Mrs.Fairweather and sec. by Mr.Hatcher that bills in the amount of $6,412.57 be paid. Carried. j
S 6
P Council then entered into general discussion on items proposed by individual members for the good and welfare of the Town but no official action on any proposal. Each item will be put on the agenda for future action. I
S 10
P Adjournment at 10:05 P.M.
S 24
P ______________________________ ______________________________
P Chairman of the Council Town Clerk
P ~ I 1 ~
