@title Minutes 13 July 2017
@font Times-Roman
@fontsize 12
@footer Thorncliffe and Hollowmere Parish Council – Minutes 13th July 2017||Page {page}
HC Thorncliffe and Hollowmere Parish Council
C Minutes of the Parish Council meeting held on Thursday 13th July 2017 at 7.30pm in Hollowmere Village Hall
S 6
P Present: Cllr Ashdown (Chair), Cllr Pellow, Cllr Garside, Cllr Nuttall, Cllr Brierley.
P In attendance: Mrs R Okonedo (Clerk), County Cllr T Halsall, 3 members of the public.
P <b>Open Forum:</b> A resident of Mill Lane asked about the overgrown hedge at the junction with Thorn Road, which was obscuring the give way sign. The Clerk undertook to report it to the highways team the following morning.
P <b>1. To note and accept apologies.</b> Cllrs Whitlock and Baines had sent apologies due to work commitments. The apologies were accepted.
P <b>2. To record declarations of interest.</b> Cllr Garside declared a non-pecuniary interest in item 8 as a trustee of the Hollowmere Playing Field Association.
P <b>3. To confirm the Minutes of 8th June 2017.</b> RESOLVED that the Minutes be signed by the Chair as a correct record, which was done.
P <b>4. To note the Clerk's update.</b> The Clerk reported as follows. Thorn Road drainage – the highways team had inspected the gullies and would jet them during August. Footpath 14 – the stile at Lowe's Field had been replaced by the landowner. Litter pick – 24 volunteers had collected 31 bags on 17th June and the Clerk had written to thank them.
P <b>5. To consider planning applications received.</b> (a) Application 17/00912/FUL; Brook Farm, Hollow Lane; conversion of a barn to two dwellings. Members were concerned that the visibility at the farm access onto Hollow Lane was poor and that the application did not show any improvement. RESOLVED to object on highway grounds. (b) Application 17/01045/TCA; 3 Church View; crown reduction of a lime tree. RESOLVED no objection.
P <b>6. To hear from the County and District Councillors.</b> County Cllr Halsall reported that the county's highways budget for the district had been reduced by 8% and that Thorn Road was not in the resurfacing programme for this year. No report had been received from the District Councillors.
P <b>7. To note the bank balance and authorise payments.</b> The balance at 30th June stood at £14,208.66. RESOLVED to approve the payments listed: Clerk's salary £402.10; HMRC £100.40; Greenway Grounds (grass cutting) £336.00; Hollowmere Village Hall (room hire) £48.00.
P <b>8. To consider the renewal of the playing field lease.</b> Cllr Pellow reported that the Playing Field Association had asked for a 25-year lease so that it could apply for a pavilion grant. Members felt that a shorter term would be sufficient for the grant. Cllr Pellow proposed a 21-year lease on the existing terms and Cllr Nuttall seconded. Carried with four in favour and one abstention. Cllr Garside did not vote.
P <b>9. To discuss speeding and other highway concerns.</b> Members discussed speeding on Thorn Road, especially between 7am and 9am. Cllr Brierley offered to coordinate a Community Speed Watch group and it was agreed to ask the county for a traffic survey before the autumn.
P <b>10. To consider a request for a grant from the 1st Hollowmere Scouts.</b> The application did not include the group's latest accounts; the item was deferred to the September meeting pending receipt of the accounts.
P <b>11. To note correspondence received.</b> A list of correspondence had been circulated and was noted.
P <b>12. Councillors' reports and items for the September agenda.</b> Cllr Nuttall asked for the defibrillator cabinet at the bus shelter to be added to the September agenda.
P <b>13. Date of next meeting.</b> Thursday 14th September 2017 at 7.30pm in Hollowmere Village Hall.
S 8
P The meeting closed at 9.05pm.
S 14
P Signed: ……………………………… Chair &nbsp;&nbsp;&nbsp; Date: ………………………
