@title Crossknowe Parish Council minutes 3 April 2019
@font Helvetica
@fontsize 10
@footer Crossknowe Parish Council – minutes of 3 April 2019 – page {page}
HC Crossknowe Parish Council
C Meeting of the Parish Council held on Wednesday, 3 April, 2019 Between 7pm and 8.35pm and at Crossknowe Memorial Hall
HC MINUTES
TH Present | Apologies | Absent
T Alan Hetherington Chairman | Fiona Charlton | Derek Milburn
T Jean Robson | | 
T Ian Dodd | | 
T Margaret Elliott | | 
TH In attendance | Copy to | 
T Mrs Kirsty Armstrong Parish Clerk | County Cllr. Glen Fenwick | 
T PC Andrew Reavley | | 
P <b>1. Apologies for absence</b> Apologies for absence were received and AGREED from Fiona Charlton, who was unable to attend because of a family commitment. County Cllr. Glen Fenwick had offered his apologies to the Clerk.
P <b>2. Minutes of the previous meeting</b> The minutes of the previous meeting, having been circulated, were accepted as a true record and signed by the Chairman.
P <b>3. Matters arising</b>
P a) item 3a: Bench at the war memorial: The Clerk reported that the replacement slats had been fitted by the joiner and the invoice had been paid.
P b) item 3b: Crossknowe Bridge: The Chairman reported that the County Council's bridge engineer had inspected the parapet and repairs were programmed for the autumn. Jean Robson asked for temporary barriers to be put up in the meantime; the Clerk will ask.
P c) item 3c: Speed indicator sign: Ian Dodd reported that the sign had recorded an average speed of 34 mph on the B-road through the village in March. It was AGREED to move the sign to the eastern approach in May.
P d) item 3d: Grit bins: The Clerk reported that both grit bins had been refilled in February.
P <b>4. Police report</b> PC Andrew Reavley reported that there had been two thefts of quad bikes in the wider area and asked farmers to register machinery with the farm watch scheme. There had been no crimes in the village itself.
P <b>5. Planning</b> 19/00843/FUL Low Shaws – agricultural building for livestock. It was AGREED that the Council had no objection, but that the building should be clad in dark green.
P <b>6. Finance</b> The Clerk presented the year end figures: balance at 31 March £7,214.60. The following payments were AGREED: Clerk's salary (quarter) £450.00; Memorial Hall hire £30.00; Borderside Play Inspections £72.00.
P <b>7. Annual Parish Meeting</b> It was AGREED that the Annual Parish Meeting be held on Wednesday 15 May at 7pm, before the Annual Meeting of the Council. Margaret Elliott offered to ask the school to display pupils' work.
P <b>8. Correspondence</b> Letters from the National Park about the summer ranger events and from the Rural Community Council about community buildings grants were received and NOTED.
P <b>9. Any other business</b> Jean Robson raised the condition of the verge outside the school after the recent roadworks.
P <b>10. Date of next meeting</b> Wednesday, 15 May, 2019 at 7.30pm at Crossknowe Memorial Hall.
