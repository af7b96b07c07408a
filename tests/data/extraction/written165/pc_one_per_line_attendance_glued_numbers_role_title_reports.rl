@title Foulsmere Parish Council minutes 14 November 2017
@font Helvetica
@fontsize 10.5
@footer Signed ................................ Chair || Date ....................
HC Minutes of the meeting of Foulsmere Parish Council held at St Botolph's Church on Tuesday 14 November 2017 at 7.30 pm
S 6
P Present:Councillor R Gotts (Chair)
P Councillor J Pegg
P Councillor S Utting
P Councillor L Bunting
P County Councillor D Kerrison-Bream
P District Councillor F Thurlow
P Clerk: Martin Rix
S 4
H 1.Apologies for absence.
P Apologies had been received from Councillor P Howlett who was away and these were accepted.
H 2.Declarations of Pecuniary Interest.
P There were no DPIs.
H 3.Minutes of the Previous Meeting.
P Councillor Pegg proposed and Councillor Utting seconded the resolution that the minutes of the meeting held on Tuesday 12 September 2017 having been circulated be approved. All were in favour and the minutes were duly signed by the Chairman.
H - Public participation.
H 4.1 County and District Councillor Reports.
P The County Councillor reported that the County Council was forecasting an overspend of £9 million this year, most of it in children's services, and that a council tax rise of 4.99% was likely. He stated that the fire service review had been postponed until the spring and that the mobile library would stop calling at Foulsmere from January. The District Councillor reported that the district's new waste contract would start in April with no change to collection days. Councillor Bunting asked whether the brown bin charge would rise. The District Councillor replied that it would stay at £45 for 2018/19.
H 4.2 Public Questions.
P There were no members of the public present.
H 5.Finance.
H 5.1 Bank Balances.
P The Clerk reported that the balance in the current account was £4,186.22 and in the reserve account £2,500.00.
H 5.2 Payments.
P Councillor Utting proposed and Councillor Bunting seconded that the following payments be made: M Rix, clerk's salary (October and November) £240.00; Norfolk ALC, training £30.00; St Botolph's PCC, room hire £20.00. All were in favour.
H 6.Highways.
P The Chair reported that the road at Pound Corner had flooded twice in October. The Clerk had reported it to NCC Highways, who had cleared one gully but not the ditch. Councillor Pegg asked that the landowner be contacted about the ditch. It was agreed that the Clerk would write to the landowner and copy the letter to the County Councillor.
H 7.Precept 2018/19.
P The Clerk presented a draft budget for 2018/19 showing expenditure of £3,310. After discussion Councillor Gotts proposed a precept of £3,150, seconded by Councillor Pegg. Three voted in favour and one against and the proposal was carried.
H 8.Church Maintenance.
P Councillor Utting reported that the churchyard wall by the lych gate needed repointing and that the PCC had asked whether the Parish Council could help. It was resolved to make a grant of £250 to St Botolph's PCC under section 137.
H 9.Correspondence.
P The correspondence list had been circulated and was noted.
H 10.Date of Next Meeting.
P Tuesday 9 January 2018 at 7.30 pm at St Botolph's Church.
S 10
P There being no other business the meeting closed at 8.50 pm.
