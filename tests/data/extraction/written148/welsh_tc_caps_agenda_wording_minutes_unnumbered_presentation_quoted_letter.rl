@title Town Council minutes 11 June 1998
@font Times-Roman
@fontsize 11
@header ||{page}
@pageoffset 9
@footer Signed ........................................ Mayor
H MINUTES OF THE ORDINARY MEETING OF THE ABERLLEIAN TOWN COUNCIL HELD AT THE TOWN HALL, ABERLLEIAN ON THURSDAY 11th JUNE 1998
S 4
G Present: Councillors: | D Gwyther (Mayor) L Rossiter (Deputy Mayor), R Brace, A Merriman, H Davies, M Lort, J Harries, T Llewellin, K Mathias, S Skone
G In attendance: | Mrs S Protheroe (Town Clerk) Mrs C Wheeler (Assistant Town Clerk)
S 6
P Mr D Phelps, Waste Management Officer of the County Council, gave Council an update on the kerbside recycling trial which would begin in the Priory and Castle wards in September. Collections would be fortnightly, and residents would be given green boxes for glass and cans. Councillor Brace asked whether the flats in Quay Street would be included; Mr Phelps said that they would follow in the second phase. The Mayor thanked Mr Phelps.
H 24. APOLOGIES FOR ABSENCE / DECLARATIONS OF INTEREST Cllrs W Bowen, P Morse, E Scourfield.
H 25. QUESTION AND ANSWER SESSION – MEMBERS OF THE PUBLIC There were no questions from the public.
H 26. TO CONFIRM AND SIGN THE MINUTES OF THE MEETING HELD ON 14TH MAY 1998
P The minutes of 14th May 1998 were taken as read and confirmed as a correct record on the motion of Councillor Lort, seconded by Councillor Harries.
H 27. MATTERS ARISING FROM THE MINUTES
P a) Castle Terrace junction (Reply from Mr H Lewis, County Highways, attached)
P Mr Lewis's letter said that a pedestrian crossing could not be justified on the present traffic figures. After discussion it was resolved to ask the Police whether an officer could be present at the junction at school times, and the Clerk will write accordingly.
P b) Response from Mr G Rees regarding Millennium grants below:
I Dear Mayor and Town Clerk
I Following the decision of the County Council's Policy Committee on 20 May, I am pleased to tell you that £40,000 has been set aside for small Millennium projects in the county's towns and villages. Each town or community council may bid for up to £2,000 for a project finished by December 2000, and Clerks will receive the forms in July.
I Yours sincerely
I G Rees, Chief Executive
P The letter was noted. Councillor Skone suggested that the Council consider a Millennium seat for the Town Green.
H 28. MAYOR'S ENGAGEMENTS
P 16th May – Civic Service, St Mary's Church; 23rd May – Aberlleian Carnival; 6th June – opening of the Scouts' new hut, Bush Lane.
H 29. PLANNING APPLICATIONS
P 98/0231 – 14 Main Street – replacement windows – No objection.
P 98/0247 – land at Gelli Hill – erection of 12 dwellings – Members were concerned about the access onto Gelli Hill Road, and it was resolved to object to the application on highway safety grounds.
H 30. TOWN CLERK'S REPORT
P The Town Clerk reported that three quotations had been received for repainting the railings on the Town Green. It was resolved that the lowest quotation, from R & J Decorators in the sum of £1,350, be accepted.
H 31. FINANCE – ACCOUNTS FOR PAYMENT
P Accounts totalling £4,217.60 were approved for payment, moved by Councillor Merriman and seconded by Councillor Rossiter.
H 32. CORRESPONDENCE
P Letters from the Aberlleian Cricket Club, the Civic Trust and the Rural Community Council were read. All correspondence was noted.
H 33. DATE OF NEXT MEETING
P Thursday 9th July 1998 at 7.00 p.m. in the Town Hall.
