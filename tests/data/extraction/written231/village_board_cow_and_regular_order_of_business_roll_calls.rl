@title Minutes 06-01-2009
@font Times-Roman
@fontsize 11
@footer Village of Kessling Park Board of Trustees||Page {page}
HC VILLAGE OF KESSLING PARK
HC COMMITTEE OF THE WHOLE
C Monday, June 1, 2009 – 7:00 p.m.
C Village Hall Board Room, 400 Ridgeview Avenue
H CALL TO ORDER
P Village President Frank Delacroix called the Committee of the Whole to order at 7:00 p.m. Present: Trustees Malloy, Okonkwo, Brandt, Sievers and Yoshida. Absent: Trustee Kowalczyk. Also present: Village Administrator Tom Reardon, Village Clerk Linda Sorensen, Public Works Director Alan Pruitt.
H DISCUSSION ITEMS
P <b>1. Parkway tree replacement program.</b> Public Works Director Pruitt said 61 ash trees on village parkways are dead or failing and proposed replacing them over three years at about $28,000 a year. Trustee Brandt asked whether residents could pay to choose the species; Mr. Pruitt said a short list would be offered. Consensus to place the program on the June 15 agenda.
P <b>2. Fiscal year 2010 budget amendment.</b> Administrator Reardon explained that sales tax receipts are running 7 percent under budget and recommended holding two vacant positions open until December. Trustee Sievers asked for a monthly revenue report. No action taken.
H ADJOURN TO REGULAR MEETING
P The Committee of the Whole adjourned at 7:34 p.m.
S 8
HC VILLAGE OF KESSLING PARK
HC BOARD OF TRUSTEES
HC REGULAR MEETING MINUTES
C Monday, June 1, 2009
H CALL TO ORDER
P Village President Delacroix called the regular meeting to order at 7:40 p.m.
H ROLL CALL
P Present: Village President Frank Delacroix; Trustees Gail Malloy, Chidi Okonkwo, Ray Brandt, Karen Sievers and Ken Yoshida. Absent: Trustee Stan Kowalczyk. Also present: Village Administrator Tom Reardon, Village Attorney Dana Whitcomb, Village Clerk Linda Sorensen.
H PLEDGE OF ALLEGIANCE
P Led by Cub Scout Pack 212.
H APPOINTMENTS AND PRESENTATIONS
P President Delacroix presented a certificate of appreciation to Officer Maria Ruelas for twenty years of service with the police department. Officer Ruelas thanked the Board and her family.
H COMMUNICATIONS AND INFORMATION ITEMS
P The Clerk reported that the summer concert series begins June 12 in Riverside Park and that vehicle stickers go on sale June 15.
H PUBLIC COMMENT
P Dennis Farr, 118 Willow Court, spoke against the proposed parking restriction on Willow Court. Joan Haberle, 22 Mill Street, asked when the Mill Street sidewalk would be repaired.
H CONSENT AGENDA
P Trustee Malloy moved, seconded by Trustee Yoshida, to approve the Consent Agenda as presented:
P A. Minutes of the May 18, 2009 Regular Meeting and Committee of the Whole
P B. Warrant list in the amount of $412,906.37
P C. Treasurer's Report for April 2009
P D. Resolution 2009-29, a resolution approving a block party on Linden Court on July 4, 2009
P Roll call: Ayes: Trustees Malloy, Okonkwo, Brandt, Sievers, Yoshida. Nays: None. Absent: Trustee Kowalczyk. Motion carried.
H GENERAL BUSINESS
P <b>1. Ordinance 2009-14, an ordinance amending Chapter 10 of the Village Code to restrict parking on Willow Court.</b> Administrator Reardon explained that the restriction was requested by the fire district because engines cannot pass when cars park on both sides. Trustee Okonkwo said he had heard from several residents on both sides of the issue. Trustee Okonkwo moved, seconded by Trustee Brandt, to approve Ordinance 2009-14. Roll call: Ayes: Trustees Okonkwo, Brandt, Sievers, Yoshida. Nays: Trustee Malloy. Absent: Trustee Kowalczyk. Motion carried.
P <b>2. Award of the 2009 street resurfacing contract.</b> Trustee Sievers moved, seconded by Trustee Malloy, to award the contract to Prairieline Paving in the amount of $684,220.00, the lowest responsible bid. Roll call: Ayes: Trustees Malloy, Okonkwo, Brandt, Sievers, Yoshida. Nays: None. Absent: Trustee Kowalczyk. Motion carried.
P <b>3. Request of Kessling Park Little League for a fee waiver.</b> Trustee Yoshida moved, seconded by Trustee Brandt, to waive the $450 field lighting fee for the league's end-of-season tournament. Roll call: Ayes: Trustees Brandt, Yoshida. Nays: Trustees Malloy, Okonkwo, Sievers. Absent: Trustee Kowalczyk. Motion failed.
H TRUSTEE REPORTS
P Trustee Brandt reported that the Historical Commission will unveil the new marker at the mill site on June 20. Trustee Sievers thanked public works staff for the quick clean-up after the May 26 storm.
H VILLAGE PRESIDENT REPORT
P President Delacroix reminded residents that the village offices will be closed on July 3.
H NEW BUSINESS
P None.
H ADDRESSES FROM THE AUDIENCE
P Dennis Farr asked whether the Willow Court signs could wait until school is out. Administrator Reardon said the signs would go up the week of June 8.
H CLOSED SESSION
P None.
H ADJOURNMENT
P Trustee Malloy moved, seconded by Trustee Sievers, to adjourn at 8:26 p.m. Voice vote: all ayes. Motion carried.
S 12
P Respectfully submitted,
P Linda Sorensen, Village Clerk
