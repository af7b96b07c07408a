@title West Mardle Parish Council Minutes November 1999
@font Times-Roman
@fontsize 11
@header
@footer West Mardle Parish Council - Minutes 8th November 1999||Page {page}
HC WEST MARDLE PARISH COUNCIL
S 4
P Minutes of the meeting of West Mardle Parish Council held at the Village Hall on Monday 8th November 1999 at 7.30pm, when the following business was transacted.
P Present Councillors:- Cllr R. Hembury (Chairperson), Cllr S. Venn (Vice Chairperson), Cllr A. Puddy, Cllr M. Coombes, Cllr J. Lang, Cllr P. Yeandle and Cllr B. Govier, together with the Clerk Mr D. Tapp.
H 1. Apologies for absence and declarations of interest
P Apologies were received from County Councillor Mrs E. Rowsell and from Cllr T. Burge. Cllr A. Puddy declared an interest in relation to all planning matters, in view of his position on the Planning Committee at S.D.C.
P Mrs Coles of "Orchard View", Mill Lane, West Mardle asked the Chairperson for permission to address the Council. She said that she wished to raise the state of the footway along Mill Lane between the school and the church. Since the new houses at Glebe Close were occupied the footway had been used by many more children, and in several places it was now less than two feet wide because of the overgrown bank. Last month a pushchair had toppled into the road. Mrs Coles was thanked for bringing the matter to the Council and was told that it would be taken up under item 5.
P The Chairperson declared the meeting reopened.
H 2. Minutes of the last meeting
P The minutes of the meeting held on 11th October 1999, having been circulated, were approved and signed by the Chairperson.
H 3. Matters arising
P <b>(a) Bus shelter, Mill Lane.</b> The Clerk reported that the District Council would contribute half the cost of a new shelter, up to £600, if the Parish Council found the balance. Cllr Coombes proposed and Cllr Lang seconded that the Parish Council meet the balance from reserves, and this was agreed.
P <b>(b) Millennium beacon.</b> Cllr Venn reported that the beacon basket had been ordered and that the fire brigade had agreed to attend on 31st December.
H 4. Planning
P 99/01873 - Two storey extension, 4 Church Row. The Council supported this application.
P 99/01902 - Conversion of barn to dwelling, Lower Yarde Farm. The Council had no objection in principle but asked that the Highways Officer look at the access onto the B road.
H 5. Highways and footpaths
P The Clerk reported that he had written to the County Surveyor about the Mill Lane footway following a similar complaint last year but had received no reply. It was agreed that the Clerk write again, enclosing a copy of this minute, and ask for a site meeting with the County Councillor present.
H 6. Finance
P It was proposed by Cllr Yeandle, seconded by Cllr Govier, that the following cheques be signed: D. Tapp, Clerk's salary £165.00; West Mardle Village Hall, hire £18.00; Somerdown Grounds Care, grass cutting £140.00. Carried unanimously.
H 7. Precept 2000/2001
P The Clerk presented the draft budget. After discussion it was RESOLVED that the precept for 2000/2001 be set at £5,250, an increase of £250 to allow for the beacon and the bus shelter.
H 8. Millennium celebrations
P Cllr Lang reported on behalf of the celebrations committee. The children's party would be held in the Village Hall on 2nd January and every child in the parish would receive a commemorative mug. Cllr Lang asked members to help with the setting up on the morning.
H 9. Correspondence
P The following items were received and noted: County Association of Local Councils - newsletter; District Council - electoral register canvass; Mr and Mrs Hext - letter of thanks for the verge cutting.
H 10. Any other business
P Cllr Puddy raised the number of lorries using Church Row as a short cut. The Chairperson asked that this be placed on the December agenda.
H 11. Date of next meeting
P Monday 13th December 1999 at 7.30pm in the Village Hall.
S 14
P Signed .......................................... Chairperson        Date .........................
