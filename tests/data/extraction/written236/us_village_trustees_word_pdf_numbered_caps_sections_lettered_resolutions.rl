@title Board of Trustee Minutes - April 21, 2008
@font Helvetica
@fontsize 10.5
@footer Board of Trustees Regular Meeting - April 21, 2008||Page {page}
H Board of Trustee Minutes - April 21, 2008
P Regular Meeting of the Board of Trustees of the Village of Vanderkill-on-Hudson, NY was held on Monday, April 21, 2008 at the Municipal Building, Van Tassel Street, Vanderkill-on-Hudson, NY.
P The following officials were present:
P Mayor Pellegrino<br/>Trustee Ostrowski<br/>Trustee Brandt<br/>Trustee Kavanagh<br/>Trustee DeGroot<br/>Manager Szabo<br/>Attorney Lindgren<br/>Treasurer Okonkwo
H 1. CALL TO ORDER
P Mayor Pellegrino called the meeting to order at 8:02 p.m. Everyone joined in the Pledge of Allegiance.
H 2. APPROVAL OF VOUCHERS:
P Trustee Kavanagh made a motion to approve the vouchers as follows; the motion was seconded by Trustee Brandt and approved unanimously.
G General Fund | $52,118.44
G Water Fund | 6,204.17
G Sewer | 0
G Capital Fund | 31,870.00
G Trust Fund | 2,915.36
G Debt Fund | 0
G Total | $93,107.97
H 3. PRESENTATION
P Mayor Pellegrino presented a proclamation to the Vanderkill-on-Hudson Volunteer Ambulance Corps in honor of its fiftieth anniversary. Captain Rosalind Meeker accepted the proclamation on behalf of the Corps and thanked the Board and the residents for their support over five decades.
H 4. CORRESPONDENCE
P A. Letter from Harriet Voss, Commissioner of the County Department of Environmental Facilities, dated April 9, 2008 announcing the spring household hazardous waste collection day on May 17, 2008. Trustee Brandt asked that this be posted on the Village web-site and in the next newsletter.
P B. Letter from the Vanderkill Little League dated April 11, 2008 requesting the use of Senasqua field for opening day ceremonies on April 26, 2008. Manager Szabo stated that the field will be available and that the Department of Public Works will line the field on April 25.
P C. Letter from Thomas Reinholt, 14 Grand Street, dated April 14, 2008 complaining about commuter parking on Grand Street. Mayor Pellegrino asked the Manager to ask the Police Department to monitor the area during morning hours.
H 5. CITIZEN PARTICIPATION - AGENDA ITEMS
P Miriam Castellano, 3 Brook Lane, asked whether the proposed leaf blower restrictions in Resolution 6D would apply to landscapers hired by the Village. Attorney Lindgren said that Village contractors would be bound by the same hours as residents.
H 6. RESOLUTIONS
P A. On motion of TRUSTEE DEGROOT, seconded by TRUSTEE OSTROWSKI, the following resolution was adopted unanimously by the Board of Trustees of the Village of Vanderkill-on-Hudson, New York:
P WHEREAS, the Village advertised for bids for the 2008 road resurfacing program and four bids were received and opened on April 10, 2008; and
P WHEREAS, the lowest responsible bidder is Hudson Valley Asphalt Corp. of Peekskill, NY, in the amount of $288,640.00;
P NOW THEREFORE BE IT RESOLVED: that the Village Manager is hereby authorized to award the contract for the 2008 road resurfacing program to Hudson Valley Asphalt Corp. in the amount of $288,640.00, to be charged to the Capital Fund.
P B. On motion of TRUSTEE BRANDT, seconded by TRUSTEE KAVANAGH, the following resolution was adopted unanimously by the Board of Trustees of the Village of Vanderkill-on-Hudson, New York:
P BE IT RESOLVED: that the Board of Trustees hereby sets a Public Hearing for Monday, May 5, 2008 at 8:00 p.m. in the Meeting Room of the Municipal Building to hear comments on the proposed local law amending Chapter 150 of the Village Code, entitled Noise.
P C. On motion of TRUSTEE OSTROWSKI, seconded by TRUSTEE DEGROOT, the following resolution was adopted unanimously by the Board of Trustees of the Village of Vanderkill-on-Hudson, New York:
P WHEREAS, the Village Treasurer has requested budget transfers to cover snow removal overtime in excess of the amount budgeted;
P NOW THEREFORE BE IT RESOLVED: that the Village Treasurer is hereby authorized to transfer $18,500.00 from the contingency account A1990.400 to the snow removal overtime account A5142.100.
P D. On motion of TRUSTEE KAVANAGH, seconded by TRUSTEE BRANDT, the following resolution was adopted by the Board of Trustees of the Village of Vanderkill-on-Hudson, New York, by a vote of 4 to 1, with Trustee DeGroot voting no:
P BE IT RESOLVED: that the Board of Trustees hereby refers the proposed restrictions on the use of gasoline-powered leaf blowers to the Conservation Advisory Council for its recommendation by June 16, 2008.
P Trustee DeGroot stated that he voted no because the matter had already been studied in 2006 and a decision should be made now.
H 7. CITIZEN PARTICIPATION - NON-AGENDA ITEMS
P Walter Brinckerhoff, 77 Riverside Avenue, asked when the Riverside Avenue sidewalk would be repaired. Manager Szabo said the work is scheduled for June.
H 8. REPORTS
P Trustee Ostrowski reported that the Recreation Department summer camp registration will open on May 1.
P Trustee Kavanagh reported on the Water Control Commission meeting and the upcoming stream clean-up on May 10.
P Manager Szabo reported that the new salt storage building is complete and under budget.
H 9. APPROVAL OF MINUTES
P Trustee Brandt made a motion to approve the minutes of the Regular Board meeting of April 7, 2008 as amended. Trustee Ostrowski seconded the motion. Approved unanimously.
H 10. ADJOURNMENT
P There being no further business to come before the Board, Trustee Kavanagh made a motion to adjourn the meeting at 9:41 p.m. Trustee DeGroot seconded the motion. Approved unanimously.
S 8
P Respectfully submitted,
P Paula Vreeland<br/>Village Clerk
