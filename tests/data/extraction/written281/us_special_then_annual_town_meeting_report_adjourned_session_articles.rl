@title 2003-05-05 Special and Annual Town Meeting Report
@font Times-Roman
@fontsize 11
@footer Town of Corbin Neck || Special & Annual Town Meeting - May 5 & 6, 2003 - Page {page}
HC Report of the SPECIAL TOWN MEETING
HC May 5th, 2003
P In accordance with the Warrant, the Special Town Meeting was held in the Corbin Neck Middle School gymnasium, Monday, May 5th, 2003. The meeting was called to order at 7:06 p.m. by the Moderator, Francis X. Dunne. The Tellers were Joan Mayo, Albert Rose, Linda Crowell and Paul Nickerson. The Checkers were Ruth Eldredge, Arthur Baker, Mary Souza and Dennis Ryder. A quorum was present (286 voters). The Town Clerk, Barbara A. Kendrick, read the Special Town Meeting Warrant and the return of the Warrant. There being no objection, the Moderator dispensed with the reading of all the articles.
H UNPAID BILLS
P ARTICLE NO. 1: To see if the Town will vote to transfer from available funds the sum of ONE THOUSAND SIX HUNDRED FORTY AND 00/100 ($1,640.00) DOLLARS to pay the following bills incurred but unpaid during a previous fiscal year: 1. Harbor Marine Supply $412; 2. Bayside Office Products $238; 3. Dr. Ellen Marsh (police physicals) $990, or to take any other action relative thereto. (Nine-Tenths Vote Required) (Board of Selectmen)
P MOTION: I move that the Town vote to approve article no. 1 as printed in the warrant and to transfer the sum of $1,640.00 from Free Cash for this purpose.
P ACTION: ADOPTED UNANIMOUSLY.
H BUDGETARY TRANSFERS
P ARTICLE NO. 2: To see if the Town will vote to transfer the surplus funds in some departments to the amounts needed to prevent deficits in other departments this fiscal year, or to take any other action relative thereto. (Majority Vote Required) (Board of Selectmen)
P MOTION: I move that the Town vote to transfer the sums set out in the handout dated May 5, 2003, totalling $23,400.00.
P Finance Committee Chairman Walter Higgins said that most of the transfers were for police overtime during the winter storms.
P ACTION: ADOPTED BY MAJORITY VOTE.
H SNOW AND ICE DEFICIT
P ARTICLE NO. 3: To see if the Town will vote to raise and appropriate, or transfer from available funds, the sum of $48,000.00 to meet the deficit in the Snow and Ice Removal account for fiscal year 2003, or to take any other action relative thereto. (Majority Vote Required) (Board of Selectmen)
P MOTION: I move that the Town vote to transfer the sum of $48,000.00 from Free Cash for this purpose.
P ACTION: ADOPTED UNANIMOUSLY.
H STABILIZATION FUND
P ARTICLE NO. 4: To see if the Town will vote to transfer from available funds the sum of $75,000.00 to the Stabilization Fund, or to take any other action relative thereto. (Two-Thirds Vote Required) (Finance Committee)
P MOTION: I move that the Town vote to transfer the sum of $75,000.00 from Free Cash to the Stabilization Fund.
P ACTION: ADOPTED BY 2/3 DECLARED VOTE.
P The Special Town Meeting was dissolved at 7:41 p.m.
S 10
HC Report of the ANNUAL TOWN MEETING
HC May 5th, 2003
P In accordance with the Warrant, the Annual Town Meeting was called to order at 7:45 p.m. by the Moderator, Francis X. Dunne, in the Corbin Neck Middle School gymnasium, Monday, May 5th, 2003. The Tellers and Checkers were the same as at the Special Town Meeting. A quorum was present. The Town Clerk read the return of the Warrant. Unless otherwise noted, all articles were presented by Selectman Carol Nadeau, Chairman of the Board of Selectmen.
H ANNUAL REPORTS
P ARTICLE NO. 1: To act upon the annual report of the Board of Selectmen and to hear the reports of other Town Officers and Committees, or to take any other action relative thereto. (Majority Vote Required) (Board of Selectmen)
P MOTION: I move that the Town vote to accept the reports of the Town Officers and Committees as printed in the 2002 Annual Town Report.
P ACTION: ADOPTED UNANIMOUSLY.
H ELECTED OFFICIALS' SALARIES
P ARTICLE NO. 2: To see if the Town will vote to fix the salaries of the elected officers of the Town for fiscal year 2004, or to take any other action relative thereto. (Majority Vote Required) (Board of Selectmen)
P MOTION: I move that the Town vote to fix the salaries of the elected officers as printed in the warrant.
P ACTION: ADOPTED BY MAJORITY VOTE.
H OPERATING BUDGET
P ARTICLE NO. 3: To see if the Town will vote to raise and appropriate and/or transfer from available funds such sums of money as are necessary to defray Town charges for fiscal year 2004, or to take any other action relative thereto. (Majority Vote Required) (Finance Committee)
P MOTION: I move that the Town vote to raise and appropriate the sum of $14,286,512.00 for the operation of the Town for fiscal year 2004, as printed in the budget handout.
P Robert Fenn of Cedar Lane moved to amend line 31 (Library Salaries) by adding $9,000.00 to restore Sunday hours. Library Trustee Helen Bassett spoke in favor of the amendment. Finance Committee Chairman Walter Higgins spoke against it. The amendment was DEFEATED on a standing vote, 118 in favor and 141 opposed.
P ACTION: MAIN MOTION ADOPTED BY MAJORITY VOTE.
H CAPITAL EXPENDITURES
P ARTICLE NO. 4: To see if the Town will vote to raise and appropriate and/or transfer from available funds the sum of $386,000.00 for the capital items listed in the warrant, or to take any other action relative thereto. (Majority Vote Required) (Board of Selectmen)
P MOTION: I move that the Town vote to transfer the sum of $386,000.00 from Free Cash for the items listed in the warrant.
P ACTION: ADOPTED BY MAJORITY VOTE.
H WATER DEPARTMENT BUDGET
P ARTICLE NO. 5: To see if the Town will vote to appropriate from Water Department receipts the sum of $1,112,400.00 for the Water Department for fiscal year 2004, or to take any other action relative thereto. (Majority Vote Required) (Water Commissioners)
P MOTION: I move that the Town vote to appropriate the sum of $1,112,400.00 from Water Department receipts for this purpose.
P ACTION: ADOPTED UNANIMOUSLY.
H COMMUNITY PRESERVATION ACT
P ARTICLE NO. 6: To see if the Town will vote to accept sections 3 to 7 of the Community Preservation Act, with a surcharge of 3% on the real estate tax levy, or to take any other action relative thereto. (Majority Vote Required) (By Petition)
P MOTION: I move that the Town vote to indefinitely postpone article no. 6.
P Selectman Nadeau said that the Board wanted the question put to the voters at the next annual election instead.
P ACTION: INDEFINITELY POSTPONED BY MAJORITY VOTE.
H ZONING BYLAW AMENDMENT - ACCESSORY APARTMENTS
P ARTICLE NO. 7: To see if the Town will vote to amend the Zoning Bylaw, Section 6.4, to allow accessory apartments by special permit in the Residence B district, or to take any other action relative thereto. (Two-Thirds Vote Required) (Planning Board)
P MOTION: I move that the Town vote to amend the Zoning Bylaw as printed in the warrant.
P Planning Board Chairman Stephen Lowell presented the article. Several residents spoke against it.
P ACTION: DEFEATED. Standing vote: 121 in favor, 104 opposed; less than the two-thirds required.
P At 10:52 p.m., on a motion duly made and seconded, the Meeting voted to adjourn until Tuesday, May 6th, 2003 at 7:00 p.m. in the same place.
S 10
HC ADJOURNED ANNUAL TOWN MEETING
HC Tuesday, May 6th, 2003
P The adjourned session of the Annual Town Meeting was called to order at 7:08 p.m. by the Moderator, Francis X. Dunne. A quorum was present (211 voters).
H HARBOR DREDGING
P ARTICLE NO. 8: To see if the Town will vote to raise and appropriate, transfer from available funds or borrow the sum of $240,000.00 to dredge the inner harbor channel, or to take any other action relative thereto. (Two-Thirds Vote Required) (Board of Selectmen)
P MOTION: I move that the Town vote to appropriate the sum of $240,000.00 for this purpose, and that to meet this appropriation the Treasurer, with the approval of the Selectmen, be authorized to borrow $240,000.00.
P Harbormaster Keith Doane explained that the channel had not been dredged since 1991.
P ACTION: ADOPTED BY 2/3 DECLARED VOTE.
H LIBRARY ROOF
P ARTICLE NO. 9: To see if the Town will vote to transfer from available funds the sum of $62,000.00 to replace the roof of the Corbin Neck Free Library, or to take any other action relative thereto. (Majority Vote Required) (Library Trustees)
P MOTION: I move that the Town vote to transfer the sum of $62,000.00 from Free Cash for this purpose.
P ACTION: ADOPTED UNANIMOUSLY.
H PETITION ARTICLE - LEASH LAW AT TOWN BEACHES
P ARTICLE NO. 10: To see if the Town will vote to amend the General Bylaws to allow dogs off leash on Town beaches between October 1 and April 30, or to take any other action relative thereto. (Majority Vote Required) (By Petition)
P MOTION: I move that the Town vote to approve article no. 10 as printed in the warrant.
P Petitioner Louise Crosby spoke in favor. Animal Control Officer Mark Ellis spoke against.
P ACTION: DEFEATED.
H REVOLVING FUNDS
P ARTICLE NO. 11: To see if the Town will vote to authorize revolving funds for fiscal year 2004 under Chapter 44, Section 53E1/2, for the recreation programs and the shellfish propagation program, or to take any other action relative thereto. (Majority Vote Required) (Board of Selectmen)
P MOTION: I move that the Town vote to approve article no. 11 as printed in the warrant.
P ACTION: ADOPTED UNANIMOUSLY.
P The Annual Town Meeting was dissolved at 9:20 p.m.
S 12
P A true copy. Attest:<br/>Barbara A. Kendrick<br/>Town Clerk
