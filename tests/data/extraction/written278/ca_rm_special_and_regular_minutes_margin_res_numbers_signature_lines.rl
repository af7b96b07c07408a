@title R.M. of Willowgrass No. 318 - Minutes 2007
@font Times-Roman
@fontsize 11
@numcol 42
@footer R.M. of Willowgrass No. 318 - Council Minutes 2007 - Page {page}
HC MINUTES OF THE SPECIAL MEETING OF COUNCIL OF THE RURAL MUNICIPALITY OF WILLOWGRASS NO. 318 HELD AT 214 RAILWAY AVENUE, ASHBURN, SASKATCHEWAN THURSDAY JANUARY 11 2007
S 8
R Present | Lorne Ferrier, Reeve; Councillors Wes Ostapchuk (Div. 1), Gail Rennick (Div. 2), Harold Tkach (Div. 3), Brent Lavallee (Div. 4), Maureen Sokol (Div. 5) and Dale Pritchett (Div. 6); Darlene Kovach, Acting Administrator
R Waiver of Notice | All members of council signed a waiver of notice of this special meeting; the waiver is filed with these minutes.
R Call to Order | Reeve Lorne Ferrier called the meeting to order at 10:30 am.
R Appointment of Administrator<br/>Res. 1/07 | That council appoint Darlene Kovach as Administrator of the R.M. of Willowgrass No. 318 under The Municipalities Act, effective January 15, 2007. Carried
R Signing Authority<br/>Res. 2/07 | That cheques and banking documents of the municipality be signed by Reeve Lorne Ferrier or Deputy Reeve Gail Rennick, together with Administrator Darlene Kovach. Carried
R Bank Resolution<br/>Res. 3/07 | That the new signing authorities be forwarded to the Ashburn Credit Union and that the previous signing authorities be cancelled. Carried
R Adjournment | Meeting adjourned at 10:45 am.
S 30
G ______________________ | ______________________
G Reeve | Administrator
PB
HC MINUTES OF THE REGULAR MEETING OF COUNCIL OF THE RURAL MUNICIPALITY OF WILLOWGRASS NO. 318 HELD AT 214 RAILWAY AVENUE, ASHBURN, SASKATCHEWAN WEDNESDAY FEBRUARY 14 2007
S 8
R Present | Lorne Ferrier, Reeve; Councillors Wes Ostapchuk, Gail Rennick, Harold Tkach, Brent Lavallee and Dale Pritchett; Darlene Kovach, Administrator
R Absent | Councillor Maureen Sokol
R Call to Order | Reeve Lorne Ferrier called the meeting to order at 9:05 am.
R Minutes<br/>Res. 4/07 | That the minutes of the special meeting of council held January 11, 2007 be adopted as presented. Carried
R Financial Statement<br/>Res. 5/07 | That the January 2007 statement of financial activities be accepted. Carried
R Accounts for Payment<br/>Res. 6/07 | That cheques numbered 4418 to 4461 inclusive, totalling $48,215.37, be approved for payment and that a list of the cheques be attached to and form part of these minutes. Carried
R Delegation - Grid Road 741 | Vern Haldane appeared before council at 10:00 am regarding drifting snow on grid road 741 north of his yard. He asked that council consider a snow fence along the west ditch. Reeve Ferrier thanked Mr. Haldane and he left the meeting at 10:20 am.
R Snow Fence<br/>Res. 7/07 | That council purchase 400 metres of snow fence to be installed along the west side of grid road 741 in the spring, at a cost not to exceed $1,900.00. Carried
R Gravel Truck<br/>Res. 8/07 | That council call for tenders for a used tandem gravel truck, tenders to close March 14, 2007. Defeated
R Midterm Convention<br/>Res. 9/07 | That Reeve Ferrier and Councillors Rennick and Tkach be authorized to attend the Midterm Convention of rural municipalities in March, and that registration and expenses be paid by the municipality. Carried
R Tax Enforcement<br/>Res. 10/07 | That the Administrator proceed with tax enforcement under The Tax Enforcement Act on all parcels with arrears from 2005 and prior years. Carried
R Fire Agreement<br/>Res. 11/07 | That the R.M. of Willowgrass No. 318 renew the fire protection agreement with the Town of Ashburn for 2007 at the rate of $6,500.00 per year. Carried
R Administrator's Report | Administrator Darlene Kovach reported that the year-end for 2006 had been completed and that the auditors would be in the office the week of March 5. She also reported that the grader operator would be taking holidays in April.
R Correspondence | Correspondence was reviewed and filed.
R Next Meeting | The next regular meeting of council will be held Wednesday March 14, 2007 at 9:00 am.
R Adjournment<br/>Res. 12/07 | That this meeting now adjourn at 12:40 pm. Carried
S 14
G ______________________ | ______________________
G Reeve | Administrator
