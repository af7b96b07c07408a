@title Planning Committee 12 October 2016
@font Times-Roman
@fontsize 11
@header PLANNING COMMITTEE - 12TH OCTOBER 2016
@footer {page}
HC PLANNING COMMITTEE
C Minutes of the meeting held on Wednesday, 12th October 2016 at Town Hall, Idlewater
P <b>Present:</b>
P Councillor R Sowerby (Chair)
P Councillors J Ackroyd, B Culshaw, P M Dransfield, K Garside, W Holroyd MBE, A Jowett, S Lumb, D G Pickles and T Scatcherd.
P <b>Officers in attendance:</b> G Ashworth, L Firth, H Marsden and N Wadsworth.
P (Meeting commenced at 6.30pm.)
P (The Chair welcomed all to the meeting, read out the Fire Evacuation Procedure, and also enquired as to whether any member of the public wished to film the meeting or any part thereof; no member of the public wished to do so.)
H 28. APOLOGIES FOR ABSENCE
P Apologies for absence were received from Councillors M Bentham and C E Ogden.
H 29. DECLARATIONS OF INTEREST
P (a) Members
P Councillor K Garside declared a personal interest in application 16/00507/OUT as a member of Thurlbeck Parish Council, which had commented on the application, and stated that she had not taken part in that discussion.
P (b) Officers
P There were no declarations of interest by officers.
H 30. MINUTES OF THE MEETING HELD ON 14TH SEPTEMBER 2016
P RESOLVED that the Minutes of the meeting held on 14th September 2016 be approved.
H 31. MINUTES OF PLANNING CONSULTATION GROUP MEETINGS HELD BETWEEN 12TH SEPTEMBER AND 3RD OCTOBER 2016
P RESOLVED that the Minutes of the Planning Consultation Group meetings held between 12th September and 3rd October 2016 be received.
H 32. OUTSTANDING MINUTES LIST
P RESOLVED that the Outstanding Minutes be received.
H SECTION A – ITEMS FOR DISCUSSION IN PUBLIC
P <u>Key Decisions</u>
P None.
P <u>Other Decisions</u>
H 33. REPORT(S) OF THE HEAD OF REGENERATION – PUBLIC INTEREST TEST
P The Head of Regeneration had deemed that all Items on the Agenda were of a non-confidential nature, with the exception of Minute 39 which contained information relating to an individual.
H 34. APPEAL DECISIONS RECEIVED
P Members were presented with two appeal decisions. The appeal against the refusal of planning permission for a detached dwelling at Moor Lane, Thurlbeck (15/01144/FUL) had been dismissed, and the appeal against the refusal of advertisement consent at 4 Kirkgate had been allowed.
P RESOLVED that the decisions be noted.
H 35. 16/00421/FUL – ERECTION OF 14 DWELLINGS WITH ASSOCIATED ACCESS AND LANDSCAPING, LAND OFF GRANGE ROAD, HOLMEBRIGG
P The Planning Officer, L Firth, presented the report and advised of one further letter of objection received since the agenda was published.
P Mr D Haigh spoke in objection to the application, and Mrs P Kershaw, the agent, spoke in support.
P Councillor S Lumb, the Ward Member, raised concerns about the width of Grange Road and the lack of a footway to the school.
P It was moved by Councillor J Ackroyd and seconded by Councillor D G Pickles that the application be granted in accordance with the officer recommendation. On being put to the vote, 7 Members voted for and 3 against.
P RESOLVED that planning permission be granted subject to the conditions set out in the report and an additional condition requiring a footway along the Grange Road frontage.
H 36. 16/00507/OUT – OUTLINE APPLICATION FOR UP TO 60 DWELLINGS, FIELD EAST OF STATION ROAD, THURLBECK
P The Planning Officer, H Marsden, presented the report, which recommended refusal on the grounds that the site lay outside the development limits and would have a harmful effect on the character of the open countryside.
P Mr R Clegg, the applicant's agent, spoke in support of the application.
P RESOLVED that planning permission be refused for the reasons set out in the report.
H 37. 16/00133/FUL – CHANGE OF USE OF AGRICULTURAL BUILDING TO WEDDING VENUE, LOW ROYD FARM, COLDWELL LANE
P Councillor P M Dransfield proposed that consideration of the application be deferred to allow Members to visit the site to assess the effect of the proposal on the neighbouring properties and the adequacy of the access. This was seconded by Councillor T Scatcherd.
P RESOLVED that the application be deferred for a site visit.
H 38. PLANNING PERFORMANCE – QUARTER 2 2016/17
P G Ashworth presented the report on the performance of the Development Management service, which showed that 91% of minor applications had been determined within the statutory period.
P RESOLVED that the report be noted.
H SECTION B – ITEMS NOT FOR DISCUSSION IN PUBLIC
H 39. ENFORCEMENT – LAND AT 12 BACK LANE, HOLMEBRIGG
P Members considered the report of the Head of Regeneration on the unauthorised use of land at 12 Back Lane for the storage of vehicles.
P RESOLVED that the Head of Legal Services be authorised to take all necessary action, including the service of an enforcement notice and legal proceedings, to secure the cessation of the unauthorised use.
P (Meeting ended at 8.12pm.)
