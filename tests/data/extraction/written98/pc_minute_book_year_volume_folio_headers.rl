@title Ashgrove and Threlby Parish Council Minutes 2007
@font Times-Roman
@fontsize 11.5
@pageoffset 117
@header_first ASHGROVE AND THRELBY PARISH COUNCIL {page}
@header {page} ASHGROVE AND THRELBY PARISH COUNCIL Minutes 2007
@footer Signed .............................................. (Chairman)          Date ....................
HC ASHGROVE AND THRELBY PARISH COUNCIL
P Minutes of the Meeting of Ashgrove and Threlby Parish Council held on Wednesday, 21st March 2007, in Threlby Village Hall.
G PRESENT | Cllr R T Hasswell (Chairman)
G  | Cllr S A Brabazon
G  | Cllr Mrs P Lacey
G  | Cllr G W Tilsley
G  | Cllr Mrs D Venning (until Minute no. 47/07)
G In attendance: | County Cllr H Bramwell (for part of the meeting)
G  | PCSO Amy Fairhurst
G  | Dean Pritt, Parish Lengthsman
G  | M J Coldridge, Clerk to the Parish Council
H 38/07 APOLOGIES FOR ABSENCE
P These were received and accepted from Cllr Orchard and Cllr Mrs Markham.
H 39/07 DECLARATIONS OF INTEREST
P Cllr Tilsley declared a personal interest in Item 9, minute no. 45/07(2), as a member of the Threlby Bowling Club committee.
H 40/07 COMMUNITY POLICING
P The Chairman asked PCSO Amy Fairhurst to give her report. She reported that two sheds had been broken into on Mill Bank during February and that a quad bike had been taken from a farm off the Cotwall road. Speed checks would be carried out on the main road at Ashgrove Cross during the Easter holiday. Cllr Brabazon asked whether the mobile camera van could also visit Threlby Lane; PCSO Fairhurst said that she would put the request forward.
H ADJOURNMENT FOR PUBLIC COMMENT
P (Three members of the public were in attendance. Mr Keith Rowbotham drew attention to the broken kerbs outside the Old Forge and asked that the matter be reported again. The Clerk agreed to do so.)
H 41/07 REPORT FROM COUNTY COUNCILLOR
P County Cllr Bramwell reported that resurfacing of the lane between Ashgrove and Cotwall is programmed for the summer and that the County's consultation on library opening hours closes on 13th April. The report was noted.
H 42/07 TO CONFIRM THE MINUTES OF THE MEETING HELD ON 21st FEBRUARY 2007
P It was proposed by Cllr Mrs Venning, seconded by Cllr Brabazon, and RESOLVED that the Minutes, being a true and accurate record of the proceedings of the meeting, be signed by the Chairman.
H 43/07 PROGRESS REPORTS FOR INFORMATION
P (1) Parish Notice Boards. The new board at Ashgrove Cross has been fixed; the Clerk is awaiting the invoice.
P (2) Threlby Playground. The Clerk reported that the annual inspection found wear on the chains of the cradle swing. Cllr Mrs Lacey offered to obtain a quotation from the original supplier.
P (3) Bus Shelter, Church Road. Still awaiting a reply from the District Council about the replacement glazing.
H 44/07 PLANNING
P (1) WD/07/0112 Extension to rear, 4 Orchard Way, Ashgrove. No objection.
P (2) WD/07/0139 Two dwellings on land adjacent to The Limes, Threlby Lane. Cllr Hasswell explained the history of the site. After discussion Members agreed to object on the grounds of over-development and access onto a narrow lane.
H 45/07 FINANCE
P (1) Accounts for payment. It was proposed by Cllr Mrs Lacey, seconded by Cllr Tilsley, and RESOLVED that the following accounts be paid: M J Coldridge, salary (Feb/Mar) £312.40; Dean Pritt, lengthsman (Feb) £186.00; Wyreside Signs, notice board £428.75; Threlby Village Hall, room hire £24.00.
P (2) Grant request from Threlby Bowling Club. Cllr Tilsley left the room. The request for £150 towards a new mower was considered and it was proposed by Cllr Brabazon, seconded by Cllr Mrs Venning, and RESOLVED that a grant of £150 be made under Section 137. Cllr Tilsley returned.
H 46/07 LENGTHSMAN'S REPORT
P Dean Pritt reported that he had cleared the grips on Cotwall Lane and cut back the hedge at the Old School steps. Two blocked gullies in Mill Bank have been reported to the County. The report was noted.
H 47/07 CORRESPONDENCE
P (1) Wyreside District Council: parish precept payment dates for 2007/08.
P (2) CALC: spring training programme. Cllr Mrs Venning expressed interest in the planning course and the Clerk will book a place.
P (3) County Playing Fields Association: membership renewal. It was agreed not to renew.
P [Cllr Mrs Venning left the meeting.]
H 48/07 ITEMS FOR NEXT AGENDA
P Annual Parish Meeting arrangements; dog waste bins at the playing field.
H 49/07 DATE OF NEXT MEETING
P Wednesday, 18th April 2007, at 7.30 pm in Ashgrove Village Hall. The meeting closed at 9.20 pm.
S 18
HC ASHGROVE AND THRELBY PARISH COUNCIL
P Minutes of the Meeting of Ashgrove and Threlby Parish Council held on Wednesday, 18th April 2007, in Ashgrove Village Hall.
G PRESENT | Cllr R T Hasswell (Chairman)
G  | Cllr S A Brabazon
G  | Cllr Mrs P Lacey
G  | Cllr Mrs E Markham
G  | Cllr K J Orchard
G  | Cllr G W Tilsley
G In attendance: | Dean Pritt, Parish Lengthsman
G  | M J Coldridge, Clerk to the Parish Council
H 50/07 APOLOGIES FOR ABSENCE
P These were received and accepted from Cllr Mrs Venning and County Cllr Bramwell.
H 51/07 DECLARATIONS OF INTEREST
P None.
H 52/07 COMMUNITY POLICING
P No police officer attended and no written report was received.
H ADJOURNMENT FOR PUBLIC COMMENT
P (No members of the public were in attendance.)
H 53/07 TO CONFIRM THE MINUTES OF THE MEETING HELD ON 21st MARCH 2007
P It was proposed by Cllr Orchard, seconded by Cllr Mrs Lacey, and RESOLVED that the Minutes, being a true and accurate record of the proceedings of the meeting, be signed by the Chairman.
H 54/07 ANNUAL PARISH MEETING
P The Clerk reported that the Annual Parish Meeting will be held on Wednesday, 9th May at 7.00 pm in Threlby Village Hall. Cllr Markham suggested inviting the Wyreside Countryside Ranger to speak, and this was agreed.
H 55/07 PLAYING FIELD
P (1) Dog waste bins. Cllr Orchard reported that the District Council will empty two additional bins at no charge if the Parish Council buys them. It was proposed by Cllr Orchard, seconded by Cllr Markham, and RESOLVED that two bins be purchased at a cost not exceeding £180.
P (2) Swing chains. Cllr Mrs Lacey reported a quotation of £96 for replacement chains, which was accepted.
H 56/07 PLANNING
P (1) WD/07/0188 Conservatory, Holly Cottage, Threlby Lane. No objection.
P (2) WD/07/0139 (Minute no. 44/07(2)). The District Council has refused the application.
H 57/07 FINANCE
P (1) Accounts for payment. It was proposed by Cllr Tilsley, seconded by Cllr Brabazon, and RESOLVED that the following accounts be paid: M J Coldridge, salary (Apr) £156.20; Dean Pritt, lengthsman (Mar) £186.00; Parish insurers, premium £366.51.
P (2) End of year accounts 2006/07. The Clerk presented the receipts and payments account for the year, showing balances of £6,214.08. The accounts were approved and signed by the Chairman.
H 58/07 LENGTHSMAN'S REPORT
P Dean Pritt reported that the ditch at Pool Farm is again overflowing onto the road and that he has cleared the grips twice this month. The Clerk will write to the landowner.
H 59/07 ITEMS FOR NEXT AGENDA
P Election of Chairman and Vice Chairman; appointment of representatives.
H 60/07 DATE OF NEXT MEETING
P The Annual Meeting of the Council will be held on Wednesday, 16th May 2007, at 7.30 pm in Threlby Village Hall.
S 18
HC ASHGROVE AND THRELBY PARISH COUNCIL
P Minutes of the Annual Meeting of Ashgrove and Threlby Parish Council held on Wednesday, 16th May 2007, in Threlby Village Hall.
G PRESENT | Cllr R T Hasswell (in the Chair)
G  | Cllr S A Brabazon
G  | Cllr Mrs P Lacey
G  | Cllr Mrs E Markham
G  | Cllr K J Orchard
G  | Cllr G W Tilsley
G  | Cllr Mrs D Venning
G In attendance: | M J Coldridge, Clerk to the Parish Council
H 61/07 ELECTION OF CHAIRMAN
P Cllr R T Hasswell was proposed by Cllr Mrs Venning and seconded by Cllr Tilsley. There being no other nominations, his election was agreed and he signed the Declaration of Acceptance of Office.
H 62/07 ELECTION OF VICE CHAIRMAN
P Cllr Mrs Lacey was proposed by Cllr Orchard and seconded by Cllr Markham, and her election was agreed.
H 63/07 APOLOGIES FOR ABSENCE
P None.
H 64/07 DECLARATIONS OF INTEREST
P None.
H 65/07 APPOINTMENT OF REPRESENTATIVES ON OUTSIDE BODIES
P (1) Wyreside Area Meeting of CALC. Cllr Brabazon.
P (2) Threlby Village Hall Management Committee. Cllr Mrs Venning.
P (3) Ashgrove School Governors. The Clerk was asked to find out whether a nomination is required.
H 66/07 TO CONFIRM THE MINUTES OF THE MEETING HELD ON 18th APRIL 2007
P It was proposed by Cllr Markham, seconded by Cllr Orchard, and RESOLVED that the Minutes, being a true and accurate record of the proceedings of the meeting, be signed by the Chairman.
H 67/07 ANNUAL PARISH MEETING, 9th MAY 2007
P The Chairman reported that twenty-two residents had attended and that the talk by the Countryside Ranger had been well received. Noted.
H 68/07 FINANCE
P It was proposed by Cllr Tilsley, seconded by Cllr Mrs Venning, and RESOLVED that the following accounts be paid: M J Coldridge, salary (May) £156.20; Dean Pritt, lengthsman (Apr) £186.00; Wyreside District Council, dog bins £172.30.
H 69/07 LENGTHSMAN'S REPORT
P No report was received.
H 70/07 DATE OF NEXT MEETING
P Wednesday, 20th June 2007, at 7.30 pm in Ashgrove Village Hall. The meeting closed at 8.40 pm.
