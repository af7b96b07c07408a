@title NOTICE OF MEETING AND AGENDA - WICKHOLLOW SHELLFISH COMMISSION
@font Times-Roman
@fontsize 12
HC NOTICE OF MEETING AND AGENDA
HC WICKHOLLOW SHELLFISH COMMISSION
HC APRIL 3, 2019
S 8
P The Wickhollow Shellfish Commission will meet at 7:00 p.m. on Wednesday, April 3, 2019 in Room 214, Wickhollow Town Hall, 60 Common Road. The Commission may act on any of the matters below:
S 4
P 1.Minutes of March 6, 2019 – approval.
P 2.Financial statement
P 3.Constable's log
P 4.Harvest permit renewals to date
P 5.New Business
P a.Spring reseeding of the Cedar Point beds
P b.Middle school field trip request
P 6.Old Business
P a.Autumn water quality sampling results
P b.Shellfish week display at the library
P 7.Other Business
P a.Possible joint meeting with the Conservation Commission
P 8.Public Comment
P 9.Adjournment
S 14
P Thomas Varga
P Chairman
S 10
P Filed with the Town Clerk on Tuesday, March 26, 2018
P Published in the Wickhollow Courier, Friday, March 29, 2019
